package stat

import (
	"math"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
)

// Model is an averaged-perceptron BIO sequence tagger over token.Tokenize
// tokens. Label 0 is O; type k (0-based, in the order of Types) has label
// 2k+1 (B-) and 2k+2 (I-). Ties between label scores go to the lowest
// label, so to O first.
//
// A Model is immutable once built and safe for concurrent use.
type Model struct {
	types []string
	nlab  int
	feats table     // feature hash → row
	w     []float32 // rows × nlab
	lower table     // folded hashes of words seen in lower case
	pool  sync.Pool // *scratch
}

// Types returns the entity types of the model, in label order. The slice
// must not be modified.
func (m *Model) Types() []string { return m.types }

// NumFeatures returns the number of feature rows of the model.
func (m *Model) NumFeatures() int { return m.feats.n }

// Mention is an entity the model found: the byte span from the start of
// its first token to the end of its last, the token range [First, Last)
// into the token slice given to Tag, and its type as an index into Types.
type Mention struct {
	token.Span
	First, Last int
	Type        int
}

// table is an open-addressing hash table from non-zero 64-bit keys to
// row numbers, built once and read-only afterwards.
type table struct {
	keys []uint64
	rows []int32
	mask uint64
	n    int
}

func newTable(keys []uint64) table {
	size := 8
	for size < 2*len(keys) {
		size <<= 1
	}
	t := table{keys: make([]uint64, size), rows: make([]int32, size), mask: uint64(size - 1), n: len(keys)}
	for i, k := range keys {
		for s := k & t.mask; ; s = (s + 1) & t.mask {
			if t.keys[s] == 0 {
				t.keys[s], t.rows[s] = k, int32(i)
				break
			}
		}
	}
	return t
}

// get returns the row of key k, or -1.
func (t *table) get(k uint64) int32 {
	if t.n == 0 {
		return -1
	}
	for s := k & t.mask; ; s = (s + 1) & t.mask {
		switch t.keys[s] {
		case k:
			return t.rows[s]
		case 0:
			return -1
		}
	}
}

func (t *table) has(k uint64) bool { return t.get(k) >= 0 }

// scratch holds the per-call buffers of decoding.
type scratch struct {
	desc   []tokFeat
	hashes []uint64
	rows   []int32 // static rows of every token, numStatic slots each (-1 = none)
	labels []uint8
	scores []float32
}

func (m *Model) getScratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{}
}

// prepare fills s.desc and s.rows for toks.
func (m *Model) prepare(s *scratch, src string, toks []token.Token) {
	n := len(toks)
	s.desc = s.desc[:0]
	for _, t := range toks {
		s.desc = append(s.desc, describe(src, t))
	}
	if cap(s.rows) < n*numStatic {
		s.rows = make([]int32, n*numStatic)
	}
	s.rows = s.rows[:n*numStatic]
	for i := range toks {
		s.hashes = static(s.hashes[:0], src, toks, s.desc, i, m.lower.has)
		r := s.rows[i*numStatic : (i+1)*numStatic]
		k := 0
		for _, h := range s.hashes {
			if row := m.feats.get(h); row >= 0 {
				r[k] = row
				k++
			}
		}
		for ; k < numStatic; k++ {
			r[k] = -1
		}
	}
	if cap(s.scores) < m.nlab {
		s.scores = make([]float32, m.nlab)
	}
	s.scores = s.scores[:m.nlab]
}

// score fills sc with the label scores of token i given the previous
// labels y1 and y2.
func (m *Model) score(s *scratch, sc []float32, i int, y1, y2 uint8) {
	clear(sc)
	nl := m.nlab
	for _, r := range s.rows[i*numStatic : (i+1)*numStatic] {
		if r < 0 {
			break
		}
		w := m.w[int(r)*nl : int(r)*nl+nl]
		for l := range sc {
			sc[l] += w[l]
		}
	}
	for _, h := range history(s.desc[i], y1, y2) {
		if r := m.feats.get(h); r >= 0 {
			w := m.w[int(r)*nl : int(r)*nl+nl]
			for l := range sc {
				sc[l] += w[l]
			}
		}
	}
}

// anyLabel as the previous label lifts the constraint of allowed.
const anyLabel = 255

// allowed reports whether label cur may follow label prev: an I- label
// only continues a B- or I- label of its type.
func allowed(prev, cur uint8) bool {
	if cur == 0 || cur%2 == 1 || prev == anyLabel {
		return true
	}
	return prev == cur || prev == cur-1
}

// best returns the highest-scoring label allowed after prev; ties go to
// the lowest label.
func best(sc []float32, prev uint8) uint8 {
	bl, bs := uint8(0), float32(math.Inf(-1))
	for l, v := range sc {
		if v > bs && allowed(prev, uint8(l)) {
			bl, bs = uint8(l), v
		}
	}
	return bl
}

// Labels returns the BIO label of every token of one sentence (greedy
// left-to-right decoding), appended to dst[:0]. Features look at the
// neighbouring tokens inside toks only: pass one sentence.
func (m *Model) Labels(src string, toks []token.Token, dst []uint8) []uint8 {
	dst = dst[:0]
	if len(toks) == 0 || !spansFit(src, toks) {
		return dst
	}
	s := m.getScratch()
	defer m.pool.Put(s)
	m.prepare(s, src, toks)
	var y1, y2 uint8
	for i := range toks {
		m.score(s, s.scores, i, y1, y2)
		y := best(s.scores, y1)
		dst = append(dst, y)
		y1, y2 = y, y1
	}
	return dst
}

