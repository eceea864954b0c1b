package amounts

import (
	"bytes"

	"github.com/veille-nlp/veille/extract/token"
)

// Categories of the last small number word read, for the grammar of
// spelled-out numbers.
const (
	catNone = iota // start, or after cent, mille or a scale word
	catUnit        // un..neuf
	catDix         // dix
	catTeen        // onze..seize
	catTens        // vingt..soixante, septante..nonante
	catQV          // quatre-vingt(s)
	catEt          // et (vingt et un, deux millions et demi)
	catZero        // zéro: nothing may follow
)

// spelledNum is the result of reading a number written in words.
type spelledNum struct {
	val      Decimal
	end      int  // index of the unit after the number
	tail     int  // when > 0, the number ends inside unit end-1 and src[tail:] up to its end is a unit or scale name (« trois-tonnes »)
	article  bool // the number is a lone « un » or « une »
	half     bool // the number is a lone « demi »: a unit or scale must follow
	scaleExp int  // the largest scale word applied (6 for millions)
	zero     bool // the number is « zéro »
	words    int  // number words read
}

// spellState is the state of the reader of spelled-out numbers.
type spellState struct {
	total    Decimal
	cur      uint64 // the pending group below 1000
	half     bool   // a pending « demi » (0.5) in place of cur
	cat      int
	last     uint64 // value of the last small word
	lastExp  int    // exponent of the last scale word, -1 if none
	maxExp   int
	words    int
	onlyUn   bool
	zero     bool
	seenCent bool
	minExp   int // smallest scale applied so far (99 when none)
}

// scaleOK reports whether a scale word of exponent exp may follow: scale
// words go down (« un milliard deux cents millions ») unless one
// multiplies all that comes before it (« mille milliards »). This keeps
// « mille mille » or « cent mille cent mille » from being one number.
func (st *spellState) scaleOK(exp int) bool {
	return exp < st.minExp || st.total.Sign() != 0 && st.total.Cmp(NewDecimal(1, exp)) < 0
}

// spelled reads a French number written in words from unit i: « deux cent
// mille », « soixante et onze », « quatre-vingt-dix-sept », « un milliard
// deux cents millions », « un demi-milliard », « deux millions et demi »,
// with or without hyphens (both spelling reforms), and the Belgian and
// Swiss septante, huitante, octante, nonante. cent multiplies only a
// group it may follow (« quarante-cinq cents » stops before « cents »,
// then a sub-unit). A scale word cannot start a number (« le million »).
// It returns false when unit i does not start a number.
func (f *finder) spelled(i int) (spelledNum, bool) {
	st := spellState{total: NewDecimal(0, 0), lastExp: -1, onlyUn: true, minExp: 99}
	var good spellState
	good.lastExp, good.minExp = -1, 99
	goodEnd, goodTail := i, 0
units:
	for j := i; j < len(f.u); j++ {
		if j > i && !f.next(j) || f.u[j].Kind != token.Word || f.u[j].Is(token.Elided) {
			break
		}
		consumed := 0
		for rest, more := f.key(j), true; more; {
			// The parts of a hyphenated compound, as bytes.SplitSeq.
			var part []byte
			part, rest, more = bytes.Cut(rest, []byte{'-'})
			if !st.step(f.lx, part) {
				if consumed > 0 && st.cat != catEt {
					good, goodEnd = st, j+1
					goodTail = f.u[j].Start + tailOffset(f.text(j), consumed)
				}
				break units
			}
			consumed++
		}
		if st.cat != catEt {
			good, goodEnd, goodTail = st, j+1, 0
		}
	}
	st = good
	if st.words == 0 && !st.half {
		return spelledNum{}, false
	}
	out := spelledNum{end: goodEnd, tail: goodTail, scaleExp: st.maxExp, zero: st.zero, words: st.words}
	if st.half {
		if st.total.Sign() != 0 {
			return spelledNum{}, false
		}
		out.half = true
		out.val = NewDecimal(5, -1)
		return out, true
	}
	v, ok := add(st.total, NewDecimal(int64(st.cur), 0))
	if !ok {
		return spelledNum{}, false
	}
	out.val = v
	out.article = st.onlyUn && st.words == 1
	return out, true
}

