package token

import (
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/normalize"
)

// ASCII character classes for the fast path.
const (
	cSpace  uint8 = iota + 1 // white space and control characters
	cLetter                  // A-Z a-z
	cDigit                   // 0-9
	cPunct                   // . , ; : ! ? ( ) [ ] { } / - " '
	cSymbol                  // everything else that is visible
	cNewline
)

var ascii = func() (t [utf8.RuneSelf]uint8) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == '\n':
			t[c] = cNewline
		case c <= ' ' || c == 0x7f:
			t[c] = cSpace
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = cLetter
		case '0' <= c && c <= '9':
			t[c] = cDigit
		default:
			switch c {
			case '.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '{', '}', '/', '-', '"', '\'', '\\':
				t[c] = cPunct
			default:
				t[c] = cSymbol
			}
		}
	}
	return t
}()

// Tokenize splits src into French tokens. Every token's span is a range of
// byte offsets into src; tokens are in order and never overlap. White space,
// control characters and invalid UTF-8 bytes separate tokens and are never
// part of one. Tokenize never fails: any input, including invalid UTF-8, gives
// a valid (possibly empty) result.
//
// Tokenize sets every flag except SentenceStart, which Segment sets.
func Tokenize(src string) []Token {
	return Append(make([]Token, 0, len(src)/5+4), src)
}

// Append tokenizes src like Tokenize and appends the tokens to dst. It lets
// a caller reuse one token buffer across documents.
func Append(dst []Token, src string) []Token {
	s := scanner{src: src, dst: dst, space: true, line: true}
	s.run()
	return s.dst
}

type scanner struct {
	src   string
	dst   []Token
	space bool // white space since the last token
	line  bool // no token yet on this line
}

func (s *scanner) emit(start, end int, k Kind, f Flags) {
	if s.space {
		f |= SpaceBefore
	}
	if s.line {
		f |= LineStart
	}
	s.space, s.line = false, false
	s.dst = append(s.dst, Token{Span: Span{start, end}, Kind: k, Flags: f})
}

func (s *scanner) run() {
	src := s.src
	i := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			switch ascii[c] {
			case cNewline:
				s.space, s.line = true, true
				i++
			case cSpace:
				s.space = true
				i++
			case cLetter:
				i = s.word(i)
			case cDigit:
				i = s.number(i)
			case cPunct:
				i = s.punct(i, rune(c), 1)
			default:
				i = s.symbol(i, rune(c), 1)
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			// An invalid byte separates tokens like a space and is never part
			// of one, so that every token is valid UTF-8.
			s.space = true
		case isWordRune(r) && !unicode.Is(unicode.Mn, r) && !normalize.IsWordJoiner(r) && !unicode.IsDigit(r):
			i = s.word(i)
			continue
		case normalize.IsApostrophe(r) || normalize.IsQuote(r) || normalize.IsDash(r):
			i = s.punct(i, r, n)
			continue
		case r == '\u2028' || r == '\u2029' || r == '\u0085':
			s.space, s.line = true, true
		case normalize.IsSpace(r):
			s.space = true
		case unicode.Is(unicode.Mn, r) || normalize.IsWordJoiner(r):
			// A mark or joiner with no base letter before it: attach it to the
			// word that follows, if any, else drop it.
			if j := i + n; j < len(src) && startsWord(src[j:]) {
				i = s.word(i)
				continue
			}
			s.space = true
		case unicode.IsDigit(r):
			s.emit(i, i+n, Number, HasDigit)
		case unicode.In(r, unicode.Cc, unicode.Cf, unicode.Co, unicode.Cs):
			s.space = true
		case unicode.IsPunct(r):
			i = s.punct(i, r, n)
			continue
		default:
			i = s.symbol(i, r, n)
			continue
		}
		i += n
	}
}

func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// punct emits the punctuation at src[i:] (first rune r of n bytes) and
// returns the offset after it.
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

// symbol emits a symbol, or a handle, hashtag or e-mail that starts with
// one, and returns the offset after it.
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
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// scanName returns the end of a run of letters, digits and underscores
// starting at i (i itself if there is none).
func scanName(src string, i int) int {
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			if c == '_' || ascii[c] == cLetter || ascii[c] == cDigit {
				i++
				continue
			}
			return i
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			return i
		}
		i += n
	}
	return i
}

// number scans a number that starts with an ASCII digit at i.
func (s *scanner) number(i int) int {
	src := s.src
	start := i
	i = digits(src, i)
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
				return s.emitNumber(start, i)
			}
			continue
		}
		// Thousands by apostrophe (1'000) or by a space (18 000, 18 000).
		if group <= 3 {
			r, n := utf8.DecodeRuneInString(src[i:])
			sep := normalize.IsGroupSpace(r) || r == '\'' || r == '\u2019'
			if sep && i+n+3 <= len(src) && isDigit(src[i+n]) && isDigit(src[i+n+1]) && isDigit(src[i+n+2]) &&
				(i+n+3 == len(src) || !isDigit(src[i+n+3])) {
				if normalize.IsGroupSpace(r) {
					spaced = true
				}
				i += n + 3
				group = 3
				continue
			}
		}
		break
	}
	return s.emitNumber(start, i)
}

