package entities

import (
	"slices"
	"strings"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/extract/token"
)

// Evidence weights. A lexicon reading outweighs any single context clue;
// context and shape clues add up; the default only breaks a tie with
// nothing.
const (
	wLexicon    = 10 // the default reading of a lexicon name
	wLexAmbig   = 4  // the default reading of an ambiguous lexicon name
	wLexSecond  = 3  // a secondary reading
	wSuffix     = 8  // Mistral AI, Schneider Electric, … Council
	wChipShape  = 7  // H100, MI300X, GB200
	wHead       = 7  // Bureau national du Bitcoin, Sommet de l’IA
	wTitle      = 6  // le président X, M. X
	wFirstName  = 6  // Arthur Mensch
	wDomain     = 6  // INTELLIGENCE-ARTIFICIELLE.COM
	wBefore     = 5  // la start-up X
	wBeforeFar  = 4  // la société de cloud computing X
	wApposition = 5  // X, ministre de…
	wTitleOf    = 5  // le PDG de X
	wVerb       = 4  // développer X
	wForeign    = 3  // Khaldoon Al Mubarak, Ursula von der Leyen
	wUnderscore = 3  // CUBO_ai
	wVersion    = 3  // Qwen-2.5: a hyphen, then a dotted version
	wBrand      = 6  // Nvidia DGX B200
	wPrep       = 2  // à X
	wCamel      = 2  // OpenAI, SoftBank
	wList       = 2  // X et Y: Y's type, when X has no clue
	wMaker      = 3  // les puces Blackwell de X
	wDefault    = 1
	wStat       = 2 // the perceptron's PER or LOC, for a name with no clue
)

// scoreAll gathers the typing evidence of every candidate.
func (st *state) scoreAll() {
	for ci := range st.cands {
		st.scoreCand(&st.cands[ci])
	}
	// A maker: « les processeurs Ryzen d’AMD », « Le Chat de Mistral AI »:
	// the name after a product and de is the firm that makes it.
	for ci := 1; ci < len(st.cands); ci++ {
		c, p := &st.cands[ci], &st.cands[ci-1]
		if c.a-p.b != 1 || !st.complement(p.b) || st.keyIs(p.b, "a") || st.keyIs(p.b, "au") || st.keyIs(p.b, "aux") {
			continue
		}
		if t := argmax(&p.score); t == Product || t == Chip {
			c.ctx[lexicon.Company] += wMaker
			c.score[lexicon.Company] += wMaker
		}
	}
	st.parenPlaces()
	// Coordination: a name with no clue of its own takes the type of the
	// name it is listed with (« Torsten Reil et Gundbert Scherf »,
	// « Kalyx, Nexora et Veltrio »).
	for ci := range st.cands {
		c := &st.cands[ci]
		if c.lex.Len() > 0 && !st.ambiguousOnly(c) || c.alias != 0 || clues(&c.ctx) > wDefault {
			continue
		}
		for _, cj := range []int{ci - 1, ci + 1} {
			if cj < 0 || cj >= len(st.cands) {
				continue
			}
			o := &st.cands[cj]
			a, b := o.b, c.a
			if cj > ci {
				a, b = c.b, o.a
			}
			if b-a != 1 || !st.coordinator(a) || clues(&o.score) <= wDefault {
				continue
			}
			if t := argmax(&o.score); t != 0 {
				c.ctx[t] += wList
				c.score[t] += wList
			}
		}
	}
	st.statistical()
}

// placeReading reports whether some lexicon reading of c is a place or a
// country.
func placeReading(c *cand) bool {
	for k := range c.lex.Len() {
		if t := c.lex.Type(k); t == lexicon.Place || t == lexicon.Country {
			return true
		}
	}
	return false
}

