package normalize

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var textTests = []struct {
	name, in, norm string
}{
	{"empty", "", ""},
	{"ascii", "Nvidia signe avec le Salvador.", "Nvidia signe avec le Salvador."},
	{"precomposed", "Économie à l'été", "Économie à l'été"},
	{"apostrophe", "l’IA", "l'IA"},
	{"apostrophes", "d’Abu ʼ ‘x´ `y′", "d'Abu ' 'x' 'y'"},
	{"no-break spaces", "18\u00A0000\u202F€\u2009!", "18 000 € !"},
	{"other spaces", "a\u3000b\u200Bc\uFEFFd\u2060e\u1680f", "a b c d e f"},
	{"ascii white space kept", "a\tb\r\nc\vd\fe", "a\tb\r\nc\vd\fe"},
	{"line separators", "a\u2028b\u2029c\u0085d", "a\nb\nc\nd"},
	{"dashes", "Royaume\u2011Uni – 2024—2025 \u22125 \u2010\u2012\u2015", "Royaume-Uni - 2024-2025 -5 ---"},
	{"quotes", "«IA» “x” „y‟ ‹z›", `"IA" "x" "y" "z"`},
	{"quotes with spaces", "« IA souveraine »", `" IA souveraine "`},
	{"ligatures", "cœur Œuvre Lætitia ÆRO ﬁn ﬂux ﬀ ﬃ ﬄ ﬅ ﬆ ĳ Ĳ", "coeur OEuvre Laetitia AERO fin flux ff ffi ffl st st ij IJ"},
	{"sharp s kept", "Straße STRAẞE", "Straße STRAẞE"},
	{"soft hyphen", "Nvi\u00ADdia", "Nvidia"},
	{"joiners", "a\u200Db\u200Cc", "abc"},
	{"soft hyphen first", "\u00ADabc", "abc"},
	{"soft hyphen last", "abc\u00AD", "abc"},
	{"soft hyphens only", "\u00AD\u00AD", ""},
	{"soft hyphen after change", "l’\u00AD", "l'"},
	{"soft hyphen before change", "\u00AD’", "'"},
	{"soft hyphen carrying an accent", "e\u00AD\u0301", "e\u00AD\u0301"},
	{"decomposed", "E\u0301mirats e\u0301te\u0301", "Émirats été"},
	{"decomposed at start", "\u0301a", "\u0301a"},
	{"decomposed two marks", "u\u0308\u0304", "ǖ"},
	{"marks reordered", "a\u0301\u0323", "ạ\u0301"},
	{"mark without composition", "q\u0301", "q\u0301"},
	{"ligature then accent", "œ\u0301", "oé"},
	{"apostrophe then accent", "’\u0301", "'\u0301"},
	{"grave then accent", "`\u0301", "'\u0301"},
	{"singleton", "\u2126 \u212B", "Ω Å"},
	{"greek oxia", "\u1FFD", "'"},
	{"greek varia", "\u1FEF", "'"},
	{"hangul jamo", "\u1112\u1161\u11AB", "한"},
	{"hangul kept", "한국", "한국"},
	{"invalid byte", "ab\xffcd", "ab\uFFFDcd"},
	{"invalid run", "ab\xff\xfe\xfdcd", "ab\uFFFDcd"},
	{"invalid at start", "\x80abc", "\uFFFDabc"},
	{"invalid at end", "caf\xc3", "caf\uFFFD"},
	{"latin1", "caf\xe9 cr\xe8me", "caf\uFFFD cr\uFFFDme"},
	{"invalid then mark", "\xff\u0301", "\uFFFD\u0301"},
	{"surrogate bytes", "a\xed\xa0\x80b", "a\uFFFDb"},
	{"replacement char kept", "a\uFFFDb", "a\uFFFDb"},
	{"control chars kept", "a\x00b\x1bc\u0080", "a\x00b\x1bc\u0080"},
	{"bullet and ellipsis kept", "• Nvidia…", "• Nvidia…"},
}

