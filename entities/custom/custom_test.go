package custom_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/custom"
	"github.com/veille-nlp/veille/entities/internal/stat/nerfr"
)

func drugExamples() []custom.Example {
	return []custom.Example{
		annotate("Le médecin a prescrit du Doliprane contre la fièvre.", "Doliprane", "MEDICAMENT"),
		annotate("Le laboratoire Sanofi commercialise le Doliprane en France.", "Sanofi", "LABO", "Doliprane", "MEDICAMENT"),
		annotate("Le pharmacien a délivré du Smecta et du Gaviscon.", "Smecta", "MEDICAMENT", "Gaviscon", "MEDICAMENT"),
		annotate("Le laboratoire Servier a retiré le Mediator du marché.", "Servier", "LABO", "Mediator", "MEDICAMENT"),
		annotate("Le laboratoire Pfizer produit le Xanax depuis 1981.", "Pfizer", "LABO", "Xanax", "MEDICAMENT"),
	}
}

func TestTrainErrors(t *testing.T) {
	tests := []struct {
		name string
		ex   []custom.Example
		want string
	}{
		{"nothing", nil, "custom: no annotated span"},
		{"no spans", []custom.Example{{Text: "Rien ici."}}, "custom: no annotated span"},
		{"empty label", []custom.Example{{Text: "Paris", Spans: []custom.Span{{0, 5, ""}}}}, "custom: example 0: empty label"},
		{"outside", []custom.Example{{Text: "Paris", Spans: []custom.Span{{0, 9, "LOC"}}}}, "custom: example 0: span [0,9) outside"},
		{"reversed", []custom.Example{{Text: "Paris", Spans: []custom.Span{{3, 1, "LOC"}}}}, "custom: example 0: span [3,1) outside"},
		{"no token", []custom.Example{{Text: "a   b", Spans: []custom.Span{{1, 4, "X"}}}}, "custom: example 0: span [1,4) \"   \" covers no token"},
		{"overlap", []custom.Example{{Text: "Jean Dupont", Spans: []custom.Span{{0, 11, "PER"}, {5, 11, "PER"}}}}, "custom: example 0: span [5,11) overlaps"},
	}
	for _, tt := range tests {
		_, err := custom.Train(tt.ex, custom.Options{})
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want prefix %q", tt.name, err, tt.want)
		}
	}
	many := custom.Example{Text: strings.Repeat("Nom ", custom.MaxLabels+1)}
	for i := range custom.MaxLabels + 1 {
		many.Spans = append(many.Spans, custom.Span{Start: 4 * i, End: 4*i + 3, Label: string(rune('A' + i))})
	}
	if _, err := custom.Train([]custom.Example{many}, custom.Options{}); !errors.Is(err, custom.ErrTooMany) {
		t.Errorf("too many labels: err = %v", err)
	}
}

