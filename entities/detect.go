package entities

import (
	"strings"

	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/extract/token"
)

// cand is a candidate mention: units [a,b).
type cand struct {
	a, b  int
	lex   lexicon.Entries  // readings of the whole span, if the lexicon has it
	brand bool             // a known brand followed by a product name: Nvidia DGX B200
	by    bool             // an author's name in a byline: Par Jeanne Roux et Paul Mas
	head  bool             // a head word alone, kept only as a short form: l’Autorité
	title bool             // a work's title in quotes with no clue: « Squid Game »
	alias int              // index+1 of the candidate this acronym abbreviates, or 0
	score [Event + 1]int16 // all the evidence, lexicon included
	ctx   [Event + 1]int16 // the evidence from context and shape alone
	hash  uint64           // hash of the span's key
	lead  int32            // the first candidate with the same key (set by resolve)
	next  int32            // the next candidate with the same key, or -1
	link  int              // index+1 of the full form this short form stands for, or 0
	typ   Type
	drop  bool
}

// detect finds the candidate mentions, left to right, without overlaps.
func (st *state) detect() {
	us := st.units
	st.markZones()
	for i := 0; i < len(us); {
		u := &us[i]
		// Most units are lower-case words that start no name: told apart
		// here without the call (canStart gives the same answer).
		if u.kind == token.Punct || u.kind == token.Symbol || u.kind == token.Word && u.f&fCap == 0 && st.t.extra == nil && !st.x.MaybeLowerStart(u.hash) {
			i++
			continue
		}
		if !st.canStart(i) {
			i++
			continue
		}
		if r := st.byline(i); r > i {
			st.cands = append(st.cands, cand{a: i, b: r, by: true})
			i = r
			continue
		}
		lend, les := st.lexMatch(i)
		if les.Len() > 0 && st.lexWeakOnly(i, lend, les) {
			lend, les = i, lexicon.Entries{}
		}
		if les.Len() == 0 {
			// Articles, titles and common words are not names on their own.
			trs := st.triggers(i)
			if _, ok := has(trs, lexicon.Article); ok && !u.is(fUpperIn) {
				// A capitalized article in the middle of a sentence belongs
				// to the name it precedes: « selon Le Monde », « son
				// chatbot Le Chat ».
				if u.is(fCap) && !u.is(fWeak) && !u.is(fElided) && st.capWord(i+1) && us[i+1].flags&token.SpaceBefore != 0 {
					if r := st.run(i + 1); r > i+1 {
						st.cands = append(st.cands, cand{a: i, b: r})
						i = r
						continue
					}
				}
				i++
				continue
			}
			if r, ok := st.regionBody(i); ok {
				// « la Région Bretagne »: the regional council.
				c := cand{a: i, b: r}
				c.ctx[lexicon.Org] += wHead + wSuffix
				st.cands = append(st.cands, c)
				i = r
				continue
			}
			if st.isTitle(i) || st.isCommon(i) && !st.stopNamed(i) {
				i++
				continue
			}
			if !u.is(fCap) && u.kind != token.Number {
				i++
				continue
			}
		}
		rend := i
		switch {
		case u.is(fCap) && u.kind != token.Number:
			rend = st.run(i)
		case u.kind == token.Number && les.Len() == 0:
			if !st.numberName(i) {
				i++
				continue
			}
			rend = st.run(i + 1)
		}
		if les.Len() == 0 && st.headType(i) != 0 {
			rend = st.acronymExtension(i, rend)
		}
		if les.Len() == 0 && rend == i+1 && st.headType(i) != 0 && st.stopword(i) != 0 {
			// A head word alone is a common noun (« le Sommet a réuni… »),
			// or, capitalized mid-sentence, the short form of the
			// institution the text names in full (« l’Autorité »).
			if !u.is(fWeak) {
				st.cands = append(st.cands, cand{a: i, b: i + 1, head: true})
			}
			i++
			continue
		}
		var c cand
		switch {
		case les.Len() > 0 && rend <= lend:
			c = cand{a: i, b: lend, lex: les}
		case les.Len() > 0:
			// The run goes on after a lexicon name.
			t := les.Type(0)
			switch {
			case st.isSuffix(rend - 1):
				c = cand{a: i, b: rend} // Kerala Partners is a firm
			case (t == lexicon.Company || t == lexicon.Product || t == lexicon.Chip) && st.productTail(lend, rend):
				c = cand{a: i, b: rend, brand: true}
			case lend-i == 1 && les.Flags(0)&lexicon.Ambiguous != 0:
				c = cand{a: i, b: rend}
			case t == lexicon.Person && st.is(lend, lexicon.Foreign):
				c = cand{a: i, b: rend} // Tahnoun bin Zayed Al Nahyan
			case t == lexicon.Person && lend-i >= 2 && rend-lend == 1 && us[lend].flags&token.AllCaps == 0 && st.lexType(lend) == 0:
				// A second surname: « Delphine Ernotte Cunci ».
				c = cand{a: i, b: rend}
				c.ctx[lexicon.Person] += wLexicon
			case lend-i == 1 && (t == lexicon.Place || t == lexicon.Country) && (st.firstName(i) != 0 || st.surnameAt(lend, rend)):
				c = cand{a: i, b: rend} // Kent Walker, Florence Parly: a person
			case t == lexicon.Event && les.Flags(0)&lexicon.Ambiguous == 0:
				// An event and its edition's place: « Gitex Africa »,
				// « GTC Paris ».
				c = cand{a: i, b: rend}
				c.ctx[lexicon.Event] += wLexicon
			default:
				c = cand{a: i, b: lend, lex: les}
			}
		default:
			if rend-i == 1 && isGrade(st.text(i)) {
				// A funding round or a rating (« série A », « note AA- »,
				// « A+ »); X, Q or F may be names (« le réseau X »).
				i++
				continue
			}
			if tr, ok := has(st.triggers(rend-1), lexicon.Suffix); ok && tr.Type == 0 && rend-i > 1 && us[rend-1].is(fCap) {
				i = rend // a law: « Digital Markets Act » is no entity
				continue
			}
			if u.is(fWeak) && st.rubric(i, rend) {
				i++ // « CLÔTURE PARIS : … »: a rubric before a dateline
				continue
			}
			if u.is(fWeak) && !st.evidence(i) && !st.isSuffix(rend-1) && !st.weakRunName(i, rend) {
				st.skipped = append(st.skipped, i)
				i++
				continue
			}
			c = cand{a: i, b: rend}
		}
		if c.b <= c.a {
			i++
			continue
		}
		// « Mme de Montchalin »: after M. or Mme, the particle belongs to
		// the surname.
		if c.a >= 2 && (c.lex.Len() == 0 || c.lex.Type(0) == lexicon.Person) && (st.keyIs(c.a-1, "de") || st.keyIs(c.a-1, "d'")) &&
			!us[c.a-1].is(fCap) && st.isTitle(c.a-2) && (us[c.a-2].flags&token.Abbrev != 0 || st.keyIs(c.a-2, "mme") || st.keyIs(c.a-2, "mlle")) {
			c.a, c.lex = c.a-1, lexicon.Entries{}
		}
		st.cands = append(st.cands, c)
		i = c.b
		// « Name (ACRONYM) »: the acronym is a mention of its own.
		if i+2 < len(us) && st.text(i) == "(" && st.text(i+2) == ")" && us[i+1].kind == token.Word && st.acronymOf(i+1, c.a, c.b) {
			ac := cand{a: i + 1, b: i + 2, alias: len(st.cands)}
			if end, es := st.lexMatch(i + 1); es.Len() > 0 && end == i+2 {
				ac.lex = es
			}
			st.cands = append(st.cands, ac)
			i += 3
		}
	}
	st.recoverSkipped()
}

