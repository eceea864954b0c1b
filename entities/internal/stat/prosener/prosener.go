// Package prosener confines github.com/jdkato/prose/v2's named-entity
// recognizer behind an API that speaks byte spans, so that it can be
// trained on French examples, measured against our own models and
// benchmarked. Nothing outside this package sees a prose type.
//
// prose has no offsets and rewrites its input (STYLE.md §3, P1–P4, P10).
// This package therefore never hands prose the caller's text: it tokenizes
// the text with token.Tokenize, rewrites typographic quotes to the ASCII
// forms prose's sanitizer would produce (’ ‘ → ', “ ” → "), and joins the
// tokens with single spaces. Each prose token is then re-aligned to that
// text by searching forward from a cursor, and mapped back to the byte span
// of the token.Token it came from. Training examples are converted the same
// way, with the entity offsets recomputed for prose's whitespace-stripped,
// rune-then-byte position arithmetic (P10), so that its labels land on the
// intended tokens.
//
// prose panics on some inputs and on model errors (P13): every call into
// prose recovers, and a panic becomes an error (training) or an empty
// result (recognition).
package prosener

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"

	"github.com/veille-nlp/veille/entities/custom"
	"github.com/veille-nlp/veille/extract/token"
)

// Span and Example are those of the user-trainable recognizer, so that
// both engines are trained and scored on the same values.
type (
	Span    = custom.Span
	Example = custom.Example
)

// Model is a prose NER model. It is not safe for concurrent use: prose
// writes into shared token structures while tagging, so Find holds a
// mutex.
type Model struct {
	mu sync.Mutex
	m  *prose.Model
}

// English returns prose's built-in English model, decoded once (about
// 350 ms and 100 MB the first time).
var English = sync.OnceValues(func() (m *Model, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("prosener: loading the English model: %v", r)
		}
	}()
	return &Model{m: prose.ModelFromData("en-v2.0.0")}, nil
})

// ErrNoExamples is returned by Train when no example has a span.
var ErrNoExamples = errors.New("prosener: no labelled span in the examples")

// Train trains a prose maximum-entropy recognizer (100 GIS iterations, on
// top of prose's English part-of-speech tagger) on the examples. Spans that
// do not fit in their text or do not cover a whole token are dropped.
func Train(name string, examples []Example) (m *Model, err error) {
	var data []prose.EntityContext
	n := 0
	for _, ex := range examples {
		in := prepare(ex.Text)
		ctx := prose.EntityContext{Accept: true, Text: in.text}
		for _, sp := range ex.Spans {
			first, last, ok := in.tokenRange(sp.Start, sp.End)
			if !ok || sp.Label == "" {
				continue
			}
			s, e := in.proseOffsets(first, last)
			ctx.Spans = append(ctx.Spans, prose.LabeledEntity{Start: s, End: e, Label: sp.Label})
			n++
		}
		data = append(data, ctx)
	}
	if n == 0 {
		return nil, ErrNoExamples
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("prosener: training: %v", r)
		}
	}()
	return &Model{m: prose.ModelFromData(name, prose.UsingEntities(data))}, nil
}

// Find returns the entities prose recognizes in text as byte spans into
// text, in order. Labels are prose's (B-/I- prefixes removed). A prose
// panic gives nil.
func (m *Model) Find(text string) (out []Span) {
	in := prepare(text)
	if len(in.toks) == 0 {
		return nil
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			out = nil
		}
	}()
	doc, err := prose.NewDocument(in.text, prose.UsingModel(m.m), prose.WithSegmentation(false))
	if err != nil {
		return nil
	}
	ptoks := doc.Tokens()
	// Re-align prose's tokens to in.text from a cursor, then to our tokens.
	labels := make([]string, len(in.toks)) // prose label per our token ("" = none)
	cur := 0
	for _, pt := range ptoks {
		s, e, ok := in.find(pt.Text, cur)
		if !ok {
			continue
		}
		cur = e
		ti := in.tokenAt(s)
		if ti < 0 {
			continue
		}
		if labels[ti] == "" || labels[ti] == "O" {
			labels[ti] = pt.Label
		}
	}
	// BIO decoding over our tokens.
	open, typ := -1, ""
	flush := func(end int) {
		if open >= 0 {
			out = append(out, Span{Start: in.toks[open].Start, End: in.toks[end].End, Label: typ})
		}
		open, typ = -1, ""
	}
	for i, l := range labels {
		bio, lab, _ := strings.Cut(l, "-")
		if l == "" || l == "O" || lab == "" {
			flush(i - 1)
			continue
		}
		if bio == "I" && open >= 0 && lab == typ {
			continue
		}
		flush(i - 1)
		open, typ = i, lab
	}
	flush(len(labels) - 1)
	return out
}

