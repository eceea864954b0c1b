package extract_test

import (
	"encoding/json"
	"fmt"
	"log"

	"github.com/veille-nlp/veille/extract"
)

func ExampleExtractor_Extract() {
	ex, err := extract.New(extract.Options{}) // once; safe for concurrent use
	if err != nil {
		log.Fatal(err)
	}
	text := "Le géant américain Nvidia investit 1,4 milliard de dollars en France."
	doc := ex.Extract(text)
	for _, e := range doc.Entities {
		fmt.Printf("%-7s %q [%d:%d] %s\n", e.Type, e.Text, e.Start, e.End, e.ID)
	}
	for _, a := range doc.Amounts {
		fmt.Printf("%-7s %q [%d:%d] %s\n", a.Kind, a.Text, a.Start, a.End, a.Value)
	}
	b, err := json.Marshal(doc)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(string(b))
	// Output:
	// COMPANY "Nvidia" [21:27] Q182477
	// COUNTRY "France" [64:70] FR
	// MONEY   "1,4 milliard de dollars" [37:60] 1400000000
	// {"entities":[{"text":"Nvidia","start":21,"end":27,"type":"COMPANY","id":"Q182477","canonical":"Nvidia"},{"text":"France","start":64,"end":70,"type":"COUNTRY","id":"FR","canonical":"France"}],"amounts":[{"text":"1,4 milliard de dollars","start":37,"end":60,"kind":"MONEY","value":1400000000,"currency":"USD"}]}
}
