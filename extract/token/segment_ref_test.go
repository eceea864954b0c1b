package token

// segmentRef is Segment as it was before it skipped plain tokens in a tight
// loop and read punctuation by its first byte: TestSegmentRef and
// FuzzSegment check that Segment still gives the same sentences and flags
// on any tokens.

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func segmentRef(src string, toks []Token) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	sents := make([]Sentence, 0, len(toks)/16+1)
	first := 0
	end := endNone // how the sentence so far ends, closing marks aside
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		t.Flags &^= SentenceStart
		switch {
		case t.Kind == Punct:
			if !isCloserRef(src, toks, i) {
				end = endingRef(src, toks, i)
			}
		case t.Flags&(Elided|Abbrev) != 0:
			end = endingRef(src, toks, i)
		default:
			end = endNone
		}
		if i+1 < len(toks) {
			if end == endNone && toks[i+1].Flags&LineStart == 0 {
				continue // the common case: a word inside a line
			}
			if !boundaryRef(src, toks, i, end) {
				continue
			}
		}
		sents = append(sents, Sentence{Span: Span{toks[first].Start, toks[i].End}, First: first, Last: i + 1})
		toks[first].Flags |= SentenceStart
		first, end = i+1, endNone
	}
	return sents
}

// boundary reports whether a sentence ends after toks[i] (i+1 < len(toks)),
// end telling how the sentence ends, closing quotes and brackets aside.
func boundaryRef(src string, toks []Token, i, end int) bool {
	next := toks[i+1]
	if next.Is(LineStart) {
		if lineBreaksRef(src, toks[i].End, next.Start) >= 2 {
			return true
		}
		return !continuesRef(src, toks, i, end, next)
	}
	switch end {
	case endFinal:
		if isCloserRef(src, toks, i+1) {
			// Closing quotes and brackets stay with the sentence they end.
			return false
		}
		return startsSentenceRef(src, toks, i+1)
	case endAbbrev:
		return !isCloserRef(src, toks, i+1) && next.Kind == Word && next.Is(Capitalized)
	}
	return false
}

// ending classifies toks[last], the last token of a sentence that is not a
// closing mark.
func endingRef(src string, toks []Token, last int) int {
	t := toks[last]
	if t.Kind != Punct && t.Flags&(Elided|Abbrev) == 0 {
		return endNone
	}
	text := t.Text(src)
	switch t.Kind {
	case Punct:
		switch text {
		case ".":
			// A list marker: "1." at the start of a line.
			if last > 0 && !t.Is(SpaceBefore) {
				if p := toks[last-1]; p.Kind == Number && p.Is(LineStart) {
					return endNone
				}
			}
			return endFinal
		case "…", "!", "?":
			return endFinal
		case ",":
			return endComma
		}
		if len(text) > 1 && (text[0] == '.' || text[0] == '!' || text[0] == '?') {
			return endFinal // ... ?! !!
		}
	case Word:
		if t.Is(Elided) {
			return endComma
		}
		if t.Is(Abbrev) && text != "" && text[len(text)-1] == '.' {
			if neverEndsRef(text) {
				return endTitle
			}
			return endAbbrev
		}
	}
	return endNone
}

// neverEnds reports whether the abbreviation text (with its dot) never
// ends a sentence: a title, an initial, or an abbreviation that announces
// what follows.
func neverEndsRef(text string) bool {
	w := text[:len(text)-1]
	if r, n := utf8.DecodeRuneInString(w); n == len(w) && r != utf8.RuneError || strings.IndexByte(w, '.') >= 0 {
		return true // J. U.S.A. J.-C. c.-à-d.
	}
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts", "Stes",
		"cf", "Cf", "av", "apr", "ex", "p", "pp", "réf", "Réf", "tél", "Tél", "vs", "c.-à-d", "op":
		return true
	}
	return false
}

// continues reports whether the sentence that ends toks[i] at the end of a
// line goes on with next, the first token of the next line.
func continuesRef(src string, toks []Token, i, end int, next Token) bool {
	switch end {
	case endTitle, endComma:
		return next.Kind == Word || next.Kind == Number
	case endNone:
		// A hard-wrapped line goes on in lower case, unless it ended a
		// list item with ; or :.
		switch toks[i].Text(src) {
		case ";", ":":
			return false
		}
		return next.Kind == Word && next.Is(Lower)
	}
	return false
}

