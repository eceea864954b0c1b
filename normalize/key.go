package normalize

import (
	"sync"
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
// not allocate when dst has room for the key, unless s holds runes that
// need NFC and are not accents (decomposed Hangul, some Indic vowel
// signs), which cost one allocation for the NFC copy of s.
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

// AppendLower appends Lower(s) to dst and returns the extended buffer. It
// does not allocate when dst has room for the result and s is in NFC;
// decomposed input costs one allocation for its NFC copy.
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

// asciiSpace has bit c set for the ASCII white space bytes c.
const asciiSpace = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\r' | 1<<'\v' | 1<<'\f'

// ascii appends the folded form of the ASCII byte c.
func (f *folder) ascii(dst []byte, c byte) []byte {
	if c < 64 && asciiSpace>>c&1 != 0 {
		f.pend = true
		return dst
	}
	if f.pend {
		dst = f.flush(dst)
	}
	if c-'A' < 26 {
		c += 'a' - 'A'
	} else if c == '`' {
		c = '\''
	}
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
	if isMark(r) {
		// Keys drop combining marks; Lower keeps them as they are (case
		// folding would turn U+0345 YPOGEGRAMMENI into a letter, ι).
		if f.strip {
			return dst
		}
		f.recheck = true
		return utf8.AppendRune(f.flush(dst), r)
	}
	dst = f.flush(dst)
	// Simple case folding: ToLower(ToUpper(r)) maps every member of a case
	// orbit to one rune (K, k and U+212A KELVIN SIGN; Σ, σ and ς; ſ and s).
	// Per rune, it is several times faster than x/text's cases.Fold
	// through transform.Append, which also allocates (BenchmarkFoldCase);
	// the full foldings that simple folding lacks are the ligatures,
	// handled by classify, and ß, handled here.
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
	var latin *[latinSize]string
	checked := false // s is known to be in NFC
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// A run of ASCII that folds byte for byte: copy it, then
			// lower its capitals in place.
			j := i
			for j < len(s) {
				c := s[j]
				if c >= utf8.RuneSelf || c < 64 && asciiSpace>>c&1 != 0 || c == '`' {
					break
				}
				j++
			}
			if j == i {
				dst = f.ascii(dst, c)
				i++
				continue
			}
			if f.pend {
				dst = f.flush(dst)
			}
			k := len(dst)
			dst = append(dst, s[i:j]...)
			for tail := dst[k:]; len(tail) > 0; tail = tail[1:] {
				if tail[0]-'A' < 26 {
					tail[0] += 'a' - 'A'
				}
			}
			i = j
			continue
		}
		// U+0080 to U+02FF (lead bytes 0xC2 to 0xCB): a table. These
		// runes are in NFC by themselves and never combine with the rune
		// before, so they raise no NFC question either.
		if c >= 0xC2 && c <= 0xCB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if latin == nil {
				latin = latinFolds(strip)
			}
			switch k := latin[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)-0x80]; k {
			case " ":
				f.pend = true
			case "":
			default:
				dst = f.flush(dst)
				dst = append(dst, k...)
			}
			i += 2
			continue
		}
		// U+2000 to U+20BF (lead byte 0xE2, then 0x80 to 0x82): the
		// apostrophes, quotes, dashes and spaces of French typography.
		// In NFC by themselves, never combining with the rune before,
		// without decomposition but for U+2000 and U+2001, which are
		// spaces like the ones NFC makes of them.
		if c == 0xE2 && i+2 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x82 && s[i+2]&0xC0 == 0x80 {
			dst = f.rune(dst, rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)|0x2000)
			i += 3
			continue
		}
		if !checked {
			// Anything else may be or start a non-NFC sequence. If s is
			// not in NFC, normalize it and start again (a prefix of ASCII
			// and Latin costs little to redo), so that keys of
			// canonically equivalent strings are equal even where
			// decomposition does not give them back (Hangul jamo, Indic
			// two-part vowels).
			checked = true
			if needNFC(s, i, strip) {
				s = norm.NFC.String(s)
				dst, f.pend, i = dst[:f.start], false, 0
				continue
			}
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

// needNFC reports whether appendFold must put s in NFC before folding it,
// given that s[:i] holds only runes that start an NFC segment. For Lower,
// that is whether s is not in NFC. For keys, decomposed accents need no
// NFC: the key decomposes every letter and removes the nonspacing marks
// anyway, so "E\u0301" and "É" both give "e" without the allocation. Only
// a rune that would combine under NFC and is not a nonspacing mark (a
// Hangul vowel, an Indic spacing vowel sign) calls for it.
func needNFC(s string, i int, strip bool) bool {
	if !strip {
		return norm.NFC.QuickSpanString(s) < len(s)
	}
	for i < len(s) {
		if s[i] < 0xCC {
			i++ // ASCII, U+0080 to U+02FF, continuation or invalid byte
			continue
		}
		p := norm.NFC.PropertiesString(s[i:])
		if !p.BoundaryBefore() {
			if r, _ := utf8.DecodeRuneInString(s[i:]); !isMark(r) {
				return true
			}
		}
		i += p.Size()
	}
	return false
}

// latinSize is the number of runes in the fold tables: U+0080 to U+02FF.
const latinSize = 0x300 - 0x80

// latinFolds returns the table of the folded forms of U+0080 to U+02FF,
// for keys (strip) or for Lower: " " for a space, "" for a rune dropped,
// else the text to append. The tables are computed from the general path
// (folder.char) on first use, so they cannot disagree with it.
func latinFolds(strip bool) *[latinSize]string {
	if strip {
		return keyFolds()
	}
	return lowerFolds()
}

var (
	keyFolds   = sync.OnceValue(func() *[latinSize]string { return buildFolds(true) })
	lowerFolds = sync.OnceValue(func() *[latinSize]string { return buildFolds(false) })
)

func buildFolds(strip bool) *[latinSize]string {
	var t [latinSize]string
	var buf []byte
	for r := rune(0x80); r < 0x300; r++ {
		f := folder{strip: strip}
		buf, _ = f.char(buf[:0], string(r))
		switch {
		case f.pend:
			t[r-0x80] = " "
		default:
			t[r-0x80] = string(buf)
		}
	}
	return &t
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
