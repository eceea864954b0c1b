package stat_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/internal/stat"
	"github.com/veille-nlp/veille/entities/internal/stat/nerfr"
	"github.com/veille-nlp/veille/entities/internal/stat/nerfrstat"
	"github.com/veille-nlp/veille/extract/token"
)

func french(t testing.TB) *stat.Model {
	t.Helper()
	m, err := stat.French()
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestFrenchModelLoads(t *testing.T) {
	m := french(t)
	if got := strings.Join(m.Types(), ","); got != "PER,LOC,ORG" {
		t.Errorf("types = %s", got)
	}
	if m.NumFeatures() < 10000 {
		t.Errorf("only %d features", m.NumFeatures())
	}
}

// TestFrenchModelOnNerFr scores the embedded model alone on the test split
// of ner-fr (never used in training or model selection). The floors sit a
// little under the measured figures, so that a regression fails.
func TestFrenchModelOnNerFr(t *testing.T) {
	path, err := nerfr.Find()
	if err != nil {
		t.Skip(err)
	}
	_, _, test, err := nerfr.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	r := nerfr.Evaluate(nerfr.RebuildAll(test), nerfrstat.Recognizer(french(t)))
	t.Logf("perceptron alone, ner-fr test, strict:\n%s", r.Table())
	for i, c := range r.Classes() {
		if i == 10 && os.Getenv("VEILLE_NERFR_ERRORS") == "" {
			break
		}
		t.Logf("%4d %-32s %s", c.N, c.Class, strings.Join(c.Examples, "  "))
	}
	floors := map[nerfr.Type]float64{nerfr.PER: 0.75, nerfr.LOC: 0.70, nerfr.ORG: 0.38, nerfr.O: 0.69}
	for _, ty := range []nerfr.Type{nerfr.PER, nerfr.LOC, nerfr.ORG, nerfr.O} {
		if f := r.Strict[ty].F1(); f < floors[ty] {
			t.Errorf("%s strict F1 %.3f < floor %.2f", ty, f, floors[ty])
		}
	}
}

// TestArtifactReproducible retrains the model with the configuration of
// the committed artifact and compares the bytes. The model's features are
// defined over token.Tokenize's tokens, so a change of the tokenizer
// changes the bytes (and should come with a rebuilt artifact): by default
// a difference is reported in the log, and it fails the test when
// VEILLE_CHECK_ARTIFACT is set, as a CI step that guards the artifact
// would do. The size budget is always enforced.
func TestArtifactReproducible(t *testing.T) {
	want, err := os.ReadFile("fr_ner.model")
	if err != nil {
		t.Fatal(err)
	}
	if len(want) > 5<<20 {
		t.Errorf("fr_ner.model is %d bytes, over the 5 MB budget", len(want))
	}
	if testing.Short() {
		t.Skip("trains a model (several seconds)")
	}
	path, err := nerfr.Find()
	if err != nil {
		t.Skip(err)
	}
	res, err := nerfrstat.Build(path, nerfrstat.DefaultConfig)
	if err != nil {
		t.Fatal(err)
	}
	got, err := res.Model.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		report := t.Logf
		if os.Getenv("VEILLE_CHECK_ARTIFACT") != "" {
			report = t.Errorf
		}
		report("retrained model differs from fr_ner.model (%d vs %d bytes; dev F1 %.3f, epoch %d): "+
			"rebuild it from the repository root with\n\tgo run ./entities/internal/cmd/trainstat -out entities/internal/stat/fr_ner.model",
			len(got), len(want), res.DevF1, res.Epoch)
	}
}

