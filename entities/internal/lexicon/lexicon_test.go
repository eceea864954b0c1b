package lexicon

import (
	"cmp"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/normalize"
)

func TestLoad(t *testing.T) {
	x, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	y, _ := Load()
	if x != y {
		t.Error("Load returned two indexes")
	}
	tests := []struct {
		key string
		typ Type
		id  string
	}{
		{"royaume-uni", Country, "GB"},
		{"emirats arabes unis", Country, "AE"},
		{"uk", Country, "GB"},
	}
	for _, tt := range tests {
		es := x.Names(tt.key)
		if es.Len() == 0 || es.At(0).Type != tt.typ || es.At(0).ID != tt.id {
			t.Errorf("Names(%q) = %+v, want %v %s first", tt.key, all(es), tt.typ, tt.id)
		}
	}
	if !x.IsPrefix([]byte("emirats arabes")) {
		t.Error(`IsPrefix("emirats arabes") = false`)
	}
	for _, w := range []string{"puces", "présidente", "baptisée"} {
		k := []byte(normalize.Key(w))
		if !x.MaybeTrigger(Hash(k)) || x.Triggers(k) == nil {
			t.Errorf("no trigger for %q", w)
		}
	}
}

func TestLoadConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if x, err := Load(); err != nil || x.Names("uk").Len() == 0 {
				t.Error("concurrent Load failed")
			}
		}()
	}
	wg.Wait()
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, data string }{
		{"no header", "N\tacme\tAcme\tCOMPANY\t\t\t\n"},
		{"future version", "veille-lexicon\t9\n"},
		{"short name line", "veille-lexicon\t1\nN\tacme\tAcme\n"},
		{"unknown type", "veille-lexicon\t1\nN\tacme\tAcme\tFIRM\t\t\t\n"},
		{"unknown record", "veille-lexicon\t1\nZ\tacme\n"},
		{"unknown class", "veille-lexicon\t1\nT\tpuce\tnoun\tCHIP\t\n"},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.data); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Parse = %v, want ErrFormat", tt.name, err)
		}
	}
}

func TestParseOrder(t *testing.T) {
	x, err := Parse("veille-lexicon\t1\nN\tacme\tAcme\tPRODUCT\t\t\tsecondary\nN\tacme\tAcme\tCOMPANY\t\t\t\n")
	if err != nil {
		t.Fatal(err)
	}
	es := all(x.Names("acme"))
	if len(es) != 2 || es[0].Type != Company || es[1].Type != Product {
		t.Errorf("readings %+v: want the default reading first", es)
	}
}

// all returns the readings of es as a slice.
func all(es Entries) []Entry {
	var s []Entry
	for i := range es.Len() {
		s = append(s, es.At(i))
	}
	return s
}

// TestIndexAgreesWithMaps checks every lookup of the pointer-free Index
// against a plain decoding of the artifact into maps of strings, for every
// key of the artifact and a few keys that are none.
func TestIndexAgreesWithMaps(t *testing.T) {
	x, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	names := map[string][]Entry{}
	prefix, lower, chips := map[string]bool{}, map[string]bool{}, map[string]bool{}
	first := map[string]Gender{}
	nat := map[string]string{}
	stop := map[string]StopKind{}
	trigs := map[string][]Trigger{}
	maxWords := 0
	keys := []string{"", "zzzz", "le chat", "nvidia h100 x"}
	for _, line := range strings.Split(artifact, "\n")[1:] {
		c := strings.Split(line, "\t")
		if len(c) < 2 || line[0] == '#' {
			continue
		}
		key := c[1]
		keys = append(keys, key)
		switch c[0] {
		case "N":
			typ, _ := ParseType(c[3])
			e := Entry{Surface: c[2], Canonical: cmp.Or(c[4], c[2]), ID: c[5], Type: typ}
			for _, f := range strings.Split(c[6], ",") {
				e.Flags |= map[string]Flags{"ambiguous": Ambiguous, "secondary": Secondary, "lowercase": Lowercase, "surname": Surname}[f]
			}
			es := append(names[key], e)
			for i := len(es) - 1; i > 0; i-- { // default reading first, then by type
				a, b := es[i], es[i-1]
				if a.Flags&Secondary < b.Flags&Secondary || a.Flags&Secondary == b.Flags&Secondary && a.Type < b.Type {
					es[i], es[i-1] = b, a
				}
			}
			names[key] = es
			w, _, more := strings.Cut(key, " ")
			keys = append(keys, w)
			if r, _ := utf8.DecodeRuneInString(e.Surface); unicode.IsLower(r) || e.Flags&Lowercase != 0 {
				lower[w] = true
			}
			chips[w] = chips[w] || more && typ == Chip
			maxWords = max(maxWords, strings.Count(key, " ")+1)
		case "P":
			prefix[key] = true
		case "F":
			first[key] = map[string]Gender{"M": Male, "F": Female}[c[2]]
			if first[key] == 0 {
				first[key] = Either
			}
		case "A":
			nat[key] = c[2]
		case "S":
			stop[key] = StopOther
			if len(c) > 2 && stopKinds[c[2]] != 0 {
				stop[key] = stopKinds[c[2]]
			}
		case "T":
			tr := Trigger{Class: Class(slices.Index(classNames[:], c[2]))}
			tr.Type, _ = ParseType(c[3])
			tr.Type2, _ = ParseType(c[4])
			if !slices.Contains(trigs[key], tr) {
				trigs[key] = append(trigs[key], tr)
			}
		}
	}
	if x.MaxWords != maxWords {
		t.Errorf("MaxWords = %d, want %d", x.MaxWords, maxWords)
	}
	for _, k := range keys {
		b, h := []byte(k), Hash([]byte(k))
		if got := all(x.NamesHash(h, b)); !slices.Equal(got, names[k]) {
			t.Errorf("Names(%q) = %+v, want %+v", k, got, names[k])
		}
		if got := x.IsPrefix(b); got != prefix[k] {
			t.Errorf("IsPrefix(%q) = %v", k, got)
		}
		if got := x.LowerStart(b); got != lower[k] || got && !x.MaybeLowerStart(h) {
			t.Errorf("LowerStart(%q) = %v", k, got)
		}
		if got := x.MakesChips(b); got != chips[k] {
			t.Errorf("MakesChips(%q) = %v", k, got)
		}
		s, g, n := x.InfoHash(h, b)
		if s != stop[k] || g != first[k] || n != (nat[k] != "") || x.Stopword(b) != s || x.FirstName(b) != g || x.Nationality(b) != nat[k] {
			t.Errorf("InfoHash(%q) = %v %v %v, want %v %v %q", k, s, g, n, stop[k], first[k], nat[k])
		}
		if (s != 0 || g != 0 || n) && !x.MaybeInfo(h) {
			t.Errorf("MaybeInfo(%q) = false", k)
		}
		if got := x.Triggers(b); !slices.Equal(got, trigs[k]) || got != nil && !x.MaybeTrigger(h) {
			t.Errorf("Triggers(%q) = %v, want %v", k, got, trigs[k])
		}
	}
}

