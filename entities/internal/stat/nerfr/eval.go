package nerfr

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
)

// Recognizer finds entities in a text and returns them as byte spans into
// that text, typed PER, LOC or ORG; entities typed O are ignored. Spans
// that do not fit in the text are counted as errors, not trusted.
type Recognizer func(text string) []Entity

// Counts are the true positives, false positives and false negatives of one
// type (or of all types, micro-averaged).
type Counts struct {
	TP, FP, FN int
}

// Precision returns TP/(TP+FP), or 0.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall returns TP/(TP+FN), or 0.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall, or 0.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Scores holds counts per type, indexed by Type; index O holds the micro
// average over PER, LOC and ORG.
type Scores [NumTypes]Counts

// Micro returns the micro-averaged counts.
func (s *Scores) Micro() Counts { return s[O] }

func (s *Scores) fill() {
	s[O] = Counts{}
	for t := PER; t <= ORG; t++ {
		s[O].add(s[t])
	}
}

// ErrorCase is one disagreement between the gold entities and the system.
type ErrorCase struct {
	// Class names the kind of error, e.g. "missed PER", "spurious LOC",
	// "type LOC→PER", "boundary PER (longer)".
	Class string
	// Gold and System are the texts involved ("" when absent).
	Gold, System string
	// Doc is the index of the document in the evaluated slice.
	Doc int
}

// Report is the result of Evaluate.
type Report struct {
	// Strict counts exact span and type matches.
	Strict Scores
	// Overlap counts a gold entity as found when a system entity of the
	// same type overlaps it (and a system entity as right when it overlaps
	// a gold entity of its type).
	Overlap Scores
	// Token counts per gold token: the system type of a token is the type
	// of the system entity that overlaps it.
	Token Scores
	// Errors lists every error case, in document order.
	Errors []ErrorCase
	// Invalid counts system spans that did not fit in the text or were
	// empty; they are dropped.
	Invalid int
	// Docs, Bytes and Elapsed describe the run: documents, bytes of text,
	// and the time spent in the recognizer.
	Docs, Bytes int
	Elapsed     time.Duration
}

