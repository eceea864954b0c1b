package amounts

import (
	"encoding/json"
	"errors"
	"strconv"
	"unicode/utf8"

	"golang.org/x/text/currency"

	"github.com/veille-nlp/veille/extract/token"
)

// Kind is the kind of an amount.
type Kind uint8

// The kinds of amount.
const (
	// Money is a sum of money, with or without a stated currency.
	Money Kind = iota + 1
	// Quantity is a number with a unit or a counted noun.
	Quantity
	// Percent is a percentage.
	Percent
)

var kindNames = [...]string{Money: "MONEY", Quantity: "QUANTITY", Percent: "PERCENT"}

// String returns the contract's name of the kind: MONEY, QUANTITY or
// PERCENT.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames) || kindNames[k] == "" {
		return nil, errors.New("amounts: invalid kind " + strconv.Itoa(int(k)))
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n != "" && n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return errors.New("amounts: unknown kind " + strconv.Quote(string(b)))
}

// Approx qualifies how an amount's value relates to the real figure.
type Approx uint8

// The qualifiers. Exact, the zero value, is absent from the JSON.
const (
	// Exact: the value is stated as is.
	Exact Approx = iota
	// About: environ, près de, quelque, autour de, de l'ordre de, aux
	// alentours de, avoisinant, une dizaine de.
	About
	// MoreThan: plus de, plus d', au-delà de, supérieur à.
	MoreThan
	// LessThan: moins de, en dessous de, inférieur à.
	LessThan
	// AtLeast: au moins, au minimum, pas moins de.
	AtLeast
	// AtMost: jusqu'à, au maximum, pas plus de.
	AtMost
	// Several: a vague amount with no value (plusieurs milliards, des
	// centaines de millions, quelques millions).
	Several
)

var approxNames = [...]string{Exact: "", About: "about", MoreThan: "more_than", LessThan: "less_than",
	AtLeast: "at_least", AtMost: "at_most", Several: "several"}

