package token

import (
	"math/bits"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/normalize"
)

// Byte classes for the scanner. Every byte of the input has one; bytes of
// multi-byte UTF-8 sequences are all bHigh and are decoded on demand.
const (
	bSymbol  uint8 = iota // any other visible ASCII character: $ % & + * = ...
	bSpace                // space, tab, NUL and other control characters
	bNewline              // \n \r \v \f
	bLower                // a-z
	bUpper                // A-Z
	bDigit                // 0-9
	bPunct                // . , ; : ! ? ( ) [ ] { } / \ - " '
	bHigh                 // a byte of a multi-byte (or invalid) UTF-8 sequence
)

var byteClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bHigh
		case c == '\n' || c == '\r' || c == '\v' || c == '\f':
			t[c] = bNewline
		case c <= ' ' || c == 0x7f:
			t[c] = bSpace
		case 'a' <= c && c <= 'z':
			t[c] = bLower
		case 'A' <= c && c <= 'Z':
			t[c] = bUpper
		case '0' <= c && c <= '9':
			t[c] = bDigit
		default:
			switch c {
			case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '/', '\\', '-', '"', '\'':
				t[c] = bPunct
			default:
				t[c] = bSymbol
			}
		}
	}
	return t
}()

// Tokenize splits src into French tokens. Every token's span is a range of
// byte offsets into src; tokens are in order and never overlap. White space,
// control characters and invalid UTF-8 bytes separate tokens and are never
// part of one (the only white space inside a token is the group separator
// of a Number such as "18 000"). Tokenize never fails: any input, including
// invalid UTF-8, gives a valid (possibly empty) result.
//
// Tokenize sets every flag except SentenceStart, which Segment sets. It
// allocates once, for the result, which has no spare capacity unless the
// text is larger than about 256 KB.
func Tokenize(src string) []Token {
	// Scan into a pooled buffer sized for the worst case, then copy the
	// tokens out into a result of their exact size: on news text about a
	// third less memory than a result sized for the worst case, and
	// make+copy does not zero what it copies over.
	n := len(src)/4 + 4
	if n > maxScratch {
		return Append(make([]Token, 0, n), src) // a huge text: one allocation
	}
	p := scratch.Get().(*[]Token)
	buf := *p
	if cap(buf) < n {
		buf = make([]Token, 0, n)
	}
	buf = Append(buf[:0], src)
	toks := make([]Token, len(buf))
	copy(toks, buf)
	if cap(buf) <= maxScratch {
		*p = buf
		scratch.Put(p)
	}
	return toks
}

// scratch holds the token buffers that Tokenize scans into.
var scratch = sync.Pool{New: func() any { return new([]Token) }}

// maxScratch is the capacity of the largest buffer that Tokenize keeps in
// scratch (for a text of about 256 KB), so that one huge text does not pin
// its buffer in memory. A larger text is scanned into its result directly.
const maxScratch = 1 << 16

// Append tokenizes src like Tokenize and appends the tokens to dst. It lets
// a caller reuse one token buffer across documents: when dst has room for
// the tokens, Append does not allocate.
func Append(dst []Token, src string) []Token {
	s := scanner{src: src, dst: dst, pend: SpaceBefore | LineStart}
	s.run()
	return s.dst
}

// scanner holds the state of one Tokenize call.
type scanner struct {
	src  string
	dst  []Token
	pend Flags // SpaceBefore and LineStart for the next token

	// noEmail is the end of the last run of e-mail local-part characters
	// that was found not to be followed by '@': no word that starts inside
	// it is an e-mail address. It keeps "a.a.a.a…" linear.
	noEmail int
}

func (s *scanner) emit(start, end int, k Kind, f Flags) {
	f |= s.pend
	s.pend = 0
	s.dst = append(s.dst, Token{Span: Span{start, end}, Kind: k, Flags: f})
}

// run scans the whole input. It reads the commonest tokens itself, in a
// loop without calls, since Go keeps no register across a call: spaces,
// and plain words, made of ASCII and Latin-1 letters, that start with an
// ASCII letter (wordStart) and end before a space, a comma (endsWord), a
// final dot, or the apostrophe of an elision. It hands everything else, and
// any word it is not sure of, to token. The fast path gives the same tokens
// as token: TestFastPath checks this.
func (s *scanner) run() {
	src := s.src
	for i := 0; i < len(src); {
		c := src[i]
		if c == ' ' {
			s.pend |= SpaceBefore
			i++
			continue
		}
		if f := wordStart[c]; f != 0 {
			// The letters, eight at a time, and Latin-1 letters; then the
			// end of the token, if word would end it there. Near the end
			// of src (less than eight bytes left), token reads the word.
			j, end := i+1, -1
			for j+8 <= len(src) {
				other := nonLetters8(load64(src, j))
				if other == 0 {
					j += 8
					continue
				}
				j += bits.TrailingZeros64(other) >> 3
				b := src[j]
				if b == 0xC3 && j+1 < len(src) && isLatin1Letter(src[j+1]) {
					j += 2
					continue
				}
				switch {
				case endsWord[b]:
					end = j
				case b == '.':
					// The end of a sentence, as word sees it: two letters
					// or more (the first is one byte), no e-mail address
					// going on, no abbreviation (isAbbrev knows none of
					// more than six bytes).
					if j-i >= 2 && (j+1 == len(src) || !isLocalByte(src[j+1])) && (j-i > 6 || !isAbbrev(src[i:j])) {
						end = j
					}
				case b == '\'' || b == 0xE2:
					if e := elisionEnd(src, i, j); e > j {
						end, f = e, f|Elided
					}
				}
				break
			}
			if end > 0 && len(s.dst) < cap(s.dst) {
				if f&Capitalized != 0 {
					// AllCaps: two letters or more, none in lower case
					// (most words show one in second place).
					if j-i >= 2 && byteClass[src[i+1]] != bLower && !hasLowerLetter(src[i+1:j]) {
						f |= AllCaps
					}
					if f&Elided == 0 && j-i <= 5 && isAbbrevWord(src[i:j]) {
						f |= Abbrev
					}
				}
				// Not append, whose growslice is a call: token grows dst.
				s.dst = s.dst[:len(s.dst)+1]
				s.dst[len(s.dst)-1] = Token{Span: Span{i, end}, Kind: Word, Flags: f | s.pend}
				s.pend = 0
				i = end
				if i < len(src) && src[i] == ' ' {
					s.pend = SpaceBefore
					i++
				}
				continue
			}
		}
		i = s.token(i)
	}
}

