package token

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// render writes tokens in the compact notation of the table tests: tokens
// separated by one space, each written as
//
//	[K:]text[{flags}]
//
// where K: is the kind for anything but a Word (N: Number, P: Punct,
// S: Symbol, U: URL, E: Email, H: Handle, T: Hashtag), and flags lists the
// lexical flags: e Elided, a Abbrev, h Hyphenated, i Inverted, q Quote,
// A AllCaps. In text, U+0020 is written ␣ and other invisible runes,
// spaces and combining marks as \uXXXX. The shape and position flags
// (Capitalized, Lower, HasDigit, SpaceBefore, LineStart) are tested apart,
// in TestTokenizeFlags.
func render(src string, toks []Token) string {
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		if tk.Kind != Word {
			b.WriteString(kindCode[tk.Kind])
			b.WriteByte(':')
		}
		writeVisible(&b, tk.Text(src))
		var fl []byte
		for _, f := range lexFlags {
			if tk.Is(f.flag) {
				fl = append(fl, f.code)
			}
		}
		if fl != nil {
			fmt.Fprintf(&b, "{%s}", fl)
		}
	}
	return b.String()
}

var kindCode = [...]string{Word: "W", Number: "N", Punct: "P", Symbol: "S", URL: "U", Email: "E", Handle: "H", Hashtag: "T"}

var lexFlags = []struct {
	flag Flags
	code byte
}{{Elided, 'e'}, {Abbrev, 'a'}, {Hyphenated, 'h'}, {Inverted, 'i'}, {Quote, 'q'}, {AllCaps, 'A'}}

func writeVisible(b *strings.Builder, s string) {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			fmt.Fprintf(b, `\x%02x`, s[i])
		case r == ' ':
			b.WriteString("␣")
		case !unicode.IsGraphic(r) || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r):
			fmt.Fprintf(b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
}