func TestText(t *testing.T) {
	for _, tt := range textTests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewText(tt.in)
			if x.Orig() != tt.in {
				t.Errorf("Orig() = %+q, want %+q", x.Orig(), tt.in)
			}
			if x.Norm() != tt.norm {
				t.Errorf("NewText(%+q).Norm() = %+q, want %+q", tt.in, x.Norm(), tt.norm)
			}
			checkText(t, tt.in)
		})
	}
}

func TestTextOffsets(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		start, end int // in Norm
		orig       string
		a, b       int // OrigSpan
	}{
		{"identity", "Nvidia", 1, 3, "vi", 1, 3},
		{"after apostrophe", "l’IA", 2, 4, "IA", 4, 6},
		{"elided article", "l’IA", 0, 2, "l’", 0, 4},
		{"apostrophe alone", "l’IA", 1, 2, "’", 1, 4},
		{"inside ligature widens", "cœur", 2, 3, "œ", 1, 3},
		{"start inside ligature", "cœur", 2, 5, "œur", 1, 5},
		{"end inside ligature", "cœur", 0, 2, "cœ", 0, 3},
		{"empty span inside ligature", "cœur", 2, 2, "œ", 1, 3},
		{"empty span at boundary", "cœur", 3, 3, "", 3, 3},
		{"after no-break space", "Abu\u00A0Dhabi", 4, 9, "Dhabi", 5, 10},
		{"across no-break space", "Abu\u00A0Dhabi", 0, 9, "Abu\u00A0Dhabi", 0, 10},
		{"soft hyphen inside", "Nvi\u00ADdia", 0, 6, "Nvi\u00ADdia", 0, 8},
		{"soft hyphen merged forward", "Nvi\u00ADdia", 3, 6, "\u00ADdia", 3, 8},
		{"before soft hyphen", "Nvi\u00ADdia", 0, 3, "Nvi", 0, 3},
		{"trailing soft hyphen merged back", "abc\u00AD", 2, 3, "c\u00AD", 2, 5},
		{"only soft hyphens", "\u00AD\u00AD", 0, 0, "\u00AD\u00AD", 0, 4},
		{"decomposed", "E\u0301mirats", 0, 2, "E\u0301", 0, 3},
		{"after decomposed", "E\u0301mirats", 2, 8, "mirats", 3, 9},
		{"invalid run", "ab\xff\xfecd", 2, 5, "\xff\xfe", 2, 4},
		{"after invalid run", "ab\xff\xfecd", 5, 7, "cd", 4, 6},
		{"clamped", "l’IA", -5, 99, "l’IA", 0, 6},
		{"reversed", "l’IA", 3, 1, "", 5, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewText(tt.in)
			a, b := x.OrigSpan(tt.start, tt.end)
			if a != tt.a || b != tt.b {
				t.Errorf("OrigSpan(%d, %d) = (%d, %d), want (%d, %d)", tt.start, tt.end, a, b, tt.a, tt.b)
			}
			if got := tt.in[a:b]; got != tt.orig {
				t.Errorf("Orig[OrigSpan] = %+q, want %+q", got, tt.orig)
			}
		})
	}
}

