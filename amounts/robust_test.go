package amounts

import (
	"math/bits"

	"github.com/veille-nlp/veille/extract/token"
	"strings"
	"testing"
	"time"
)

// TestFindLinear runs Find on long repetitive inputs built to defeat a
// naive reader (number words that chain, scale words, ranges, runs of
// numbers) and fails if any takes more than a generous budget: a reader
// that goes back over the text per word takes minutes here.
func TestFindLinear(t *testing.T) {
	patterns := []string{
		"mille ", "cent mille ", "deux cent mille ", "vingt et ", "quatre-vingt-", "deux ",
		"une douzaine de douzaines de ", "des milliers de milliers de ", "des centaines de millions de ",
		"3 millions ", "mille milliards ", "1 ", "1", "1,", "10 à ", "entre 1 et ", "€", "$1", "plus de ",
		"de l'ordre de ", "1 USD et ", "les deux ", "1 000 ", "-", "-1 % ", "3 postes, dont ", "dont 1 ",
		"passé de 3 à ", "de 4 à 3 ", "12 data ", "points de ",
	}
	const size = 100_000
	budget := 10 * time.Second // about 1 s on a loaded machine
	var spent time.Duration
	for _, p := range patterns {
		s := strings.Repeat(p, size/len(p))
		t0 := time.Now()
		got := FindString(s)
		spent += time.Since(t0)
		if spent > budget {
			t.Fatalf("after %q: %v spent, over the %v budget", p, spent, budget)
		}
		if len(got) < 200 {
			checkAmounts(t, s, got)
		}
	}
	t.Logf("%d patterns of %d bytes in %v", len(patterns), size, spent)
}

// TestFindScaling checks that Find is linear in the size of its input:
// on the seed articles repeated up to 300 KB and up to 3 MB (tokens
// given), ten times more text must take clearly less than the hundred
// times longer that a quadratic reader would. The bound, 60 times, leaves
// room for cache misses (the 12 MB of tokens of the larger text do not
// stay in the caches, which costs up to 3 or 4 times per byte on a shared
// machine); each size keeps the fastest of three runs. Speed itself is
// measured by the benchmarks, not here.
func TestFindScaling(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	base := strings.Join(articles(t), "\n")
	measure := func(n int) (time.Duration, int) {
		s := strings.Repeat(base, n/len(base)+1)[:n]
		toks := token.Tokenize(s)
		token.Segment(s, toks)
		best, amts := time.Duration(1<<62), 0
		for range 3 {
			t0 := time.Now()
			amts = len(Find(s, toks))
			best = min(best, time.Since(t0))
		}
		return best, amts
	}
	small, nSmall := measure(300_000)
	large, nLarge := measure(3_000_000)
	t.Logf("300 KB: %v (%d amounts); 3 MB: %v (%d amounts)", small, nSmall, large, nLarge)
	if ratio := float64(large) / float64(small); ratio > 60 {
		t.Errorf("Find took %.1f times longer on 10 times more text: not linear", ratio)
	}
	if nLarge < 8*nSmall {
		t.Errorf("%d amounts in 3 MB for %d in 300 KB: the long text is not read to its end", nLarge, nSmall)
	}
}

// TestFindHostileInput checks that invalid UTF-8, control characters, a
// text without any line break and numbers of every size give valid
// results.
func TestFindHostileInput(t *testing.T) {
	inputs := []string{
		"",
		"\xff\xfe\xfd",
		"10 \xff %",
		"10\x00%",
		"1,4\xc3 milliard de dollars",
		"de l\xe2\x80 ordre de 10 à 20 exaflops",
		strings.Repeat("9", 5000) + " euros",
		"1" + strings.Repeat("0", 100_000) + " €",
		"0," + strings.Repeat("0", 2000) + "1 €",
		strings.Repeat("Le groupe a levé 3 millions d'euros, ", 20_000),
		"€\u00a0\u202f10\u2009%\u2028 20 %",
	}
	for _, in := range inputs {
		got := FindString(in)
		checkAmounts(t, in, got)
	}
	// Within the limits, exact; beyond them, nothing rather than a wrong
	// or huge value.
	if got := FindString("1" + strings.Repeat("0", 400) + " €"); len(got) != 1 || got[0].Value.String() != "1"+strings.Repeat("0", 400) {
		t.Errorf("10^400 €: %v", summaries(got))
	}
	if got := FindString(strings.Repeat("9", 5000) + " euros"); len(got) != 0 {
		t.Errorf("5000 significant digits: %v", summaries(got))
	}
}

// TestFindAllocs pins the allocation budget: nothing for a text without
// amounts, and only the result (a few growing slices) for the articles.
func TestFindAllocs(t *testing.T) {
	plain := "Le président a rencontré son homologue américain à Paris pour parler de l’IA souveraine."
	toks := token.Tokenize(plain)
	token.Segment(plain, toks)
	if n := testing.AllocsPerRun(100, func() { Find(plain, toks) }); n != 0 {
		t.Errorf("Find on a text without amounts: %v allocations", n)
	}
	for _, d := range articles(t) {
		dt := token.Tokenize(d)
		token.Segment(d, dt)
		amts := len(Find(d, dt))
		n := testing.AllocsPerRun(20, func() { Find(d, dt) })
		if limit := 2*float64(bits.Len(uint(amts))) + 4; n > limit {
			t.Errorf("Find on an article with %d amounts: %v allocations, want at most %v", amts, n, limit)
		}
	}
}