// tokenizeTests are {input, tokens in the notation of render}.
var tokenizeTests = []struct{ in, want string }{
	// Elided articles and pronouns, with the three apostrophes, in any case.
	{"l'IA", "l'{e} IA{A}"},
	{"l’IA", "l’{e} IA{A}"},
	{"lʼIA", "lʼ{e} IA{A}"},
	{"d’Abu Dhabi", "d’{e} Abu Dhabi"},
	{"j’ai m’a n’est s’est t’es c’est", "j’{e} ai m’{e} a n’{e} est s’{e} est t’{e} es c’{e} est"},
	{"qu’il jusqu’à lorsqu’on puisqu’elle quoiqu’il presqu’entier", "qu’{e} il jusqu’{e} à lorsqu’{e} on puisqu’{e} elle quoiqu’{e} il presqu’{e} entier"},
	{"L’IA D’après Qu’il JUSQU’À QU’IL", "L’{e} IA{A} D’{e} après Qu’{e} il JUSQU’{eA} À QU’{eA} IL{A}"},
	{"N’EST l’Île-de-France", "N’{e} EST{A} l’{e} Île-de-France{h}"},
	{"plus d’1,4 milliard", "plus d’{e} N:1,4 milliard"},
	{"l' IA", "l'{e} IA{A}"},
	{"l’« IA »", "l’{e} P:«{q} IA{A} P:»{q}"},
	{"l’État jusqu’au l'A380 Nvidia’s rock’n’roll", "l’{e} État jusqu’{e} au l'{e} A380 Nvidia’s rock’n’roll"},
	{"l‘IA", "l‘{e} IA{A}"},
	// Apostrophes inside words keep them whole.
	{"aujourd'hui aujourd’hui", "aujourd'hui aujourd’hui"},
	{"main-d'œuvre main-d’œuvre", "main-d'œuvre{h} main-d’œuvre{h}"},
	{"O'Brien prud’hommes", "O'Brien prud’hommes"},
	{"Côte-d’Ivoire", "Côte-d’Ivoire{h}"},
	{"quelqu’un quelqu’une presqu’île", "quelqu’un quelqu’une presqu’île"},
	{"N’Djamena M’Vila", "N’Djamena M’Vila"},
	// An elision before a misplaced closing quote: « d' »historique » ».
	{"d' »historique », soulignant", "d'{e} P:»{q} historique P:»{q} P:, soulignant"},
	{"« d' »historique » »", "P:«{q} d'{e} P:»{q} historique P:»{q} P:»{q}"},
	{"l'", "l P:'{q}"},
	{"l'.", "l P:'{q} P:."},
	{"'IA'", "P:'{q} IA{A} P:'{q}"},
	{"‘souveraine’", "P:‘{q} souveraine P:’{q}"},
	// Hyphenated names stay whole, inversions split.
	{"Royaume-Uni Saint-Étienne start-up Jean-Pierre", "Royaume-Uni{h} Saint-Étienne{h} start-up{h} Jean-Pierre{h}"},
	{"Covid-19 GPT-4o A350-900", "Covid-19{h} GPT-4o{h} A350-900{h}"},
	{"a-t-il dit-elle vas-y peut-on", "a -t-il{i} dit -elle{i} vas -y{i} peut -on{i}"},
	{"Dit-il, va-t-on, donne-le-moi, est-ce", "Dit -il{i} P:, va -t-on{i} P:, donne -le-moi{i} P:, est -ce{i}"},
	{"rendez-vous Rendez-vous c’est-à-dire", "rendez-vous{h} Rendez-vous{h} c’{e} est-à-dire{h}"},
	{"celle-ci peut-être Villiers-le-Bel", "celle-ci{h} peut-être{h} Villiers-le-Bel{h}"},
	{"qu’est-ce", "qu’{e} est -ce{i}"},
	{"pré- et post-électoral", "pré P:- et post-électoral{h}"},
	{"Paris – Berlin", "Paris P:– Berlin"},
	{"semi‑conducteurs", "semi‑conducteurs{h}"},
	// Numbers.
	{"1,4 milliard", "N:1,4 milliard"},
	{"18 000 puces", "N:18␣000 puces"},
	{"18\u00a0000 18\u202f000 18\u2009000", `N:18\u00a0000 N:18\u202f000 N:18\u2009000`},
	{"1 000 000,50 €", "N:1␣000␣000,50 S:€"},
	{"5.750 5.750.000 3.5", "N:5.750 N:5.750.000 N:3.5"},
	{"3,80% 10 %", "N:3,80 S:% N:10 S:%"},
	{"1'000 1’000", "N:1'000 N:1’000"},
	{"en 2024 300 salariés", "en N:2024 N:300 salariés"},
	{"01 23 45 67 89", "N:01 N:23 N:45 N:67 N:89"},
	{"1 2345", "N:1 N:2345"},
	{"le 11 février", "le N:11 février"},
	{"1,2,3", "N:1,2 P:, N:3"},
	{"en 2024.", "en N:2024 P:."},
	{"-5 % +3 −2", "P:- N:5 S:% S:+ N:3 P:− N:2"},
	{"10^400", "N:10 S:^ N:400"},
	{"١٢٣", "N:١٢٣"},
	// Units glued to numbers are split.
	{"1GW 10Md€ $10M", "N:1 GW{A} N:10 Md S:€ S:$ N:10 M"},
	{"14h30 5G 1er 2e 3ème", "N:14 h N:30 N:5 G N:1 er N:2 e N:3 ème"},
	{"100km/h 1,4Md", "N:100 km P:/ h N:1,4 Md"},
	// URLs, e-mails, handles, hashtags, domains.
	{"https://www.lemonde.fr/economie/article.html.", "U:https://www.lemonde.fr/economie/article.html P:."},
	{"(voir http://x.fr/a?b=1&c=2)", "P:( voir U:http://x.fr/a?b=1&c=2 P:)"},
	{"www.nvidia.com, lemonde.fr et service-public.gouv.fr", "U:www.nvidia.com P:, U:lemonde.fr et U:service-public.gouv.fr"},
	{"lemonde.fr/economie", "U:lemonde.fr/economie"},
	{"INTELLIGENCE-ARTIFICIELLE.COM !", "U:INTELLIGENCE-ARTIFICIELLE.COM P:!"},
	{"en France.De plus", "en France P:. De plus"},
	{"la fin.Le début", "la fin P:. Le début"},
	{"01net.com 20minutes.fr", "U:01net.com U:20minutes.fr"},
	{"contact@exemple.fr prenom.nom@mistral.ai", "E:contact@exemple.fr E:prenom.nom@mistral.ai"},
	{"jean-pierre@x.co.uk.", "E:jean-pierre@x.co.uk P:."},
	{"@Nvidia #IA #1 @ #", "H:@Nvidia T:#IA S:# N:1 S:@ S:#"},
	{"x@y", "x H:@y"},
	// Acronyms, abbreviations, initials.
	{"ONBTC FMI UK IA", "ONBTC{A} FMI{A} UK{A} IA{A}"},
	{"M. Dupont Mme Martin Dr House Dr. House", "M.{a} Dupont Mme{a} Martin Dr{a} House Dr.{a} House"},
	{"etc. cf. n° N° nº p. ex.", "etc.{a} cf.{a} n°{a} N°{a} nº{a} p.{a} ex.{a}"},
	{"J. R. R. Tolkien", "J.{a} R.{a} R.{a} Tolkien"},
	{"U.S.A. J.-C. J.-P. Sartre", "U.S.A.{aA} J.-C.{aA} J.-P.{aA} Sartre"},
	{"c.-à-d. le plan B.", "c.-à-d.{a} le plan B P:."},
	{"É. Philippe", "É.{a} Philippe"},
	{"Nvidia Inc. a", "Nvidia Inc.{a} a"},
	// Punctuation.
	{"« IA » … • — –", "P:«{q} IA{A} P:»{q} P:… P:• P:— P:–"},
	{"Quoi ?! Non... Si.", "Quoi P:?! Non P:... Si P:."},
	{"“Le Chat” \"ok\"", "P:“{q} Le Chat P:”{q} P:\"{q} ok P:\"{q}"},
	{"(FMI) [1] {x}", "P:( FMI{A} P:) P:[ N:1 P:] P:{ x P:}"},
	// Special words.
	{"Canal+ Disney+ C++ Apple TV+", "Canal+ Disney+ C++ Apple TV+{A}"},
	{"N+1 A+B bac+5", "N S:+ N:1 A S:+ B bac S:+ N:5"},
	{"AT&T R&D M&A Procter&Gamble", "AT&T{A} R&D{A} M&A{A} Procter S:& Gamble"},
	{"CUBO_ai _x x_", "CUBO_ai S:_ x x S:_"},
	{"H100 GB200 B2B A380", "H100 GB200{A} B2B{A} A380"},
	{"salarié·es", "salarié·es"},
	// Unicode oddities.
	{"e\u0301conomie E\u0301TATS", `e\u0301conomie E\u0301TATS{A}`},
	{"\u0301IA", "IA{A}"},
	{"intelli\u00adgence", `intelli\u00adgence`},
	{"\ufeffLe\u200bChat", "Le Chat"},
	{"a\xffb\xc3", `a b`},
	{"a\x00b", "a b"},
	{"Le\r\nChat", "Le Chat"},
	{"", ""},
	{"   ", ""},
}

