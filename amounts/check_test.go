package amounts

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// checkAmounts is the shared invariant check on a result of Find for src:
// valid spans, text == src[start:end], valid UTF-8, sorted and not
// overlapping, consistent fields, and a JSON round trip that changes
// nothing.
func checkAmounts(t testing.TB, src string, amts []Amount) {
	t.Helper()
	end := 0
	for i, a := range amts {
		if a.Start < 0 || a.Start >= a.End || a.End > len(src) {
			t.Fatalf("amount %d: bad span [%d,%d) in %d bytes", i, a.Start, a.End, len(src))
		}
		if a.Text != src[a.Start:a.End] {
			t.Fatalf("amount %d: text %q != src[%d:%d] %q", i, a.Text, a.Start, a.End, src[a.Start:a.End])
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("amount %d: invalid UTF-8 %q", i, a.Text)
		}
		if a.Start < end {
			t.Fatalf("amount %d [%d,%d) overlaps or precedes the one before, ending at %d", i, a.Start, a.End, end)
		}
		end = a.End
		switch a.Kind {
		case Money, Quantity, Percent:
		default:
			t.Fatalf("amount %d: bad kind %v", i, a.Kind)
		}
		if a.IsRange() == a.Value.Valid() && !(a.Approx == Several && !a.Value.Valid() && !a.IsRange()) {
			t.Fatalf("amount %d %q: value %v, range %v..%v", i, a.Text, a.Value, a.Min, a.Max)
		}
		if a.Min.Valid() != a.Max.Valid() {
			t.Fatalf("amount %d %q: min %v max %v", i, a.Text, a.Min, a.Max)
		}
		if a.IsRange() && a.Min.Cmp(a.Max) > 0 {
			t.Fatalf("amount %d %q: min %v > max %v", i, a.Text, a.Min, a.Max)
		}
		if a.Kind != Money && !a.Currency.IsZero() || a.Kind != Quantity && a.Unit != "" {
			t.Fatalf("amount %d %q: kind %v with currency %q unit %q", i, a.Text, a.Kind, a.Currency, a.Unit)
		}
		if a.Kind == Quantity && a.Unit == "" {
			t.Fatalf("amount %d %q: quantity without unit", i, a.Text)
		}
		if c := a.Currency.String(); c != "" {
			if _, err := ParseCurrency(c); err != nil {
				t.Fatalf("amount %d %q: %v", i, a.Text, err)
			}
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("amount %d: %v", i, err)
		}
		if !json.Valid(b) {
			t.Fatalf("amount %d: invalid JSON %s", i, b)
		}
		var back Amount
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("amount %d: %v in %s", i, err, b)
		}
		if !sameAmount(a, back) {
			t.Fatalf("amount %d: JSON round trip (-before +after):\n%s", i, cmp.Diff(a, back, cmpCurrency))
		}
		b2, _ := json.Marshal(back)
		if string(b) != string(b2) {
			t.Fatalf("amount %d: JSON changed: %s then %s", i, b, b2)
		}
	}
}

// sameAmount reports whether a and b are equal, field by field.
func sameAmount(a, b Amount) bool {
	return a.Span == b.Span && a.Text == b.Text && a.Kind == b.Kind && a.Value.Equal(b.Value) &&
		a.Min.Equal(b.Min) && a.Max.Equal(b.Max) && a.Currency == b.Currency && a.Unit == b.Unit &&
		a.Approx == b.Approx
}

// cmpCurrency compares Currencies, which are comparable but have an
// unexported field.
var cmpCurrency = cmp.Comparer(func(a, b Currency) bool { return a == b })

// summary writes an amount on one line for the table tests:
//
//	text = KIND value [CUR] [unit] [~approx]
//
// with min..max for a range and ? for a vague value.
func summary(a Amount) string {
	var b strings.Builder
	b.WriteString(a.Text)
	b.WriteString(" = ")
	b.WriteString(a.Kind.String())
	b.WriteString(" ")
	switch {
	case a.IsRange():
		b.WriteString(a.Min.String() + ".." + a.Max.String())
	case a.Value.Valid():
		b.WriteString(a.Value.String())
	default:
		b.WriteString("?")
	}
	if !a.Currency.IsZero() {
		b.WriteString(" " + a.Currency.String())
	}
	if a.Unit != "" {
		b.WriteString(" " + a.Unit)
	}
	if a.Approx != Exact {
		b.WriteString(" ~" + a.Approx.String())
	}
	return b.String()
}

func summaries(amts []Amount) []string {
	out := []string{}
	for _, a := range amts {
		out = append(out, summary(a))
	}
	return out
}

// findCase is one line of a table test: the amounts FindString finds in
// in, as summaries.
type findCase struct {
	name string
	in   string
	want []string
}

func runFindCases(t *testing.T, cases []findCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			got := FindString(tt.in)
			checkAmounts(t, tt.in, got)
			want := tt.want
			if want == nil {
				want = []string{}
			}
			if diff := cmp.Diff(want, summaries(got)); diff != "" {
				t.Errorf("FindString(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
