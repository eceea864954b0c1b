package token

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/normalize"
)

// checkTokens checks the invariants every result of Tokenize must hold on
// any input, and reports each violation (at most a few) with t.Errorf.
//
//   - 0 ≤ Start < End ≤ len(src); tokens sorted and non-overlapping;
//   - every token is valid UTF-8 with a known kind;
//   - no token holds white space, a control character or a line break,
//     except the group spaces between the digits of a Number;
//   - what lies between tokens is only white space, control and format
//     characters, invalid bytes, and combining marks or joiners with no
//     letter before them: no visible text is ever dropped;
//   - SpaceBefore and LineStart say what the gap before the token holds;
//   - the shape flags agree with the text, and no token has SentenceStart
//     (only Segment sets it).
func checkTokens(t testing.TB, src string, toks []Token) {
	t.Helper()
	errs := 0
	fail := func(format string, args ...any) {
		t.Helper()
		if errs++; errs <= 5 {
			t.Errorf("%s\ninput %s", fmt.Sprintf(format, args...), short(src))
		}
	}
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.Start >= tk.End || tk.End > len(src) {
			fail("token %d: bad span %v after offset %d (len %d)", i, tk.Span, prev, len(src))
			return
		}
		text := src[tk.Start:tk.End]
		if !utf8.ValidString(text) {
			fail("token %d %q: invalid UTF-8", i, text)
		}
		if tk.Kind < Word || tk.Kind > Hashtag {
			fail("token %d %q: bad kind %d", i, text, tk.Kind)
		}
		if tk.Kind != Number {
			for _, r := range text {
				if isSep(r) {
					fail("token %d %q (%v): separator %U inside", i, text, tk.Kind, r)
					break
				}
			}
		} else {
			for j, r := range text {
				if isSep(r) && !(normalize.IsGroupSpace(r) && j > 0 && isDigit(text[j-1])) {
					fail("token %d %q: separator %U inside a number", i, text, r)
					break
				}
			}
		}
		gap := src[prev:tk.Start]
		if !gapOK(gap) {
			fail("token %d %q: visible text %q dropped before it", i, text, gap)
		}
		wantSpace := i == 0 || hasSpace(gap)
		if tk.Is(SpaceBefore) != wantSpace {
			fail("token %d %q: SpaceBefore=%v after gap %q", i, text, tk.Is(SpaceBefore), gap)
		}
		wantLine := i == 0 || hasLineBreak(gap)
		if tk.Is(LineStart) != wantLine {
			fail("token %d %q: LineStart=%v after gap %q", i, text, tk.Is(LineStart), gap)
		}
		if msg := checkShape(tk, text); msg != "" {
			fail("token %d %q (%v %v): %s", i, text, tk.Kind, tk.Flags, msg)
		}
		prev = tk.End
	}
	if !gapOK(src[prev:]) {
		fail("visible text %q dropped at the end", src[prev:])
	}
}

// checkShape checks the flags of one token against its text and returns
// what is wrong, or "".
func checkShape(tk Token, text string) string {
	f := tk.Flags
	switch {
	case f.has(SentenceStart):
		return "SentenceStart set by Tokenize"
	case f.has(Capitalized) && f.has(Lower):
		return "both Capitalized and Lower"
	case f.has(AllCaps) && !f.has(Capitalized):
		return "AllCaps without Capitalized"
	case f.has(Elided) && (tk.Kind != Word || !endsWithApostrophe(text)):
		return "Elided on a token that does not end with an apostrophe"
	case (f.has(Abbrev) || f.has(Inverted) || f.has(Hyphenated)) && tk.Kind != Word:
		return "word flag on a non-word"
	case f.has(Quote) && tk.Kind != Punct:
		return "Quote on a non-punctuation"
	case f.has(Inverted) && !strings.HasPrefix(text, "-"):
		return "Inverted without a leading hyphen"
	}
	if tk.Kind == Number && !f.has(HasDigit) {
		return "Number without HasDigit"
	}
	if tk.Kind != Word {
		if f&(Capitalized|Lower|AllCaps|Hyphenated|Elided|Abbrev|Inverted) != 0 {
			return "word flag on a non-word"
		}
		return ""
	}
	var first rune
	letters, upper, digit := 0, 0, false
	for _, r := range text {
		switch {
		case unicode.IsLetter(r):
			if first == 0 {
				first = r
			}
			letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				upper++
			}
		case unicode.IsDigit(r):
			digit = true
		}
	}
	switch {
	case first == 0 && !f.has(Inverted) && f&(Capitalized|Lower) != 0:
		return "case flag on a word without letters"
	case first != 0 && f.has(Capitalized) != (unicode.IsUpper(first) || unicode.IsTitle(first)):
		return "Capitalized does not match the first letter"
	case first != 0 && f.has(Lower) != !(unicode.IsUpper(first) || unicode.IsTitle(first)):
		return "Lower does not match the first letter"
	case f.has(AllCaps) != (letters >= 2 && upper == letters):
		return "AllCaps does not match the letters"
	case f.has(HasDigit) != digit && !f.has(Inverted):
		return "HasDigit does not match the digits"
	}
	return ""
}