// parenPlaces types the French way of locating a town: « Crolles
// (Isère) », « Bourges (Cher) »: a name in parentheses right after a
// place is its département, region or country, and a name before a place
// in parentheses is a town.
func (st *state) parenPlaces() {
	for ci := 0; ci+1 < len(st.cands); ci++ {
		c, d := &st.cands[ci], &st.cands[ci+1]
		if d.alias != 0 || d.a != c.b+1 || d.b >= len(st.units) || st.text(c.b) != "(" || st.text(d.b) != ")" {
			continue
		}
		cPlace := placeReading(c) || c.lex.Len() == 0 && (argmax(&c.score) == Place || argmax(&c.score) == Country) && clues(&c.ctx) > wDefault
		dPlace := placeReading(d)
		if cPlace && (d.lex.Len() == 0 || dPlace) {
			d.ctx[lexicon.Place] += wBefore
			d.score[lexicon.Place] += wBefore
		}
		if dPlace && (c.lex.Len() == 0 || placeReading(c)) {
			c.ctx[lexicon.Place] += wBefore
			c.score[lexicon.Place] += wBefore
		}
	}
}

// ambiguousOnly reports whether every lexicon reading of c is ambiguous.
func (st *state) ambiguousOnly(c *cand) bool {
	for k := range c.lex.Len() {
		if c.lex.Flags(k)&lexicon.Ambiguous == 0 {
			return false
		}
	}
	return c.lex.Len() > 0
}

// clues returns the total evidence in s.
func clues(s *[Event + 1]int16) int {
	n := 0
	for _, v := range s {
		n += int(v)
	}
	return n
}

// coordinator reports whether unit i joins the items of a list: « et »,
// « ou », a comma (which may also open an apposition: the apposition's own
// clues then outweigh the list's).
func (st *state) coordinator(i int) bool {
	switch st.text(i) {
	case "et", "ou", ",", "/":
		return true
	}
	return false
}

func (st *state) scoreCand(c *cand) {
	us := st.units
	add := func(t lexicon.Type, w int) {
		if t >= lexicon.Person && t <= lexicon.Event {
			c.ctx[t] += int16(w)
		}
	}
	defer func() {
		// Lexicon readings; context that picks a secondary reading confirms
		// it (« développer DeepSeek »: the model, not the company).
		for k := range c.lex.Len() {
			t, f := c.lex.Type(k), c.lex.Flags(k)
			w := wLexicon
			switch {
			case f&lexicon.Secondary != 0 || k > 0:
				w = wLexSecond
				if c.ctx[t] > wDefault {
					w += wLexicon
				}
			case f&lexicon.Ambiguous != 0:
				w = wLexAmbig
			}
			c.score[t] += int16(w)
		}
		for t := range c.ctx {
			c.score[t] += c.ctx[t]
		}
	}()
	if c.by {
		add(lexicon.Person, wTitle+wFirstName)
		return
	}
	n := c.b - c.a
	last := c.b - 1
	chipShape := false
	// Brand and product.
	if c.brand {
		if st.chipShape(last) && st.chipMaker(c.a) || st.lexType(last) == lexicon.Chip || st.lexType(c.a) == lexicon.Chip || st.tailType(c) == lexicon.Chip {
			add(lexicon.Chip, wBrand)
		} else {
			add(lexicon.Product, wBrand)
		}
	}
	// Name shape.
	if n > 1 && c.lex.Len() == 0 {
		if tr, ok := has(st.triggers(last), lexicon.Suffix); ok && us[last].is(fCap) {
			add(tr.Type, wSuffix)
		} else {
			// « Competition Commission of India », « Bank of America »:
			// in English the head stands before « of ».
			for k := c.a; k+1 < c.b; k++ {
				if st.keyIs(k+1, "of") {
					if tr, ok := has(st.triggers(k), lexicon.Suffix); ok && tr.Type != 0 && us[k].is(fCap) {
						add(tr.Type, wSuffix)
					}
					break
				}
			}
		}
		switch {
		case st.lexType(last) == lexicon.Chip:
			add(lexicon.Chip, wChipShape)
		case st.chipShape(last):
			if st.lexType(c.a) == lexicon.Company && !st.chipMaker(c.a) {
				// A model of a maker of other things: « Peugeot E408 ».
				add(lexicon.Product, wChipShape)
			} else {
				add(lexicon.Chip, wChipShape)
			}
		}
		if st.firstName(c.a) != 0 {
			add(lexicon.Person, wFirstName)
		}
		for k := c.a + 1; k < last; k++ {
			if st.is(k, lexicon.Foreign) {
				add(lexicon.Person, wForeign)
				break
			}
		}
	}
	if h := st.headType(c.a); h != 0 && c.lex.Len() == 0 {
		if n > 1 {
			add(h, wHead)
		} else {
			add(h, wHead/2)
		}
	}
	if n == 1 && c.lex.Len() == 0 {
		u := &us[c.a]
		switch {
		case u.is(fDomain):
			add(lexicon.Company, wDomain)
		case st.chipShape(c.a):
			chipShape = true
		case u.is(fUnder):
			add(lexicon.Product, wUnderscore)
		case dottedVersion(st.text(c.a)):
			add(lexicon.Product, wVersion) // a model and its version: Qwen-2.5, GLM-4.5
		case u.is(fUpperIn) && !(u.flags&token.AllCaps != 0):
			add(lexicon.Company, wCamel)
		}
	}
	// Context on the left.
	st.leftContext(c, add)
	if chipShape {
		// A chip model's shape, unless the context names another kind of
		// product: « l’avion de transport A400M ».
		if c.ctx[lexicon.Product] >= wBeforeFar && c.ctx[lexicon.Chip] == 0 {
			add(lexicon.Chip, wPrep)
		} else {
			add(lexicon.Chip, wChipShape)
		}
	}
	// Apposition on the right: « X, le géant… », « X, ministre de… ».
	// With an article, only « title de » reads as an apposition: in
	// « Interrogé par X, le président a… » the title starts a clause.
	// (Not after a preposition that opens the sentence: « À Bercy, le
	// ministre… ».)
	if t := st.appositionType(c.b, c.a == 0 || !st.is(c.a-1, lexicon.Prep) || !st.units[c.a-1].is(fWeak)); t == lexicon.Person {
		add(lexicon.Person, wApposition)
	} else if t != 0 {
		add(t, wBeforeFar)
	}
	// Default: an unknown name with no clue.
	if c.lex.Len() == 0 && clues(&c.ctx) <= wDefault && st.quoted(c) {
		// « le succès de « Squid Game » »: a title in quotes with no
		// other clue is a work's title, not a name (resolve drops it).
		c.title = true
		add(lexicon.Product, wDefault)
	} else if c.lex.Len() == 0 {
		if n > 1 && !st.articleBefore(c.a) && us[c.a].kind == token.Word && !st.is(c.a, lexicon.Article) && st.personShape(c) {
			add(lexicon.Person, wDefault)
		} else {
			// « le Financial Times »: French puts no article before a
			// person's name.
			add(lexicon.Company, wDefault)
		}
	}
}

