package amounts

import (
	"errors"
	"math/big"
	"math/bits"
	"strconv"
)

// Limits on the numbers read from text. Real amounts are far inside them;
// they keep pathological input (a megabyte of digits, a chain of scale
// words) from costing more than linear time or building huge outputs.
const (
	maxDigits = 120  // significant digits of a coefficient
	maxExp    = 1200 // |exponent|
)

// Decimal is an exact decimal number, coef × 10^exp, with an integer
// coefficient: 1,4 milliard is 14 × 10^8, 147,55 pence are 14755 × 10^-4
// pounds. Scale words add to the exponent and never go through a float, so
// « 4,1 milliards » is exactly 4100000000.
//
// The zero Decimal holds no number (Valid reports false) and encodes as
// JSON null: it is the value of a range or of a vague amount. Decimals are
// immutable values, safe for concurrent use; compare them with Equal or
// Cmp, not ==.
type Decimal struct {
	big  *big.Int // |coefficient| when it does not fit in coef; never mutated
	coef uint64   // |coefficient| when big is nil
	exp  int32
	neg  bool
	ok   bool
}

// NewDecimal returns the Decimal coef × 10^exp.
func NewDecimal(coef int64, exp int) Decimal {
	d := Decimal{coef: uint64(coef), exp: int32(exp), ok: true}
	if coef < 0 {
		d.coef = uint64(-coef) // also right for math.MinInt64
		d.neg = true
	}
	return d.norm()
}

// Valid reports whether d holds a number.
func (d Decimal) Valid() bool { return d.ok }

// Sign returns -1, 0 or +1 as d is negative, zero or positive (0 when d is
// not valid).
func (d Decimal) Sign() int {
	switch {
	case !d.ok || d.big == nil && d.coef == 0:
		return 0
	case d.neg:
		return -1
	}
	return 1
}

// norm strips trailing zeros from the coefficient into the exponent, so that
// every number has one representation, and moves a big coefficient that fits
// back into coef.
func (d Decimal) norm() Decimal {
	if !d.ok {
		return Decimal{}
	}
	if d.big != nil {
		if d.big.IsUint64() {
			d.coef, d.big = d.big.Uint64(), nil
		} else {
			var q, r big.Int
			b := d.big
			ten := big.NewInt(10)
			for {
				q.QuoRem(b, ten, &r)
				if r.Sign() != 0 {
					break
				}
				if b == d.big {
					b = new(big.Int)
				}
				b.Set(&q)
				d.exp++
			}
			if b.IsUint64() {
				d.coef, d.big = b.Uint64(), nil
			} else {
				d.big = b
			}
		}
	}
	if d.big == nil {
		if d.coef == 0 {
			return Decimal{ok: true}
		}
		for d.coef%10 == 0 {
			d.coef /= 10
			d.exp++
		}
	}
	return d
}

// bigCoef returns |coefficient| as a new big.Int.
func (d Decimal) bigCoef() *big.Int {
	if d.big != nil {
		return new(big.Int).Set(d.big)
	}
	return new(big.Int).SetUint64(d.coef)
}

// shift returns d × 10^k, or false when the exponent leaves the limits.
func (d Decimal) shift(k int) (Decimal, bool) {
	if !d.ok {
		return d, false
	}
	e := int(d.exp) + k
	if e > maxExp || e < -maxExp {
		return Decimal{}, false
	}
	if d.Sign() == 0 {
		return d, true
	}
	d.exp = int32(e)
	return d, true
}

var pow10 = [...]uint64{1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19}

// mulSmall returns d × m.
func (d Decimal) mulSmall(m uint64) Decimal {
	if !d.ok {
		return d
	}
	if d.big == nil {
		hi, lo := bits.Mul64(d.coef, m)
		if hi == 0 {
			d.coef = lo
			return d.norm()
		}
	}
	b := d.bigCoef()
	b.Mul(b, new(big.Int).SetUint64(m))
	d.big = b
	return d.norm()
}

// scaledUint returns |coefficient| × 10^k when it fits in a uint64.
func (d Decimal) scaledUint(k int) (uint64, bool) {
	if d.big != nil || k < 0 || k >= len(pow10) {
		return 0, false
	}
	hi, lo := bits.Mul64(d.coef, pow10[k])
	return lo, hi == 0
}

