package amounts

import (
	"strings"
	"testing"
)

func TestReadDigits(t *testing.T) {
	tests := []struct {
		in   string
		want string // value, or "" when there is no number
		n    int
	}{
		{"1,4", "1.4", 3},
		{"18 000", "18000", 6},
		{"18\u00a0000", "18000", 7},
		{"18\u202f000 000", "18000000", len("18\u202f000 000")},
		{"2\u2009500", "2500", len("2\u2009500")},
		{"5.750", "5750", 5},
		{"1.458.000,00", "1458000", 12},
		{"0.125", "0.125", 5},
		{"3.14159", "3.14159", 7},
		{"1234.567", "1234.567", 8},
		{"1'000", "1000", 5},
		{"1’250’000", "1250000", 13},
		{"7000", "7000", 4},
		{"10 000,50 €", "10000.5", 9},
		{"2024 300", "2024", 4},
		{"12 34", "12", 2},
		{"1,", "1", 1},
		{"1.", "1", 1},
		{"5.750.1", "5750", 5},
		{"18 000.5", "18000", 6},
		{"1 000'000", "1000", 5},
		{"0,000", "0", 5},
		{"007", "7", 3},
		{"abc", "", 0},
		{"", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, n, ok := readDigits(tt.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want || ok && n != tt.n {
				t.Errorf("readDigits(%q) = %q, %d, %v; want %q, %d", tt.in, got, n, ok, tt.want, tt.n)
			}
		})
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want string
		n    int
	}{
		{"1,4 milliard de dollars", "1400000000", len("1,4 milliard")},
		{"-3,5 % de croissance", "-3.5", len("-3,5")},
		{"18 000 puces", "18000", len("18 000")},
		{"deux cent mille habitants", "200000", len("deux cent mille")},
		{"soixante et onze", "71", len("soixante et onze")},
		{"soixante-dix-sept", "77", len("soixante-dix-sept")},
		{"quatre-vingts", "80", len("quatre-vingts")},
		{"quatre-vingt-onze", "91", len("quatre-vingt-onze")},
		{"cent un", "101", len("cent un")},
		{"deux cents", "200", len("deux cents")},
		{"mille neuf cent quatre-vingt-dix-neuf", "1999", len("mille neuf cent quatre-vingt-dix-neuf")},
		{"un milliard deux cents millions", "1200000000", len("un milliard deux cents millions")},
		{"mille milliards", "1000000000000", len("mille milliards")},
		{"trois millions deux cent mille", "3200000", len("trois millions deux cent mille")},
		{"un demi-milliard", "500000000", len("un demi-milliard")},
		{"deux millions et demi", "2500000", len("deux millions et demi")},
		{"deux et trois", "2", len("deux")},
		{"vingt et", "20", len("vingt")},
		{"nonante-neuf", "99", len("nonante-neuf")},
		{"octante", "80", len("octante")},
		{"Dix-Huit", "18", len("Dix-Huit")},
		{"quarante-cinq cents", "45", len("quarante-cinq")},
		{"trente cinq", "35", len("trente cinq")},
		{"deux trois", "2", len("deux")},
		{"zéro", "0", len("zéro")},
		{"une dizaine de millions", "10000000", len("une dizaine de millions")},
		{"1 000 milliards", "1000000000000", len("1 000 milliards")},
		{"10 mille", "10000", len("10 mille")},
		{"le million", "", 0},
		{"millions", "", 0},
		{"des milliards", "", 0},
		{" 12", "", 0},
		{"x", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, n, ok := ParseNumber(tt.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != tt.want || ok && n != tt.n {
				t.Errorf("ParseNumber(%q) = %q, %d, %v; want %q, %d", tt.in, got, n, ok, tt.want, tt.n)
			}
			if n > len(tt.in) {
				t.Errorf("consumed %d > %d", n, len(tt.in))
			}
		})
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // summary, or "" for none
	}{
		{"1,4 milliard de dollars en 2024", "1,4 milliard de dollars = MONEY 1400000000 USD"},
		{"plus de 300 milliards dans l'IA", "plus de 300 milliards = MONEY 300000000000 ~more_than"},
		{"de l’ordre de 10 à 20 exaflops ;", "de l’ordre de 10 à 20 exaflops = QUANTITY 10..20 EFLOPS ~about"},
		{"entre 3 et 5 milliards", "entre 3 et 5 milliards = MONEY 3000000000..5000000000"},
		{"des milliards", "des milliards = MONEY ? ~several"},
		{"il a levé 3 millions", ""},
		{"2024", ""},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			a, n, ok := Parse(tt.in)
			got := ""
			if ok {
				got = summary(a)
				if n != a.End || a.Start != 0 || a.Text != tt.in[:n] {
					t.Errorf("Parse(%q): n = %d, span [%d,%d) %q", tt.in, n, a.Start, a.End, a.Text)
				}
			}
			if got != tt.want {
				t.Errorf("Parse(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSingular(t *testing.T) {
	tests := []struct{ in, want string }{
		{"puces", "puce"}, {"puce", "puce"}, {"chevaux", "cheval"}, {"journaux", "journal"},
		{"travaux", "travail"}, {"réseaux", "réseau"}, {"bureaux", "bureau"}, {"jeux", "jeu"},
		{"enjeux", "enjeu"}, {"lieux", "lieu"}, {"bijoux", "bijou"}, {"emplois", "emploi"},
		{"pays", "pays"}, {"prix", "prix"}, {"mois", "mois"}, {"succès", "succès"},
		{"processus", "processus"}, {"salariés", "salarié"}, {"start-ups", "start-up"},
		{"Français", "Français"}, {"Chinois", "Chinois"}, {"Américains", "Américain"},
		{"tuyaux", "tuyau"}, {"fonds", "fonds"}, {"bus", "bus"}, {"élus", "élu"},
		{"délais", "délai"}, {"essais", "essai"}, {"palais", "palais"}, {"nez", "nez"},
		{"GPU", "GPU"}, {"capitaux", "capital"},
	}
	for _, tt := range tests {
		if got := singular(tt.in); got != tt.want {
			t.Errorf("singular(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
	// A singular that drops letters is a substring of its input.
	if n := testing.AllocsPerRun(100, func() { singular("puces") }); n != 0 {
		t.Errorf("singular(puces) allocates %v times", n)
	}
}

// TestAnchorWords checks that the finder's fast filter accepts every word
// of the lexicon that can start a number, in any case.
func TestAnchorWords(t *testing.T) {
	lx := lex()
	var missing []string
	for w, i := range lx.words {
		e := lx.entries[i]
		if !e.has(fNum|fHalf|fVague) && w != "quart" {
			continue
		}
		if !anchorWord(w) || !lx.anchorMay(w) || !lx.anchorMay(strings.ToUpper(w)) {
			missing = append(missing, w)
		}
	}
	for _, w := range anchorWords {
		if !anchorWord(w) || !lx.anchorMay(w) {
			t.Errorf("anchorWords has %q, which anchorWord or anchorMay rejects", w)
		}
		var e entry
		if i, ok := lx.words[w]; ok {
			e = lx.entries[i]
		}
		for _, v := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
			if art, vague := anchorArticle(v); art != e.has(fArticle) || vague != e.has(fVague) {
				t.Errorf("anchorArticle(%q) = %v, %v; the lexicon says %v, %v", v, art, vague, e.has(fArticle), e.has(fVague))
			}
		}
	}
	for _, w := range []string{"de", "que", "ses", "certains", "plus", "on", "d"} {
		if lx.anchorMay(w) {
			t.Errorf("anchorMay(%q) = true", w)
		}
	}
	if len(missing) > 0 {
		t.Errorf("anchorWord rejects lexicon words %q", missing)
	}
	for _, w := range []string{"Deux", "DEUX", "zéro", "Zéro", "ZÉRO", "Quelques"} {
		if !anchorWord(w) {
			t.Errorf("anchorWord(%q) = false", w)
		}
	}
	for _, w := range []string{"le", "Nvidia", "zébu", "deuxième", "milliards", "d"} {
		if anchorWord(w) {
			t.Errorf("anchorWord(%q) = true", w)
		}
	}
}

// TestCurrencyTables checks every code of the tables with x/text/currency.
func TestCurrencyTables(t *testing.T) {
	check := func(code string) {
		t.Helper()
		if code == "" {
			return
		}
		c, err := ParseCurrency(code)
		if err != nil || c.String() != code {
			t.Errorf("code %q: %v, %v", code, c, err)
		}
	}
	for _, c := range currencies {
		check(c.code)
		for _, a := range c.adjs {
			check(a.code)
		}
	}
	for _, s := range currencySymbols {
		check(s.code)
	}
	for _, m := range dollarMarks {
		check(m.code)
	}
	for _, code := range []string{"eur", "usd", "gbp", "chf", "jpy", "cny", "cad", "aud", "btc"} {
		c, ok := lowerCode(code)
		if !ok {
			t.Errorf("lowerCode(%q) failed", code)
		}
		check(c)
	}
	if _, err := ParseCurrency("XBT"); err == nil {
		t.Error("ParseCurrency(XBT) succeeded")
	}
	if c, err := ParseCurrency("eur"); err != nil || c.String() != "EUR" {
		t.Errorf("ParseCurrency(eur) = %v, %v", c, err)
	}
}

func TestAmountString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"1,4 milliard de dollars", "1,4 milliard USD"},
		{"plus de 300 milliards", "plus de 300 milliards"},
		{"18 000 puces", "18\u00a0000 puce"},
		{"10 %", "10 %"},
		{"147,55 pence", "1,4755 GBP"},
		{"de l’ordre de 10 à 20 exaflops", "environ de 10 à 20 EFLOPS"},
		{"plusieurs milliards de dollars", "montant vague en USD"},
		{"des milliers d'emplois", "quantité vague de emploi"},
		{"2 500 000 euros", "2,5 millions EUR"},
		{"3 billions d'euros", "3 billions EUR"},
	}
	for _, tt := range tests {
		a, _, ok := Parse(tt.in)
		if !ok {
			t.Errorf("Parse(%q) failed", tt.in)
			continue
		}
		if got := a.String(); got != tt.want {
			t.Errorf("String of %q = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestKindApproxText(t *testing.T) {
	for k := Money; k <= Percent; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("kind %v: %v, %v", k, back, err)
		}
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Error("Kind(0).MarshalText succeeded")
	}
	for a := Exact; a <= Several; a++ {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Approx
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("approx %v: %v, %v", a, back, err)
		}
	}
	if got := Several.String(); got != "several" {
		t.Errorf("Several = %q", got)
	}
	if got := Approx(99).String(); got != "Approx(99)" {
		t.Errorf("Approx(99) = %q", got)
	}
	if got := Kind(9).String(); got != "Kind(9)" {
		t.Errorf("Kind(9) = %q", got)
	}
}
