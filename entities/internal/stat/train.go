package stat

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/veille-nlp/veille/extract/token"
)

// Span is a gold mention in a training sequence: the token range
// [First, Last) and the type's index into TrainOptions.Types.
type Span struct {
	First, Last int
	Type        int
}

// Sequence is one training sentence: its source text, its tokens (as
// token.Tokenize and token.Segment make them) and its gold mentions.
type Sequence struct {
	Src   string
	Toks  []token.Token
	Spans []Span
}

// TrainOptions configure Train. The zero value of a field means its
// documented default.
type TrainOptions struct {
	// Types names the entity types; a Span's Type indexes it. Required,
	// 1 to MaxTypes types.
	Types []string
	// Epochs is the number of passes over the data (default 10).
	Epochs int
	// MinCount drops features seen fewer times in the data (default 2).
	MinCount int
	// MinLower is how often a word must be seen in lower case to count as
	// a known lower-case word (default 2).
	MinLower int
	// Prune drops, from the final model, feature rows whose averaged
	// weights are all smaller than this in absolute value (default 0:
	// keep every row).
	Prune float32
	// Seed seeds the shuffling of the sequences between epochs.
	Seed uint64
	// Calibrate holds held-out sequences on which the temperature of the
	// scores is fitted (default: the training sequences, which gives
	// over-confident scores).
	Calibrate []Sequence
	// Epoch, if set, is called after each epoch with the averaged model
	// of that epoch (pruned like the final one), for example to score it
	// on a development set.
	Epoch func(epoch int, m *Model)
}

// MaxTypes is the largest number of entity types a model can have.
const MaxTypes = 31

// ErrNoData is returned by Train when there is nothing to learn from.
var ErrNoData = errors.New("stat: no training tokens")