// spansFit reports whether every token span lies in src.
func spansFit(src string, toks []token.Token) bool {
	for _, t := range toks {
		if t.Start < 0 || t.End > len(src) || t.Start > t.End {
			return false
		}
	}
	return true
}

// Tag returns the mentions the model finds in the tokens of src, sentence
// by sentence (sents as returned by token.Segment; nil means one sentence
// holding all the tokens). Token indices in the result refer to toks.
func (m *Model) Tag(src string, toks []token.Token, sents []token.Sentence) []Mention {
	if sents == nil && len(toks) > 0 {
		sents = []token.Sentence{{First: 0, Last: len(toks)}}
	}
	var out []Mention
	var labels []uint8
	for _, se := range sents {
		if se.First < 0 || se.Last > len(toks) || se.First >= se.Last {
			continue
		}
		labels = m.Labels(src, toks[se.First:se.Last], labels)
		out = appendMentions(out, src, toks, labels, se.First)
	}
	return out
}

// appendMentions decodes BIO labels of toks[off:off+len(labels)] of src.
// A mention never runs across invalid UTF-8 or a control character
// between two tokens (the tokenizer skips them): the I- token after such
// a gap starts a new mention, so that every span is valid text.
func appendMentions(out []Mention, src string, toks []token.Token, labels []uint8, off int) []Mention {
	for i := 0; i < len(labels); {
		l := labels[i]
		if l == 0 {
			i++
			continue
		}
		typ := int(l-1) / 2
		j := i + 1
		for j < len(labels) && labels[j] == uint8(2*typ+2) && cleanGap(src[toks[off+j-1].End:toks[off+j].Start]) {
			j++
		}
		out = append(out, Mention{
			Span:  token.Span{Start: toks[off+i].Start, End: toks[off+j-1].End},
			First: off + i, Last: off + j, Type: typ,
		})
		i = j
	}
	return out
}

// cleanGap reports whether the text between two tokens is valid UTF-8
// without control characters other than white space.
func cleanGap(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) && !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// Scores returns, for the candidate mention toks[i:j], one score per type
// (in the order of Types) and last the score of O (not a mention). Each is
// the model's score for labelling the span B- I- I-... of that type, or
// O O O..., with the tokens before i taken as O; the scores are then put
// through a softmax. Training divides the weights by a temperature fitted
// on held-out data, so that the per-token softmax is roughly calibrated;
// over a span the result ranks the types and is a usable confidence, not
// an exact probability. Features see toks[i-2:j+2]: pass the tokens of
// the sentence. Scores appends to dst[:0]; an empty or invalid range, or
// tokens that do not fit in src, give all the mass to O.
func (m *Model) Scores(src string, toks []token.Token, i, j int, dst []float32) []float32 {
	nt := len(m.types)
	dst = dst[:0]
	for range nt + 1 {
		dst = append(dst, 0)
	}
	if i < 0 || j > len(toks) || i >= j || !spansFit(src, toks) {
		dst[nt] = 1
		return dst
	}
	lo, hi := max(0, i-2), min(len(toks), j+2)
	s := m.getScratch()
	defer m.pool.Put(s)
	m.prepare(s, src, toks[lo:hi])
	a, b := i-lo, j-lo
	// One pass per position: every hypothesis sees the same history
	// (O O) at the first token, then its own.
	var raw [MaxTypes + 1]float64
	for t := a; t < b; t++ {
		if t == a {
			m.score(s, s.scores, t, 0, 0)
			raw[nt] += float64(s.scores[0])
			for k := range nt {
				raw[k] += float64(s.scores[2*k+1])
			}
			continue
		}
		m.score(s, s.scores, t, 0, 0)
		raw[nt] += float64(s.scores[0])
		for k := range nt {
			y1, y2 := uint8(2*k+2), uint8(2*k+2)
			if t == a+1 {
				y1, y2 = uint8(2*k+1), 0
			} else if t == a+2 {
				y2 = uint8(2*k + 1)
			}
			m.score(s, s.scores, t, y1, y2)
			raw[k] += float64(s.scores[2*k+2])
		}
	}
	mx := raw[nt]
	for k := range nt {
		mx = max(mx, raw[k])
	}
	var z float64
	for k := range nt + 1 {
		raw[k] = math.Exp(raw[k] - mx)
		z += raw[k]
	}
	for k := range nt + 1 {
		dst[k] = float32(raw[k] / z)
	}
	return dst
}

// Classify returns the scores of Scores for a model whose types include
// PER, LOC and ORG, in the fixed order PER, LOC, ORG, O; the types a model
// lacks score 0. It is what the French model answers for a candidate
// mention toks[i:j] of a sentence.
func (m *Model) Classify(src string, toks []token.Token, i, j int) (scores [4]float32) {
	var buf [8]float32
	all := m.Scores(src, toks, i, j, buf[:0])
	for k, t := range m.types {
		switch t {
		case "PER":
			scores[0] = all[k]
		case "LOC":
			scores[1] = all[k]
		case "ORG":
			scores[2] = all[k]
		}
	}
	scores[3] = all[len(m.types)]
	return scores
}
