package token

import (
	"strings"
	"unicode/utf8"
)

// Segment splits the tokens of src, as returned by Tokenize, into sentences
// and sets the SentenceStart flag on the first token of each (and clears it
// on every other token). Every token belongs to exactly one sentence, and
// sentences are in order. Segment never panics, even on tokens that do not
// come from src.
//
// The rules are made for French news:
//   - A sentence ends at . ! ? … (or ?!, ...) when what follows does not go
//     on in lower case or with , ; : ) and the like. Closing quotes and
//     brackets stay with the sentence they close: « C’est fini. » Puis…
//   - A line break ends a sentence, so that titles, captions and bullet
//     lines without final punctuation stand alone, unless the text is
//     hard-wrapped: the line ends without final punctuation and the next one
//     goes on in lower case, or the line ends with a comma, an elided word
//     or a title (M., Dr.). A blank line always ends a sentence.
//   - Abbreviations and initials keep their dot inside their token (M., J.,
//     etc.). Titles, initials and abbreviations that announce what follows
//     (cf., p., ex., av. J.-C.) never end a sentence; others (etc., Inc.,
//     sept.) end one before a capitalized word.
//   - A number followed by a dot at the start of a line ("1. Premier
//     point") is a list marker, not a sentence end.
func Segment(src string, toks []Token) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	sents := make([]Sentence, 0, len(toks)/16+1)
	first := 0
	end := endNone // how the sentence so far ends, closing marks aside
	for i := 0; i < len(toks); i++ {
		// Skip the commonest tokens first, in a loop without calls: those
		// that end nothing (no punctuation, elision or abbreviation) and
		// are followed by a token on the same line. For them the code
		// below would set end to endNone and go on, and they have no
		// SentenceStart flag to clear. From a token that ends nothing,
		// find the next one that may end something or starts a line (or
		// has a SentenceStart to clear), toks[k].
		if t := &toks[i]; t.Kind != Punct && t.Flags&(Elided|Abbrev|SentenceStart) == 0 {
			k := i + 1
			for _, next := range toks[i+1:] {
				if next.Kind == Punct || next.Flags&(Elided|Abbrev|SentenceStart|LineStart) != 0 {
					break
				}
				k++
			}
			if k < len(toks) && toks[k].Flags&LineStart == 0 {
				// toks[i:k] are all skipped: the code below reads toks[k].
				i, end = k, endNone
			} else {
				// toks[k-1] ends the text or a line: the code below reads it.
				i = k - 1
			}
		}
		t := &toks[i]
		t.Flags &^= SentenceStart
		switch {
		case t.Kind == Punct:
			// A comma or a dot closes nothing (quoteRole), and ending
			// says what a comma does.
			switch oneByte(src, t.Span) {
			case ',':
				end = endComma
			case '.':
				end = ending(src, toks, i)
			default:
				if !isCloser(src, toks, i) {
					end = ending(src, toks, i)
				}
			}
		case t.Kind == Word && t.Flags&Elided != 0:
			end = endComma // as ending says
		case t.Flags&(Elided|Abbrev) != 0:
			end = ending(src, toks, i)
		default:
			end = endNone
		}
		if i+1 < len(toks) {
			if end != endFinal && end != endAbbrev && toks[i+1].Flags&LineStart == 0 {
				continue // a comma or a word inside a line: boundary is false
			}
			if !boundary(src, toks, i, end) {
				continue
			}
		}
		sents = append(sents, Sentence{Span: Span{toks[first].Start, toks[i].End}, First: first, Last: i + 1})
		toks[first].Flags |= SentenceStart
		first, end = i+1, endNone
	}
	return sents
}

// oneByte returns the text of s in src if it is one byte long, or 0.
func oneByte(src string, s Span) byte {
	if s.End == s.Start+1 && uint(s.Start) < uint(len(src)) {
		return src[s.Start]
	}
	return 0
}

