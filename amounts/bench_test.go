package amounts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/veille-nlp/veille/extract/token"
)

// articles reads the seed articles in testdata/articles.
func articles(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob("../testdata/articles/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Skip("no articles in ../testdata/articles")
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// BenchmarkFind measures amount scanning over the seed articles, with the
// tokens computed outside the timed loop.
func BenchmarkFind(b *testing.B) {
	docs := articles(b)
	toks := make([][]token.Token, len(docs))
	size := 0
	for i, d := range docs {
		toks[i] = token.Tokenize(d)
		token.Segment(d, toks[i])
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for i, d := range docs {
			Find(d, toks[i])
		}
	}
}

// BenchmarkFindString measures tokenization, segmentation and amount
// scanning together.
func BenchmarkFindString(b *testing.B) {
	docs := articles(b)
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			FindString(d)
		}
	}
}

// BenchmarkFindJoined measures Find over the seed articles joined by blank
// lines into one text, as extract's benchmark calls it.
func BenchmarkFindJoined(b *testing.B) {
	docs := articles(b)
	s := ""
	for _, d := range docs {
		s += d + "\n\n"
	}
	toks := token.Tokenize(s)
	token.Segment(s, toks)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, toks)
	}
}
