package entities

import (
	"fmt"
	"strings"
	"sync"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/entities/internal/stat"
	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// Options configure a Tagger. The zero value means the defaults.
type Options struct {
	// Names are extra lexicon entries, looked up before the embedded
	// lexicon: a name listed here takes this type, id and canonical name
	// wherever its folded form (normalize.Key) appears in a text. Empty
	// by default.
	Names []Name
	// NoStatistical turns off the statistical fallback: by default a
	// candidate with no lexicon entry and no context or shape evidence is
	// typed PERSON or PLACE when the embedded perceptron model
	// (internal/stat, trained on French newspaper NER) says so with
	// probability ≥ 0.5.
	NoStatistical bool
}

// Name is an extra lexicon entry (see Options.Names).
type Name struct {
	// Surface is the name as written; matching folds case, accents and
	// apostrophes, but a lower-case word of the text never matches a
	// capitalized word of Surface.
	Surface string
	Type    Type
	// ID and Canonical are copied to the entities found (Canonical
	// defaults to Surface).
	ID, Canonical string
}

// Tagger finds named entities in French text. It is immutable once built
// and safe for concurrent use by multiple goroutines.
type Tagger struct {
	x     *lexicon.Index
	model *stat.Model // the statistical fallback, or nil
	// extra holds the extra names of the options and the word-boundary
	// prefixes of their keys, or is nil.
	extra *lexicon.Index
	// pool recycles the working memory of Tag calls; it is safe for
	// concurrent use and holds nothing between calls but empty buffers.
	pool sync.Pool
}

// New returns a Tagger with the embedded lexicon, decoded on first use,
// and the options. It fails only if the embedded lexicon is corrupt or an
// option is invalid.
func New(opts Options) (*Tagger, error) {
	x, err := lexicon.Load()
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	t := &Tagger{x: x}
	if !opts.NoStatistical {
		m, err := stat.French()
		if err != nil {
			return nil, fmt.Errorf("entities: %w", err)
		}
		t.model = m
	}
	if len(opts.Names) > 0 {
		keys := make([]string, 0, len(opts.Names))
		es := make([]lexicon.Entry, 0, len(opts.Names))
		for _, n := range opts.Names {
			if n.Type < Person || n.Type > Event {
				return nil, fmt.Errorf("entities: name %q: invalid type %v", n.Surface, n.Type)
			}
			key := normalize.Key(n.Surface)
			if key == "" {
				return nil, fmt.Errorf("entities: empty name %q", n.Surface)
			}
			e := lexicon.Entry{Surface: n.Surface, Canonical: n.Canonical, ID: n.ID, Type: lexicon.Type(n.Type)}
			if e.Canonical == "" {
				e.Canonical = n.Surface
			}
			keys, es = append(keys, key), append(es, e)
		}
		t.extra = lexicon.Extra(keys, es)
	}
	return t, nil
}

// Tag returns the named entities of src, sorted by start, without
// overlaps, with Text == src[Start:End]. toks are the tokens of src as
// token.Tokenize returns them, and sents its sentences from token.Segment
// (which sets the token.SentenceStart flags that Tag reads); sents may be
// nil if the flags are set. Tag never fails: odd input gives fewer
// entities.
func (t *Tagger) Tag(src string, toks []token.Token, sents []token.Sentence) []Entity {
	_ = sents // the SentenceStart flags carry what Tag needs
	if len(toks) == 0 {
		return nil
	}
	st, _ := t.pool.Get().(*state)
	if st == nil {
		st = &state{}
	}
	st.reset(t, src, toks)
	st.buildUnits()
	st.detect()
	st.scoreAll()
	st.resolve()
	out := st.emit()
	st.reset(nil, "", nil) // drop references to the caller's text
	t.pool.Put(st)
	return out
}

// reset prepares st for a Tag call, keeping its buffers.
func (st *state) reset(t *Tagger, src string, toks []token.Token) {
	st.t, st.src, st.toks = t, src, toks
	st.x = nil
	if t != nil {
		st.x = t.x
	}
	if cap(st.keys) < len(src)+len(src)/8 {
		st.keys = make([]byte, 0, len(src)+len(src)/8)
	}
	st.keys = st.keys[:0]
	st.units = st.units[:0] // appended whole: no need to clear
	st.cands = st.cands[:0]
	st.zone = nil
	st.skipped = st.skipped[:0]
	st.scratch = st.scratch[:0]
}

// state is the working memory of one Tag call.
type state struct {
	t       *Tagger
	x       *lexicon.Index
	src     string
	toks    []token.Token
	units   []unit
	keys    []byte
	latin   *[64]byte // latinFolds()
	scratch []byte
	// memo caches per-key results of resolve, by the key's first mention.
	memo       []groupMemo
	linkedDone bool
	// last, byLast and byFirst index the candidates by key hashes (see
	// resolve); kept across calls so that Tag does not allocate them.
	last, byLast, byFirst hashMap
	linkMemo              hashMap // short-form key → link (see resolve)
	nextLast, nextFirst   []int32
	cands                 []cand
	seen                  hashSet // words capitalized mid-sentence, and (lowerHash) in lower case
	words                 hashSet // recoverSkipped's last and first words of names
	zone                  []bool  // units inside a title's portfolio (« ministre de l'Économie »)
	skipped               []int   // capitalized words skipped at the start of a sentence
}

func (st *state) text(i int) string { u := &st.units[i]; return st.src[u.Start:u.End] }
func (st *state) key(i int) []byte  { u := &st.units[i]; return st.keys[u.ks:u.ke] }
func (st *state) keyIs(i int, s string) bool {
	return string(st.key(i)) == s
}

// triggers returns the trigger readings of unit i (triggers.tsv), in any
// inflected form: the forms were generated and checked against snowball
// stems at build time, so this is one lookup, without stemming.
func (st *state) triggers(i int) []lexicon.Trigger {
	if i < 0 || i >= len(st.units) {
		return nil
	}
	u := &st.units[i]
	if u.f&fTrig == 0 {
		st.loadTrig(u, i)
	}
	return st.x.Readings(u.trig)
}

// loadTrig looks up the trigger readings of unit u (unit i), once.
func (st *state) loadTrig(u *unit, i int) {
	u.f |= fTrig
	if (u.kind == token.Word || u.kind == token.Symbol) && st.x.MaybeTrigger(u.hash) {
		u.trig = st.x.TriggerRefHash(u.hash, st.key(i))
	}
}

// info returns what the lexicon says of the key of unit i as a stop word,
// a given name and a nationality adjective, looked up once per unit; the
// lexicon's bit set spares the lookups of most words.
func (st *state) info(i int) uinfo {
	u := &st.units[i]
	if u.info&iDone == 0 {
		in := iDone
		if st.x.MaybeInfo(u.hash) {
			k := st.key(i)
			stop, g, nat := st.x.InfoHash(u.hash, k)
			in |= uinfo(stop) & iStop
			in |= uinfo(g) << 4 & iFirst
			if nat {
				in |= iNat
			}
		}
		u.info = in
	}
	return u.info
}

// stopword is lexicon.Index.Stopword for the key of unit i.
func (st *state) stopword(i int) lexicon.StopKind { return lexicon.StopKind(st.info(i) & iStop) }

// firstName is lexicon.Index.FirstName for the key of unit i.
func (st *state) firstName(i int) lexicon.Gender { return lexicon.Gender(st.info(i) & iFirst >> 4) }

// nationality reports whether the key of unit i is a nationality adjective.
func (st *state) nationality(i int) bool { return st.info(i)&iNat != 0 }

// has returns the first reading of class c among trs.
func has(trs []lexicon.Trigger, c lexicon.Class) (lexicon.Trigger, bool) {
	for _, tr := range trs {
		if tr.Class == c {
			return tr, true
		}
	}
	return lexicon.Trigger{}, false
}

// is reports whether unit i has a trigger reading of class c.
func (st *state) is(i int, c lexicon.Class) bool {
	if i < 0 || i >= len(st.units) {
		return false
	}
	u := &st.units[i]
	if u.f&fTrig == 0 {
		st.loadTrig(u, i)
	}
	if u.trig == 0 {
		return false // most words
	}
	_, ok := has(st.x.Readings(u.trig), c)
	return ok
}

// namesHash returns the lexicon readings of a key whose hash (hashKey) is
// h: the extra names of the options first, then the embedded lexicon.
func (st *state) namesHash(h uint64, key []byte) lexicon.Entries {
	if st.t.extra != nil {
		if es := st.t.extra.NamesHash(h, key); es.Len() > 0 {
			return es
		}
	}
	return st.x.NamesHash(h, key)
}

// isPrefixHash reports whether key, whose hash (hashKey) is h, followed by
// a space, starts a name key.
func (st *state) isPrefixHash(h uint64, key []byte) bool {
	if st.t.extra != nil && st.t.extra.IsPrefixHash(h, key) {
		return true
	}
	return st.x.IsPrefixHash(h, key)
}

// lexMatch returns the end of the longest lexicon name that starts at unit
// i, and its readings, or (i, nil).
func (st *state) lexMatch(i int) (int, lexicon.Entries) {
	end, found := i, lexicon.Entries{}
	buf := st.scratch[:0]
	maxWords := st.x.MaxWords + 1
	words := 1
	// bh is the hash of buf[:bn]: the hash that names took is reused by
	// isPrefix, and a one-unit key has its hash in the unit.
	bh, bn := uint64(0), -1
	for j := i; j < len(st.units); j++ {
		u := &st.units[j]
		if j > i {
			if u.flags&token.LineStart != 0 || u.is(fOpen) || u.is(fSep) && !st.innerMark(j) {
				break
			}
			if u.flags&token.SpaceBefore != 0 {
				if bn != len(buf) {
					bh, bn = hashKey(buf), len(buf)
				}
				if !st.isPrefixHash(bh, buf) {
					break
				}
				buf = append(buf, ' ')
				words++
				if words > maxWords {
					break
				}
			}
		} else if u.kind == token.Punct || u.kind == token.Symbol {
			break
		}
		buf = append(buf, st.keys[u.ks:u.ke]...)
		if j+1 < len(st.units) && st.units[j+1].flags&token.SpaceBefore == 0 &&
			st.units[j+1].kind != token.Punct && !st.units[j+1].is(fApos) {
			continue // glued to the next unit: not a word boundary
		}
		if j == i {
			bh, bn = u.hash, len(buf)
		} else {
			bh, bn = hashKey(buf), len(buf)
		}
		if es := st.namesHash(bh, buf); es.Len() > 0 && st.caseFits(i, j+1, es.Surface(0), es.Flags(0)&lexicon.Lowercase != 0) {
			end, found = j+1, es
		}
	}
	st.scratch = buf
	return end, found
}

// innerMark reports whether unit j is a slash or a dot glued to the words
// on both sides, inside a name (« Google I/O »).
func (st *state) innerMark(j int) bool {
	if j+1 >= len(st.units) || st.units[j].flags&token.SpaceBefore != 0 || st.units[j+1].flags&token.SpaceBefore != 0 || st.units[j+1].kind != token.Word {
		return false
	}
	t := st.text(j)
	return t == "/" || t == "."
}

// caseFits reports whether the words of units [a,b) are capitalized where
// the words of surface are: « le chat » is not « Le Chat », and a
// capitalized text word may match a lower-case surface word only for
// particles and articles. A name flagged lexicon.Lowercase matches a
// lower-case text word too (« le bitcoin »).
func (st *state) caseFits(a, b int, surface string, lower bool) bool {
	sw := surface
	for k := a; k < b; {
		// One text word: units glued together.
		e := k + 1
		for e < b && st.units[e].flags&token.SpaceBefore == 0 {
			e++
		}
		var w string
		w, sw, _ = strings.Cut(sw, " ")
		for w == "" && sw != "" {
			w, sw, _ = strings.Cut(sw, " ")
		}
		sUpper := startsUpper(w)
		tCap := st.units[k].is(fCap)
		if sUpper && !tCap && !lower {
			return false
		}
		if e > k+1 && st.units[k].is(fElided) && !st.units[k+1].is(fCap) && !lower {
			// « L’équipe » is not the newspaper « L'Équipe ».
			if _, rest, ok := strings.Cut(w, "'"); ok && startsUpper(rest) {
				return false
			}
			if _, rest, ok := strings.Cut(w, "’"); ok && startsUpper(rest) {
				return false
			}
		}
		if e == k+1 && isAcronym(w) && st.units[k].flags&token.AllCaps == 0 && (st.units[k].is(fWeak) && !st.headlineAcronym(k) || st.isCommon(k)) {
			// « Ces » is not the CES; « l’Anssi » is the ANSSI (the French
			// press writes acronyms as names).
			return false
		}
		if !sUpper && tCap && k == a && !st.units[k].is(fWeak) && !st.units[k].is(fUpperIn) {
			// « Mer Rouge » mid-sentence is not the lexicon's « mer Rouge »
			// reading of a lower-case generic word; accept only where
			// French capitalizes anyway.
			return false
		}
		k = e
	}
	return true
}

// headlineAcronym reports whether unit k, in a title-case line, may be an
// acronym written as a name (« L’Anssi Recense… »): four letters or more,
// no stop word, no given name, and never written in lower case in the
// text. At a sentence start a short capitalized word is more often a
// common one (« Ces » is not the CES).
func (st *state) headlineAcronym(k int) bool {
	u := &st.units[k]
	return u.is(fHeadline) && u.End-u.Start >= 4 && st.stopword(k) == 0 &&
		st.firstName(k) == 0 && !st.lowerCase(u.hash)
}
