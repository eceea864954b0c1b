package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/veille-nlp/veille/entities/internal/lexsrc"
	"github.com/veille-nlp/veille/normalize"
)

// nameFiles lists the name files of the lexicon and the types each may hold.
// countries_variants.tsv is checked through countries.tsv, which holds it.
var nameFiles = []struct {
	Name  string
	Types []string
}{
	{"countries.tsv", []string{"COUNTRY", "PLACE"}},
	{"places.tsv", []string{"PLACE"}},
	{"orgs.tsv", []string{"ORG"}},
	{"companies.tsv", []string{"COMPANY"}},
	{"products.tsv", []string{"PRODUCT"}},
	{"chips.tsv", []string{"CHIP"}},
	{"events.tsv", []string{"EVENT"}},
	{"persons.tsv", []string{"PERSON"}},
}

// The other source files, each with its own format.
const (
	variantsFile      = "countries_variants.tsv"
	firstnamesFile    = "firstnames.tsv"
	nationalitiesFile = "nationalities.tsv"
	stopwordsFile     = "stopwords_caps.tsv"
)

// qidSource is the file, relative to the module root, whose identifier
// table vouches for every Wikidata Q-id of the lexicon.
const qidSource = "testdata/golden/DECISIONS.md"

// lexicon is the parsed content of the source directory.
type lexicon struct {
	regions []region
	byCode  map[string]region
	names   map[string][]entry // by file name
	qids    map[string][]string
}

// checkAll validates every source file of dir and returns every problem
// found, in a stable order. root is the module root (for qidSource).
func checkAll(root, dir string) []error {
	var errs []error
	lx := &lexicon{regions: cldrRegions(), names: map[string][]entry{}}
	lx.byCode = make(map[string]region, len(lx.regions))
	for _, r := range lx.regions {
		lx.byCode[r.Code] = r
	}
	qids, err := readQIDs(filepath.Join(root, qidSource))
	if err != nil {
		return []error{err}
	}
	lx.qids = qids

	// Every .tsv file must be one we know.
	known := []string{variantsFile, firstnamesFile, nationalitiesFile, stopwordsFile}
	for _, f := range nameFiles {
		known = append(known, f.Name)
	}
	matches, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	for _, m := range matches {
		if !slices.Contains(known, filepath.Base(m)) {
			errs = append(errs, fmt.Errorf("%s: unknown source file (add it to check.go)", filepath.Base(m)))
		}
	}

	for _, f := range nameFiles {
		data, err := os.ReadFile(filepath.Join(dir, f.Name))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		es, perrs := parseEntries(f.Name, data)
		errs = append(errs, perrs...)
		errs = append(errs, checkFileEntries(lx, f.Name, f.Types, es)...)
		lx.names[f.Name] = es
	}
	// The variants file on its own (same rules as countries.tsv).
	if data, err := os.ReadFile(filepath.Join(dir, variantsFile)); err != nil {
		errs = append(errs, err)
	} else {
		es, perrs := parseEntries(variantsFile, data)
		errs = append(errs, perrs...)
		errs = append(errs, checkFileEntries(lx, variantsFile, nameFiles[0].Types, es)...)
	}
	errs = append(errs, checkAcrossFiles(lx)...)
	errs = append(errs, checkCountryCanonicals(lx.names["countries.tsv"])...)

	errs = append(errs, checkFirstnames(lx, dir)...)
	errs = append(errs, checkNationalities(lx, dir)...)
	errs = append(errs, checkStopwords(lx, dir)...)
	return errs
}

// checkFileEntries checks the entries of one name file: order, types, ids.
func checkFileEntries(lx *lexicon, file string, types []string, es []entry) []error {
	var errs []error
	bad := func(e entry, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s: %s", file, e.Line, e.Surface, fmt.Sprintf(format, args...)))
	}
	countries := file == "countries.tsv" || file == variantsFile
	for i, e := range es {
		if i > 0 && compareEntries(es[i-1], e) >= 0 {
			bad(e, "not sorted after %q (sort by surface, then type, in byte order; no repeats)", es[i-1].Surface)
		}
		if !slices.Contains(types, e.Type) {
			bad(e, "type %s does not belong in this file (want %v)", e.Type, types)
		}
		switch {
		case countries:
			r, ok := lx.byCode[e.ID]
			if !ok {
				bad(e, "id %q is not an ISO 3166-1 alpha-2 code that CLDR names", e.ID)
			} else if regionType(r) != e.Type {
				bad(e, "%s is a %s (see territories in gen.go), not a %s", e.ID, regionType(r), e.Type)
			}
		case e.ID == "":
		case lexsrc.IsQID(e.ID):
			names, ok := lx.qids[e.ID]
			if !ok {
				bad(e, "Q-id %s is not vouched for by %s", e.ID, qidSource)
			} else if !slices.Contains(names, e.Surface) && !slices.Contains(names, e.canon()) {
				bad(e, "%s names %v in %s, not this entry", e.ID, names, qidSource)
			}
		default:
			bad(e, "id %q is not a Wikidata Q-id (Q followed by digits)", e.ID)
		}
	}
	return errs
}