func TestTextNormSpan(t *testing.T) {
	tests := []struct {
		in         string
		start, end int // in Orig
		want       string
	}{
		{"l’IA", 0, 4, "l'"},
		{"l’IA", 4, 6, "IA"},
		{"l’IA", 2, 3, "'"}, // inside the apostrophe: widened to it
		{"cœur", 1, 3, "oe"},
		{"cœur", 0, 2, "coe"}, // end inside œ: widened to the whole piece
		{"Abu\u00A0Dhabi", 5, 10, "Dhabi"},
		{"E\u0301mirats", 0, 1, "É"},
		{"E\u0301mirats", 3, 9, "mirats"},
		{"Nvi\u00ADdia", 5, 8, "dia"},
		{"Nvi\u00ADdia", 3, 8, "dia"},
		{"ab\xff\xfecd", 3, 6, "\uFFFDcd"},
		{"l’IA", -1, 100, "l'IA"},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%+q[%d:%d]", tt.in, tt.start, tt.end), func(t *testing.T) {
			x := NewText(tt.in)
			s, e := x.NormSpan(tt.start, tt.end)
			if got := x.Norm()[s:e]; got != tt.want {
				t.Errorf("NormSpan(%d, %d) = (%d, %d) = %+q, want %+q", tt.start, tt.end, s, e, got, tt.want)
			}
		})
	}
}

func TestTextZero(t *testing.T) {
	var x Text
	if x.Orig() != "" || x.Norm() != "" || x.OrigOffset(3) != 0 || x.NormOffset(3) != 0 {
		t.Error("zero Text is not the empty text")
	}
	if a, b := x.OrigSpan(0, 5); a != 0 || b != 0 {
		t.Errorf("zero Text: OrigSpan = (%d, %d)", a, b)
	}
}

func TestTextUnchangedShares(t *testing.T) {
	for _, s := range []string{"", "Nvidia", "Économie à l'été : 1,4\u00A0%"[:25], "한국"} {
		x := NewText(s)
		if x.Norm() != s || len(x.changes) != 0 {
			t.Errorf("NewText(%+q) changed it to %+q", s, x.Norm())
		}
		if len(s) > 0 && unsafeData(x.Norm()) != unsafeData(s) {
			t.Errorf("NewText(%+q): Norm is a copy", s)
		}
		if n := testing.AllocsPerRun(100, func() { _ = NewText(s) }); n != 0 {
			t.Errorf("NewText(%+q) allocates %v times", s, n)
		}
	}
}

func TestTextArticles(t *testing.T) {
	for _, a := range readArticles(t) {
		t.Run(a.name, func(t *testing.T) {
			checkText(t, a.text)
			checkText(t, norm.NFD.String(a.text))
			x := NewText(a.text)
			for _, bad := range []string{"’", "\u00A0", "\u202F", "«", "»", "œ", "–"} {
				if strings.Contains(x.Norm(), bad) {
					t.Errorf("Norm still contains %+q", bad)
				}
			}
		})
	}
}

