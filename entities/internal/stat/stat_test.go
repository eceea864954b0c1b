package stat

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
)

var (
	firsts = []string{"Jean", "Marie", "Pierre", "Sophie", "Louis", "Claire", "Paul", "Anne", "Hugo", "Léa"}
	lasts  = []string{"Dupont", "Martin", "Bernard", "Durand", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Morel"}
	cities = []string{"Paris", "Lyon", "Rennes", "Nantes", "Brest", "Lille", "Nice", "Metz", "Caen", "Tours"}
	orgs   = []string{"Banque", "Société", "Compagnie", "Union", "Caisse"}
)

// synth makes n annotated sentences from templates, choosing names by a
// simple deterministic walk; names whose index is odd only appear when
// heldOut is true, so that a test can check generalization.
func synth(n int, heldOut bool) []Sequence {
	pick := func(list []string, i int) string {
		k := (i * 7) % len(list)
		if heldOut {
			k |= 1
		} else {
			k &^= 1
		}
		return list[k%len(list)]
	}
	var out []Sequence
	for i := range n {
		f, l, c, o := pick(firsts, i), pick(lasts, i+3), pick(cities, i+5), pick(orgs, i)
		var b strings.Builder
		var spans [][3]int // byte start, end, type
		add := func(s string, typ int) {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			st := b.Len()
			b.WriteString(s)
			if typ >= 0 {
				spans = append(spans, [3]int{st, b.Len(), typ})
			}
		}
		switch i % 3 {
		case 0:
			add("Hier", -1)
			add(",", -1)
			add("M.", -1)
			add(f+" "+l, 0)
			add("est arrivé à", -1)
			add(c, 1)
			add(".", -1)
		case 1:
			add("La", -1)
			add(o+" de "+c, 2)
			add("a reçu", -1)
			add(f+" "+l, 0)
			add(".", -1)
		default:
			add("On a vu", -1)
			add(l, 0)
			add("quitter", -1)
			add(c, 1)
			add("pour la", -1)
			add(o+" du Nord", 2)
			add(".", -1)
		}
		src := b.String()
		toks := token.Tokenize(src)
		token.Segment(src, toks)
		sq := Sequence{Src: src, Toks: toks}
		for _, sp := range spans {
			first, last := -1, -1
			for k, t := range toks {
				if t.Start == sp[0] {
					first = k
				}
				if t.End == sp[1] {
					last = k + 1
				}
			}
			sq.Spans = append(sq.Spans, Span{First: first, Last: last, Type: sp[2]})
		}
		out = append(out, sq)
	}
	return out
}

var synthTypes = []string{"PER", "LOC", "ORG"}

func trainSynth(t testing.TB) *Model {
	t.Helper()
	m, err := Train(synth(300, false), TrainOptions{Types: synthTypes, Epochs: 5, MinCount: 1, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func mentions(m *Model, src string) string {
	toks := token.Tokenize(src)
	sents := token.Segment(src, toks)
	var out []string
	for _, mn := range m.Tag(src, toks, sents) {
		out = append(out, m.Types()[mn.Type]+":"+mn.Span.Text(src))
	}
	return strings.Join(out, " ")
}

func TestTrainGeneralizes(t *testing.T) {
	m := trainSynth(t)
	for _, sq := range synth(30, true) {
		var want []string
		for _, sp := range sq.Spans {
			want = append(want, synthTypes[sp.Type]+":"+sq.Src[sq.Toks[sp.First].Start:sq.Toks[sp.Last-1].End])
		}
		if got := mentions(m, sq.Src); got != strings.Join(want, " ") {
			t.Errorf("%q:\n got %s\nwant %s", sq.Src, got, strings.Join(want, " "))
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	enc := func() []byte {
		b, err := trainSynth(t).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if a, b := enc(), enc(); !bytes.Equal(a, b) {
		t.Error("two trainings on the same data gave different bytes")
	}
}

func TestTrainErrors(t *testing.T) {
	good := synth(3, false)
	tests := []struct {
		name string
		seqs []Sequence
		opt  TrainOptions
	}{
		{"no types", good, TrainOptions{}},
		{"too many types", good, TrainOptions{Types: make([]string, MaxTypes+1)}},
		{"no tokens", []Sequence{{Src: "x"}}, TrainOptions{Types: synthTypes}},
		{"bad span", []Sequence{{Src: good[0].Src, Toks: good[0].Toks, Spans: []Span{{First: 2, Last: 1}}}}, TrainOptions{Types: synthTypes}},
		{"bad type", []Sequence{{Src: good[0].Src, Toks: good[0].Toks, Spans: []Span{{First: 0, Last: 1, Type: 3}}}}, TrainOptions{Types: synthTypes}},
		{"token out of text", []Sequence{{Src: "ab", Toks: []token.Token{{Span: token.Span{Start: 1, End: 5}}}}}, TrainOptions{Types: synthTypes}},
	}
	for _, tt := range tests {
		if _, err := Train(tt.seqs, tt.opt); err == nil || !strings.HasPrefix(err.Error(), "stat: ") {
			t.Errorf("%s: err = %v, want a stat: error", tt.name, err)
		}
	}
}

func TestCodecRoundTrip(t *testing.T) {
	m := trainSynth(t)
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	b2, err := m2.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, b2) {
		t.Error("decode then encode changed the bytes")
	}
	src := "Hier, M. Paul Roux est arrivé à Lille."
	if a, b := mentions(m, src), mentions(m2, src); a != b {
		t.Errorf("decoded model tags %q, original %q", b, a)
	}
}

func TestDecodeErrors(t *testing.T) {
	b, err := trainSynth(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 5, len(magic), len(magic) + 1, len(b) / 2, len(b) - 1} {
		if _, err := Decode(b[:n]); !errors.Is(err, ErrFormat) {
			t.Errorf("Decode(truncated to %d) = %v, want ErrFormat", n, err)
		}
	}
	flipped := bytes.Clone(b)
	flipped[len(flipped)/2] ^= 0x40
	if _, err := Decode(flipped); !errors.Is(err, ErrFormat) {
		t.Errorf("Decode(flipped) = %v, want ErrFormat", err)
	}
}

func FuzzDecode(f *testing.F) {
	b, err := trainSynth(f).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(magic + "\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			return
		}
		// A model that decodes must tag without panicking.
		mentions(m, "M. Jean Dupont est à Paris.")
	})
}

func TestAllowed(t *testing.T) {
	// O B-PER I-PER B-LOC I-LOC
	tests := []struct {
		prev, cur uint8
		want      bool
	}{
		{0, 0, true}, {0, 1, true}, {0, 2, false}, {1, 2, true}, {2, 2, true}, {3, 2, false}, {4, 4, true}, {1, 4, false},
	}
	for _, tt := range tests {
		if got := allowed(tt.prev, tt.cur); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v", tt.prev, tt.cur, got)
		}
	}
	// Ties go to the lowest allowed label.
	if got := best([]float32{1, 1, 5, 1, 1}, 0); got != 0 {
		t.Errorf("best = %d, want 0", got)
	}
}

func TestScores(t *testing.T) {
	m := trainSynth(t)
	src := "Hier, M. Paul Roux est arrivé à Lille."
	toks := token.Tokenize(src)
	token.Segment(src, toks)
	find := func(w string) int {
		for i, tk := range toks {
			if tk.Span.Text(src) == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	tests := []struct {
		i, j int
		want int // index of the best score: 0 PER, 1 LOC, 2 ORG, 3 O
	}{
		{find("Paul"), find("Roux") + 1, 0},
		{find("Lille"), find("Lille") + 1, 1},
		{find("est"), find("est") + 1, 3},
		{5, 5, 3},  // empty
		{-1, 2, 3}, // invalid
	}
	for _, tt := range tests {
		sc := m.Classify(src, toks, tt.i, tt.j)
		var sum float32
		bi := 0
		for k, v := range sc {
			sum += v
			if v > sc[bi] {
				bi = k
			}
		}
		if math.Abs(float64(sum)-1) > 1e-4 || bi != tt.want {
			t.Errorf("Classify(%d, %d) = %v (best %d, sum %v), want best %d", tt.i, tt.j, sc, bi, sum, tt.want)
		}
	}
}

// TestNeverPanics feeds hostile inputs and mismatched tokens.
func TestNeverPanics(t *testing.T) {
	m := trainSynth(t)
	long := strings.Repeat("Jean Dupont à Paris ", 5000)
	for _, src := range []string{"", "\xff\xfe", long, "10^400 É\u0301 ’’’", strings.Repeat("A", 1<<16)} {
		toks := token.Tokenize(src)
		sents := token.Segment(src, toks)
		for _, mn := range m.Tag(src, toks, sents) {
			if mn.Start < 0 || mn.End > len(src) || mn.Start >= mn.End || !utf8.ValidString(src[mn.Start:mn.End]) {
				t.Fatalf("bad mention %+v", mn)
			}
		}
	}
	// Tokens that do not belong to the text give nothing, not a panic.
	bad := []token.Token{{Span: token.Span{Start: 0, End: 50}, Kind: token.Word}}
	if got := m.Tag("court", bad, nil); len(got) != 0 {
		t.Errorf("Tag with foreign tokens = %v", got)
	}
	if got := m.Classify("court", bad, 0, 1); got[3] != 1 {
		t.Errorf("Classify with foreign tokens = %v", got)
	}
	if got := m.Tag("x", nil, []token.Sentence{{First: 3, Last: 9}}); len(got) != 0 {
		t.Errorf("Tag with a bad sentence = %v", got)
	}
}

func TestLabelsAllocs(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items")
	}
	m := trainSynth(t)
	src := "Hier, M. Paul Roux est arrivé à Lille pour la Banque de Nantes."
	toks := token.Tokenize(src)
	token.Segment(src, toks)
	dst := make([]uint8, 0, len(toks))
	m.Labels(src, toks, dst) // warm the pool
	if n := testing.AllocsPerRun(100, func() { dst = m.Labels(src, toks, dst) }); n > 0 {
		t.Errorf("Labels allocates %v times per call, want 0", n)
	}
}

func TestPrefixSuffix(t *testing.T) {
	tests := []struct {
		s        string
		n        int
		pre, suf string
		okP, okS bool
	}{
		{"première", 3, "pre", "ère", true, true},
		{"Émirats", 2, "Ém", "ts", true, true},
		{"é", 2, "é", "", false, false},
	}
	for _, tt := range tests {
		p, okP := prefixEnd(tt.s, tt.n)
		s, okS := suffixStart(tt.s, tt.n)
		if okP != tt.okP || okS != tt.okS || tt.s[:p] != tt.pre && okP || okS && tt.s[s:] != tt.suf {
			t.Errorf("%q/%d: prefix %q %v suffix %q %v", tt.s, tt.n, tt.s[:p], okP, tt.s[s:], okS)
		}
	}
	if a, b := hashFolded(fnvOffset, "ÉMIRATS"), hashFolded(fnvOffset, "émirats"); a != b {
		t.Error("folding is not case-insensitive")
	}
	if a, b := hashFolded(fnvOffset, "l’État"), hashFolded(fnvOffset, "l'état"); a != b {
		t.Error("folding does not unify apostrophes")
	}
	if a, b := hashFolded(fnvOffset, "1870"), hashFolded(fnvOffset, "2024"); a != b {
		t.Error("folding does not map digits to 0")
	}
	if shapeHash("Nvidia") != shapeHash("Mistral") || shapeHash("H100") == shapeHash("Nvidia") {
		t.Error("shapes")
	}
}

func TestMentionsStopAtBadBytes(t *testing.T) {
	src := "Jean\xffDupont et Marie\x00Curie à Jean Roux"
	toks := token.Tokenize(src)
	labels := make([]uint8, len(toks))
	for i, tk := range toks {
		if tk.Is(token.Capitalized) {
			labels[i] = 2 // I-PER: every capitalized token continues a mention
		}
	}
	labels[0] = 1
	var got []string
	for _, m := range appendMentions(nil, src, toks, labels, 0) {
		got = append(got, src[m.Start:m.End])
	}
	want := "Jean|Dupont|Marie|Curie|Jean Roux"
	// Mentions after an O label start with an I- label here, which the
	// decoder never produces; appendMentions still starts a mention there.
	if strings.Join(got, "|") != want {
		t.Errorf("mentions = %q, want %q", strings.Join(got, "|"), want)
	}
}