// Evaluate runs rec on every document and scores its output.
func Evaluate(docs []Doc, rec Recognizer) *Report {
	r := &Report{Docs: len(docs)}
	for di := range docs {
		d := &docs[di]
		r.Bytes += len(d.Text)
		t0 := time.Now()
		out := rec(d.Text)
		r.Elapsed += time.Since(t0)
		sys := make([]Entity, 0, len(out))
		for _, e := range out {
			if e.Type == O {
				continue
			}
			if e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End || e.Type > ORG {
				r.Invalid++
				continue
			}
			sys = append(sys, e)
		}
		slices.SortStableFunc(sys, func(a, b Entity) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
		r.score(di, d, sys)
	}
	r.Strict.fill()
	r.Overlap.fill()
	r.Token.fill()
	return r
}

func overlaps(a, b token.Span) bool { return a.Start < b.End && b.Start < a.End }

func (r *Report) score(di int, d *Doc, sys []Entity) {
	gold := d.Gold
	// Strict.
	for _, g := range gold {
		if slices.Contains(sys, g) {
			r.Strict[g.Type].TP++
		} else {
			r.Strict[g.Type].FN++
		}
	}
	for _, s := range sys {
		if !slices.Contains(gold, s) {
			r.Strict[s.Type].FP++
		}
	}
	// Overlap.
	for _, g := range gold {
		found := false
		for _, s := range sys {
			if s.Type == g.Type && overlaps(s.Span, g.Span) {
				found = true
				break
			}
		}
		if found {
			r.Overlap[g.Type].TP++
		} else {
			r.Overlap[g.Type].FN++
		}
	}
	for _, s := range sys {
		found := false
		for _, g := range gold {
			if s.Type == g.Type && overlaps(s.Span, g.Span) {
				found = true
				break
			}
		}
		if !found {
			r.Overlap[s.Type].FP++
		}
	}
	// Tokens.
	for i, w := range d.Words {
		gt, st := d.Tags[i], O
		for _, s := range sys {
			if overlaps(s.Span, w) {
				st = s.Type
				break
			}
		}
		switch {
		case gt == st && gt != O:
			r.Token[gt].TP++
		case gt != st:
			if gt != O {
				r.Token[gt].FN++
			}
			if st != O {
				r.Token[st].FP++
			}
		}
	}
	// Error classes.
	text := d.Text
	for _, g := range gold {
		if slices.Contains(sys, g) {
			continue
		}
		var hit []Entity
		for _, s := range sys {
			if overlaps(s.Span, g.Span) {
				hit = append(hit, s)
			}
		}
		gt := g.Span.Text(text)
		switch {
		case len(hit) == 0:
			r.Errors = append(r.Errors, ErrorCase{Class: "missed " + g.Type.String() + " (" + shapeClass(text, g.Span, d.Words) + ")", Gold: gt, Doc: di})
		case len(hit) == 1 && hit[0].Span == g.Span:
			r.Errors = append(r.Errors, ErrorCase{Class: "type " + g.Type.String() + "→" + hit[0].Type.String(), Gold: gt, System: hit[0].Span.Text(text), Doc: di})
		default:
			var sb []string
			sameType := true
			for _, s := range hit {
				sb = append(sb, s.Span.Text(text))
				if s.Type != g.Type {
					sameType = false
				}
			}
			cls := "boundary " + g.Type.String() + " (" + boundaryKind(g.Span, hit) + ")"
			if !sameType {
				cls = "boundary+type " + g.Type.String() + "→" + hit[0].Type.String()
			}
			r.Errors = append(r.Errors, ErrorCase{Class: cls, Gold: gt, System: strings.Join(sb, " | "), Doc: di})
		}
	}
	for _, s := range sys {
		hit := false
		for _, g := range gold {
			if overlaps(s.Span, g.Span) {
				hit = true
				break
			}
		}
		if !hit {
			r.Errors = append(r.Errors, ErrorCase{Class: "spurious " + s.Type.String() + " (" + spuriousClass(text, s.Span, d.Words) + ")", System: s.Span.Text(text), Doc: di})
		}
	}
}

func boundaryKind(g token.Span, hit []Entity) string {
	if len(hit) > 1 {
		return "split"
	}
	s := hit[0].Span
	switch {
	case s.Start <= g.Start && s.End >= g.End:
		return "longer"
	case s.Start >= g.Start && s.End <= g.End:
		return "shorter"
	}
	return "shifted"
}

// shapeClass describes a missed gold entity: all caps, capitalized,
// lower case (often OCR noise or a lower-case annotation), sentence-initial.
func shapeClass(text string, s token.Span, words []token.Span) string {
	t := s.Text(text)
	upper, lower := 0, 0
	for _, r := range t {
		if unicode.IsUpper(r) {
			upper++
		} else if unicode.IsLower(r) {
			lower++
		}
	}
	r, _ := utf8.DecodeRuneInString(t)
	switch {
	case upper > 1 && lower == 0:
		return "all caps"
	case !unicode.IsUpper(r):
		return "lower-case start"
	case len(words) > 0 && s.Start == words[0].Start:
		return "sentence-initial"
	}
	return "capitalized"
}

func spuriousClass(text string, s token.Span, words []token.Span) string {
	if len(words) > 0 && s.Start == words[0].Start {
		return "sentence-initial"
	}
	return shapeClass(text, s, nil)
}

// ClassCount is an error class and how often it occurs.
type ClassCount struct {
	Class string
	N     int
	// Examples holds up to three example texts (gold → system).
	Examples []string
}

// Classes returns the error classes, most frequent first (ties by name).
func (r *Report) Classes() []ClassCount {
	idx := map[string]int{}
	var out []ClassCount
	for _, e := range r.Errors {
		i, ok := idx[e.Class]
		if !ok {
			i = len(out)
			idx[e.Class] = i
			out = append(out, ClassCount{Class: e.Class})
		}
		out[i].N++
		if len(out[i].Examples) < 3 {
			out[i].Examples = append(out[i].Examples, e.String())
		}
	}
	slices.SortStableFunc(out, func(a, b ClassCount) int {
		return cmp.Or(cmp.Compare(b.N, a.N), cmp.Compare(a.Class, b.Class))
	})
	return out
}

// String formats an error case as «gold» → «system».
func (e ErrorCase) String() string {
	switch {
	case e.System == "":
		return "«" + e.Gold + "»"
	case e.Gold == "":
		return "→ «" + e.System + "»"
	}
	return "«" + e.Gold + "» → «" + e.System + "»"
}

// Table formats the per-type scores of the report as a small text table:
// strict P/R/F1 per type and micro, then overlap and token-level F1.
func (r *Report) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-6s %6s %6s %6s   %6s %6s   (gold %s)\n", "type", "P", "R", "F1", "ovlF1", "tokF1", "n")
	for _, t := range []Type{PER, LOC, ORG, O} {
		name := t.String()
		if t == O {
			name = "micro"
		}
		s := r.Strict[t]
		fmt.Fprintf(&b, "%-6s %6.3f %6.3f %6.3f   %6.3f %6.3f   (gold %d)\n", name,
			s.Precision(), s.Recall(), s.F1(), r.Overlap[t].F1(), r.Token[t].F1(), s.TP+s.FN)
	}
	mb := float64(r.Bytes) / 1e6
	if r.Elapsed > 0 {
		fmt.Fprintf(&b, "%d docs, %.2f MB, %v in the recognizer (%.2f MB/s)", r.Docs, mb, r.Elapsed.Round(time.Millisecond), mb/r.Elapsed.Seconds())
	}
	if r.Invalid > 0 {
		fmt.Fprintf(&b, ", %d invalid spans", r.Invalid)
	}
	return b.String()
}
