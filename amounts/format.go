package amounts

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"
)

// french is the printer for String. A Printer is immutable once built and
// keeps its per-call state in a pool, so one is shared by all goroutines.
var french = sync.OnceValue(func() *message.Printer { return message.NewPrinter(language.French) })

// String returns the amount in French, for people: the qualifier, the
// value with French digits (« 18 000 », « 1,4755 ») and, from a million
// up, a scale word (« 1,4 milliard », « 300 milliards »), then the
// currency code, the unit or « % »:
//
//	1,4 milliard USD
//	plus de 300 milliards
//	environ de 10 à 20 EFLOPS
//	18 000 puce
//	montant vague en USD
//
// Numbers are printed with golang.org/x/text/message and number, whose
// French grouping separator is U+00A0; values with more than 15
// significant digits are printed exactly, without grouping.
func (a Amount) String() string {
	var b strings.Builder
	switch a.Approx {
	case About:
		b.WriteString("environ ")
	case MoreThan:
		b.WriteString("plus de ")
	case LessThan:
		b.WriteString("moins de ")
	case AtLeast:
		b.WriteString("au moins ")
	case AtMost:
		b.WriteString("jusqu’à ")
	}
	switch {
	case a.IsRange():
		b.WriteString("de ")
		b.WriteString(frenchNumber(a.Min))
		b.WriteString(" à ")
		b.WriteString(frenchNumber(a.Max))
	case a.Value.Valid():
		b.WriteString(frenchNumber(a.Value))
	case a.Kind == Quantity:
		b.WriteString("quantité vague")
	default:
		b.WriteString("montant vague")
	}
	switch {
	case a.Kind == Percent:
		b.WriteString(" %")
	case !a.Currency.IsZero():
		if !a.Value.Valid() && !a.IsRange() {
			b.WriteString(" en")
		}
		b.WriteString(" ")
		b.WriteString(a.Currency.String())
	case a.Unit != "":
		if !a.Value.Valid() && !a.IsRange() {
			b.WriteString(" de")
		}
		b.WriteString(" ")
		b.WriteString(a.Unit)
	}
	return b.String()
}

// frenchNumber writes d in French: « 18 000 », « 1,4 milliard ».
func frenchNumber(d Decimal) string {
	if !d.Valid() {
		return "?"
	}
	p := french()
	// From a million up, a scale word: the largest one that leaves a
	// mantissa of at least 1.
	digits := d.numDigits()
	mag := digits + int(d.exp) // number of integer digits
	for _, s := range [...]struct {
		exp  int
		name string
	}{{12, "billion"}, {9, "milliard"}, {6, "million"}} {
		if mag <= s.exp || digits > 15 || mag > s.exp+3 && s.exp == 12 {
			continue
		}
		m, ok := d.shift(-s.exp)
		if !ok {
			break
		}
		out := p.Sprint(number.Decimal(m.Float64(), number.MaxFractionDigits(max(0, -int(m.exp)))))
		name := s.name
		if m.Cmp(NewDecimal(2, 0)) >= 0 || m.Cmp(NewDecimal(-2, 0)) <= 0 {
			name += "s"
		}
		return out + " " + name
	}
	if digits > 15 || d.exp > 6 || d.exp < -15 {
		return strings.Replace(d.String(), ".", ",", 1)
	}
	return p.Sprint(number.Decimal(d.Float64(), number.MaxFractionDigits(max(0, -int(d.exp)))))
}

// numDigits returns the number of digits of d's coefficient.
func (d Decimal) numDigits() int {
	if d.big != nil {
		return len(d.big.String())
	}
	n := 1
	for c := d.coef; c >= 10; c /= 10 {
		n++
	}
	return n
}