// byline returns the end of the author's name that starts at unit i in a
// byline, or i: a line that starts with « Par », then names of two to four
// capitalized words joined by « et » and ended by the line, a comma, a
// dash or a pipe (« Par Aude Roux-Mercier, Lausanne », « Par Jean Dupuis
// et Léa Martin – 3 mars »). A given name that is also a place or a
// demonym (Aude, Romain) is no clue against a byline.
func (st *state) byline(i int) int {
	us := st.units
	if i == 0 || us[i].kind != token.Word || !us[i].is(fCap) || us[i].flags&token.LineStart != 0 {
		return i
	}
	p := i - 1
	switch {
	case st.keyIs(p, "par") && us[p].is(fCap) && us[p].flags&token.LineStart != 0:
	case st.keyIs(p, "et") && !us[p].is(fCap) && len(st.cands) > 0 && st.cands[len(st.cands)-1].by && st.cands[len(st.cands)-1].b == p:
	default:
		return i
	}
	r := i
	for r < len(us) && r-i < 4 && us[r].kind == token.Word && us[r].is(fCap) && (r == i || us[r].flags&(token.SpaceBefore|token.LineStart) == token.SpaceBefore) {
		r++
	}
	if r-i < 2 {
		return i
	}
	if r < len(us) && us[r].flags&token.LineStart == 0 {
		switch st.text(r) {
		case ",", "–", "—", "|", "-":
		default:
			if !st.keyIs(r, "et") || us[r].is(fCap) {
				return i
			}
		}
	}
	return r
}