// checkAcrossFiles checks what spans the name files: folded duplicates within
// a type, default readings of multi-typed surfaces, and canonical targets.
func checkAcrossFiles(lx *lexicon) []error {
	var errs []error
	var all []entry
	for _, f := range nameFiles {
		all = append(all, lx.names[f.Name]...)
	}
	// Folded duplicates and multi-typed surfaces.
	byKey := map[string][]entry{}
	var keys []string
	for _, e := range all {
		k := normalize.Key(e.Surface)
		if _, ok := byKey[k]; !ok {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], e)
	}
	sort.Strings(keys)
	for _, k := range keys {
		group := byKey[k]
		types := map[string]entry{}
		defaults := 0
		for _, e := range group {
			if prev, ok := types[e.Type]; ok {
				errs = append(errs, fmt.Errorf("%s:%d: %s: same name as %q (%s:%d) once case, accents and apostrophes are folded; keep one form",
					e.File, e.Line, e.Surface, prev.Surface, prev.File, prev.Line))
				continue
			}
			types[e.Type] = e
			if !e.has(flagSecondary) {
				defaults++
			}
		}
		switch {
		case len(types) == 1 && group[0].has(flagSecondary):
			e := group[0]
			errs = append(errs, fmt.Errorf("%s:%d: %s: flag secondary on a name with a single type", e.File, e.Line, e.Surface))
		case len(types) > 1 && defaults != 1:
			var where []string
			for _, e := range group {
				where = append(where, fmt.Sprintf("%s %s:%d", e.Type, e.File, e.Line))
			}
			errs = append(errs, fmt.Errorf("%s: listed as %s: exactly one reading must be without the flag secondary (found %d)",
				group[0].Surface, strings.Join(where, ", "), defaults))
		}
	}
	// Canonical targets: a surface of the same type, itself canonical, same id.
	type tk struct{ surface, typ string }
	index := map[tk]entry{}
	for _, e := range all {
		index[tk{e.Surface, e.Type}] = e
	}
	for _, e := range all {
		if e.Canonical == "" {
			continue
		}
		t, ok := index[tk{e.Canonical, e.Type}]
		switch {
		case !ok:
			errs = append(errs, fmt.Errorf("%s:%d: %s: canonical %q is not a %s surface of the lexicon", e.File, e.Line, e.Surface, e.Canonical, e.Type))
		case t.Canonical != "":
			errs = append(errs, fmt.Errorf("%s:%d: %s: canonical %q is itself an alias of %q", e.File, e.Line, e.Surface, e.Canonical, t.Canonical))
		case t.ID != e.ID:
			errs = append(errs, fmt.Errorf("%s:%d: %s: id %q differs from the id %q of its canonical %q", e.File, e.Line, e.Surface, e.ID, t.ID, t.Surface))
		}
	}
	return errs
}

// checkCountryCanonicals checks that each code has one canonical name.
func checkCountryCanonicals(es []entry) []error {
	var errs []error
	byID := map[string]entry{}
	for _, e := range es {
		prev, ok := byID[e.ID]
		if !ok {
			byID[e.ID] = e
			continue
		}
		if prev.canon() != e.canon() {
			errs = append(errs, fmt.Errorf("countries.tsv:%d: %s: canonical %q for %s, but line %d says %q",
				e.Line, e.Surface, e.canon(), e.ID, prev.Line, prev.canon()))
		}
	}
	return errs
}

