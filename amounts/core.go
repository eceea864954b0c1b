package amounts

import (
	"bytes"
	"strings"

	"golang.org/x/text/currency"

	"github.com/veille-nlp/veille/extract/token"
)

// parseCore reads, from unit i, an optional currency written before the
// number, the number with its sign and scale words, and what follows it:
// a currency, a percent sign, a unit or a counted noun. It reports false
// when unit i does not start such a core. Context rules (years, names with
// digits, « les deux pays ») are left to validCore.
func (f *finder) parseCore(i int) (core, bool) {
	if i < 0 || i >= len(f.u) {
		return core{}, false
	}
	// « USD1,23 »: a code glued to its number in one word.
	if c, ok := f.codeDigits(i); ok {
		return c, true
	}
	p := i
	code, n := f.currencyPrefix(i)
	if n > 0 {
		p = i + n
		if p >= len(f.u) || !f.next(p) {
			return core{}, false
		}
	}
	f.prefixed = n > 0
	c, ok := f.number(p)
	f.prefixed = false
	if !ok {
		return core{}, false
	}
	c.first = i
	if n > 0 {
		if c.vague || c.half || c.article {
			return core{}, false
		}
		c.Kind, c.hasCur, c.cur, c.prefixCur = Money, true, code, true
		if c.signed && c.val.Sign() < 0 {
			c.val = c.val.Neg() // « $-5 »: a fall keeps a positive value
		}
		c.signed = false
		if c.letter {
			c.letter = false
		}
		f.subunitAdd(&c)
		return c, true
	}
	if !f.suffix(&c) {
		return core{}, false
	}
	f.unsign(&c)
	return c, true
}

// unsign leaves the sign written before a number out of its amount: a
// sign before a percentage or a sum marks a change, a rise or a fall
// (« AMD (-7,4 %) », « (+24 %) »), and a fall, like a loss, keeps a
// positive value. The amount starts at the number. A temperature keeps its
// sign and its span (« −5 °C » is a value below zero, not a change), and
// so does an amount read by Parse, which reads one expression as given.
func (f *finder) unsign(c *core) {
	if !c.signed || f.onlyAt0 || c.unit == "°C" || c.unit == "°F" || c.unit == "°" {
		return
	}
	if c.val.Sign() < 0 {
		c.val = c.val.Neg()
	}
	c.signed = false
	c.first++
}

// codeDigits reads a currency code glued to its number: « USD1,23 »,
// « EUR29,99 ».
func (f *finder) codeDigits(i int) (core, bool) {
	u := f.u[i]
	if u.Kind != token.Word || !u.Is(token.HasDigit) || u.End-u.Start < 4 {
		return core{}, false
	}
	s := f.src[u.Start:]
	code := s[:3]
	if !isUpperCode(code) || !isDigit(s[3]) {
		return core{}, false
	}
	cur, ok := f.isoCode(code)
	if !ok {
		return core{}, false
	}
	v, n, ok := readDigits(s[3:])
	if !ok {
		return core{}, false
	}
	end := u.Start + 3 + n
	k := i
	for k < len(f.u) && f.u[k].End < end {
		k++
	}
	if k >= len(f.u) || f.u[k].End != end {
		return core{}, false
	}
	c := core{first: i, last: k + 1, val: v, digits: true, Kind: Money, hasCur: true, cur: cur, prefixCur: true}
	f.subunitAdd(&c)
	return c, true
}

func isUpperCode(s string) bool {
	return len(s) == 3 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z' && 'A' <= s[2] && s[2] <= 'Z'
}

// isoCode validates an upper-case three-letter currency code (BTC
// included) and rejects the codes that are usually something else.
func (f *finder) isoCode(s string) (string, bool) {
	if !isUpperCode(s) || f.lx.notCode[s] {
		return "", false
	}
	if s == "BTC" {
		return "BTC", true
	}
	u, err := currency.ParseISO(s)
	if err != nil {
		return "", false
	}
	return u.String(), true
}

