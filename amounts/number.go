package amounts

import (
	"unicode/utf8"

	"github.com/veille-nlp/veille/normalize"
)

// readDigits reads a number written with digits in one of its French forms
// at the start of s and returns its value, the number of bytes read, and
// whether there was one:
//
//   - a decimal comma: 1,4 · 3,80 · 0,5;
//   - thousands separated by U+0020, U+00A0, U+202F, U+2009 or U+2007
//     (18 000), by an apostrophe (1'000, 1’000) or by dots (AFP style
//     5.750 · 1.458.000,00); a lone dot before exactly three digits is a
//     thousands separator, any other dot a decimal point (0.8 · 3.14);
//   - no separator at all (7000).
//
// A separator that is not followed by the digits its role needs ends the
// number before it: "18 000 000" reads whole, "2024 300" reads "2024".
func readDigits(s string) (Decimal, int, bool) {
	if len(s) == 0 || !isDigit(s[0]) {
		return Decimal{}, 0, false
	}
	var acc digitAcc
	i := 0
	for i < len(s) && isDigit(s[i]) {
		acc.digit(s[i])
		i++
	}
	first := i // length of the first group
	const (
		none = iota
		spaced
		dotted
		apos
	)
	grouping := none
	for i < len(s) {
		c := s[i]
		switch {
		case c == ',':
			// Decimal comma, then only decimals.
			if j := digitRun(s, i+1); j > i+1 {
				for k := i + 1; k < j; k++ {
					acc.digit(s[k])
					acc.frac++
				}
				i = j
			}
			return finish(&acc, i)
		case c == '.':
			j := digitRun(s, i+1)
			if j == i+1 {
				return finish(&acc, i)
			}
			three := j-i-1 == 3
			switch {
			case three && (grouping == dotted || grouping == none && first <= 3 && !(first == 1 && s[0] == '0')):
				// Thousands dot: 5.750 · 1.458.000
				grouping = dotted
				for k := i + 1; k < j; k++ {
					acc.digit(s[k])
				}
				i = j
				continue
			case grouping == none:
				// Decimal point: 0.8 · 3.14159
				for k := i + 1; k < j; k++ {
					acc.digit(s[k])
					acc.frac++
				}
				return finish(&acc, j)
			}
			return finish(&acc, i)
		default:
			r, n := rune(c), 1
			if c >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(s[i:])
			}
			var g int
			switch {
			case normalize.IsGroupSpace(r):
				g = spaced
			case r == '\'' || r == '\u2019':
				g = apos
			default:
				return finish(&acc, i)
			}
			if grouping != none && grouping != g || first > 3 {
				return finish(&acc, i)
			}
			j := digitRun(s, i+n)
			if j-i-n != 3 {
				return finish(&acc, i)
			}
			grouping = g
			for k := i + n; k < j; k++ {
				acc.digit(s[k])
			}
			i = j
		}
	}
	return finish(&acc, i)
}

func finish(acc *digitAcc, n int) (Decimal, int, bool) {
	d, ok := acc.decimal()
	if !ok {
		return Decimal{}, 0, false
	}
	return d, n, true
}

// digitRun returns the end of the run of ASCII digits that starts at i.
func digitRun(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}