// checkText checks the guarantees of the package documentation (# Offsets)
// on NewText(orig), for any orig.
func checkText(t testing.TB, orig string) {
	t.Helper()
	x := NewText(orig)
	n := x.Norm()
	if x.Orig() != orig {
		t.Fatalf("Orig() = %+q, want %+q", x.Orig(), orig)
	}
	if !utf8.ValidString(n) {
		t.Fatalf("NewText(%+.60q).Norm() = %+q: invalid UTF-8", orig, n)
	}
	if !norm.NFC.IsNormalString(n) {
		t.Errorf("NewText(%+.60q).Norm() = %+q: not NFC", orig, n)
	}
	if nn := NewText(n).Norm(); nn != n {
		t.Errorf("NewText(%+.60q).Norm() = %+q, normalized again: %+q", orig, n, nn)
	}
	if len(x.changes) == 0 && n != orig {
		t.Fatalf("NewText(%+.60q): Norm %+q differs but no change recorded", orig, n)
	}

	// The pieces tile both texts in order, and the text between them is
	// the same bytes on both sides.
	pn, po := 0, 0
	for _, c := range x.changes {
		if c.norm < pn || c.orig < po || c.normEnd < c.norm || c.origEnd <= c.orig ||
			c.norm-pn != c.orig-po || n[pn:c.norm] != orig[po:c.orig] {
			t.Fatalf("NewText(%+.60q): bad piece %+v after (%d, %d)", orig, c, pn, po)
		}
		if c.normEnd == c.norm && (len(n) != 0 || len(x.changes) != 1) {
			t.Fatalf("NewText(%+.60q): empty piece %+v in a non-empty text", orig, c)
		}
		pn, po = c.normEnd, c.origEnd
	}
	if n[pn:] != orig[po:] {
		t.Fatalf("NewText(%+.60q): tail %+q != %+q", orig, n[pn:], orig[po:])
	}

	// Where decoding Orig stops: the rune starts, with invalid bytes.
	origStops := make([]bool, len(orig)+1)
	for i := 0; i <= len(orig); {
		origStops[i] = true
		if i == len(orig) {
			break
		}
		_, size := utf8.DecodeRuneInString(orig[i:])
		i += size
	}
	inside := make([]bool, len(n)+1) // strictly inside a rewritten piece
	for _, c := range x.changes {
		for k := c.norm + 1; k < c.normEnd; k++ {
			inside[k] = true
		}
	}
	var bounds []int // boundaries of Norm
	prev := 0
	for k := 0; k <= len(n); k++ {
		o := x.OrigOffset(k)
		if o < prev {
			t.Fatalf("NewText(%+.60q): OrigOffset not monotonic at %d: %d < %d", orig, k, o, prev)
		}
		prev = o
		if k < len(n) && !utf8.RuneStart(n[k]) {
			continue
		}
		if !origStops[o] {
			t.Errorf("NewText(%+.60q): OrigOffset(%d) = %d is inside a rune", orig, k, o)
		}
		if _, b := x.OrigSpan(k, k); !origStops[b] {
			t.Errorf("NewText(%+.60q): OrigSpan(%d, %d) ends at %d, inside a rune", orig, k, k, b)
		}
		if !inside[k] {
			bounds = append(bounds, k)
			if got := x.NormOffset(o); got != k {
				t.Errorf("NewText(%+.60q): NormOffset(OrigOffset(%d)) = %d", orig, k, got)
			}
		}
	}
	if x.OrigOffset(0) != 0 {
		t.Errorf("NewText(%+.60q): OrigOffset(0) = %d", orig, x.OrigOffset(0))
	}
	if o := x.OrigOffset(len(n)); o != len(orig) && (n != "" || orig == "") {
		t.Errorf("NewText(%+.60q): OrigOffset(len) = %d, want %d", orig, o, len(orig))
	}
	if a, b := x.OrigSpan(0, len(n)); a != 0 || b != len(orig) {
		t.Errorf("NewText(%+.60q): OrigSpan(0, len) = (%d, %d), want (0, %d)", orig, a, b, len(orig))
	}
	if a, b := x.NormSpan(0, len(orig)); a != 0 || b != len(n) {
		t.Errorf("NewText(%+.60q): NormSpan(0, len) = (%d, %d), want (0, %d)", orig, a, b, len(n))
	}

	// Round trip: the original bytes of a span between boundaries
	// normalize to exactly that span. All pairs on short texts; on long
	// ones, every span of one to four pieces and a spread of long spans,
	// so that the cost stays linear (the fuzzer minimizes with it).
	roundTrip := func(s, e int) {
		a, b := x.OrigSpan(s, e)
		if got := NewText(orig[a:b]).Norm(); got != n[s:e] {
			t.Errorf("NewText(%+.60q): Norm[%d:%d] = %+q, but OrigSpan = [%d:%d] = %+q normalizes to %+q",
				orig, s, e, n[s:e], a, b, orig[a:b], got)
		}
	}
	if len(bounds) <= 24 {
		for i, s := range bounds {
			for _, e := range bounds[i:] {
				roundTrip(s, e)
			}
		}
	} else {
		for i := range bounds {
			for d := 1; d <= 4 && i+d < len(bounds); d++ {
				roundTrip(bounds[i], bounds[i+d])
			}
		}
		step := len(bounds)/8 + 1
		for i := 0; i < len(bounds); i += step {
			for j := len(bounds) - 1; j > i; j -= step {
				roundTrip(bounds[i], bounds[j])
			}
		}
	}

	// Any span between rune starts of Norm, aligned on pieces or not:
	// OrigSpan covers every original byte that produced it, so normalizing
	// the original span gives a text that contains it; NormSpan of the
	// result covers the span.
	var starts []int
	for k := 0; k <= len(n); k++ {
		if k == len(n) || utf8.RuneStart(n[k]) {
			starts = append(starts, k)
		}
	}
	step := max(1, len(starts)/12)
	for i := 0; i < len(starts); i += step {
		for j := i; j < len(starts); j += step {
			s, e := starts[i], starts[j]
			a, b := x.OrigSpan(s, e)
			if !strings.Contains(NewText(orig[a:b]).Norm(), n[s:e]) {
				t.Errorf("NewText(%+.60q): Norm[%d:%d] = %+q not in the normalized OrigSpan [%d:%d] = %+q",
					orig, s, e, n[s:e], a, b, orig[a:b])
			}
			if s2, e2 := x.NormSpan(a, b); s2 > s || e2 < e {
				t.Errorf("NewText(%+.60q): NormSpan(OrigSpan(%d, %d)) = (%d, %d) does not cover it", orig, s, e, s2, e2)
			}
		}
	}
}