// TestFrenchClassify checks the span scores on modern sentences of the
// kind the entities Tagger asks about.
func TestFrenchClassify(t *testing.T) {
	m := french(t)
	tests := []struct {
		src, mention string
		want         int // 0 PER, 1 LOC, 2 ORG, 3 O
	}{
		{"Le président Emmanuel Macron a reçu les dirigeants à l'Élysée.", "Emmanuel Macron", 0},
		{"M. Dupuis-Morizeau a démissionné mardi.", "Dupuis-Morizeau", 0},
		{"La conférence se tiendra à Bordeaux en juin.", "Bordeaux", 1},
		{"Les habitants de Saint-Nazaire protestent.", "Saint-Nazaire", 1},
		{"Il a rejoint la Société générale en 2019.", "Société générale", 2},
		{"Mais la décision reste contestée.", "Mais", 3},
	}
	for _, tt := range tests {
		toks := token.Tokenize(tt.src)
		token.Segment(tt.src, toks)
		start := strings.Index(tt.src, tt.mention)
		i, j := -1, -1
		for k, tk := range toks {
			if tk.Start == start {
				i = k
			}
			if tk.End == start+len(tt.mention) {
				j = k + 1
			}
		}
		if i < 0 || j < 0 {
			t.Fatalf("%q: mention %q not on token boundaries", tt.src, tt.mention)
		}
		sc := m.Classify(tt.src, toks, i, j)
		bi := 0
		for k := range sc {
			if sc[k] > sc[bi] {
				bi = k
			}
		}
		if bi != tt.want {
			t.Errorf("Classify(%q in %q) = %v, best %d, want %d", tt.mention, tt.src, sc, bi, tt.want)
		}
	}
}

func articles(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no articles: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestFrenchOnArticles(t *testing.T) {
	m := french(t)
	for _, src := range articles(t) {
		toks := token.Tokenize(src)
		sents := token.Segment(src, toks)
		var got []string
		for _, mn := range m.Tag(src, toks, sents) {
			if mn.Start < 0 || mn.End > len(src) || mn.Start >= mn.End || !utf8.ValidString(src[mn.Start:mn.End]) {
				t.Fatalf("bad mention %+v", mn)
			}
			got = append(got, m.Types()[mn.Type]+":"+src[mn.Start:mn.End])
		}
		if testing.Verbose() {
			t.Logf("%d mentions: %s", len(got), strings.Join(got, " | "))
		}
	}
}

// BenchmarkFrench measures tagging the five seed articles (tokenizing
// excluded) with the embedded model loaded once.
func BenchmarkFrench(b *testing.B) {
	m := french(b)
	type doc struct {
		src   string
		toks  []token.Token
		sents []token.Sentence
	}
	var docs []doc
	n := 0
	for _, src := range articles(b) {
		toks := token.Tokenize(src)
		docs = append(docs, doc{src, toks, token.Segment(src, toks)})
		n += len(src)
	}
	b.Run("Tag", func(b *testing.B) {
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				m.Tag(d.src, d.toks, d.sents)
			}
		}
	})
	b.Run("ClassifyCapitalized", func(b *testing.B) {
		// What the Tagger would do: one Classify per capitalized token.
		b.SetBytes(int64(n))
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range docs {
				for _, s := range d.sents {
					st := d.toks[s.First:s.Last]
					for i, tk := range st {
						if tk.Is(token.Capitalized) {
							m.Classify(d.src, st, i, i+1)
						}
					}
				}
			}
		}
	})
}

// TestFrenchConcurrent tags from several goroutines at once (run with
// -race): the model and its scratch pool are shared.
func TestFrenchConcurrent(t *testing.T) {
	m := french(t)
	texts := articles(t)
	want := make([]int, len(texts))
	for i, src := range texts {
		toks := token.Tokenize(src)
		want[i] = len(m.Tag(src, toks, token.Segment(src, toks)))
	}
	done := make(chan error)
	for g := range 4 {
		go func() {
			for k := range len(texts) {
				src := texts[(k+g)%len(texts)]
				toks := token.Tokenize(src)
				if n := len(m.Tag(src, toks, token.Segment(src, toks))); n != want[(k+g)%len(texts)] {
					done <- fmt.Errorf("goroutine %d: %d mentions, want %d", g, n, want[(k+g)%len(texts)])
					return
				}
			}
			done <- nil
		}()
	}
	for range 4 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}