// lineBreaks counts the line breaks in src[a:b] (CR LF is one; a paragraph
// separator counts two), stopping at two.
func lineBreaksRef(src string, a, b int) int {
	if a < 0 || b > len(src) || a >= b {
		return 0
	}
	n := 0
	for i := a; i < b && n < 2; i++ {
		switch c := src[i]; c {
		case '\n', '\v', '\f':
			n++
		case '\r':
			if i+1 >= b || src[i+1] != '\n' {
				n++
			}
		case 0xE2: // U+2028, U+2029
			if i+2 < b && src[i+1] == 0x80 {
				switch src[i+2] {
				case 0xA8:
					n++
				case 0xA9:
					n += 2
				}
			}
		case 0xC2: // U+0085
			if i+1 < b && src[i+1] == 0x85 {
				n++
			}
		}
	}
	return n
}

// quoteRole tells whether toks[i] opens or closes a quotation or bracket.
// The French marks have a direction, but scraped text often turns them
// round (d' »historique ») and the straight marks have none, so a mark
// with space before it and a word glued after it opens, and an ambiguous
// mark glued to what precedes it closes.
func quoteRoleRef(src string, toks []Token, i int) int {
	t := toks[i]
	if t.Kind != Punct {
		return roleNone
	}
	var role int
	switch t.Text(src) {
	case "»", "”", ")", "]", "›", "}":
		role = roleClose
	case "«", "“", "(", "[", "‹", "„", "{":
		return roleOpen
	case "\"", "'", "’", "‘", "ʼ":
		if !t.Is(SpaceBefore) {
			return roleClose
		}
		role = roleClose
	default:
		return roleNone
	}
	if t.Is(Quote) && t.Is(SpaceBefore) && i+1 < len(toks) {
		if n := toks[i+1]; !n.Is(SpaceBefore) && n.Kind != Punct && n.Kind != Symbol {
			return roleOpen
		}
	}
	return role
}

// isCloser reports whether toks[i] closes a quotation or a bracket.
func isCloserRef(src string, toks []Token, i int) bool {
	return quoteRoleRef(src, toks, i) == roleClose
}

// startsSentence reports whether toks[i] may begin a new sentence after
// final punctuation: anything but a lower-case word or a punctuation that
// goes on with the sentence.
func startsSentenceRef(src string, toks []Token, i int) bool {
	t := toks[i]
	switch t.Kind {
	case Word:
		// A brand in camel case (iPhone, eBay) may start a sentence.
		return !t.Is(Lower) || !t.Is(Elided|Inverted) && hasUpperASCIIRef(t.Text(src))
	case Punct:
		switch t.Text(src) {
		case ",", ";", ":", ")", "]", ".", "-", "/":
			return false
		}
	}
	return true
}

func hasUpperASCIIRef(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpperASCII(s[i]) {
			return true
		}
	}
	return false
}

// checkSegmentRef checks that Segment and segmentRef give the same
// sentences and flags on toks.
func checkSegmentRef(t testing.TB, name, src string, toks []Token) {
	t.Helper()
	a, b := slices.Clone(toks), slices.Clone(toks)
	got, want := Segment(src, a), segmentRef(src, b)
	if !slices.Equal(got, want) {
		t.Errorf("%s: Segment gives %d sentences, segmentRef %d (%v / %v)", name, len(got), len(want), got, want)
		return
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("%s: token %d: Segment leaves %+v, segmentRef %+v", name, i, a[i], b[i])
			return
		}
	}
}

// TestSegmentRef checks Segment against segmentRef on the test inputs and
// every article of testdata, once on fresh tokens and once on tokens
// already segmented.
func TestSegmentRef(t *testing.T) {
	_, corpus := corpusTexts(t)
	texts := append(fuzzSeeds(), corpus...)
	for _, src := range texts {
		toks := Tokenize(src)
		checkSegmentRef(t, "fresh", src, toks)
		Segment(src, toks)
		checkSegmentRef(t, "segmented", src, toks)
		// Every flag flipped on every other token, and shifted spans.
		for i := range toks {
			if i%2 == 1 {
				toks[i].Flags ^= 0xFFFF
			}
			if i%3 == 0 {
				toks[i].Start++
			}
		}
		checkSegmentRef(t, "mangled", src, toks)
	}
}
