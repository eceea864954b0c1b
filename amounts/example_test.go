package amounts_test

import (
	"encoding/json"
	"fmt"

	"github.com/veille-nlp/veille/amounts"
	"github.com/veille-nlp/veille/extract/token"
)

func ExampleFind() {
	src := "Le FMI a accordé un prêt de 1,4 milliard de dollars, et Nvidia livrera 18 000 puces."
	toks := token.Tokenize(src)
	token.Segment(src, toks)
	for _, a := range amounts.Find(src, toks) {
		b, _ := json.Marshal(a)
		fmt.Println(string(b))
	}
	// Output:
	// {"text":"1,4 milliard de dollars","start":30,"end":53,"kind":"MONEY","value":1400000000,"currency":"USD"}
	// {"text":"18 000 puces","start":73,"end":85,"kind":"QUANTITY","value":18000,"unit":"puce"}
}

func ExampleFindString() {
	src := "La Commission mobilise de l’ordre de 10 à 20 exaflops et plus de 300 milliards."
	for _, a := range amounts.FindString(src) {
		fmt.Printf("%q: %v\n", a.Text, a)
	}
	// Output:
	// "de l’ordre de 10 à 20 exaflops": environ de 10 à 20 EFLOPS
	// "plus de 300 milliards": plus de 300 milliards
}

func ExampleParse() {
	a, n, ok := amounts.Parse("1,4 milliard de dollars, selon le FMI")
	fmt.Println(a.Value, a.Currency, n, ok)
	fmt.Println(a)
	// Output:
	// 1400000000 USD 23 true
	// 1,4 milliard USD
}

func ExampleParseNumber() {
	for _, s := range []string{"quatre-vingt-dix-sept euros", "5.750 milliards de wons", "18 000 puces"} {
		v, n, ok := amounts.ParseNumber(s)
		fmt.Println(v, s[:n], ok)
	}
	// Output:
	// 97 quatre-vingt-dix-sept true
	// 5750000000000 5.750 milliards true
	// 18000 18 000 true
}
