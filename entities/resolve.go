package entities

import (
	"strings"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/extract/token"
)

// spanHash returns the hash of the key of units [a,b), words joined by
// single spaces.
func (st *state) spanHash(a, b int) uint64 {
	if b-a == 1 {
		return st.units[a].hash
	}
	buf := st.scratch[:0]
	for k := a; k < b; k++ {
		u := &st.units[k]
		if k > a && u.flags&token.SpaceBefore != 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, st.keys[u.ks:u.ke]...)
	}
	st.scratch = buf
	return hashKey(buf)
}

// resolve links short forms to their full forms, makes the type of a name
// one per document, and drops the candidates left without evidence.
func (st *state) resolve() {
	cs := st.cands
	// Chain the mentions of one key: lead is the first, next the following
	// one (-1 at the end). The maps of this function are per document and
	// keyed by hashes, so that resolving stays linear in the number of
	// candidates however often a name repeats.
	st.linkMemo.init()
	st.last.init()
	st.byLast.init()
	st.byFirst.init()
	last := &st.last
	for i := range cs {
		cs[i].hash = st.spanHash(cs[i].a, cs[i].b)
		cs[i].lead, cs[i].next = int32(i), -1
		if j, ok := last.get(cs[i].hash); ok {
			cs[i].lead = cs[j].lead
			cs[j].next = int32(i)
		}
		last.set(cs[i].hash, int32(i))
	}
	// Full forms that short forms may stand for, by the hash of their last
	// word (persons) and of their first word (« Mistral » for Mistral AI),
	// as lists threaded through nextLast and nextFirst (index+1, 0 ends).
	st.nextLast, st.nextFirst = st.nextLast[:0], st.nextFirst[:0]
	for j := range cs {
		st.nextLast, st.nextFirst = append(st.nextLast, 0), append(st.nextFirst, 0)
		l := &cs[j]
		if l.b-l.a < 2 || l.link != 0 {
			continue
		}
		hl, hf := st.units[l.b-1].hash, st.units[l.a].hash
		st.nextLast[j], _ = st.byLast.get(hl)
		st.byLast.set(hl, int32(j+1))
		st.nextFirst[j], _ = st.byFirst.get(hf)
		st.byFirst.set(hf, int32(j+1))
	}
	st.memo, st.linkedDone = st.memo[:0], false
	for range cs {
		st.memo = append(st.memo, groupMemo{})
	}
	// Short forms: a surname stands for the person named in full, the first
	// word of « X AI » or « X Electric » for the company, an acronym in
	// parentheses for the name before it.
	for i := range cs {
		s := &cs[i]
		if s.alias > 0 && !st.strongLex(s) {
			// A person has no acronym: « Adrien Dolimont (MR) » names
			// his party.
			if argmax(&cs[s.alias-1].score) != Person {
				s.link = s.alias
			} else if s.lex.Len() == 0 && st.units[s.a].flags&token.AllCaps != 0 {
				s.score[Org] += wApposition
				s.ctx[Org] += wApposition
			}
			continue
		}
		// « de Montchalin » stands for Amélie de Montchalin too, and so
		// does a surname the lexicon knows (« De Meo », « Le Maire »).
		particle := s.b-s.a == 2 && !st.units[s.a].is(fCap) && st.is(s.a, lexicon.Particle)
		surname := s.lex.Len() > 0 && s.lex.Flags(0)&lexicon.Surname != 0
		if s.b-s.a != 1 && !particle && !surname || st.strongLex(s) {
			continue
		}
		// The full form a short form stands for depends on its key only:
		// found once per key, so that a name repeated n times costs n,
		// not n².
		if k, ok := st.linkMemo.get(s.hash); ok {
			s.link = int(k)
			continue
		}
		best, other := -1, false
		consider := func(j int, ok bool) {
			if ok && s.head && best >= 0 && cs[j].hash != cs[best].hash {
				other = true // two institutions with this head: no short form
			}
			if ok && (best < 0 || cs[j].b-cs[j].a > cs[best].b-cs[best].a ||
				cs[j].b-cs[j].a == cs[best].b-cs[best].a && j < best) {
				best = j
			}
		}
		kl, _ := st.byLast.get(st.units[s.b-1].hash)
		for k := kl; k != 0; k = st.nextLast[k-1] {
			j := int(k - 1)
			l := &cs[j]
			consider(j, j != i && l.b-l.a > s.b-s.a && l.link == 0 && argmax(&l.score) == Person && st.memoType(j) == Person)
		}
		kf, _ := st.byFirst.get(s.hash)
		for k := kf; k != 0 && !particle; k = st.nextFirst[k-1] {
			j := int(k - 1)
			l := &cs[j]
			switch argmax(&l.score) {
			case Company, Org, Product, Event:
				consider(j, l.link == 0 && (st.suffixTail(l.a+1, l.b) || s.head && st.units[l.a].is(fCap)))
			}
		}
		if best >= 0 && !other {
			s.link = best + 1
		}
		st.linkMemo.set(s.hash, int32(s.link))
	}
	// « Le Goff » for Blandine Le Goff: the article that the surname keeps
	// in the full form belongs to the short form too, even where it starts
	// a sentence.
	for i := range cs {
		s := &cs[i]
		if s.link == 0 || s.b-s.a != 1 || s.a == 0 {
			continue
		}
		l := &cs[s.link-1]
		p := s.a - 1
		// (Likewise « De Meo » for Luca de Meo, at the start of a sentence.)
		lead := st.is(p, lexicon.Article) || st.is(p, lexicon.Particle) && st.units[p].is(fCap)
		if l.b-l.a < 3 || !lead || st.units[p].hash != st.units[l.b-2].hash ||
			i > 0 && cs[i-1].b > p || st.units[s.a].flags&token.SpaceBefore == 0 {
			continue
		}
		s.a = p
	}
	// « von der Leyen » for Ursula von der Leyen: the lower-case foreign
	// particles that the full form has before its last word belong to the
	// short form too.
	for i := range cs {
		s := &cs[i]
		if s.link == 0 || s.b-s.a != 1 || s.a == 0 || st.units[s.a].flags&token.SpaceBefore == 0 {
			continue
		}
		l := &cs[s.link-1]
		for q := l.b - 2; s.a > 0 && q > l.a; q-- {
			p := s.a - 1
			if !st.is(p, lexicon.Foreign) || st.units[p].is(fCap) || st.units[p].hash != st.units[q].hash || i > 0 && cs[i-1].b > p {
				break
			}
			s.a = p
		}
	}
	// One type per name: the evidence of every mention of the same key.
	// The links are final now: start the memo afresh.
	clear(st.memo)
	for i := range cs {
		if cs[i].link != 0 {
			continue
		}
		cs[i].typ = st.memoType(i)
	}
	for i := range cs {
		if cs[i].link == 0 {
			continue
		}
		j := cs[i].link - 1
		for depth := 0; cs[j].link != 0 && depth < 4; depth++ {
			j = cs[j].link - 1
		}
		cs[i].typ = cs[j].typ
		if cs[i].typ == 0 {
			cs[i].typ = st.memoType(j)
		}
	}
	st.versions()
	st.seats()
	st.subsidiaries()
	// Drop what has no evidence but the default at a weak position, and
	// ambiguous lexicon names that nothing supports.
	for i := range cs {
		c := &cs[i]
		if c.head && c.link == 0 || c.title && c.link == 0 && st.group(i).onlyDefault {
			c.drop = true
			continue
		}
		if c.link != 0 {
			continue
		}
		if c.lex.Len() > 0 {
			if !st.strongLex(c) && !st.supportedMemo(i) && !st.group(i).mid && !(c.b-c.a > 1 && st.dottedAfter(c.b-1)) && !st.standsAlone(c.a, c.b, c.lex) && !st.articleName(c) {
				c.drop = true
			}
			continue
		}
		g := st.group(i)
		if c.b-c.a == 1 && g.allWeak && g.clues <= wPrep {
			// At a sentence start, a preposition or a list is not clue
			// enough: « VENTE AUX ENCHÈRES ».
			c.drop = true
			continue
		}
		if g.onlyDefault {
			u := &st.units[c.a]
			// An unknown acronym with no clue is more often a term (RGPD,
			// PME, ESG) than a body the lexicon lacks: left out.
			// A letter and a digit (ligne C4, H0) is a code.
			// A lone capital letter is a unit, a grade or an initial.
			acronym := u.flags&token.AllCaps != 0 && !u.is(fDigit) || u.is(fDigit) && u.End-u.Start == 2 || u.End-u.Start == 1
			if c.b-c.a == 1 && (st.allWeak(i) || st.lowerCase(u.hash) || acronym) {
				c.drop = true
			}
		}
	}
}

