package normalize_test

import (
	"fmt"
	"strings"

	"github.com/veille-nlp/veille/normalize"
)

func ExampleKey() {
	for _, s := range []string{"Émirats", "EMIRATS", "E\u0301mirats", "l’IA", "Royaume\u2011Uni", "Abu\u00A0Dhabi", "cœur"} {
		fmt.Printf("%q\n", normalize.Key(s))
	}
	// Output:
	// "emirats"
	// "emirats"
	// "emirats"
	// "l'ia"
	// "royaume-uni"
	// "abu dhabi"
	// "coeur"
}

func ExampleAppendKey() {
	// Reuse one buffer for the keys of many words: no allocation.
	var buf []byte
	for _, w := range []string{"Nvidia", "s’associe", "à", "l’Économie"} {
		buf = normalize.AppendKey(buf[:0], w)
		fmt.Println(string(buf))
	}
	// Output:
	// nvidia
	// s'associe
	// a
	// l'economie
}

func ExampleLower() {
	fmt.Println(normalize.Lower("l’Économie"), normalize.Lower("CÔTE"), normalize.Key("CÔTE"))
	// Output: l'économie côte cote
}

func ExampleNewText() {
	orig := "Le Fonds d’Abu\u00A0Dhabi investit dans l’IA"
	t := normalize.NewText(orig)
	fmt.Println(t.Norm())

	// A tagger working on Norm finds "Abu Dhabi" there; map it back.
	start := strings.Index(t.Norm(), "Abu Dhabi")
	end := start + len("Abu Dhabi")
	fmt.Printf("%q\n", t.Norm()[start:end])
	a, b := t.OrigSpan(start, end)
	fmt.Printf("%d %d %q\n", a, b, orig[a:b])

	// And a token found in the original text, to the normalized one.
	s, e := t.NormSpan(len(orig)-len("l’IA"), len(orig))
	fmt.Printf("%q\n", t.Norm()[s:e])
	// Output:
	// Le Fonds d'Abu Dhabi investit dans l'IA
	// "Abu Dhabi"
	// 13 23 "Abu\u00a0Dhabi"
	// "l'IA"
}

func ExampleText_OrigSpan() {
	// Inside a rewritten piece, spans widen to the whole piece.
	t := normalize.NewText("cœur")
	fmt.Println(t.Norm())
	a, b := t.OrigSpan(2, 3) // the "e" of "oe"
	fmt.Printf("%d %d %q\n", a, b, t.Orig()[a:b])
	// Output:
	// coeur
	// 1 3 "œ"
}

func ExampleIsApostrophe() {
	for _, r := range "'’ʼ\"" {
		fmt.Printf("%q %v\n", r, normalize.IsApostrophe(r))
	}
	// Output:
	// '\'' true
	// '’' true
	// 'ʼ' true
	// '"' false
}
