package extract

import (
	"encoding/json"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/veille-nlp/veille/amounts"
	"github.com/veille-nlp/veille/entities"
	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// Options configures an Extractor. The zero value means the defaults: the
// embedded lexicons and models, entities and amounts both on.
type Options struct {
	// NoEntities turns entity recognition off.
	NoEntities bool
	// NoAmounts turns amount recognition off.
	NoAmounts bool
	// Entities configures the entity tagger; the zero value is the default.
	Entities entities.Options
}

// Extractor finds entities and amounts in French text. Build one with New
// and reuse it: it is immutable and safe for concurrent use by multiple
// goroutines.
type Extractor struct {
	opts   Options
	tagger *entities.Tagger
}

// New returns an Extractor with the given options. It loads the embedded
// lexicons and models (once per process, shared by all Extractors), and
// returns an error only if they cannot be decoded.
func New(opts Options) (*Extractor, error) {
	e := &Extractor{opts: opts}
	if !opts.NoEntities {
		t, err := entities.New(opts.Entities)
		if err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
		e.tagger = t
	}
	return e, nil
}

// Document is the analysis of one text. Every span in it is a range of byte
// offsets into Text, the input exactly as given.
type Document struct {
	// Text is the input, as given to Extract.
	Text string
	// Tokens are the French tokens of Text.
	Tokens []token.Token
	// Sentences are the sentences of Text; their First and Last index Tokens.
	Sentences []token.Sentence
	// Entities are the named entities, sorted by start, not overlapping.
	Entities []entities.Entity
	// Amounts are the amounts of money, quantities and percentages, sorted by
	// start, not overlapping.
	Amounts []amounts.Amount
}

// Extract analyses text and returns its Document. It never fails and never
// panics: invalid UTF-8, control characters or any size of input give a
// valid, possibly empty, result whose spans all satisfy
// text[start:end] == the span's text. The result is deterministic.
func (e *Extractor) Extract(text string) (doc *Document) {
	doc = &Document{Text: text}
	defer func() {
		// The analysers are tested never to panic; should one still do so on
		// some input, the caller gets the tokens and what was found before,
		// rather than a crash. The stack goes to the error log of tests.
		if r := recover(); r != nil {
			doc.Entities, doc.Amounts = nil, nil
			panicHook(r, debug.Stack())
		}
	}()
	doc.Tokens = token.Tokenize(text)
	doc.Sentences = token.Segment(text, doc.Tokens)
	if !e.opts.NoAmounts {
		doc.Amounts = amounts.Find(text, doc.Tokens)
	}
	if e.tagger != nil {
		doc.Entities = e.tagger.Tag(text, doc.Tokens, doc.Sentences)
	}
	doc.Entities, doc.Amounts = resolve(text, doc.Entities, doc.Amounts)
	if !e.opts.NoAmounts {
		doc.Amounts = countedNames(text, doc.Tokens, doc.Entities, doc.Amounts)
	}
	return doc
}

// blank reports whether s is white space only.
func blank(s string) bool {
	for _, r := range s {
		if !normalize.IsSpace(r) {
			return false
		}
	}
	return true
}

// countedNames adds the counts of named products and chips: in « 60
// A320neo » or « 10 000 H100 », the number before the name is a QUANTITY
// whose unit is the name, which stays an entity too. The number must stand
// right before the name, be no year, and be in no other amount.
func countedNames(src string, toks []token.Token, ents []entities.Entity, amts []amounts.Amount) []amounts.Amount {
	var added []amounts.Amount
	t, a := 0, 0
	for _, en := range ents {
		if en.Type != entities.Product && en.Type != entities.Chip {
			continue
		}
		for t < len(toks) && toks[t].End <= en.Start {
			t++
		}
		if t == 0 {
			continue
		}
		num := toks[t-1]
		if num.Kind != token.Number || num.End >= en.Start || en.Start-num.End > len("\u202f") || !blank(src[num.End:en.Start]) {
			continue
		}
		text := src[num.Start:num.End]
		if len(text) == 4 && (strings.HasPrefix(text, "19") || strings.HasPrefix(text, "20")) {
			continue // « en 2025 Gemini… »: a year
		}
		v, n, ok := amounts.ParseNumber(text)
		if !ok || n != len(text) {
			continue
		}
		for a < len(amts) && amts[a].End <= num.Start {
			a++
		}
		if a < len(amts) && amts[a].Start < en.End {
			continue // inside or across an amount
		}
		added = append(added, amounts.Amount{
			Span: token.Span{Start: num.Start, End: en.End}, Text: src[num.Start:en.End],
			Kind: amounts.Quantity, Value: v, Unit: en.Text,
		})
	}
	if len(added) == 0 {
		return amts
	}
	out := make([]amounts.Amount, 0, len(amts)+len(added))
	for len(amts) > 0 || len(added) > 0 {
		if len(added) == 0 || len(amts) > 0 && amts[0].Start < added[0].Start {
			out, amts = append(out, amts[0]), amts[1:]
		} else {
			out, added = append(out, added[0]), added[1:]
		}
	}
	return out
}

// panicHook is called with a recovered panic; tests replace it to fail.
var panicHook = func(any, []byte) {}

// resolve settles the overlaps between entities and amounts:
//   - an entity inside an amount is the amount's currency or unit
//     (« 6 189 BTC », « 3 bitcoins »): the entity goes;
//   - an amount inside an entity is part of a name (« France 2 »,
//     « 20 Minutes »): the amount goes;
//   - where they cross, the amount wins, since its span was read from the
//     number outwards.
func resolve(src string, ents []entities.Entity, amts []amounts.Amount) ([]entities.Entity, []amounts.Amount) {
	if len(ents) == 0 || len(amts) == 0 {
		return ents, amts
	}
	// Both lists are sorted and free of overlaps within themselves, and
	// both are ours (fresh from Find and Tag): they are filtered in place.
	// The amounts go first: an amount strictly inside an entity overlaps
	// no other entity, so that the entities can then be checked against
	// the amounts that stay.
	n, j := 0, 0
	for _, a := range amts {
		for j < len(ents) && ents[j].End <= a.Start {
			j++
		}
		if j < len(ents) && ents[j].Start <= a.Start && a.End <= ents[j].End && !(a.Start == ents[j].Start && a.End == ents[j].End) {
			continue // inside an entity: part of its name
		}
		amts[n] = a
		n++
	}
	clear(amts[n:])
	amts = amts[:n]
	n, j = 0, 0
	for _, en := range ents {
		for j < len(amts) && amts[j].End <= en.Start {
			j++
		}
		if j < len(amts) && amts[j].Start < en.End {
			continue // crosses or lies inside an amount
		}
		ents[n] = en
		n++
	}
	clear(ents[n:])
	return ents[:n], amts
}

// MarshalJSON encodes the document as the output contract's object:
// {"entities": [...], "amounts": [...]}, with empty lists as [] (never
// null).
func (d *Document) MarshalJSON() ([]byte, error) {
	return d.AppendJSON(nil, "")
}

// AppendJSON appends the document's JSON object to dst, with a "source"
// field naming where the text came from when source is not empty (the
// CLI's jsonl format), and returns the extended buffer.
func (d *Document) AppendJSON(dst []byte, source string) ([]byte, error) {
	b := append(dst, '{')
	if source != "" {
		s, err := json.Marshal(source)
		if err != nil {
			return dst, fmt.Errorf("extract: %w", err)
		}
		b = append(b, `"source":`...)
		b = append(b, s...)
		b = append(b, ',')
	}
	// Each mention writes its own JSON; encoding/json would parse and
	// re-check every one of them, which cost as much as the analysis.
	b = append(b, `"entities":[`...)
	for i := range d.Entities {
		if i > 0 {
			b = append(b, ',')
		}
		e, err := d.Entities[i].MarshalJSON()
		if err != nil {
			return dst, fmt.Errorf("extract: %w", err)
		}
		b = append(b, e...)
	}
	b = append(b, `],"amounts":[`...)
	for i := range d.Amounts {
		if i > 0 {
			b = append(b, ',')
		}
		a, err := d.Amounts[i].MarshalJSON()
		if err != nil {
			return dst, fmt.Errorf("extract: %w", err)
		}
		b = append(b, a...)
	}
	return append(b, "]}"...), nil
}