func (s *scanner) emitNumber(start, end int) int {
	s.emit(start, end, Number, HasDigit)
	return end
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

func (w *wordShape) add(r rune) {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'a' <= r && r <= 'z':
			w.letters++
			if w.first == 0 {
				w.first = -1
			}
		case 'A' <= r && r <= 'Z':
			w.letters++
			w.upper++
			if w.first == 0 {
				w.first = 1
			}
		case '0' <= r && r <= '9':
			w.digit = true
		}
	case unicode.IsLetter(r):
		w.letters++
		up := unicode.IsUpper(r) || unicode.IsTitle(r)
		if up {
			w.upper++
		}
		if w.first == 0 {
			if up {
				w.first = 1
			} else {
				w.first = -1
			}
		}
	case unicode.IsDigit(r):
		w.digit = true
	}
}

func (w *wordShape) flags() Flags {
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

// word scans a word that starts with a letter (or a mark before one) at i.
func (s *scanner) word(i int) int {
	src := s.src
	start := i
	if c := src[i] | 0x20; c == 'h' || c == 'w' {
		if end := scanURL(src, i); end > i {
			s.emit(start, end, URL, 0)
			return end
		}
	}
	var w wordShape
	for i < len(src) {
		c := src[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			switch ascii[c] {
			case cLetter:
				w.letters++
				if c <= 'Z' {
					w.upper++
					if w.first == 0 {
						w.first = 1
					}
				} else if w.first == 0 {
					w.first = -1
				}
				i++
				continue
			case cDigit:
				w.digit = true
				i++
				continue
			}
			if c == '_' {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRuneInString(src[i:])
			if isWordRune(r) {
				w.add(r)
				i += n
				continue
			}
		}
		next := i + n
		switch {
		case r == '@':
			if end := scanEmail(src, start); end > i {
				s.emit(start, end, Email, 0)
				return end
			}
		case r == '.':
			if end := scanEmail(src, start); end > i {
				s.emit(start, end, Email, 0)
				return end
			}
			if end := scanDomain(src, start, i); end > i {
				s.emit(start, end, URL, 0)
				return end
			}
			if w.letters == 1 && i-start <= 2 && w.upper == 1 {
				// An initial (J. Huang) or a dotted acronym (U.S.A.).
				end := i + 1
				for end+1 < len(src) && isUpperASCII(src[end]) && src[end+1] == '.' {
					end += 2
				}
				if end > i+1 || nextIsCapital(src, end) {
					s.emit(start, end, Word, w.flags()|Abbrev)
					return end
				}
			}
			if isAbbrev(src[start:i]) {
				s.emit(start, next, Word, w.flags()|Abbrev)
				return next
			}
		case r == '&':
			// AT&T, R&D
			if w.letters > 0 && w.upper == w.letters && next < len(src) && isUpperASCII(src[next]) {
				i = next
				continue
			}
		case r == '+':
			// Canal+, Disney+, C++
			end := next
			for end < len(src) && src[end] == '+' {
				end++
			}
			if w.first == 1 && (end == len(src) || !isWordByte(src[end])) {
				s.emit(start, end, Word, w.flags())
				return end
			}
		case r == '°' || r == 'º':
			// n°, N°
			if i-start == 1 && (src[start] == 'n' || src[start] == 'N') {
				s.emit(start, next, Word, w.flags()|Abbrev)
				return next
			}
		}
		break
	}
	f := w.flags()
	if w.first == 1 && i-start <= 5 && isAbbrevWord(src[start:i]) {
		f |= Abbrev
	}
	if w.hyphen {
		if h := inversion(src[start:i]); h > 0 {
			// Verb-pronoun inversion: dit-il → dit + -il; a-t-il → a + -t-il.
			var hw wordShape
			for _, r := range src[start : start+h] {
				hw.add(r)
				if normalize.IsHyphen(r) {
					hw.hyphen = true
				}
			}
			s.emit(start, start+h, Word, hw.flags())
			s.emit(start+h, i, Word, Inverted|Lower)
			return i
		}
	}
	s.emit(start, i, Word, f)
	return i
}

// isWordRune reports whether the non-ASCII rune r continues a word: a
// letter, a mark, a digit or an invisible joiner.
func isWordRune(r rune) bool {
	if r >= 0x2000 && r < 0x2070 {
		// General Punctuation: spaces, dashes, quotes, ellipsis, joiners.
		return normalize.IsWordJoiner(r)
	}
	if r < 0x250 {
		// Latin-1 Supplement and Latin Extended-A and -B: letters but for
		// the few symbols and punctuation of Latin-1.
		return r >= 0xC0 && r != 0xD7 && r != 0xF7 || r == 0xAA || r == 0xB5 || r == 0xBA || r == 0xAD
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.IsDigit(r) || normalize.IsWordJoiner(r)
}

func isWordByte(c byte) bool {
	return c >= utf8.RuneSelf || ascii[c] == cLetter || ascii[c] == cDigit || c == '_'
}

func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

func isAlnumASCII(c byte) bool {
	return c < utf8.RuneSelf && (ascii[c] == cLetter || ascii[c] == cDigit)
}

// nextIsCapital reports whether the next non-space text after i starts with
// an upper-case letter.
func nextIsCapital(src string, i int) bool {
	for i < len(src) {
		r, n := utf8.DecodeRuneInString(src[i:])
		if r == '\n' {
			return false
		}
		if normalize.IsSpace(r) {
			i += n
			continue
		}
		return unicode.IsUpper(r)
	}
	return false
}

// isElision reports whether w, the letters before an apostrophe, is an
// elided French article, pronoun or conjunction.
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

// isAbbrev reports whether w followed by a dot is a French abbreviation
// that keeps its dot: M. MM. Dr. etc. cf. av. J.-C.
func isAbbrev(w string) bool {
	switch w {
	case "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste",
		"etc", "cf", "Cf", "av", "apr", "env", "ex", "p", "pp", "vol", "art", "chap", "fig",
		"éd", "Cie", "cie", "Inc", "Ltd", "Corp", "Co", "Jr", "Sr", "réf",
		"tél", "Tél", "dir", "coll", "Ets", "Éts", "Sté", "sté", "vs", "resp", "nb", "NB", "gén", "Gén", "col", "lt", "Lt", "sqq":
		return true
	}
	return false
}

// isAbbrevWord reports whether w is a title abbreviation written without a
// dot (Mme, Dr, Me).
func isAbbrevWord(w string) bool {
	switch w {
	case "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Mgr", "MM":
		return true
	}
	return false
}

// inversion returns the length of the verb part of a verb-pronoun
// inversion (dit-il, a-t-elle, vas-y, donne-le-moi), or 0.
func inversion(w string) int {
	// Find hyphen positions from the end; every segment after the cut must
	// be a clitic pronoun (or the euphonic t).
	cut := 0
	end := len(w)
	for end > 0 {
		h := lastHyphen(w[:end])
		if h < 0 {
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
	case "rendez", "Rendez":
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
	end := i
	for end < len(src) {
		c := src[end]
		if c <= ' ' || c == '"' || c == '<' || c == '>' || c == 0x7f {
			break
		}
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(src[end:])
			if r == utf8.RuneError || normalize.IsSpace(r) || normalize.IsQuote(r) {
				break
			}
			end += n
			continue
		}
		end++
	}
	// Trailing punctuation belongs to the sentence, not the URL.
	for end > i {
		c := src[end-1]
		if c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '\'' {
			end--
			continue
		}
		break
	}
	if end-i <= 8 {
		return i
	}
	return end
}

func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// scanEmail returns the end of an e-mail address that starts at i, or i.
func scanEmail(src string, i int) int {
	j := i
	for j < len(src) && (isAlnumASCII(src[j]) || src[j] == '_' || src[j] == '.' || src[j] == '-' || src[j] == '+') {
		j++
	}
	if j == i || j >= len(src) || src[j] != '@' {
		return i
	}
	k := j + 1
	dots, last := 0, k
	for k < len(src) && (isAlnumASCII(src[k]) || src[k] == '-' || src[k] == '.') {
		if src[k] == '.' {
			if k+1 >= len(src) || !isAlnumASCII(src[k+1]) {
				break
			}
			dots++
			last = k
		}
		k++
	}
	if dots == 0 || k-last < 3 {
		return i
	}
	return k
}

// scanDomain returns the end of a bare domain name (exemple.fr,
// INTELLIGENCE-ARTIFICIELLE.COM) whose first label is src[start:dot], or
// dot if there is none.
func scanDomain(src string, start, dot int) int {
	end := dot
	for end < len(src) && src[end] == '.' {
		j := end + 1
		for j < len(src) && (isAlnumASCII(src[j]) || src[j] == '-') {
			j++
		}
		if j == end+1 {
			break
		}
		label := src[end+1 : j]
		if j < len(src) && isWordByte(src[j]) {
			return dot // not a domain: letters go on (accented text)
		}
		if isTLD(label) {
			end = j
			continue
		}
		if j < len(src) && src[j] == '.' && j+1 < len(src) && isWordByte(src[j+1]) {
			// an inner label (service-public.gouv.fr)
			end = j
			continue
		}
		break
	}
	// The domain must end on a top-level domain.
	if end == dot {
		return dot
	}
	i := end
	for i > dot && src[i-1] != '.' {
		i--
	}
	tld := src[i:end]
	if !isTLD(tld) {
		return dot
	}
	// A capitalized sentence glued to a period (« France.De ») is not a
	// domain: the top-level domain is all lower case, or all upper case
	// after an upper-case name (INTELLIGENCE-ARTIFICIELLE.COM).
	if isUpperASCII(tld[0]) && hasLowerASCII(src[start:dot]) {
		return dot
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

func isTLD(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	var b [6]byte
	upper := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
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