func (f Flags) has(g Flags) bool { return f&g != 0 }

func endsWithApostrophe(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isApostrophe(r)
}

// isSep reports whether r separates tokens: white space (as normalize
// sees it), line breaks and control characters.
func isSep(r rune) bool {
	return unicode.IsSpace(r) || normalize.IsSpace(r) || unicode.IsControl(r)
}

// gapOK reports whether the text between two tokens holds nothing visible.
func gapOK(gap string) bool {
	for i := 0; i < len(gap); {
		r, n := utf8.DecodeRuneInString(gap[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			continue
		}
		if isSep(r) || unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs, unicode.Mn, unicode.Mc, unicode.Me) ||
			normalize.IsWordJoiner(r) {
			continue
		}
		return false
	}
	return true
}

// hasSpace reports whether gap holds something that counts as a space
// before a token: white space, a control character or an invalid byte.
func hasSpace(gap string) bool {
	for i := 0; i < len(gap); {
		r, n := utf8.DecodeRuneInString(gap[i:])
		i += n
		if r == utf8.RuneError && n == 1 || isSep(r) ||
			unicode.In(r, unicode.Cc, unicode.Co, unicode.Cs) ||
			unicode.Is(unicode.Cf, r) && !normalize.IsWordJoiner(r) {
			return true
		}
	}
	return false
}

func hasLineBreak(gap string) bool {
	return strings.ContainsAny(gap, "\n\r\v\f\u2028\u2029\u0085")
}

// checkSentences checks the invariants of Segment's result on the tokens
// toks of src: the sentences cover the tokens exactly once and in order,
// their spans run from their first token to their last, and SentenceStart
// is set on the first token of each sentence and on no other token.
func checkSentences(t testing.TB, src string, toks []Token, sents []Sentence) {
	t.Helper()
	if len(toks) == 0 {
		if len(sents) != 0 {
			t.Errorf("%d sentences for no token", len(sents))
		}
		return
	}
	next := 0
	starts := 0
	for k, s := range sents {
		if s.First != next || s.Last <= s.First || s.Last > len(toks) {
			t.Fatalf("sentence %d: tokens [%d,%d) after token %d of %d\ninput %s", k, s.First, s.Last, next, len(toks), short(src))
		}
		want := Span{toks[s.First].Start, toks[s.Last-1].End}
		if s.Span != want {
			t.Errorf("sentence %d: span %v, want %v", k, s.Span, want)
		}
		if !toks[s.First].Is(SentenceStart) {
			t.Errorf("sentence %d: first token %d has no SentenceStart", k, s.First)
		}
		next = s.Last
	}
	if next != len(toks) {
		t.Fatalf("sentences end at token %d of %d\ninput %s", next, len(toks), short(src))
	}
	for _, tk := range toks {
		if tk.Is(SentenceStart) {
			starts++
		}
	}
	if starts != len(sents) {
		t.Errorf("%d tokens with SentenceStart for %d sentences\ninput %s", starts, len(sents), short(src))
	}
}

// tokenizeChecked tokenizes and segments src, checks every invariant, and
// returns the tokens and sentences.
func tokenizeChecked(t testing.TB, src string) ([]Token, []Sentence) {
	t.Helper()
	toks := Tokenize(src)
	checkTokens(t, src, toks)
	sents := Segment(src, toks)
	checkSentences(t, src, toks, sents)
	return toks, sents
}

func short(s string) string {
	if len(s) > 200 {
		return fmt.Sprintf("%q… (%d bytes)", s[:200], len(s))
	}
	return fmt.Sprintf("%q", s)
}

// articles returns the seed articles of testdata/articles, by file name.
func articles(t testing.TB) (names, texts []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no article in ../../testdata/articles")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".txt"))
		texts = append(texts, string(b))
	}
	return names, texts
}

// corpusTexts returns every article of testdata: the seeds and those of
// the annotated corpora, by path.
func corpusTexts(t testing.TB) (paths, texts []string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "articles", "*.txt"))
	for _, f := range append(files, more...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, f)
		texts = append(texts, string(b))
	}
	return paths, texts
}