// coefShifted returns |coefficient| × 10^k as a big.Int (k ≥ 0).
func (d Decimal) coefShifted(k int) *big.Int {
	b := d.bigCoef()
	if k > 0 {
		b.Mul(b, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil))
	}
	return b
}

// add returns a + b for valid non-negative a and b, or false when aligning
// their exponents would need an absurd number of digits.
func add(a, b Decimal) (Decimal, bool) {
	if !a.ok || !b.ok || a.neg || b.neg {
		return Decimal{}, false
	}
	if a.Sign() == 0 {
		return b, true
	}
	if b.Sign() == 0 {
		return a, true
	}
	if a.exp < b.exp {
		a, b = b, a
	}
	k := int(a.exp - b.exp) // a's coefficient is scaled by 10^k
	if k > maxDigits {
		return Decimal{}, false
	}
	if a.big == nil && b.big == nil && k < len(pow10) {
		hi, lo := bits.Mul64(a.coef, pow10[k])
		if hi == 0 {
			sum, carry := bits.Add64(lo, b.coef, 0)
			if carry == 0 {
				return Decimal{coef: sum, exp: b.exp, ok: true}.norm(), true
			}
		}
	}
	s := a.coefShifted(k)
	s.Add(s, b.bigCoef())
	return Decimal{big: s, exp: b.exp, ok: true}.norm(), true
}

// Neg returns -d.
func (d Decimal) Neg() Decimal {
	if d.Sign() != 0 {
		d.neg = !d.neg
	}
	return d
}

// Equal reports whether d and e are the same number (or both invalid).
func (d Decimal) Equal(e Decimal) bool {
	if d.ok != e.ok {
		return false
	}
	if !d.ok {
		return true
	}
	if d.neg != e.neg || d.exp != e.exp || (d.big == nil) != (e.big == nil) {
		return false
	}
	if d.big != nil {
		return d.big.Cmp(e.big) == 0
	}
	return d.coef == e.coef
}

// Cmp compares d and e and returns -1, 0 or +1. An invalid Decimal sorts
// before every number.
func (d Decimal) Cmp(e Decimal) int {
	switch {
	case !d.ok && !e.ok:
		return 0
	case !d.ok:
		return -1
	case !e.ok:
		return 1
	}
	ds, es := d.Sign(), e.Sign()
	if ds != es {
		if ds < es {
			return -1
		}
		return 1
	}
	if ds == 0 {
		return 0
	}
	// Same sign: compare magnitudes on a common exponent.
	lo := min(d.exp, e.exp)
	var c int
	if a, ok := d.scaledUint(int(d.exp - lo)); ok {
		if b, ok := e.scaledUint(int(e.exp - lo)); ok {
			switch {
			case a < b:
				c = -1
			case a > b:
				c = 1
			}
			if ds < 0 {
				c = -c
			}
			return c
		}
	}
	c = d.coefShifted(int(d.exp - lo)).Cmp(e.coefShifted(int(e.exp - lo)))
	if ds < 0 {
		c = -c
	}
	return c
}

// String returns d in plain decimal notation with a dot, without exponent
// and without trailing zeros: "1400000000", "1.4755", "-0.5". It returns
// "null" when d is not valid.
func (d Decimal) String() string {
	if !d.ok {
		return "null"
	}
	return string(d.appendText(nil))
}

// appendText appends the plain decimal notation of a valid d to dst.
func (d Decimal) appendText(dst []byte) []byte {
	if d.neg {
		dst = append(dst, '-')
	}
	start := len(dst)
	if d.big != nil {
		dst = d.big.Append(dst, 10)
	} else {
		dst = strconv.AppendUint(dst, d.coef, 10)
	}
	n := len(dst) - start // number of digits
	switch e := int(d.exp); {
	case e >= 0:
		if d.big == nil && d.coef == 0 {
			return dst
		}
		for range e {
			dst = append(dst, '0')
		}
	case -e < n:
		// Insert the point inside the digits.
		p := len(dst) + e
		dst = append(dst, 0)
		copy(dst[p+1:], dst[p:])
		dst[p] = '.'
	default:
		// 0.000ddd
		z := -e - n
		dst = append(dst, make([]byte, z+2)...)
		copy(dst[start+z+2:], dst[start:start+n])
		dst[start], dst[start+1] = '0', '.'
		for i := range z {
			dst[start+2+i] = '0'
		}
	}
	return dst
}