// String returns the contract's name of the qualifier ("about",
// "more_than"...), or "" for Exact.
func (a Approx) String() string {
	if int(a) < len(approxNames) {
		return approxNames[a]
	}
	return "Approx(" + strconv.Itoa(int(a)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (a Approx) MarshalText() ([]byte, error) {
	if int(a) >= len(approxNames) {
		return nil, errors.New("amounts: invalid approx " + strconv.Itoa(int(a)))
	}
	return []byte(approxNames[a]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *Approx) UnmarshalText(b []byte) error {
	for i, n := range approxNames {
		if n == string(b) {
			*a = Approx(i)
			return nil
		}
	}
	return errors.New("amounts: unknown approx " + strconv.Quote(string(b)))
}

// Currency is an ISO 4217 currency code, or BTC for bitcoin. The zero
// Currency means the text names none. Currencies are comparable with ==.
type Currency struct {
	code string
}

// ParseCurrency returns the Currency of an ISO 4217 code (validated with
// golang.org/x/text/currency; upper or lower case) or of "BTC".
func ParseCurrency(code string) (Currency, error) {
	if code == "BTC" || code == "btc" {
		return Currency{"BTC"}, nil
	}
	u, err := currency.ParseISO(code)
	if err != nil {
		return Currency{}, errors.New("amounts: unknown currency " + strconv.Quote(code))
	}
	return Currency{u.String()}, nil
}

// String returns the code ("EUR"), or "" for the zero Currency.
func (c Currency) String() string { return c.code }

// IsZero reports whether c is the zero Currency (no currency stated).
func (c Currency) IsZero() bool { return c.code == "" }

// MarshalText implements encoding.TextMarshaler.
func (c Currency) MarshalText() ([]byte, error) { return []byte(c.code), nil }

// UnmarshalText implements encoding.TextUnmarshaler; the empty text is
// the zero Currency.
func (c *Currency) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = Currency{}
		return nil
	}
	v, err := ParseCurrency(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Amount is an amount found in a text: a sum of money, a quantity or a
// percentage, with its exact value.
//
// Value holds the number, scale words applied (« 1,4 milliard » is
// 1400000000; sub-units are converted, « 147,55 pence » is 1.4755 GBP). It
// is not Valid for a range, whose bounds are Min and Max, nor for a vague
// amount (Approx == Several). Min and Max are Valid only for a range.
//
// Amount values are plain data, safe to copy and to share between
// goroutines.
type Amount struct {
	// Span is the expression's byte range in the original input, qualifier
	// included (« plus de 300 milliards »).
	token.Span
	// Text is input[Start:End], a substring of the input (not a copy).
	Text string
	// Kind is MONEY, QUANTITY or PERCENT.
	Kind Kind
	// Value is the value, or not Valid for a range or a vague amount.
	Value Decimal
	// Min and Max are the bounds of a range (« de 10 à 20 exaflops »).
	Min, Max Decimal
	// Currency is the currency of a sum of money, stated in the expression
	// or inherited from an earlier amount of the same sentence; zero when
	// the text does not say.
	Currency Currency
	// Unit is the unit of a quantity: a symbol (GW, EFLOPS, km, To) or a
	// counted noun in the singular (puce, GPU, personne).
	Unit string
	// Approx qualifies the value; Exact (the zero value) when it is stated
	// as is.
	Approx Approx
}

// IsRange reports whether a is a range: its value is between Min and Max.
func (a Amount) IsRange() bool { return a.Min.Valid() && a.Max.Valid() }

// MarshalJSON encodes a as the output contract's object, with exactly its
// fields, in this order: text, start, end, kind, value (null for a range or
// a vague amount), min and max (only for a range), currency (absent when
// unknown), unit (for a quantity), approx (absent when exact). Numbers are
// written exactly, without exponent.
func (a Amount) MarshalJSON() ([]byte, error) {
	return a.appendJSON(make([]byte, 0, 128+len(a.Text))), nil
}

func (a Amount) appendJSON(b []byte) []byte {
	b = append(b, `{"text":`...)
	b = appendJSONString(b, a.Text)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(a.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(a.End), 10)
	b = append(b, `,"kind":"`...)
	b = append(b, a.Kind.String()...)
	b = append(b, `","value":`...)
	b = appendDecimal(b, a.Value)
	if a.IsRange() {
		b = append(b, `,"min":`...)
		b = appendDecimal(b, a.Min)
		b = append(b, `,"max":`...)
		b = appendDecimal(b, a.Max)
	}
	if !a.Currency.IsZero() {
		b = append(b, `,"currency":`...)
		b = appendJSONString(b, a.Currency.code)
	}
	if a.Unit != "" {
		b = append(b, `,"unit":`...)
		b = appendJSONString(b, a.Unit)
	}
	if a.Approx != Exact {
		b = append(b, `,"approx":"`...)
		b = append(b, a.Approx.String()...)
		b = append(b, '"')
	}
	return append(b, '}')
}

func appendDecimal(b []byte, d Decimal) []byte {
	if !d.Valid() {
		return append(b, "null"...)
	}
	return d.appendText(b)
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 (which an
// Amount's text never holds) is replaced by U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}

// jsonAmount mirrors the contract's object for decoding.
type jsonAmount struct {
	Text     string   `json:"text"`
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Kind     Kind     `json:"kind"`
	Value    Decimal  `json:"value"`
	Min      Decimal  `json:"min"`
	Max      Decimal  `json:"max"`
	Currency Currency `json:"currency"`
	Unit     string   `json:"unit"`
	Approx   Approx   `json:"approx"`
}

// UnmarshalJSON decodes the contract's object, numbers exactly. Text is a
// copy of the JSON's text, since there is no input to point into.
func (a *Amount) UnmarshalJSON(b []byte) error {
	var j jsonAmount
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*a = Amount{Span: token.Span{Start: j.Start, End: j.End}, Text: j.Text, Kind: j.Kind,
		Value: j.Value, Min: j.Min, Max: j.Max, Currency: j.Currency, Unit: j.Unit, Approx: j.Approx}
	return nil
}