// number reads a number at unit p: digits, words, « un »/« une » before a
// scale or a unit, or a vague « des »/« plusieurs »/« quelques » before a
// scale; then its scale words (« 1,4 milliard », « 10 Md », « une dizaine
// de millions »).
func (f *finder) number(p int) (core, bool) {
	var c core
	c.first = p
	neg := false
	if p < len(f.u) && (f.u[p].Kind == token.Symbol || f.u[p].Kind == token.Punct) {
		if !f.isSign(p) {
			return core{}, false
		}
		neg = f.text(p) != "+"
		c.signed = true
		p++
	}
	if p >= len(f.u) {
		return core{}, false
	}
	quart := false
	switch u := f.u[p]; u.Kind {
	case token.Number:
		t := f.text(p)
		v, n, ok := readDigits(t)
		if !ok || n != len(t) {
			return core{}, false
		}
		c.val, c.digits, c.plainInt = v, true, allDigits(t)
		if fr, ok := f.fraction(p); ok {
			// « 1/4 kilomètre »
			c.val, c.fraction = fr, true
			p += 3
			break
		}
		p++
		if c.plainInt && p < len(f.u) && f.gap(p) && !f.glued(p) {
			if fr, ok := f.fraction(p); ok {
				// « 10 1/2 mile »
				if sum, ok := add(v, fr); ok {
					c.val, c.fraction = sum, true
					p += 3
				}
			}
		}
	case token.Word:
		e := f.entry(p)
		switch {
		case e.has(fVague):
			if !f.next(p+1) || !f.entry(p+1).has(fScale|fNounScale) {
				return core{}, false
			}
			c.vague = true
			p++
		case e.has(fNounScale) && p > f.floor && f.gap(p) && strings.HasSuffix(f.text(p), "s") &&
			(f.is(p-1, "aux") || f.is(p-1, "les") || f.is(p-1, "ces")):
			// « face aux centaines de milliards de dollars »: vague, the
			// span starts at the noun scale (the article is not « des »).
			if !f.next(p+1) || !f.isDe(p+1) {
				return core{}, false
			}
			c.vague = true
		case f.is(p, "quart"):
			if !(f.next(p+1) && f.isDe(p+1)) {
				return core{}, false
			}
			c.val, c.half, quart = NewDecimal(25, -2), true, true
			p++
		default:
			s, ok := f.spelled(p)
			if !ok {
				return core{}, false
			}
			c.val, c.spelled, c.article, c.half, c.zero = s.val, true, s.article, s.half, s.zero
			if s.scaleExp > 0 {
				c.hasScale, c.scaleExp, c.bigScale = true, s.scaleExp, s.scaleExp >= 6
			}
			p = s.end
			if s.tail > 0 {
				c.last, c.endAt = p, s.tail
				if neg {
					c.val = c.val.Neg()
				}
				return c, true
			}
		}
	default:
		return core{}, false
	}
	numEnd := p
	// Scale words: one, or « mille » before a larger one (« 3 mille
	// milliards »), or noun scales chained by « de » (« une dizaine de
	// millions », « des centaines de milliers »), four at most.
	for steps := 0; steps < 4 && p < len(f.u) && f.next(p); steps++ {
		e := f.entry(p)
		switch {
		case e.has(fScale) && (c.vague || c.digits || c.half || c.nounScaled()) &&
			(!c.hasScale || c.nounScale || c.scaleExp == 3 && int(e.scale) > 3):
			c.hasScale, c.bigScale = true, c.bigScale || e.scale >= 6
			if !c.vague {
				v, ok := c.val.shift(int(e.scale))
				if !ok {
					return core{}, false
				}
				c.val = v
				c.half = false
			}
			c.scaleExp += int(e.scale)
			p++
			// « 3 millions et demi »
			if c.digits && !c.vague && p+1 < len(f.u) && f.next(p) && f.is(p, "et") && f.next(p+1) && f.is(p+1, "demi") {
				if v, ok := add(c.val, NewDecimal(5, int(e.scale)-1)); ok {
					c.val = v
					p += 2
				}
			}
			continue
		case e.has(fNum) && e.num == 1000 && c.digits && !c.hasScale:
			v, ok := c.val.shift(3)
			if !ok {
				return core{}, false
			}
			c.val, c.hasScale, c.scaleExp = v, true, c.scaleExp+3
			p++
			continue
		case e.has(fNounScale) && (c.vague || c.val.Valid() && !c.half) && !(c.hasScale && !c.nounScale):
			if !c.vague {
				c.val = c.val.mulSmall(uint64(e.num))
				if c.article || c.spelled && !c.hasScale && f.entry(p-1).has(fArticle) {
					c.approx = About
				}
				c.article = false
			}
			c.hasScale = true
			c.nounScale = true
			p++
			// « une dizaine de millions », « des centaines de milliers »
			if p+1 < len(f.u) && f.next(p) && f.isDe(p) && f.next(p+1) &&
				f.entry(p+1).has(fScale|fNounScale) {
				p++
			}
			continue
		}
		if c.digits || c.half {
			if f.prefixed && !c.hasScale && f.glued(p) && f.text(p) == "m" {
				// « £200m »: after a currency sign, m is a million, not a metre.
				if v, ok := c.val.shift(6); ok {
					c.val, c.hasScale, c.scaleExp, c.bigScale = v, true, c.scaleExp+6, true
					p++
					continue
				}
			}
			if sym, ok := f.symbolAt(p); ok && sym.scale > 0 && !c.hasScale {
				if sym.letter && !f.glued(p) && !f.currencyFollows(p+1) {
					break
				}
				v, ok := c.val.shift(int(sym.scale))
				if !ok {
					return core{}, false
				}
				c.val, c.hasScale, c.scaleExp = v, true, c.scaleExp+int(sym.scale)
				c.letter = sym.letter
				c.bigScale = c.bigScale || !sym.letter && sym.scale >= 6
				p++
				continue
			}
		}
		break
	}
	if c.vague && !c.hasScale {
		return core{}, false
	}
	if neg && !c.vague {
		c.val = c.val.Neg()
	}
	c.numEnd = numEnd
	c.last = p
	c.quart = quart
	return c, true
}