// elisionEnd returns the offset after the apostrophe (' or ’) at src[apos]
// if it ends the elided word src[start:apos] of letters, as word decides,
// or apos.
func elisionEnd(src string, start, apos int) int {
	next := apos + 1
	if src[apos] != '\'' {
		if !hasPrefix(src[apos:], "’") {
			return apos
		}
		next = apos + 3
	}
	if isElision(src[start:apos]) && elisionEnds(src, start, apos, next) {
		return next
	}
	return apos
}

// wordStart gives the first flag (Capitalized or Lower) of a word that
// starts with the ASCII letter c, for the fast path of run, or 0 for any
// other byte, and for h and w, whose words may be URLs (http://, www.).
var wordStart = func() (t [256]Flags) {
	for c := 'a'; c <= 'z'; c++ {
		if c != 'h' && c != 'w' {
			t[c], t[c-'a'+'A'] = Lower, Capitalized
		}
	}
	return t
}()

// token scans the token or the separator that starts at src[i] and returns
// the offset after it.
func (s *scanner) token(i int) int {
	c := s.src[i]
	switch byteClass[c] {
	case bSpace:
		s.pend |= SpaceBefore
	case bNewline:
		s.pend = SpaceBefore | LineStart
	case bLower, bUpper:
		return s.word(i)
	case bDigit:
		return s.number(i)
	case bPunct:
		switch c {
		case '.', '?', '!':
			return s.punct(i, rune(c), 1)
		case '"', '\'':
			s.emit(i, i+1, Punct, Quote)
		default:
			s.emit(i, i+1, Punct, 0)
		}
	case bSymbol:
		return s.symbol(i, rune(c), 1)
	default:
		return s.high(i)
	}
	return i + 1
}

// high scans the token (or the separator) that starts with a non-ASCII
// rune at i and returns the offset after it.
func (s *scanner) high(i int) int {
	src := s.src
	if src[i] == 0xC3 && i+1 < len(src) {
		if b := src[i+1]; b >= 0x80 && b <= 0xBF && b != 0x97 && b != 0xB7 {
			return s.word(i) // a Latin-1 letter
		}
	}
	r, n := utf8.DecodeRuneInString(src[i:])
	// The common non-letters of French text first, without tables.
	switch r {
	case '\u00A0', '\u202F', '\u2009':
		s.pend |= SpaceBefore
		return i + n
	case '«', '»', '’', '“', '”', '…', '–', '—', '•':
		return s.punct(i, r, n)
	}
	switch {
	case r == utf8.RuneError && n == 1:
		// An invalid byte separates tokens like a space and is never part
		// of one, so that every token is valid UTF-8.
		s.pend |= SpaceBefore
	case isLetter(r):
		return s.wordSlow(i)
	case r == '\u2028' || r == '\u2029' || r == '\u0085':
		s.pend = SpaceBefore | LineStart
	case normalize.IsSpace(r):
		s.pend |= SpaceBefore
	case isMark(r) || normalize.IsWordJoiner(r):
		// A combining mark or joiner with no letter before it: drop it, so
		// that no token starts with one.
	case normalize.IsApostrophe(r) || normalize.IsQuote(r) || normalize.IsDash(r):
		return s.punct(i, r, n)
	case unicode.IsDigit(r):
		end := i + n
		for end < len(src) {
			r, n := utf8.DecodeRuneInString(src[end:])
			if !unicode.IsDigit(r) {
				break
			}
			end += n
		}
		s.emit(i, end, Number, HasDigit)
		return end
	case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs):
		s.pend |= SpaceBefore
	case unicode.IsPunct(r):
		return s.punct(i, r, n)
	default:
		return s.symbol(i, r, n)
	}
	return i + n
}

// punct emits the punctuation at src[i:] (first rune r of n bytes) and
// returns the offset after it. An ellipsis written with dots ("...") and a
// run of ? and ! ("?!") are single tokens.
func (s *scanner) punct(i int, r rune, n int) int {
	src := s.src
	var f Flags
	switch {
	case r == '.':
		if j := i + 1; j+1 < len(src) && src[j] == '.' && src[j+1] == '.' {
			end := j + 2
			for end < len(src) && src[end] == '.' {
				end++
			}
			s.emit(i, end, Punct, 0)
			return end
		}
	case r == '?' || r == '!':
		end := i + 1
		for end < len(src) && (src[end] == '?' || src[end] == '!') {
			end++
		}
		s.emit(i, end, Punct, 0)
		return end
	case normalize.IsQuote(r) || normalize.IsApostrophe(r):
		f = Quote
	}
	s.emit(i, i+n, Punct, f)
	return i + n
}

