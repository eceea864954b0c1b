package token_test

import (
	"fmt"

	"github.com/veille-nlp/veille/extract/token"
)

func ExampleTokenize() {
	src := "« l’IA » a-t-il dit."
	for _, t := range token.Tokenize(src) {
		fmt.Printf("%-6s %-6v [%d,%d) %v\n", t.Text(src), t.Kind, t.Start, t.End, t.Flags&^(token.SpaceBefore|token.LineStart))
	}
	// Output:
	// «      Punct  [0,2) Quote
	// l’     Word   [3,7) Elided|Lower
	// IA     Word   [7,9) Capitalized|AllCaps
	// »      Punct  [10,12) Quote
	// a      Word   [13,14) Lower
	// -t-il  Word   [14,19) Inverted|Lower
	// dit    Word   [20,23) Lower
	// .      Punct  [23,24) 0
}

func ExampleSegment() {
	src := "Intelligence artificielle : la France accélère\n" +
		"M. Macron l’a dit : « C’est historique. » Les U.S.A. suivent, etc. Fin."
	toks := token.Tokenize(src)
	for _, s := range token.Segment(src, toks) {
		fmt.Printf("%q\n", s.Text(src))
	}
	// Output:
	// "Intelligence artificielle : la France accélère"
	// "M. Macron l’a dit : « C’est historique. »"
	// "Les U.S.A. suivent, etc."
	// "Fin."
}
