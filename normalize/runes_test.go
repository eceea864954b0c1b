package normalize

import (
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestRuneClasses(t *testing.T) {
	type preds struct{ apos, space, group, dash, hyphen, quote, joiner bool }
	tests := []struct {
		name string
		r    rune
		want preds
	}{
		{"ascii apostrophe", '\'', preds{apos: true}},
		{"right single quotation mark", '’', preds{apos: true}},
		{"modifier letter apostrophe", 'ʼ', preds{apos: true}},
		{"left single quotation mark", '‘', preds{apos: true}},
		{"acute accent", '´', preds{apos: true}},
		{"grave accent", '`', preds{apos: true}},
		{"prime", '′', preds{apos: true}},
		{"space", ' ', preds{space: true, group: true}},
		{"tab", '\t', preds{space: true}},
		{"newline", '\n', preds{space: true}},
		{"no-break space", '\u00A0', preds{space: true, group: true}},
		{"narrow no-break space", '\u202F', preds{space: true, group: true}},
		{"thin space", '\u2009', preds{space: true, group: true}},
		{"figure space", '\u2007', preds{space: true, group: true}},
		{"ideographic space", '\u3000', preds{space: true}},
		{"zero width space", '\u200B', preds{space: true}},
		{"byte order mark", '\uFEFF', preds{space: true}},
		{"line separator", '\u2028', preds{space: true}},
		{"hyphen-minus", '-', preds{dash: true, hyphen: true}},
		{"hyphen", '\u2010', preds{dash: true, hyphen: true}},
		{"non-breaking hyphen", '\u2011', preds{dash: true, hyphen: true}},
		{"en dash", '–', preds{dash: true}},
		{"em dash", '—', preds{dash: true}},
		{"minus sign", '−', preds{dash: true}},
		{"guillemet open", '«', preds{quote: true}},
		{"guillemet close", '»', preds{quote: true}},
		{"single guillemet", '‹', preds{quote: true}},
		{"double quote", '"', preds{quote: true}},
		{"left double quotation mark", '“', preds{quote: true}},
		{"low double quotation mark", '„', preds{quote: true}},
		{"soft hyphen", '\u00AD', preds{joiner: true}},
		{"zero width joiner", '\u200D', preds{joiner: true}},
		{"zero width non-joiner", '\u200C', preds{joiner: true}},
		{"letter", 'é', preds{}},
		{"digit", '7', preds{}},
		{"bullet", '•', preds{}},
		{"ellipsis", '…', preds{}},
		{"replacement character", utf8.RuneError, preds{}},
		{"negative", -1, preds{}},
		{"beyond unicode", 0x110000, preds{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := preds{IsApostrophe(tt.r), IsSpace(tt.r), IsGroupSpace(tt.r), IsDash(tt.r), IsHyphen(tt.r), IsQuote(tt.r), IsWordJoiner(tt.r)}
			if got != tt.want {
				t.Errorf("%U: got %+v, want %+v", tt.r, got, tt.want)
			}
		})
	}
}

// TestRuneClassesConsistent pins the relations between the classes on every
// rune: hyphens are dashes, group spaces are spaces, and no rune is in two
// of the disjoint classes.
func TestRuneClassesConsistent(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if IsHyphen(r) && !IsDash(r) {
			t.Errorf("%U: hyphen but not dash", r)
		}
		if IsGroupSpace(r) && !IsSpace(r) {
			t.Errorf("%U: group space but not space", r)
		}
		n := 0
		for _, b := range []bool{IsApostrophe(r), IsSpace(r), IsDash(r), IsQuote(r), IsWordJoiner(r)} {
			if b {
				n++
			}
		}
		if n > 1 {
			t.Errorf("%U is in %d classes", r, n)
		}
	}
}

// TestClassifyAgreesWithPredicates checks, on every rune, that the single
// switch used by Key and Text agrees with the exported predicates.
func TestClassifyAgreesWithPredicates(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		cl, repl := classify(r)
		var want class
		var wantRepl string
		switch {
		case r < utf8.RuneSelf && r != '`':
			want = clKeep
		case IsApostrophe(r):
			want, wantRepl = clRepl, "'"
		case IsQuote(r):
			want, wantRepl = clRepl, `"`
		case IsDash(r):
			want, wantRepl = clRepl, "-"
		case IsWordJoiner(r):
			want = clDrop
		case r == '\u0085' || r == '\u2028' || r == '\u2029':
			want, wantRepl = clNewline, "\n"
		case IsSpace(r):
			want, wantRepl = clSpace, " "
		default:
			want = clKeep
			if cl == clRepl {
				// A ligature: its replacement is its compatibility
				// decomposition, in ASCII. Œ and Æ are letters in
				// Unicode (no decomposition): spelt out by hand.
				d := norm.NFKD.String(string(r))
				switch r {
				case 'Œ':
					d = "OE"
				case 'œ':
					d = "oe"
				case 'Æ':
					d = "AE"
				case 'æ':
					d = "ae"
				}
				if d != repl || !isASCII(repl) {
					t.Errorf("%U: ligature %q, NFKD %q", r, repl, d)
				}
				continue
			}
		}
		if cl != want || repl != wantRepl {
			t.Errorf("%U: classify = %d %q, want %d %q", r, cl, repl, want, wantRepl)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// TestBoundaryFastPath checks the shortcut of boundaryAt: no rune whose
// lead byte is below 0xCC combines with what precedes it.
func TestBoundaryFastPath(t *testing.T) {
	for r := rune(0); r < 0x300; r++ {
		if !norm.NFC.PropertiesString(string(r)).BoundaryBefore() {
			t.Errorf("%U is not a boundary", r)
		}
	}
}

// TestStableRune checks the shortcut of stableRune against NFC on every
// rune: a rune it calls stable is in NFC by itself.
func TestStableRune(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if stableRune(r, s) && norm.NFC.String(s) != s {
			t.Errorf("%U: stableRune but NFC gives %+q", r, norm.NFC.String(s))
		}
	}
}

func TestMayCombine(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		if !norm.NFC.PropertiesString(string(r)).BoundaryBefore() && !mayCombine(r) {
			t.Errorf("%U combines but mayCombine is false", r)
		}
	}
}