// quoted reports whether candidate c stands alone between quotes
// (« … », “ … ”).
func (st *state) quoted(c *cand) bool {
	if c.a == 0 || c.b >= len(st.units) {
		return false
	}
	open, close := st.text(c.a-1), st.text(c.b)
	return (open == "«" || open == "“") && (close == "»" || close == "”")
}

// appositionType returns the type that an apposition starting at unit b,
// right after a name, gives it: PERSON for a title (« X, ministre de… »),
// the trigger's type for a common noun (« X, le géant… », « X, l’assureur
// santé de… », « X, sa filiale… »), or 0. With an article, the noun must
// take a « de » complement within two words: in « Interrogé par X, le
// président a… » the title starts a clause; and after a preposition
// (article false) there is none: in « À Bercy, le ministre de… », the
// comma ends a place.
func (st *state) appositionType(b int, article bool) lexicon.Type {
	us := st.units
	if b+1 >= len(us) || st.text(b) != "," {
		return 0
	}
	k := b + 1
	art := false
	switch {
	case st.is(k, lexicon.Article) && k+1 < len(us):
		if !article {
			return 0
		}
		k++
		art = true
	case k+1 < len(us) && st.determiner(k):
		k++ // « X, sa filiale américaine »: a possessive opens no clause
	}
	if us[k].is(fCap) {
		return 0
	}
	deNext := k+1 < len(us) && st.complement(k+1) ||
		k+2 < len(us) && us[k+1].kind == token.Word && !us[k+1].is(fCap) && st.complement(k+2)
	if art && !deNext {
		return 0
	}
	trs := st.triggers(k)
	if _, ok := has(trs, lexicon.Title); ok {
		return lexicon.Person
	}
	if tr, ok := has(trs, lexicon.Before); ok {
		return tr.Type
	}
	return 0
}

