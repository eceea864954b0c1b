package amounts

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// The finder's fast paths must agree with the slow tests they stand in
// for. Each check here compares them, on the seed articles, on the fuzz
// seeds and in FuzzFastPaths.

// fastPathTexts are texts that exercise the fast paths: articles, the fuzz
// seeds, and words split or spaced in unusual ways.
func fastPathTexts(tb testing.TB) []string {
	texts := append(articles(tb), fuzzSeeds...)
	return append(texts,
		"US$ 5, us$ 5, usd$ 15, C$ 3, CHF 14,5 millions, EUR20, de 3 à 5 %, des centaines, un à deux",
		"«10 £» « 5 ¥ » • 3 ₿ … ＄4 ﹩5 – 6 — ₹7 −8 %, -9 %, +10 %, 11-12 %, 13 €",
		"10 dollars canadiens, 5 dollars de Hong Kong, 3 dollars de Singapour, 2 livres sterling, 4 francs CFA",
		"l ’ ordre de 10, De, DE, D’, d`, dé, d\u00ade, quatre - vingt, d' ici 2030, l\u2019IA, trois-tonnes, Zéro, ZÉRO, zéro euro",
		"a\u00a0b\u202fc\u2009d\u2028e\u2029f\u200bg\u3000h\x85i\tj\vk\fl\rm\nn",
		"Œuvre, cœur, Straße, ﬁnance, e\u0301te\u0301, « Royaume\u2011Uni », 10\u00a0000\u00a0€, −5 °C",
	)
}

// unitsOf returns the finder's units for text, tokenized and segmented,
// or tokenized only, or given the tokens of another text.
func unitsOf(text string, other string, segment bool) *finder {
	toks := token.Tokenize(other)
	if segment {
		token.Segment(other, toks)
	}
	f := getFinder(text)
	f.loadUnits(toks)
	return f
}

// checkFastPaths checks the agreements of the fast paths on the units of
// src (given the tokens of other).
func checkFastPaths(t *testing.T, src, other string, segment bool) {
	t.Helper()
	f := unitsOf(src, other, segment)
	defer putFinder(f)
	toks := token.Tokenize(other)
	if segment {
		token.Segment(other, toks)
	}
	if want := unitsRef(f, toks); !slices.Equal(f.u, want) {
		t.Fatalf("%q: loadUnits = %v, want %v", src, f.u, want)
	}
	for i := range f.u {
		if k := f.skipPlain(i); k > i && f.mayStart(i) {
			t.Fatalf("%q: skipPlain skips unit %d %q, which mayStart accepts", src, i, f.text(i))
		}
		if got, want := f.isDe(i), f.is(i, "de") || f.is(i, "d'"); got != want {
			t.Fatalf("%q: isDe(%d) = %v, want %v", src, i, got, want)
		}
		if got, want := f.gap(i), gapRef(f, i); got != want {
			t.Fatalf("%q: gap(%d) = %v, want %v", src, i, got, want)
		}
		if f.u[i].Kind == token.Word {
			k := string(f.key(i))
			if want := normalize.Key(f.text(i)); k != want {
				t.Fatalf("%q: key(%d) = %q, want %q", src, i, k, want)
			}
			if k2 := string(f.key(i)); k2 != k {
				t.Fatalf("%q: key(%d) remembered as %q, folded as %q", src, i, k2, k)
			}
			if !f.lx.strongMay(f.text(i)) && f.entry(i).has(strongWord) {
				t.Fatalf("%q: strongMay rejects unit %d %q, a strong word", src, i, f.text(i))
			}
		}
	}
	ids := sentenceIDs(f)
	f.sentUnit, f.sentStart = 0, 0
	for i := range f.u {
		for j := i + 1; j < len(f.u) && j < i+30; j++ {
			if (ids[i] == ids[j]) != (f.sentenceOf(i) == sentenceOfAt(f, j)) {
				t.Fatalf("%q: units %d and %d: sentenceOf disagrees with counting sentences", src, i, j)
			}
		}
	}
}

// unitsRef is loadUnits as it was first written: it merges the tokens
// one by one.
func unitsRef(f *finder, toks []token.Token) []unit {
	var u []unit
	prevEnd := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !validSpan(f.src, t.Span) || t.Start < prevEnd {
			continue
		}
		if t.Kind == token.Word && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Punct {
			if f.elisionAt(toks, i) {
				i++
				t.End = toks[i].End
				t.Flags |= token.Elided
			}
			for !t.Is(token.Elided) && f.hyphenAt(toks, i, t.End) {
				if toks[i+2].Kind == token.Number {
					t.Flags |= token.HasDigit
				}
				t.End = toks[i+2].End
				t.Flags |= token.Hyphenated
				i += 2
			}
		}
		prevEnd = t.End
		u = append(u, t)
	}
	return u
}

// sentenceOfAt returns the sentence of unit j without moving the finder's
// position in sentenceOf (which only goes forward).
func sentenceOfAt(f *finder, j int) int {
	u, s := f.sentUnit, f.sentStart
	id := f.sentenceOf(j)
	f.sentUnit, f.sentStart = u, s
	return id
}

// sentenceIDs numbers the sentences of the units as sentenceOf's contract
// says, counting them from the start.
func sentenceIDs(f *finder) []int {
	ids := make([]int, len(f.u))
	id := 0
	for j := 1; j < len(f.u); j++ {
		if f.startsSentence(j) {
			id++
		}
		ids[j] = id
	}
	return ids
}