// TestTrainWidensToTokens: a span that cuts a token is widened to it.
func TestTrainWidensToTokens(t *testing.T) {
	ex := []custom.Example{}
	for range 5 {
		ex = append(ex, custom.Example{Text: "Le navire Belem arrive.", Spans: []custom.Span{{Start: 11, End: 13, Label: "NAVIRE"}}})
	}
	rec, err := custom.Train(ex, custom.Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := rec.Find("Le navire Belem arrive.")
	if len(got) != 1 || got[0] != (custom.Span{Start: 10, End: 15, Label: "NAVIRE"}) {
		t.Errorf("Find = %v, want [{10 15 NAVIRE}]", got)
	}
}

func TestMarshalLoad(t *testing.T) {
	rec, err := custom.Train(drugExamples(), custom.Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	b, err := rec.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	again, err := custom.Train(drugExamples(), custom.Options{Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if b2, _ := again.MarshalBinary(); !bytes.Equal(b, b2) {
		t.Error("training twice gave different models")
	}
	back, err := custom.Load(b)
	if err != nil {
		t.Fatal(err)
	}
	text := "Le laboratoire Boiron vend du Stodal."
	if a, b := rec.Find(text), back.Find(text); len(a) == 0 || !equal(a, b) {
		t.Errorf("Find before/after Load: %v / %v", a, b)
	}
	if _, err := custom.Load(b[:len(b)-1]); err == nil || !strings.HasPrefix(err.Error(), "custom: ") {
		t.Errorf("Load(truncated) err = %v", err)
	}
}

func equal(a, b []custom.Span) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// checkSpans checks the output contract of Find.
func checkSpans(t *testing.T, text string, spans []custom.Span, labels []string) {
	t.Helper()
	last := 0
	for _, s := range spans {
		if s.Start < last || s.Start >= s.End || s.End > len(text) {
			t.Fatalf("bad span %+v (previous end %d, len %d) in %q", s, last, len(text), text)
		}
		if !utf8.ValidString(text[s.Start:s.End]) {
			t.Fatalf("span %+v cuts a rune in %q", s, text)
		}
		found := false
		for _, l := range labels {
			found = found || l == s.Label
		}
		if !found {
			t.Fatalf("span %+v has an unknown label", s)
		}
		last = s.End
	}
}

func FuzzFind(f *testing.F) {
	rec, err := custom.Train(drugExamples(), custom.Options{})
	if err != nil {
		f.Fatal(err)
	}
	for _, ex := range drugExamples() {
		f.Add(ex.Text, 0, 5)
	}
	f.Add("Le laboratoire Boiron vend du Stodal\u00a0; l’Humex « Vicks »\xff\xfe", 3, 40)
	f.Add("", 0, 0)
	labels := rec.Labels()
	f.Fuzz(func(t *testing.T, text string, a, b int) {
		checkSpans(t, text, rec.Find(text), labels)
		// Training on arbitrary spans never panics, and what trains
		// finds valid spans.
		ex := []custom.Example{{Text: text, Spans: []custom.Span{{Start: a, End: b, Label: "X"}}}}
		if r2, err := custom.Train(ex, custom.Options{Epochs: 1}); err == nil {
			checkSpans(t, text, r2.Find(text), []string{"X"})
		}
	})
}

// TestNerFrCustom trains the custom recognizer on ner-fr (labels PER, LOC,
// ORG as a user would give them) at several sizes and scores it on the
// test split: the learning curve a user can expect.
func TestNerFrCustom(t *testing.T) {
	path, err := nerfr.Find()
	if err != nil {
		t.Skip(err)
	}
	train, _, test, err := nerfr.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	sizes := []int{100, 500, len(train)}
	if testing.Short() {
		sizes = sizes[:2]
	}
	testDocs := nerfr.RebuildAll(test)
	for _, n := range sizes {
		var ex []custom.Example
		for _, d := range nerfr.RebuildAll(train[:n]) {
			e := custom.Example{Text: d.Text}
			for _, g := range d.Gold {
				e.Spans = append(e.Spans, custom.Span{Start: g.Start, End: g.End, Label: g.Type.String()})
			}
			ex = append(ex, e)
		}
		t0 := time.Now()
		opts := custom.Options{}
		if n > 1000 {
			opts.MinCount = 2
		}
		rec, err := custom.Train(ex, opts)
		if err != nil {
			t.Fatal(err)
		}
		took := time.Since(t0)
		r := nerfr.Evaluate(testDocs, func(text string) []nerfr.Entity {
			var out []nerfr.Entity
			for _, s := range rec.Find(text) {
				ty, _ := nerfr.ParseType(s.Label)
				out = append(out, nerfr.Entity{Span: spanOf(s), Type: ty})
			}
			return out
		})
		b, _ := rec.MarshalBinary()
		t.Logf("trained on %d sentences in %v (%d bytes):\n%s", n, took.Round(time.Millisecond), len(b), r.Table())
		if n == len(train) && r.Strict.Micro().F1() < 0.65 {
			t.Errorf("full training: micro F1 %.3f < 0.65", r.Strict.Micro().F1())
		}
		if n == 500 && r.Strict.Micro().F1() < 0.40 {
			t.Errorf("500 sentences: micro F1 %.3f < 0.40", r.Strict.Micro().F1())
		}
	}
}

func articles(tb testing.TB) (texts []string, size int) {
	tb.Helper()
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no articles: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
		size += len(b)
	}
	return texts, size
}

// BenchmarkFind runs a recognizer trained on the drug examples over the
// five seed articles (tokenizing included).
func BenchmarkFind(b *testing.B) {
	rec, err := custom.Train(drugExamples(), custom.Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts, size := articles(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			rec.Find(s)
		}
	}
}