// namedNoun returns the type of the noun that the naming participle at
// unit k names: a trigger noun just before it, maybe across a comma, a
// model number or adjectives (« les prochaines puces, baptisées »,
// « son TPU v7, baptisé »), or 0.
func (st *state) namedNoun(k int) lexicon.Type {
	us := st.units
	for j, words := k-1, 0; j >= 0 && words < 3; j-- {
		v := &us[j]
		if us[j+1].flags&token.LineStart != 0 {
			return 0
		}
		if v.kind == token.Punct {
			if j == k-1 && st.text(j) == "," {
				continue
			}
			return 0
		}
		if v.kind != token.Word && v.kind != token.Number {
			return 0
		}
		if tr, ok := has(st.triggers(j), lexicon.Before); ok {
			return tr.Type
		}
		if v.is(fCap) && v.flags&token.AllCaps == 0 {
			return 0
		}
		words++
	}
	return 0
}

// leftContext walks back from a candidate over at most four words
// (lower-case words, nationality adjectives, « de » complements, an
// opening quote) to a trigger: a title, a common noun or a verb.
func (st *state) leftContext(c *cand, add func(lexicon.Type, int)) {
	us := st.units
	gap := 0
	sawDe, deAdjacent, afterComme := false, false, false
	for k := c.a - 1; k >= 0 && gap <= 4; k-- {
		v := &us[k]
		if us[k+1].flags&token.LineStart != 0 {
			return
		}
		if v.kind == token.Punct {
			if v.is(fOpen) && gap == 0 && st.text(k) != "(" {
				continue // baptisée « Mistral Compute »
			}
			if v.is(fApos) {
				continue
			}
			if gap == 0 && st.text(k) == "," && st.titleOfBefore(k) {
				// « la directrice générale de Capgemini, Aiman Ezzat »
				add(lexicon.Person, wApposition)
			} else if gap == 0 && st.text(k) == "," && k >= 2 && !us[k-1].is(fCap) &&
				(st.determiner(k-2) || k >= 3 && !us[k-2].is(fCap) && us[k-2].kind == token.Word && st.is(k-2, lexicon.Rank) && st.determiner(k-3)) {
				// « son logiciel, Q-Lab, », « sa filiale, Ampere, »,
				// « son premier processeur, Q-Lys 64, »
				if tr, ok := has(st.triggers(k-1), lexicon.Before); ok {
					add(tr.Type, wBeforeFar)
				}
			}
			return
		}
		if v.kind != token.Word {
			return
		}
		trs := st.triggers(k)
		if tr, ok := has(trs, lexicon.Site); ok && deAdjacent && gap <= 1 && !v.is(fCap) &&
			!us[c.a].is(fUpperIn|fDigit) && us[c.a].flags&token.AllCaps == 0 {
			// l’usine de Douai, près de Lens; not l’usine de STMicroelectronics
			add(tr.Type, wBefore)
			return
		}
		if tr, ok := has(trs, lexicon.Title); ok {
			switch {
			case sawDe:
				add(tr.Type2, wTitleOf)
			case !v.is(fCap) || v.flags&token.Abbrev != 0 || gap == 0:
				add(lexicon.Person, wTitle)
			}
			return
		}
		if tr, ok := has(trs, lexicon.Before); ok && deAdjacent && gap <= 1 && tr.Type2 != 0 && !v.is(fCap) {
			add(tr.Type2, wTitleOf) // « le rachat de WNS »
			return
		}
		if tr, ok := has(trs, lexicon.Before); ok && !deAdjacent && (!v.is(fCap) || v.is(fWeak) || v.flags&token.AllCaps != 0) {
			if gap == 0 {
				add(tr.Type, wBefore)
			} else {
				add(tr.Type, wBeforeFar)
			}
			return
		}
		if _, ok := has(trs, lexicon.Naming); ok && gap == 0 {
			if t := st.namedNoun(k); t != 0 {
				add(t, wBefore) // « les puces, baptisées Rubin »
				return
			}
		}
		if tr, ok := has(trs, lexicon.Verb); ok && gap == 0 && !v.is(fCap|fWeak) || ok && gap == 0 && v.is(fWeak) {
			t := tr.Type
			if t == lexicon.Product && c.lex.Len() > 0 && c.lex.Type(0) == lexicon.Chip {
				t = lexicon.Chip // « dévoile Rubin »: a chip is launched too
			}
			add(t, wVerb)
			return
		}
		if tr, ok := has(trs, lexicon.During); ok && sawDe && !v.is(fCap) {
			add(tr.Type, wVerb) // lors du Mobile World Congress
			return
		}
		if tr, ok := has(trs, lexicon.Prep); ok && gap == 0 && st.text(k) != "a" {
			if c.lex.Len() == 0 && us[c.a].is(fDigit) && c.b-c.a == 1 {
				return // no place is a code: « à H0+2 min », « à C4 »
			}
			add(tr.Type, wPrep)
			return
		}
		if _, ok := has(trs, lexicon.Break); ok {
			return
		}
		if v.is(fCap) && !st.isCommon(k) {
			return
		}
		if afterComme && !st.is(k, lexicon.Article) {
			// « des projets comme X »: X is one of the projets; in « compte
			// des clients comme X », the noun before comme is no trigger.
			return
		}
		if st.text(k) == "comme" && gap == 0 {
			afterComme = true
			continue
		}
		if st.complement(k) {
			sawDe = true
			// « un projet de SoftBank »: the name is the complement, not
			// the thing the noun names.
			deAdjacent = deAdjacent || gap == 0
		}
		if !v.is(fElided) && !st.is(k, lexicon.Article) {
			gap++
		}
	}
}

