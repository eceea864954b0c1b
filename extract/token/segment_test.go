package token

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// renderSentences writes the sentences of src separated by " ‖ ", with
// line breaks inside a sentence written ⏎.
func renderSentences(src string, sents []Sentence) string {
	parts := make([]string, len(sents))
	for i, s := range sents {
		parts[i] = strings.NewReplacer("\r\n", "⏎", "\n", "⏎").Replace(s.Text(src))
	}
	return strings.Join(parts, " ‖ ")
}

// segmentTests are {input, sentences as renderSentences writes them}.
var segmentTests = []struct{ in, want string }{
	{"Il pleut. Il neige.", "Il pleut. ‖ Il neige."},
	{"Vraiment ? Oui ! Bon… D'accord.", "Vraiment ? ‖ Oui ! ‖ Bon… ‖ D'accord."},
	{"Quoi ?! Non... Si.", "Quoi ?! ‖ Non... ‖ Si."},
	// Abbreviations, titles and initials.
	{"M. Dupont est là. Mme Martin aussi.", "M. Dupont est là. ‖ Mme Martin aussi."},
	{"Le Dr. House et J. R. R. Tolkien parlent.", "Le Dr. House et J. R. R. Tolkien parlent."},
	{"Voir p. 12, cf. Le Monde, av. J.-C. et p. ex. Nvidia.", "Voir p. 12, cf. Le Monde, av. J.-C. et p. ex. Nvidia."},
	{"Des puces, des serveurs, etc. Le marché croît.", "Des puces, des serveurs, etc. ‖ Le marché croît."},
	{"Des puces, etc. et des serveurs.", "Des puces, etc. et des serveurs."},
	{"Apple Inc. a publié. Nvidia Inc. Le titre monte.", "Apple Inc. a publié. ‖ Nvidia Inc. ‖ Le titre monte."},
	{"Le 12 sept. 2024 à Paris.", "Le 12 sept. 2024 à Paris."},
	{"Les U.S.A. et la France.", "Les U.S.A. et la France."},
	// Numbers and URLs hold dots and commas that end nothing.
	{"Il a levé 3.5 millions et 1,4 milliard. Bravo.", "Il a levé 3.5 millions et 1,4 milliard. ‖ Bravo."},
	{"Voir lemonde.fr et https://x.fr/a.b. Puis partir.", "Voir lemonde.fr et https://x.fr/a.b. ‖ Puis partir."},
	{"En 2024. 300 emplois.", "En 2024. ‖ 300 emplois."},
	// Quotes and brackets stay with the sentence they close.
	{"Il a dit : « C'est fini. » Puis il est parti.", "Il a dit : « C'est fini. » ‖ Puis il est parti."},
	{"« Qui paiera ? » a-t-il demandé.", "« Qui paiera ? » a-t-il demandé."},
	{"« Non ! », répond-il.", "« Non ! », répond-il."},
	{"Il a parlé. « C'est fini », dit-il.", "Il a parlé. ‖ « C'est fini », dit-il."},
	{"Il a parlé. \"C'est fini.\" Puis rien.", "Il a parlé. ‖ \"C'est fini.\" ‖ Puis rien."},
	{"(Il pleut.) Il neige.", "(Il pleut.) ‖ Il neige."},
	{"d' »historique », soulignant.", "d' »historique », soulignant."},
	// Lines: titles, bullets, lists, hard wraps, paragraphs.
	{"Un titre sans point\nLe texte commence.", "Un titre sans point ‖ Le texte commence."},
	{"Le texte est coupé\nau milieu de la phrase.", "Le texte est coupé⏎au milieu de la phrase."},
	{"Les domaines :\n• le calcul ;\n• les données.", "Les domaines : ‖ • le calcul ; ‖ • les données."},
	{"- Premier point\n- Second point", "- Premier point ‖ - Second point"},
	{"1. Premier point\n2. Second point", "1. Premier point ‖ 2. Second point"},
	{"Selon M.\nDupont, tout va bien.", "Selon M.⏎Dupont, tout va bien."},
	{"Jensen Huang,\nPDG de Nvidia.", "Jensen Huang,⏎PDG de Nvidia."},
	{"Un titre\n\nle texte.", "Un titre ‖ le texte."},
	{"Ligne un.\r\n\r\nLigne deux.\rLigne trois.", "Ligne un. ‖ Ligne deux. ‖ Ligne trois."},
	{"Fin.\u2029Début.", "Fin. ‖ Début."},
	// Lower case after final punctuation goes on.
	{"Il a dit oui. et puis non.", "Il a dit oui. et puis non."},
	{"Quoi ? non.", "Quoi ? non."},
	{"Apple innove. iPhone 16 arrive. eBay aussi.", "Apple innove. ‖ iPhone 16 arrive. ‖ eBay aussi."},
	{"", ""},
}

func TestSegment(t *testing.T) {
	for _, tt := range segmentTests {
		t.Run(tt.in, func(t *testing.T) {
			_, sents := tokenizeChecked(t, tt.in)
			if got := renderSentences(tt.in, sents); got != tt.want {
				t.Errorf("Segment(%q) mismatch (-want +got):\n%s", tt.in, cmp.Diff(strings.Split(tt.want, " ‖ "), strings.Split(got, " ‖ ")))
			}
		})
	}
}

// TestSegmentTwice checks that Segment clears stale SentenceStart flags.
func TestSegmentTwice(t *testing.T) {
	src := "Il pleut. Il neige."
	toks := Tokenize(src)
	for i := range toks {
		toks[i].Flags |= SentenceStart
	}
	sents := Segment(src, toks)
	checkSentences(t, src, toks, sents)
}

// TestSegmentForeignTokens checks that Segment does not panic on tokens
// that do not come from src.
func TestSegmentForeignTokens(t *testing.T) {
	toks := []Token{
		{Span: Span{5, 2}, Kind: Punct},
		{Span: Span{-3, 100}, Kind: Word, Flags: LineStart},
		{Span: Span{100, 200}, Kind: Word, Flags: LineStart},
		{Span: Span{0, 1}, Kind: Kind(99)},
	}
	sents := Segment("abc", toks)
	checkSentences(t, "abc", toks, sents)
}
