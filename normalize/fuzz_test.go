package normalize

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds returns the inputs of the table tests and the lines of the seed
// articles, the corpus both fuzz targets start from.
func fuzzSeeds(tb testing.TB) []string {
	var seeds []string
	for _, tt := range keyTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range textTests {
		seeds = append(seeds, tt.in)
	}
	for _, a := range readArticles(tb) {
		for line := range strings.Lines(a.text) {
			seeds = append(seeds, line)
		}
	}
	seeds = append(seeds, strings.Join(trickyPieces, ""))
	return seeds
}

// FuzzText checks the offset map guarantees (checkText) on arbitrary bytes,
// and compares Norm with the same rewriting done with x/text on the whole
// text (NFC, rune map, NFC) wherever the two are meant to agree.
func FuzzText(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkText(t, s)
		if ref, ok := referenceNorm(s); ok {
			if got := NewText(s).Norm(); got != ref {
				t.Errorf("NewText(%+q).Norm() = %+q, reference %+q", s, got, ref)
			}
		}
	})
}

// referenceNorm rewrites s the slow, obvious way: invalid runs to U+FFFD,
// NFC, each rune through classify, NFC again. It does not apply (ok is
// false) where NewText deliberately differs: a dropped rune that carries
// combining marks is kept by NewText, and a run of more than 30 combining
// marks gets its U+034F COMBINING GRAPHEME JOINER per segment.
func referenceNorm(s string) (string, bool) {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	marks, drop := 0, false
	for _, r := range norm.NFC.String(s) {
		switch cl, repl := classify(r); cl {
		case clKeep:
			if !norm.NFC.PropertiesString(string(r)).BoundaryBefore() {
				if drop {
					return "", false
				}
				if marks++; marks > 30 {
					return "", false
				}
			} else {
				marks = 0
			}
			drop = false
			b.WriteRune(r)
		case clDrop:
			drop, marks = true, 0
		default:
			drop, marks = false, 0
			b.WriteString(repl)
		}
	}
	return norm.NFC.String(b.String()), true
}

// FuzzKey checks that keys never panic, are valid UTF-8 in NFC, are
// idempotent, agree with Lower, with decomposed input and with the Norm
// of a Text, and that
// AppendKey leaves the bytes before it alone.
func FuzzKey(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkKey(t, s)
		k := Key(s)
		if got := string(AppendKey([]byte("pré"), s)); got != "pré"+k {
			t.Errorf("AppendKey(pré, %+q) = %+q, want %+q", s, got, "pré"+k)
		}
		if got := Key(NewText(s).Norm()); got != k {
			t.Errorf("Key(Norm(%+q)) = %+q, want Key = %+q", s, got, k)
		}
	})
}

// trickyPieces are the runes and bytes where normalization is delicate:
// combining marks in and out of canonical order, marks that case-fold
// (U+0345), Hangul jamo, Indic two-part vowels, Tibetan vowels with
// decompositions, Sinhala, singletons (U+2126, U+1FEF), soft hyphens and
// joiners, typographic runes, invalid and truncated sequences.
var trickyPieces = []string{
	"a", "e", "x", "E", " ", "\u00A0", "`", "’", "«", "œ", "Œ", "ß", "ﬁ",
	"\u0301", "\u0323", "\u0345", "\u034F", "\u0591", "\u05B0",
	"\u00AD", "\u200D", "\u200E", "\xff", "\xe2\x80", "\xc3",
	"\u1100", "\u1161", "\u11A8", "가", "\u0B47", "\u0B3E", "\u0CC6", "\u0CC2",
	"\u0DD9", "\u0DCF", "\u0DCA", "\u0F71", "\u0F72", "\u0F73", "\u0F80",
	"\u3099", "\uFF9E", "\u1FEF", "\u2126", "\u0344", "\U0001D165", "\U0001D16D",
}

// TestTrickyPieces runs the Text and key checks on random strings made of
// trickyPieces: a fixed sample of what the fuzzers explore, in every run.
func TestTrickyPieces(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 1000
	if testing.Short() {
		n = 100
	}
	for range n {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(trickyPieces[r.IntN(len(trickyPieces))])
		}
		s := b.String()
		checkText(t, s)
		checkKey(t, s)
		if t.Failed() {
			t.Fatalf("on %+q", s)
		}
	}
}
