package custom_test

import (
	"fmt"
	"strings"

	"github.com/veille-nlp/veille/entities/custom"
)

// annotate makes an example, labelling the first occurrence of each name.
func annotate(text string, pairs ...string) custom.Example {
	ex := custom.Example{Text: text}
	for i := 0; i+1 < len(pairs); i += 2 {
		start := strings.Index(text, pairs[i])
		ex.Spans = append(ex.Spans, custom.Span{Start: start, End: start + len(pairs[i]), Label: pairs[i+1]})
	}
	return ex
}

// Train a recognizer for two types of one's own, drug names and
// laboratories, from a dozen annotated sentences, then find them in a
// sentence with names it has never seen.
func Example() {
	examples := []custom.Example{
		annotate("Le médecin a prescrit du Doliprane contre la fièvre.", "Doliprane", "MEDICAMENT"),
		annotate("Elle prend du Spasfon depuis lundi.", "Spasfon", "MEDICAMENT"),
		annotate("Le laboratoire Sanofi commercialise le Doliprane en France.", "Sanofi", "LABO", "Doliprane", "MEDICAMENT"),
		annotate("Le pharmacien a délivré du Smecta et du Gaviscon.", "Smecta", "MEDICAMENT", "Gaviscon", "MEDICAMENT"),
		annotate("Le laboratoire Servier a retiré le Mediator du marché.", "Servier", "LABO", "Mediator", "MEDICAMENT"),
		annotate("Une patiente a pris du Dafalgan pendant trois jours.", "Dafalgan", "MEDICAMENT"),
		annotate("Le laboratoire Pfizer produit le Xanax depuis 1981.", "Pfizer", "LABO", "Xanax", "MEDICAMENT"),
		annotate("Le groupe Ipsen a publié ses résultats.", "Ipsen", "LABO"),
		annotate("Il a acheté du Lysopaïne à Lyon.", "Lysopaïne", "MEDICAMENT"),
		annotate("Le laboratoire Biogaran fabrique des génériques.", "Biogaran", "LABO"),
		annotate("Marie a pris du Maalox après le repas.", "Maalox", "MEDICAMENT"),
		annotate("Le médecin a prescrit du Levothyrox à Paul.", "Levothyrox", "MEDICAMENT"),
	}
	rec, err := custom.Train(examples, custom.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(rec.Labels())
	text := "Le laboratoire Boiron vend du Stodal ; son médecin a prescrit du Humex."
	for _, s := range rec.Find(text) {
		fmt.Printf("%d-%d %s %s\n", s.Start, s.End, text[s.Start:s.End], s.Label)
	}
	// Output:
	// [LABO MEDICAMENT]
	// 15-21 Boiron LABO
	// 30-36 Stodal MEDICAMENT
	// 66-71 Humex MEDICAMENT
}
