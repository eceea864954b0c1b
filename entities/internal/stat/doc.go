// Package stat is the statistical layer of package entities: an
// averaged-perceptron BIO sequence tagger over token.Tokenize tokens, its
// training, its compact binary format, and an embedded French model for
// the types PER, LOC and ORG.
//
// # Model
//
// Features are 64-bit hashes of a template and its value (folded word,
// prefixes and suffixes cut at rune boundaries, a collapsed word shape,
// token flags, neighbouring words and shapes, previous labels), computed
// over the source bytes without building strings. Training maps the kept
// hashes to dense rows in key order; weights are a flat []float32 of
// rows × labels. Decoding is greedy, left to right, with I- labels allowed
// only after a B- or I- label of their type, and ties go to the lowest
// label (O first). Nothing in decoding ranges over a map or allocates per
// token.
//
// # The French model
//
// French returns the model embedded from fr_ner.model, trained on the
// train split of the Europeana Newspapers French NER corpus (see NOTICE
// in this directory for the source and its CC0 licence) with the epoch
// chosen on its dev split. Rebuild it from the repository root with
//
//	go run ./entities/internal/cmd/trainstat -out entities/internal/stat/fr_ner.model
//
// which gives the same bytes. The corpus is 1870–1939 newspaper OCR, not
// modern news: the model is a fallback that types capitalized mentions
// which lexicons and context rules leave untyped (see Model.Classify), not
// a detector to trust alone.
//
// # Concurrency
//
// A Model is immutable once built and safe for concurrent use; French
// decodes the artifact once, lazily.
package stat
