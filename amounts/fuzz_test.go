package amounts

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/veille-nlp/veille/extract/token"
)

var fuzzSeeds = []string{
	"Le FMI a accordé un prêt de 1,4 milliard de dollars.",
	"Nvidia et OpenAI misent des milliards sur l’IA.",
	"de l’ordre de 10 à 20 exaflops ; 18 000 de ses dernières puces",
	"entre 5,2 et 5,4 milliards d'euros, soit 10 % ; 147,55 pence",
	"passé de 6 101 à 6 189 BTC, 33,1 mds $, 10Md€, $10M, 500 k€",
	"les deux pays, France 2, 20 Minutes, en 2030, 11/02/2025 à 14h30",
	"quatre-vingt-dix-sept euros et un demi-milliard, deux millions et demi",
	"1" + strings.Repeat("0", 400) + " euros",
	"\xff10 \xfe% 3,5\x00 % -−+12 %%% $$$ 1 USD et 23 centimes",
	"USD1,23 nzd$15 $ c 16,4 millions de $ c 1/4 kilomètre 2,5-km",
}

// FuzzFind checks the invariants of Find on any input: no panic, valid
// spans whose text is the input's, sorted and not overlapping, valid UTF-8,
// consistent fields, a JSON round trip; also with tokens that belong to
// another text.
func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "")
	}
	for _, s := range articles(f) {
		f.Add(s, s[:len(s)/3])
	}
	f.Fuzz(func(t *testing.T, src, other string) {
		got := FindString(src)
		checkAmounts(t, src, got)
		// Tokens of another text: Find must ignore what does not fit.
		toks := token.Tokenize(other)
		checkAmounts(t, src, Find(src, toks))
		// Find does not modify the tokens.
		before := append([]token.Token(nil), toks...)
		Find(other, toks)
		for i := range toks {
			if toks[i] != before[i] {
				t.Fatalf("Find modified token %d", i)
			}
		}
	})
}

// FuzzParse checks that Parse and ParseNumber never panic, consume at most
// their input, and return an amount that starts it.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if a, n, ok := Parse(s); ok {
			if n <= 0 || n > len(s) || a.Start != 0 || a.End != n || a.Text != s[:n] || !utf8.ValidString(a.Text) {
				t.Fatalf("Parse(%q) = %+v, %d", s, a, n)
			}
			checkAmounts(t, s, []Amount{a})
		} else if n != 0 {
			t.Fatalf("Parse(%q) failed with n = %d", s, n)
		}
		if d, n, ok := ParseNumber(s); ok {
			if n <= 0 || n > len(s) || !d.Valid() {
				t.Fatalf("ParseNumber(%q) = %v, %d", s, d, n)
			}
		} else if n != 0 {
			t.Fatalf("ParseNumber(%q) failed with n = %d", s, n)
		}
	})
}

// FuzzRoundTrip prints a random value coef × 10^-scale in French with
// golang.org/x/text/message (« 1 400 000 000,5 », U+00A0 between groups)
// and checks that ParseNumber, Parse after « € » and Find in a sentence
// read back exactly that value.
func FuzzRoundTrip(f *testing.F) {
	f.Add(int64(1400000000), uint8(0))
	f.Add(int64(14755), uint8(4))
	f.Add(int64(-2500), uint8(1))
	f.Add(int64(999999999999999), uint8(6))
	f.Add(int64(0), uint8(2))
	p := message.NewPrinter(language.French)
	f.Fuzz(func(t *testing.T, coef int64, scale uint8) {
		// Stay where a float64 holds the value exactly enough for x/text to
		// print it right: at most 15 significant digits.
		coef %= 1_000_000_000_000_000
		k := int(scale % 7)
		want := NewDecimal(coef, -k)
		s := p.Sprint(number.Decimal(want.Float64(), number.MinFractionDigits(k), number.MaxFractionDigits(k)))
		got, n, ok := ParseNumber(s)
		if !ok || n != len(s) || !got.Equal(want) {
			t.Fatalf("ParseNumber(%q) = %v, %d, %v; want %v, %d", s, got, n, ok, want, len(s))
		}
		money := s + " €"
		a, n, ok := Parse(money)
		if !ok || n != len(money) || a.Kind != Money || a.Currency.String() != "EUR" || !a.Value.Equal(want) {
			t.Fatalf("Parse(%q) = %v (%v), %d, %v", money, a.Value, a, n, ok)
		}
		sentence := "Le groupe annonce " + s + " millions d’euros de chiffre d’affaires."
		amts := FindString(sentence)
		checkAmounts(t, sentence, amts)
		w, _ := want.shift(6)
		if w.Sign() < 0 {
			w = w.Neg() // in running text a sign is left out: a fall keeps a positive value
		}
		if len(amts) != 1 || !amts[0].Value.Equal(w) {
			t.Fatalf("FindString(%q) = %v; want %v", sentence, summaries(amts), w)
		}
	})
}

