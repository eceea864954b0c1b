// Package nerfr reads the French part of the Europeana Newspapers NER
// corpus (enp_FR.bnf.bio, CC0), splits it as its NOTICE recommends, rebuilds
// each pseudo-sentence as a text with a byte span for every gold token, and
// scores a recognizer's byte-span output against the gold entities.
//
// The corpus is never copied into the repository: tools and tests read it
// from ../shared/external/ner-fr (see [Find]) and skip when it is absent.
//
// # Corpus format
//
// One "TOKEN TAG" pair per line, tags O, I-PER, I-LOC and I-ORG (IOB1
// without B-), no sentence boundaries. A pseudo-sentence ends after an
// O-tagged ".", "!", "?", "..." or "…"; pseudo-sentence i goes to test when
// i%10 == 9, to dev when i%10 == 8, and to train otherwise. An entity is a
// maximal run of tokens with the same type.
package nerfr

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/veille-nlp/veille/extract/token"
)

// Type is a ner-fr entity type.
type Type uint8

// The corpus types. O means outside any entity.
const (
	O Type = iota
	PER
	LOC
	ORG
)

// NumTypes is the number of types, O included.
const NumTypes = 4

var typeNames = [NumTypes]string{"O", "PER", "LOC", "ORG"}

// String returns O, PER, LOC or ORG.
func (t Type) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", int(t))
}

// ParseType returns the type named by s (O, PER, LOC or ORG, or the IOB
// tags I-PER, B-PER...).
func ParseType(s string) (Type, bool) {
	if len(s) > 2 && (s[:2] == "I-" || s[:2] == "B-") {
		s = s[2:]
	}
	for t, n := range typeNames {
		if n == s {
			return Type(t), true
		}
	}
	return O, false
}

// Sentence is one pseudo-sentence of the corpus: its tokens and their types.
type Sentence struct {
	Words []string
	Tags  []Type
}

// Split is a part of the corpus.
type Split uint8

// The three parts of the recommended split.
const (
	Train Split = iota
	Dev
	Test
)

// String returns train, dev or test.
func (s Split) String() string {
	switch s {
	case Train:
		return "train"
	case Dev:
		return "dev"
	case Test:
		return "test"
	}
	return fmt.Sprintf("Split(%d)", int(s))
}

// SplitOf returns the part that pseudo-sentence number i (from 0, in file
// order) belongs to.
func SplitOf(i int) Split {
	switch i % 10 {
	case 9:
		return Test
	case 8:
		return Dev
	}
	return Train
}

// FileName is the corpus file's name.
const FileName = "enp_FR.bnf.bio"

// ErrNotFound is returned by Find when the corpus is not on this machine.
var ErrNotFound = errors.New("nerfr: corpus not found (set VEILLE_NERFR to enp_FR.bnf.bio)")

// Find returns the path of the corpus: $VEILLE_NERFR if set, else the first
// shared/external/ner-fr/enp_FR.bnf.bio found in the working directory or
// one of its parents (the repository sits next to the shared folder).
func Find() (string, error) {
	if p := os.Getenv("VEILLE_NERFR"); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("nerfr: VEILLE_NERFR: %w", err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("nerfr: %w", err)
	}
	for {
		p := filepath.Join(dir, "shared", "external", "ner-fr", FileName)
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNotFound
		}
		dir = parent
	}
}

// Load reads the corpus at path and returns its three parts.
func Load(path string) (train, dev, test []Sentence, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("nerfr: %w", err)
	}
	defer f.Close()
	all, err := Read(f)
	if err != nil {
		return nil, nil, nil, err
	}
	train, dev, test = SplitAll(all)
	return train, dev, test, nil
}

// SplitAll distributes pseudo-sentences, numbered in order, into the three
// parts with SplitOf.
func SplitAll(all []Sentence) (train, dev, test []Sentence) {
	for i, s := range all {
		switch SplitOf(i) {
		case Test:
			test = append(test, s)
		case Dev:
			dev = append(dev, s)
		default:
			train = append(train, s)
		}
	}
	return train, dev, test
}