// symbol emits a symbol, or a handle or hashtag that starts with one, and
// returns the offset after it.
func (s *scanner) symbol(i int, r rune, n int) int {
	src := s.src
	switch r {
	case '@':
		if end := scanName(src, i+1); end > i+1 {
			s.emit(i, end, Handle, 0)
			return end
		}
	case '#':
		if end := scanName(src, i+1); end > i+1 && !isDigitString(src[i+1:end]) {
			s.emit(i, end, Hashtag, 0)
			return end
		}
	}
	s.emit(i, i+n, Symbol, 0)
	return i + n
}

func isDigitString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// scanName returns the end of a run of letters, digits, marks and
// underscores starting at i (i itself if there is none).
func scanName(src string, i int) int {
	for i < len(src) {
		c := src[i]
		switch byteClass[c] {
		case bLower, bUpper, bDigit:
			i++
			continue
		case bHigh:
			r, n := utf8.DecodeRuneInString(src[i:])
			if !isLetter(r) && !isMark(r) && !unicode.IsDigit(r) {
				return i
			}
			i += n
			continue
		}
		if c != '_' {
			return i
		}
		i++
	}
	return i
}

// number scans a number that starts with an ASCII digit at i, then the
// unit glued to it, if any (1GW, 10Md, 14h30, 1er).
func (s *scanner) number(i int) int {
	src := s.src
	start := i
	i = digits(src, i)
	if i < len(src) && (byteClass[src[i]] == bLower || byteClass[src[i]] == bUpper || src[i] == '-') {
		// A domain that starts with digits: 01net.com, 20minutes.fr.
		j := i
		for j < len(src) && (isAlnumASCII(src[j]) || src[j] == '-') {
			j++
		}
		if j < len(src) && src[j] == '.' {
			if end := scanDomain(src, start, j); end > j {
				s.emit(start, end, URL, 0)
				return end
			}
		}
	}
	group := i - start // length of the current digit group
	spaced := false    // groups so far were separated by spaces
	for i < len(src) {
		c := src[i]
		// Decimal comma or dot, or dot as a thousands separator: 1,4 · 5.750
		if (c == ',' || c == '.') && i+1 < len(src) && isDigit(src[i+1]) {
			if spaced && c == '.' {
				break
			}
			j := digits(src, i+1)
			group, i = j-i-1, j
			if c == ',' {
				// After a decimal comma only more decimals could follow.
				break
			}
			continue
		}
		// Thousands by apostrophe (1'000) or by a space (18 000, 18 000):
		// a group of exactly three digits after a group of at most three,
		// so that neither "2024 300" nor "01 23 45" joins.
		if group <= 3 && group > 0 {
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(src[i:])
			}
			gs := normalize.IsGroupSpace(r)
			if (gs || r == '\'' || r == '\u2019') && i+n+3 <= len(src) &&
				isDigit(src[i+n]) && isDigit(src[i+n+1]) && isDigit(src[i+n+2]) &&
				(i+n+3 == len(src) || !isDigit(src[i+n+3])) {
				spaced = spaced || gs
				i += n + 3
				group = 3
				continue
			}
		}
		break
	}
	s.emit(start, i, Number, HasDigit)
	if i < len(src) {
		if c := byteClass[src[i]]; c == bLower || c == bUpper {
			return s.unit(i)
		} else if c == bHigh {
			if r, _ := utf8.DecodeRuneInString(src[i:]); isLetter(r) {
				return s.unit(i)
			}
		}
	}
	return i
}

