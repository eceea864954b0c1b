// Command genlexicon compiles the entity lexicon: it reads the reviewed
// source files of entities/internal/lexicon (src/*.tsv and triggers.tsv),
// validates them and writes the one artifact that the lexicon package
// embeds, lexicon.tsv.
//
// Usage, from entities/internal/lexicon (go generate runs it there):
//
//	go run ../cmd/genlexicon            # write lexicon.tsv
//	go run ../cmd/genlexicon -check     # fail if lexicon.tsv is stale
//
// The output is deterministic: sorted lines, no timestamps, and it depends
// only on the source files, on normalize.Key and on the snowball French
// stemmer. It reads no network and no clock.
//
// # Validation
//
// Every source line must be valid UTF-8 in NFC; name lines need a known
// type (PERSON, COMPANY, ORG, COUNTRY, PLACE, PRODUCT, CHIP, EVENT), an id
// that is an ISO 3166-1 alpha-2 code for COUNTRY (and for PLACE lines of
// countries.tsv) or a Wikidata Q-id or nothing, and no two lines may share
// a folded key (normalize.Key of the surface) and a type. Trigger lines
// need a known class and types.
//
// # Artifact
//
// lexicon.tsv starts with the line "veille-lexicon<TAB>1" (format version)
// and holds one record per line, sorted by record kind then key:
//
//	N key surface type canonical id flags   a name (flags comma-separated)
//	P key                                   a word-boundary prefix of a name key
//	F key gender                            a given name
//	A key code                              a nationality adjective
//	S key category                          a capitalized common word
//	T key class type type2                  a trigger word or one of its forms
//
// A key is normalize.Key of the text, whose spaces are single ' '.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/kljensen/snowball/french"

	"github.com/veille-nlp/veille/entities/internal/lexsrc"

	"github.com/veille-nlp/veille/normalize"
)

// Version is the format version written in the artifact's first line.
const version = "1"

const (
	outFile      = "lexicon.tsv"
	triggersFile = "triggers.tsv"
	srcDir       = "src"
)

// Files of src/ that are not name files.
const (
	firstnamesFile    = "firstnames.tsv"
	nationalitiesFile = "nationalities.tsv"
	stopwordsFile     = "stopwords_caps.tsv"
	variantsFile      = "countries_variants.tsv" // merged into countries.tsv
)

var knownTypes = []string{"PERSON", "COMPANY", "ORG", "COUNTRY", "PLACE", "PRODUCT", "CHIP", "EVENT"}

// Trigger classes (see triggers.tsv), and whether their words match in
// their inflected forms too (generated, and checked with snowball stems).
var triggerClasses = map[string]bool{
	"before":    true,  // a common noun before a name: la start-up X
	"title":     true,  // a title or role before a person: le président X
	"verb":      true,  // a verb whose object is a product: développer X
	"head":      true,  // the first word of an institution or event name
	"adj":       true,  // a lower-case adjective inside an institution name
	"suffix":    false, // the last word of a name, typing it: X AI, X Council
	"particle":  false, // a French particle inside a person or institution name: de, du
	"foreign":   false, // a foreign name particle between capitalized words: von, al
	"connector": false, // an English connector between capitalized words: of, and
	"portfolio": true,  // a title followed by a field: ministre de l'Économie
	"during":    false, // an event through « de »: lors du X
	"prep":      false, // a preposition before a place: à X
	"break":     false, // a word that ends a trigger's reach: qui, par
	"common":    false, // a capitalized word that is not a name on its own
	"article":   false, // an article in front of a name: le, la, les
	"site":      true,  // a noun whose « de X » complement is a place: l'usine de X
	"seat":      false, // a court or hospital noun, whole ORG with its seat: tribunal judiciaire de X
	"tier":      false, // a model tier after a model number: iPhone 16 Pro Max
	"rank":      true,  // an adjective between a determiner and its noun: son premier processeur
	"naming":    true,  // a participle naming the noun before it: les puces, baptisées X
}

func main() {
	check := flag.Bool("check", false, "fail if the artifact is stale; write nothing")
	dir := flag.String("dir", ".", "the lexicon package directory")
	flag.Parse()
	out, err := Build(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	path := filepath.Join(*dir, outFile)
	old, _ := os.ReadFile(path)
	if bytes.Equal(old, out) {
		return
	}
	if *check {
		fmt.Fprintf(os.Stderr, "genlexicon: %s is stale: run go generate ./entities/...\n", path)
		os.Exit(1)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "genlexicon:", err)
		os.Exit(1)
	}
}

