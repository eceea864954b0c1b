package normalize

import "unicode"

// IsApostrophe reports whether r is written as an apostrophe in French
// text: U+0027 ', U+2019 ’ (the typographic apostrophe), U+02BC ʼ, and the
// look-alikes U+2018 ‘, U+00B4 ´, U+0060 ` and U+2032 ′ that keyboards and
// OCR put in its place.
func IsApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02BC', '\u2018', '\u00B4', '`', '\u2032':
		return true
	}
	return false
}

// IsSpace reports whether r separates words as a space does: Unicode white
// space (including U+00A0 NO-BREAK SPACE, U+202F NARROW NO-BREAK SPACE and
// U+2009 THIN SPACE, all common in French typography, and the line
// separators), plus the invisible U+200B ZERO WIDTH SPACE, U+2060 WORD
// JOINER and U+FEFF BYTE ORDER MARK, which web text leaves between words.
func IsSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
	}
	switch r {
	case '\u200B', '\uFEFF', '\u2060':
		return true
	}
	return unicode.IsSpace(r)
}

// IsGroupSpace reports whether r may separate groups of three digits in a
// French number: U+0020, U+00A0, U+202F and U+2009 (and U+2007 FIGURE SPACE).
func IsGroupSpace(r rune) bool {
	switch r {
	case ' ', '\u00A0', '\u202F', '\u2009', '\u2007':
		return true
	}
	return false
}

// IsDash reports whether r is a hyphen, dash or minus sign: - ‐ ‑ ‒ – — ―
// and − (U+2212 MINUS SIGN).
func IsDash(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212':
		return true
	}
	return false
}

// IsHyphen reports whether r joins the parts of a compound word:
// U+002D HYPHEN-MINUS, U+2010 HYPHEN and U+2011 NON-BREAKING HYPHEN.
func IsHyphen(r rune) bool {
	return r == '-' || r == '\u2010' || r == '\u2011'
}

// IsQuote reports whether r is a quotation mark: « » ‹ › “ ” „ ‟ and ".
// Apostrophes are not quotes here (see IsApostrophe).
func IsQuote(r rune) bool {
	switch r {
	case '"', '\u00AB', '\u00BB', '\u2039', '\u203A', '\u201C', '\u201D', '\u201E', '\u201F':
		return true
	}
	return false
}

// IsWordJoiner reports whether r is an invisible format character that may
// sit inside a word without splitting it: U+00AD SOFT HYPHEN, U+200D ZERO
// WIDTH JOINER and U+200C ZERO WIDTH NON-JOINER. Keys and Text drop them.
func IsWordJoiner(r rune) bool {
	return r == '\u00AD' || r == '\u200D' || r == '\u200C'
}
