// Package nerfrstat connects the ner-fr corpus (package nerfr) to the
// perceptron tagger (package stat): training sequences from the corpus,
// and a nerfr.Recognizer from a model. The training command and the tests
// share it.
package nerfrstat

import (
	"fmt"

	"github.com/veille-nlp/veille/entities/internal/stat"
	"github.com/veille-nlp/veille/entities/internal/stat/nerfr"
	"github.com/veille-nlp/veille/extract/token"
)

// Types are the model types for the corpus, in the order of the nerfr
// types PER, LOC, ORG.
var Types = []string{"PER", "LOC", "ORG"}

// Sequences tokenizes every document with token.Tokenize and
// token.Segment and aligns its gold entities to the tokens. It returns the
// number of gold entities that could not be aligned.
func Sequences(docs []nerfr.Doc) (seqs []stat.Sequence, dropped int) {
	seqs = make([]stat.Sequence, 0, len(docs))
	for i := range docs {
		d := &docs[i]
		toks := token.Tokenize(d.Text)
		token.Segment(d.Text, toks)
		ents, n := d.Align(toks)
		dropped += n
		sq := stat.Sequence{Src: d.Text, Toks: toks}
		for _, e := range ents {
			sq.Spans = append(sq.Spans, stat.Span{First: e.First, Last: e.Last, Type: int(e.Type) - 1})
		}
		seqs = append(seqs, sq)
	}
	return seqs, dropped
}

// Recognizer returns a recognizer that tokenizes and segments a text and
// tags it with m, mapping the model types named PER, LOC and ORG to the
// corpus types (other types are dropped).
func Recognizer(m *stat.Model) nerfr.Recognizer {
	var typ []nerfr.Type
	for _, name := range m.Types() {
		t, _ := nerfr.ParseType(name)
		typ = append(typ, t)
	}
	return func(text string) []nerfr.Entity {
		toks := token.Tokenize(text)
		sents := token.Segment(text, toks)
		var out []nerfr.Entity
		for _, mn := range m.Tag(text, toks, sents) {
			if t := typ[mn.Type]; t != nerfr.O {
				out = append(out, nerfr.Entity{Span: mn.Span, Type: t})
			}
		}
		return out
	}
}

// Config is what Build trains with. DefaultConfig is what the embedded
// model was built with.
type Config struct {
	Epochs   int     // maximum number of epochs; the best on dev is kept
	MinCount int     // stat.TrainOptions.MinCount
	MinLower int     // stat.TrainOptions.MinLower
	Prune    float32 // stat.TrainOptions.Prune
	Seed     uint64  // stat.TrainOptions.Seed
}

// DefaultConfig is the configuration of the embedded French model.
var DefaultConfig = Config{Epochs: 12, MinCount: 2, MinLower: 2, Prune: 0.01, Seed: 1}

// Result is the outcome of Build.
type Result struct {
	Model   *stat.Model
	Epoch   int     // the epoch kept
	DevF1   float64 // its strict micro F1 on dev
	Dropped int     // gold entities of train that could not be aligned
	// Log has one line per epoch: dev scores and feature count.
	Log []string
}

// Build trains a model on the train split of the corpus at path and keeps
// the epoch with the best strict micro F1 on the dev split (the earliest
// among equals); the dev split also calibrates the scores' temperature.
// It is deterministic.
func Build(path string, c Config) (*Result, error) {
	train, dev, _, err := nerfr.Load(path)
	if err != nil {
		return nil, err
	}
	seqs, dropped := Sequences(nerfr.RebuildAll(train))
	devDocs := nerfr.RebuildAll(dev)
	devSeqs, _ := Sequences(devDocs)
	res := &Result{Dropped: dropped}
	_, err = stat.Train(seqs, stat.TrainOptions{
		Types:     Types,
		Epochs:    c.Epochs,
		MinCount:  c.MinCount,
		MinLower:  c.MinLower,
		Prune:     c.Prune,
		Seed:      c.Seed,
		Calibrate: devSeqs,
		Epoch: func(ep int, m *stat.Model) {
			r := nerfr.Evaluate(devDocs, Recognizer(m))
			mi := r.Strict.Micro()
			f := mi.F1()
			res.Log = append(res.Log, fmt.Sprintf("epoch %2d  dev P %.3f R %.3f F1 %.3f  (PER %.3f LOC %.3f ORG %.3f)  %d features",
				ep, mi.Precision(), mi.Recall(), f,
				r.Strict[nerfr.PER].F1(), r.Strict[nerfr.LOC].F1(), r.Strict[nerfr.ORG].F1(), m.NumFeatures()))
			if res.Model == nil || f > res.DevF1 {
				res.Model, res.DevF1, res.Epoch = m, f, ep
			}
		},
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}