// step reads one number word (a part of a hyphenated compound) and reports
// whether it continues the number. The state changes only when it does.
func (st *spellState) step(lx *lexicon, p []byte) bool {
	// p is compared and looked up as a string, without a copy.
	if string(p) == "et" {
		if st.words > 0 && (st.cat == catTens || st.cat == catQV || st.cat == catNone || st.cat == catUnit) {
			st.cat = catEt
			return true
		}
		return false
	}
	idx, known := lx.words[string(p)]
	if !known {
		return false
	}
	e := lx.entries[idx]
	switch {
	case e.has(fHalf) || string(p) == "demie":
		switch {
		case st.cat == catEt:
			// « deux millions et demi », « deux et demi »
			h := NewDecimal(5, -1)
			if st.cur == 0 && st.lastExp >= 0 {
				h = NewDecimal(5, st.lastExp-1)
			}
			t, ok := add(st.total, h)
			if !ok {
				return false
			}
			if st.cur != 0 {
				if t, ok = add(t, NewDecimal(int64(st.cur), 0)); !ok {
					return false
				}
			}
			st.total, st.cur, st.cat = t, 0, catZero // nothing may follow
			st.onlyUn = false
			return true
		case st.words == 0 && !st.half || st.onlyUn && st.words == 1 && st.cur == 1:
			// « demi-litre », « un demi-milliard »
			st.cur, st.half, st.words, st.onlyUn = 0, true, 0, false
			return true
		}
		return false
	case e.has(fNum):
		n := uint64(e.num)
		cat := st.cat
		ok := false
		switch {
		case n == 0:
			ok = st.words == 0 && !st.half
			cat = catZero
			st.zero = ok
		case n <= 9:
			switch st.cat {
			case catNone, catTens, catQV:
				ok = true
			case catEt:
				ok = n == 1
			case catDix:
				ok = n >= 7
			}
			cat = catUnit
		case n == 10:
			ok = st.cat == catNone || st.cat == catTens && (st.last == 60 || st.last == 70) || st.cat == catQV
			cat = catDix
		case n <= 16:
			ok = st.cat == catNone || st.cat == catTens && st.last == 60 || st.cat == catQV || st.cat == catEt && st.last == 60
			cat = catTeen
		case n == 20 && st.cat == catUnit && st.last == 4 && st.cur%100 == 4:
			// quatre-vingt(s)
			st.cur += 76
			st.cat, st.last = catQV, 80
			st.words++
			st.onlyUn = false
			return true
		case n < 100:
			ok = st.cat == catNone
			cat = catTens
		case n == 100:
			if st.cat != catZero && st.cat != catEt && !st.half && st.cur <= 19 && !(st.seenCent && st.cur == 0) {
				if st.cur == 0 {
					st.cur = 100
				} else {
					st.cur *= 100
				}
				st.cat, st.last, st.seenCent = catNone, 100, true
				st.words++
				st.onlyUn = false
				return true
			}
			return false
		case n == 1000:
			if st.cat == catZero || st.cat == catEt || st.half || !st.scaleOK(3) {
				return false
			}
			t, ok := applyScale(st.total, st.cur, 3)
			if !ok {
				return false
			}
			st.total, st.cur, st.cat, st.last = t, 0, catNone, 1000
			st.lastExp, st.maxExp, st.seenCent, st.minExp = 3, max(st.maxExp, 3), false, 3
			st.words++
			st.onlyUn = false
			return true
		}
		if !ok || st.half {
			return false
		}
		if n != 0 {
			st.cur += n
		}
		st.cat, st.last = cat, n
		st.words++
		if string(p) != "un" && string(p) != "une" {
			st.onlyUn = false
		}
		return true
	case e.has(fScale):
		exp := int(e.scale)
		if st.cat == catZero || st.cat == catEt || st.words == 0 && !st.half || !st.scaleOK(exp) {
			return false
		}
		if st.half {
			h, ok := NewDecimal(5, -1).shift(exp)
			if !ok {
				return false
			}
			t, ok := add(st.total, h)
			if !ok {
				return false
			}
			st.total, st.half, st.words = t, false, max(st.words, 1)
		} else {
			t, ok := applyScale(st.total, st.cur, exp)
			if !ok {
				return false
			}
			st.total, st.cur = t, 0
		}
		st.cat, st.lastExp, st.maxExp, st.seenCent, st.minExp = catNone, exp, max(st.maxExp, exp), false, exp
		st.onlyUn = false
		st.words++
		return true
	}
	return false
}

// applyScale applies a scale word of exponent exp (3 for mille) to the
// running total and pending group: « deux cent mille » is 200 × 10^3,
// « mille milliards » is 1000 × 10^9, « un milliard deux cents millions »
// is 10^9 + 200 × 10^6.
func applyScale(total Decimal, cur uint64, exp int) (Decimal, bool) {
	var ok bool
	if total.Sign() != 0 && total.Cmp(NewDecimal(1, exp)) < 0 {
		// The total so far multiplies the scale: « mille milliards ».
		if total, ok = add(total, NewDecimal(int64(cur), 0)); !ok {
			return total, false
		}
		return total.shift(exp)
	}
	if cur == 0 {
		cur = 1
	}
	g, ok := NewDecimal(int64(cur), 0).shift(exp)
	if !ok {
		return total, false
	}
	return add(total, g)
}

// tailOffset returns the byte offset in s after its first n
// hyphen-separated parts and the hyphen that follows them.
func tailOffset(s string, n int) int {
	for i := 0; i < len(s); {
		c := s[i]
		size := 1
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91) {
			size = 3 // U+2010, U+2011
		} else if c != '-' {
			i++
			continue
		}
		n--
		if n == 0 {
			return i + size
		}
		i += size
	}
	return len(s)
}