func TestTokenize(t *testing.T) {
	for _, tt := range tokenizeTests {
		t.Run(tt.in, func(t *testing.T) {
			toks, _ := tokenizeChecked(t, tt.in)
			if got := render(tt.in, toks); got != tt.want {
				t.Errorf("Tokenize(%q) mismatch (-want +got):\n%s", tt.in, cmp.Diff(strings.Split(tt.want, " "), strings.Split(got, " ")))
			}
		})
	}
}

// TestTokenizeFlags checks every flag of the tokens of a few inputs,
// written as text:Flags.
func TestTokenizeFlags(t *testing.T) {
	tests := []struct{ in, want string }{
		{"L’IA de Nvidia", "L’:Capitalized|Elided|LineStart|SpaceBefore IA:Capitalized|AllCaps de:SpaceBefore|Lower Nvidia:Capitalized|SpaceBefore"},
		{"H100 a-t-il", "H100:Capitalized|HasDigit|LineStart|SpaceBefore a:SpaceBefore|Lower -t-il:Inverted|Lower"},
		{"x\n\u00a0iPhone 3,5", "x:LineStart|SpaceBefore|Lower iPhone:LineStart|SpaceBefore|Lower 3,5:HasDigit|SpaceBefore"},
		{"«Royaume-Uni»", "«:Quote|LineStart|SpaceBefore Royaume-Uni:Capitalized|Hyphenated »:Quote"},
		{"1GW M. Mme", "1:HasDigit|LineStart|SpaceBefore GW:Capitalized|AllCaps M.:Capitalized|Abbrev|SpaceBefore Mme:Capitalized|Abbrev|SpaceBefore"},
		{"Économie ÉTATS", "Économie:Capitalized|LineStart|SpaceBefore ÉTATS:Capitalized|AllCaps|SpaceBefore"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			toks, _ := tokenizeChecked(t, tt.in)
			for i := range toks {
				toks[i].Flags &^= SentenceStart
			}
			var got []string
			for _, tk := range toks {
				got = append(got, tk.Text(tt.in)+":"+tk.Flags.String())
			}
			if diff := cmp.Diff(strings.Split(tt.want, " "), got); diff != "" {
				t.Errorf("flags of %q mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestTokenizeArticles checks the invariants on the seed articles and
// that the pieces of French they hold come out as single tokens.
func TestTokenizeArticles(t *testing.T) {
	names, texts := articles(t)
	want := map[string][]string{
		"000": {"l’{e}", "main-d’œuvre{h}", "N:1,4", "CUBO_ai", "ONBTC{A}", "P:…"},
		"001": {"Royaume-Uni{h}", "qu’{e}", "d’{e}"},
		"002": {"d'{e}", "N:18␣000", "start-ups{h}"},
		"003": {"a", "-t-il{i}", "U:INTELLIGENCE-ARTIFICIELLE.COM", "N:10", "S:%", "J’{e}", "moi-même{h}"},
		"004": {"N:1", "GW{A}", "P:•", "start-up{h}", "P:[", "P:…", "P:]"},
	}
	for i, src := range texts {
		toks, _ := tokenizeChecked(t, src)
		got := " " + render(src, toks) + " "
		for _, w := range want[names[i][:3]] {
			if !strings.Contains(got, " "+w+" ") {
				t.Errorf("%s: no token %s", names[i], w)
			}
		}
	}
}

// TestTokenizeHostile checks the invariants on inputs that break naive
// scanners, and that large ones take linear time.
func TestTokenizeHostile(t *testing.T) {
	big := func(unit string, size int) string { return strings.Repeat(unit, size/len(unit)) }
	tests := []struct{ name, in string }{
		{"3MB of words without newline", big("Le Salvador s’associe à Nvidia, 1,4 milliard ! ", 3<<20)},
		{"dots", big("a.", 1<<20)},
		{"e-mail-like", big("a.b-c_", 1<<20)},
		{"at signs", big("a@b.", 1<<20)},
		{"domains", big("a.fr.", 1<<20)},
		{"closing quotes", big("» ", 1<<20)},
		{"initials", big("A. ", 1<<20)},
		{"hyphens", big("le-", 1<<20) + "il"},
		{"apostrophes", big("l'", 1<<20)},
		{"plus signs", big("A+", 1<<20)},
		{"digits", big("1 000,", 1<<20)},
		{"one long word", big("a", 1<<20)},
		{"spaces", big(" \u00a0", 1<<20) + "x"},
		{"marks", big("\u0301", 1<<20)},
		{"invalid", big("\xff\xfe", 1<<20)},
		{"NUL", big("\x00", 1<<20)},
		{"BOM and CRLF", "\ufeffLe Chat.\r\nLa suite.\r\n\r\nFin"},
		{"10^400", "1" + strings.Repeat("0", 400) + " 10^400"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tokenizeChecked(t, tt.in)
		})
	}
}

func TestFlagsString(t *testing.T) {
	tests := []struct {
		f    Flags
		want string
	}{
		{0, "0"},
		{Capitalized | AllCaps, "Capitalized|AllCaps"},
		{Lower | 1<<14, "Lower|0x4000"},
	}
	for _, tt := range tests {
		if got := tt.f.String(); got != tt.want {
			t.Errorf("Flags(%#x).String() = %q, want %q", uint16(tt.f), got, tt.want)
		}
	}
}

func TestKindString(t *testing.T) {
	if got := Number.String(); got != "Number" {
		t.Errorf("Number.String() = %q", got)
	}
	if got := Kind(42).String(); got != "Kind(42)" {
		t.Errorf("Kind(42).String() = %q", got)
	}
	if b, err := Hashtag.MarshalText(); err != nil || string(b) != "Hashtag" {
		t.Errorf("Hashtag.MarshalText() = %q, %v", b, err)
	}
}

func TestSpanText(t *testing.T) {
	src := "l’IA"
	tests := []struct {
		s    Span
		want string
	}{
		{Span{0, 4}, "l’"}, {Span{4, 6}, "IA"}, {Span{0, 0}, ""}, {Span{-1, 2}, ""}, {Span{3, 7}, ""}, {Span{4, 2}, ""},
	}
	for _, tt := range tests {
		if got := tt.s.Text(src); got != tt.want {
			t.Errorf("%v.Text = %q, want %q", tt.s, got, tt.want)
		}
	}
	if n := (Span{4, 6}).Len(); n != 2 {
		t.Errorf("Len = %d", n)
	}
}