// versions extends a product, chip or event name over the version number
// or year that follows it (« le modèle Falcon 3 de TII », « les puces
// Exynos 2500 », « VivaTech 2025 »): up to four digits, then punctuation,
// a particle or a capitalized word, never a lower-case word that could be
// what the number counts.
func (st *state) versions() {
	us := st.units
	for i := range st.cands {
		c := &st.cands[i]
		if c.drop || c.typ == 0 || c.b >= len(us) {
			continue
		}
		v := &us[c.b]
		if v.kind != token.Number || v.flags&token.SpaceBefore == 0 || v.End-v.Start > 5 || !isVersion(st.text(c.b)) {
			continue
		}
		if i+1 < len(st.cands) && st.cands[i+1].a <= c.b {
			// A brand and a model led by a number, one product:
			// « Renault 5 E-Tech », « Atlas 950 SuperPoD ».
			d := &st.cands[i+1]
			if d.a == c.b && d.b > d.a+1 && d.lex.Len() == 0 && d.link == 0 && (c.typ == Company || c.typ == Product || c.typ == Chip) {
				c.b, d.drop = d.b, true
				if c.typ == Company {
					c.typ, c.lex = Product, lexicon.Entries{}
				}
			}
			continue
		}
		// An unknown name with no clue but the default, then a number
		// of one to three digits that counts nothing: a title and its
		// number, a product (« les précommandes d’Anno 117, »).
		unknown := c.lex.Len() == 0 && c.link == 0 && (c.typ == Company || c.typ == Person || c.typ == Place) && v.End-v.Start <= 3 && isDigits(st.text(c.b)) &&
			c.b-c.a <= 2 && st.group(i).onlyDefault
		if c.typ != Product && c.typ != Chip && c.typ != Event && !unknown {
			continue
		}
		if n := c.b + 1; n < len(us) && isDigits(st.text(c.b)) && us[n].kind == token.Word && !us[n].is(fCap) && !st.complement(n) && !st.coordinator(n) && !st.is(n, lexicon.Prep) &&
			(plural(st.text(n)) || st.text(c.b) == "1") {
			// A plural noun after the number is what it counts (« Vega 3
			// milliards de fois »); a verb is not (« Geekbench 6
			// progresse », « Atlas 950 atteindraient »).
			continue
		}
		if unknown {
			if n := c.b + 1; n < len(us) && (us[n].kind == token.Symbol || us[n].kind == token.Number || us[n].kind == token.Word && !us[n].is(fCap)) {
				continue // « Kalyx 12 % », « Kalyx 3 millions »…
			}
			c.typ = Product
		}
		c.b++
		// Model tiers after the version: « iPhone 16 Pro Max ».
	}
	for i := range st.cands {
		if c := &st.cands[i]; !c.drop && c.b < len(us) {
			st.tiers(i)
		}
	}
}

