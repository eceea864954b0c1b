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
	strictEntities = false // issue 4 (entities) has not landed
	strictAmounts  = false // issue 3 (amounts) has not landed
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

// TestGolden runs the Extractor on every article and compares its output
// with the human annotation, field by field. It reports per-type
// precision, recall and F1 and every disagreement.
func TestGolden(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	entByType := map[string]*prf{}
	var ent, amt prf
	var entDiffs, amtDiffs []string
	for _, path := range articles(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		gold := readDoc(t, filepath.Join("../testdata/golden", name+".json"))
		out, err := json.Marshal(ex.Extract(string(src)))
		if err != nil {
			t.Fatal(err)
		}
		var got goldDoc
		if err := json.Unmarshal(out, &got); err != nil {
			t.Fatal(err)
		}

		// Entities: exact span, type and id (where the golden gives an id).
		want := map[string]int{}
		for _, e := range gold.Entities {
			want[entityKey(e)]++
			c := entByType[e.Type]
			if c == nil {
				c = &prf{}
				entByType[e.Type] = c
			}
			c.gold++
			ent.gold++
		}
		for _, e := range got.Entities {
			c := entByType[e.Type]
			if c == nil {
				c = &prf{}
				entByType[e.Type] = c
			}
			c.sys++
			ent.sys++
			k := entityKey(e)
			if want[k] == 0 {
				entDiffs = append(entDiffs, fmt.Sprintf("%s: spurious %s", name, k))
				continue
			}
			want[k]--
			c.tp++
			ent.tp++
		}
		for _, e := range gold.Entities {
			if k := entityKey(e); want[k] > 0 {
				want[k]--
				entDiffs = append(entDiffs, fmt.Sprintf("%s: missed   %s", name, k))
			}
		}

		// Amounts: every field.
		used := make([]bool, len(got.Amounts))
		amt.gold += len(gold.Amounts)
		amt.sys += len(got.Amounts)
		for _, g := range gold.Amounts {
			found := false
			for i, a := range got.Amounts {
				if !used[i] && sameAmount(a, g) {
					used[i], found = true, true
					amt.tp++
					break
				}
			}
			if !found {
				amtDiffs = append(amtDiffs, fmt.Sprintf("%s: missed   %s", name, amountKey(g)))
			}
		}
		for i, a := range got.Amounts {
			if !used[i] {
				amtDiffs = append(amtDiffs, fmt.Sprintf("%s: spurious %s", name, amountKey(a)))
			}
		}
	}

	t.Logf("entities: %v", ent)
	types := make([]string, 0, len(entByType))
	for k := range entByType {
		types = append(types, k)
	}
	sort.Strings(types)
	for _, k := range types {
		t.Logf("  %-8s %v", k, *entByType[k])
	}
	t.Logf("amounts:  %v", amt)
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
	report("entities", strictEntities, entDiffs)
	report("amounts", strictAmounts, amtDiffs)
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
