package normalize

import (
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// cpuTimer measures the CPU time of the process during a benchmark, which
// on a shared machine is a steadier figure than the wall clock: it reports
// cpu-MB/s (from b.SetBytes) beside the usual MB/s.
type cpuTimer struct {
	b     *testing.B
	bytes int64
	start time.Duration
}

func startCPU(b *testing.B, bytes int64) *cpuTimer {
	b.SetBytes(bytes)
	b.ReportAllocs()
	return &cpuTimer{b: b, bytes: bytes, start: cpuTime()}
}

func (c *cpuTimer) stop() {
	d := cpuTime() - c.start
	if d > 0 && c.bytes > 0 {
		c.b.ReportMetric(float64(c.bytes)*float64(c.b.N)/d.Seconds()/1e6, "cpu-MB/s")
	}
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchWords returns the words of the five seed articles, and their total
// size in bytes.
func benchWords(b *testing.B, decompose bool) ([]string, int64) {
	text := allArticles(b)
	if decompose {
		text = norm.NFD.String(text)
	}
	words := strings.Fields(text)
	var n int64
	for _, w := range words {
		n += int64(len(w))
	}
	return words, n
}

// BenchmarkKey is the key of every word of the articles, one call per
// word, into a reused buffer: the gazetteer's inner loop.
func BenchmarkKey(b *testing.B) {
	for _, bc := range []struct {
		name      string
		decompose bool
	}{{"articles", false}, {"decomposed", true}} {
		b.Run(bc.name, func(b *testing.B) {
			words, size := benchWords(b, bc.decompose)
			buf := make([]byte, 0, 256)
			defer startCPU(b, size).stop()
			for b.Loop() {
				for _, w := range words {
					buf = AppendKey(buf[:0], w)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
		})
	}
}

// BenchmarkKeyString is Key, which allocates the key when it differs from
// the word.
func BenchmarkKeyString(b *testing.B) {
	words, size := benchWords(b, false)
	defer startCPU(b, size).stop()
	for b.Loop() {
		for _, w := range words {
			_ = Key(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

func BenchmarkLower(b *testing.B) {
	words, size := benchWords(b, false)
	buf := make([]byte, 0, 256)
	defer startCPU(b, size).stop()
	for b.Loop() {
		for _, w := range words {
			buf = AppendLower(buf[:0], w)
		}
	}
}

// BenchmarkText normalizes the five articles concatenated: as written
// (’ « » U+00A0 œ to rewrite), decomposed (NFD: every accent is a segment
// to compose), and already normalized (the no-change fast path).
func BenchmarkText(b *testing.B) {
	text := allArticles(b)
	for _, bc := range []struct{ name, text string }{
		{"articles", text},
		{"decomposed", norm.NFD.String(text)},
		{"normalized", NewText(text).Norm()},
	} {
		b.Run(bc.name, func(b *testing.B) {
			defer startCPU(b, int64(len(bc.text))).stop()
			for b.Loop() {
				_ = NewText(bc.text)
			}
		})
	}
}

// BenchmarkOrigSpan maps a span back at every rune start of the normalized
// articles: the cost of the binary search.
func BenchmarkOrigSpan(b *testing.B) {
	t := NewText(allArticles(b))
	n := t.Norm()
	defer startCPU(b, int64(len(n))).stop()
	for b.Loop() {
		for i := 0; i < len(n); i++ {
			_, _ = t.OrigSpan(i, min(i+8, len(n)))
		}
	}
}

// BenchmarkFoldCase compares, on the words of the articles, the two ways
// to case-fold that Key could use: x/text cases.Fold through
// transform.Append, and a rune loop with unicode.ToLower(unicode.ToUpper).
func BenchmarkFoldCase(b *testing.B) {
	words, size := benchWords(b, false)
	bwords := make([][]byte, len(words))
	for i, w := range words {
		bwords[i] = []byte(w)
	}
	b.Run("cases.Fold", func(b *testing.B) {
		c := cases.Fold()
		buf := make([]byte, 0, 256)
		defer startCPU(b, size).stop()
		for b.Loop() {
			for _, w := range bwords {
				c.Reset()
				buf, _, _ = transform.Append(c, buf[:0], w)
			}
		}
	})
	b.Run("unicode", func(b *testing.B) {
		buf := make([]byte, 0, 256)
		defer startCPU(b, size).stop()
		for b.Loop() {
			for _, w := range words {
				buf = buf[:0]
				for i := 0; i < len(w); {
					if c := w[i]; c < utf8.RuneSelf {
						if 'A' <= c && c <= 'Z' {
							c += 'a' - 'A'
						}
						buf = append(buf, c)
						i++
						continue
					}
					r, size := utf8.DecodeRuneInString(w[i:])
					buf = utf8.AppendRune(buf, unicode.ToLower(unicode.ToUpper(r)))
					i += size
				}
			}
		}
	})
}

// BenchmarkKeyWord is the cost of one call on typical words.
func BenchmarkKeyWord(b *testing.B) {
	for _, w := range []string{"nvidia", "Nvidia", "l’Économie", "E\u0301mirats"} {
		b.Run(w, func(b *testing.B) {
			buf := make([]byte, 0, 64)
			defer startCPU(b, int64(len(w))).stop()
			for b.Loop() {
				buf = AppendKey(buf[:0], w)
			}
		})
	}
}