// plural reports whether the lower-case word w ends like a French plural
// noun or adjective (-s, -x), which a verb of the third person does not.
func plural(w string) bool {
	return len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x')
}

// tiers extends product candidate i that ends in a model number over the
// tier words of the candidate right after it: « l’iPhone 16 Pro Max ».
func (st *state) tiers(i int) {
	c := &st.cands[i]
	if c.typ != Product || i+1 >= len(st.cands) || !st.units[c.b-1].is(fDigit) && st.units[c.b-1].kind != token.Number {
		return
	}
	d := &st.cands[i+1]
	if d.a != c.b || d.lex.Len() > 0 || d.link != 0 || d.b-d.a > 3 {
		return
	}
	for j := d.a; j < d.b; j++ {
		if !st.is(j, lexicon.Tier) {
			return
		}
	}
	c.b, d.drop = d.b, true
}

// seats makes one ORG of a court or public hospital and the place it is
// named after (« le tribunal judiciaire de Paris », « la cour d’appel de
// Douai », « le CHU de Nantes »): a noun of the trigger class seat, up to
// three lower-case words, then « de », « du » or « d’ » and the place.
func (st *state) seats() {
	us := st.units
	for i := range st.cands {
		c := &st.cands[i]
		if c.drop || c.typ != Place || c.link != 0 || c.a < 2 {
			continue
		}
		if k := c.a - 1; us[k].is(fCap) || !st.keyIs(k, "de") && !st.keyIs(k, "du") && !st.keyIs(k, "d'") {
			continue
		}
		seat := -1
		for k := c.a - 2; k >= 0 && k >= c.a-5; k-- {
			if st.is(k, lexicon.Seat) {
				seat = k
				break
			}
			if us[k].kind != token.Word || us[k].is(fCap) || us[k].flags&token.LineStart != 0 {
				break
			}
		}
		if seat < 0 {
			continue
		}
		if i > 0 {
			if p := &st.cands[i-1]; !p.drop && p.b > seat {
				if p.a != seat || p.b != seat+1 {
					continue
				}
				p.drop = true // « CHU » alone
			}
		}
		c.a, c.typ, c.lex = seat, Org, lexicon.Entries{}
	}
}

