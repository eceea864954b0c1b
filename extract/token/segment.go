package token

import "strings"

// Segment splits the tokens of src, as returned by Tokenize, into sentences
// and sets the SentenceStart flag on the first token of each. Every token
// belongs to exactly one sentence; sentences are in order.
//
// The rules are made for French news: a sentence ends at . ! ? or … when
// what follows does not start in lower case (closing quotes and brackets
// stay with the sentence they close); a line break ends a sentence unless
// the next line goes on in lower case after a line without final
// punctuation, so that titles, captions and bullet lines stand alone; a
// blank line always ends one. Abbreviations and initials (M., Dr., J.) keep
// their dot inside their token and never end a sentence, except « etc. »
// and company suffixes (Inc.) before a capital.
func Segment(src string, toks []Token) []Sentence {
	if len(toks) == 0 {
		return nil
	}
	sents := make([]Sentence, 0, len(toks)/16+1)
	first := 0
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) && !boundary(src, toks, i) {
			continue
		}
		sents = append(sents, Sentence{Span: Span{toks[first].Start, toks[i].End}, First: first, Last: i + 1})
		toks[first].Flags |= SentenceStart
		first = i + 1
	}
	return sents
}

// boundary reports whether a sentence ends after toks[i] (i+1 < len(toks)).
func boundary(src string, toks []Token, i int) bool {
	t, next := toks[i], toks[i+1]
	if next.Is(LineStart) {
		if strings.Count(src[t.End:next.Start], "\n") >= 2 {
			return true
		}
		if !terminal(src, toks, i) && next.Is(Lower) && next.Kind == Word {
			return false // a hard-wrapped line goes on
		}
		return true
	}
	if !terminal(src, toks, i) {
		return false
	}
	// Closing quotes and brackets stay with the sentence they end.
	if closer(src, next) {
		return false
	}
	return startsSentence(src, next)
}

// terminal reports whether toks[i] can end a sentence: final punctuation,
// possibly followed by closing quotes or brackets, or « etc. ».
func terminal(src string, toks []Token, i int) bool {
	j := i
	for j >= 0 && closer(src, toks[j]) {
		j--
	}
	if j < 0 {
		return false
	}
	t := toks[j]
	text := t.Text(src)
	switch t.Kind {
	case Punct:
		switch text {
		case ".", "…", "!", "?":
			return true
		}
		return strings.HasPrefix(text, "..") || strings.Trim(text, "!?") == ""
	case Word:
		if t.Is(Abbrev) {
			switch text {
			case "etc.", "Inc.", "Ltd.", "Corp.", "Cie.", "Co.":
				return true
			}
		}
	}
	return false
}

// closer reports whether t closes a quotation or a bracket.
func closer(src string, t Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch t.Text(src) {
	case "»", "”", ")", "]", "›", "\"", "'", "’":
		return true
	}
	return false
}

// startsSentence reports whether t may begin a new sentence after final
// punctuation: anything but a lower-case word or a continuing punctuation.
func startsSentence(src string, t Token) bool {
	switch t.Kind {
	case Word:
		return !t.Is(Lower)
	case Punct:
		switch t.Text(src) {
		case ",", ";", ":", ")", "]", ".", "-":
			return false
		}
	}
	return true
}
