package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/veille-nlp/veille/extract"
)

var readableJSONTests = []struct{ name, in, want string }{
	{"empty lists", `{"entities":[],"amounts":[]}`, "{\n  \"entities\": [],\n  \"amounts\": []\n}\n"},
	{"one per line", `{"source":"a.txt","entities":[{"text":"A","start":0},{"text":"B","start":2}],"amounts":[]}`,
		"{\n  \"source\": \"a.txt\",\n  \"entities\": [\n    {\"text\":\"A\",\"start\":0},\n    {\"text\":\"B\",\"start\":2}\n  ],\n  \"amounts\": []\n}\n"},
	{"tricky strings", `{"entities":[{"text":"a,b]}{[\"c\\\\","x":[1,2]}],"n":{"a":1,"b":[]}}`,
		"{\n  \"entities\": [\n    {\"text\":\"a,b]}{[\\\"c\\\\\\\\\",\"x\":[1,2]}\n  ],\n  \"n\": {\"a\":1,\"b\":[]}\n}\n"},
	{"empty object", `{}`, "{}\n"},
}

func TestReadableJSON(t *testing.T) {
	for _, tt := range readableJSONTests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(appendReadableJSON(nil, []byte(tt.in)))
			if got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			checkSameJSON(t, tt.in, got)
		})
	}
}

// checkSameJSON fails unless readable is valid JSON that compacts to in.
func checkSameJSON(t *testing.T, in, readable string) {
	t.Helper()
	var buf bytes.Buffer
	if err := json.Compact(&buf, []byte(readable)); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, readable)
	}
	var want bytes.Buffer
	json.Compact(&want, []byte(in))
	if buf.String() != want.String() {
		t.Errorf("the layout changed the value:\n%s\nwant\n%s", buf.String(), want.String())
	}
}

func FuzzReadableJSON(f *testing.F) {
	for _, tt := range readableJSONTests {
		f.Add(tt.in)
	}
	f.Add(`{"a":[[1,[2]],{"b":[{}]}],"c":"\u2028\"}"}`)
	f.Fuzz(func(t *testing.T, in string) {
		var buf bytes.Buffer
		if json.Compact(&buf, []byte(in)) != nil || !strings.HasPrefix(buf.String(), "{") {
			return
		}
		checkSameJSON(t, in, string(appendReadableJSON(nil, buf.Bytes())))
	})
}

// handArticle is an article built by hand, for the formats' own tests.
func handArticle(source, text string, ms ...mention) *article {
	a := &article{source: source, doc: &extract.Document{Text: text}}
	for _, m := range ms {
		if m.isEntity() {
			a.ents = append(a.ents, m)
		} else {
			a.amts = append(a.amts, m)
		}
	}
	return a
}

func TestTSVEscapes(t *testing.T) {
	text := "A\tB\nC\\D 3,5 %"
	a := handArticle("dir/with\ttab\nand newline.txt", text,
		mention{Start: 0, End: 7, Text: "A\tB\nC\\D", Label: "PERSON", Canonical: "A B", ID: "Q1"},
		mention{Start: 8, End: 14, Text: "3,5 %", Label: "PERCENT", Value: "3.5", Approx: "about"},
		mention{Start: 8, End: 14, Text: "1e21", Label: "MONEY", Value: "1e+21", Currency: "EUR"},
		mention{Start: 8, End: 14, Text: "10 à 20", Label: "QUANTITY", Min: "10", Max: "20", Unit: "EFLOPS"},
	)
	b, _ := tsvFormat{}.article(nil, a)
	want := `dir/with\ttab\nand newline.txt	0	7	PERSON	A\tB\nC\\D	A B					Q1
dir/with\ttab\nand newline.txt	8	14	PERCENT	3,5 %	3.5				about	
dir/with\ttab\nand newline.txt	8	14	MONEY	1e21	1000000000000000000000	EUR				
dir/with\ttab\nand newline.txt	8	14	QUANTITY	10 à 20		EFLOPS	10	20		
`
	if string(b) != want {
		t.Errorf("got\n%q\nwant\n%q", b, want)
	}
}