// subsidiaries makes one COMPANY of a company and the country name right
// after it, its national subsidiary: « Microsoft France », « Sony
// Interactive Entertainment France ».
func (st *state) subsidiaries() {
	us := st.units
	for i := 0; i+1 < len(st.cands); i++ {
		c, d := &st.cands[i], &st.cands[i+1]
		if c.drop || d.drop || c.typ != Company || d.typ != Country || d.a != c.b || d.b != d.a+1 || c.link != 0 ||
			us[d.a].flags&(token.SpaceBefore|token.LineStart) != token.SpaceBefore || !us[d.a].is(fCap) || us[d.a].flags&token.AllCaps != 0 {
			continue
		}
		c.b, c.lex, d.drop = d.b, lexicon.Entries{}, true
	}
}

// isVersion reports whether s is a version number or a year: up to four
// digits, or digits, a dot and one or two digits (3.2, 4.5, 5.0), a form
// that French never gives a quantity, whose decimal mark is the comma and
// whose thousands are grouped by three.
func isVersion(s string) bool {
	if len(s) <= 4 && isDigits(s) {
		return true
	}
	dot := strings.IndexByte(s, '.')
	return dot > 0 && dot <= 2 && len(s)-dot-1 >= 1 && len(s)-dot-1 <= 2 && isDigits(s[:dot]) && isDigits(s[dot+1:])
}

// midSentence reports whether some mention with the key of candidate i
// is capitalized in the middle of a sentence, outside a title-case line,
// and does not start with a given name: there the capital marks a name
// (« les pays du Golfe », « des équipements d’Oracle »), where the same
// word at a sentence start or in a headline may be a common word.
func (st *state) midSentence(i int) bool {
	for j := st.cands[i].lead; j >= 0; j = st.cands[j].next {
		c := &st.cands[j]
		u := &st.units[c.a]
		if c.link == 0 && u.is(fCap) && !u.is(fWeak|fHeadline|fLineHead) && st.firstName(c.a) == 0 {
			return true
		}
	}
	return false
}

