package entities

import (
	"testing"

	"github.com/veille-nlp/veille/extract/token"
)

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"",
		"Le Salvador s’associe à Nvidia.",
		"Le Fonds monétaire international (FMI) a parlé.",
		"la ministre de l’Économie, des Finances et de la Souveraineté",
		"Ursula von der Leyen et Khaldoon Al Mubarak",
		"« Mistral Compute » (",
		"d' »historique »",
		"INTELLIGENCE-ARTIFICIELLE.COM !",
		"\xff\xfeLe \x00Chat",
		"M. Mme Dr. PDG de , (ANR) ( )",
	} {
		f.Add(s)
	}
	tg, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := token.Tokenize(src)
		sents := token.Segment(src, toks)
		es := tg.Tag(src, toks, sents)
		checkInvariants(t, src, es)
		// Tokens are optional input: Tag must survive bad ones too.
		bad := append([]token.Token(nil), toks...)
		for i := range bad {
			if i%3 == 0 {
				bad[i].End += 7
			}
		}
		checkInvariants(t, src, tg.Tag(src, bad, nil))
	})
}