// acronymLike reports whether unit i starts with two capitals (FMI,
// ONBTC, CNNum).
func (st *state) acronymLike(i int) bool {
	t := st.text(i)
	return len(t) >= 2 && 'A' <= t[0] && t[0] <= 'Z' && 'A' <= t[1] && t[1] <= 'Z'
}

// acronymOf reports whether unit k may be the acronym of the name of units
// [a,b): it starts with two capitals (FMI, ONBTC, CNNum), or, as the
// French press writes acronyms, it is a capitalized word of three letters
// or more whose letters are initials of the name's words, in order, from
// the first (« Centre national d’études des télécommunications (Cnet) »,
// « Agence nationale de la sécurité des systèmes d’information
// (Anssi) »).
func (st *state) acronymOf(k, a, b int) bool {
	if st.acronymLike(k) {
		return true
	}
	u := &st.units[k]
	if !u.is(fCap) || u.is(fDigit) || u.End-u.Start < 3 || b-a < 3 {
		return false
	}
	acr := st.key(k)
	n := 0 // letters of acr matched
	for j := a; j < b && n < len(acr); j++ {
		v := &st.units[j]
		if v.kind != token.Word || v.is(fElided) || st.is(j, lexicon.Particle) || st.is(j, lexicon.Article) {
			continue
		}
		w := st.key(j)
		if len(w) == 0 {
			continue
		}
		if w[0] == acr[n] {
			n++
		} else if n == 0 {
			return false // the first word gives the first letter
		}
	}
	return n == len(acr)
}

// isSuffix reports whether unit i is a name suffix (AI, Partners, Council).
func (st *state) isSuffix(i int) bool {
	_, ok := has(st.triggers(i), lexicon.Suffix)
	return ok && st.units[i].is(fCap)
}

// acronymExtension extends an institution name that ends at r over a
// lower-case complement when an acronym in parentheses closes it: in
// « Agence nationale des données spatiales (ANDS) » the acronym vouches for
// the words before it. It returns the new end, or r.
func (st *state) acronymExtension(a, r int) int {
	us := st.units
	for k := r; k < len(us) && k-r < 8; k++ {
		v := &us[k]
		if v.flags&token.LineStart != 0 {
			return r
		}
		if st.text(k) == "(" {
			if k > r && k+2 < len(us) && st.text(k+2) == ")" && st.acronymOf(k+1, a, k) && !st.complement(k-1) && !st.is(k-1, lexicon.Particle) {
				return k
			}
			return r
		}
		if v.kind != token.Word || v.is(fCap) && !st.isCommon(k) {
			return r
		}
		if _, brk := has(st.triggers(k), lexicon.Break); brk && !st.complement(k) && !st.preposition(k) {
			return r
		}
	}
	return r
}

// recoverSkipped adds the words skipped at the start of a sentence for want of
// evidence that the document then names in full elsewhere: « Dupuis » at
// the start of a sentence after « Jean Dupuis », « Quantix » after
// « Quantix AI ».
func (st *state) recoverSkipped() {
	if len(st.skipped) == 0 {
		return
	}
	n := len(st.cands)
	// The last words of the names of two words or more, and the first
	// words of those that end in a suffix, in one set (the first words
	// with their hash flipped), so that each skipped word costs one
	// lookup.
	st.words.init()
	for j := 0; j < n; j++ {
		c := &st.cands[j]
		if c.b-c.a < 2 {
			continue
		}
		st.words.add(st.units[c.b-1].hash)
		if st.isSuffix(c.b - 1) {
			st.words.add(lowerHash(st.units[c.a].hash))
		}
	}
	for _, i := range st.skipped {
		if h := st.units[i].hash; st.words.has(h) || st.words.has(lowerHash(h)) {
			st.cands = append(st.cands, cand{a: i, b: i + 1})
		}
	}
	if len(st.cands) > n {
		slices.SortFunc(st.cands, func(x, y cand) int { return x.a - y.a })
		// Aliases point into the list by index: renumber them. The
		// candidates do not overlap, so their ends are sorted too.
		for k := range st.cands {
			if st.cands[k].alias > 0 {
				end := st.cands[k].a - 1 // the name ends at « ( »
				if m, ok := slices.BinarySearchFunc(st.cands[:k], end, func(c cand, e int) int { return c.b - e }); ok {
					st.cands[k].alias = m + 1
				}
			}
		}
	}
}

