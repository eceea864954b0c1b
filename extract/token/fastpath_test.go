package token

import (
	"math/bits"
	"slices"
	"strings"
	"testing"
)

// tokenizeSlow tokenizes src without the fast path of scanner.run: token
// alone reads every token, as run did before it had one.
func tokenizeSlow(src string) []Token {
	s := scanner{src: src, pend: SpaceBefore | LineStart}
	for i := 0; i < len(src); {
		i = s.token(i)
	}
	return s.dst
}

// checkFastPath reports the first token where Tokenize and tokenizeSlow
// differ.
func checkFastPath(t testing.TB, name, src string) {
	t.Helper()
	fast, slow := Tokenize(src), tokenizeSlow(src)
	if slices.Equal(fast, slow) {
		return
	}
	for i := range min(len(fast), len(slow)) {
		if fast[i] != slow[i] {
			t.Errorf("%s: token %d: fast path %+v %q, token %+v %q", name, i,
				fast[i], fast[i].Text(src), slow[i], slow[i].Text(src))
			return
		}
	}
	t.Errorf("%s: fast path gives %d tokens, token %d", name, len(fast), len(slow))
}

// TestFastPath checks that the fast path of scanner.run gives the same
// tokens as token on the test inputs, every article of testdata, and words
// made to reach its edges.
func TestFastPath(t *testing.T) {
	for _, s := range fuzzSeeds() {
		checkFastPath(t, "seed", s)
	}
	paths, texts := corpusTexts(t)
	for i, f := range paths {
		checkFastPath(t, f, texts[i])
	}
	words := []string{
		"a", "A", "ab", "AB", "Ab", "aB", "IA", "FMI", "Nvidia", "nvidia", "NVIDIA",
		"été", "ÉTÉ", "Été", "aÉ", "AÉ", "Aé", "AÉTATS", "Aß", "AÿB", "a×b", "a÷b", "a·b",
		"Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Mgr", "MM", "Mgrs", "Drs",
		"http", "https", "www", "Http", "Www", "homme", "web",
		"abcdefgh", "abcdefghi", "abcdefghijklmnopq", "ABCDEFGHIJ", "Abcdefgh",
		"économie", "Président", "développement", "çà", "naïve", "cœur", "Œuvre",
		"H100", "GPT4", "a1", "l", "qu", "jusqu", "c", "n", "N",
		"É", "é", "à", "Éé", "ÉA", "Éa", "ÉTATS", "Ét", "éd", "éds", "Éts", "ÿ", "ß", "ßA", "×", "÷a",
		"approx", "Approx", "approxi", "janv", "févr", "Mlles", "etc", "p", "Inc", "suiv", "fin", "Fin",
	}
	ends := []string{"", " ", "\n", ",", ".", ". ", ".\n", ".a", ".-", "._", ".+", "..", ".»", ";", ":", "!", "?", ")", "]", "'", "’", "-", "-il",
		"'a", "’IA", "@b.fr", ".fr", "&T", "_x", "+", "°", "º", "«", "»", "\u00a0", "…",
		"\xc3", "\xc3\x97", "\xff", "1", "\t", "\x00", "/", "\"", "é", "\u0301", "\u00ad"}
	for _, w := range words {
		for _, e := range ends {
			for _, pad := range []string{"", "      ", "           "} {
				for _, src := range []string{w + e + pad, "x " + w + e + pad, w + e + " suite"} {
					checkFastPath(t, "edge", src)
				}
			}
		}
	}
	// Every cut of a long text, so that words meet the end of the input at
	// every length.
	_, seeds := articles(t)
	src := strings.Join(seeds, "\n")
	for n := 0; n < len(src) && n < 3000; n++ {
		checkFastPath(t, "prefix", src[:n])
	}
}

// TestNonLetters8 checks nonLetters8 against a loop over the bytes, on every
// byte at every place after letters, and with anything after it.
func TestNonLetters8(t *testing.T) {
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			for _, fill := range []byte{'a', 'Z', 0xFF, 0x80, ' ', 'z' + 1, 'A' - 1} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				for k := 0; k < pos; k++ {
					b[k] = "aZmzAqhW"[k]
				}
				b[pos] = byte(c)
				want := 0
				for want < 8 && isLetter(b[want]) {
					want++
				}
				if got := bits.TrailingZeros64(nonLetters8(load64(string(b[:]), 0))) >> 3; got != want {
					t.Fatalf("nonLetters8(%q) gives %d letters, want %d", b, got, want)
				}
			}
		}
	}
}
