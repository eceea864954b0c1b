package main

import (
	"encoding/json"
	"math/big"
	"strings"
)

// parseDecimal reads a JSON number ("1400000000", "1.4755", "1e+21") as an
// exact rational. JSON numbers are decimal, so nothing is lost.
func parseDecimal(n json.Number) (*big.Rat, bool) {
	if n == "" {
		return nil, false
	}
	return new(big.Rat).SetString(string(n))
}

// decimalString writes r in plain decimal notation with as many fraction
// digits as it needs (r is a sum of decimals, so its expansion ends).
func decimalString(r *big.Rat) string {
	if r.IsInt() {
		return r.Num().String()
	}
	d := new(big.Int).Set(r.Denom())
	k := 0
	ten := big.NewInt(10)
	for m := new(big.Int); k < 60; k++ {
		if m.Mod(d, ten); m.Sign() != 0 {
			break
		}
		d.Div(d, ten)
	}
	// r's denominator is 10^k times d; with d = 1 the expansion has k
	// digits. Otherwise (not a decimal) 60 digits are plenty.
	if d.Cmp(big.NewInt(1)) != 0 {
		return strings.TrimRight(r.FloatString(60), "0")
	}
	return r.FloatString(k)
}

// groupDigits writes a plain decimal number with its integer digits in
// groups of three separated by sep: 1400000000 -> 1 400 000 000.
func groupDigits(s, sep string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	if len(intPart) <= 4 {
		return sign + s
	}
	var b strings.Builder
	b.WriteString(sign)
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// readableNumber writes a JSON number in plain decimal, digits grouped.
func readableNumber(n json.Number, sep string) string {
	r, ok := parseDecimal(n)
	if !ok {
		return string(n)
	}
	return groupDigits(decimalString(r), sep)
}

var approxSigns = map[string]string{
	"about":     "≈ ",
	"more_than": "> ",
	"less_than": "< ",
	"at_least":  "≥ ",
	"at_most":   "≤ ",
}

// readable writes an amount's normalized value for people: "≈ 1 400 000
// 000 USD", "10–20 EFLOPS", "3.5 %", "several × EUR". sep separates digit
// groups.
func (m *mention) readable(sep string) string {
	var b strings.Builder
	if s, ok := approxSigns[m.Approx]; ok {
		b.WriteString(s)
	}
	switch {
	case m.Value != "":
		b.WriteString(readableNumber(m.Value, sep))
	case m.Min != "" && m.Max != "":
		b.WriteString(readableNumber(m.Min, sep) + "–" + readableNumber(m.Max, sep))
	case m.Min != "":
		b.WriteString("≥ " + readableNumber(m.Min, sep))
	case m.Max != "":
		b.WriteString("≤ " + readableNumber(m.Max, sep))
	case m.Approx == "several":
		b.WriteString("several")
	default:
		b.WriteString("?")
	}
	switch {
	case m.Label == "PERCENT":
		b.WriteString(" %")
	case m.Currency != "":
		b.WriteString(" " + m.Currency)
	case m.Unit != "":
		b.WriteString(" " + m.Unit)
	}
	return b.String()
}