// boundary reports whether a sentence ends after toks[i] (i+1 < len(toks)),
// end telling how the sentence ends, closing quotes and brackets aside.
func boundary(src string, toks []Token, i, end int) bool {
	next := toks[i+1]
	if next.Is(LineStart) {
		if lineBreaks(src, toks[i].End, next.Start) >= 2 {
			return true
		}
		return !continues(src, toks, i, end, next)
	}
	switch end {
	case endFinal:
		if isCloser(src, toks, i+1) {
			// Closing quotes and brackets stay with the sentence they end.
			return false
		}
		return startsSentence(src, toks, i+1)
	case endAbbrev:
		return !isCloser(src, toks, i+1) && next.Kind == Word && next.Is(Capitalized)
	}
	return false
}

// What the sentence ends with, for boundary.
const (
	endNone   = iota // no final punctuation
	endFinal         // . ! ? …
	endAbbrev        // an abbreviation that may end a sentence (etc.)
	endTitle         // a title or initial, that never ends one (M., J.)
	endComma         // , or an elided word, that announce more
)

// ending classifies toks[last], the last token of a sentence that is not a
// closing mark.
func ending(src string, toks []Token, last int) int {
	t := toks[last]
	if t.Kind != Punct && t.Flags&(Elided|Abbrev) == 0 {
		return endNone
	}
	text := t.Text(src)
	switch t.Kind {
	case Punct:
		if len(text) == 1 {
			switch text[0] {
			case '.':
				// A list marker: "1." at the start of a line.
				if last > 0 && !t.Is(SpaceBefore) {
					if p := toks[last-1]; p.Kind == Number && p.Is(LineStart) {
						return endNone
					}
				}
				return endFinal
			case '!', '?':
				return endFinal
			case ',':
				return endComma
			}
			return endNone
		}
		if text == "…" || len(text) > 1 && (text[0] == '.' || text[0] == '!' || text[0] == '?') {
			return endFinal // … ... ?! !!
		}
	case Word:
		if t.Is(Elided) {
			return endComma
		}
		if t.Is(Abbrev) && text != "" && text[len(text)-1] == '.' {
			if neverEnds(text) {
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
func neverEnds(text string) bool {
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
func continues(src string, toks []Token, i, end int, next Token) bool {
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
func lineBreaks(src string, a, b int) int {
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

// quote roles, for quoteRole.
const (
	roleNone = iota
	roleOpen
	roleClose
)

// quoteRole tells whether toks[i] opens or closes a quotation or bracket.
// The French marks have a direction, but scraped text often turns them
// round (d' »historique ») and the straight marks have none, so a mark
// with space before it and a word glued after it opens, and an ambiguous
// mark glued to what precedes it closes.
func quoteRole(src string, toks []Token, i int) int {
	t := toks[i]
	if t.Kind != Punct {
		return roleNone
	}
	text := t.Text(src)
	if text == "" || !quoteLead[text[0]] {
		return roleNone // most punctuation: . , : and the like
	}
	var role int
	switch text {
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

// quoteLead tells which bytes start the marks that quoteRole knows.
var quoteLead = func() (t [256]bool) {
	for _, m := range []string{"»", "”", ")", "]", "›", "}", "«", "“", "(", "[", "‹", "„", "{", "\"", "'", "’", "‘", "ʼ"} {
		t[m[0]] = true
	}
	return t
}()

// isCloser reports whether toks[i] closes a quotation or a bracket.
func isCloser(src string, toks []Token, i int) bool {
	return quoteRole(src, toks, i) == roleClose
}

// startsSentence reports whether toks[i] may begin a new sentence after
// final punctuation: anything but a lower-case word or a punctuation that
// goes on with the sentence.
func startsSentence(src string, toks []Token, i int) bool {
	t := toks[i]
	switch t.Kind {
	case Word:
		// A brand in camel case (iPhone, eBay) may start a sentence.
		return !t.Is(Lower) || !t.Is(Elided|Inverted) && hasUpperASCII(t.Text(src))
	case Punct:
		switch t.Text(src) {
		case ",", ";", ":", ")", "]", ".", "-", "/":
			return false
		}
	}
	return true
}

func hasUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if isUpperASCII(s[i]) {
			return true
		}
	}
	return false
}