// Read parses the corpus format and segments it into pseudo-sentences. A
// malformed line (not exactly "TOKEN TAG" with a known tag) is an error
// naming its line number.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	var (
		all []Sentence
		cur Sentence
		n   int
	)
	for sc.Scan() {
		n++
		line := sc.Text()
		if line == "" {
			continue
		}
		word, tag, ok := strings.Cut(line, " ")
		if !ok || word == "" || strings.Contains(tag, " ") {
			return nil, fmt.Errorf("nerfr: line %d: want \"TOKEN TAG\", got %q", n, line)
		}
		t, ok := ParseType(tag)
		if !ok {
			return nil, fmt.Errorf("nerfr: line %d: unknown tag %q", n, tag)
		}
		cur.Words = append(cur.Words, word)
		cur.Tags = append(cur.Tags, t)
		if t == O && terminator(word) {
			all = append(all, cur)
			cur = Sentence{}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("nerfr: line %d: %w", n+1, err)
	}
	if len(cur.Words) > 0 {
		all = append(all, cur)
	}
	return all, nil
}

func terminator(w string) bool {
	switch w {
	case ".", "!", "?", "...", "…":
		return true
	}
	return false
}

// Entity is a gold or system entity: a byte span in a Doc's text and a type.
type Entity struct {
	token.Span
	Type Type
}

// Doc is a pseudo-sentence rebuilt as text.
type Doc struct {
	// Text is the tokens joined by single spaces, except before closing
	// punctuation (, . ) ] … and after opening brackets and elided words
	// (l', d', qu'): « L' Ouest , le » becomes « L'Ouest, le ».
	Text string
	// Words holds the byte span of each gold token in Text.
	Words []token.Span
	// Tags holds the gold type of each token.
	Tags []Type
	// Gold holds the gold entities: maximal runs of tokens of one type.
	Gold []Entity
}

// Rebuild makes the Doc of a pseudo-sentence.
func Rebuild(s Sentence) Doc {
	var b strings.Builder
	d := Doc{Words: make([]token.Span, len(s.Words)), Tags: s.Tags}
	for i, w := range s.Words {
		if i > 0 && spaceBetween(s.Words[i-1], w) {
			b.WriteByte(' ')
		}
		start := b.Len()
		b.WriteString(w)
		d.Words[i] = token.Span{Start: start, End: b.Len()}
	}
	d.Text = b.String()
	for i := 0; i < len(s.Tags); {
		t := s.Tags[i]
		j := i + 1
		for j < len(s.Tags) && s.Tags[j] == t {
			j++
		}
		if t != O {
			d.Gold = append(d.Gold, Entity{Span: token.Span{Start: d.Words[i].Start, End: d.Words[j-1].End}, Type: t})
		}
		i = j
	}
	return d
}

// RebuildAll rebuilds every sentence.
func RebuildAll(ss []Sentence) []Doc {
	docs := make([]Doc, len(ss))
	for i, s := range ss {
		docs[i] = Rebuild(s)
	}
	return docs
}

func spaceBetween(prev, next string) bool {
	switch next {
	case ",", ".", ")", "]", "}", "...", "…":
		return false
	}
	switch prev {
	case "(", "[", "{":
		return false
	}
	// An elided word: a letter or two, or qu/jusqu/lorsqu/puisqu, then an
	// apostrophe.
	if len(prev) >= 2 && prev[len(prev)-1] == '\'' && isElided(prev[:len(prev)-1]) {
		return false
	}
	return true
}

func isElided(w string) bool {
	switch strings.ToLower(w) {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu":
		return true
	}
	return false
}

// TokenEntity is a gold entity as a range of tokens of another
// tokenization: [First, Last) indexes the token slice given to Align.
type TokenEntity struct {
	First, Last int
	Type        Type
}

// Align maps the gold entities of d onto toks, a tokenization of d.Text:
// an entity covers every token that overlaps its span. An entity whose
// tokens overlap an earlier entity's, or that overlaps no token, is
// dropped; the number dropped is returned.
func (d *Doc) Align(toks []token.Token) (out []TokenEntity, dropped int) {
	k := 0
	for _, g := range d.Gold {
		for k < len(toks) && toks[k].End <= g.Start {
			k++
		}
		first := k
		last := k
		for last < len(toks) && toks[last].Start < g.End {
			last++
		}
		if first == last || len(out) > 0 && first < out[len(out)-1].Last {
			dropped++
			continue
		}
		out = append(out, TokenEntity{First: first, Last: last, Type: g.Type})
		k = last
	}
	return out, dropped
}