func TestTextFormatAligns(t *testing.T) {
	text := "Émirats arabes unis\x00 et Nvidia : 1,4 milliard de dollars"
	a := handArticle("a\nb.txt", text,
		mention{Start: 0, End: 20, Text: "Émirats arabes unis", Label: "COUNTRY", Canonical: "Émirats arabes unis", ID: "AE"},
		mention{Start: 25, End: 31, Text: "Nvidia", Label: "COMPANY", Canonical: "Nvidia Corporation"},
		mention{Start: 34, End: 57, Text: "1,4 milliard de dollars", Label: "MONEY", Value: "1400000000", Currency: "USD", Approx: "more_than"},
	)
	b, _ := textFormat{}.article(nil, a)
	want := `== a\nb.txt  (57 bytes, 2 entities, 1 amount)
entities
   0 20  COUNTRY   Émirats arabes unis      [AE]
  25 31  COMPANY   Nvidia                   → Nvidia Corporation
amounts
  34 57  MONEY     1,4 milliard de dollars  > 1 400 000 000 USD
`
	if string(b) != want {
		t.Errorf("got\n%s\nwant\n%s", b, want)
	}
}

func TestEscaped(t *testing.T) {
	for _, tt := range []struct{ in, want, tsv string }{
		{"plain é", "plain é", "plain é"},
		{"a\tb\nc\rd", `a\tb\nc\rd`, `a\tb\nc\rd`},
		{`back\slash`, `back\slash`, `back\\slash`},
		{"nul\x00 esc\x1b del\x7f", `nul\x00 esc\x1b del\x7f`, `nul\x00 esc\x1b del\x7f`},
		{"bad\xff\xc3", `bad\xff\xc3`, `bad\xff\xc3`},
		{"nel\u0085 ls\u2028", `nel\u0085 ls\u2028`, `nel\u0085 ls\u2028`},
	} {
		if got := escaped(tt.in); got != tt.want {
			t.Errorf("escaped(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := string(appendEscaped(nil, tt.in, true)); got != tt.tsv {
			t.Errorf("tsv escape of %q = %q, want %q", tt.in, got, tt.tsv)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, tt := range []struct {
		in          json.Number
		plain, read string
	}{
		{"1400000000", "1400000000", "1 400 000 000"},
		{"1.4755", "1.4755", "1.4755"},
		{"1e+21", "1000000000000000000000", "1 000 000 000 000 000 000 000"},
		{"2500", "2500", "2500"},
		{"12345.678", "12345.678", "12 345.678"},
		{"-0.5", "-0.5", "-0.5"},
		{"-1234567", "-1234567", "-1 234 567"},
	} {
		if got := plainNumber(tt.in); got != tt.plain {
			t.Errorf("plainNumber(%s) = %s, want %s", tt.in, got, tt.plain)
		}
		if got := readableNumber(tt.in, " "); got != tt.read {
			t.Errorf("readableNumber(%s) = %s, want %s", tt.in, got, tt.read)
		}
	}
}

func TestReadableAmount(t *testing.T) {
	for _, tt := range []struct {
		m    mention
		want string
	}{
		{mention{Label: "MONEY", Value: "30000000000", Currency: "EUR"}, "30 000 000 000 EUR"},
		{mention{Label: "MONEY", Value: "300000000000", Approx: "more_than"}, "> 300 000 000 000"},
		{mention{Label: "QUANTITY", Min: "10", Max: "20", Unit: "EFLOPS", Approx: "about"}, "≈ 10–20 EFLOPS"},
		{mention{Label: "PERCENT", Value: "3.5"}, "3.5 %"},
		{mention{Label: "MONEY", Currency: "USD", Approx: "several"}, "several USD"},
		{mention{Label: "QUANTITY", Value: "18000", Unit: "puce"}, "18 000 puce"},
	} {
		if got := tt.m.readable(" "); got != tt.want {
			t.Errorf("%+v: %q, want %q", tt.m, got, tt.want)
		}
	}
}

func TestSummaryExactSums(t *testing.T) {
	s := newSummary()
	// 0.1 + 0.2 and 4.1e9 go wrong in float64.
	for _, v := range []json.Number{"0.1", "0.2", "4100000000", "1e+21"} {
		a := handArticle("x", "", mention{Label: "MONEY", Value: v, Currency: "EUR"},
			mention{Label: "MONEY", Min: "1", Max: "2", Currency: "EUR"},
			mention{Label: "PERSON", Text: "Macron", Canonical: "Emmanuel Macron"},
			mention{Label: "PERSON", Text: "Emmanuel Macron", Canonical: "Emmanuel Macron"})
		s.add(statsOf(a))
	}
	var out bytes.Buffer
	if err := s.write(&out, "tsv"); err != nil {
		t.Fatal(err)
	}
	want := "entity\ttype\tmentions\tarticles\nEmmanuel Macron\tPERSON\t8\t4\n\n" +
		"currency\tamounts\ttotal\tnot_in_total\nEUR\t8\t1000000000004100000000.3\t4\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
}
