package amounts

import (
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// unit is what the finder walks over: a token, or a few tokens that make
// one word when a tokenizer left them apart (an elided article and its
// apostrophe, the parts of a hyphenated word).
type unit = token.Token

// loadUnits sets f.u from the tokens of f.src. When the tokens are well
// formed (in order, inside src, on rune boundaries) and need no merging,
// which is the case of token.Tokenize's, the finder reads them in place:
// it never writes to them. Otherwise it builds a merged copy in a pooled
// buffer, dropping what does not fit src, so that the finder sees words
// whichever way they were split.
func (f *finder) loadUnits(toks []token.Token) {
	f.segmented = len(toks) > 0 && toks[0].Is(token.SentenceStart)
	i := f.wellFormed(toks, 0)
	if i == len(toks) {
		f.u = toks
		return
	}
	// The runs of tokens that are well formed and need no merging are
	// copied at once (a tokenizer that left one « d’ » apart must not cost
	// a token-by-token copy of the whole text); the token after a run is
	// dropped or merged with the ones after it.
	u := append(f.ubuf[:0], toks[:i]...)
	prevEnd := 0
	if i > 0 {
		prevEnd = toks[i-1].End
	}
	for i < len(toks) {
		t, next, ok := f.merge(toks, i, prevEnd)
		if ok {
			u = append(u, t)
			prevEnd = t.End
		}
		i = next
		k := i + f.wellFormed(toks[i:], prevEnd)
		u = append(u, toks[i:k]...)
		if k > i {
			prevEnd = toks[k-1].End
		}
		i = k
	}
	f.u, f.ubuf = u, u
}

// merge returns the unit that starts at toks[i], after a unit that ends
// at prevEnd, with the index of the token after it; ok is false when
// toks[i] does not fit (outside src, off rune boundaries, or overlapping)
// and is dropped.
func (f *finder) merge(toks []token.Token, i, prevEnd int) (t unit, next int, ok bool) {
	t = toks[i]
	if !validSpan(f.src, t.Span) || t.Start < prevEnd {
		return t, i + 1, false
	}
	if t.Kind == token.Word && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Punct {
		// Elision split from its apostrophe: « l » « ’ ».
		if f.elisionAt(toks, i) {
			i++
			t.End = toks[i].End
			t.Flags |= token.Elided
		}
		// Hyphenated word split at its hyphens: « quatre » « - » « vingt ».
		for !t.Is(token.Elided) && f.hyphenAt(toks, i, t.End) {
			if toks[i+2].Kind == token.Number {
				t.Flags |= token.HasDigit
			}
			t.End = toks[i+2].End
			t.Flags |= token.Hyphenated
			i += 2
		}
	}
	return t, i + 1, true
}

// wellFormed returns the number of tokens at the start of toks, after a
// unit that ends at prevEnd, that can be read in place: in order, inside
// src, on rune boundaries, and with nothing to merge (len(toks) when all
// can).
func (f *finder) wellFormed(toks []token.Token, prevEnd int) int {
	src := f.src
	for i := range toks {
		t := &toks[i]
		if t.Start < prevEnd || !validSpan(src, t.Span) {
			return i
		}
		prevEnd = t.End
		if t.Kind == token.Word && i+1 < len(toks) && toks[i+1].Start == t.End && toks[i+1].Kind == token.Punct &&
			t.End < len(src) && mayJoin(src[t.End]) && (f.elisionAt(toks, i) || f.hyphenAt(toks, i, t.End)) {
			return i
		}
	}
	return len(toks)
}

// mayJoin reports whether a token that starts with the byte c may be an
// apostrophe or a hyphen, which elisionAt and hyphenAt look for after a
// word: c is ', `, - or the first byte of the others (U+2019, U+2018,
// U+2032, U+2010 and U+2011 start with 0xE2, U+02BC with 0xCA, U+00B4
// with 0xC2). Most words are followed by a comma or a dot, which this
// dismisses at once. TestMayJoin checks it against normalize.
func mayJoin(c byte) bool {
	switch c {
	case '\'', '`', '-', 0xE2, 0xCA, 0xC2:
		return true
	}
	return false
}

// elisionAt reports whether the word toks[i] and the apostrophe after it
// are an elided word split in two.
func (f *finder) elisionAt(toks []token.Token, i int) bool {
	t := toks[i]
	return !t.Is(token.Elided) && i+1 < len(toks) && toks[i+1].Start == t.End &&
		toks[i+1].Kind == token.Punct && isApostropheText(toks[i+1].Text(f.src)) &&
		isElision(f.src[t.Start:t.End])
}

// hyphenAt reports whether a hyphen glued at end joins toks[i] (a word
// ending at end) to a word or number glued after it.
func (f *finder) hyphenAt(toks []token.Token, i, end int) bool {
	return i+2 < len(toks) && toks[i+1].Start == end &&
		toks[i+1].Kind == token.Punct && isHyphenText(toks[i+1].Text(f.src)) &&
		toks[i+2].Start == toks[i+1].End &&
		(toks[i+2].Kind == token.Word || toks[i+2].Kind == token.Number) && !toks[i+2].Is(token.Elided)
}

// sentenceOf returns the first unit of the sentence of unit i. Calls must
// come with indices that never decrease: it looks back from i only as far
// as the unit of the previous call, whose sentence it remembers. A
// sentence starts at a unit flagged SentenceStart when the tokens were
// segmented, else at a line start or after final punctuation.
func (f *finder) sentenceOf(i int) int {
	if i > f.sentUnit {
		for j := i; j > f.sentUnit; j-- {
			if f.startsSentence(j) {
				f.sentStart = j
				break
			}
		}
		f.sentUnit = i
	}
	return f.sentStart
}

// startsSentence reports whether unit j, after unit j-1, starts a sentence
// (see sentenceOf).
func (f *finder) startsSentence(j int) bool {
	t := &f.u[j]
	switch {
	case f.segmented:
		return t.Is(token.SentenceStart)
	case t.Is(token.LineStart):
		return true
	}
	p := &f.u[j-1]
	return p.Kind == token.Punct && isTerminalText(f.src[p.Start:p.End]) && !(t.Kind == token.Word && t.Is(token.Lower))
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

// memo is what the finder has computed of a unit, on first need: the
// rules ask for the same unit's key and entry many times (a currency name
// is compared with each of its adjectives, a word after a number with
// each kind of suffix). The finder keeps the memos of the last units it
// looked at, by unit index modulo memoSize: the rules look at most a few
// dozen units away from where they are, and the memory stays constant
// whatever the length of the text.
type memo struct {
	unit int      // index of the unit it holds
	gen  uint32   // the finder's gen when it was filled: an older one holds nothing
	ent  int32    // entry index+1; -1 when the lexicon does not know the unit; 0 when not looked up
	klen uint8    // key length+1; 0 when not folded yet or longer than the array
	key  [23]byte // the key (a memo is 40 bytes)
}

// memoSize is the number of memos: a power of two.
const memoSize = 256

// memoOf returns the memo of unit i, emptied when it held another unit.
func (f *finder) memoOf(i int) *memo {
	m := &f.memo[i&(memoSize-1)]
	if m.unit != i || m.gen != f.gen {
		*m = memo{unit: i, gen: f.gen}
	}
	return m
}

// key returns the folded text of unit i, valid until the next call of key
// or entry. The caller must not modify it.
func (f *finder) key(i int) []byte {
	m := f.memoOf(i)
	if n := int(m.klen) - 1; n >= 0 {
		return m.key[:n:n]
	}
	t := f.text(i)
	if len(t) < len(m.key) && isKey(t) {
		m.klen = uint8(copy(m.key[:], t) + 1)
		return m.key[:len(t):len(t)]
	}
	f.scratch = f.lx.fold(f.scratch[:0], t)
	if len(f.scratch) < len(m.key) {
		m.klen = uint8(copy(m.key[:], f.scratch) + 1)
	}
	return f.scratch
}

// isKey reports whether s is its own key without a call to fold: ASCII
// without capitals, ` or white space, the bytes that folding changes or
// drops. TestIsKey checks it against normalize.
func isKey(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || c == '`' || c <= ' ' && asciiSpace>>c&1 != 0 {
			return false
		}
	}
	return true
}

// asciiSpace has bit c set for the ASCII white space bytes c.
const asciiSpace = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<'\v' | 1<<'\f'

// entry returns the lexicon entry of unit i (the zero entry when the
// lexicon does not know it).
func (f *finder) entry(i int) entry {
	if i < 0 || i >= len(f.u) || f.u[i].Kind != token.Word {
		return entry{}
	}
	m := f.memoOf(i)
	if m.ent == 0 {
		var idx int32
		var ok bool
		if s := f.text(i); isFolded(s) {
			idx, ok = f.lx.words[s]
		} else {
			idx, ok = f.lx.words[string(f.key(i))]
		}
		m.ent = -1
		if ok {
			m.ent = idx + 1
		}
	}
	if m.ent < 0 {
		return entry{}
	}
	return f.lx.entries[m.ent-1]
}

// is reports whether unit i is a word whose folded text is w.
func (f *finder) is(i int, w string) bool {
	if i < 0 || i >= len(f.u) || f.u[i].Kind != token.Word {
		return false
	}
	s := f.text(i)
	if len(s) < len(w) || len(s) > 2*len(w)+4 || len(w) == 0 {
		return false
	}
	// The first byte, when ASCII, folds to itself or its lower case
	// (` to '): most words fail here, without folding.
	if c := s[0]; c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		} else if c == '`' {
			c = '\''
		}
		if c != w[0] {
			return false
		}
	}
	if isFolded(s) {
		return s == w
	}
	return string(f.key(i)) == w
}

