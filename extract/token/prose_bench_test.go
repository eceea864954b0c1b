package token

import (
	"testing"

	"github.com/jdkato/prose/v2"
)

// The prose benchmarks run prose v2 on the same articles as
// BenchmarkTokenize, for the ratio in the README. prose is only ever
// imported by tests.

// BenchmarkProseTokenizeSegment runs prose's tokenizer and Punkt segmenter
// (tagging and entity extraction off), the closest match to
// BenchmarkTokenizeSegment.
func BenchmarkProseTokenizeSegment(b *testing.B) {
	src := allArticles(b)
	opts := []prose.DocOpt{prose.WithTagging(false), prose.WithExtraction(false)}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(src, opts...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProsePipeline runs prose's whole pipeline (tokens, sentences,
// tags, entities) with its default model loaded once, outside the loop.
func BenchmarkProsePipeline(b *testing.B) {
	src := allArticles(b)
	d, err := prose.NewDocument("Nvidia.")
	if err != nil {
		b.Fatal(err)
	}
	opts := []prose.DocOpt{prose.UsingModel(d.Model)}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(src, opts...); err != nil {
			b.Fatal(err)
		}
	}
}