// unit scans the letters of a unit glued to a number (GW in 1GW, Md in
// 10Md€, h in 14h30) and returns the offset after them. A unit stops at
// the first character that is not a letter or a mark.
func (s *scanner) unit(i int) int {
	src := s.src
	start := i
	var w wordShape
	for i < len(src) {
		c := src[i]
		switch byteClass[c] {
		case bLower:
			w.lower(1)
			i++
			continue
		case bUpper:
			w.upperASCII()
			i++
			continue
		case bHigh:
			r, n := utf8.DecodeRuneInString(src[i:])
			if isLetter(r) || isMark(r) || normalize.IsWordJoiner(r) {
				w.add(r)
				i += n
				continue
			}
		}
		break
	}
	s.emit(start, i, Word, w.flags())
	return i
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func digits(src string, i int) int {
	for i < len(src) && isDigit(src[i]) {
		i++
	}
	return i
}

// wordShape accumulates the flags of a word as it is scanned.
type wordShape struct {
	letters, upper int
	first          int8 // 0 no letter yet, 1 upper, -1 lower
	digit, hyphen  bool
}

func (w *wordShape) lower(n int) {
	w.letters += n
	if w.first == 0 {
		w.first = -1
	}
}

func (w *wordShape) upperASCII() {
	w.letters++
	w.upper++
	if w.first == 0 {
		w.first = 1
	}
}

// add adds the non-ASCII rune r, a letter, mark, digit or joiner.
func (w *wordShape) add(r rune) {
	switch {
	case unicode.IsLetter(r):
		up := unicode.IsUpper(r) || unicode.IsTitle(r)
		if up {
			w.upperASCII()
		} else {
			w.lower(1)
		}
	case unicode.IsDigit(r):
		w.digit = true
	}
}

// addString adds every rune of s (used on the parts of a split word).
func (w *wordShape) addString(s string) {
	for i := 0; i < len(s); {
		c := s[i]
		switch byteClass[c] {
		case bLower:
			w.lower(1)
		case bUpper:
			w.upperASCII()
		case bDigit:
			w.digit = true
		case bHigh:
			r, n := utf8.DecodeRuneInString(s[i:])
			if normalize.IsHyphen(r) {
				w.hyphen = true
			} else {
				w.add(r)
			}
			i += n
			continue
		default:
			if c == '-' {
				w.hyphen = true
			}
		}
		i++
	}
}

func (w wordShape) flags() Flags {
	var f Flags
	switch w.first {
	case 1:
		f |= Capitalized
	case -1:
		f |= Lower
	}
	if w.letters >= 2 && w.upper == w.letters {
		f |= AllCaps
	}
	if w.digit {
		f |= HasDigit
	}
	if w.hyphen {
		f |= Hyphenated
	}
	return f
}

// mayJoin tells which bytes may start something that continues a word
// (a hyphen, an apostrophe, a dot, &, _, +, @, °...): the word scanner
// looks no further at the others, such as spaces and commas.
var mayJoin = func() (t [256]bool) {
	for _, c := range []byte("-'.@&_+") {
		t[c] = true
	}
	// Lead bytes of ’ ‘ ‐ ‑ (E2), ʼ (CA), ° º · ´ (C2).
	t[0xE2], t[0xCA], t[0xC2] = true, true, true
	return t
}()

// joinsAt reports whether the character at src[i] may continue a word
// (a letter, mark or joiner that word does not handle, a hyphen, an
// apostrophe, a dot, &, _, +, @, °...), so that the word needs wordSlow.
// It is false for the spaces, quotes and dashes that end most words.
func joinsAt(src string, i int) bool {
	c := src[i]
	if c < utf8.RuneSelf {
		return mayJoin[c]
	}
	r, _ := utf8.DecodeRuneInString(src[i:])
	return isApostrophe(r) || normalize.IsHyphen(r) || r == '\u00B7' || r == '°' || isWordRune(r)
}

// endsWord tells which bytes end a word that stops before them, whatever
// the word: the ASCII characters that are neither letters nor digits
// nor in mayJoin.
var endsWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch byteClass[c] {
		case bLower, bUpper, bDigit:
		default:
			t[c] = !mayJoin[c]
		}
	}
	return t
}()

// isLatin1Letter reports whether C3 b is a Latin-1 letter: À-ÿ but × and ÷.
func isLatin1Letter(b byte) bool {
	return b >= 0x80 && b <= 0xBF && b != 0x97 && b != 0xB7
}

// hasLowerLetter reports whether w, ASCII and Latin-1 letters, has a
// lower-case one: a-z or C3 9F-BF (ß-ÿ).
func hasLowerLetter(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; byteClass[c] == bLower || c >= 0x9F && c <= 0xBF && i > 0 && w[i-1] == 0xC3 {
			return true
		}
	}
	return false
}

