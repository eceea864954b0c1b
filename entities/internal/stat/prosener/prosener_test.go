package prosener

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/internal/stat/nerfr"
	"github.com/veille-nlp/veille/extract/token"
)

func TestPrepare(t *testing.T) {
	src := "L’IA d’Abu\u00a0Dhabi « Mistral » “x” 18\u00a0000"
	in := prepare(src)
	if want := "L' IA d' Abu Dhabi « Mistral » \" x \" 18_000"; in.text != want {
		t.Errorf("prepared %q, want %q", in.text, want)
	}
	for i, tk := range in.toks {
		if got := tokenAtText(&in, i); in.tokenAt(in.at[i]) != i || got == "" {
			t.Errorf("token %d (%q) not found back", i, tk.Text(src))
		}
	}
	if got := in.tokenAt(in.at[1] - 1); got != -1 {
		t.Errorf("tokenAt(space) = %d, want -1", got)
	}
}

func tokenAtText(in *input, i int) string { return in.text[in.at[i]:in.endOf(i)] }

// TestProseOffsets checks the offsets handed to prose against its own
// arithmetic (adjustPos counts runes and skips spaces; assignLabels adds
// token byte lengths), on accented text where the two differ.
func TestProseOffsets(t *testing.T) {
	src := "Le préfet à Évreux a reçu Hélène Dupré hier."
	in := prepare(src)
	first, last, ok := in.tokenRange(strings.Index(src, "Hélène"), strings.Index(src, " hier"))
	if !ok {
		t.Fatal("span not on tokens")
	}
	s, e := in.proseOffsets(first, last)
	// Re-do prose's computation.
	adjust := func(pos int) int {
		idx, spaces := -1, 0
		for _, r := range in.text {
			idx++
			if r == ' ' && idx < pos {
				spaces++
			}
		}
		return pos - spaces
	}
	stripped := strings.ReplaceAll(in.text, " ", "")
	if got := stripped[adjust(s):]; !strings.HasPrefix(got, "HélèneDupré") {
		t.Errorf("start lands on %q", got)
	}
	if got := stripped[:adjust(e)]; !strings.HasSuffix(got, "HélèneDupré") {
		t.Errorf("end lands after %q", got)
	}
}

func checkSpans(t testing.TB, src string, spans []Span) {
	t.Helper()
	last := 0
	for _, s := range spans {
		if s.Start < last || s.Start >= s.End || s.End > len(src) || !utf8.ValidString(src[s.Start:s.End]) || s.Label == "" {
			t.Fatalf("bad span %+v (previous end %d) in %q", s, last, src)
		}
		last = s.End
	}
}

func TestEnglishOnFrench(t *testing.T) {
	if testing.Short() {
		t.Skip("loads prose's English model (about 100 MB)")
	}
	m, err := English()
	if err != nil {
		t.Fatal(err)
	}
	src := "Le président Emmanuel Macron a reçu Jensen Huang, le patron de Nvidia, à l’Élysée."
	spans := m.Find(src)
	checkSpans(t, src, spans)
	var got []string
	for _, s := range spans {
		got = append(got, s.Label+":"+src[s.Start:s.End])
	}
	t.Logf("prose English model: %s", strings.Join(got, " "))
}

func TestTrainSmall(t *testing.T) {
	if testing.Short() {
		t.Skip("prose builds its English tagger to train (about 100 MB)")
	}
	var ex []Example
	for _, s := range []string{"M. Dupont est à Paris.", "M. Martin vit à Lyon.", "M. Durand part à Nantes."} {
		e := Example{Text: s}
		words := strings.Fields(s)
		per, loc := words[1], strings.TrimSuffix(words[4], ".")
		e.Spans = []Span{
			{Start: strings.Index(s, per), End: strings.Index(s, per) + len(per), Label: "PER"},
			{Start: strings.Index(s, loc), End: strings.Index(s, loc) + len(loc), Label: "LOC"},
		}
		ex = append(ex, e)
	}
	m, err := Train("test", ex)
	if err != nil {
		t.Fatal(err)
	}
	src := "M. Petit est à Brest."
	checkSpans(t, src, m.Find(src))
	if _, err := Train("empty", []Example{{Text: "rien"}}); err != ErrNoExamples {
		t.Errorf("Train without spans: %v", err)
	}
}

func FuzzFind(f *testing.F) {
	m, err := English()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"L’IA d’Abu\u00a0Dhabi « Mistral »", "Nvidia signe avec Nvidia .", "\xff\xfe“x”&rsquo;", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkSpans(t, src, m.Find(src))
	})
}

// TestNerFrProse trains prose's recognizer on the first $VEILLE_PROSE_TRAIN
// sentences of ner-fr train and scores it on the test split. It is off by
// default: prose's GIS training takes about a minute per 500 sentences.
func TestNerFrProse(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("VEILLE_PROSE_TRAIN"))
	if n <= 0 {
		t.Skip("set VEILLE_PROSE_TRAIN to a number of training sentences")
	}
	path, err := nerfr.Find()
	if err != nil {
		t.Skip(err)
	}
	train, _, test, err := nerfr.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	n = min(n, len(train))
	var ex []Example
	for _, d := range nerfr.RebuildAll(train[:n]) {
		e := Example{Text: d.Text}
		for _, g := range d.Gold {
			e.Spans = append(e.Spans, Span{Start: g.Start, End: g.End, Label: g.Type.String()})
		}
		ex = append(ex, e)
	}
	t0 := time.Now()
	m, err := Train("fr", ex)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("prose trained on %d sentences in %v", n, time.Since(t0).Round(time.Millisecond))
	rep := nerfr.Evaluate(nerfr.RebuildAll(test), func(text string) []nerfr.Entity {
		var out []nerfr.Entity
		for _, s := range m.Find(text) {
			ty, _ := nerfr.ParseType(s.Label)
			out = append(out, nerfr.Entity{Span: token.Span{Start: s.Start, End: s.End}, Type: ty})
		}
		return out
	})
	t.Logf("prose on ner-fr test:\n%s", rep.Table())
	for i, c := range rep.Classes() {
		if i == 8 {
			break
		}
		t.Logf("%5d %-32s %s", c.N, c.Class, strings.Join(c.Examples, "  "))
	}
}

// BenchmarkEnglish runs prose's English NER, loaded once, on the five seed
// articles, through this package's alignment to byte spans.
func BenchmarkEnglish(b *testing.B) {
	m, err := English()
	if err != nil {
		b.Fatal(err)
	}
	files, err := filepath.Glob("../../../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		b.Fatalf("no articles: %v", err)
	}
	var texts []string
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		n += len(data)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			m.Find(s)
		}
	}
}