// titleOfBefore reports whether the comma at unit k closes « title de
// Name »: the capitalized words before it follow de, du or d’ (with an
// article), which follow a title (« le PDG de Nvidia, … »).
func (st *state) titleOfBefore(k int) bool {
	us := st.units
	j := k - 1
	for j >= 0 && j > k-6 && us[j].is(fCap) && us[j].kind == token.Word {
		j--
	}
	if j == k-1 || j < 1 {
		return false
	}
	if st.is(j, lexicon.Article) && !us[j].is(fCap) {
		j--
	}
	if j < 1 || !st.complement(j) {
		return false
	}
	j--
	// Adjectives between the title and de: « directrice générale de ».
	for n := 0; j > 0 && n < 2 && !us[j].is(fCap) && !st.isTitle(j) && us[j].kind == token.Word; n++ {
		j--
	}
	return st.isTitle(j) && (!us[j].is(fCap) || us[j].flags&token.AllCaps != 0)
}

// articleBefore reports whether a lower-case article (le, la, les)
// directly precedes unit a.
func (st *state) articleBefore(a int) bool {
	if a == 0 || st.units[a-1].is(fCap) || st.units[a-1].is(fElided) {
		return false
	}
	return st.is(a-1, lexicon.Article)
}

// lexType returns the default lexicon type of the single unit i, or 0.
// tailType returns the lexicon type of the name that runs from the second
// unit of candidate c to its end (« Google Tensor G5 »: Tensor G5, a
// chip), or 0.
func (st *state) tailType(c *cand) lexicon.Type {
	if c.b-c.a < 3 {
		return 0
	}
	if end, es := st.lexMatch(c.a + 1); end == c.b && es.Len() > 0 {
		return es.Type(0)
	}
	return 0
}

func (st *state) lexType(i int) lexicon.Type {
	if es := st.namesHash(st.units[i].hash, st.key(i)); es.Len() > 0 {
		return es.Type(0)
	}
	return 0
}

// chipShape reports whether unit i looks like a chip model: one to three
// capital letters, two to four digits, an optional capital or two (H100,
// GB200, MI300X, B200, M4 is too short), or letters-digits-letters with a
// final X (MI325X).
func (st *state) chipShape(i int) bool {
	u := &st.units[i]
	if u.kind != token.Word || !u.is(fDigit) {
		return false
	}
	s := st.text(i)
	p := 0
	for p < len(s) && 'A' <= s[p] && s[p] <= 'Z' {
		p++
	}
	if p < 1 || p > 3 {
		return false
	}
	d := p
	for d < len(s) && '0' <= s[d] && s[d] <= '9' {
		d++
	}
	if d-p < 2 || d-p > 4 {
		return false
	}
	t := d
	for t < len(s) && 'A' <= s[t] && s[t] <= 'Z' {
		t++
	}
	return t == len(s) && t-d <= 2
}

