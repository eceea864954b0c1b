package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/veille-nlp/veille/normalize"
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

// record is one data line of any lexicon source file, split into columns.
type record struct {
	Cols []string
	Line int
}

// readRecords splits a source file into its data lines. It checks what all
// the files share: valid UTF-8 in NFC, LF line ends, no trailing blanks, no
// empty column 1, and a column count within [minCols, maxCols]. Lines that
// start with '#' and blank lines are skipped.
func readRecords(name string, data []byte, minCols, maxCols int) ([]record, []error) {
	var recs []record
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, line, fmt.Sprintf(format, args...)))
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		bad(bytes.Count(data, []byte{'\n'})+1, "file does not end with a newline")
	}
	lines := strings.Split(string(data), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, line := range lines {
		n := i + 1
		if strings.ContainsRune(line, '\r') {
			bad(n, "carriage return (files use LF line ends)")
			continue
		}
		if !utf8.ValidString(line) || strings.ContainsRune(line, '\uFFFD') {
			bad(n, "invalid UTF-8 or U+FFFD")
			continue
		}
		if !norm.NFC.IsNormalString(line) {
			bad(n, "not in Unicode NFC")
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.TrimSpace(line) == "" {
			bad(n, "line of blanks")
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < minCols || len(cols) > maxCols {
			bad(n, "%d columns, want %d to %d", len(cols), minCols, maxCols)
			continue
		}
		ok := true
		for i, c := range cols {
			if c != strings.TrimSpace(c) || strings.Contains(c, "  ") {
				bad(n, "column %d %q has stray blanks", i+1, c)
				ok = false
			}
			for _, r := range c {
				if r == '\u00A0' || r == '\u202F' || unicode.IsControl(r) {
					bad(n, "column %d %q holds %U (use plain spaces)", i+1, c, r)
					ok = false
					break
				}
			}
		}
		if cols[0] == "" {
			bad(n, "empty first column")
			ok = false
		}
		if ok {
			recs = append(recs, record{Cols: cols, Line: n})
		}
	}
	return recs, errs
}

// parseEntries reads a name file (surface, type, canonical, id, optional
// flags) and checks each line on its own: known type, flag names.
func parseEntries(name string, data []byte) ([]entry, []error) {
	recs, errs := readRecords(name, data, 4, 5)
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

// fold returns the matching key of s: NFD without combining marks, case
// folded, every apostrophe as U+0027, and the ligatures œ æ spelled out.
// Two surfaces with the same key are the same name to a matcher.
func fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case normalize.IsApostrophe(r):
			b.WriteByte('\'')
		case r == 'œ' || r == 'Œ':
			b.WriteString("oe")
		case r == 'æ' || r == 'Æ':
			b.WriteString("ae")
		case r == 'ß':
			b.WriteString("ss")
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
