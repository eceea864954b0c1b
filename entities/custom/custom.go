// Package custom trains recognizers for entity types of the caller's own
// choosing from annotated French sentences, and finds those entities in
// new text as byte spans into it.
//
//	rec, err := custom.Train(examples, custom.Options{})
//	for _, s := range rec.Find(text) {
//		fmt.Println(text[s.Start:s.End], s.Label)
//	}
//
// The engine is the averaged-perceptron sequence tagger that package
// entities uses for its statistical layer (BIO labels over the French
// tokens of extract/token, integer feature ids, flat float32 weights,
// greedy decoding). It learns from the words of a mention, their shape
// and affixes, and the words around it, so a few dozen examples per label
// already generalize to unseen names in similar contexts; a few thousand
// approach what the data allows. Training is deterministic: the same
// examples and options give the same model, byte for byte.
//
// prose v2's trainable recognizer (github.com/jdkato/prose/v2) was
// measured as the alternative engine, through an adapter that feeds it our
// tokens and maps its output back to byte spans, and rejected. On the
// ner-fr corpus (train split, scored on its test split, strict span and
// type): trained on 500 sentences, prose took 54 s and reached micro F1
// 0.24, this engine under a second and 0.50; trained on all 10,000
// sentences, prose took 27 CPU-minutes and 770 MB and reached 0.55, this
// engine about 10 s and 0.70. prose then tags at 0.04 MB/s, this engine
// at about 7 MB/s, tokenizing included.
//
// # Offsets
//
// Span offsets are byte offsets into the text the caller passed,
// Start inclusive and End exclusive, always on token boundaries, so that
// text[Start:End] is the mention as written. Training spans are given the
// same way; a training span that cuts through a token is widened to whole
// tokens.
//
// # Concurrency
//
// A Recognizer is immutable and safe for concurrent use.
package custom

import (
	"errors"
	"fmt"
	"slices"

	"github.com/veille-nlp/veille/entities/internal/stat"
	"github.com/veille-nlp/veille/extract/token"
)

// Span is a labelled byte span [Start, End) of a text.
type Span struct {
	Start, End int
	Label      string
}

// Example is an annotated French text: a sentence or a few, and the spans
// of the entities in it. Every entity of a label that occurs in the text
// should be annotated: what is not annotated is taught as « not an
// entity ».
type Example struct {
	Text  string
	Spans []Span
}

// Options configure Train. The zero value gives the defaults.
type Options struct {
	// Epochs is the number of training passes (default 10).
	Epochs int
	// MinCount drops the features seen fewer times in the examples
	// (default 1: keep all, right for small data; 2 or more shrinks the
	// model on thousands of examples).
	MinCount int
	// Seed seeds the order in which examples are visited.
	Seed uint64
}

// Recognizer finds the entities it was trained on. It is immutable and
// safe for concurrent use.
type Recognizer struct {
	m *stat.Model
}

// MaxLabels is the largest number of distinct labels.
const MaxLabels = stat.MaxTypes

// Errors of Train.
var (
	ErrNoExamples = errors.New("custom: no annotated span in the examples")
	ErrTooMany    = fmt.Errorf("custom: more than %d labels", MaxLabels)
)