// Build reads the sources in dir and returns the artifact's bytes.
func Build(dir string) ([]byte, error) {
	var errs []error
	var lines []string
	names, err := filepath.Glob(filepath.Join(dir, srcDir, "*.tsv"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	type seenKey struct{ key, typ string }
	seen := map[seenKey]string{}
	// For the surnames: the persons, and every key a surname must not take.
	var persons []person
	taken := map[string]bool{}
	prefixes := map[string]bool{}
	for _, path := range names {
		base := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("genlexicon: %w", err)
		}
		recs, perrs := lexsrc.Read(base, data, 1, 5)
		errs = append(errs, perrs...)
		switch base {
		case variantsFile:
			continue
		case firstnamesFile:
			for _, r := range recs {
				if len(r.Cols) != 2 || !oneOf(r.Cols[1], "M", "F", "X") {
					errs = append(errs, errorf(r, "want name<TAB>gender (M, F or X)"))
					continue
				}
				lines = append(lines, join("F", normalize.Key(r.Cols[0]), r.Cols[1]))
				taken[normalize.Key(r.Cols[0])] = true
			}
			continue
		case nationalitiesFile:
			for _, r := range recs {
				if len(r.Cols) != 2 {
					errs = append(errs, errorf(r, "want adjective<TAB>code"))
					continue
				}
				lines = append(lines, join("A", normalize.Key(r.Cols[0]), r.Cols[1]))
				taken[normalize.Key(r.Cols[0])] = true
			}
			continue
		case stopwordsFile:
			for _, r := range recs {
				cat := ""
				if len(r.Cols) > 1 {
					cat = r.Cols[1]
				}
				key := normalize.Key(r.Cols[0])
				lines = append(lines, join("S", key, cat))
				taken[key] = true
				// The plural of a capitalized common noun is as common:
				// « les Bourses européennes ».
				if (cat == "noun" || cat == "role") && !strings.HasSuffix(key, "s") && !strings.HasSuffix(key, "x") && !strings.HasSuffix(key, "z") {
					lines = append(lines, join("S", key+"s", cat))
				}
			}
			continue
		}
		for _, r := range recs {
			if len(r.Cols) < 2 || len(r.Cols) > 5 {
				errs = append(errs, errorf(r, "want surface, type, canonical, id[, flags]"))
				continue
			}
			cols := append(r.Cols, "", "", "")[:5]
			surface, typ, canon, id, flags := cols[0], cols[1], cols[2], cols[3], cols[4]
			if !slices.Contains(knownTypes, typ) {
				errs = append(errs, errorf(r, "unknown type %q", typ))
				continue
			}
			if err := checkID(base, typ, id); err != nil {
				errs = append(errs, errorf(r, "%v", err))
			}
			key := normalize.Key(surface)
			if key == "" {
				errs = append(errs, errorf(r, "empty key"))
				continue
			}
			sk := seenKey{key, typ}
			if prev, ok := seen[sk]; ok {
				errs = append(errs, errorf(r, "key %q of type %s already at %s", key, typ, prev))
				continue
			}
			seen[sk] = r.Pos()
			lines = append(lines, join("N", key, surface, typ, canon, id, flags))
			taken[key] = true
			if typ == "PERSON" {
				persons = append(persons, person{surface, canon, id})
			}
			for i := 0; i < len(key); i++ {
				if key[i] == ' ' {
					prefixes[key[:i]] = true
				}
			}
		}
	}
	for _, l := range surnames(persons, taken) {
		lines = append(lines, l)
		key := strings.Split(l, "\t")[1]
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				prefixes[key[:i]] = true
			}
		}
	}
	for p := range prefixes {
		lines = append(lines, join("P", p))
	}
	data, err := os.ReadFile(filepath.Join(dir, triggersFile))
	if err != nil {
		return nil, fmt.Errorf("genlexicon: %w", err)
	}
	recs, perrs := lexsrc.Read(triggersFile, data, 1, 4)
	errs = append(errs, perrs...)
	for _, r := range recs {
		if len(r.Cols) < 2 || len(r.Cols) > 4 {
			errs = append(errs, errorf(r, "want word, class[, type[, type2]]"))
			continue
		}
		cols := append(r.Cols, "", "")[:4]
		word, class, t1, t2 := cols[0], cols[1], cols[2], cols[3]
		stemmed, ok := triggerClasses[class]
		if !ok {
			errs = append(errs, errorf(r, "unknown class %q", class))
			continue
		}
		for _, t := range []string{t1, t2} {
			if t != "" && t != "-" && !slices.Contains(knownTypes, t) {
				errs = append(errs, errorf(r, "unknown type %q", t))
			}
		}
		for _, form := range forms(word, stemmed) {
			lines = append(lines, join("T", normalize.Key(form), class, t1, t2))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	var b bytes.Buffer
	b.WriteString("veille-lexicon\t" + version + "\n")
	b.WriteString("# Code generated by genlexicon from src/*.tsv and triggers.tsv. DO NOT EDIT.\n")
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}

// forms returns word and, if stemmed, its inflected forms: the plural and
// feminine forms of a noun or adjective, the participles and present forms
// of an -er verb, each kept only if the snowball French stemmer gives it
// the stem of word. The tagger then matches inflections with one exact
// lookup per word and never stems at run time.
func forms(word string, stemmed bool) []string {
	out := []string{word}
	if !stemmed {
		return out
	}
	lower := normalize.Lower(word)
	stem := french.Stem(lower, true)
	var cands []string
	add := func(base string, ends ...string) {
		for _, e := range ends {
			cands = append(cands, base+e)
		}
	}
	add(lower, "s", "x", "e", "es")
	switch {
	case strings.HasSuffix(lower, "er"):
		b := strings.TrimSuffix(lower, "er")
		add(b, "é", "ée", "és", "ées", "e", "es", "ent", "ons", "ez", "ait", "aient", "a", "ant", "era", "eront", "erait", "ère", "ères", "eur", "eurs")
	case strings.HasSuffix(lower, "eur"):
		b := strings.TrimSuffix(lower, "eur")
		add(b, "euse", "euses", "rice", "rices", "eure", "eures")
	case strings.HasSuffix(lower, "al"):
		b := strings.TrimSuffix(lower, "al")
		add(b, "aux", "ale", "ales")
	case strings.HasSuffix(lower, "en"):
		add(lower, "ne", "nes")
	case strings.HasSuffix(lower, "el"):
		add(lower, "le", "les")
	case strings.HasSuffix(lower, "if"):
		b := strings.TrimSuffix(lower, "if")
		add(b, "ive", "ives")
	case strings.HasSuffix(lower, "eau"):
		add(lower, "x")
	case strings.HasSuffix(lower, "é"):
		add(lower, "e", "es", "s")
	}
	for _, c := range cands {
		if french.Stem(c, true) == stem {
			out = append(out, c)
		}
	}
	return out
}

// checkID checks the id of a name line of file base.
func checkID(base, typ, id string) error {
	switch {
	case id == "":
		if typ == "COUNTRY" {
			return errors.New("a COUNTRY needs its ISO 3166-1 alpha-2 code")
		}
		return nil
	case lexsrc.IsISO(id):
		if typ == "COUNTRY" || typ == "PLACE" && base == "countries.tsv" {
			return nil
		}
		return fmt.Errorf("id %q: an ISO code on a %s", id, typ)
	case lexsrc.IsQID(id):
		if typ == "COUNTRY" {
			return fmt.Errorf("id %q: a COUNTRY's id is its ISO code", id)
		}
		return nil
	}
	return fmt.Errorf("id %q is neither an ISO 3166-1 alpha-2 code nor a Q-id", id)
}

func oneOf(s string, set ...string) bool { return slices.Contains(set, s) }

func join(cols ...string) string { return strings.Join(cols, "\t") }

// person is a PERSON line of the name files.
type person struct{ surface, canon, id string }

// surnameParticles are the words that a surname keeps before its last
// word: Bruno Le Maire → Le Maire, Luca de Meo → de Meo.
var surnameParticles = []string{"de", "du", "des", "d'", "le", "la", "von", "van", "der", "den", "da", "di", "dos", "del", "al", "el", "bin", "ben"}

// surnames returns the name lines of the persons' surnames: the press
// names a person by the surname alone once the full name is known, and
// in headlines and briefs from the start (« Trump », « Zuckerberg »).
// Each is a PERSON reading flagged ambiguous (it needs a capital in the
// middle of a sentence or some context) and surname, with the full name
// as canonical and its id when one person of the lexicon has it. A
// surname that is also a name, a given name or a stop word, or shorter
// than three letters, is left out.
func surnames(persons []person, taken map[string]bool) []string {
	type reading struct {
		surface string
		full    []person
	}
	byKey := map[string]*reading{}
	for _, p := range persons {
		words := strings.Fields(p.surface)
		if len(words) < 2 {
			continue
		}
		k := len(words) - 1
		for k > 1 && slices.Contains(surnameParticles, strings.ToLower(words[k-1])) {
			k--
		}
		surface := strings.Join(words[k:], " ")
		key := normalize.Key(surface)
		last := words[len(words)-1]
		if len([]rune(last)) < 3 || strings.ToUpper(last) == last || taken[key] || strings.ContainsAny(surface, ".") {
			continue
		}
		if byKey[key] == nil {
			byKey[key] = &reading{surface: surface}
		}
		byKey[key].full = append(byKey[key].full, p)
	}
	var lines []string
	for key, r := range byKey {
		canon, id := "", ""
		// Aliases of one person (Benjamin Netanyahu, Benjamin
		// Nétanyahou) share a canonical: still one person.
		same := true
		for _, p := range r.full[1:] {
			same = same && canonicalOf(p) == canonicalOf(r.full[0])
		}
		withID := -1 // the one person of the surname with an id, if any
		for i, p := range r.full {
			switch {
			case p.id == "":
			case withID == -1:
				withID = i
			case canonicalOf(p) != canonicalOf(r.full[withID]):
				withID = -2
			}
		}
		switch {
		case same:
			canon, id = canonicalOf(r.full[0]), r.full[0].id
		case withID >= 0:
			// The one the lexicon vouches for with an id is the one the
			// press means (« Macron », « Trump »).
			canon, id = canonicalOf(r.full[withID]), r.full[withID].id
		}
		lines = append(lines, join("N", key, r.surface, "PERSON", canon, id, "ambiguous,surname"))
	}
	return lines
}

func canonicalOf(p person) string {
	if p.canon != "" {
		return p.canon
	}
	return p.surface
}

// errorf returns an error of this command located at record r.
func errorf(r lexsrc.Record, format string, args ...any) error {
	return fmt.Errorf("genlexicon: %w", r.Errorf(format, args...))
}
