package amounts

import (
	"encoding/json"
	"math"
	mbig "math/big"
	"strconv"
	"strings"
	"testing"
)

func TestDecimalString(t *testing.T) {
	tests := []struct {
		coef int64
		exp  int
		want string
	}{
		{14, 8, "1400000000"},
		{14755, -4, "1.4755"},
		{-5, -1, "-0.5"},
		{5, -4, "0.0005"},
		{0, 7, "0"},
		{120, -1, "12"},
		{1, 400, "1" + strings.Repeat("0", 400)},
		{math.MinInt64, 0, "-9223372036854775808"},
		{123, -3, "0.123"},
	}
	for _, tt := range tests {
		d := NewDecimal(tt.coef, tt.exp)
		if got := d.String(); got != tt.want {
			t.Errorf("NewDecimal(%d, %d) = %q; want %q", tt.coef, tt.exp, got, tt.want)
		}
		b, err := json.Marshal(d)
		if err != nil || string(b) != tt.want {
			t.Errorf("json(%d, %d) = %s, %v", tt.coef, tt.exp, b, err)
		}
		var back Decimal
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(d) {
			t.Errorf("json round trip of %s: %v, %v", b, back, err)
		}
	}
	if got := (Decimal{}).String(); got != "null" {
		t.Errorf("zero Decimal = %q", got)
	}
	if b, _ := json.Marshal(Decimal{}); string(b) != "null" {
		t.Errorf("zero Decimal JSON = %s", b)
	}
}

func TestDecimalArithmetic(t *testing.T) {
	// 4.1 × 10^9 through a float is 4099999999.9999995; not here.
	d, _ := NewDecimal(41, -1).shift(9)
	if d.String() != "4100000000" {
		t.Errorf("4,1 milliards = %s", d)
	}
	big := NewDecimal(math.MaxInt64, 0).mulSmall(1000003)
	want := new(mbig.Int).Mul(mbig.NewInt(math.MaxInt64), mbig.NewInt(1000003)).String()
	if got := big.String(); got != want {
		t.Errorf("big product = %s; want %s", got, want)
	}
	sum, ok := add(big, NewDecimal(5, -1))
	if !ok || sum.String() != want+".5" {
		t.Errorf("big + 0.5 = %s, %v", sum, ok)
	}
	if _, ok := add(NewDecimal(1, maxExp), NewDecimal(1, -maxExp)); ok {
		t.Error("add across 2400 digits succeeded")
	}
	if _, ok := NewDecimal(1, maxExp).shift(1); ok {
		t.Error("shift beyond maxExp succeeded")
	}
	cmps := []struct {
		a, b Decimal
		want int
	}{
		{NewDecimal(1, 3), NewDecimal(999, 0), 1},
		{NewDecimal(-1, 3), NewDecimal(999, 0), -1},
		{NewDecimal(-1, 3), NewDecimal(-999, 0), -1},
		{NewDecimal(10, 0), NewDecimal(1, 1), 0},
		{Decimal{}, NewDecimal(0, 0), -1},
		{big, NewDecimal(1, 30), -1},
	}
	for _, c := range cmps {
		if got := c.a.Cmp(c.b); got != c.want {
			t.Errorf("Cmp(%v, %v) = %d; want %d", c.a, c.b, got, c.want)
		}
	}
	if !NewDecimal(10, 0).Equal(NewDecimal(1, 1)) {
		t.Error("10 != 1e1")
	}
	if f := NewDecimal(14755, -4).Float64(); f != 1.4755 {
		t.Errorf("Float64 = %v", f)
	}
	if f := NewDecimal(1, 400).Float64(); !math.IsInf(f, 1) {
		t.Errorf("Float64(1e400) = %v", f)
	}
}

func TestParseJSONNumber(t *testing.T) {
	for _, s := range []string{"0", "-0", "12", "1.5", "-1.25e3", "1E-2", "1400000000", "123456789012345678901234567890"} {
		d, ok := parseJSONNumber(s)
		if !ok {
			t.Errorf("parseJSONNumber(%q) failed", s)
			continue
		}
		want, _ := strconv.ParseFloat(s, 64)
		if d.Float64() != want {
			t.Errorf("parseJSONNumber(%q) = %v", s, d)
		}
	}
	for _, s := range []string{"", "-", "01", "1.", ".5", "1e", "1,5", "NaN", "0x10", "1_000", "Infinity"} {
		if _, ok := parseJSONNumber(s); ok {
			t.Errorf("parseJSONNumber(%q) succeeded", s)
		}
	}
}
