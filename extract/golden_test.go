package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Use go test ./extract -update to rewrite the machine snapshots in
// testdata/snapshots. The human golden files in testdata/golden are never
// written by any test.
var update = flag.Bool("update", false, "rewrite the machine snapshots under extract/testdata/snapshots")

// Parts of the golden comparison that must match exactly. Each becomes
// strict in the issue that builds it.
const (
	strictEntities = true // issue 4
	strictAmounts  = true // issue 3
)

type goldEntity struct {
	Text      string `json:"text"`
	Type      string `json:"type"`
	ID        string `json:"id"`
	Canonical string `json:"canonical"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

type goldAmount struct {
	Text     string   `json:"text"`
	Kind     string   `json:"kind"`
	Value    *float64 `json:"value"`
	Min      *float64 `json:"min"`
	Max      *float64 `json:"max"`
	Currency string   `json:"currency"`
	Unit     string   `json:"unit"`
	Approx   string   `json:"approx"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
}

type goldDoc struct {
	Entities []goldEntity `json:"entities"`
	Amounts  []goldAmount `json:"amounts"`
}

func articles(t testing.TB) []string {
	t.Helper()
	names, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("no articles in ../testdata/articles: %v", err)
	}
	sort.Strings(names)
	return names
}

func readDoc(t testing.TB, path string) goldDoc {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d goldDoc
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return d
}

// prf holds true positives and the sizes of the system and gold sets.
type prf struct{ tp, sys, gold int }

func (c prf) String() string {
	p, r := ratio(c.tp, c.sys), ratio(c.tp, c.gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return fmt.Sprintf("P=%.3f R=%.3f F1=%.3f (tp=%d sys=%d gold=%d)", p, r, f, c.tp, c.sys, c.gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// entityKey is what must match: span, type, and the id of a country (the
// contract requires ISO codes on countries; other ids are optional).
func entityKey(e goldEntity) string {
	k := fmt.Sprintf("%d-%d %s %q", e.Start, e.End, e.Type, e.Text)
	if e.Type == "COUNTRY" {
		k += " id=" + e.ID
	}
	return k
}

func numEq(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Max(math.Abs(*a), math.Abs(*b)))
}

func amountKey(a goldAmount) string {
	f := func(p *float64) string {
		if p == nil {
			return "null"
		}
		return fmt.Sprint(*p)
	}
	return fmt.Sprintf("%d-%d %s %q value=%s min=%s max=%s cur=%s unit=%s approx=%s",
		a.Start, a.End, a.Kind, a.Text, f(a.Value), f(a.Min), f(a.Max), a.Currency, a.Unit, a.Approx)
}

func sameAmount(a, b goldAmount) bool {
	return a.Start == b.Start && a.End == b.End && a.Kind == b.Kind && a.Text == b.Text &&
		numEq(a.Value, b.Value) && numEq(a.Min, b.Min) && numEq(a.Max, b.Max) &&
		a.Currency == b.Currency && a.Unit == b.Unit && a.Approx == b.Approx
}

// corpusScore is the comparison of the Extractor's output with a folder of
// human annotations.
type corpusScore struct {
	ent, amt           prf
	entByType          map[string]*prf
	entDiffs, amtDiffs []string
}

func (c corpusScore) f1(p prf) float64 {
	pr, r := ratio(p.tp, p.sys), ratio(p.tp, p.gold)
	if pr+r == 0 {
		return 0
	}
	return 2 * pr * r / (pr + r)
}

// scoreCorpus runs the Extractor on dir/articles/*.txt (or on the paths
// given) and compares each with dir/golden/NAME.json: entities by exact
// span, type and country id; amounts by every field.
func scoreCorpus(t *testing.T, ex *Extractor, paths []string, goldDir string) corpusScore {
	t.Helper()
	sc := corpusScore{entByType: map[string]*prf{}}
	typ := func(name string) *prf {
		c := sc.entByType[name]
		if c == nil {
			c = &prf{}
			sc.entByType[name] = c
		}
		return c
	}
	for _, path := range paths {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		gold := readDoc(t, filepath.Join(goldDir, name+".json"))
		out, err := json.Marshal(ex.Extract(string(src)))
		if err != nil {
			t.Fatal(err)
		}
		var got goldDoc
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}

		want := map[string]int{}
		for _, e := range gold.Entities {
			want[entityKey(e)]++
			typ(e.Type).gold++
			sc.ent.gold++
		}
		for _, e := range got.Entities {
			c := typ(e.Type)
			c.sys++
			sc.ent.sys++
			k := entityKey(e)
			if want[k] == 0 {
				sc.entDiffs = append(sc.entDiffs, fmt.Sprintf("%s: spurious %s", name, k))
				continue
			}
			want[k]--
			c.tp++
			sc.ent.tp++
		}
		for _, e := range gold.Entities {
			if k := entityKey(e); want[k] > 0 {
				want[k]--
				sc.entDiffs = append(sc.entDiffs, fmt.Sprintf("%s: missed   %s", name, k))
			}
		}

		used := make([]bool, len(got.Amounts))
		sc.amt.gold += len(gold.Amounts)
		sc.amt.sys += len(got.Amounts)
		for _, g := range gold.Amounts {
			found := false
			for i, a := range got.Amounts {
				if !used[i] && sameAmount(a, g) {
					used[i], found = true, true
					sc.amt.tp++
					break
				}
			}
			if !found {
				sc.amtDiffs = append(sc.amtDiffs, fmt.Sprintf("%s: missed   %s", name, amountKey(g)))
			}
		}
		for i, a := range got.Amounts {
			if !used[i] {
				sc.amtDiffs = append(sc.amtDiffs, fmt.Sprintf("%s: spurious %s", name, amountKey(a)))
			}
		}
	}
	return sc
}

func (sc corpusScore) log(t *testing.T) {
	t.Helper()
	t.Logf("entities: %v", sc.ent)
	types := make([]string, 0, len(sc.entByType))
	for k := range sc.entByType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		t.Logf("  %-8s %v", k, *sc.entByType[k])
	}
	t.Logf("amounts:  %v (every field exact)", sc.amt)
}