// load64 returns the eight bytes of src from i as a little-endian
// number (the compiler makes it one load).
func load64(src string, i int) uint64 {
	b := src[i : i+8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// nonLetters8 returns the high bit of each of the eight bytes of x that
// is not an ASCII letter (the lowest byte first), so that
// bits.TrailingZeros64(nonLetters8(x))>>3 letters come first. Byte-wise:
// c|0x20 folds A-Z onto a-z (and nothing else onto it); adding 0x1F sets
// the high bit from 'a' up, adding 0x05 from 'z'+1 up; a byte of 0x80 or
// more is no letter. A byte that carries into the next one is no letter
// itself, and letters carry nothing, so the bits above the lowest one may
// be wrong but the lowest one is right.
func nonLetters8(x uint64) uint64 {
	const (
		ones = 0x0101010101010101
		high = 0x80 * ones
	)
	y := x | 0x20*ones
	return (^(y + 0x1F*ones) | (y + 0x05*ones) | x) & high
}

// word scans a word that starts with an ASCII or Latin-1 letter at i and
// returns the offset after it. It handles the common case, a run of letters and digits
// followed by a space or punctuation, and hands anything else to wordSlow.
func (s *scanner) word(i int) int {
	src := s.src
	start := i
	c := src[i]
	var f Flags // Capitalized or Lower, and HasDigit
	letters, upper := 1, 0
	switch byteClass[c] {
	case bUpper:
		f, upper = Capitalized, 1
	case bLower:
		f = Lower
	default:
		// A Latin-1 letter, as high checked: É, À, é...
		if src[i+1] < 0x9F {
			f, upper = Capitalized, 1
		} else {
			f = Lower
		}
		i++
	}
	if (c|0x20 == 'h' || c|0x20 == 'w') && (hasPrefixFold(src[i:], "http") || hasPrefixFold(src[i:], "www.")) {
		return s.wordSlow(start)
	}
	i++
loop:
	for i < len(src) {
		c := src[i]
		switch byteClass[c] {
		case bLower:
			j := i + 1
			for j < len(src) && byteClass[src[j]] == bLower {
				j++
			}
			letters += j - i
			i = j
		case bUpper:
			letters++
			upper++
			i++
		case bDigit:
			f |= HasDigit
			i++
		case bHigh:
			// Latin-1 letters (é, à, ç, É...): C3 80-BF but × and ÷.
			if c != 0xC3 || i+1 >= len(src) {
				break loop // joinsAt decides
			}
			b := src[i+1]
			if b < 0x80 || b > 0xBF || b == 0x97 || b == 0xB7 {
				break loop
			}
			letters++
			if b < 0x9F {
				upper++
			}
			i += 2
		default:
			break loop
		}
	}
	if i < len(src) && (mayJoin[src[i]] || src[i] >= utf8.RuneSelf) {
		switch c := src[i]; {
		case c == '\'' || c == 0xE2 && i+2 < len(src) && src[i+1] == 0x80 && src[i+2] == 0x99:
			// An elided word (l', d’, qu’), the commonest joiner.
			next := i + 1
			if c != '\'' {
				next = i + 3
			}
			if f&HasDigit == 0 && isElision(src[start:i]) && elisionEnds(src, start, i, next) {
				if upper == letters && letters >= 2 {
					f |= AllCaps
				}
				s.emit(start, next, Word, f|Elided)
				return next
			}
			return s.wordSlow(start)
		case c == '.':
			// A word at the end of a sentence: neither an e-mail address
			// nor a domain can go on after the dot, so only an
			// abbreviation or an initial needs wordSlow.
			if letters < 2 || i+1 < len(src) && isLocalByte(src[i+1]) || isAbbrev(src[start:i]) {
				return s.wordSlow(start)
			}
		default:
			if joinsAt(src, i) {
				return s.wordSlow(start)
			}
		}
	}
	if upper == letters && letters >= 2 {
		f |= AllCaps
	}
	if f&Capitalized != 0 && i-start <= 5 && isAbbrevWord(src[start:i]) {
		f |= Abbrev
	}
	s.emit(start, i, Word, f)
	return i
}

// wordSlow scans a word that starts with a letter at i, or a URL, e-mail
// address or domain name that starts like one, and returns the offset after
// it. An elided article or pronoun (l', qu') ends the word after its
// apostrophe; a verb-pronoun inversion (a-t-il) is split in two.
func (s *scanner) wordSlow(i int) int {
	src := s.src
	start := i
	if c := src[i] | 0x20; c == 'h' || c == 'w' {
		if end := scanURL(src, i); end > i {
			s.emit(start, end, URL, 0)
			return end
		}
	}
	// The shape of the word, in locals so that the loop keeps them in
	// registers.
	var (
		letters, upper int
		first          int8 // 0 no letter yet, 1 upper, -1 lower
		digit, hyphen  bool
	)
	for {
		// Letters, digits, marks and joiners.
		for i < len(src) {
			c := src[i]
			switch byteClass[c] {
			case bLower:
				j := i + 1
				for j < len(src) && byteClass[src[j]] == bLower {
					j++
				}
				letters += j - i
				if first == 0 {
					first = -1
				}
				i = j
				continue
			case bUpper:
				letters++
				upper++
				if first == 0 {
					first = 1
				}
				i++
				continue
			case bDigit:
				digit = true
				i++
				continue
			case bHigh:
				// Latin-1 letters (é, à, ç, É...): C3 80-BF but × and ÷.
				if c == 0xC3 && i+1 < len(src) {
					if b := src[i+1]; b >= 0x80 && b <= 0xBF && b != 0x97 && b != 0xB7 {
						letters++
						if b < 0x9F {
							upper++
							if first == 0 {
								first = 1
							}
						} else if first == 0 {
							first = -1
						}
						i += 2
						continue
					}
				}
				r, n := utf8.DecodeRuneInString(src[i:])
				if !isWordRune(r) {
					break
				}
				if unicode.IsLetter(r) {
					letters++
					if unicode.IsUpper(r) || unicode.IsTitle(r) {
						upper++
						if first == 0 {
							first = 1
						}
					} else if first == 0 {
						first = -1
					}
				} else if unicode.IsDigit(r) {
					digit = true
				}
				i += n
				continue
			}
			break
		}
		if i >= len(src) || !mayJoin[src[i]] {
			break
		}
		c := src[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(src[i:])
		}
		next := i + n
		switch {
		case normalize.IsHyphen(r):
			// Royaume-Uni, Saint-Étienne, Covid-19, a-t-il.
			if startsAlnum(src, next) {
				hyphen = true
				i = next
				continue
			}
		case isApostrophe(r):
			if !hyphen && isElision(src[start:i]) && elisionEnds(src, start, i, next) {
				s.emit(start, next, Word, wordShape{letters, upper, first, digit, hyphen}.flags()|Elided)
				return next
			}
			// aujourd'hui, O'Brien, main-d'œuvre, prud'homme.
			if startsLetter(src, next) {
				i = next
				continue
			}
		case r == '.':
			if end := s.email(start, i); end > i {
				s.emit(start, end, Email, 0)
				return end
			}
			if end := scanDomain(src, start, i); end > i {
				s.emit(start, end, URL, 0)
				return end
			}
			if end := s.abbrev(start, i, wordShape{letters, upper, first, digit, hyphen}); end > i {
				return end
			}
		case r == '@':
			if end := s.email(start, i); end > i {
				s.emit(start, end, Email, 0)
				return end
			}
		case r == '&':
			// AT&T, R&D, M&A.
			if letters > 0 && upper == letters && next < len(src) && isUpperASCII(src[next]) {
				i = next
				continue
			}
		case r == '_':
			// CUBO_ai
			if startsAlnum(src, next) {
				i = next
				continue
			}
		case r == '\u00B7':
			// Inclusive writing with a middle dot: salarié·es.
			if startsLetter(src, next) {
				i = next
				continue
			}
		case r == '+':
			// Canal+, Disney+, C++: after a capitalized word, not followed
			// by a letter or digit (N+1 and A+B split).
			end := next
			for end < len(src) && src[end] == '+' {
				end++
			}
			if first == 1 && (end == len(src) || !isWordByte(src[end])) {
				s.emit(start, end, Word, wordShape{letters, upper, first, digit, hyphen}.flags())
				return end
			}
		case r == '°' || r == 'º':
			// n°, N°
			if i-start == 1 && (src[start] == 'n' || src[start] == 'N') {
				s.emit(start, next, Word, wordShape{letters, upper, first, digit, hyphen}.flags()|Abbrev)
				return next
			}
		}
		break
	}
	f := wordShape{letters, upper, first, digit, hyphen}.flags()
	if i-start <= 5 && (first == 1 || src[start] == 'n') && isAbbrevWord(src[start:i]) {
		f |= Abbrev
	}
	if hyphen {
		if h := inversion(src[start:i]); h > 0 {
			// Verb-pronoun inversion: dit-il → dit + -il; a-t-il → a + -t-il.
			var hw wordShape
			hw.addString(src[start : start+h])
			s.emit(start, start+h, Word, hw.flags())
			s.emit(start+h, i, Word, Inverted|Lower)
			return i
		}
	}
	s.emit(start, i, Word, f)
	return i
}

// abbrev emits the abbreviation or initial src[start:dot+1] (the word
// before the dot at dot, with the dot) and returns the offset after it, or
// returns dot if src[start:dot] followed by a dot is not one.
func (s *scanner) abbrev(start, dot int, w wordShape) int {
	src := s.src
	word := src[start:dot]
	if w.letters == 1 && w.upper == 1 && !w.digit && !w.hyphen && dot-start <= 4 {
		// An initial (J. Huang), a hyphenated one (J.-C., J.-P. Sartre) or
		// a dotted acronym (U.S.A.).
		end := dot + 1
		for end+1 < len(src) {
			if isUpperASCII(src[end]) && src[end+1] == '.' {
				end += 2
			} else if src[end] == '-' && end+2 < len(src) && isUpperASCII(src[end+1]) && src[end+2] == '.' {
				end += 3
			} else {
				break
			}
		}
		if end > dot+1 || isAbbrev(word) || nextIsCapital(src, end) {
			var aw wordShape
			aw.addString(src[start:end])
			s.emit(start, end, Word, aw.flags()&^Hyphenated|Abbrev)
			return end
		}
		return dot
	}
	if word == "c" && hasPrefix(src[dot:], ".-à-d.") {
		// c.-à-d. (c'est-à-dire)
		end := dot + len(".-à-d.")
		s.emit(start, end, Word, w.flags()|Abbrev)
		return end
	}
	if isAbbrev(word) {
		s.emit(start, dot+1, Word, w.flags()|Abbrev)
		return dot + 1
	}
	return dot
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

// isApostrophe reports whether r may stand for an apostrophe inside a word:
// U+0027, U+2019, U+02BC, and U+2018 or U+00B4 put in its place.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02BC', '\u2018', '\u00B4':
		return true
	}
	return false
}

// elisionEnds reports whether the apostrophe src[apos:next] after the
// elidable src[start:apos] ends an elided word: it is followed by a letter
// or a digit (l'IA, d'1,4 milliard) or a quotation mark (l’« IA »), maybe
// after spaces (l' IA, d' »historique »). Lexicalized words
// (quelqu'un, presqu'île) and names after a pronoun (N'Djamena, M'Vila)
// stay whole.
func elisionEnds(src string, start, apos, next int) bool {
	if next < len(src) && (byteClass[src[next]] == bLower || byteClass[src[next]] == bUpper) {
		// The commonest case, a letter right after the apostrophe (l'IA,
		// d'un), as the loop below would find it.
		return elidedBefore(src, start, apos, next)
	}
	j := next
	for j < len(src) {
		c := src[j]
		if c == ' ' || c == '\t' {
			j++
			continue
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(src[j:])
			if normalize.IsSpace(r) {
				j += n
				continue
			}
		}
		break
	}
	if j >= len(src) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[j:])
	if normalize.IsQuote(r) {
		return true // l’« IA », d' »historique »
	}
	if !isLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	if j > next {
		return true
	}
	return elidedBefore(src, start, apos, next)
}