// Float64 returns the float64 nearest to d (0 when d is not valid, ±Inf
// when it is too large).
func (d Decimal) Float64() float64 {
	if !d.ok {
		return 0
	}
	if d.big == nil && d.coef < 1<<53 {
		switch e := int(d.exp); {
		case e == 0:
			f := float64(d.coef)
			if d.neg {
				f = -f
			}
			return f
		}
	}
	f, _ := strconv.ParseFloat(d.String(), 64) // correctly rounded; ±Inf on overflow
	return f
}

// MarshalJSON encodes d as a plain JSON number ("1400000000", "1.4755"),
// exactly, or as null when d is not valid.
func (d Decimal) MarshalJSON() ([]byte, error) {
	if !d.ok {
		return []byte("null"), nil
	}
	return d.appendText(nil), nil
}

var errSyntax = errors.New("amounts: invalid JSON number")

// UnmarshalJSON decodes a JSON number exactly, or null as the invalid
// Decimal.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Decimal{}
		return nil
	}
	v, ok := parseJSONNumber(string(b))
	if !ok {
		return errSyntax
	}
	*d = v
	return nil
}

// parseJSONNumber parses a JSON number literal exactly.
func parseJSONNumber(s string) (Decimal, bool) {
	i := 0
	neg := false
	if i < len(s) && s[i] == '-' {
		neg = true
		i++
	}
	var acc digitAcc
	start := i
	for i < len(s) && isDigit(s[i]) {
		acc.digit(s[i])
		i++
	}
	if i == start || (s[start] == '0' && i-start > 1) {
		return Decimal{}, false
	}
	if i < len(s) && s[i] == '.' {
		i++
		fs := i
		for i < len(s) && isDigit(s[i]) {
			acc.digit(s[i])
			acc.frac++
			i++
		}
		if i == fs {
			return Decimal{}, false
		}
	}
	e := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		es := i
		for i < len(s) && isDigit(s[i]) {
			if e < 1e6 {
				e = e*10 + int(s[i]-'0')
			}
			i++
		}
		if i == es {
			return Decimal{}, false
		}
		if eneg {
			e = -e
		}
	}
	if i != len(s) || acc.bad {
		return Decimal{}, false
	}
	d, ok := acc.decimal()
	if !ok {
		return Decimal{}, false
	}
	if d, ok = d.shift(e); !ok {
		return Decimal{}, false
	}
	if neg {
		d = d.Neg()
	}
	return d, true
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitAcc accumulates decimal digits into a coefficient. Trailing zeros
// are counted rather than multiplied in, so that 10^400 written in full
// costs nothing; more than maxDigits significant digits mark it bad.
type digitAcc struct {
	coef  uint64
	big   *big.Int
	zeros int // pending zeros not yet multiplied in
	sig   int // significant digits so far
	frac  int // digits after the decimal separator
	n     int // digits seen
	bad   bool
}

func (a *digitAcc) digit(c byte) {
	a.n++
	if c == '0' {
		if a.sig > 0 {
			a.zeros++
		}
		return
	}
	// Multiply in the pending zeros, then the digit.
	a.sig += a.zeros + 1
	if a.sig > maxDigits {
		a.bad = true
		return
	}
	for k := a.zeros + 1; k > 0; {
		step := min(k, 19)
		a.mul(pow10[step])
		k -= step
	}
	a.zeros = 0
	a.addDigit(uint64(c - '0'))
}

func (a *digitAcc) mul(m uint64) {
	if a.big == nil {
		hi, lo := bits.Mul64(a.coef, m)
		if hi == 0 {
			a.coef = lo
			return
		}
		a.big = new(big.Int).SetUint64(a.coef)
	}
	a.big.Mul(a.big, new(big.Int).SetUint64(m))
}

func (a *digitAcc) addDigit(v uint64) {
	if a.big == nil {
		s, carry := bits.Add64(a.coef, v, 0)
		if carry == 0 {
			a.coef = s
			return
		}
		a.big = new(big.Int).SetUint64(a.coef)
	}
	a.big.Add(a.big, new(big.Int).SetUint64(v))
}

// decimal returns the accumulated number, the fraction digits and pending
// zeros applied to the exponent.
func (a *digitAcc) decimal() (Decimal, bool) {
	if a.bad || a.n == 0 {
		return Decimal{}, false
	}
	d := Decimal{coef: a.coef, big: a.big, ok: true}
	return d.norm().shift(a.zeros - a.frac)
}