// input is a text prepared for prose: our tokens, rewritten and joined by
// single spaces.
type input struct {
	text string
	toks []token.Token // our tokens, with spans into the caller's text
	at   []int         // start of each token in text
}

func prepare(src string) input {
	toks := token.Tokenize(src)
	var b strings.Builder
	b.Grow(len(src) + len(toks))
	at := make([]int, len(toks))
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		at[i] = b.Len()
		for _, r := range src[t.Start:t.End] {
			switch r {
			case '’', '‘', 'ʼ':
				r = '\''
			case '“', '”':
				r = '"'
			case utf8.RuneError:
				r = '?'
			}
			if unicode.IsSpace(r) {
				r = '_' // prose splits at spaces; keep "18 000" whole
			}
			b.WriteRune(r)
		}
	}
	return input{text: b.String(), toks: toks, at: at}
}

// tokenRange returns the first and last tokens of a span of the caller's
// text, which must start at a token start and end at a token end.
func (in *input) tokenRange(start, end int) (first, last int, ok bool) {
	first, last = -1, -1
	for i, t := range in.toks {
		if t.Start == start {
			first = i
		}
		if t.End == end {
			last = i
			break
		}
	}
	return first, last, first >= 0 && last >= first
}

// proseOffsets returns the Start and End to give prose for the tokens
// [first, last] of in.text. prose's assignLabels compares them, after
// adjustPos subtracts the white space before them counted in runes, with
// a running sum of token lengths in bytes; so we look for the rune offset r
// whose (r - spaces before r) equals the wanted byte offset in the text
// with its spaces removed.
func (in *input) proseOffsets(first, last int) (int, int) {
	byteStart := in.at[first] - first // one space between tokens
	byteEnd := in.endOf(last) - last
	return in.runeFor(byteStart), in.runeFor(byteEnd)
}

// endOf returns the end of token i in in.text.
func (in *input) endOf(i int) int {
	if i+1 < len(in.at) {
		return in.at[i+1] - 1
	}
	return len(in.text)
}

// runeFor returns the smallest rune offset r such that r minus the number
// of white-space runes before r equals b.
func (in *input) runeFor(b int) int {
	r, spaces := 0, 0
	for _, c := range in.text {
		if r-spaces == b {
			return r
		}
		if unicode.IsSpace(c) {
			spaces++
		}
		r++
	}
	return b + spaces
}

// find locates prose token text tt in in.text at or after cur, skipping
// white space; it allows for prose's quote rewrites, which prepare has
// already applied.
func (in *input) find(tt string, cur int) (int, int, bool) {
	if tt == "" || cur > len(in.text) {
		return 0, 0, false
	}
	i := cur
	for i < len(in.text) && in.text[i] == ' ' {
		i++
	}
	if strings.HasPrefix(in.text[i:], tt) {
		return i, i + len(tt), true
	}
	// Fall back to a bounded search: prose dropped or rewrote something.
	lim := min(len(in.text), i+4*len(tt)+16)
	if j := strings.Index(in.text[i:lim], tt); j >= 0 {
		return i + j, i + j + len(tt), true
	}
	return 0, 0, false
}

// tokenAt returns the index of our token that covers offset off of
// in.text, or -1.
func (in *input) tokenAt(off int) int {
	lo, hi := 0, len(in.at)
	for lo < hi {
		m := (lo + hi) / 2
		if in.at[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	i := lo - 1
	if i < 0 || off >= in.endOf(i) {
		return -1
	}
	return i
}
