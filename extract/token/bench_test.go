package token

import (
	"strings"
	"testing"
)

// allArticles returns the seed articles concatenated, separated by blank
// lines.
func allArticles(tb testing.TB) string {
	_, texts := articles(tb)
	return strings.Join(texts, "\n\n")
}

// TestTokenizeAllocs checks that Tokenize allocates only its result and
// that Append into a buffer with room allocates nothing, and that Segment
// allocates only its result.
func TestTokenizeAllocs(t *testing.T) {
	names, texts := articles(t)
	texts = append(texts, strings.Join(texts, "\n\n"))
	names = append(names, "all")
	for i, src := range texts {
		if n := testing.AllocsPerRun(20, func() { Tokenize(src) }); n != 1 {
			t.Errorf("%s: Tokenize allocates %v times, want 1", names[i], n)
		}
		buf := make([]Token, 0, len(src))
		if n := testing.AllocsPerRun(20, func() { buf = Append(buf[:0], src) }); n != 0 {
			t.Errorf("%s: Append into a buffer with room allocates %v times, want 0", names[i], n)
		}
		if n := testing.AllocsPerRun(20, func() { Segment(src, buf) }); n != 1 {
			t.Errorf("%s: Segment allocates %v times, want 1", names[i], n)
		}
		if len(buf) > len(src)/4+4 {
			t.Errorf("%s: %d tokens for %d bytes: more than Tokenize reserves", names[i], len(buf), len(src))
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	src := allArticles(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Tokenize(src)
	}
}

// BenchmarkAppend tokenizes into a reused buffer.
func BenchmarkAppend(b *testing.B) {
	src := allArticles(b)
	buf := make([]Token, 0, len(src)/4)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		buf = Append(buf[:0], src)
	}
}

func BenchmarkSegment(b *testing.B) {
	src := allArticles(b)
	toks := Tokenize(src)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(src, toks)
	}
}

// BenchmarkTokenizeSegment is what a caller pays for tokens and sentences.
func BenchmarkTokenizeSegment(b *testing.B) {
	src := allArticles(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Segment(src, Tokenize(src))
	}
}