// statistical adds the perceptron's vote (Options.NoStatistical) to the
// candidates that nothing else types: no lexicon reading and no context
// or shape clue beyond the default. The vote goes to the score only, not
// to the context evidence, so it never keeps a mention that the rules
// would drop.
func (st *state) statistical() {
	m := st.t.model
	if m == nil {
		return
	}
	toks := st.toks
	for ci := range st.cands {
		c := &st.cands[ci]
		if c.lex.Len() > 0 || c.alias != 0 || clues(&c.ctx) > wDefault {
			continue
		}
		a, e := st.units[c.a].Start, st.units[c.b-1].End
		i, _ := slices.BinarySearchFunc(toks, a, func(t token.Token, s int) int { return t.Start - s })
		j, _ := slices.BinarySearchFunc(toks[i:], e, func(t token.Token, s int) int { return t.Start - s })
		j += i
		if i >= j {
			continue
		}
		// The features see two tokens on each side.
		lo, hi := max(0, i-2), min(len(toks), j+2)
		p := m.Classify(st.src, toks[lo:hi], i-lo, j-lo)
		if p[0] >= 0.5 && (c.b-c.a == 1 || st.personShape(c)) {
			c.score[lexicon.Person] += wStat
		}
		if p[1] >= 0.5 {
			c.score[lexicon.Place] += wStat
		}
	}
}

// chipMaker reports whether the brand at unit i names chips in the
// lexicon (« Nvidia H100 », « AMD Instinct »): a chip-shaped model after
// it is a chip, while after a car maker (« Alpine A390 ») it is a product.
func (st *state) chipMaker(i int) bool {
	return st.x.MakesChipsHash(st.units[i].hash, st.key(i))
}

// determiner reports whether unit i is a lower-case article or possessive
// (le, la, son, sa, leur…) that can open an apposition's noun.
func (st *state) determiner(i int) bool {
	if st.units[i].is(fCap) && !st.units[i].is(fWeak) {
		return false
	}
	if st.is(i, lexicon.Article) {
		return true
	}
	switch string(st.key(i)) {
	case "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos":
		return true
	}
	return false
}

// personShape reports whether the words of c could make a person's name:
// at most four words, each capitalized, none with a digit or an inner
// capital (« iShares Bitcoin Trust », « Lead the Future » are no names of
// persons), particles and foreign particles allowed.
func (st *state) personShape(c *cand) bool {
	if c.b-c.a > 4 {
		return false
	}
	// A given name is evidence of its own; a first word that names
	// something else (« Nord Quantique ») or a common word at either end
	// (« Now Brief », « Studio Lumière ») makes no person by default.
	if st.firstName(c.a) == 0 {
		if t := st.lexType(c.a); t != 0 && t != lexicon.Person || st.stopword(c.a) != 0 || st.stopword(c.b-1) != 0 {
			return false
		}
	}
	for k := c.a; k < c.b; k++ {
		u := &st.units[k]
		if u.kind != token.Word || u.is(fDigit|fUpperIn|fUnder|fDomain) {
			return false
		}
		if !u.is(fCap) && !st.is(k, lexicon.Particle) && !st.is(k, lexicon.Foreign) && !u.is(fElided) {
			return false
		}
	}
	return true
}

// dottedVersion reports whether word s ends in a hyphen and a dotted
// version number (« Qwen-2.5 », « GLM-4.5 », « Llama-3.1 », « V3.1 »
// after the hyphen): the name of a software model.
func dottedVersion(s string) bool {
	h := strings.LastIndexByte(s, '-')
	if h < 1 {
		return false
	}
	v := s[h+1:]
	if v != "" && (v[0] == 'v' || v[0] == 'V') {
		v = v[1:]
	}
	dot := strings.IndexByte(v, '.')
	return dot > 0 && isDigits(v[:dot]) && isDigits(v[dot+1:])
}
