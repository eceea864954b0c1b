package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

var keyTests = []struct {
	name, in, key, lower string
}{
	{"empty", "", "", ""},
	{"ascii lower", "nvidia", "nvidia", "nvidia"},
	{"ascii capitalized", "Nvidia", "nvidia", "nvidia"},
	{"acute capital", "Émirats", "emirats", "émirats"},
	{"all caps", "EMIRATS", "emirats", "emirats"},
	{"acute lower", "émirats", "emirats", "émirats"},
	{"decomposed acute", "E\u0301mirats", "emirats", "émirats"},
	{"decomposed lower", "e\u0301mirats", "emirats", "émirats"},
	{"cedilla", "Ça", "ca", "ça"},
	{"decomposed cedilla", "C\u0327a", "ca", "ça"},
	{"many accents", "àâäéèêëïîôöùûüÿç", "aaaeeeeiioouuuyc", "àâäéèêëïîôöùûüÿç"},
	{"capital accents", "ÀÂÄÉÈÊËÏÎÔÖÙÛÜŸÇ", "aaaeeeeiioouuuyc", "àâäéèêëïîôöùûüÿç"},
	{"two marks", "ǖ", "u", "ǖ"},
	{"vietnamese", "Nguyễn", "nguyen", "nguyễn"},
	{"typographic apostrophe", "l’IA", "l'ia", "l'ia"},
	{"modifier apostrophe", "lʼIA", "l'ia", "l'ia"},
	{"ascii apostrophe", "l'IA", "l'ia", "l'ia"},
	{"grave as apostrophe", "l`IA", "l'ia", "l'ia"},
	{"aujourd'hui", "Aujourd’hui", "aujourd'hui", "aujourd'hui"},
	{"non-breaking hyphen", "Royaume\u2011Uni", "royaume-uni", "royaume-uni"},
	{"hyphen", "Royaume\u2010Uni", "royaume-uni", "royaume-uni"},
	{"en dash", "Paris–Berlin", "paris-berlin", "paris-berlin"},
	{"minus", "\u22125", "-5", "-5"},
	{"no-break space", "Abu\u00A0Dhabi", "abu dhabi", "abu dhabi"},
	{"narrow no-break space", "18\u202F000", "18 000", "18 000"},
	{"space run", "Abu \u00A0\t Dhabi", "abu dhabi", "abu dhabi"},
	{"trimmed", "  Nvidia \n", "nvidia", "nvidia"},
	{"only spaces", " \u00A0\u202F ", "", ""},
	{"newline inside", "Abu\nDhabi", "abu dhabi", "abu dhabi"},
	{"zero width space", "Abu\u200BDhabi", "abu dhabi", "abu dhabi"},
	{"oe ligature", "cœur", "coeur", "coeur"},
	{"OE ligature", "Œuvre", "oeuvre", "oeuvre"},
	{"ae ligature", "Lætitia", "laetitia", "laetitia"},
	{"AE ligature", "ÆRO", "aero", "aero"},
	{"sharp s", "Straße", "strasse", "strasse"},
	{"capital sharp s", "STRAẞE", "strasse", "strasse"},
	{"fi ligature", "ﬁnance", "finance", "finance"},
	{"fl ligature", "ﬂux", "flux", "flux"},
	{"ffi ligature", "eﬃcace", "efficace", "efficace"},
	{"guillemets", "«IA»", `"ia"`, `"ia"`},
	{"curly quotes", "“IA”", `"ia"`, `"ia"`},
	{"soft hyphen", "Nvi\u00ADdia", "nvidia", "nvidia"},
	{"zero width joiner", "Nvi\u200Ddia", "nvidia", "nvidia"},
	{"bidi mark", "Nvidia\u200E", "nvidia", "nvidia"},
	{"soft hyphen between spaces", "a \u00AD b", "a b", "a b"},
	{"accent between spaces", "a \u0323 b", "a b", "a \u0323 b"},
	{"kelvin sign", "\u212A", "k", "k"},
	{"final sigma", "ΟΔΥΣΣΕΥΣ", "οδυσσευσ", "οδυσσευσ"},
	{"greek lower", "Οδυσσεύς", "οδυσσευσ", "οδυσσεύσ"},
	{"dotted capital I", "İstanbul", "istanbul", "istanbul"},
	{"dotless i", "Işık", "isik", "işik"},
	{"long s", "ſ", "s", "s"},
	{"cyrillic", "Москва", "москва", "москва"},
	{"hangul", "한국", "한국", "한국"},
	{"hangul jamo", "\u1112\u1161\u11AB", "한", "한"},
	{"cjk", "北京", "北京", "北京"},
	{"lower composes after folding", "W\u030A", "w", "ẘ"},
	{"key composes after stripping", "가\u0301\u11A8", "각", "가\u0301\u11A8"},
	{"euro", "10\u00A0M€", "10 m€", "10 m€"},
	{"invalid byte", "ab\xffcd", "ab\uFFFDcd", "ab\uFFFDcd"},
	{"invalid run", "ab\xff\xfe\xfdcd", "ab\uFFFDcd", "ab\uFFFDcd"},
	{"truncated rune", "caf\xc3", "caf\uFFFD", "caf\uFFFD"},
	{"latin1 byte", "caf\xe9", "caf\uFFFD", "caf\uFFFD"},
	{"replacement char", "a\uFFFDb", "a\uFFFDb", "a\uFFFDb"},
	{"stray mark", "\u0301a", "a", "\u0301a"},
	{"nul", "a\x00b", "a\x00b", "a\x00b"},
	{"digits", "1,4", "1,4", "1,4"},
}

