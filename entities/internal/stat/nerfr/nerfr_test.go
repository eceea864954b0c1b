package nerfr

import (
	"strings"
	"testing"

	"github.com/veille-nlp/veille/extract/token"
)

func TestReadSegments(t *testing.T) {
	in := "Emmanuel I-PER\nDESOLES I-PER\nde O\nRENNES I-LOC\n. O\nM. O\nDupont I-PER\n! O\nfin O\n"
	got, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 {
		t.Fatalf("got %d sentences, want 3", len(got))
	}
	if w := strings.Join(got[1].Words, " "); w != "M. Dupont !" {
		t.Errorf("sentence 1 = %q", w)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"word\n", "word X-PER\n", "a b O\n", " O\n"} {
		if _, err := Read(strings.NewReader(in)); err == nil || !strings.HasPrefix(err.Error(), "nerfr: line 1") {
			t.Errorf("Read(%q) error = %v, want a line-1 error", in, err)
		}
	}
}

func TestTerminatorInsideEntityDoesNotCut(t *testing.T) {
	got, err := Read(strings.NewReader("St I-LOC\n. I-LOC\nMalo I-LOC\n. O\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("got %d sentences, want 1", len(got))
	}
}

func TestRebuild(t *testing.T) {
	tests := []struct {
		words, tags string
		text        string
		gold        []string
	}{
		{"L' Ouest , le ( 12 ) d' Abu Dhabi .", "O LOC O O O O O O LOC LOC O", "L'Ouest, le (12) d'Abu Dhabi.", []string{"LOC:Ouest", "LOC:Abu Dhabi"}},
		{"M. Jean Dupont ; Paris", "O PER PER O LOC", "M. Jean Dupont ; Paris", []string{"PER:Jean Dupont", "LOC:Paris"}},
		{"Paris Lyon ' x", "LOC LOC O O", "Paris Lyon ' x", []string{"LOC:Paris Lyon"}},
	}
	for _, tt := range tests {
		var s Sentence
		s.Words = strings.Fields(tt.words)
		for _, tg := range strings.Fields(tt.tags) {
			ty, ok := ParseType(tg)
			if !ok {
				t.Fatalf("bad tag %q", tg)
			}
			s.Tags = append(s.Tags, ty)
		}
		d := Rebuild(s)
		if d.Text != tt.text {
			t.Errorf("Rebuild(%q).Text = %q, want %q", tt.words, d.Text, tt.text)
		}
		for i, w := range s.Words {
			if got := d.Words[i].Text(d.Text); got != w {
				t.Errorf("word %d span gives %q, want %q", i, got, w)
			}
		}
		var gold []string
		for _, g := range d.Gold {
			gold = append(gold, g.Type.String()+":"+g.Span.Text(d.Text))
		}
		if strings.Join(gold, ",") != strings.Join(tt.gold, ",") {
			t.Errorf("gold = %v, want %v", gold, tt.gold)
		}
	}
}

func TestEvaluate(t *testing.T) {
	s := Sentence{Words: strings.Fields("Jean Dupont à Paris et Lyon ."), Tags: []Type{PER, PER, O, LOC, O, LOC, O}}
	docs := []Doc{Rebuild(s)}
	// "Jean Dupont" right, "Paris" typed ORG, "Lyon" missed, "et" spurious,
	// plus one invalid span.
	rec := func(text string) []Entity {
		return []Entity{
			{Span: token.Span{Start: 0, End: 11}, Type: PER},
			{Span: token.Span{Start: 15, End: 20}, Type: ORG},
			{Span: token.Span{Start: 21, End: 23}, Type: LOC},
			{Span: token.Span{Start: 5, End: 500}, Type: LOC},
		}
	}
	r := Evaluate(docs, rec)
	if got := r.Strict[PER]; got != (Counts{TP: 1}) {
		t.Errorf("PER = %+v", got)
	}
	if got := r.Strict[LOC]; got != (Counts{FP: 1, FN: 2}) {
		t.Errorf("LOC = %+v", got)
	}
	if got := r.Strict.Micro(); got != (Counts{TP: 1, FP: 2, FN: 2}) {
		t.Errorf("micro = %+v", got)
	}
	if r.Invalid != 1 {
		t.Errorf("Invalid = %d", r.Invalid)
	}
	var classes []string
	for _, c := range r.Classes() {
		classes = append(classes, c.Class)
	}
	want := "missed LOC (capitalized),spurious LOC (lower-case start),type LOC→ORG"
	if got := strings.Join(classes, ","); got != want {
		t.Errorf("classes = %s, want %s", got, want)
	}
	if f := r.Strict.Micro().F1(); f < 0.333 || f > 0.334 {
		t.Errorf("micro F1 = %v", f)
	}
}

// TestCorpusCounts checks the reader and the split against the figures of
// the corpus NOTICE.
func TestCorpusCounts(t *testing.T) {
	path, err := Find()
	if err != nil {
		t.Skip(err)
	}
	train, dev, test, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		name                  string
		ss                    []Sentence
		sents, toks, per, loc int
		org                   int
	}{
		{"train", train, 9999, 166152, 3404, 3421, 1078},
		{"dev", dev, 1249, 19488, 435, 388, 123},
		{"test", test, 1249, 20276, 432, 417, 138},
	}
	for _, w := range want {
		var toks int
		var n [NumTypes]int
		for _, d := range RebuildAll(w.ss) {
			toks += len(d.Words)
			for _, g := range d.Gold {
				n[g.Type]++
			}
		}
		if len(w.ss) != w.sents || toks != w.toks || n[PER] != w.per || n[LOC] != w.loc || n[ORG] != w.org {
			t.Errorf("%s: %d sentences, %d tokens, PER %d LOC %d ORG %d; NOTICE says %d, %d, %d, %d, %d",
				w.name, len(w.ss), toks, n[PER], n[LOC], n[ORG], w.sents, w.toks, w.per, w.loc, w.org)
		}
	}
}

func TestAlign(t *testing.T) {
	s := Sentence{Words: strings.Fields("L' Ouest-Eclair de Rennes , M. Dupont ."), Tags: []Type{O, ORG, O, LOC, O, O, PER, O}}
	d := Rebuild(s)
	toks := token.Tokenize(d.Text)
	got, dropped := d.Align(toks)
	var texts []string
	for _, e := range got {
		texts = append(texts, e.Type.String()+":"+d.Text[toks[e.First].Start:toks[e.Last-1].End])
	}
	if want := "ORG:Ouest-Eclair LOC:Rennes PER:Dupont"; strings.Join(texts, " ") != want || dropped != 0 {
		t.Errorf("Align = %v (dropped %d), want %s", texts, dropped, want)
	}
}
