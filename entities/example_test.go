package entities_test

import (
	"fmt"

	"github.com/veille-nlp/veille/entities"
	"github.com/veille-nlp/veille/extract/token"
)

func ExampleTagger_Tag() {
	tg, err := entities.New(entities.Options{})
	if err != nil {
		panic(err)
	}
	src := "Le président Emmanuel Macron a reçu à Paris le PDG de Nvidia, Jensen Huang. Macron a salué l’accord avec le UK."
	toks := token.Tokenize(src)
	sents := token.Segment(src, toks)
	for _, e := range tg.Tag(src, toks, sents) {
		fmt.Printf("%d-%d %s %q id=%s canonical=%q\n", e.Start, e.End, e.Type, e.Text, e.ID, e.Canonical)
	}
	// Output:
	// 14-29 PERSON "Emmanuel Macron" id=Q3052772 canonical="Emmanuel Macron"
	// 41-46 PLACE "Paris" id=Q90 canonical="Paris"
	// 57-63 COMPANY "Nvidia" id=Q182477 canonical="Nvidia"
	// 65-77 PERSON "Jensen Huang" id=Q305177 canonical="Jensen Huang"
	// 79-85 PERSON "Macron" id=Q3052772 canonical="Emmanuel Macron"
	// 114-116 COUNTRY "UK" id=GB canonical="Royaume-Uni"
}
