package lexicon

import (
	"errors"
	"sync"
	"testing"

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
