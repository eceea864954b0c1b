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

// mention is an entity or an amount, flattened for printing.
type mention struct {
	Start int
	End   int
	Text  string
	// Label is the entity type (PERSON...) or the amount kind (MONEY...).
	Label string
	// Entities only.
	ID        string
	Canonical string
	// Amounts only: numbers as the contract writes them, "" when absent.
	Value    json.Number
	Min      json.Number
	Max      json.Number
	Currency string
	Unit     string
	Approx   string
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
func newArticle(index int, source string, doc *extract.Document, f filter) *article {
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
	keptA := doc.Amounts[:0:0]
	for _, am := range doc.Amounts {
		k := am.Kind.String()
		if f.kinds != nil && !slices.Contains(f.kinds, k) {
			continue
		}
		keptA = append(keptA, am)
		m := mention{Start: am.Start, End: am.End, Text: am.Text, Label: k,
			Currency: am.Currency.String(), Unit: am.Unit, Approx: am.Approx.String()}
		if am.Value.Valid() {
			m.Value = json.Number(am.Value.String())
		}
		if am.IsRange() {
			m.Min, m.Max = json.Number(am.Min.String()), json.Number(am.Max.String())
		}
		a.amts = append(a.amts, m)
	}
	doc.Amounts = keptA
	return a
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