// strongLex reports whether the candidate is a lexicon name on its own
// (not an ambiguous one), which short-form linking must not override.
func (st *state) strongLex(c *cand) bool {
	return c.lex.Len() > 0 && c.lex.Flags(0)&lexicon.Ambiguous == 0
}

// suffixTail reports whether units [a,b) are company suffixes (AI, SA).
func (st *state) suffixTail(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := has(st.triggers(k), lexicon.Suffix); !ok {
			return false
		}
	}
	return b > a
}

// groupMemo caches what resolve computes over all the mentions of one key,
// by the index of the key's first mention, so that it is computed once per
// name rather than once per mention.
type groupMemo struct {
	typed, grouped bool
	typ            Type
	ctx            bool // some mention has evidence beyond the default
	allWeak        bool
	clues          int
	onlyDefault    bool
	linkedTo       bool // some short form stands for this candidate
	mid            bool // some mention is capitalized mid-sentence (midSentence)
}

// memoType returns groupType for the key of candidate i, computed once per
// key. The mentions of one key never link to each other, so the type does
// not depend on which of them asks.
func (st *state) memoType(i int) Type {
	m := &st.memo[st.cands[i].lead]
	if !m.typed {
		m.typ, m.typed = st.groupType(int(st.cands[i].lead)), true
	}
	return m.typ
}

// group returns the memo of the key of candidate i with its group facts.
func (st *state) group(i int) *groupMemo {
	m := &st.memo[st.cands[i].lead]
	if !m.grouped {
		m.grouped = true
		m.allWeak = st.allWeak(i)
		m.clues = st.groupClues(i)
		m.onlyDefault = st.onlyDefault(i)
		m.ctx = st.groupContext(i)
		m.mid = st.midSentence(i)
	}
	return m
}

// supportedMemo is supported computed with the memo: candidate i is the
// full form of a short form, or some mention of its key has context or
// shape evidence beyond the default.
func (st *state) supportedMemo(i int) bool {
	if !st.linkedDone {
		st.linkedDone = true
		for j := range st.cands {
			if l := st.cands[j].link; l != 0 {
				st.memo[l-1].linkedTo = true
			}
		}
	}
	return st.memo[i].linkedTo || st.group(i).ctx
}

// groupType returns the type with the most evidence over every candidate
// whose key is that of candidate i; ties go to the lower Type.
func (st *state) groupType(i int) Type {
	var sum [Event + 1]int
	for j := st.cands[i].lead; j >= 0; j = st.cands[j].next {
		c := &st.cands[j]
		if c.link != 0 {
			// A mention that stands for a full form votes for its type
			// (« du FMI » after « Fonds monétaire international (FMI) »).
			if t := argmax(&st.cands[c.link-1].score); t != 0 && c.link-1 != i {
				sum[t] += wLexicon
			}
			continue
		}
		for t := Person; t <= Event; t++ {
			sum[t] += int(c.score[t])
		}
	}
	best := Type(0)
	for t := Person; t <= Event; t++ {
		if sum[t] > 0 && (best == 0 || sum[t] > sum[best]) {
			best = t
		}
	}
	return best
}

func argmax(s *[Event + 1]int16) Type {
	best := Type(0)
	for t := Person; t <= Event; t++ {
		if s[t] > 0 && (best == 0 || s[t] > s[best]) {
			best = t
		}
	}
	return best
}

// groupContext reports whether some mention with the key of candidate i
// has context or shape evidence beyond the default.
func (st *state) groupContext(i int) bool {
	for j := st.cands[i].lead; j >= 0; j = st.cands[j].next {
		c := &st.cands[j]
		for t := Person; t <= Event; t++ {
			if c.ctx[t] > wDefault {
				return true
			}
		}
	}
	return false
}

// groupClues returns the context and shape evidence of every mention with
// the key of candidate i, the default left out.
func (st *state) groupClues(i int) int {
	n := 0
	for j := st.cands[i].lead; j >= 0; j = st.cands[j].next {
		c := &st.cands[j]
		if c.link != 0 || c.lex.Len() > 0 {
			return 1 << 20
		}
		n += clues(&c.ctx) - wDefault
	}
	return n
}

