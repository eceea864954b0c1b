package main

import (
	"fmt"
	"strings"

	"github.com/veille-nlp/veille/entities/internal/lexsrc"
)

// The entity types of the output contract (shared/spec/ANNOTATION.md).
var knownTypes = []string{"PERSON", "COMPANY", "ORG", "COUNTRY", "PLACE", "PRODUCT", "CHIP", "EVENT"}

// The flags an entry of a name file may carry in its optional fifth column.
const (
	// flagAmbiguous marks a surface that is also a common French word, a
	// given name, a surname or another kind of name: a lexicon hit alone is
	// weak evidence and needs context.
	flagAmbiguous = "ambiguous"
	// flagSecondary marks the less likely reading of a surface that the name
	// files list under several types; the reading without it is the default.
	flagSecondary = "secondary"
	// flagLowercase marks a name that French also writes in lower case as a
	// common noun (« le bitcoin »): a lower-case word of a text matches it.
	flagLowercase = "lowercase"
)

// entry is one line of a name file: surface, type, canonical, id, flags.
type entry struct {
	Surface   string
	Type      string
	Canonical string // "" means the surface itself
	ID        string
	Flags     []string
	File      string
	Line      int
}

// canon returns the canonical name the entry stands for.
func (e entry) canon() string {
	if e.Canonical == "" {
		return e.Surface
	}
	return e.Canonical
}

// has reports whether the entry carries flag f.
func (e entry) has(f string) bool {
	for _, g := range e.Flags {
		if g == f {
			return true
		}
	}
	return false
}

// String formats the entry as a line of a name file, without the newline.
func (e entry) String() string {
	s := e.Surface + "\t" + e.Type + "\t" + e.Canonical + "\t" + e.ID
	if len(e.Flags) > 0 {
		s += "\t" + strings.Join(e.Flags, ",")
	}
	return s
}

// parseEntries reads a name file (surface, type, canonical, id, optional
// flags) and checks each line on its own: known type, flag names.
func parseEntries(name string, data []byte) ([]entry, []error) {
	recs, errs := lexsrc.Read(name, data, 4, 5)
	out := make([]entry, 0, len(recs))
	for _, r := range recs {
		e := entry{Surface: r.Cols[0], Type: r.Cols[1], Canonical: r.Cols[2], ID: r.Cols[3], File: name, Line: r.Line}
		if len(r.Cols) == 5 {
			if r.Cols[4] == "" {
				errs = append(errs, fmt.Errorf("%s:%d: empty flags column (leave it out)", name, r.Line))
			} else {
				e.Flags = strings.Split(r.Cols[4], ",")
			}
		}
		if !isKnownType(e.Type) {
			errs = append(errs, fmt.Errorf("%s:%d: unknown type %q", name, r.Line, e.Type))
		}
		for i, f := range e.Flags {
			if f != flagAmbiguous && f != flagSecondary && f != flagLowercase {
				errs = append(errs, fmt.Errorf("%s:%d: unknown flag %q", name, r.Line, f))
			}
			if i > 0 && e.Flags[i-1] >= f {
				errs = append(errs, fmt.Errorf("%s:%d: flags not sorted or repeated", name, r.Line))
			}
		}
		if e.Canonical == e.Surface {
			errs = append(errs, fmt.Errorf("%s:%d: canonical equals the surface (leave it empty)", name, r.Line))
		}
		out = append(out, e)
	}
	return out, errs
}

func isKnownType(t string) bool {
	for _, k := range knownTypes {
		if t == k {
			return true
		}
	}
	return false
}
