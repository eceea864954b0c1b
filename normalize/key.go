package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key returns the matching key of s: s in NFC, case-folded, with its
// accents removed and its typography unified. Two spellings of a word or
// name that a French reader takes for the same have the same key:
//
//	Key("Émirats") == Key("EMIRATS") == Key("E\u0301mirats") == "emirats"
//	Key("l’IA") == "l'ia"
//	Key("Royaume\u2011Uni") == "royaume-uni"
//	Key("Abu\u00A0 Dhabi") == "abu dhabi"
//
// See the package documentation (# Keys) for the exact rules. Key(Key(s))
// == Key(s), and the result is always valid UTF-8 in NFC.
//
// Key returns s itself, without allocating, when s is already a key.
func Key(s string) string {
	var buf [64]byte
	b := appendFold(buf[:0], s, true)
	if string(b) == s {
		return s
	}
	return string(b)
}

// AppendKey appends Key(s) to dst and returns the extended buffer. It does
// not allocate when dst has room for the key and s is ASCII or precomposed
// (NFC) text; decomposed input costs one allocation for its NFC copy.
func AppendKey(dst []byte, s string) []byte {
	return appendFold(dst, s, true)
}

// Lower returns s in NFC, case-folded and with its typography unified like
// Key, but with its accents kept: Lower("l’Économie") == "l'économie". It
// suits display-free comparisons that must tell "côte" from "cote", and
// the French stemmer, which needs the accents. Lower(Lower(s)) == Lower(s),
// and Key(Lower(s)) == Key(s).
//
// Lower returns s itself, without allocating, when s is already folded.
func Lower(s string) string {
	var buf [64]byte
	b := appendFold(buf[:0], s, false)
	if string(b) == s {
		return s
	}
	return string(b)
}

// AppendLower appends Lower(s) to dst and returns the extended buffer,
// with the same allocation behaviour as AppendKey.
func AppendLower(dst []byte, s string) []byte {
	return appendFold(dst, s, false)
}

// folder holds the state of a key being appended. Spaces are held back
// (pend) and written as one ' ' only before the next visible output, so
// that runs of spaces collapse and leading and trailing spaces vanish.
// The buffer is passed in and returned rather than stored, so that escape
// analysis keeps a caller's stack buffer on the stack.
type folder struct {
	start   int  // len(dst) when the call began
	pend    bool // a space is due before the next output
	strip   bool // remove accents (Key) or keep them (Lower)
	recheck bool // a rune that may combine was written: the result needs an NFC check
}

func (f *folder) flush(dst []byte) []byte {
	if f.pend {
		if len(dst) > f.start {
			dst = append(dst, ' ')
		}
		f.pend = false
	}
	return dst
}

// ascii appends the folded form of the ASCII byte c.
func (f *folder) ascii(dst []byte, c byte) []byte {
	switch {
	case 'A' <= c && c <= 'Z':
		c += 'a' - 'A'
	case c == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
		f.pend = true
		return dst
	case c == '`':
		c = '\''
	}
	dst = f.flush(dst)
	return append(dst, c)
}

// char appends the folded form of the non-ASCII rune that starts s. It
// also returns the number of bytes of s consumed, which is more than the
// size of the rune for a run of invalid bytes.
func (f *folder) char(dst []byte, s string) ([]byte, int) {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && size == 1 {
		dst = f.flush(dst)
		return append(dst, "\uFFFD"...), invalidRun(s)
	}
	if f.strip && r >= 0xC0 {
		// Precomposed letters: fold their canonical decomposition without
		// its nonspacing marks (é → e + U+0301 → e). The decomposition
		// is full (recursive), so its runes need no further decomposition.
		if d := norm.NFD.PropertiesString(s).Decomposition(); d != nil {
			for len(d) > 0 {
				r, n := utf8.DecodeRune(d)
				d = d[n:]
				dst = f.rune(dst, r)
			}
			return dst, size
		}
	}
	return f.rune(dst, r), size
}

// rune appends the folded form of r, which has no canonical decomposition
// (or the caller does not want it decomposed).
func (f *folder) rune(dst []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return f.ascii(dst, byte(r))
	}
	switch cl, repl := classify(r); cl {
	case clSpace, clNewline:
		f.pend = true
		return dst
	case clDrop:
		return dst
	case clRepl:
		for i := 0; i < len(repl); i++ {
			dst = f.ascii(dst, repl[i])
		}
		return dst
	}
	if isIgnorable(r) {
		return dst
	}
	dst = f.flush(dst)
	if isMark(r) {
		// Keys drop combining marks; Lower keeps them as they are (case
		// folding would turn U+0345 YPOGEGRAMMENI into a letter, ι).
		if f.strip {
			return dst
		}
		f.recheck = true
		return utf8.AppendRune(dst, r)
	}
	// Simple case folding: ToLower(ToUpper(r)) maps every member of a case
	// orbit to one rune (K, k and U+212A KELVIN SIGN; Σ, σ and ς; ſ and s).
	r = unicode.ToLower(unicode.ToUpper(r))
	if r == 'ß' { // full case folding: the key of "Straße" is "strasse"
		return append(dst, "ss"...)
	}
	if mayCombine(r) {
		f.recheck = true
	}
	return utf8.AppendRune(dst, r)
}

// appendFold appends the key (strip) or the lower-case form (!strip) of s.
func appendFold(dst []byte, s string, strip bool) []byte {
	f := folder{start: len(dst), strip: strip}
	// ASCII fast path: no NFC question, no decoding.
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			break
		}
		dst = f.ascii(dst, c)
	}
	if i == len(s) {
		return dst
	}
	// s has non-ASCII text. If it is not in NFC, normalize it first and
	// start again (the ASCII prefix costs nothing to redo), so that keys
	// of canonically equivalent strings are equal even where decomposition
	// does not give them back (Hangul jamo, Indic two-part vowels).
	if norm.NFC.QuickSpanString(s) < len(s) {
		s = norm.NFC.String(s)
		dst, f.pend, i = dst[:f.start], false, 0
	}
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			dst = f.ascii(dst, c)
			i++
			continue
		}
		var n int
		dst, n = f.char(dst, s[i:])
		i += n
	}
	if f.recheck {
		dst = renormalize(dst, f.start)
	}
	return dst
}

// renormalize puts dst[start:] back in NFC. Removing a mark or folding
// case can leave two runes that NFC composes: "가" + U+0301 + U+11A8 loses
// its accent and the syllable takes the final consonant; "W" + U+030A
// folds to "w" + U+030A, which is "ẘ". Only keys that contain a rune that
// may combine get here, and only they pay for the copy (dst itself is not
// handed to package norm, which would make every caller's buffer escape).
func renormalize(dst []byte, start int) []byte {
	s := string(dst[start:])
	if norm.NFC.QuickSpanString(s) == len(s) {
		return dst
	}
	return append(dst[:start], norm.NFC.String(s)...)
}