// allWeak reports whether every mention with the key of candidate i starts
// at a position where French capitalizes any word.
func (st *state) allWeak(i int) bool {
	for j := st.cands[i].lead; j >= 0; j = st.cands[j].next {
		if !st.units[st.cands[j].a].is(fWeak) {
			return false
		}
	}
	return !(st.cands[i].b-st.cands[i].a == 1 && st.midCap(st.cands[i].hash))
}

// onlyDefault reports whether every mention with the key of candidate i
// has no evidence but the default.
func (st *state) onlyDefault(i int) bool {
	for j := st.cands[i].lead; j >= 0; j = st.cands[j].next {
		c := &st.cands[j]
		total := 0
		for t := Person; t <= Event; t++ {
			total += int(c.ctx[t]) // the statistical vote left out
		}
		if total > wDefault || c.lex.Len() > 0 || c.link != 0 {
			return false
		}
	}
	return true
}

// emit builds the entities.
func (st *state) emit() []Entity {
	n := 0
	for i := range st.cands {
		if !st.cands[i].drop && st.cands[i].typ != 0 {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Entity, 0, n)
	last := -1
	for i := range st.cands {
		c := &st.cands[i]
		if c.drop || c.typ == 0 {
			continue
		}
		start, end := st.span(c)
		if start < last || end <= start || !utf8.ValidString(st.src[start:end]) {
			continue // never a span over the invalid bytes the tokenizer skipped
		}
		last = end
		e := Entity{Span: token.Span{Start: start, End: end}, Text: st.src[start:end], Type: c.typ}
		e.ID, e.Canonical = st.identity(i)
		if !utf8.ValidString(e.Canonical) {
			e.Canonical = collapseSpace(e.Text) // a full form over skipped bytes
		}
		out = append(out, e)
	}
	return out
}

// identity returns the id and canonical name of candidate i: those of its
// lexicon reading of the chosen type, or of the full form it stands for,
// or its own text.
func (st *state) identity(i int) (id, canonical string) {
	c := &st.cands[i]
	for depth := 0; c.link != 0 && depth < 4; depth++ {
		c = &st.cands[c.link-1]
	}
	for k := range c.lex.Len() {
		if Type(c.lex.Type(k)) == c.typ {
			e := c.lex.At(k)
			return e.ID, e.Canonical
		}
	}
	start, end := st.span(c)
	return "", collapseSpace(st.src[start:end])
}

// articleName reports whether candidate c is a lexicon name that starts
// with its article and capitalizes the word after it (« Le Chat a
// dépassé… » at a sentence start): French writes the common noun in lower
// case there (« Le chat »), so that the capital is the name's.
func (st *state) articleName(c *cand) bool {
	return c.b-c.a >= 2 && st.is(c.a, lexicon.Article) && st.units[c.a+1].is(fCap) &&
		st.units[c.a+1].flags&token.SpaceBefore != 0 && !st.units[c.a].is(fHeadline)
}

// span returns the byte span of candidate c: that of its units, but for
// the period of an initial alone (« le compte X. »), which ends a
// sentence.
func (st *state) span(c *cand) (start, end int) {
	start, end = st.units[c.a].Start, st.units[c.b-1].End
	if c.b-c.a == 1 && st.initial(c.a) {
		end--
	}
	return start, end
}

// collapseSpace returns s with each run of white space as one ASCII space.
func collapseSpace(s string) string {
	clean := true
	prevSpace := false
	for _, r := range s {
		sp := r == ' '
		if r != ' ' && (r == '\u00a0' || r == '\u202f' || r == '\t' || r == '\n' || r == '\r' || r == '\u2009') {
			clean = false
			break
		}
		if sp && prevSpace {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u202f', '\u2009':
			return ' '
		}
		return r
	}, s)), " ")
}