// Train trains a recognizer on the examples. Labels are any non-empty
// strings; the recognizer's labels are the distinct ones, sorted. It
// fails on a span outside its text, an empty label, spans that overlap
// once widened to tokens, or when no example has a span.
func Train(examples []Example, opts Options) (*Recognizer, error) {
	var labels []string
	for i, ex := range examples {
		for _, sp := range ex.Spans {
			if sp.Label == "" {
				return nil, fmt.Errorf("custom: example %d: empty label", i)
			}
			if _, found := slices.BinarySearch(labels, sp.Label); !found {
				labels = append(labels, sp.Label)
				slices.Sort(labels)
			}
		}
	}
	if len(labels) == 0 {
		return nil, ErrNoExamples
	}
	if len(labels) > MaxLabels {
		return nil, ErrTooMany
	}
	seqs := make([]stat.Sequence, 0, len(examples))
	for i, ex := range examples {
		sq, err := sequence(ex, labels)
		if err != nil {
			return nil, fmt.Errorf("custom: example %d: %w", i, err)
		}
		seqs = append(seqs, sq)
	}
	if opts.MinCount <= 0 {
		opts.MinCount = 1
	}
	m, err := stat.Train(seqs, stat.TrainOptions{
		Types:    labels,
		Epochs:   opts.Epochs,
		MinCount: opts.MinCount,
		MinLower: 1,
		Seed:     opts.Seed,
	})
	if err != nil {
		return nil, fmt.Errorf("custom: %w", err)
	}
	return &Recognizer{m: m}, nil
}

// sequence tokenizes an example and maps its spans to token ranges.
func sequence(ex Example, labels []string) (stat.Sequence, error) {
	toks := token.Tokenize(ex.Text)
	token.Segment(ex.Text, toks)
	sq := stat.Sequence{Src: ex.Text, Toks: toks}
	spans := slices.Clone(ex.Spans)
	slices.SortStableFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(ex.Text) || sp.Start >= sp.End {
			return sq, fmt.Errorf("span [%d,%d) outside the text (%d bytes)", sp.Start, sp.End, len(ex.Text))
		}
		first, last := tokenRange(toks, sp.Start, sp.End)
		if first == last {
			return sq, fmt.Errorf("span [%d,%d) %q covers no token", sp.Start, sp.End, ex.Text[sp.Start:sp.End])
		}
		if n := len(sq.Spans); n > 0 && first < sq.Spans[n-1].Last {
			return sq, fmt.Errorf("span [%d,%d) overlaps the span before it", sp.Start, sp.End)
		}
		typ, _ := slices.BinarySearch(labels, sp.Label)
		sq.Spans = append(sq.Spans, stat.Span{First: first, Last: last, Type: typ})
	}
	return sq, nil
}

// tokenRange returns the tokens [first, last) that overlap [start, end).
func tokenRange(toks []token.Token, start, end int) (first, last int) {
	first, _ = slices.BinarySearchFunc(toks, start, func(t token.Token, off int) int {
		if t.End <= off {
			return -1
		}
		return 1
	})
	last = first
	for last < len(toks) && toks[last].Start < end {
		last++
	}
	return first, last
}

// Labels returns the recognizer's labels, sorted.
func (r *Recognizer) Labels() []string { return slices.Clone(r.m.Types()) }

// Find returns the entities in text, in order and without overlaps, as
// byte spans into text. It never fails: any input, including invalid
// UTF-8, gives a valid (possibly empty) result.
func (r *Recognizer) Find(text string) []Span {
	toks := token.Tokenize(text)
	return r.FindTokens(text, toks, token.Segment(text, toks))
}

// FindTokens is Find for a caller that already has the tokens of text
// (token.Tokenize) and its sentences (token.Segment).
func (r *Recognizer) FindTokens(text string, toks []token.Token, sents []token.Sentence) []Span {
	ms := r.m.Tag(text, toks, sents)
	if len(ms) == 0 {
		return nil
	}
	types := r.m.Types()
	out := make([]Span, len(ms))
	for i, mn := range ms {
		out[i] = Span{Start: mn.Start, End: mn.End, Label: types[mn.Type]}
	}
	return out
}

// MarshalBinary encodes the recognizer (a compact, versioned, checksummed
// format; equal recognizers encode to equal bytes).
func (r *Recognizer) MarshalBinary() ([]byte, error) { return r.m.MarshalBinary() }

// Load decodes a recognizer encoded by MarshalBinary.
func Load(data []byte) (*Recognizer, error) {
	m, err := stat.Decode(data)
	if err != nil {
		return nil, fmt.Errorf("custom: %w", err)
	}
	return &Recognizer{m: m}, nil
}