// TestTextHostile runs large and degenerate inputs through NewText and the
// keys: no panic, valid output, and the ends of the map in place.
func TestTextHostile(t *testing.T) {
	tests := []struct{ name, in string }{
		{"3 MB without newline", strings.Repeat("Nvidia l’IA «\u00A0x\u00A0» ", 3<<20/24)},
		{"1 MB of accents on one letter", "e" + strings.Repeat("\u0301", 1<<19)},
		{"accents with no base", strings.Repeat("\u0301\u0323", 1<<16)},
		{"invalid bytes", strings.Repeat("\xff\xfe\xc3", 1<<16)},
		{"NUL bytes", strings.Repeat("\x00", 1<<16)},
		{"BOM and CRLF", "\uFEFFtitre\r\nligne\r\n"},
		{"10^400", "1" + strings.Repeat("0", 400)},
		{"soft hyphens", strings.Repeat("\u00AD", 1<<16)},
		{"decomposed article", norm.NFD.String(strings.Repeat("Économie à l’été, cœur ", 1<<12))},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewText(tt.in)
			n := x.Norm()
			if !utf8.ValidString(n) {
				t.Fatal("Norm is not valid UTF-8")
			}
			if a, b := x.OrigSpan(0, len(n)); a != 0 || b != len(tt.in) {
				t.Errorf("OrigSpan(0, len) = (%d, %d), want (0, %d)", a, b, len(tt.in))
			}
			for k := 0; k <= len(n); k += len(n)/97 + 1 {
				if o := x.OrigOffset(k); o < 0 || o > len(tt.in) {
					t.Fatalf("OrigOffset(%d) = %d out of range", k, o)
				}
			}
			if k := Key(tt.in); !utf8.ValidString(k) {
				t.Error("Key is not valid UTF-8")
			}
		})
	}
}

// TestConcurrent shares one Text and the lazily built fold tables between
// goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	text := allArticles(t)
	x := NewText(text)
	words := strings.Fields(text)
	want := make([]string, len(words))
	for i, w := range words {
		want[i] = Key(w)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			var buf []byte
			for i, w := range words {
				if buf = AppendKey(buf[:0], w); string(buf) != want[i] {
					t.Errorf("goroutine %d: key of %q = %q, want %q", g, w, buf, want[i])
				}
			}
			for k := g; k < len(x.Norm()); k += 4 {
				x.OrigSpan(k, k+1)
			}
			if NewText(text).Norm() != x.Norm() {
				t.Errorf("goroutine %d: NewText differs", g)
			}
		})
	}
	wg.Wait()
}
