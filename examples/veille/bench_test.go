package main

import (
	"io"
	"strings"
	"testing"

	"github.com/veille-nlp/veille/extract"
)

// BenchmarkExtract is the library alone on the seed articles, the
// reference for what the CLI adds.
func BenchmarkExtract(b *testing.B) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts, size := seedTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			ex.Extract(t)
		}
	}
}

// BenchmarkFormat is the CLI's own work per article (flattening, filters,
// printing), after extraction, on the seed articles, in each format.
func BenchmarkFormat(b *testing.B) {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		b.Fatal(err)
	}
	texts, size := seedTexts(b)
	docs := make([]*extract.Document, len(texts))
	for i, t := range texts {
		docs[i] = ex.Extract(t)
	}
	for _, f := range formatNames {
		b.Run(f, func(b *testing.B) {
			format := newFormatter(&config{format: f}, true)
			b.SetBytes(size)
			b.ReportAllocs()
			var buf []byte
			for b.Loop() {
				for i, d := range docs {
					cp := *d
					var err error
					if buf, err = format.article(buf[:0], newArticle(i, "x.txt", &cp, filter{})); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkRun is the whole command on the five seed files, one worker.
func BenchmarkRun(b *testing.B) {
	_, size := seedTexts(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if code := run(append([]string{"-q", "-j", "1", "-format", "jsonl"}, articles...), strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			b.Fatal(code)
		}
	}
}

func seedTexts(b *testing.B) ([]string, int64) {
	var texts []string
	var size int64
	for _, p := range articles {
		t := readFile(&testing.T{}, p)
		texts = append(texts, t)
		size += int64(len(t))
	}
	if len(texts) == 0 {
		b.Skip("no seed articles")
	}
	return texts, size
}