// Train trains a model with the averaged perceptron (Collins 2002): greedy
// decoding, updates on the features of the predicted history, weights
// averaged over every step. Training decodes without the constraint that
// an I- label continues its type, so that the perceptron also learns to
// score I- labels down where they cannot follow; decoding applies it. The
// weights are then divided by a temperature fitted on Calibrate (see
// Model.Scores); this does not change the labels the model chooses. The result depends
// only on the data and the options: iteration is in data order, shuffled
// with a generator seeded by Seed, and features get their rows in key
// order.
func Train(seqs []Sequence, opt TrainOptions) (*Model, error) {
	nt := len(opt.Types)
	if nt == 0 || nt > MaxTypes {
		return nil, fmt.Errorf("stat: %d types, want 1 to %d", nt, MaxTypes)
	}
	if opt.Epochs <= 0 {
		opt.Epochs = 10
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 2
	}
	if opt.MinLower <= 0 {
		opt.MinLower = 2
	}
	nlab := 2*nt + 1
	gold := make([][]uint8, len(seqs))
	ntok := 0
	lowerCount := map[uint64]int{}
	for si, sq := range seqs {
		if !spansFit(sq.Src, sq.Toks) {
			return nil, fmt.Errorf("stat: sequence %d: token span out of its text", si)
		}
		g := make([]uint8, len(sq.Toks))
		for _, sp := range sq.Spans {
			if sp.First < 0 || sp.Last > len(sq.Toks) || sp.First >= sp.Last || sp.Type < 0 || sp.Type >= nt {
				return nil, fmt.Errorf("stat: sequence %d: bad span %+v", si, sp)
			}
			for k := sp.First; k < sp.Last; k++ {
				g[k] = uint8(2*sp.Type + 2)
			}
			g[sp.First] = uint8(2*sp.Type + 1)
		}
		gold[si] = g
		ntok += len(sq.Toks)
		for _, t := range sq.Toks {
			if t.Flags&token.Lower != 0 {
				lowerCount[hashFolded(fnvOffset, sq.Src[t.Start:t.End])]++
			}
		}
	}
	if ntok == 0 {
		return nil, ErrNoData
	}
	var lowerKeys []uint64
	for k, c := range lowerCount {
		if c >= opt.MinLower && k != 0 {
			lowerKeys = append(lowerKeys, k)
		}
	}
	slices.Sort(lowerKeys)
	lower := newTable(lowerKeys)

	// Feature hashes of every token, and their counts (history features
	// under the gold history).
	type tokHashes struct{ off, n int }
	var all []uint64
	index := make([][]tokHashes, len(seqs))
	descs := make([][]tokFeat, len(seqs))
	count := map[uint64]int{}
	for si, sq := range seqs {
		desc := make([]tokFeat, len(sq.Toks))
		for i, t := range sq.Toks {
			desc[i] = describe(sq.Src, t)
		}
		descs[si] = desc
		index[si] = make([]tokHashes, len(sq.Toks))
		var y1, y2 uint8
		for i := range sq.Toks {
			off := len(all)
			all = static(all, sq.Src, sq.Toks, desc, i, lower.has)
			index[si][i] = tokHashes{off, len(all) - off}
			for _, h := range all[off:] {
				count[h]++
			}
			for _, h := range history(desc[i], y1, y2) {
				count[h]++
			}
			y1, y2 = gold[si][i], y1
		}
	}
	var keys []uint64
	for k, c := range count {
		if c >= opt.MinCount {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	feats := newTable(keys)
	nf := len(keys)
	rows := make([]int32, len(all))
	for i, h := range all {
		rows[i] = feats.get(h)
	}
	all = nil

	tr := trainer{
		nlab: nlab, feats: &feats,
		w:   make([]int32, nf*nlab),
		tot: make([]int64, nf*nlab),
		ts:  make([]int32, nf*nlab),
	}
	order := make([]int, len(seqs))
	for i := range order {
		order[i] = i
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x7665696c6c65))
	sc := make([]float32, nlab)
	var fb []int32
	for ep := 1; ep <= opt.Epochs; ep++ {
		rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, si := range order {
			desc := descs[si]
			var y1, y2 uint8
			for i, th := range index[si] {
				fb = fb[:0]
				for _, r := range rows[th.off : th.off+th.n] {
					if r >= 0 {
						fb = append(fb, r)
					}
				}
				for _, h := range history(desc[i], y1, y2) {
					if r := feats.get(h); r >= 0 {
						fb = append(fb, r)
					}
				}
				tr.step++
				clear(sc)
				for _, r := range fb {
					w := tr.w[int(r)*nlab : int(r)*nlab+nlab]
					for l := range sc {
						sc[l] += float32(w[l])
					}
				}
				guess := best(sc, anyLabel)
				if g := gold[si][i]; guess != g {
					for _, r := range fb {
						tr.update(int(r)*nlab+int(g), 1)
						tr.update(int(r)*nlab+int(guess), -1)
					}
				}
				y1, y2 = guess, y1
			}
		}
		if opt.Epoch != nil && ep < opt.Epochs {
			opt.Epoch(ep, tr.model(opt, keys, lowerKeys, seqs))
		}
	}
	m := tr.model(opt, keys, lowerKeys, seqs)
	if opt.Epoch != nil {
		opt.Epoch(opt.Epochs, m)
	}
	return m, nil
}

type trainer struct {
	nlab  int
	feats *table
	w     []int32
	tot   []int64 // sum of w over the steps before ts
	ts    []int32 // step at which tot was last brought up to date
	step  int32
}

func (t *trainer) update(k int, d int32) {
	t.tot[k] += int64(t.step-t.ts[k]) * int64(t.w[k])
	t.ts[k] = t.step
	t.w[k] += d
}

// model builds the averaged, pruned, calibrated model of the current
// state.
func (t *trainer) model(opt TrainOptions, keys []uint64, lowerKeys []uint64, seqs []Sequence) *Model {
	steps := float64(t.step)
	if steps == 0 {
		steps = 1
	}
	nl := t.nlab
	var keep []uint64
	var w []float32
	row := make([]float32, nl)
	for f, k := range keys {
		big := false
		for l := range nl {
			i := f*nl + l
			tot := t.tot[i] + int64(t.step-t.ts[i])*int64(t.w[i])
			row[l] = float32(float64(tot) / steps)
			if a := float32(math.Abs(float64(row[l]))); a > 0 && a >= opt.Prune {
				big = true
			}
		}
		if big {
			keep = append(keep, k)
			w = append(w, row...)
		}
	}
	m := &Model{
		types: slices.Clone(opt.Types),
		nlab:  nl,
		feats: newTable(keep),
		w:     w,
		lower: newTable(lowerKeys),
	}
	cal := opt.Calibrate
	if cal == nil {
		cal = seqs
	}
	if temp := m.temperature(cal); temp > 0 {
		inv := float32(1 / temp)
		for i := range m.w {
			m.w[i] *= inv
		}
	}
	return m
}

// temperature returns the T that minimizes the negative log-likelihood of
// the gold labels of seqs under softmax(scores/T) over the labels allowed
// after the gold history (golden-section search on log T), or 0 if there
// is nothing to fit.
func (m *Model) temperature(seqs []Sequence) float64 {
	nl := m.nlab
	var scores []float32 // nl per token; disallowed labels are -Inf
	var gold []uint8
	s := &scratch{}
	for _, sq := range seqs {
		if len(sq.Toks) == 0 || !spansFit(sq.Src, sq.Toks) {
			continue
		}
		g := make([]uint8, len(sq.Toks))
		for _, sp := range sq.Spans {
			if sp.First < 0 || sp.Last > len(g) || sp.First >= sp.Last || sp.Type < 0 || 2*sp.Type+2 >= nl {
				continue
			}
			for k := sp.First; k < sp.Last; k++ {
				g[k] = uint8(2*sp.Type + 2)
			}
			g[sp.First] = uint8(2*sp.Type + 1)
		}
		m.prepare(s, sq.Src, sq.Toks)
		var y1, y2 uint8
		for i := range sq.Toks {
			m.score(s, s.scores, i, y1, y2)
			for l, v := range s.scores {
				if !allowed(y1, uint8(l)) {
					v = float32(math.Inf(-1))
				}
				scores = append(scores, v)
			}
			gold = append(gold, g[i])
			y1, y2 = g[i], y1
		}
	}
	if len(gold) == 0 {
		return 0
	}
	nll := func(logT float64) float64 {
		inv := math.Exp(-logT)
		var sum float64
		for k, gl := range gold {
			row := scores[k*nl : k*nl+nl]
			mx := math.Inf(-1)
			for _, v := range row {
				mx = max(mx, float64(v)*inv)
			}
			var z float64
			for _, v := range row {
				z += math.Exp(float64(v)*inv - mx)
			}
			sum += mx + math.Log(z) - float64(row[gl])*inv
		}
		return sum
	}
	lo, hi := math.Log(1e-3), math.Log(1e6)
	const phi = 0.6180339887498949
	a, b := hi-phi*(hi-lo), lo+phi*(hi-lo)
	fa, fb := nll(a), nll(b)
	for range 60 {
		if fa <= fb {
			hi, b, fb = b, a, fa
			a = hi - phi*(hi-lo)
			fa = nll(a)
		} else {
			lo, a, fa = a, b, fb
			b = lo + phi*(hi-lo)
			fb = nll(b)
		}
	}
	return math.Exp((lo + hi) / 2)
}