// gapRef is gap as it was first written: a rune loop over the bytes
// between two units.
func gapRef(f *finder, i int) bool {
	if i <= 0 || i >= len(f.u) {
		return false
	}
	s := f.src[f.u[i-1].End:f.u[i].Start]
	if len(s) > 16 {
		return false
	}
	for _, r := range s {
		if r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || !normalize.IsSpace(r) {
			return false
		}
	}
	return true
}

func TestFastPaths(t *testing.T) {
	texts := fastPathTexts(t)
	for _, s := range texts {
		checkFastPaths(t, s, s, true)
		checkFastPaths(t, s, s, false)
	}
	// Tokens of another text.
	for k := 1; k < len(texts); k++ {
		checkFastPaths(t, texts[k], texts[k-1], true)
	}
	// Words split at their apostrophes and hyphens, which loadUnits merges.
	for _, s := range texts {
		toks := splitJoiners(s)
		f := getFinder(s)
		f.loadUnits(toks)
		if want := unitsRef(f, toks); !slices.Equal(f.u, want) {
			t.Fatalf("%q: loadUnits = %v, want %v", s, f.u, want)
		}
		putFinder(f)
	}
}

// splitJoiners tokenizes s as a tokenizer that leaves apostrophes and
// hyphens apart would: runs of letters or digits, and one token per other
// rune but spaces.
func splitJoiners(s string) []token.Token {
	var toks []token.Token
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case normalize.IsSpace(r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j, kind := i, token.Number
			for j < len(s) {
				r, m := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
					break
				}
				if !unicode.IsDigit(r) {
					kind = token.Word
				}
				j += m
			}
			toks = append(toks, token.Token{Span: token.Span{Start: i, End: j}, Kind: kind})
			i = j
		default:
			toks = append(toks, token.Token{Span: token.Span{Start: i, End: i + n}, Kind: token.Punct})
			i += n
		}
	}
	return toks
}

// FuzzFastPaths checks the agreements of the fast paths on any input.
func FuzzFastPaths(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, src, other string) {
		checkFastPaths(t, src, src, true)
		checkFastPaths(t, src, src, false)
		if other != "" {
			checkFastPaths(t, src, other, true)
		}
		for _, s := range []string{src, other} {
			toks := splitJoiners(s)
			u := getFinder(src)
			u.loadUnits(toks)
			if want := unitsRef(u, toks); !slices.Equal(u.u, want) {
				t.Fatalf("%q: loadUnits = %v, want %v", src, u.u, want)
			}
			putFinder(u)
		}
		for _, s := range []string{src, other} {
			if got, want := string(lex().fold(nil, s)), normalize.Key(s); got != want {
				t.Fatalf("fold(%q) = %q, want %q", s, got, want)
			}
			if isKey(s) && normalize.Key(s) != s {
				t.Fatalf("isKey(%q), but its key is %q", s, normalize.Key(s))
			}
		}
	})
}

// TestFold checks fold against normalize.Key on every rune up to U+3000
// alone and between letters, and on pairs of the runes its tables hold.
func TestFold(t *testing.T) {
	lx := lex()
	check := func(s string) {
		if got, want := string(lx.fold(nil, s)), normalize.Key(s); got != want {
			t.Fatalf("fold(%q) = %q, want %q", s, got, want)
		}
	}
	var runes []string
	for r := rune(0); r < 0x3000; r++ {
		s := string(r)
		check(s)
		check("Ab" + s + "cD")
		if r < 0x300 || r >= 0x2000 && r < 0x20C0 || r == 0x301 {
			runes = append(runes, s)
		}
	}
	for _, a := range runes {
		for _, b := range runes {
			check(a + b)
		}
	}
	check("\xff\xfe")
	check("e\xcc")
	check("\xe2\x80")
	for _, s := range fastPathTexts(t) {
		for _, w := range strings.Fields(s) {
			check(w)
		}
	}
}

// TestIsKey checks that isKey accepts only texts that are their own key,
// and every ASCII byte that folding keeps but white space (a space may be
// kept, between two words).
func TestIsKey(t *testing.T) {
	for c := 0; c < 256; c++ {
		s := "a" + string([]byte{byte(c)}) + "b"
		want := c < utf8.RuneSelf && !normalize.IsSpace(rune(c)) && normalize.Key(s) == s
		if got := isKey(s); got != want {
			t.Errorf("isKey(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestMayJoin checks that mayJoin accepts the first byte of every
// apostrophe and hyphen.
func TestMayJoin(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if !normalize.IsApostrophe(r) && !normalize.IsHyphen(r) {
			continue
		}
		if s := string(r); !mayJoin(s[0]) {
			t.Errorf("mayJoin rejects the first byte of %q", s)
		}
	}
}

// TestStrongMay checks that strongMay accepts every strong word of the
// lexicon, in any case, and rejects some words that are not.
func TestStrongMay(t *testing.T) {
	lx := lex()
	for w, i := range lx.words {
		if !lx.entries[i].has(strongWord) {
			continue
		}
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			if !lx.strongMay(v) {
				t.Errorf("strongMay(%q) = false", v)
			}
		}
	}
	for _, w := range []string{"entreprises", "pays", "collaboration", "domaines", "secteurs"} {
		if lx.strongMay(w) {
			t.Errorf("strongMay(%q) = true", w)
		}
	}
}