// elidedBefore reports whether the elidable src[start:apos] is elided
// before the letter or digit at src[next], right after its apostrophe:
// it is unless it makes a word with what follows (quelqu'un, presqu'île)
// or a pronoun comes before a mixed-case name (N'Djamena).
func elidedBefore(src string, start, apos, next int) bool {
	rest := src[next:]
	switch w := src[start:apos]; {
	case equalFoldASCII(w, "quelqu"):
		// quelqu'un, quelqu'une, quelqu'uns
		return !hasPrefixFold(rest, "un")
	case equalFoldASCII(w, "presqu"):
		// presqu'île
		return !hasPrefixFold(rest, "île") && !hasPrefixFold(rest, "ile") && !hasPrefix(rest, "Île")
	case len(w) == 1 && isUpperASCII(w[0]):
		switch w[0] {
		case 'J', 'M', 'N', 'S', 'T':
			// A pronoun does not come before a mixed-case name: N'Djamena,
			// N'Golo, M'Vila; but N'EST in capitals is elided.
			if isUpperASCII(rest[0]) && len(rest) > 1 && byteClass[rest[1]] == bLower {
				return false
			}
		}
	}
	return true
}

// equalFoldASCII reports whether s equals the lower-case ASCII word lower,
// ignoring the case of ASCII letters.
func equalFoldASCII(s, lower string) bool {
	return len(s) == len(lower) && hasPrefixFold(s, lower)
}