func TestExtra(t *testing.T) {
	x := Extra([]string{"acme corp", "acme", "acme corp"}, []Entry{
		{Surface: "ACME Corp", Canonical: "ACME Corp", Type: Company},
		{Surface: "Acme", Canonical: "Acme", ID: "Q1", Type: Product},
		{Surface: "Acme Corp", Canonical: "Acme Corporation", Type: Org},
	})
	want := []Entry{
		{Surface: "ACME Corp", Canonical: "ACME Corp", Type: Company},
		{Surface: "Acme Corp", Canonical: "Acme Corporation", Type: Org},
	}
	if got := all(x.Names("acme corp")); !slices.Equal(got, want) {
		t.Errorf("Names(acme corp) = %+v, want %+v (the order given)", got, want)
	}
	if es := x.Names("acme"); es.Len() != 1 || es.At(0).ID != "Q1" || es.Type(0) != Product {
		t.Errorf("Names(acme) = %+v", all(es))
	}
	if !x.IsPrefix([]byte("acme")) || x.IsPrefix([]byte("acme corp")) || x.Names("corp").Len() != 0 {
		t.Error("Extra: wrong prefixes or names")
	}
	if x.MaxWords != 2 {
		t.Errorf("MaxWords = %d, want 2", x.MaxWords)
	}
}

// FuzzParse checks that Parse fails cleanly on any input, and that an
// Index it returns answers lookups of the keys of its lines.
func FuzzParse(f *testing.F) {
	f.Add("veille-lexicon\t1\nN\tacme\tAcme\tPRODUCT\t\t\tsecondary\nN\tacme\tAcme\tCOMPANY\t\t\t\n")
	f.Add("veille-lexicon\t1\nP\temirats\nN\temirats arabes\tÉmirats\tCOUNTRY\tÉmirats arabes unis\tAE\tlowercase\n")
	f.Add("veille-lexicon\t1\nT\tpuce\thead\tCHIP\t\nT\tpuce\thead\tCHIP\t\nA\tfrançaise\tFR\nF\tmarie\tF\nS\tle\tfunction")
	f.Fuzz(func(t *testing.T, data string) {
		x, err := Parse(data)
		if err != nil {
			return
		}
		for _, line := range strings.Split(data, "\n") {
			c := strings.Split(line, "\t")
			if len(c) < 2 {
				continue
			}
			k := []byte(c[1])
			es := x.NamesBytes(k)
			for i := range es.Len() {
				if e := es.At(i); e.Type != es.Type(i) || e.Flags != es.Flags(i) || e.Surface != es.Surface(i) {
					t.Fatalf("reading %d of %q: accessors disagree with At", i, k)
				}
			}
			x.IsPrefix(k)
			x.LowerStart(k)
			x.MakesChips(k)
			x.Stopword(k)
			x.FirstName(k)
			x.Nationality(k)
			x.Triggers(k)
		}
	})
}
