package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

func init() {
	panicHook = func(r any, stack []byte) {
		panic(fmt.Sprintf("extract: analyser panicked: %v\n%s", r, stack))
	}
}

var shared = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

func extractor(t testing.TB) *Extractor {
	t.Helper()
	ex, err := shared()
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

// checkDoc checks the invariants every Document must hold.
func checkDoc(t testing.TB, src string, d *Document) {
	t.Helper()
	if d.Text != src {
		t.Fatalf("Text is not the input")
	}
	span := func(what string, start, end int, text string) {
		if start < 0 || end > len(src) || start >= end {
			t.Fatalf("%s: bad span [%d,%d) in %d bytes", what, start, end, len(src))
		}
		if src[start:end] != text {
			t.Fatalf("%s: text %q != input[%d:%d] %q", what, text, start, end, src[start:end])
		}
		if !utf8.ValidString(text) {
			t.Fatalf("%s: invalid UTF-8 in %q", what, text)
		}
	}
	prev := 0
	for _, tk := range d.Tokens {
		span("token", tk.Start, tk.End, src[tk.Start:tk.End])
		if tk.Start < prev {
			t.Fatalf("tokens overlap or are out of order at %d", tk.Start)
		}
		prev = tk.End
	}
	prev = 0
	for _, e := range d.Entities {
		span("entity", e.Start, e.End, e.Text)
		if e.Start < prev {
			t.Fatalf("entities overlap or are out of order at %d", e.Start)
		}
		prev = e.End
	}
	prev = 0
	for _, a := range d.Amounts {
		span("amount", a.Start, a.End, a.Text)
		if a.Start < prev {
			t.Fatalf("amounts overlap or are out of order at %d", a.Start)
		}
		prev = a.End
	}
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b) {
		t.Fatalf("invalid JSON: %s", b)
	}
	var back struct {
		Entities []json.RawMessage `json:"entities"`
		Amounts  []json.RawMessage `json:"amounts"`
	}
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Entities) != len(d.Entities) || len(back.Amounts) != len(d.Amounts) {
		t.Fatalf("JSON lost mentions: %s", b)
	}
}

// hostile inputs of the foundation issue: the pipeline must give a valid
// result for each.
func hostile() map[string]string {
	long := strings.Repeat("Le groupe Nvidia investit 1,4 milliard de dollars à Paris, ", 3<<20/60)
	return map[string]string{
		"empty":       "",
		"invalid":     "Nvidia \xff\xfe investit \xc3 1,4 milliard d\xe2\x80 dollars",
		"nul":         "Mistral\x00AI lève 600\x00millions d'euros\x00",
		"bom-crlf":    "\ufeffLe Salvador s’associe à Nvidia.\r\nLe FMI prête 1,4 milliard de dollars.\r\n",
		"3MB-no-nl":   long,
		"decomposed":  "Les E\u0301mirats arabes unis et la Commission europe\u0301enne investissent 200 milliards d’euros.",
		"10^400":      "Un montant de 1" + strings.Repeat("0", 400) + " euros, soit 10^400 dollars.",
		"digits-only": strings.Repeat("9", 100000),
		"marks":       "\u0301\u0301\u0301 e\u0301\u0301 «\u00a0»",
		"lone-quote":  "d' »historique » « ' ’ ’’ ''",
	}
}

func TestExtractHostile(t *testing.T) {
	ex := extractor(t)
	for name, src := range hostile() {
		t.Run(name, func(t *testing.T) {
			checkDoc(t, src, ex.Extract(src))
		})
	}
}

func TestExtractEmptyJSON(t *testing.T) {
	b, err := json.Marshal(extractor(t).Extract(""))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"entities":[],"amounts":[]}`; got != want {
		t.Errorf("empty document: got %s, want %s", got, want)
	}
}

func TestExtractConcurrent(t *testing.T) {
	ex := extractor(t)
	var srcs []string
	for _, p := range articles(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, string(b))
	}
	want := make([]string, len(srcs))
	for i, s := range srcs {
		b, _ := json.Marshal(ex.Extract(s))
		want[i] = string(b)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 5; k++ {
				for i, s := range srcs {
					b, _ := json.Marshal(ex.Extract(s))
					if string(b) != want[i] {
						t.Errorf("article %d: concurrent output differs", i)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	for _, s := range hostile() {
		if len(s) < 4096 {
			f.Add(s)
		}
	}
	f.Add("Le président Emmanuel Macron a annoncé 109 milliards d’euros pour l’IA.")
	f.Add("entre 15 % et 17 %, de l’ordre de 10 à 20 exaflops, 18 000 puces Blackwell")
	ex := extractor(f)
	f.Fuzz(func(t *testing.T, src string) {
		checkDoc(t, src, ex.Extract(src))
	})
}

func BenchmarkExtract(b *testing.B) {
	ex := extractor(b)
	var src strings.Builder
	for _, p := range articles(b) {
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		src.Write(d)
		src.WriteString("\n\n")
	}
	s := src.String()
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		ex.Extract(s)
	}
}

// TestOverlaps checks how entities and amounts that share words are
// settled, on sentences written for the test.
func TestOverlaps(t *testing.T) {
	ex := extractor(t)
	for _, tt := range []struct{ in, want string }{
		// An entity inside an amount is its currency or unit.
		{"Le fonds détient 6 189 BTC et 3 bitcoins.", "amounts: 6 189 BTC=6189 BTC | 3 bitcoins=3 BTC"},
		// An amount inside an entity is part of a name.
		{"Selon France 2 et 20 Minutes, tout va bien.", "entities: France 2/COMPANY | 20 Minutes/COMPANY"},
		// A counted product or chip is both.
		{"Riyadh Air commande 60 A320neo ; la start-up Kalyx achète 10 000 H100.",
			"entities: Riyadh Air/COMPANY | A320neo/PRODUCT | Kalyx/COMPANY | H100/CHIP; amounts: 60 A320neo=60 A320neo | 10 000 H100=10000 H100"},
		// A year before a name counts nothing.
		{"En 2025 Gemini a progressé.", "entities: Gemini/PRODUCT"},
	} {
		d := ex.Extract(tt.in)
		checkDoc(t, tt.in, d)
		var parts []string
		if len(d.Entities) > 0 {
			var es []string
			for _, e := range d.Entities {
				es = append(es, e.Text+"/"+e.Type.String())
			}
			parts = append(parts, "entities: "+strings.Join(es, " | "))
		}
		if len(d.Amounts) > 0 {
			var as []string
			for _, a := range d.Amounts {
				unit := a.Unit
				if !a.Currency.IsZero() {
					unit = a.Currency.String()
				}
				as = append(as, a.Text+"="+a.Value.String()+" "+unit)
			}
			parts = append(parts, "amounts: "+strings.Join(as, " | "))
		}
		if got := strings.Join(parts, "; "); got != tt.want {
			t.Errorf("Extract(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