// checkFirstnames checks firstnames.tsv: name, gender (M, F or X).
func checkFirstnames(lx *lexicon, dir string) []error {
	recs, errs := readSorted(dir, firstnamesFile, 2, 2)
	countries := map[string]string{}
	for _, e := range lx.names["countries.tsv"] {
		if !e.has(flagAmbiguous) {
			countries[normalize.Key(e.Surface)] = e.Surface
		}
	}
	for _, r := range recs {
		name, g := r.Cols[0], r.Cols[1]
		if g != "M" && g != "F" && g != "X" {
			errs = append(errs, fmt.Errorf("%s:%d: %s: gender %q, want M, F or X", firstnamesFile, r.Line, name, g))
		}
		if !startsUpper(name) || strings.ContainsAny(name, " \t") {
			errs = append(errs, fmt.Errorf("%s:%d: %q: a given name is one capitalized word (hyphens allowed)", firstnamesFile, r.Line, name))
		}
		if c, ok := countries[normalize.Key(name)]; ok {
			errs = append(errs, fmt.Errorf("%s:%d: %s: also the country or territory %q; leave it out (or flag that one ambiguous)", firstnamesFile, r.Line, name, c))
		}
	}
	return errs
}

// checkNationalities checks nationalities.tsv: adjective, region code.
func checkNationalities(lx *lexicon, dir string) []error {
	recs, errs := readSorted(dir, nationalitiesFile, 2, 2)
	for _, r := range recs {
		adj, code := r.Cols[0], r.Cols[1]
		if startsUpper(adj) || strings.ContainsAny(adj, " ") {
			errs = append(errs, fmt.Errorf("%s:%d: %q: adjectives are one lower-case word", nationalitiesFile, r.Line, adj))
		}
		if _, ok := lx.byCode[code]; ok {
			continue
		}
		if reg, err := language.ParseRegion(code); err == nil && reg.String() == code && (reg.IsGroup() || code == "EU") {
			continue // a UN M.49 area (150 Europe, 002 Afrique...) or EU
		}
		errs = append(errs, fmt.Errorf("%s:%d: %s: code %q is neither a country code nor a UN M.49 area nor EU", nationalitiesFile, r.Line, adj, code))
	}
	return errs
}

// checkStopwords checks stopwords_caps.tsv: a capitalized word, a comment.
func checkStopwords(lx *lexicon, dir string) []error {
	recs, errs := readSorted(dir, stopwordsFile, 1, 2)
	surfaces := map[string]entry{}
	for _, f := range nameFiles {
		for _, e := range lx.names[f.Name] {
			if !e.has(flagAmbiguous) {
				surfaces[normalize.Key(e.Surface)] = e
			}
		}
	}
	for _, r := range recs {
		w := r.Cols[0]
		if !startsUpper(w) || strings.ContainsAny(w, " ") {
			errs = append(errs, fmt.Errorf("%s:%d: %q: a stop word is one capitalized word", stopwordsFile, r.Line, w))
		}
		if e, ok := surfaces[normalize.Key(w)]; ok {
			errs = append(errs, fmt.Errorf("%s:%d: %s: also a %s in %s:%d (flag it ambiguous there, or drop one)", stopwordsFile, r.Line, w, e.Type, e.File, e.Line))
		}
	}
	return errs
}

// readSorted reads a file whose first column is a key: sorted in byte
// order and unique once folded.
func readSorted(dir, file string, minCols, maxCols int) ([]lexsrc.Record, []error) {
	data, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		return nil, []error{err}
	}
	recs, errs := lexsrc.Read(file, data, minCols, maxCols)
	seen := map[string]int{}
	for i, r := range recs {
		if i > 0 && recs[i-1].Cols[0] >= r.Cols[0] {
			errs = append(errs, fmt.Errorf("%s:%d: %s: not sorted after %q (byte order, no repeats)", file, r.Line, r.Cols[0], recs[i-1].Cols[0]))
		}
		k := normalize.Key(r.Cols[0])
		if prev, ok := seen[k]; ok {
			errs = append(errs, fmt.Errorf("%s:%d: %s: same key as line %d once folded", file, r.Line, r.Cols[0], prev))
		}
		seen[k] = r.Line
	}
	return recs, errs
}

// readQIDs reads the identifier table of DECISIONS.md: rows "| Qn | names |",
// the names separated by ", ".
func readQIDs(path string) (map[string][]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("gencountries: reading the Q-id source: %w", err)
	}
	out := map[string][]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		cols := strings.Split(strings.TrimSpace(sc.Text()), "|")
		if len(cols) != 4 || cols[0] != "" || cols[3] != "" {
			continue
		}
		id := strings.TrimSpace(cols[1])
		if !lexsrc.IsQID(id) {
			continue
		}
		for _, n := range strings.Split(cols[2], ",") {
			out[id] = append(out[id], strings.TrimSpace(n))
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("gencountries: no Q-id table in %s", path)
	}
	return out, nil
}

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