func TestKey(t *testing.T) {
	for _, tt := range keyTests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.key {
				t.Errorf("Key(%+q) = %+q, want %+q", tt.in, got, tt.key)
			}
			if got := string(AppendKey([]byte("x"), tt.in)); got != "x"+tt.key {
				t.Errorf("AppendKey(x, %+q) = %+q, want %+q", tt.in, got, "x"+tt.key)
			}
			if got := Lower(tt.in); got != tt.lower {
				t.Errorf("Lower(%+q) = %+q, want %+q", tt.in, got, tt.lower)
			}
			if got := string(AppendLower([]byte("x"), tt.in)); got != "x"+tt.lower {
				t.Errorf("AppendLower(x, %+q) = %+q, want %+q", tt.in, got, "x"+tt.lower)
			}
			checkKey(t, tt.in)
		})
	}
}

// checkKey checks the properties every key has, on any input.
func checkKey(t testing.TB, s string) {
	t.Helper()
	k := Key(s)
	if !utf8.ValidString(k) {
		t.Errorf("Key(%+q) = %+q: invalid UTF-8", s, k)
	}
	if !norm.NFC.IsNormalString(k) {
		t.Errorf("Key(%+q) = %+q: not NFC", s, k)
	}
	if kk := Key(k); kk != k {
		t.Errorf("Key(%+q) = %+q, but Key of that = %+q", s, k, kk)
	}
	if strings.HasPrefix(k, " ") || strings.HasSuffix(k, " ") || strings.Contains(k, "  ") {
		t.Errorf("Key(%+q) = %+q: spaces not collapsed", s, k)
	}
	if got := Key(norm.NFD.String(s)); got != k && utf8.ValidString(s) {
		t.Errorf("Key(NFD(%+q)) = %+q, want %+q", s, got, k)
	}
	l := Lower(s)
	if !utf8.ValidString(l) || !norm.NFC.IsNormalString(l) {
		t.Errorf("Lower(%+q) = %+q: invalid UTF-8 or not NFC", s, l)
	}
	if ll := Lower(l); ll != l {
		t.Errorf("Lower(%+q) = %+q, but Lower of that = %+q", s, l, ll)
	}
	if kl := Key(l); kl != k {
		t.Errorf("Key(Lower(%+q)) = %+q, want Key = %+q", s, kl, k)
	}
}

// TestKeyEveryRune checks the key properties on every rune alone, between
// letters, and after a letter it could combine with.
func TestKeyEveryRune(t *testing.T) {
	if testing.Short() {
		t.Skip("exhaustive")
	}
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		if !mayCombine(r) && Key(s) == s && Lower(s) == s && norm.NFD.String(s) == s {
			continue // the rune is its own key, alone and between letters
		}
		checkKey(t, s)
		checkKey(t, "a"+s+"b")
		if t.Failed() {
			return // one rune's failure is enough to read
		}
	}
}

func TestKeyReturnsInput(t *testing.T) {
	for _, s := range []string{"nvidia", "l'ia", "royaume-uni", "abu dhabi", "北京"} {
		if got := Key(s); got != s {
			t.Fatalf("Key(%q) = %q", s, got)
		}
		if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
			t.Errorf("Key(%q) allocates %v times", s, n)
		}
	}
}

func TestAppendKeyAllocs(t *testing.T) {
	buf := make([]byte, 0, 256)
	for _, s := range []string{
		"Nvidia", "Émirats arabes unis", "l’Économie", "Royaume\u2011Uni",
		"Abu\u00A0Dhabi", "cœur", "Straße", "«IA»", "ÀÂÄÉÈÊËÏÎÔÖÙÛÜŸÇ",
	} {
		if n := testing.AllocsPerRun(100, func() { buf = AppendKey(buf[:0], s) }); n != 0 {
			t.Errorf("AppendKey(%q) allocates %v times", s, n)
		}
		if n := testing.AllocsPerRun(100, func() { buf = AppendLower(buf[:0], s) }); n != 0 {
			t.Errorf("AppendLower(%q) allocates %v times", s, n)
		}
	}
	// Decomposed accents: keys remove them without an NFC copy.
	for _, s := range []string{"E\u0301mirats", "l\u2019E\u0301conomie", "C\u0327a", "u\u0308\u0304", "e\u0323\u0302"} {
		if n := testing.AllocsPerRun(100, func() { buf = AppendKey(buf[:0], s) }); n != 0 {
			t.Errorf("AppendKey(%+q) allocates %v times", s, n)
		}
	}
}

// TestKeyArticles checks the key properties on every word and every line
// of the seed articles.
func TestKeyArticles(t *testing.T) {
	for _, a := range readArticles(t) {
		name, text := a.name, a.text
		for line := range strings.Lines(text) {
			checkKey(t, line)
			for _, w := range strings.Fields(line) {
				checkKey(t, w)
			}
		}
		if t.Failed() {
			t.Fatalf("in %s", name)
		}
	}
}
