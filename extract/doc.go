// Package extract is veille's pipeline: it tokenizes French text, splits it
// into sentences, finds amounts (package amounts) and named entities
// (package entities), settles their overlaps, and returns one Document
// whose every span is a range of byte offsets into the text as given.
//
// # Getting started
//
//	ex, err := extract.New(extract.Options{}) // once: loads the embedded lexicons
//	if err != nil { ... }
//	doc := ex.Extract(text)                   // any number of times, from any goroutine
//	for _, e := range doc.Entities { fmt.Println(e.Type, e.Text) }
//	for _, a := range doc.Amounts  { fmt.Println(a.Kind, a.Text) }
//	b, _ := json.Marshal(doc)                 // the output contract's JSON
//
// # Offsets
//
// Every span (tokens, sentences, entities, amounts) is a half-open range
// [Start, End) of byte offsets into the input, so that
// text[Start:End] is exactly the mention's text. Normalization (apostrophes,
// non-breaking spaces, accents, Unicode forms) is used for matching only and
// never moves an offset.
//
// # Overlaps
//
// An entity inside an amount is part of the amount (« 6 189 BTC »: BTC is the
// currency, not the crypto-asset); an amount inside an entity is part of a
// name (« France 2 », « 20 Minutes »).
//
// # Robustness
//
// Extract never fails and never panics: invalid UTF-8, NUL bytes, megabytes
// without a newline or huge numbers give a valid, possibly empty, result.
// Invalid bytes are never inside a span.
//
// # Concurrency
//
// An Extractor is immutable after New and safe for concurrent use by
// multiple goroutines. Output is deterministic: the same text gives the same
// Document.
package extract