// TestGolden runs the Extractor on every seed article and compares its
// output with the human annotation, field by field. It reports per-type
// precision, recall and F1 and every disagreement.
func TestGolden(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	sc := scoreCorpus(t, ex, articles(t), "../testdata/golden")
	sc.log(t)
	report := func(part string, strict bool, diffs []string) {
		if len(diffs) == 0 {
			return
		}
		msg := fmt.Sprintf("%s: %d disagreements with the golden files:\n  %s", part, len(diffs), strings.Join(diffs, "\n  "))
		if strict {
			t.Error(msg)
		} else {
			t.Log(msg)
			t.Logf("%s: not yet strict, skipped (the %s recognizer is not finished)", part, part)
		}
	}
	report("entities", strictEntities, sc.entDiffs)
	report("amounts", strictAmounts, sc.amtDiffs)
}

// TestCorpora scores the Extractor on the annotated corpora of testdata
// that were written after the seeds, by annotators who did not see the
// code: dev and dev2 (used to develop the recognizers) and heldout (never
// used for tuning, only measured). The floors only guard against
// regressions; they sit a little under the figures measured when they
// were last raised. Run with -v to see the scores, and with
// VEILLE_CORPUS_ERRORS=1 to list every disagreement.
func TestCorpora(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		dir          string
		entF1, amtF1 float64
	}{
		{"dev", 0.98, 0.99},
		{"dev2", 0.96, 0.97},
		{"dev3", 0.96, 0.96},
		{"dev4", 0.93, 0.93},
		{"dev5", 0.86, 0.93},
		{"heldout", 0.90, 0.93},
	} {
		t.Run(c.dir, func(t *testing.T) {
			root := filepath.Join("..", "testdata", c.dir)
			paths, err := filepath.Glob(filepath.Join(root, "articles", "*.txt"))
			if err != nil || len(paths) == 0 {
				t.Skipf("no articles under %s", root)
			}
			sort.Strings(paths)
			sc := scoreCorpus(t, ex, paths, filepath.Join(root, "golden"))
			sc.log(t)
			if os.Getenv("VEILLE_CORPUS_ERRORS") != "" {
				t.Logf("disagreements:\n  %s\n  %s", strings.Join(sc.entDiffs, "\n  "), strings.Join(sc.amtDiffs, "\n  "))
			}
			if f := sc.f1(sc.ent); f < c.entF1 {
				t.Errorf("%s: entity strict F1 %.3f below the floor %.3f", c.dir, f, c.entF1)
			}
			if f := sc.f1(sc.amt); f < c.amtF1 {
				t.Errorf("%s: amount F1 (every field exact) %.3f below the floor %.3f", c.dir, f, c.amtF1)
			}
		})
	}
}

// TestSnapshots compares the Extractor's whole JSON output on every article
// with the machine snapshot in testdata/snapshots, so that any change of
// output shows in review. Run with -update to rewrite them.
func TestSnapshots(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			got, err := json.MarshalIndent(ex.Extract(string(src)), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			snap := filepath.Join("testdata", "snapshots", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(snap), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(snap, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(snap)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -run TestSnapshots -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output of %s differs from %s (run with -update after review):\n%s", name, snap, lineDiff(string(want), string(got)))
			}
		})
	}
}

// lineDiff lists the lines of want and got that differ, for a short report.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, c string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			c = g[i]
		}
		if a != c {
			fmt.Fprintf(&b, "line %d:\n  -%s\n  +%s\n", i+1, a, c)
			if n++; n == 10 {
				b.WriteString("...\n")
				break
			}
		}
	}
	return b.String()
}
