package main

import (
	"encoding/json"
	"slices"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract"
)

// article is one analysed article as the formats see it.
type article struct {
	index  int    // its rank in input order, from 0
	source string // where it came from: a path, "-", a JSONL id...
	doc    *extract.Document
	ents   []mention // doc.Entities, filtered
	amts   []mention // doc.Amounts, filtered
}

// mention is an entity or an amount, flattened for printing. The amount
// fields are read from the contract's JSON, whose names and meanings are
// fixed, so that the formats depend on nothing else.
type mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Label is the entity type (PERSON...) or the amount kind (MONEY...).
	Label string `json:"kind"`
	// Entities only.
	ID        string `json:"-"`
	Canonical string `json:"-"`
	// Amounts only: numbers as the contract writes them, "" when absent.
	Value    json.Number `json:"value"`
	Min      json.Number `json:"min"`
	Max      json.Number `json:"max"`
	Currency string      `json:"currency"`
	Unit     string      `json:"unit"`
	Approx   string      `json:"approx"`
}

// isEntity tells an entity from an amount.
func (m *mention) isEntity() bool { return !slices.Contains(amountKinds, m.Label) }

// name is what an entity is counted under: its canonical name, else its
// text.
func (m *mention) name() string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return m.Text
}

// filter keeps the mentions whose label is in keep (nil keeps all).
type filter struct{ types, kinds []string }

// newArticle flattens doc's mentions, drops those the filter rejects, from
// the flat lists and from doc itself (so that the JSON formats print only
// what is kept).
func newArticle(index int, source string, doc *extract.Document, f filter) (*article, error) {
	a := &article{index: index, source: source, doc: doc}
	keptE := doc.Entities[:0:0]
	for _, e := range doc.Entities {
		t := e.Type.String()
		if f.types != nil && !slices.Contains(f.types, t) {
			continue
		}
		keptE = append(keptE, e)
		a.ents = append(a.ents, mention{Start: e.Start, End: e.End, Text: e.Text, Label: t, ID: e.ID, Canonical: e.Canonical})
	}
	doc.Entities = keptE
	if len(doc.Amounts) > 0 {
		b, err := json.Marshal(doc.Amounts)
		if err != nil {
			return nil, err
		}
		var all []mention
		if err := json.Unmarshal(b, &all); err != nil {
			return nil, err
		}
		keptA := doc.Amounts[:0:0]
		for i, m := range all {
			if f.kinds != nil && !slices.Contains(f.kinds, m.Label) {
				continue
			}
			keptA = append(keptA, doc.Amounts[i])
			a.amts = append(a.amts, m)
		}
		doc.Amounts = keptA
	}
	return a, nil
}

// validSpan reports whether [start, end) is a well-formed range of text cut
// at rune boundaries. The library guarantees it; printing checks it anyway
// rather than panic or cut a character in two.
func validSpan(text string, start, end int) bool {
	if start < 0 || start > end || end > len(text) {
		return false
	}
	return (start == len(text) || utf8.RuneStart(text[start])) && (end == len(text) || utf8.RuneStart(text[end]))
}
