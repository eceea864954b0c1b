package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/veille-nlp/veille/normalize"
)

// root is the module root, seen from this package's directory.
const root = "../../../.."

func TestCountriesUpToDate(t *testing.T) {
	dir := filepath.Join(root, srcDir)
	want, err := build(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, "countries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("countries.tsv is stale: run go run ./entities/internal/cmd/gencountries")
	}
	// A second run gives the same bytes.
	again, err := build(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, want) {
		t.Errorf("the generator is not deterministic")
	}
}

func TestSourceFiles(t *testing.T) {
	for _, err := range checkAll(root, filepath.Join(root, srcDir)) {
		t.Error(err)
	}
}

func TestCLDRRegions(t *testing.T) {
	regions := cldrRegions()
	byCode := map[string]region{}
	countries := 0
	for _, r := range regions {
		byCode[r.Code] = r
		if !r.Territory {
			countries++
		}
	}
	// 249 ISO 3166-1 codes plus XK.
	if len(regions) != 250 {
		t.Errorf("got %d regions, want 250", len(regions))
	}
	// 193 UN members, Vatican, Palestine, Taïwan, Kosovo.
	if countries != 197 {
		t.Errorf("got %d sovereign states, want 197", countries)
	}
	for _, code := range territories {
		if _, ok := byCode[code]; !ok {
			t.Errorf("territory %s is not a CLDR region", code)
		}
	}
	tests := []struct {
		code, name string
		territory  bool
	}{
		{"FR", "France", false},
		{"SV", "Salvador", false},
		{"GB", "Royaume-Uni", false},
		{"AE", "Émirats arabes unis", false},
		{"XK", "Kosovo", false},
		{"TW", "Taïwan", false},
		{"GL", "Groenland", true},
		{"RE", "La Réunion", true},
		{"HK", "R.A.S. chinoise de Hong Kong", true},
	}
	for _, tt := range tests {
		r, ok := byCode[tt.code]
		if !ok || r.Name != tt.name || r.Territory != tt.territory {
			t.Errorf("%s: got %+v (found %v), want %q territory=%v", tt.code, r, ok, tt.name, tt.territory)
		}
	}
	for _, code := range []string{"EU", "EZ", "UN", "QO", "ZZ", "XA", "AC", "TA", "DG", "CP", "EA", "IC", "UK", "SU", "YU", "FX"} {
		if _, ok := byCode[code]; ok {
			t.Errorf("%s should not be a country code", code)
		}
	}
}

