package normalize

import (
	"unicode"
	"unicode/utf8"
)

// class says what the typographic normalization does with one rune. It is
// shared by Text (which keeps case and accents) and the keys (which fold
// them), so that both agree on apostrophes, spaces, dashes, quotes,
// ligatures and invisible characters.
type class uint8

const (
	clKeep    class = iota // the rune is kept (keys may still fold it)
	clRepl                 // the rune is replaced by the returned ASCII string
	clDrop                 // the rune is removed (soft hyphen, ZWJ, ZWNJ)
	clSpace                // a horizontal space: ' ' in Text, a separator in keys
	clNewline              // a line or paragraph separator: '\n' in Text
)

// classify returns the class of r and, for clRepl, its replacement. It
// covers the runes of IsApostrophe, IsQuote, IsDash, IsWordJoiner and the
// non-ASCII runes of IsSpace (TestClassifyAgreesWithPredicates checks this
// on every rune), plus the typographic ligatures. ASCII runes other than '`'
// are clKeep: ASCII white space is the caller's business.
//
// One switch instead of five predicate calls: this runs on every non-ASCII
// rune of every text.
func classify(r rune) (class, string) {
	switch r {
	case '`', '\u00B4', '\u02BC', '\u2018', '\u2019', '\u2032':
		return clRepl, "'"
	case '\u00AB', '\u00BB', '\u2039', '\u203A', '\u201C', '\u201D', '\u201E', '\u201F':
		return clRepl, `"`
	case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return clRepl, "-"
	case '\u00AD', '\u200C', '\u200D':
		return clDrop, ""
	case '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
		'\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u200B',
		'\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF':
		return clSpace, " "
	case '\u0085', '\u2028', '\u2029':
		return clNewline, "\n"
	case '\u0152':
		return clRepl, "OE"
	case '\u0153':
		return clRepl, "oe"
	case '\u00C6':
		return clRepl, "AE"
	case '\u00E6':
		return clRepl, "ae"
	case '\u0132':
		return clRepl, "IJ"
	case '\u0133':
		return clRepl, "ij"
	case '\uFB00':
		return clRepl, "ff"
	case '\uFB01':
		return clRepl, "fi"
	case '\uFB02':
		return clRepl, "fl"
	case '\uFB03':
		return clRepl, "ffi"
	case '\uFB04':
		return clRepl, "ffl"
	case '\uFB05', '\uFB06':
		return clRepl, "st"
	}
	return clKeep, ""
}

// invalidRun returns the length of the run of invalid UTF-8 at the start of
// s: the number of leading bytes that utf8.DecodeRuneInString decodes as
// (RuneError, 1). It is 0 when s starts with a valid rune (including a
// genuine U+FFFD) or is empty.
func invalidRun(s string) int {
	n := 0
	for n < len(s) {
		if s[n] < utf8.RuneSelf {
			break
		}
		if r, size := utf8.DecodeRuneInString(s[n:]); r != utf8.RuneError || size != 1 {
			break
		}
		n++
	}
	return n
}

// isMark reports whether r is a nonspacing mark (Mn), the class of the
// combining accents that keys remove.
func isMark(r rune) bool {
	if r < 0x300 {
		return false
	}
	if r <= 0x36F {
		return true
	}
	return unicode.Is(unicode.Mn, r)
}

// isIgnorable reports whether r is an invisible format character (Cf) that
// keys drop: bidirectional marks, invisible operators, tags... It excludes
// the prepended concatenation marks (U+0600 ARABIC NUMBER SIGN...), which
// are visible. The format characters below U+0600 (U+00AD) and those that
// IsSpace accepts are classified before this is asked.
func isIgnorable(r rune) bool {
	return r >= 0x600 && unicode.Is(unicode.Cf, r) && !unicode.Is(unicode.Prepended_Concatenation_Mark, r)
}

// mayCombine reports whether r may combine with or reorder around the rune
// before it under NFC: the marks (categories Mn, Mc and Me) and the Hangul
// medial vowels and final consonants. TestMayCombine checks that every rune
// that is not an NFC boundary is one of them.
func mayCombine(r rune) bool {
	if r < 0x300 {
		return false
	}
	return 0x1161 <= r && r <= 0x1175 || 0x11A8 <= r && r <= 0x11C2 ||
		unicode.In(r, unicode.Mn, unicode.Mc, unicode.Me)
}
