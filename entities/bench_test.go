package entities

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/extract/token"
)

// BenchmarkTag tags the five seed articles, tokens and sentences made
// outside the loop.
func BenchmarkTag(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	type doc struct {
		src   string
		toks  []token.Token
		sents []token.Sentence
	}
	var docs []doc
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		src := string(data)
		toks := token.Tokenize(src)
		docs = append(docs, doc{src, toks, token.Segment(src, toks)})
		size += len(src)
	}
	tg, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			tg.Tag(d.src, d.toks, d.sents)
		}
	}
}

// TestLexiconLoadCost reports the time and the memory that decoding the
// embedded lexicon takes (what the first New pays once).
func TestLexiconLoadCost(t *testing.T) {
	data, err := os.ReadFile("internal/lexicon/lexicon.tsv")
	if err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	x, err := lexicon.Parse(string(data))
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(x)
	t.Logf("lexicon: %d bytes of artifact, decoded in %v, %d bytes live after decoding", len(data), elapsed, int64(after.HeapAlloc)-int64(before.HeapAlloc))
}

// BenchmarkLexiconParse measures what the first New pays once: decoding
// the embedded lexicon (ns/op and B/op of one decoding).
func BenchmarkLexiconParse(b *testing.B) {
	data, err := os.ReadFile("internal/lexicon/lexicon.tsv")
	if err != nil {
		b.Fatal(err)
	}
	src := string(data)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lexicon.Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}
