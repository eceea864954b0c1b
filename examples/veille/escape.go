package main

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendEscaped appends s to dst with what would break a line or a column
// written as an escape: tab, newline and carriage return as \t \n \r, other
// control characters as \xHH or \uHHHH, and bytes that are not UTF-8 as
// \xHH. With backslash set, a backslash is doubled so that the escaping can
// be undone (the TSV format).
func appendEscaped(dst []byte, s string, backslash bool) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			if c == '\\' && backslash {
				dst = append(dst, '\\')
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == '\t':
			dst = append(dst, `\t`...)
		case c == '\n':
			dst = append(dst, `\n`...)
		case c == '\r':
			dst = append(dst, `\r`...)
		case r == utf8.RuneError && size <= 1, c < 0x20, c == 0x7f:
			dst = append(dst, `\x`...)
			dst = append(dst, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
			size = 1
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			dst = append(dst, `\u`...)
			h := strconv.FormatInt(int64(r), 16)
			dst = append(dst, strings.Repeat("0", 4-len(h))...)
			dst = append(dst, h...)
		default:
			dst = append(dst, s[i:i+size]...)
		}
		i += size
	}
	return dst
}

// escaped returns s escaped for one line of text.
func escaped(s string) string { return string(appendEscaped(nil, s, false)) }

// displayWidth is the number of terminal columns s takes, roughly: one per
// rune, none for combining marks and format characters.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		if !unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
			n++
		}
	}
	return n
}