// FuzzSpelled spells a random integer in French words, with and without
// the hyphens of the 1990 reform, and checks that ParseNumber reads it
// back.
func FuzzSpelled(f *testing.F) {
	for _, n := range []uint64{0, 1, 17, 21, 71, 80, 81, 91, 99, 100, 101, 180, 200, 1000, 1001, 2025, 80000, 1_000_000, 1_200_000_000} {
		f.Add(n, false)
	}
	f.Fuzz(func(t *testing.T, n uint64, reform bool) {
		n %= 1_000_000_000_000_000
		s := spellFrench(n, reform)
		got, m, ok := ParseNumber(s)
		if !ok || m != len(s) || !got.Equal(NewDecimal(int64(n), 0)) {
			t.Fatalf("ParseNumber(%q) = %v, %d, %v; want %d", s, got, m, ok, n)
		}
	})
}

// TestSpelledRoundTrip runs the speller over a range of numbers.
func TestSpelledRoundTrip(t *testing.T) {
	for n := uint64(0); n <= 2100; n++ {
		for _, reform := range []bool{false, true} {
			s := spellFrench(n, reform)
			got, m, ok := ParseNumber(s)
			if !ok || m != len(s) || !got.Equal(NewDecimal(int64(n), 0)) {
				t.Fatalf("ParseNumber(%q) = %v, %d, %v; want %d", s, got, m, ok, n)
			}
		}
	}
	for _, tt := range []struct {
		n    uint64
		want string
	}{
		{71, "soixante et onze"}, {80, "quatre-vingts"}, {97, "quatre-vingt-dix-sept"},
		{200000, "deux cent mille"}, {1200000000, "un milliard deux cents millions"},
	} {
		if got := spellFrench(tt.n, false); got != tt.want {
			t.Errorf("spellFrench(%d) = %q; want %q", tt.n, got, tt.want)
		}
	}
}

// spellFrench writes n in French words: traditional spelling (hyphens
// below a hundred, « et » in 21..71) or, with reform, hyphens everywhere.
func spellFrench(n uint64, reform bool) string {
	if n == 0 {
		return "zéro"
	}
	sep := " "
	if reform {
		sep = "-"
	}
	var parts []string
	for _, s := range []struct {
		v    uint64
		name string
	}{{1e12, "billion"}, {1e9, "milliard"}, {1e6, "million"}} {
		if q := n / s.v; q > 0 {
			name := s.name
			if q > 1 {
				name += "s"
			}
			parts = append(parts, spellBelow1000(q, reform, true), name)
			n %= s.v
		}
	}
	if q := n / 1000; q > 0 {
		if q > 1 {
			parts = append(parts, spellBelow1000(q, reform, false))
		}
		parts = append(parts, "mille")
		n %= 1000
	}
	if n > 0 {
		parts = append(parts, spellBelow1000(n, reform, true))
	}
	return strings.Join(parts, sep)
}

func spellBelow1000(n uint64, reform, final bool) string {
	units := []string{"", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
		"onze", "douze", "treize", "quatorze", "quinze", "seize"}
	tens := []string{"", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"}
	sep := " "
	if reform {
		sep = "-"
	}
	var out []string
	if h := n / 100; h > 0 {
		c := "cent"
		if h > 1 && n%100 == 0 && final {
			c = "cents"
		}
		if h > 1 {
			out = append(out, units[h])
		}
		out = append(out, c)
		n %= 100
	}
	if n > 0 {
		var w string
		switch {
		case n <= 16:
			w = units[n]
		case n < 20:
			w = "dix-" + units[n-10]
		case n < 70:
			t, u := n/10, n%10
			switch {
			case u == 0:
				w = tens[t]
			case u == 1 && reform:
				w = tens[t] + "-et-un"
			case u == 1:
				w = tens[t] + " et un"
			default:
				w = tens[t] + "-" + units[u]
			}
		case n < 80:
			switch {
			case n == 71 && reform:
				w = "soixante-et-onze"
			case n == 71:
				w = "soixante et onze"
			case n < 77:
				w = "soixante-" + units[n-60]
			default:
				w = "soixante-dix-" + units[n-70]
			}
			if n == 70 {
				w = "soixante-dix"
			}
		default:
			r := n - 80
			switch {
			case r == 0:
				w = "quatre-vingts"
				if !final {
					w = "quatre-vingt"
				}
			case r <= 16:
				w = "quatre-vingt-" + units[r]
			default:
				w = "quatre-vingt-dix-" + units[r-10]
			}
		}
		out = append(out, w)
	}
	return strings.Join(out, sep)
}