// isDe reports whether unit i is « de » or « d' »: is(i, "de") || is(i,
// "d'"), with one test of the length and first byte for both.
func (f *finder) isDe(i int) bool {
	if i < 0 || i >= len(f.u) || f.u[i].Kind != token.Word {
		return false
	}
	s := f.text(i)
	if len(s) < 2 || len(s) > 2*2+4 {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf && c|0x20 != 'd' {
		return false
	}
	if isFolded(s) {
		return s == "de" || s == "d'"
	}
	k := f.key(i)
	return string(k) == "de" || string(k) == "d'"
}

// gap reports whether units i-1 and i are separated by horizontal white
// space only (or nothing), so that they may belong to one expression.
func (f *finder) gap(i int) bool {
	if i <= 0 || i >= len(f.u) {
		return false
	}
	a, b := f.u[i-1].End, f.u[i].Start
	switch b - a {
	case 0:
		return true
	case 1:
		c := f.src[a]
		return c == ' ' || c == '\t' || c == '\v' || c == '\f' // as below
	}
	s := f.src[a:b]
	if len(s) > 16 {
		return false
	}
	for j := 0; j < len(s); {
		if c := s[j]; c < utf8.RuneSelf {
			// The ASCII spaces of normalize.IsSpace but \n and \r.
			if c != ' ' && c != '\t' && c != '\v' && c != '\f' {
				return false
			}
			j++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if r == '\u2028' || r == '\u2029' || !normalize.IsSpace(r) {
			return false
		}
		j += n
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
	if u.Kind != token.Word && u.Kind != token.Symbol {
		return symbol{}, false
	}
	if u.End-u.Start > 8 {
		return symbol{}, false
	}
	s, ok := f.lx.symbols[f.src[u.Start:u.End]]
	return s, ok
}
