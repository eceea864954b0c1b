package normalize

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"
)

type article struct{ name, text string }

// readArticles reads the seed articles of testdata/articles, in name order.
func readArticles(tb testing.TB) []article {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	if len(paths) == 0 {
		tb.Fatal("normalize: no articles in ../testdata/articles")
	}
	var as []article
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		as = append(as, article{filepath.Base(p), string(b)})
	}
	return as
}

// allArticles returns the seed articles concatenated.
func allArticles(tb testing.TB) string {
	var b strings.Builder
	for _, a := range readArticles(tb) {
		b.WriteString(a.text)
	}
	return b.String()
}

// unsafeData returns the address of the bytes of s, to tell a shared
// string from a copy.
func unsafeData(s string) *byte { return unsafe.StringData(s) }
