package amounts

import (
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// unit is what the finder walks over: a token, or a few tokens that make
// one word (an elided article and its apostrophe, the parts of a hyphenated
// word), with the index of its sentence and its lexicon entry.
type unit struct {
	token.Span
	kind  token.Kind
	flags token.Flags
	sent  int32
	lx    int32 // lexicon entry index+1; 0 not looked up yet; -1 none
}

func (u *unit) is(f token.Flags) bool { return u.flags&f == f }

// loadUnits fills f.u from the tokens of f.src. It merges what a tokenizer
// may have left apart (« l » + « ’ », « quatre » + « - » + « vingt »), so
// that the finder sees words whichever way they were split, and numbers
// the sentences: a new one starts at a token flagged SentenceStart when
// the tokens were segmented, else at a line start or after final
// punctuation.
func (f *finder) loadUnits(toks []token.Token) {
	src := f.src
	if cap(f.u) < len(toks) {
		f.u = make([]unit, 0, len(toks))
	}
	segmented := len(toks) > 0 && toks[0].Is(token.SentenceStart)
	var sent int32
	terminal := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !validSpan(src, t.Span) {
			continue
		}
		if len(f.u) > 0 {
			switch {
			case segmented:
				if t.Is(token.SentenceStart) {
					sent++
				}
			case t.Is(token.LineStart) || terminal && !(t.Kind == token.Word && t.Is(token.Lower)):
				sent++
			}
		}
		u := unit{Span: t.Span, kind: t.Kind, flags: t.Flags, sent: sent}
		if t.Kind == token.Word {
			// Elision split from its apostrophe: « l » « ’ ».
			if !t.Is(token.Elided) && i+1 < len(toks) && toks[i+1].Start == t.End &&
				toks[i+1].Kind == token.Punct && isApostropheText(toks[i+1].Text(src)) &&
				isElision(src[t.Start:t.End]) {
				i++
				u.End = toks[i].End
				u.flags |= token.Elided
			}
			// Hyphenated word split at its hyphens: « quatre » « - » « vingt ».
			for !u.is(token.Elided) && i+2 < len(toks) && toks[i+1].Start == u.End &&
				toks[i+1].Kind == token.Punct && isHyphenText(toks[i+1].Text(src)) &&
				toks[i+2].Start == toks[i+1].End &&
				(toks[i+2].Kind == token.Word || toks[i+2].Kind == token.Number) && !toks[i+2].Is(token.Elided) {
				if toks[i+2].Kind == token.Number {
					u.flags |= token.HasDigit
				}
				u.End = toks[i+2].End
				u.flags |= token.Hyphenated
				i += 2
			}
		}
		terminal = t.Kind == token.Punct && isTerminalText(src[t.Start:t.End])
		f.u = append(f.u, u)
	}
}

func validSpan(src string, s token.Span) bool {
	return 0 <= s.Start && s.Start < s.End && s.End <= len(src) &&
		(s.End == len(src) || !isContinuation(src[s.End])) && !isContinuation(src[s.Start])
}

func isContinuation(c byte) bool { return c&0xC0 == 0x80 }

func isApostropheText(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && normalize.IsApostrophe(r)
}

func isHyphenText(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && normalize.IsHyphen(r)
}

func isTerminalText(s string) bool {
	switch s {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// isElision reports whether w (before an apostrophe) is an elided French
// word.
func isElision(w string) bool {
	if len(w) > 7 {
		return false
	}
	var b [7]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu":
		return true
	}
	return false
}

// text returns the text of unit i.
func (f *finder) text(i int) string { return f.src[f.u[i].Start:f.u[i].End] }

// key returns the folded text of unit i, in a scratch buffer valid until
// the next call.
func (f *finder) key(i int) []byte {
	f.scratch = fold(f.scratch[:0], f.text(i))
	return f.scratch
}

// entry returns the lexicon entry of unit i (the zero entry when the
// lexicon does not know it).
func (f *finder) entry(i int) entry {
	if i < 0 || i >= len(f.u) {
		return entry{}
	}
	u := &f.u[i]
	if u.lx == 0 {
		u.lx = -1
		if u.kind == token.Word {
			s := f.src[u.Start:u.End]
			var idx int32
			var ok bool
			if isFolded(s) {
				idx, ok = f.lx.words[s]
			} else {
				f.scratch = fold(f.scratch[:0], s)
				idx, ok = f.lx.words[string(f.scratch)]
			}
			if ok {
				u.lx = idx + 1
			}
		}
	}
	if u.lx > 0 {
		return f.lx.entries[u.lx-1]
	}
	return entry{}
}

// is reports whether unit i is a word whose folded text is w.
func (f *finder) is(i int, w string) bool {
	if i < 0 || i >= len(f.u) || f.u[i].kind != token.Word {
		return false
	}
	s := f.text(i)
	if len(s) < len(w) || len(s) > 2*len(w)+4 {
		return false
	}
	if isFolded(s) {
		return s == w
	}
	return string(f.key(i)) == w
}

// gap reports whether units i-1 and i are separated by horizontal white
// space only (or nothing), so that they may belong to one expression.
func (f *finder) gap(i int) bool {
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

// glued reports whether unit i starts right where unit i-1 ends.
func (f *finder) glued(i int) bool {
	return i > 0 && i < len(f.u) && f.u[i-1].End == f.u[i].Start
}

// next reports whether unit i exists and follows unit i-1 within an
// expression (glued or after spaces on the same line).
func (f *finder) next(i int) bool {
	return i > 0 && i < len(f.u) && f.gap(i)
}

// symbolAt returns the lexicon's symbol for unit i, matched as written.
func (f *finder) symbolAt(i int) (symbol, bool) {
	if i < 0 || i >= len(f.u) {
		return symbol{}, false
	}
	u := f.u[i]
	if u.kind != token.Word && u.kind != token.Symbol {
		return symbol{}, false
	}
	if u.End-u.Start > 8 {
		return symbol{}, false
	}
	s, ok := f.lx.symbols[f.src[u.Start:u.End]]
	return s, ok
}