// TestCheckKey pins the folding under which two surfaces count as the same
// name: normalize.Key, the key the recognizer matches with.
func TestCheckKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Côte d'Ivoire", "cote d'ivoire"},
		{"ÉTATS-UNIS", "etats-unis"},
		{"Taïwan", "taiwan"},
		{"Cœur", "coeur"},
		{"Leyen", "leyen"},
	}
	for _, tt := range tests {
		if got := normalize.Key(tt.in); got != tt.want {
			t.Errorf("normalize.Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCheckRejects feeds each rule a small bad input and expects an error
// that names the problem.
func TestCheckRejects(t *testing.T) {
	lx := &lexicon{regions: cldrRegions(), byCode: map[string]region{}, names: map[string][]entry{},
		qids: map[string][]string{"Q182477": {"Nvidia"}}}
	for _, r := range lx.regions {
		lx.byCode[r.Code] = r
	}
	fileTests := []struct {
		name, file, data, want string
	}{
		{"columns", "companies.tsv", "Nvidia\tCOMPANY\n", "columns"},
		{"type", "companies.tsv", "Nvidia\tFIRM\t\t\n", "unknown type"},
		{"wrong file", "companies.tsv", "Paris\tPLACE\t\t\n", "does not belong"},
		{"order", "companies.tsv", "Nvidia\tCOMPANY\t\t\nAMD\tCOMPANY\t\t\n", "not sorted"},
		{"repeat", "companies.tsv", "AMD\tCOMPANY\t\t\nAMD\tCOMPANY\t\t\n", "not sorted"},
		{"nfc", "companies.tsv", "Cafe\u0301\tCOMPANY\t\t\n", "NFC"},
		{"utf8", "companies.tsv", "A\xffB\tCOMPANY\t\t\n", "UTF-8"},
		{"crlf", "companies.tsv", "AMD\tCOMPANY\t\t\r\n", "carriage return"},
		{"blanks", "companies.tsv", "AMD \tCOMPANY\t\t\n", "stray blanks"},
		{"nbsp", "companies.tsv", "Mistral\u00a0AI\tCOMPANY\t\t\n", "U+00A0"},
		{"no newline", "companies.tsv", "AMD\tCOMPANY\t\t", "newline"},
		{"qid format", "companies.tsv", "AMD\tCOMPANY\t\tQ12x\n", "not a Wikidata Q-id"},
		{"qid unvouched", "companies.tsv", "AMD\tCOMPANY\t\tQ128896\n", "not vouched"},
		{"qid other entity", "companies.tsv", "AMD\tCOMPANY\t\tQ182477\n", "not this entry"},
		{"flag", "companies.tsv", "AMD\tCOMPANY\t\t\tweird\n", "unknown flag"},
		{"empty flags", "companies.tsv", "AMD\tCOMPANY\t\t\t\n", "empty flags"},
		{"canonical is surface", "companies.tsv", "AMD\tCOMPANY\tAMD\t\n", "canonical equals"},
		{"iso", "countries.tsv", "Atlantide\tCOUNTRY\t\tQQ\n", "not an ISO"},
		{"iso missing", "countries.tsv", "Atlantide\tCOUNTRY\t\t\n", "not an ISO"},
		{"territory", "countries.tsv", "Groenland\tCOUNTRY\t\tGL\n", "is a PLACE"},
		{"state", "countries.tsv", "France\tPLACE\t\tFR\n", "is a COUNTRY"},
	}
	for _, tt := range fileTests {
		t.Run(tt.name, func(t *testing.T) {
			es, errs := parseEntries(tt.file, []byte(tt.data))
			types := []string{"COMPANY"}
			if tt.file == "countries.tsv" {
				types = []string{"COUNTRY", "PLACE"}
			}
			errs = append(errs, checkFileEntries(lx, tt.file, types, es)...)
			if !containsErr(errs, tt.want) {
				t.Errorf("errors %v, want one containing %q", errs, tt.want)
			}
		})
	}

	crossTests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"folded duplicate", map[string]string{"companies.tsv": "Arm\tCOMPANY\t\t\nARM\tCOMPANY\t\t\n"}, "once case"},
		{"folded duplicate across files", map[string]string{
			"countries.tsv": "Groenland\tPLACE\t\tGL\n", "places.tsv": "Groënland\tPLACE\t\t\n"}, "once case"},
		{"two defaults", map[string]string{
			"companies.tsv": "DeepSeek\tCOMPANY\t\t\n", "products.tsv": "DeepSeek\tPRODUCT\t\t\n"}, "exactly one reading"},
		{"two secondaries", map[string]string{
			"companies.tsv": "DeepSeek\tCOMPANY\t\t\tsecondary\n", "products.tsv": "DeepSeek\tPRODUCT\t\t\tsecondary\n"}, "exactly one reading"},
		{"lone secondary", map[string]string{"companies.tsv": "AMD\tCOMPANY\t\t\tsecondary\n"}, "single type"},
		{"missing canonical", map[string]string{"companies.tsv": "Mistral\tCOMPANY\tMistral AI\t\n"}, "is not a COMPANY surface"},
		{"canonical chain", map[string]string{"companies.tsv": "A\tCOMPANY\tB\t\nB\tCOMPANY\tC\t\nC\tCOMPANY\t\t\n"}, "itself an alias"},
		{"canonical id", map[string]string{"orgs.tsv": "FMI\tORG\tFonds monétaire international\t\nFonds monétaire international\tORG\t\tQ7804\n"}, "differs from the id"},
	}
	for _, tt := range crossTests {
		t.Run(tt.name, func(t *testing.T) {
			lx.names = map[string][]entry{}
			var errs []error
			for file, data := range tt.files {
				es, perrs := parseEntries(file, []byte(data))
				errs = append(errs, perrs...)
				lx.names[file] = es
			}
			errs = append(errs, checkAcrossFiles(lx)...)
			if !containsErr(errs, tt.want) {
				t.Errorf("errors %v, want one containing %q", errs, tt.want)
			}
		})
	}

	es, _ := parseEntries("countries.tsv", []byte("UK\tCOUNTRY\tRoyaume-Uni\tGB\nRoyaume-Uni\tCOUNTRY\t\tGB\nGrande-Bretagne\tCOUNTRY\tAngleterre\tGB\n"))
	if errs := checkCountryCanonicals(es); !containsErr(errs, "canonical") {
		t.Errorf("one code with two canonicals: errors %v", errs)
	}
}

func TestCheckOtherFiles(t *testing.T) {
	lx := &lexicon{regions: cldrRegions(), byCode: map[string]region{}, names: map[string][]entry{}}
	for _, r := range lx.regions {
		lx.byCode[r.Code] = r
	}
	lx.names["countries.tsv"], _ = parseEntries("countries.tsv", []byte("France\tCOUNTRY\t\tFR\nMaurice\tCOUNTRY\t\tMU\tambiguous\n"))
	lx.names["companies.tsv"], _ = parseEntries("companies.tsv", []byte("Orange\tCOMPANY\t\t\tambiguous\nSource\tCOMPANY\t\t\n"))
	tests := []struct {
		name, file, data, want string
		check                  func(*lexicon, string) []error
	}{
		{"gender", firstnamesFile, "Anne\tW\n", "gender", checkFirstnames},
		{"first name is a country", firstnamesFile, "France\tF\n", "country", checkFirstnames},
		{"first name order", firstnamesFile, "Zoé\tF\nAnne\tF\n", "not sorted", checkFirstnames},
		{"first name folded twice", firstnamesFile, "Zoe\tF\nZoé\tF\n", "once folded", checkFirstnames},
		{"first name lower case", firstnamesFile, "anne\tF\n", "capitalized", checkFirstnames},
		{"adjective code", nationalitiesFile, "atlante\tQQ\n", "neither", checkNationalities},
		{"adjective case", nationalitiesFile, "Français\tFR\n", "lower-case", checkNationalities},
		{"stop word is a name", stopwordsFile, "Source\tsection label\n", "also a COMPANY", checkStopwords},
		{"stop word lower case", stopwordsFile, "selon\n", "capitalized", checkStopwords},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, tt.file), []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			if errs := tt.check(lx, dir); !containsErr(errs, tt.want) {
				t.Errorf("errors %v, want one containing %q", errs, tt.want)
			}
		})
	}
	// Accepted inputs: a given name that is an ambiguous country, M.49 and EU codes,
	// a stop word equal to an ambiguous name.
	ok := []struct {
		file, data string
		check      func(*lexicon, string) []error
	}{
		{firstnamesFile, "Anne\tF\nMaurice\tM\n", checkFirstnames},
		{nationalitiesFile, "africain\t002\neuropéen\tEU\nfrançais\tFR\n", checkNationalities},
		{stopwordsFile, "Orange\tcolour\n", checkStopwords},
	}
	for _, tt := range ok {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, tt.file), []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		if errs := tt.check(lx, dir); len(errs) > 0 {
			t.Errorf("%s %q: unexpected errors %v", tt.file, tt.data, errs)
		}
	}
}

func containsErr(errs []error, s string) bool {
	for _, e := range errs {
		if strings.Contains(e.Error(), s) {
			return true
		}
	}
	return false
}