// isLetter reports whether the non-ASCII rune r is a letter, with a fast
// path for Latin-1 and Latin Extended-A and -B.
func isLetter(r rune) bool {
	if r < 0x250 {
		return r >= 0xC0 && r != 0xD7 && r != 0xF7 || r == 0xAA || r == 0xB5 || r == 0xBA || r < utf8.RuneSelf && (byteClass[r] == bLower || byteClass[r] == bUpper)
	}
	return unicode.IsLetter(r) && r != '\u02BC'
}

// isMark reports whether r is a combining mark (Mn, Mc, Me).
func isMark(r rune) bool {
	if r < 0x300 {
		return false
	}
	return unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}

// isWordRune reports whether the non-ASCII rune r continues a word: a
// letter, a mark, a digit or an invisible joiner.
func isWordRune(r rune) bool {
	if r < 0x250 {
		// Latin-1 Supplement and Latin Extended-A and -B: letters but for
		// the few symbols and punctuation of Latin-1, plus the soft hyphen.
		return r >= 0xC0 && r != 0xD7 && r != 0xF7 || r == 0xAA || r == 0xB5 || r == 0xBA || r == 0xAD
	}
	if r >= 0x2000 && r < 0x2070 {
		// General Punctuation: spaces, dashes, quotes, ellipsis, joiners.
		return normalize.IsWordJoiner(r)
	}
	return isLetter(r) || isMark(r) || unicode.IsDigit(r)
}