// weakRunName reports whether a capitalized run [a,r) whose first word
// stands where French capitalizes anyway is a name as a whole
// (« Quantum Circuits dévoile… »), rather than a capitalized word before a
// name (« Baptisé Stargate », « Côté Nvidia »): it has two words or more,
// its first word is no trigger word, and no known name or given name
// starts at its second word.
func (st *state) weakRunName(a, r int) bool {
	if r-a < 2 || st.units[a+1].flags&token.SpaceBefore == 0 {
		return false
	}
	if len(st.triggers(a)) > 0 {
		return false
	}
	if st.firstName(a+1) != 0 {
		return false
	}
	if _, es := st.lexMatch(a + 1); es.Len() > 0 {
		return false
	}
	return true
}

// rubric reports whether unit a, first of the upper-case run [a,r) at a
// weak position, is a rubric word before a known name (« CLÔTURE PARIS :
// le CAC 40… », « EXCLUSIF BERLIN »): a word the lexicon does not know,
// looking like an acronym only because it is shouted.
func (st *state) rubric(a, r int) bool {
	if r-a < 2 {
		return false
	}
	for k := a; k < r; k++ {
		if st.units[k].flags&token.AllCaps == 0 {
			return false
		}
	}
	if st.units[a].End-st.units[a].Start < 5 {
		return false // a short acronym may lead a name: « BNP PARIBAS »
	}
	_, es := st.lexMatch(a + 1)
	return es.Len() > 0
}

// canStart reports whether a mention may start at unit i.
func (st *state) canStart(i int) bool {
	u := &st.units[i]
	switch u.kind {
	case token.Word:
		if st.zone != nil && st.zone[i] && !st.knownAcronym(i) {
			return false
		}
		if i > 0 && u.flags&token.SpaceBefore == 0 && st.units[i-1].kind == token.Number {
			return false // a unit glued to its number: 1GW, 10Md
		}
		if i > 0 && st.units[i-1].kind == token.Number && u.flags&(token.Capitalized|token.AllCaps) == 0 {
			// A unit after its number (400 kV, 20 mWh), unless the
			// lexicon has it (2 iPhone).
			return st.x.MaybeLowerStart(u.hash) && st.x.LowerStartHash(u.hash, st.key(i))
		}
		return u.is(fCap) || st.x.MaybeLowerStart(u.hash) && st.x.LowerStartHash(u.hash, st.key(i)) || st.t.extra != nil
	case token.URL:
		return u.is(fCap) || u.is(fDomain) && st.hasUpper(i)
	case token.Number:
		// « 20 Minutes »: through the lexicon, or a small number before a
		// capitalized word that French would not capitalize otherwise.
		return st.x.IsPrefix(st.key(i)) || st.numberName(i)
	}
	return false
}

// knownAcronym reports whether unit i is an acronym the lexicon knows
// (« le secrétaire général de l’ONU »): a portfolio is never written in
// capitals, so that such a word in a title's portfolio zone is a name.
func (st *state) knownAcronym(i int) bool {
	u := &st.units[i]
	return u.flags&token.AllCaps != 0 && u.End-u.Start >= 2 && st.namesHash(u.hash, st.key(i)).Len() > 0
}