func (c *core) nounScaled() bool { return c.nounScale }

// fraction reads a fraction a/b at unit p (three glued units) whose value
// is an exact decimal: 1/2, 3/4, 1/8.
func (f *finder) fraction(p int) (Decimal, bool) {
	if p+2 >= len(f.u) || f.u[p].Kind != token.Number || !f.glued(p+1) || f.text(p+1) != "/" ||
		!f.glued(p+2) || f.u[p+2].Kind != token.Number {
		return Decimal{}, false
	}
	if p+3 < len(f.u) && f.glued(p+3) && (f.text(p+3) == "/" || f.u[p+3].Kind == token.Number) {
		return Decimal{}, false // a date
	}
	a, b := f.text(p), f.text(p+2)
	if !allDigits(a) || !allDigits(b) || len(a) > 2 || len(b) > 2 {
		return Decimal{}, false
	}
	num, den := atoiSmall(a), atoiSmall(b)
	if den < 2 || num == 0 || num >= den {
		return Decimal{}, false
	}
	for k := 1; k <= 6; k++ {
		if pow10[k]%uint64(den) == 0 {
			return NewDecimal(int64(num)*int64(pow10[k]/uint64(den)), -k), true
		}
	}
	return Decimal{}, false
}

func atoiSmall(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// currencyFollows reports whether a currency sign or code is at unit p
// (glued or spaced), for one-letter scales: « 10 M€ », « 5 M $ ».
func (f *finder) currencyFollows(p int) bool {
	if p >= len(f.u) || !f.next(p) {
		return false
	}
	_, _, n := f.currencySuffix(p)
	return n > 0
}

// suffix reads what follows the number of c (from unit c.last) and sets
// its kind; it reports false when nothing makes it an amount.
func (f *finder) suffix(c *core) bool {
	p := c.last
	if c.endAt > 0 {
		// The number ends inside a word: « trois-tonnes », « demi-litre ».
		u := f.u[p-1]
		f.scratch = f.lx.fold(f.scratch[:0], f.src[c.endAt:u.End])
		for _, name := range f.lx.units[string(f.scratch)] {
			if len(name.words) == 1 && !c.article {
				c.Kind, c.unit, c.endAt = Quantity, name.sym, 0
				return true
			}
		}
		return false
	}
	deOK := c.hasScale || c.quart
	at := func(k int) bool { return k < len(f.u) && f.next(k) }
	de := at(p) && f.isDe(p) && at(p+1)

	// Percent: « 10 % », « 10 pour cent », « dix pour-cent », « 3 pourcents ».
	if at(p) && !c.half && !c.vague && !c.fraction {
		switch {
		case f.text(p) == "%" || f.text(p) == "\uFF05":
			c.Kind, c.last = Percent, p+1
			return !c.letter
		case f.entry(p).has(fPercent):
			c.Kind, c.last = Percent, p+1
			return !c.letter
		case f.is(p, "pour") && at(p+1) && f.is(p+1, "cent"):
			c.Kind, c.last = Percent, p+2
			return !c.letter
		}
	}
	// Currency: « 10 € », « 1,4 milliard de dollars », « 10 Md$ », « 3 livres sterling ».
	for _, k := range []int{p, p + 1} {
		if k == p+1 && !(de && deOK) || !at(k) || c.fraction {
			continue
		}
		code, weak, n := f.currencySuffix(k)
		if n == 0 || weak && !c.bigScale {
			continue
		}
		if c.half && !c.hasScale && k > p {
			continue
		}
		c.Kind, c.hasCur, c.cur, c.last = Money, true, code, k+n
		if code == "" && f.u[k].Kind == token.Word {
			c.curFam = f.entry(k).cur
		}
		if c.vague {
			return true
		}
		f.subunitAdd(c)
		return true
	}
	if c.letter {
		return false
	}
	// Sub-unit: « 50 cents », « 147,55 pence », « un penny », « 6,65
	// milliards de pesewas ».
	for _, k := range []int{p, p + 1} {
		if k == p+1 && !(de && c.bigScale) || !at(k) || c.vague || c.half || k == p && c.hasScale {
			continue
		}
		if e := f.entry(k); e.has(fSubunit) && (c.digits || c.spelled) {
			def := currencies[e.cur-1]
			v, ok := c.val.shift(int(def.sub))
			if !ok {
				return false
			}
			c.val, c.Kind, c.hasCur, c.cur, c.last = v, Money, true, def.code, k+1
			return true
		}
	}
	// Unit: « 1GW », « 10 km », « 1,5 million de gallons », « 660 mètres carrés ».
	if p+1 < len(f.u) && f.glued(p) && f.glued(p+1) && isHyphenText(f.text(p)) && c.digits {
		// « 2,5-km »
		if sym, ok := f.symbolAt(p + 1); ok && sym.unit != "" {
			c.Kind, c.unit, c.last = Quantity, sym.unit, p+2
			return true
		}
		if sym, n := f.unitName(p + 1); n > 0 {
			c.Kind, c.unit, c.last = Quantity, sym, p+1+n
			return true
		}
	}
	if at(p) && (c.digits || c.half || c.spelled && !c.zero) && !c.article {
		if sym, ok := f.symbolAt(p); ok && sym.unit != "" && !c.vague {
			c.Kind, c.unit, c.last = Quantity, sym.unit, p+1
			f.unitTail(c)
			return true
		}
		if de && deOK && f.u[p+1].End-f.u[p+1].Start >= 2 && !c.vague {
			// « 17,5 milliards de m3 », « 2 millions de km² »
			if sym, ok := f.symbolAt(p + 1); ok && sym.unit != "" {
				c.Kind, c.unit, c.last = Quantity, sym.unit, p+2
				f.unitTail(c)
				return true
			}
		}
		if p+1 < len(f.u) && f.text(p) == "°" && f.glued(p+1) && (f.text(p+1) == "C" || f.text(p+1) == "F") {
			c.Kind, c.unit, c.last = Quantity, "°"+f.text(p+1), p+2
			return true
		}
	}
	for _, k := range []int{p, p + 1} {
		if k == p+1 && !(de && deOK) || !at(k) || c.zero || c.article {
			continue // « le prix d'un kilowattheure »: an article
		}
		if sym, n := f.unitName(k); n > 0 {
			c.Kind, c.unit, c.last = Quantity, sym, k+n
			f.unitTail(c)
			return true
		}
	}
	if c.half || c.article || c.zero || c.fraction {
		return false
	}
	// A counted noun: « 18 000 puces », « deux GPU », « 2 milliards
	// d'habitants », « 18 000 de ses dernières puces ».
	if !c.vague || c.hasScale {
		if noun, k, ok := f.countedNoun(c, p, de && deOK); ok {
			if f.isMoneyNoun(k) && c.bigScale {
				c.Kind, c.moneyNoun = Money, true // span stops at the scale word
				return true
			}
			c.Kind, c.unit, c.noun, c.last = Quantity, noun, true, k+1
			return true
		}
	}
	// A bare scale: « plus de 300 milliards », « des milliards ».
	if c.bigScale {
		if de && f.entry(p+1).has(fTime) {
			return false // « des millions de fois »
		}
		if f.is(p, "a") && c.first > 0 && f.gap(c.first) && isEtre(f.key(c.first-1)) {
			return false // « ils sont 12 millions à utiliser le service »: people
		}
		c.Kind, c.defaulted = Money, true
		return true
	}
	return false
}

// unitTail extends a unit with what completes it: « km/h », « Gbit/s »,
// « m² ».
func (f *finder) unitTail(c *core) {
	p := c.last
	if p+1 < len(f.u) && f.glued(p) && f.text(p) == "/" && f.glued(p+1) {
		switch f.text(p + 1) {
		case "h", "s":
			c.unit += "/" + f.text(p+1)
			c.last = p + 2
			return
		}
	}
	if p < len(f.u) && f.glued(p) {
		switch f.text(p) {
		case "²":
			c.unit += "²"
			c.last = p + 1
		case "³":
			c.unit += "³"
			c.last = p + 1
		}
	}
}

// currencyPrefix reads a currency written before a number at unit i: a
// sign (« $10 », « € 20 »), a marked dollar (« US$ 5 », « usd$ 15 »), or a
// code (« EUR 20 », « CHF 10 millions »). It returns the code and the number
// of units read (0 when there is none); a number must follow.
func (f *finder) currencyPrefix(i int) (string, int) {
	if i >= len(f.u) {
		return "", 0
	}
	followedByNumber := func(k int) bool {
		if k >= len(f.u) || !f.next(k) {
			return false
		}
		if f.u[k].Kind == token.Number {
			return true
		}
		if f.isSign(k) {
			return true
		}
		return f.u[k].Kind == token.Word && f.entry(k).has(fNum)
	}
	u := f.u[i]
	switch u.Kind {
	case token.Symbol, token.Punct:
		if code, ok := f.currencySign(i); ok && followedByNumber(i+1) {
			return code, 1
		}
	case token.Word:
		if i+1 < len(f.u) && f.glued(i+1) && f.text(i+1) == "$" {
			if code, ok := f.lx.dollarMark[f.text(i)]; ok && followedByNumber(i+2) {
				return code, 2
			}
		}
		if code, ok := f.isoCode(f.text(i)); ok && followedByNumber(i+1) {
			return code, 1
		}
	}
	return "", 0
}

// currencySign returns the code of the currency sign at unit i.
func (f *finder) currencySign(i int) (string, bool) {
	if u := f.u[i]; u.Kind != token.Symbol && u.Kind != token.Punct {
		return "", false
	}
	s, ok := f.symbolAt(i)
	if !ok || s.currency == "" {
		return "", false
	}
	return s.currency, true
}

// lowerCode returns the code of the currency codes also accepted in lower
// case after a number.
func lowerCode(s string) (string, bool) {
	switch s {
	case "eur", "usd", "gbp", "chf", "jpy", "cny", "cad", "aud", "btc":
		return strings.ToUpper(s), true
	}
	return "", false
}

// currencySuffix reads a currency written after a number at unit k: a sign
// with its mark (« $ », « $US », « $ CA », « $ c »), a marked dollar
// (« US$ »), a code (EUR, BTC) or a name with its adjectives (« dollars
// canadiens », « livres sterling », « francs suisses »). weak is set for a
// bare « livres », money only after a scale word. It returns the number
// of units read (0 when there is none).
func (f *finder) currencySuffix(k int) (code string, weak bool, n int) {
	if k >= len(f.u) {
		return "", false, 0
	}
	u := f.u[k]
	switch u.Kind {
	case token.Symbol, token.Punct:
		code, ok := f.currencySign(k)
		if !ok {
			return "", false, 0
		}
		if code == "USD" && k+1 < len(f.u) && f.next(k+1) && f.u[k+1].Kind == token.Word {
			m := f.text(k + 1)
			if c2, ok := f.lx.dollarMark[m]; ok && (f.glued(k+1) || len(m) >= 2 || m == "c") {
				return c2, false, 2
			}
		}
		return code, false, 1
	case token.Word:
		if k+1 < len(f.u) && f.glued(k+1) && f.text(k+1) == "$" {
			if code, ok := f.lx.dollarMark[f.text(k)]; ok {
				return code, false, 2
			}
		}
		t := f.text(k)
		if code, ok := f.isoCode(t); ok {
			return code, false, 1
		}
		if code, ok := lowerCode(t); ok {
			return code, false, 1
		}
		if t == "ETH" {
			return "", false, 1 // ether: money, no ISO code
		}
		e := f.entry(k)
		if !e.has(fCurrency) {
			return "", false, 0
		}
		def := currencies[e.cur-1]
		code = def.code
		n = 1
		for _, adj := range def.adjs {
			// The first word of the adjective must start the next key.
			if first, _, _ := strings.Cut(adj.words, " "); k+1 >= len(f.u) || f.u[k+1].Kind != token.Word ||
				!bytes.HasPrefix(f.key(k+1), []byte(first)) {
				continue
			}
			if m := f.words(k+1, adj.words); m > 0 {
				return adj.code, false, 1 + m
			}
		}
		if strings.HasPrefix(def.forms, "livre") {
			weak = true
			code = "GBP"
		}
		return code, weak, n
	}
	return "", false, 0
}

// words reports how many units from k spell the folded words ws (each may
// be plural), or 0.
func (f *finder) words(k int, ws string) int {
	n := 0
	for ws != "" {
		// The words are separated by single spaces (as strings.Fields
		// would split them: an empty word is skipped).
		var w string
		w, ws, _ = strings.Cut(ws, " ")
		if w == "" {
			continue
		}
		j := k + n
		if j >= len(f.u) || !f.next(j) || f.u[j].Kind != token.Word {
			return 0
		}
		key := f.key(j)
		if string(key) != w && !(len(key) == len(w)+1 && string(key[:len(w)]) == w && (key[len(w)] == 's' || key[len(w)] == 'x')) {
			return 0
		}
		n++
	}
	return n
}

// unitName reads a unit written as a name at unit k (« kilomètres »,
// « mètres carrés », « tonnes métriques ») and returns its symbol and the
// number of units read.
func (f *finder) unitName(k int) (string, int) {
	if k >= len(f.u) || f.u[k].Kind != token.Word || !f.entry(k).has(fUnit) {
		return "", 0
	}
	names := f.lx.units[string(f.key(k))]
	for _, name := range names {
		n := 1
		if len(name.words) > 1 {
			n = f.words(k+1, strings.Join(name.words[1:], " "))
			if n == 0 {
				continue
			}
			n++
		}
		return name.sym, n
	}
	return "", 0
}

// subunitAdd adds the cents written after a sum in a currency: « 1 USD et
// 23 centimes », « 15 dollars 50 cents ».
func (f *finder) subunitAdd(c *core) {
	p := c.last
	if c.vague || !c.val.Valid() || c.hasScale || p >= len(f.u) || !f.next(p) {
		return
	}
	if f.is(p, "et") {
		p++
		if p >= len(f.u) || !f.next(p) {
			return
		}
	}
	var v Decimal
	var end int
	switch f.u[p].Kind {
	case token.Number:
		t := f.text(p)
		d, n, ok := readDigits(t)
		if !ok || n != len(t) {
			return
		}
		v, end = d, p+1
	case token.Word:
		s, ok := f.spelled(p)
		if !ok || s.tail > 0 || s.half || s.article {
			return
		}
		v, end = s.val, s.end
	default:
		return
	}
	if end >= len(f.u) || !f.next(end) || !f.entry(end).has(fSubunit) {
		// « 15 dollars 50 », « 3 euros 50. »: cents when a one- or two-digit
		// number ends the phrase.
		t := f.text(end - 1)
		if f.u[end-1].Kind != token.Number || len(t) > 2 || !allDigits(t) || c.prefixCur {
			return
		}
		if end < len(f.u) && f.next(end) && !(f.u[end].Kind == token.Punct && !f.u[end].Is(token.Quote)) {
			return
		}
		cents, ok := v.shift(-2)
		if !ok {
			return
		}
		if sum, ok := add(c.val, cents); ok {
			c.val, c.last = sum, end
		}
		return
	}
	e := f.entry(end)
	def := currencies[e.cur-1]
	if def.code != "" && def.code != c.cur {
		return
	}
	s, ok := v.shift(int(def.sub))
	if !ok {
		return
	}
	sum, ok := add(c.val, s)
	if !ok {
		return
	}
	c.val, c.last = sum, end+1
}

// countedNoun finds the head noun counted by the number of c, from unit
// p: « 18 000 puces », « 10 nouveaux clients », « 18 000 de ses dernières
// puces », « 2 milliards d'habitants » (afterDe: « de » is at p). It
// returns the noun in the singular and its unit index.
func (f *finder) countedNoun(c *core, p int, afterDe bool) (string, int, bool) {
	if p >= len(f.u) || !f.next(p) {
		return "", 0, false
	}
	k := p
	capital := false
	if f.isDe(k) {
		switch {
		case afterDe:
			k++
			capital = true
		case k+1 < len(f.u) && f.next(k+1) && f.entry(k+1).has(fPoss) && !c.hasScale:
			k += 2
		default:
			return "", 0, false
		}
	} else if c.hasScale && c.bigScale {
		return "", 0, false // « 3 millions vendus »
	}
	if k == p && f.glued(k) {
		return "", 0, false // « 2rande », « 1GW »: glued words are units or noise
	}
	plural := c.vague || c.val.Valid() && c.val.Cmp(decimalTwo) >= 0
	title := false
	for n := 0; n < 3 && k < len(f.u) && f.next(k); n++ {
		if !capital && !title && f.u[k].Kind == token.Word && f.u[k].Is(token.Capitalized) && f.titleLine(k) {
			title = true // « Vise 600 000 Clients En Allemagne »
		}
		if noun, ok := f.noun(k, capital || title, plural); ok {
			if title || capital && f.titleLine(k) {
				noun = strings.ToLower(noun) // capitalized by the headline only
			}
			// Nouns made with a complement: « 25 points de base », « 3 points
			// de pourcentage » (not index points, nor percent).
			if noun == "point" || noun == "points" {
				if k+2 < len(f.u) && f.next(k+1) && f.next(k+2) && f.is(k+1, "de") &&
					(f.is(k+2, "base") || f.is(k+2, "pourcentage")) {
					return "point de " + f.text(k+2), k + 2, true
				}
			}
			return noun, k, true
		}
		if plural && f.modifier(k) && k+1 < len(f.u) && f.next(k+1) {
			// An English compound, plural on its last word: « 400 data
			// centers » counts « data center ».
			if noun, ok := f.noun(k+1, false, true); ok && f.u[k+1].Flags&(token.Hyphenated|token.Capitalized) == 0 {
				return f.text(k) + " " + noun, k + 1, true
			}
		}
		if !f.entry(k).has(fAdj) || f.u[k].Kind != token.Word || !f.u[k].Is(token.Lower) {
			return "", 0, false
		}
		k++
	}
	return "", 0, false
}

// decimalTwo is 2, from which a count is plural.
var decimalTwo = NewDecimal(2, 0)

// titleLine reports whether unit k is in a headline written in Title Case
// (« Qonto Vise 600 000 Clients En Allemagne »), where every word,
// function words included, is capitalized: at least two capitalized
// function words and no word in lower case among the units around k on
// its line (a bounded look, so the finder stays linear).
func (f *finder) titleLine(k int) bool {
	caps := 0
	for dir := -1; dir <= 1; dir += 2 {
		j := k
		for n := 0; n < 24; n++ {
			if dir < 0 && !f.next(j) || dir > 0 && !f.next(j+1) {
				break
			}
			j += dir
			u := f.u[j]
			if u.Kind != token.Word || u.Is(token.AllCaps) {
				continue
			}
			if u.Is(token.Lower) {
				return false
			}
			if u.Is(token.Capitalized) && f.entry(j).has(fFunc|fArticle|fDefDet|fPoss) {
				caps++
			}
		}
	}
	return caps >= 2
}

// noun reports whether unit k is a common noun that can be counted, and
// returns its singular. After a number of 2 or more (plural), a common
// noun must have a plural ending (s, x, z) or be a compound: « 26
// partant », « 11 appartenait » are not counts.
func (f *finder) noun(k int, capital, plural bool) (string, bool) {
	u := f.u[k]
	if u.Kind != token.Word || u.Flags&(token.Elided|token.HasDigit|token.Abbrev|token.Inverted) != 0 {
		return "", false
	}
	t := f.text(k)
	if u.Is(token.AllCaps) || u.Is(token.Capitalized) && isAcronymPlural(t) {
		a := strings.TrimSuffix(t, "s")
		if f.lx.acronyms[a] {
			return a, true
		}
		return "", false
	}
	if capital && lowerCamel(t) {
		// A product after a scale: « 3,5 millions d'iPhone ».
		return t, true
	}
	if !u.Is(token.Lower) && !(capital && u.Is(token.Capitalized)) {
		return "", false
	}
	e := f.entry(k)
	const notNoun = fFunc | fTime | fNum | fScale | fNounScale | fPercent | fVague | fDefDet | fArticle | fAdj | fHalf | fYearCue
	if e.flags&notNoun != 0 {
		return "", false
	}
	key := f.key(k)
	if len(key) < 3 || verbLike(key) || indexByte(key, '\'') >= 0 {
		return "", false // an inner apostrophe: « aujourd'hui », a typo « millionsd'euros »
	}
	if plural && !u.Is(token.Hyphenated) {
		if c := key[len(key)-1]; c != 's' && c != 'x' && c != 'z' {
			return "", false
		}
	}
	// An abbreviation with its dot: « 50 fr. », « 650 inf. ».
	if len(key) <= 3 && k+1 < len(f.u) && f.glued(k+1) && f.text(k+1) == "." {
		return "", false
	}
	return singular(t), true
}

// modifier reports whether unit k can be the first word of a compound
// noun borrowed from English, whose plural is on the last word (« data
// centers », « smart grids », « family offices »): a lower-case word of
// ASCII letters, singular in form, that the lexicon does not know. No
// French noun phrase puts a singular noun before a plural one, so a
// French word is not taken for it.
func (f *finder) modifier(k int) bool {
	u := f.u[k]
	if u.Kind != token.Word || !u.Is(token.Lower) || u.Flags&(token.Elided|token.HasDigit|token.Abbrev|token.Hyphenated) != 0 {
		return false
	}
	t := f.text(k)
	if len(t) < 3 || len(t) > 12 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	if c := t[len(t)-1]; c == 's' || c == 'x' || c == 'z' {
		return false
	}
	return f.entry(k).flags == 0 && !verbLike([]byte(t))
}

// isEtre reports whether a folded word is a plural form of être, as in
// « ils sont 12 millions à » (a number of people).
func isEtre(k []byte) bool {
	switch string(k) {
	case "sont", "etaient", "seront", "seraient", "sommes", "etes", "etions", "furent", "soient":
		return true
	}
	return false
}

// lowerCamel reports whether t is a brand written with a lower-case
// letter then an upper-case one (iPhone, iPad, eBike).
func lowerCamel(t string) bool {
	if len(t) < 3 || t[0] < 'a' || t[0] > 'z' || t[1] < 'A' || t[1] > 'Z' {
		return false
	}
	for i := 2; i < len(t); i++ {
		if c := t[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func isAcronymPlural(t string) bool {
	if len(t) < 3 || t[len(t)-1] != 's' {
		return false
	}
	for i := 0; i < len(t)-1; i++ {
		if t[i] < 'A' || t[i] > 'Z' {
			return false
		}
	}
	return true
}

// verbLike reports whether a folded word has a verb ending that no common
// noun has: imperfect and conditional plurals, future plurals.
func verbLike(k []byte) bool {
	s := string(k)
	for _, suf := range []string{"aient", "eront", "iront", "eraient", "erait", "erions", "assent",
		"urais", "erais", "irais", "rrais", "urait", "irait", "rrait"} {
		if strings.HasSuffix(s, suf) {
			return true
		}
	}
	return false
}

// isMoneyNoun reports whether unit k is a noun of money (« d'investissements »).
func (f *finder) isMoneyNoun(k int) bool {
	key := f.key(k)
	if f.lx.money[string(key)] {
		return true
	}
	if n := len(key); n > 2 && (key[n-1] == 's' || key[n-1] == 'x') {
		return f.lx.money[string(key[:n-1])]
	}
	return false
}

// validCore applies the context rules that make a number not an amount:
// dates, times, fractions, phone numbers, years, names with digits
// (« France 2 »), « les deux pays », « neuf » as an adjective.
func (f *finder) validCore(c *core) bool {
	if c.Kind == 0 {
		return false
	}
	n := c.first
	if c.prefixCur {
		return true
	}
	if f.u[n].Kind == token.Symbol || f.u[n].Kind == token.Punct {
		n++ // the sign
	}
	if c.digits && n < len(f.u) && f.u[n].Kind == token.Number {
		t := f.text(n)
		// 02, 06 12 34 56 78
		if len(t) > 1 && t[0] == '0' && isDigit(t[1]) {
			return false
		}
		// 11/02/2025, 14:30
		if !c.fraction && f.partOfDate(n) {
			return false
		}
		// A run of numbers: phone numbers, scores, lists; but not a
		// percentage or a decimal after a name with digits (« l'Euro
		// Stoxx 50 0,8 % »).
		if n > 0 && f.gap(n) && !f.glued(n) && f.u[n-1].Kind == token.Number && c.plainInt && c.Kind != Percent &&
			!f.isYear(n-1) {
			return false
		}
		if n+1 < len(f.u) && f.gap(n+1) && !f.glued(n+1) && f.u[n+1].Kind == token.Number && c.numEnd == n+1 {
			return false
		}
		if n > 0 && f.gap(n) && (f.is(n-1, "n°") || f.is(n-1, "no") || f.is(n-1, "numero") || f.text(n-1) == "#" || f.is(n-1, "nº")) {
			return false
		}
	}
	if !c.noun && !c.bare {
		return true
	}
	prev := n - 1
	hasPrev := prev >= 0 && f.gap(n)
	if c.digits && c.plainInt && hasPrev {
		pu := f.u[prev]
		// A name with digits: « France 2 », « Ligue 1 »; not an adverb
		// (« Finalement 300 salariés »), nor a count with a scale word
		// (« GitHub Copilot 20 millions d'utilisateurs »).
		if c.noun && !c.hasScale && pu.Kind == token.Word && (pu.Is(token.Capitalized) || pu.Is(token.AllCaps)) &&
			f.entry(prev).flags == 0 && !strings.HasSuffix(f.text(prev), "ment") {
			return false
		}
		// A year: « en 2030 », « d'ici 2030 », « fin 2024 ».
		if t := f.text(n); len(t) == 4 && t >= "1800" && t <= "2199" {
			if f.entry(prev).has(fYearCue) || f.is(prev, "des") && strings.HasPrefix(strings.ToLower(f.text(prev)), "d\u00e8s") {
				return false
			}
		}
	}
	// « 3 salariés sur 10 », « un Français sur deux »: a proportion, not a count.
	if c.noun && c.last+1 < len(f.u) && f.next(c.last) && f.is(c.last, "sur") && f.next(c.last+1) &&
		(f.u[c.last+1].Kind == token.Number || f.entry(c.last+1).has(fNum)) {
		return false
	}
	// « une croissance à deux chiffres »: a number of digits, not a count.
	if c.noun && hasPrev && f.is(prev, "a") && (c.unit == "chiffre" || c.unit == "chiffres") {
		return false
	}
	if c.spelled && hasPrev {
		// « les deux pays », « des deux entreprises »: both, not a count
		// (but « les deux millions d'habitants » is one).
		if f.entry(prev).has(fDefDet) && !c.hasScale {
			return false
		}
		// « un appartement neuf »
		if f.is(n, "neuf") && f.u[prev].Kind == token.Word && f.u[prev].Is(token.Lower) && f.entry(prev).flags == 0 {
			return false
		}
	}
	return true
}

// isYear reports whether unit k is a year after its cue: « en 2023 »
// (« En 2023 300 salariés sont partis » counts the salariés).
func (f *finder) isYear(k int) bool {
	t := f.text(k)
	return len(t) == 4 && t >= "1800" && t <= "2199" && k > 0 && f.gap(k) && f.entry(k-1).has(fYearCue)
}

// partOfDate reports whether the number at unit n is glued to a slash, a
// colon or a dot that joins it to another number (a date, a time, a
// fraction).
func (f *finder) partOfDate(n int) bool {
	sep := func(s string) bool { return s == "/" || s == ":" || s == "." || s == "h" }
	if n >= 2 && f.glued(n) && sep(f.text(n-1)) && f.glued(n-1) && f.u[n-2].Kind == token.Number {
		return true
	}
	if n+2 < len(f.u) && f.glued(n+1) && sep(f.text(n+1)) && f.glued(n+2) && f.u[n+2].Kind == token.Number {
		return true
	}
	return false
}
