package entities

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// The floors of the golden evaluation: strict F1 (exact span and type) on
// the seed articles, with the full lexicon and with the lexicon stripped of
// every non-geographic name that the golden files contain. They only rise.
const (
	goldenFloor  = 1.0
	ablatedFloor = 0.94
)

type goldenDoc struct {
	name     string
	src      string
	entities []Entity
}

func readGolden(t testing.TB) []goldenDoc {
	t.Helper()
	docs := readGoldenDir(t, "../testdata/articles", "../testdata/golden")
	if len(docs) == 0 {
		t.Fatalf("no seed articles")
	}
	return docs
}

// readGoldenDir reads the articles NAME.txt of dir and their golden files
// golden/NAME.json.
func readGoldenDir(t testing.TB, dir, goldenDir string) []goldenDoc {
	t.Helper()
	arts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []goldenDoc
	for _, a := range arts {
		name := strings.TrimSuffix(filepath.Base(a), ".txt")
		src, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		g, err := os.ReadFile(filepath.Join(goldenDir, name+".json"))
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			Entities []Entity `json:"entities"`
		}
		if err := json.Unmarshal(g, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		docs = append(docs, goldenDoc{name, string(src), doc.Entities})
	}
	return docs
}

func tagDoc(tg *Tagger, src string) []Entity {
	toks := token.Tokenize(src)
	sents := token.Segment(src, toks)
	return tg.Tag(src, toks, sents)
}

// prf holds counts for precision, recall and F1.
type prf struct{ tp, sys, gold int }

func (c prf) scores() (p, r, f float64) {
	p, r = 1, 1
	if c.sys > 0 {
		p = float64(c.tp) / float64(c.sys)
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// evaluate scores tg on docs, logs per-type scores and disagreements, and
// returns the overall strict F1 and the number of wrong country ids.
func evaluate(t *testing.T, tg *Tagger, docs []goldenDoc) (float64, int) {
	t.Helper()
	var all prf
	per := map[Type]*prf{}
	for ty := Person; ty <= Event; ty++ {
		per[ty] = &prf{}
	}
	badIDs := 0
	for _, d := range docs {
		got := tagDoc(tg, d.src)
		checkInvariants(t, d.src, got)
		type k struct {
			s, e int
			t    Type
		}
		gold := map[k]Entity{}
		for _, g := range d.entities {
			gold[k{g.Start, g.End, g.Type}] = g
			per[g.Type].gold++
			all.gold++
		}
		seen := map[k]bool{}
		for _, e := range got {
			per[e.Type].sys++
			all.sys++
			key := k{e.Start, e.End, e.Type}
			if g, ok := gold[key]; ok {
				seen[key] = true
				per[e.Type].tp++
				all.tp++
				if g.Type == Country && g.ID != e.ID {
					badIDs++
					t.Logf("%s: wrong id %q for %s %q @%d (want %q)", d.name, e.ID, e.Type, e.Text, e.Start, g.ID)
				}
				continue
			}
			t.Logf("%s: spurious %-7s %q @%d", d.name, e.Type, e.Text, e.Start)
		}
		for _, g := range d.entities {
			if !seen[k{g.Start, g.End, g.Type}] {
				t.Logf("%s: missed   %-7s %q @%d", d.name, g.Type, g.Text, g.Start)
			}
		}
	}
	for ty := Person; ty <= Event; ty++ {
		c := per[ty]
		p, r, f := c.scores()
		t.Logf("%-8s P=%.3f R=%.3f F1=%.3f gold=%d found=%d", ty, p, r, f, c.gold, c.sys)
	}
	p, r, f := all.scores()
	t.Logf("strict   P=%.3f R=%.3f F1=%.3f (%d of %d gold, %d found)", p, r, f, all.tp, all.gold, all.sys)
	return f, badIDs
}

func TestGolden(t *testing.T) {
	tg, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, bad := evaluate(t, tg, readGolden(t))
	if f < goldenFloor {
		t.Errorf("strict F1 %.3f below the floor %.3f", f, goldenFloor)
	}
	if bad > 0 {
		t.Errorf("%d wrong country ids", bad)
	}
}

// TestGoldenAblated scores the rules rather than the lexicon: every name of
// the golden files that is not a country or a place is removed from the
// lexicon (with its aliases), so that Nvidia, Mistral AI, Nscale or
// Bureau national du Bitcoin must be found and typed from their shape and
// context alone, as unseen names of a held-out article would be.
func TestGoldenAblated(t *testing.T) {
	docs := readGolden(t)
	drop := map[string]bool{}
	for _, d := range docs {
		for _, e := range d.entities {
			if e.Type != Country && e.Type != Place {
				drop[normalize.Key(e.Text)] = true
			}
		}
	}
	f, bad := evaluate(t, ablated(t, drop), docs)
	if f < ablatedFloor {
		t.Errorf("strict F1 %.3f below the floor %.3f", f, ablatedFloor)
	}
	if bad > 0 {
		t.Errorf("%d wrong country ids", bad)
	}
}

// ablated returns a tagger whose lexicon lacks the names whose key (or
// whose canonical name's key) is in drop, countries and places excepted.
func ablated(t *testing.T, drop map[string]bool) *Tagger {
	t.Helper()
	data, err := os.ReadFile("internal/lexicon/lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	removed := 0
	for _, line := range strings.Split(string(data), "\n") {
		cols := strings.Split(line, "\t")
		if cols[0] == "N" && len(cols) == 7 && (drop[cols[1]] || drop[normalize.Key(cols[4])]) &&
			cols[3] != "COUNTRY" && cols[3] != "PLACE" {
			removed++
			continue
		}
		kept = append(kept, line)
	}
	x, err := lexicon.Parse(strings.Join(kept, "\n"))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("removed %d lexicon lines", removed)
	return &Tagger{x: x}
}

// checkInvariants checks what every Tag output must satisfy.
func checkInvariants(t testing.TB, src string, es []Entity) {
	t.Helper()
	last := 0
	for i, e := range es {
		if e.Start < last || e.Start >= e.End || e.End > len(src) {
			t.Fatalf("entity %d %+v: bad span (previous end %d, len %d)", i, e, last, len(src))
		}
		if !utf8.ValidString(e.Text) {
			t.Fatalf("entity %d: invalid UTF-8 %q", i, e.Text)
		}
		if src[e.Start:e.End] != e.Text {
			t.Fatalf("entity %d: text %q != src %q", i, e.Text, src[e.Start:e.End])
		}
		if e.Type < Person || e.Type > Event {
			t.Fatalf("entity %d: bad type %v", i, e.Type)
		}
		if e.Type == Country && len(e.ID) != 2 {
			t.Fatalf("entity %d: country %q without ISO code (%q)", i, e.Text, e.ID)
		}
		last = e.End
	}
	b, err := json.Marshal(es)
	if err != nil {
		t.Fatal(err)
	}
	var back []Entity
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(es) > 0 && !slices.Equal(es, back) {
		t.Fatalf("JSON round trip changed the entities:\n%v\n%v", es, back)
	}
	_ = fmt.Sprint()
}