// numberName reports whether the number at unit i starts a name: one to
// three digits, in the middle of a sentence, then a capitalized word that
// is no stop word, no common word and no known name (« 20 Minutes »,
// « 3 Suisses »; not « 27 États », « 14 Juillet », « 2 Français »).
func (st *state) numberName(i int) bool {
	u := &st.units[i]
	if u.is(fWeak) || u.End-u.Start > 3 || !isDigits(st.text(i)) || i+1 >= len(st.units) {
		return false
	}
	v := &st.units[i+1]
	if v.kind != token.Word || v.flags&(token.Capitalized|token.AllCaps) == 0 || v.flags&token.SpaceBefore == 0 || v.flags&token.LineStart != 0 {
		return false // « 400 kV » is a quantity
	}
	if v.flags&token.HasDigit != 0 || v.End-v.Start < 2 {
		return false // « 60 A320neo »: a count of a model; « 15 W »: a unit
	}
	return !st.isCommon(i+1) && !st.isTitle(i+1) && st.namesHash(st.units[i+1].hash, st.key(i+1)).Len() == 0 && v.flags&token.AllCaps == 0
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func (st *state) hasUpper(i int) bool {
	for _, r := range st.text(i) {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lexWeakOnly reports whether a lexicon match is too weak to stand: an
// ambiguous single word at a position where French capitalizes anyway
// (« Maurice », « Tours » at the start of a sentence) with no other sign.
func (st *state) lexWeakOnly(a, b int, es lexicon.Entries) bool {
	if es.Flags(0)&lexicon.Ambiguous == 0 {
		return false
	}
	u := &st.units[a]
	if !u.is(fCap) && !u.is(fUpperIn) {
		return true
	}
	if u.is(fWeak) && b-a == 1 && !st.midCap(u.hash) && !st.dottedAfter(b) {
		return !st.standsAlone(a, b, es)
	}
	return false
}

// standsAlone reports whether units [a,b), read by the lexicon as es but
// where French capitalizes anyway (a sentence start, a headline) or with
// no full name in the text to explain them, are the name all the same: a
// surname of the lexicon (« Macron annonce… », « De Meo laisse… ») or a
// firm's name that is also a common word (« Carrefour ferme… »), when the
// text never writes the last word in lower case (« Page ») and a verb
// follows.
func (st *state) standsAlone(a, b int, es lexicon.Entries) bool {
	surname := es.Flags(0)&lexicon.Surname != 0
	firm := es.Type(0) == lexicon.Company && b-a == 1 && st.units[a].End-st.units[a].Start >= 4 && st.stopword(a) == 0
	if !surname && !firm || st.lowerCase(st.units[b-1].hash) {
		return false
	}
	return st.verbNext(b)
}

// regionBody returns the end of « Région X » starting at unit i, where
// the capital of « Région » in the middle of a sentence and a place the
// lexicon knows make the name of a regional council (« la Région
// Bretagne », « la Région Pays de la Loire »), an ORG; « la région
// Bretagne » is the place.
func (st *state) regionBody(i int) (int, bool) {
	u := &st.units[i]
	if !u.is(fCap) || u.is(fWeak) || u.flags&token.AllCaps != 0 || !st.keyIs(i, "region") || i+1 >= len(st.units) ||
		!st.units[i+1].is(fCap) || st.units[i+1].flags&token.SpaceBefore == 0 {
		return i, false
	}
	end, es := st.lexMatch(i + 1)
	if es.Len() == 0 || es.Type(0) != lexicon.Place {
		return i, false
	}
	return end, true
}

// surnameAt reports whether units [a,b) are a surname the lexicon knows
// (« Walker » after « Kent »).
func (st *state) surnameAt(a, b int) bool {
	end, es := st.lexMatch(a)
	return end == b && es.Len() > 0 && es.Flags(0)&lexicon.Surname != 0
}

// verbNext reports whether unit b, after a name at the start of a
// sentence, looks like its verb: a lower-case word that is no particle,
// preposition or article (« Carrefour ferme… », not « Total de la
// semaine »).
func (st *state) verbNext(b int) bool {
	if b >= len(st.units) || st.units[b].kind != token.Word || st.units[b].is(fCap) {
		return false
	}
	if st.text(b) == "a" {
		return true // the verb (the key « a » also stands for « à »)
	}
	return !st.is(b, lexicon.Particle) && !st.is(b, lexicon.Prep) && !st.is(b, lexicon.Article)
}

// dottedAfter reports whether unit b is a dotted version number right
// after a name (« Ernie 5.0 », « Claude 3.5 »): a model, whatever the
// position of the name.
func (st *state) dottedAfter(b int) bool {
	if b >= len(st.units) {
		return false
	}
	v := &st.units[b]
	t := st.text(b)
	return v.kind == token.Number && v.flags&token.SpaceBefore != 0 && strings.IndexByte(t, '.') > 0 && isVersion(t)
}

// isTitle reports whether unit i is a title or role word (Président, M.).
func (st *state) isTitle(i int) bool { return st.is(i, lexicon.Title) }

// isCommon reports whether unit i is a capitalized common word: IA, État,
// Économie, Article, a weekday.
func (st *state) isCommon(i int) bool {
	if st.is(i, lexicon.Common) {
		return true
	}
	if st.headType(i) != 0 {
		return false // Bureau, Sommet: never alone, but they head names
	}
	// Stop words, and demonyms written as nouns: « les Français ».
	return st.stopword(i) != 0 || st.nationality(i)
}

// capWord reports whether unit i is a capitalized word that can go on a
// name (not a common word, not a title, on the same line).
func (st *state) capWord(i int) bool {
	if i >= len(st.units) {
		return false
	}
	u := &st.units[i]
	if (u.kind != token.Word && u.kind != token.URL) || !u.is(fCap) || u.flags&token.LineStart != 0 {
		return false
	}
	if u.flags&token.Abbrev != 0 && st.isTitle(i) {
		return false // M., Mme: a new name starts
	}
	if u.is(fElided) && !st.keyIs(i, "d'") && !st.keyIs(i, "l'") {
		return false // « S'allient », « Qu'il »: a verb or a pronoun follows
	}
	if i > 0 && st.initial(i-1) {
		// « le réseau X. Bruxelles… »: after a letter and its period, a
		// place or a firm the lexicon knows starts a sentence, not a
		// surname (« J. Dupont »).
		if es := st.namesHash(u.hash, st.key(i)); es.Len() > 0 && es.Type(0) != lexicon.Person && es.Flags(0)&(lexicon.Ambiguous|lexicon.Surname) == 0 {
			return false
		}
	}
	// A capitalized title word inside a run is a name's word (Bruno Le
	// Maire); at the start of a run it is left out (see detect).
	if st.is(i, lexicon.Common) || st.nationality(i) {
		_, suffix := has(st.triggers(i), lexicon.Suffix)
		return suffix // « AI » alone is common, « Mistral AI » a name
	}
	// A capitalized stop word goes on a name (Bruno Le Maire, Artificial
	// Intelligence and…, Amazon Web Services) but never starts one;
	// function words other than articles and particles, dates and English
	// boilerplate end it.
	if st.isSuffix(i) {
		return true // Anduril Industries, Quantix Labs
	}
	switch st.stopword(i) {
	case lexicon.StopFunction:
		if i > 0 && st.initial(i-1) && st.is(i, lexicon.Article) && !st.capWord(i+1) {
			// « le compte X. Le réseau… »: the initial ended a sentence
			// (but « J. Le Goff »).
			return false
		}
		return st.is(i, lexicon.Article) || st.is(i, lexicon.Particle) || st.is(i, lexicon.Foreign)
	case lexicon.StopEnglish, lexicon.StopMonth, lexicon.StopWeekday:
		return false
	}
	return true
}

// initial reports whether unit i is a capital letter and its period (J.).
func (st *state) initial(i int) bool {
	t := st.text(i)
	return len(t) == 2 && 'A' <= t[0] && t[0] <= 'Z' && t[1] == '.'
}

// run returns the end of the capitalized run that starts at unit i: more
// capitalized words, foreign particles and English connectors between
// capitalized words, French particles after a given name or inside an
// institution or event name, and adjectives after such a name's head.
func (st *state) run(i int) int {
	us := st.units
	person := st.firstName(i) != 0
	if us[i].is(fHeadline) && !person {
		// A title-case line capitalizes every word: no runs but from a
		// given name (« Par Julien Marchetti »).
		return i + 1
	}
	head := st.headType(i)
	adjOK := head != 0
	sawParticle := false
	r := i + 1
	for r < len(us) {
		v := &us[r]
		if v.flags&token.LineStart != 0 || st.zone != nil && st.zone[r] {
			break
		}
		if v.flags&token.SpaceBefore != 0 && st.capWord(r) {
			r++
			adjOK = false
			continue
		}
		// « Procter & Gamble », « Big Data & AI Paris »: an ampersand
		// between capitalized words.
		if st.text(r) == "&" && r+1 < len(us) && us[r+1].flags&token.SpaceBefore != 0 && st.capWord(r+1) {
			r += 2
			adjOK = false
			continue
		}
		if v.kind != token.Word || v.is(fCap) {
			break
		}
		trs := st.triggers(r)
		if adjOK {
			if _, ok := has(trs, lexicon.Adj); ok || st.nationality(r) {
				r++
				continue
			}
		}
		_, particle := has(trs, lexicon.Particle)
		_, foreign := has(trs, lexicon.Foreign)
		_, conn := has(trs, lexicon.Connector)
		if particle && head != 0 && r == i+1 && !us[i].is(fWeak) {
			// French names institutions with one capital: « Autorité de la
			// concurrence », « Cour des comptes ». A head in mid-sentence
			// takes one lower-case complement, and its adjectives.
			if p := st.lowerComplement(r); p > r {
				r = p
				for r < len(us) && us[r].kind == token.Word && !us[r].is(fCap) && us[r].flags&token.LineStart == 0 &&
					(st.is(r, lexicon.Adj) || st.nationality(r)) {
					r++
				}
				break
			}
		}
		// A noble name goes on over « d’ » after its particle: « Valéry
		// Giscard d’Estaing », « Anne de La Tour d’Auvergne ».
		if particle && (head != 0 || person && (r == i+1 || sawParticle && st.keyIs(r, "d'"))) {
			sawParticle = true
			p := r + 1
			for p < len(us) && p-r < 3 && st.is(p, lexicon.Particle) && !us[p].is(fCap) {
				p++
			}
			if p < len(us) && us[p].is(fCap) && us[p].kind == token.Word && us[p].flags&token.LineStart == 0 && !st.isTitle(p) {
				r = p + 1
				adjOK = false
				continue
			}
			break
		}
		if foreign || conn {
			p := r + 1
			for p < len(us) && p-r < 3 && !us[p].is(fCap) && (st.is(p, lexicon.Foreign) || st.is(p, lexicon.Connector)) {
				p++
			}
			if st.capWord(p) {
				r = p + 1
				adjOK = false
				continue
			}
		}
		break
	}
	return r
}

// lowerComplement returns the end of « de (la|l’)? noun » starting at the
// particle r, where noun is a lower-case word that is no stop or break
// word, or r.
func (st *state) lowerComplement(r int) int {
	us := st.units
	p := r + 1
	if p < len(us) && (st.keyIs(p, "la") || st.keyIs(p, "l'") || st.keyIs(p, "les")) && !us[p].is(fCap) {
		p++
	}
	if p >= len(us) || p == r+1 && !st.keyIs(r, "de") && !st.keyIs(r, "du") && !st.keyIs(r, "des") && !st.keyIs(r, "d'") {
		return r
	}
	v := &us[p]
	if v.kind != token.Word || v.is(fCap) || v.is(fElided) || v.flags&token.LineStart != 0 || v.End-v.Start < 4 {
		return r
	}
	if trs := st.triggers(p); len(trs) > 0 {
		return r // a break word, a particle, an article, a trigger noun
	}
	return p + 1
}

// headType returns the type of the institution or event name that unit i
// heads (Bureau, Commission, Sommet), or 0.
func (st *state) headType(i int) lexicon.Type {
	if !st.units[i].is(fCap) {
		return 0
	}
	if tr, ok := has(st.triggers(i), lexicon.Head); ok {
		return tr.Type
	}
	return 0
}

// productTail reports whether units [a,b), after a brand, name one of its
// products: capitalized words or model numbers, no particles.
func (st *state) productTail(a, b int) bool {
	for k := a; k < b; k++ {
		u := &st.units[k]
		if u.kind != token.Word || !u.is(fCap) || u.flags&token.SpaceBefore == 0 {
			return false
		}
		if tr, ok := has(st.triggers(k), lexicon.Suffix); ok && tr.Type == lexicon.Company {
			return false // Mistral AI is the company itself
		}
		if es := st.namesHash(st.units[k].hash, st.key(k)); es.Len() > 0 && es.Flags(0)&lexicon.Ambiguous == 0 {
			switch es.Type(0) {
			case lexicon.Person, lexicon.Country, lexicon.Place, lexicon.Org, lexicon.Company:
				return false
			}
		}
	}
	return b > a
}

// evidence reports whether unit i, at a position where French capitalizes
// any word, is likely a name anyway: a given name, the head of an
// institution name, a name shape (CamelCase, digits, acronym), or the
// same word capitalized in the middle of a sentence elsewhere in the text.
func (st *state) evidence(i int) bool {
	u := &st.units[i]
	if st.midCap(u.hash) {
		return true
	}
	// « baptisé « Resize » », « le plan « Horizon » »: a name in quotes
	// after a naming verb or a trigger noun.
	if i >= 2 && st.units[i-1].is(fOpen) && st.text(i-1) != "(" && !st.units[i-2].is(fCap) {
		trs := st.triggers(i - 2)
		if _, ok := has(trs, lexicon.Verb); ok {
			return true
		}
		if _, ok := has(trs, lexicon.Before); ok {
			return true
		}
	}
	if u.is(fUpperIn|fDigit|fUnder|fDomain) && !st.lowerCase(u.hash) {
		return true
	}
	if st.firstName(i) != 0 && i+1 < len(st.units) && st.capWord(i+1) && st.units[i+1].flags&token.SpaceBefore != 0 {
		return true
	}
	if st.isSuffix(st.run(i) - 1) {
		return true
	}
	if st.stopword(i) == 0 && len(st.triggers(i)) == 0 && st.appositionType(st.run(i), true) != 0 {
		return true // « Alan, l’assureur santé de… »
	}
	if st.headType(i) != 0 && i+1 < len(st.units) && st.units[i+1].flags&token.LineStart == 0 &&
		(st.is(i+1, lexicon.Adj) || st.is(i+1, lexicon.Particle) && st.units[i+1].flags&token.SpaceBefore != 0) {
		return st.run(i) > i+1
	}
	return false
}

// markZones marks the portfolio that follows a minister's or a
// secretary's title (« ministre de l’Économie, des Finances et de la
// Souveraineté industrielle ») so that its capitalized words are not taken
// for names: a word of the trigger class portfolio, then
// de/du/des/d’/au/aux, up to a comma that is not followed by another
// « de… » or « et de… », or the end of the sentence.
func (st *state) markZones() {
	us := st.units
	for j := 1; j+1 < len(us); j++ {
		// A complement followed by a capitalized word...
		if us[j].ke-us[j].ks > 3 || !us[j+1].is(fCap) && !(j+2 < len(us) && us[j+2].is(fCap)) || !st.complement(j) {
			continue
		}
		n := j + 1
		if !us[n].is(fCap) {
			if n+1 >= len(us) || !us[n+1].is(fCap) || !st.is(n, lexicon.Article) {
				continue
			}
			n++
		}
		// ...after a portfolio title, maybe with adjectives between
		// (« commissaire européen au Numérique »).
		i := j - 1
		for i > 0 && j-i <= 3 && us[i].kind == token.Word && !us[i].is(fCap) && !st.is(i, lexicon.Portfolio) && !st.complement(i) {
			i--
		}
		if !st.is(i, lexicon.Portfolio) || us[i].is(fCap) {
			continue
		}
		j0 := j
		for k := j; k < len(us) && k-j0 < 24; k++ {
			v := &us[k]
			if k > j && v.flags&(token.SentenceStart|token.LineStart) != 0 {
				break
			}
			if v.kind == token.Punct && !v.is(fApos) {
				t := st.text(k)
				if t != "," || k+1 >= len(us) {
					break
				}
				n := k + 1
				if st.keyIs(n, "et") {
					n++
				}
				if n >= len(us) || !st.complement(n) {
					break
				}
			}
			// The portfolio ends where a person's name starts (« le
			// secrétaire au Commerce Howard Lutnick ») or at a lower-case
			// word that is no link word after it (« … Commerce a dit »).
			if k > j0+1 && v.kind == token.Word && v.flags&token.SpaceBefore != 0 {
				if v.is(fCap) && st.firstName(k) != 0 && st.capWord(k+1) {
					break
				}
				if !v.is(fCap) && us[k-1].is(fCap) && !st.complement(k) && !st.is(k, lexicon.Article) && !st.keyIs(k, "et") && !st.is(k, lexicon.Adj) && !st.nationality(k) {
					break
				}
			}
			if st.zone == nil {
				st.zone = make([]bool, len(us))
			}
			st.zone[k] = true
			j = k
		}
	}
}

// preposition reports whether unit i is a preposition that can link the
// words of an institution's name: pour, sur, contre, avec, en, dans, entre.
func (st *state) preposition(i int) bool {
	switch st.text(i) {
	case "pour", "sur", "contre", "avec", "en", "dans", "entre":
		return true
	}
	return false
}

// complement reports whether unit i starts a « de… » complement: de, du,
// des, d’, au, aux, à.
func (st *state) complement(i int) bool {
	switch string(st.key(i)) {
	case "de", "du", "des", "d'", "au", "aux":
		return true
	case "a":
		return st.text(i) != "a" // à, not the verb a
	}
	return false
}

// isAcronym reports whether w has two or more letters, all upper case.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isGrade reports whether s is a funding round or a rating: one to three
// times the same letter from A to D, or E, with an optional sign (A, B,
// AA-, BBB+, A+), not an acronym of distinct letters (BCE).
func isGrade(s string) bool {
	if n := len(s); n > 1 && (s[n-1] == '+' || s[n-1] == '-') {
		s = s[:n-1]
	}
	if len(s) == 0 || len(s) > 3 || s[0] < 'A' || s[0] > 'E' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] != s[0] || s[0] == 'E' {
			return false
		}
	}
	return true
}

// stopNamed reports whether the capitalized stop word at unit i starts a
// name all the same: a generic word (« Big », « Data ») right after a
// trigger noun or verb, and followed by more capitalized words: « le
// salon Big Data & AI Paris », « surnommé "Big Fund" ».
func (st *state) stopNamed(i int) bool {
	switch st.stopword(i) {
	case lexicon.StopTech, lexicon.StopEnglish, lexicon.StopNoun:
	default:
		return false
	}
	if st.is(i, lexicon.Common) || st.nationality(i) {
		return false
	}
	k := i - 1
	if k >= 0 && st.units[k].is(fOpen) && st.text(k) != "(" {
		k--
	}
	if k < 0 || st.units[k].is(fCap) || st.units[k].kind != token.Word {
		return false
	}
	trs := st.triggers(k)
	_, before := has(trs, lexicon.Before)
	_, verb := has(trs, lexicon.Verb)
	return (before || verb) && st.run(i) > i+1
}