// startsAlnum reports whether src[i:] starts with a letter or a digit.
func startsAlnum(src string, i int) bool {
	if i >= len(src) {
		return false
	}
	switch byteClass[src[i]] {
	case bLower, bUpper, bDigit:
		return true
	case bHigh:
		r, _ := utf8.DecodeRuneInString(src[i:])
		return isLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// startsLetter reports whether src[i:] starts with a letter.
func startsLetter(src string, i int) bool {
	if i >= len(src) {
		return false
	}
	switch byteClass[src[i]] {
	case bLower, bUpper:
		return true
	case bHigh:
		r, _ := utf8.DecodeRuneInString(src[i:])
		return isLetter(r)
	}
	return false
}

func isWordByte(c byte) bool {
	switch byteClass[c] {
	case bLower, bUpper, bDigit, bHigh:
		return true
	}
	return c == '_'
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isAlnumASCII(c byte) bool {
	switch byteClass[c] {
	case bLower, bUpper, bDigit:
		return true
	}
	return false
}

// nextIsCapital reports whether the next non-space text after i, on the
// same line, starts with an upper-case letter.
func nextIsCapital(src string, i int) bool {
	for i < len(src) {
		c := src[i]
		if c == ' ' || c == '\t' {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return isUpperASCII(c)
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if normalize.IsSpace(r) && r != '\u2028' && r != '\u2029' {
			i += n
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

// isElision reports whether w, the letters before an apostrophe, is an
// elided French article, pronoun or conjunction (in any case).
func isElision(w string) bool {
	switch len(w) {
	case 1:
		switch w[0] | 0x20 {
		case 'l', 'd', 'j', 'm', 'n', 's', 't', 'c':
			return true
		}
		return false
	case 2, 5, 6:
	default:
		return false
	}
	var b [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu":
		return true
	}
	return false
}

// isAbbrev reports whether w followed by a dot is a French abbreviation
// that keeps its dot: M. MM. Dr. etc. cf. av. p. ex. None is longer than
// six bytes, which the fast path of run relies on.
func isAbbrev(w string) bool {
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts", "Stes",
		"etc", "cf", "Cf", "av", "apr", "env", "ex", "p", "pp", "vol", "art", "chap", "fig", "éd", "éds",
		"Cie", "cie", "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "réf", "Réf", "tél", "Tél", "dir", "coll",
		"Ets", "Éts", "Sté", "sté", "vs", "resp", "nb", "NB", "gén", "Gén", "col", "Col", "lt", "Lt", "sqq",
		"janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
		"ibid", "op", "cit", "al", "trad", "hab", "mds", "Mds", "mrd", "Mrd", "mio", "Mio", "approx", "suiv":
		return true
	}
	return false
}

// isAbbrevWord reports whether w is a title abbreviation written without a
// dot (Mme, Dr, Me).
func isAbbrevWord(w string) bool {
	switch w {
	case "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Mgr", "MM", "nº", "Nº":
		return true
	}
	return false
}

// inversion returns the length of the verb part of a verb-pronoun
// inversion (dit-il, a-t-elle, vas-y, donne-le-moi), or 0.
func inversion(w string) int {
	// Walk the hyphens from the end: the last part must be a clitic
	// pronoun, the parts before it clitics or the euphonic t.
	cut := 0
	end := len(w)
	for end > 0 {
		h := lastHyphen(w[:end])
		if h <= 0 {
			break
		}
		seg := w[h+1 : end]
		if end == len(w) {
			if !isCliticPronoun(seg) {
				return 0
			}
		} else if seg != "t" && !isCliticPronoun(seg) {
			break
		}
		cut = h
		end = h
	}
	if cut == 0 {
		return 0
	}
	switch w[:cut] {
	case "rendez", "Rendez", "RENDEZ":
		// rendez-vous is a noun.
		return 0
	}
	return cut
}

func lastHyphen(w string) int {
	for i := len(w); i > 0; {
		r, n := utf8.DecodeLastRuneInString(w[:i])
		i -= n
		if normalize.IsHyphen(r) {
			return i
		}
	}
	return -1
}

func isCliticPronoun(s string) bool {
	switch s {
	case "je", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
		"moi", "toi", "le", "la", "les", "lui", "leur", "y", "en", "ce":
		return true
	}
	return false
}

// scanURL returns the end of a URL that starts at i with a scheme or
// "www.", or i.
func scanURL(src string, i int) int {
	rest := src[i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return i
	}
	return urlEnd(src, i, i+4)
}

// urlEnd returns the end of the URL that starts at start, scanning from
// from: it stops at white space, quotation marks, angle brackets and
// invalid UTF-8, and leaves out final punctuation. It returns start if
// what remains is too short to be a URL.
func urlEnd(src string, start, from int) int {
	end := from
	for end < len(src) {
		c := src[end]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c == 0x7f {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(src[end:])
			if r == utf8.RuneError && n == 1 || normalize.IsSpace(r) || normalize.IsQuote(r) ||
				unicode.In(r, unicode.Cc, unicode.Cf) || r == '…' {
				break
			}
			end += n
			continue
		}
		end++
	}
	// Trailing punctuation belongs to the sentence, not the URL.
	for end > from {
		c := src[end-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '\'' {
			end--
			continue
		}
		break
	}
	if end-start <= 8 {
		return start
	}
	return end
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// Length limits that keep the e-mail and domain scanners linear: a word
// of dots ("a.a.a.a…") must not be rescanned to its end at every dot.
const (
	maxLocal  = 64  // RFC 5321 limit on the local part of an address
	maxDomain = 253 // limit on a domain name
	maxLabels = 8   // labels looked at after the first one
)

// email returns the end of an e-mail address whose local part starts at
// start (the word being scanned, which reaches at least to at), or at.
func (s *scanner) email(start, at int) int {
	if start < s.noEmail {
		return at
	}
	src := s.src
	j := start
	for j < len(src) && j-start <= maxLocal && isLocalByte(src[j]) {
		j++
	}
	if j < len(src) && !isLocalByte(src[j]) && src[j] != '@' {
		s.noEmail = j
	}
	if j < at || j >= len(src) || src[j] != '@' || j == start || src[j-1] == '.' {
		return at
	}
	k := j + 1
	label, dots := k, 0
	for k < len(src) && k-j <= maxDomain {
		c := src[k]
		if isAlnumASCII(c) || c == '-' {
			k++
			continue
		}
		if c == '.' && k > label && k+1 < len(src) && isAlnumASCII(src[k+1]) {
			dots++
			k++
			label = k
			continue
		}
		break
	}
	if dots == 0 || k-label < 2 || !isTLDShape(src[label:k]) {
		return at
	}
	return k
}

func isLocalByte(c byte) bool {
	return isAlnumASCII(c) || c == '_' || c == '.' || c == '-' || c == '+'
}

// isTLDShape reports whether s, the last label of a domain, is made of
// letters only.
func isTLDShape(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := byteClass[s[i]]; c != bLower && c != bUpper {
			return false
		}
	}
	return true
}

// scanDomain returns the end of a bare domain name (exemple.fr,
// INTELLIGENCE-ARTIFICIELLE.COM, service-public.gouv.fr/particuliers)
// whose first label is src[start:dot], or dot if there is none. The domain
// ends on its last label that is a known top-level domain.
func scanDomain(src string, start, dot int) int {
	end, tld := dot, dot // end of the domain so far, start of its TLD
	k := dot
	for n := 0; n < maxLabels && k < len(src) && src[k] == '.' && k-start <= maxDomain; n++ {
		j := k + 1
		for j < len(src) && (isAlnumASCII(src[j]) || src[j] == '-') {
			j++
		}
		if j == k+1 {
			break
		}
		if j < len(src) && src[j] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRuneInString(src[j:]); isWordRune(r) {
				break // letters go on: accented text, not a domain
			}
		}
		if isTLD(src[k+1 : j]) {
			end, tld = j, k+1
		}
		k = j
	}
	if end == dot {
		return dot
	}
	// A capitalized sentence glued to a period (« France.De ») is not a
	// domain: the top-level domain is all lower case, or all upper case
	// after an upper-case name (INTELLIGENCE-ARTIFICIELLE.COM).
	if isUpperASCII(src[tld]) && hasLowerASCII(src[start:dot]) {
		return dot
	}
	// A path after the domain: lemonde.fr/economie/article.
	if end+1 < len(src) && src[end] == '/' && src[end+1] > ' ' {
		if u := urlEnd(src, start, end); u > end {
			return u
		}
	}
	return end
}

func hasLowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return true
		}
	}
	return false
}

// isTLD reports whether s is a common top-level domain, all in lower case
// or all in upper case.
func isTLD(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	var b [6]byte
	upper := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isUpperASCII(c) {
			c += 'a' - 'A'
			upper++
		}
		b[i] = c
	}
	if upper != 0 && upper != len(s) {
		return false
	}
	switch string(b[:len(s)]) {
	case "com", "fr", "org", "net", "io", "ai", "eu", "co", "uk", "de", "be", "ch", "ca",
		"info", "tech", "app", "dev", "gouv", "gov", "edu", "it", "es", "nl", "us", "tv",
		"me", "ly", "news", "media", "cloud", "lu", "ma", "tn", "dz", "sn", "ci", "jp", "cn":
		return true
	}
	return false
}
