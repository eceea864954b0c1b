package amounts

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
)

// Find returns the amounts in src, whose tokens are toks (from
// token.Tokenize(src), possibly after token.Segment, which the currency
// inheritance uses for sentence boundaries). The amounts are sorted by
// start and do not overlap; every span is a range of byte offsets into
// src with Text == src[Start:End]. Find never fails and never panics: for
// tokens that do not fit src it ignores them. It does not modify toks.
func Find(src string, toks []token.Token) []Amount {
	f := getFinder(src)
	f.loadUnits(toks)
	f.run()
	out := f.result()
	putFinder(f)
	return out
}

// FindString tokenizes and segments src and returns its amounts, as Find.
func FindString(src string) []Amount {
	toks := token.Tokenize(src)
	token.Segment(src, toks)
	return Find(src, toks)
}

// Parse reads the amount that starts s, as Find would find it, and
// returns it with the number of bytes it spans. It returns false when s
// does not start with an amount (a qualifier such as « plus de » counts as
// part of it). Unlike Find, which leaves a sign out of the amounts of a
// running text (see « Values » in the package doc), Parse reads a sign
// that starts s with its number: « -250 € » is -250 EUR. Parse never
// panics.
func Parse(s string) (Amount, int, bool) {
	toks := token.Tokenize(s)
	if len(toks) == 0 || toks[0].Start != 0 {
		return Amount{}, 0, false
	}
	token.Segment(s, toks)
	f := getFinder(s)
	f.onlyAt0 = true
	f.loadUnits(toks)
	f.run()
	out := f.result()
	putFinder(f)
	if len(out) == 0 || out[0].Start != 0 {
		return Amount{}, 0, false
	}
	return out[0], out[0].End, true
}

// ParseNumber reads the number that starts s, written with digits in a
// French form (« 1,4 », « 18 000 », « 5.750 ») or in words (« deux cent
// mille »), with its sign and scale words (« 1,4 milliard » is 1400000000),
// and returns its value and the number of bytes it spans, in the manner of
// strconv's readFloat. It returns false when s does not start with a
// number.
func ParseNumber(s string) (Decimal, int, bool) {
	toks := token.Tokenize(s)
	if len(toks) == 0 || toks[0].Start != 0 {
		return Decimal{}, 0, false
	}
	f := getFinder(s)
	defer putFinder(f)
	f.loadUnits(toks)
	if len(f.u) == 0 || f.u[0].Start != 0 {
		return Decimal{}, 0, false
	}
	c, ok := f.number(0)
	if !ok || c.half || c.vague || c.letter {
		return Decimal{}, 0, false
	}
	return c.val, f.u[c.last-1].End, true
}

// finderPool recycles finders, with their scratch buffers, between calls.
var finderPool = sync.Pool{New: func() any { return &finder{memo: new([memoSize]memo)} }}

// getFinder returns a finder ready for src.
func getFinder(src string) *finder {
	f := finderPool.Get().(*finder)
	gen := f.gen + 1
	if gen == 0 {
		// After 2³² calls: the stamps start again.
		clear(f.memo[:])
		gen = 1
	}
	*f = finder{src: src, lx: lex(), out: f.out[:0], scratch: f.scratch[:0], meta: f.meta[:0], ubuf: f.ubuf[:0],
		memo: f.memo, gen: gen}
	return f
}

// result returns a copy of the amounts found, of their exact size (nil
// when there are none): the finder's buffer goes back to the pool.
func (f *finder) result() []Amount {
	if len(f.out) == 0 {
		return nil
	}
	return append(make([]Amount, 0, len(f.out)), f.out...)
}

// putFinder gives f back to the pool, keeping its buffers (unless they
// grew large) but nothing of the text or the result.
func putFinder(f *finder) {
	if cap(f.ubuf) > 1<<16 || cap(f.scratch) > 1<<12 || cap(f.meta) > 1<<12 || cap(f.out) > 1<<12 {
		return
	}
	clear(f.out) // the texts and numbers of the result
	*f = finder{out: f.out[:0], scratch: f.scratch[:0], meta: f.meta[:0], ubuf: f.ubuf[:0], memo: f.memo, gen: f.gen}
	finderPool.Put(f)
}

// finder holds the state of one Find call.
type finder struct {
	src     string
	u       []unit
	lx      *lexicon
	out     []Amount
	meta    []meta          // what inheritance needs to know of each amount in out
	floor   int             // first unit not used by an amount already found
	onlyAt0 bool            // Parse: only an amount that starts at unit 0
	scratch []byte          // for folded text that is not a unit's key
	memo    *[memoSize]memo // the key and entry of the last units looked at
	gen     uint32          // stamp of this call in memo (never 0)

	prefixed  bool   // number: a currency sign was read before it
	ubuf      []unit // buffer for a merged copy of the tokens
	segmented bool   // the tokens carry token.Segment's SentenceStart flags
	sentUnit  int    // unit of the last call of sentenceOf
	sentStart int    // and the first unit of its sentence
}

// meta is what the finder remembers of an amount it emitted.
type meta struct {
	sent      int   // first unit of its sentence
	defaulted bool  // money only because of a bare scale word (« contre 7 millions »)
	scaled    bool  // a scale word was read
	named     bool  // a currency is written, even one without a code (« pesos », « ETH »)
	curFam    int16 // core.curFam
}

// core is a number with what follows it: scale words, then a currency, a
// unit, a percent sign or a counted noun.
type core struct {
	first, last int // units [first, last)
	endAt       int // end of the expression's span when it stops inside unit last-1 (« trois-tonnes »), else 0
	val         Decimal
	vague       bool // des, plusieurs, quelques: no value
	half        bool // a lone « demi »
	approx      Approx
	scaleExp    int  // exponent added by scale words
	hasScale    bool // a scale word or a noun scale (dizaine) was read
	bigScale    bool // a scale word of a million or more (not a one-letter one)
	letter      bool // a one-letter scale (M, k): valid only with a currency
	spelled     bool
	article     bool // a lone un/une
	zero        bool
	digits      bool // written with digits
	plainInt    bool // digits only, no separator, no decimals
	Kind        Kind
	hasCur      bool // a currency word or sign was read, even if its code is unknown
	cur         string
	unit        string
	noun        bool  // unit is a counted noun
	moneyNoun   bool  // money without currency: « 300 milliards d'investissements »
	prefixCur   bool  // the currency was written before the number
	nounScale   bool  // a noun scale (dizaine, centaine, millier) was read
	quart       bool  // « quart de » (« quart de litre »)
	numEnd      int   // unit after the number itself, before its scale words
	bare        bool  // a number alone, first bound of a range
	fraction    bool  // a fraction (« 1/4 »): only a unit may follow
	signed      bool  // a sign was read before the number, at unit first
	defaulted   bool  // money only because of a bare scale word
	curFam      int16 // index+1 into currencies of a name that does not say its issuer (« francs »)
}

func indexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

func (f *finder) run() {
	for i := 0; i < len(f.u); {
		if f.onlyAt0 && (len(f.out) > 0 || i > 8) {
			// Parse: the first amount is found, or none can start at 0 (a
			// qualifier has at most a few words).
			break
		}
		if i = f.skipPlain(i); i == len(f.u) {
			break
		}
		if !f.mayStart(i) {
			i++
			continue
		}
		if n := f.match(i); n > i {
			i = n
			f.floor = n
			continue
		}
		i++
	}
	f.inherit()
}

// skipPlain returns the first unit from i on that mayStart does not
// dismiss at once, or len(f.u). It dismisses, in a tight loop without a
// call per unit, most words and punctuation marks, which are most units:
// a word without digits or hyphens that anchorMay rejects, unless it may
// be a currency code or a mark glued to $ (see wordMayStart); a mark that
// is not $, - or + nor a sign of more than one byte (see signSecond).
// TestFastPaths checks that mayStart agrees.
func (f *finder) skipPlain(i int) int {
	units, src, lx := f.u, f.src, f.lx
	for ; i < len(units); i++ {
		u := &units[i]
		switch u.Kind {
		case token.Word:
			// anchorMay without slicing the word: its first two bytes and
			// its length.
			start, n := u.Start, u.End-u.Start
			if u.Flags&(token.HasDigit|token.Hyphenated) != 0 || n >= 2 && lx.anchorBytes(src[start], src[start+1], n) {
				return i
			}
			// A currency code (three capitals) or a mark glued to $.
			if (n <= 3 || u.Is(token.AllCaps)) &&
				(n == 3 && src[start]-'A' < 26 || i+1 < len(units) && units[i+1].Start == u.End && src[u.End] == '$') {
				return i
			}
		case token.Punct, token.Symbol:
			if c := src[u.Start]; c == '$' || c == '-' || c == '+' ||
				c >= utf8.RuneSelf && u.End-u.Start >= 2 && lx.signSecond[src[u.Start+1]] {
				return i
			}
		default:
			return i
		}
	}
	return i
}

// mayStart is a cheap test of whether unit i can start the number of an
// amount. Most units are words of letters and punctuation: they are
// dismissed here without a call.
func (f *finder) mayStart(i int) bool {
	u := &f.u[i]
	switch u.Kind {
	case token.Word:
		if u.Flags&(token.HasDigit|token.AllCaps|token.Hyphenated) == 0 && u.End-u.Start > 3 {
			// A word of more than three bytes without digits, capitals or
			// hyphens can only be an anchor word (wordMayStart).
			return f.lx.anchorMay(f.src[u.Start:u.End]) && f.anchorStarts(i)
		}
		return f.wordMayStart(i)
	case token.Number:
		return true
	case token.Symbol, token.Punct:
		// Only $, a sign, or a non-ASCII symbol (€, £, −) can start one.
		if c := f.src[u.Start]; c != '$' && c != '-' && c != '+' && c < utf8.RuneSelf {
			return false
		}
		if _, ok := f.currencySign(i); ok {
			return true
		}
		return f.isSign(i)
	}
	return false
}

// wordMayStart is mayStart for the word at unit i.
func (f *finder) wordMayStart(i int) bool {
	u := &f.u[i]
	if u.Is(token.HasDigit) || u.Is(token.AllCaps) || u.End-u.Start <= 3 {
		// A currency before the number: a code (« CHF 14,5 millions »)
		// or a mark glued to $ (« US$ »). Tested first without a call:
		// « de », « la », « et » come here.
		if isUpperCode(f.text(i)) || i+1 < len(f.u) && f.u[i+1].Start == u.End && f.src[u.End] == '$' {
			if _, n := f.currencyPrefix(i); n > 0 {
				return true
			}
		}
		if u.Is(token.HasDigit) {
			_, ok := f.codeDigits(i)
			return ok
		}
	}
	if u.Is(token.Hyphenated) {
		// « vingt-deux », « demi-litre »: look at the first part.
		key := f.key(i)
		if h := indexByte(key, '-'); h > 0 {
			if idx, ok := f.lx.words[string(key[:h])]; ok {
				return f.lx.entries[idx].has(fNum | fHalf)
			}
		}
		return false
	}
	return f.lx.anchorMay(f.text(i)) && f.anchorStarts(i)
}

// anchorStarts reports whether the word at unit i, which anchorMay
// accepts, is an anchor word that starts a number here.
func (f *finder) anchorStarts(i int) bool {
	t := f.text(i)
	if !anchorWord(t) {
		return false
	}
	// « un », « une », « des », « plusieurs », « quelques » are far more
	// often articles: they start a number only before a scale word, a
	// currency or a unit (« un milliard », « des centaines », « une tonne »).
	if art, vague := anchorArticle(t); art || vague {
		if i+1 >= len(f.u) || !f.next(i+1) || f.u[i+1].Kind != token.Word {
			return false
		}
		var n entry // only its strongWord flags are read
		if f.lx.strongMay(f.text(i + 1)) {
			n = f.entry(i + 1)
		}
		if vague {
			return n.has(fScale | fNounScale)
		}
		return n.has(strongWord) ||
			f.u[i+1].Is(token.Hyphenated) || f.is(i+1, "pour") ||
			f.is(i+1, "a") && i+2 < len(f.u) && f.next(i+2) && anchorWord(f.text(i+2)) // « un à deux »
	}
	return true
}

// strongWord are the classes of the words after « un », « une », « des »
// that make them start a number: « un milliard », « une tonne », « des
// centaines ».
const strongWord = fScale | fNounScale | fCurrency | fSubunit | fHalf | fNum | fPercent

// strongMay reports whether the word w may be a strongWord, by its first
// three bytes: those that are ASCII letters are the first of its key (a
// word of two letters is looked up in the table as if a third byte, not a
// letter, followed). « des entreprises », « une croissance » stop here,
// before a lookup.
func (lx *lexicon) strongMay(w string) bool {
	if len(w) < 2 {
		return true
	}
	c := 26
	if len(w) > 2 {
		c = int(lx.letter[w[2]])
	}
	return lx.strongStart[(int(lx.letter[w[0]])*27+int(lx.letter[w[1]]))*27+c]
}

// anchorPrefix reports whether a word starting with the bytes a, b may be
// an anchor word (any case). « zé » is tested on its first byte only.
func anchorPrefix(a, b byte) bool {
	a |= 0x20
	if a == 'z' {
		return true
	}
	b |= 0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return false
	}
	return anchorSecond[a-'a']>>(b-'a')&1 != 0
}

// anchorSecond holds, for each first letter of an anchor word, the set of
// its possible second letters (bit b-'a'): « un », « deux », « dix »,
// « douze », « trois », « quatre », « cinq », « cent », « sept »,
// « seize », « soixante », « huit », « neuf », « nonante », « onze »,
// « octante », « vingt », « mille », « plusieurs ». A table, not a switch:
// mayStart asks it of every word.
var anchorSecond = [26]uint32{
	'u' - 'a': 1 << ('n' - 'a'),
	'd' - 'a': 1<<('e'-'a') | 1<<('i'-'a') | 1<<('o'-'a'),
	't' - 'a': 1 << ('r' - 'a'),
	'q' - 'a': 1 << ('u' - 'a'),
	'c' - 'a': 1<<('i'-'a') | 1<<('e'-'a'),
	's' - 'a': 1<<('i'-'a') | 1<<('e'-'a') | 1<<('o'-'a'),
	'h' - 'a': 1 << ('u' - 'a'),
	'n' - 'a': 1<<('e'-'a') | 1<<('o'-'a'),
	'o' - 'a': 1<<('n'-'a') | 1<<('c'-'a'),
	'v' - 'a': 1 << ('i' - 'a'),
	'm' - 'a': 1 << ('i' - 'a'),
	'p' - 'a': 1 << ('l' - 'a'),
}

// anchorWord reports whether w (in any case) is a word that can start a
// number: a number word, « demi », « quart », or a vague determiner. It is
// the finder's first filter on every word, so it uses no map: a lower-case
// copy on the stack and a switch. TestAnchorWords checks it against the
// lexicon.
func anchorWord(w string) bool {
	if len(w) > 10 || len(w) < 2 || !anchorPrefix(w[0], w[1]) {
		return false
	}
	var b [10]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			// « zéro », « Zéro », « ZÉRO »
			return len(w) == 5 && (w[0]|0x20) == 'z' && (w[3]|0x20) == 'r' && (w[4]|0x20) == 'o' &&
				(w[1:3] == "é" || w[1:3] == "É")
		}
		b[i] = c
	}
	switch string(b[:len(w)]) {
	case "zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
		"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
		"trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
		"nonante", "cent", "cents", "mille", "demi", "quart", "des", "plusieurs", "quelques",
		"dizaines", "centaines", "milliers": // « aux centaines de milliards »
		return true
	}
	return false
}

// anchorArticle tells, without a lookup, whether the anchor word w (one
// that anchorWord accepts) is an article, « un » or « une », or a vague
// determiner, « des », « plusieurs » or « quelques ». TestAnchorWords
// checks it against the lexicon.
func anchorArticle(w string) (article, vague bool) {
	a := w[0] | 0x20
	switch len(w) {
	case 2:
		return a == 'u', false // un
	case 3:
		return a == 'u', a == 'd' && w[1]|0x20 == 'e' // une; des, not dix
	case 8:
		return false, a == 'q' && w[2]|0x20 == 'e' // quelques, not quatorze, quarante
	case 9:
		return false, a == 'p' // plusieurs, not cinquante, centaines
	}
	return false, false
}

// anchorWords are the words anchorWord accepts (« zéro » folded); the
// lexicon builds anchorLen from them.
var anchorWords = []string{"zero", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
	"dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts",
	"trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante",
	"nonante", "cent", "cents", "mille", "demi", "quart", "des", "plusieurs", "quelques",
	"dizaines", "centaines", "milliers"}

// anchorMay is the first filter of mayStart on a word: whether a word of
// that length with those two first letters (any case) can be an anchor
// word. « de », « que », « ses », « certains » stop here, before anchorWord
// copies and compares them. Words starting with z pass (« zéro »). It is
// two lookups: letter gives the row and column of anchorLen.
func (lx *lexicon) anchorMay(w string) bool {
	return len(w) >= 2 && lx.anchorBytes(w[0], w[1], len(w))
}

// anchorBytes is anchorMay for a word of n bytes that starts with a, b.
func (lx *lexicon) anchorBytes(a, b byte, n int) bool {
	return n <= 10 && lx.anchorLen[int(lx.letter[a])*27+int(lx.letter[b])]>>n&1 != 0
}

// isSign reports whether unit i is a sign glued to a number that follows,
// and not a dash between two numbers.
func (f *finder) isSign(i int) bool {
	switch f.text(i) {
	case "-", "+", "\u2212":
	default:
		return false
	}
	if i+1 >= len(f.u) || !f.glued(i+1) || f.u[i+1].Kind != token.Number {
		return false
	}
	if i > 0 && f.gap(i) && (f.u[i-1].Kind == token.Number || f.u[i-1].Kind == token.Word && f.u[i-1].Is(token.HasDigit)) {
		return false // 10-20, 2,5-3
	}
	if i > 0 && f.glued(i) && f.u[i-1].Kind == token.Word {
		return false // GPT-4 split apart
	}
	return true
}

// match tries to read an amount whose number starts at unit i, with its
// qualifier before it and a range after it, appends what it finds to
// f.out and returns the index of the unit after it (i when nothing was
// found).
func (f *finder) match(i int) int {
	a, ok := f.parseCore(i)
	if !ok {
		// A bare first bound: « 10 à 20 exaflops ».
		if a, ok = f.number(i); !ok || a.half || a.vague {
			return i
		}
		a.Kind, a.bare = 0, true
	}
	// A range or a change: « 10 à 20 exaflops », « entre 3 et 5 milliards »,
	// « 10-20 % », « passé de 6 101 à 6 189 BTC ».
	entre := i-1 >= f.floor && f.is(i-1, "entre") && f.gap(i)
	if j, conn := f.rangeConn(a.last, entre); conn && !a.vague {
		// Two complete amounts joined by « à » are a range only after « de »:
		// « de 10 euros à 20 euros », but « perdu 190 points à 7 300 points ».
		complete := a.Kind != 0 && f.is(a.last, "a") && !f.isDe(i-1)
		if b, ok := f.parseCore(j); ok && !complete && !b.vague && f.validCore(&b) {
			if r, ok := joinRange(a, b); ok && f.validCore(&r.a) {
				f.unsign(&r.a)
				if !entre && f.is(a.last, "a") && (f.isChange(i, r) || f.isChangeOf(i, a.Kind != 0, r)) {
					// Two amounts: the first takes what the second says.
					f.emit(r.a, f.u[r.a.first].Start, Exact)
					f.emit(b, f.u[b.first].Start, Exact)
					return b.last
				}
				qi := r.a.first
				start := f.u[qi].Start
				if entre {
					qi = i - 1
					start = f.u[qi].Start
				}
				approx, qs := f.qualifier(qi)
				if qs >= 0 {
					start = qs
				}
				f.emitRange(r, start, approx)
				return b.last
			}
		}
	}
	if a.bare && f.elliptic(&a) {
		a.bare = false
	}
	if a.Kind == 0 || !f.validCore(&a) {
		return i
	}
	approx, qs := f.qualifier(a.first)
	start := f.u[a.first].Start
	if qs >= 0 {
		start = qs
	}
	if a.approx != Exact && approx == Exact {
		approx = a.approx
	}
	if a.vague {
		approx = Several
	}
	// A qualifier after the amount: « 300 millions d'euros environ ».
	// « 250 000 € minimum », « 2 millions maximum ».
	if approx == Exact && a.endAt == 0 && !a.moneyNoun && a.last < len(f.u) && f.next(a.last) {
		switch {
		case f.is(a.last, "environ"):
			approx = About
			a.last++
		case f.is(a.last, "minimum"):
			approx = AtLeast
			a.last++
		case f.is(a.last, "maximum"):
			approx = AtMost
			a.last++
		}
	}
	f.emit(a, start, approx)
	return a.last
}

// elliptic completes the bare number a when it is elliptic, counting the
// same thing as the amount before it in the same sentence, as a currency
// left out is inherited: after « dont », a part of that amount (« 2 800
// postes, dont jusqu'à 1 000 en France », « 12 millions d'euros, dont
// 800 000 pour la Bretagne »), which must not exceed it; after « contre »,
// a figure to compare with it (« 120 avions, contre 100 l'an dernier »,
// « 7,3 %, contre 7,1 % »), when it is written without a scale word, as
// the amount before it, and is of the same order (a factor of 10 at
// most). It takes that amount's counted noun, unit, currency or percent.
// No noun may follow the number (« dont 300 ingénieurs » is a count of
// its own).
func (f *finder) elliptic(a *core) bool {
	if !(a.digits || a.spelled && !a.article && !a.hasScale) || a.fraction || a.half || len(f.out) == 0 || a.val.Sign() <= 0 {
		return false
	}
	// « dont » or « contre » must be among the few words before the
	// number (a qualifier may stand between): a cheap test first.
	cue := false
	for j := a.first - 1; j >= a.first-4 && j >= f.floor && j > 0 && !cue; j-- {
		cue = f.is(j, "dont") || f.is(j, "contre")
	}
	if !cue {
		return false
	}
	k := a.first
	if _, qs := f.qualifier(k); qs >= 0 {
		for k > f.floor && f.u[k].Start > qs {
			k--
		}
	}
	if k <= f.floor || !f.gap(k) {
		return false
	}
	dont := f.is(k-1, "dont")
	if !dont && !f.is(k-1, "contre") {
		return false
	}
	prev, m := &f.out[len(f.out)-1], f.meta[len(f.meta)-1]
	pv := prev.Value
	if prev.IsRange() {
		pv = prev.Max // « sept à huit lancements, contre quatre »
	}
	if m.sent != f.sentenceOf(a.first) || !pv.Valid() {
		return false
	}
	if a.spelled && !(prev.Kind == Quantity && prev.Unit != "") {
		return false // a number in words counts things only
	}
	if dont && a.val.Cmp(pv) > 0 {
		return false
	}
	if !dont {
		if m.scaled || a.hasScale {
			return false
		}
		hi, lo := pv, a.val
		if lo.Cmp(hi) > 0 {
			hi, lo = lo, hi
		}
		if x, ok := lo.shift(1); !ok || x.Cmp(hi) < 0 {
			return false
		}
	}
	if p := a.last; p < len(f.u) && f.next(p) {
		switch f.u[p].Kind {
		case token.Number:
			return false
		case token.Word:
			// A function word or a number in words (« contre 80 000 deux
			// ans plus tôt »), not a noun.
			if !f.entry(p).has(fFunc | fNum) {
				return false
			}
		}
	}
	switch {
	case prev.Kind == Quantity && prev.Unit != "":
		a.Kind, a.unit, a.noun = Quantity, prev.Unit, true
	case prev.Kind == Money && !prev.Currency.IsZero():
		a.Kind, a.cur, a.hasCur = Money, prev.Currency.code, true
	case prev.Kind == Percent && !dont:
		a.Kind = Percent
	default:
		return false
	}
	return true
}

// issuers gives a currency name that does not say its issuer
// (« francs », « shillings », « pesos ») the one currency of its family
// that the text states elsewhere: in an article that writes « CHF 14,5
// millions » or « 3 millions de francs suisses », « 50 millions de francs »
// is CHF too. When the text states none, the country named in the same
// sentence says it (« au Kenya, … plusieurs milliards de shillings » is
// KES). When the text states two of the family (CHF and XOF), or the
// sentence names two of their countries, the currency stays unknown.
func (f *finder) issuers() {
next:
	for k := range f.out {
		fam := f.meta[k].curFam
		if fam <= 0 || !f.out[k].Currency.IsZero() {
			continue
		}
		code := ""
		for j := range f.out {
			c := f.out[j].Currency.code
			if c == "" || c == code || !f.meta[j].named {
				continue
			}
			if inFamily(fam, c) {
				if code != "" {
					continue next // two issuers of the family: say nothing
				}
				code = c
			}
		}
		if code == "" {
			code = f.countryIssuer(f.out[k].Start, fam)
		}
		if code != "" {
			f.out[k].Currency = Currency{code}
		}
	}
}

// canadianDollars makes CAD the plain dollars of a text written in
// Canada, which the Québec notation « 4,5 G$ » (milliards de dollars)
// gives away: there « $ » and « dollars » are Canadian unless the text
// says otherwise (« $ US », « dollars américains »).
func (f *finder) canadianDollars() {
	canadian := false
	for k := range f.out {
		if t := f.out[k].Text; f.out[k].Currency.code == "USD" && strings.HasSuffix(t, "G$") {
			canadian = true
			break
		}
	}
	if !canadian {
		return
	}
	for k := range f.out {
		a := &f.out[k]
		if a.Currency.code == "USD" && !strings.Contains(a.Text, "US") && !strings.Contains(a.Text, "U.S.") &&
			!strings.Contains(a.Text, "améric") && !strings.Contains(a.Text, "Améric") && !strings.Contains(a.Text, "Etats-Unis") && !strings.Contains(a.Text, "États-Unis") {
			a.Currency = Currency{"CAD"}
		}
	}
}

// inFamily reports whether code is the currency of one of the issuers
// the currency name fam (index+1 into currencies) knows.
func inFamily(fam int16, code string) bool {
	for _, adj := range currencies[fam-1].adjs {
		if adj.code == code {
			return true
		}
	}
	return false
}

// countryIssuer returns the currency of family fam of the one country
// named in the sentence around byte offset at (a capitalized word of
// issuerCountries), or "" when there is none or more than one. It looks
// at a bounded number of units on either side.
func (f *finder) countryIssuer(at int, fam int16) string {
	i, _ := slices.BinarySearchFunc(f.u, at, func(u unit, at int) int { return cmp.Compare(u.Start, at) })
	if i >= len(f.u) {
		return ""
	}
	code := ""
	look := func(j int) bool { // false at a sentence boundary
		u := f.u[j]
		if u.Kind == token.Punct && isTerminalText(f.text(j)) {
			return false
		}
		if u.Kind == token.Word && u.Is(token.Capitalized) {
			if c, ok := issuerCountries[string(f.key(j))]; ok && inFamily(fam, c) && c != code {
				if code != "" {
					code = "-"
				} else {
					code = c
				}
			}
		}
		return !u.Is(token.SentenceStart) && !u.Is(token.LineStart)
	}
	for j := i; j >= 0 && j > i-40 && look(j); j-- {
	}
	for j := i + 1; j < len(f.u) && j < i+40 && !f.u[j].Is(token.SentenceStart) && !f.u[j].Is(token.LineStart) && look(j); j++ {
	}
	if code == "-" {
		return ""
	}
	return code
}

// issuerCountries are the countries (folded) whose name in a sentence
// says which « francs », « pesos », « shillings »... it speaks of.
var issuerCountries = map[string]string{
	"suisse": "CHF", "kenya": "KES", "ouganda": "UGX", "tanzanie": "TZS",
	"mexique": "MXN", "argentine": "ARS", "chili": "CLP", "colombie": "COP", "philippines": "PHP",
	"uruguay": "UYU", "suede": "SEK", "norvege": "NOK", "danemark": "DKK", "islande": "ISK",
	"tchequie": "CZK", "algerie": "DZD", "tunisie": "TND", "koweit": "KWD", "irak": "IQD",
	"jordanie": "JOD", "libye": "LYD", "serbie": "RSD", "bahrein": "BHD", "iran": "IRR",
	"oman": "OMR", "egypte": "EGP", "liban": "LBP", "syrie": "SYP", "turquie": "TRY",
	"guinee": "GNF", "rwanda": "RWF", "senegal": "XOF", "mali": "XOF", "niger": "XOF",
	"benin": "XOF", "togo": "XOF", "burkina": "XOF",
}

// btcMax is the number of bitcoins that will ever exist (21 million).
var btcMax = NewDecimal(21, 6)

// btcPlausible reports whether a can be a number of bitcoins.
func btcPlausible(a *Amount) bool {
	v := a.Value
	if a.IsRange() {
		v = a.Max
	}
	return v.Valid() && v.Cmp(btcMax) <= 0
}

// rangeConn reports whether a range connector follows unit k-1 (« à »,
// a dash, or « et » after « entre ») and returns the unit after it.
func (f *finder) rangeConn(k int, entre bool) (int, bool) {
	if k >= len(f.u) || k+1 >= len(f.u) || !f.next(k) || !f.next(k+1) {
		return 0, false
	}
	switch u := f.u[k]; u.Kind {
	case token.Word:
		if entre && f.is(k, "et") || !entre && f.is(k, "a") {
			return k + 1, true
		}
	case token.Punct, token.Symbol:
		if entre {
			return 0, false
		}
		switch f.text(k) {
		case "-", "\u2013", "\u2014", "\u2010", "\u2011", "\u2212":
			return k + 1, true
		}
	}
	return 0, false
}

// isChange reports whether « de X à Y », whose number X is at unit i and
// whose bounds are r, is a change from X to Y (two amounts) rather than a
// span of values (one range). It is a change when the values go down
// (« de quatre à trois opérateurs »: a span of values is written upwards),
// or after a verb of change: always after a verb of passage (« est passé
// de 6 101 à 6 189 BTC », « porter de 3 à 5 % »), never after a verb of
// fall, whose « de » gives the size of the fall (« réduire de 30 à 40 % »),
// and after a verb of rise unless the first bound is a bare number before
// a percentage (« augmenter de 10 à 15 % » is by 10 to 15 %). A noun of
// change gives a range: « une hausse de 3 à 5 % ».
func (f *finder) isChange(i int, r rangePair) bool {
	if i < 2 || !f.isDe(i-1) {
		return false
	}
	if r.a.val.Cmp(r.b.val) > 0 {
		return true
	}
	v := i - 2
	if f.u[v].Kind != token.Word || !f.gap(i-1) {
		return false
	}
	k := string(f.key(v))
	if f.lx.notChange[k] {
		return false
	}
	for _, st := range changeStems {
		if !strings.HasPrefix(k, st.stem) {
			continue
		}
		// A noun of change gives a range: « une hausse de 3 à 5 % »,
		// « en baisse de 2 à 4 % », « l'augmentation de 10 à 20 % ».
		if strings.HasSuffix(k, "tion") || strings.HasSuffix(k, "sion") || strings.HasSuffix(k, "ment") ||
			strings.HasSuffix(k, "age") {
			return false
		}
		if v > 0 && f.gap(v) && (f.entry(v-1).has(fArticle|fDefDet|fPoss) || f.is(v-1, "en") ||
			f.is(v-1, "la") || f.is(v-1, "le") || f.is(v-1, "l'") || f.is(v-1, "d'") ||
			f.is(v-1, "sa") || f.is(v-1, "son") || f.is(v-1, "cette") || f.is(v-1, "leur") ||
			f.is(v-1, "forte") || f.is(v-1, "legere") || f.is(v-1, "nette")) {
			return false
		}
		switch st.dir {
		case changeFall:
			return false
		case changeRise:
			return !(r.a.bare && r.b.Kind == Percent)
		}
		return true
	}
	return false
}

// isChangeOf reports whether « de X à Y », whose number X is at unit i,
// is a change by the shape of its bounds: the first bound is 0 and the
// time it takes follows, a start from nothing (« la recharge de 0 à 65 %
// prend 30 minutes », but « des taux de 0 à 3 % » is a span), or both
// bounds are whole, each with its own currency, unit or percent, after a
// verb of change with its object between (« a relevé son offre de
// 10,99 € à 12,14 € »), unless a noun of span comes before « de » (« la
// fourchette de 34 % à 35 % », « de l'ordre de »).
func (f *finder) isChangeOf(i int, whole bool, r rangePair) bool {
	if i < 2 || !f.isDe(i-1) || r.b.vague {
		return false
	}
	if r.a.val.Sign() == 0 && r.b.val.Sign() > 0 && f.timed(r.b.last) {
		return true
	}
	if !whole || r.a.hasScale != r.b.hasScale {
		return false
	}
	if v := i - 2; f.u[v].Kind == token.Word && f.gap(i-1) {
		for _, w := range spanNouns {
			if f.is(v, w) {
				return false
			}
		}
	}
	// A verb of change a few words before, its object between (« a relevé
	// son offre individuelle de 10,99 € à 12,14 € »); without one, two
	// whole bounds are a span (« un prix de 9 euros à 12 euros »).
	for v := i - 2; v >= i-7 && v > f.floor && f.u[v].Kind == token.Word && f.gap(v+1); v-- {
		if f.changeVerb(v) {
			return true
		}
	}
	return false
}

// timed reports whether a time taken follows unit k-1, the end of « de 0
// à Y »: « de 0 à 65 % en 30 minutes », « la recharge de 0 à 65 % prend
// 30 minutes ». A start from nothing that takes time is a change.
func (f *finder) timed(k int) bool {
	if k >= len(f.u) || !f.next(k) {
		return false
	}
	for _, w := range [...]string{"en", "prend", "prennent", "demande", "demandent", "necessite", "exige", "requiert"} {
		if f.is(k, w) {
			return true
		}
	}
	return false
}

// changeVerb reports whether unit v is a verb of change (a noun of change,
// « hausse », « augmentation », is not).
func (f *finder) changeVerb(v int) bool {
	k := f.key(v)
	if f.lx.notChange[string(k)] || bytes.HasSuffix(k, []byte("tion")) || bytes.HasSuffix(k, []byte("sion")) ||
		bytes.HasSuffix(k, []byte("ment")) || bytes.HasSuffix(k, []byte("age")) {
		return false
	}
	for _, st := range changeStems {
		if bytes.HasPrefix(k, []byte(st.stem)) {
			// « une hausse », « la baisse » are nouns; « fixe des prix de
			// 9 € à 12 € » sets a span.
			return st.stem != "hauss" && st.stem != "baiss" && st.stem != "fix"
		}
	}
	return false
}

// spanNouns name a span of values: « de X à Y » after them is one range.
var spanNouns = []string{"fourchette", "fourchettes", "ordre", "plage", "plages",
	"gamme", "gammes", "intervalle", "echelle", "entre"}

// rangePair is two cores joined into a range, each completed by the other.
type rangePair struct{ a, b core }

// joinRange joins two cores into a range when they measure the same thing:
// a bare first bound takes the second's scale, currency, unit and kind
// (« entre 5,2 et 5,4 milliards d'euros »), and the reverse; two complete
// bounds must agree (« entre 10 euros et 20 euros »).
func joinRange(a, b core) (rangePair, bool) {
	switch {
	case a.Kind == 0 && b.Kind == 0:
		return rangePair{}, false
	case a.Kind == 0:
		a.Kind, a.cur, a.hasCur, a.unit, a.noun = b.Kind, b.cur, b.hasCur, b.unit, b.noun
		if !a.hasScale && b.hasScale && b.scaleExp > 0 {
			// The scale is written once (« entre 5,2 et 5,4 milliards »),
			// unless the first bound is already whole: « entre 800 000 et
			// 1 million » goes up from 800 000, not from 800 000 millions.
			v, ok := a.val.shift(b.scaleExp)
			if !ok {
				return rangePair{}, false
			}
			if !(v.Cmp(b.val) > 0 && a.val.Cmp(b.val) < 0) {
				a.val, a.hasScale, a.bigScale, a.scaleExp = v, true, b.bigScale, b.scaleExp
			}
		}
		a.letter = false
	case b.Kind == 0:
		if a.Kind == Percent || a.noun {
			return rangePair{}, false
		}
		b.Kind, b.cur, b.hasCur, b.unit = a.Kind, a.cur, a.hasCur, a.unit
		if !b.hasScale && a.hasScale && a.scaleExp > 0 {
			v, ok := b.val.shift(a.scaleExp)
			if !ok {
				return rangePair{}, false
			}
			b.val, b.hasScale, b.scaleExp = v, true, a.scaleExp
		}
	default:
		if a.Kind == Money && b.Kind == Money && a.cur == "" && !a.prefixCur {
			a.cur = b.cur // « entre 3 milliards et 5 milliards d'euros »
		}
		if a.Kind != b.Kind || a.cur != b.cur || a.unit != b.unit {
			return rangePair{}, false
		}
	}
	if !a.val.Valid() || !b.val.Valid() {
		return rangePair{}, false
	}
	return rangePair{a, b}, true
}

// qualifier returns the qualifier that ends right before unit i, with the
// byte offset where it starts (-1 when there is none).
func (f *finder) qualifier(i int) (Approx, int) {
	if i <= f.floor {
		return Exact, -1
	}
	// Only the phrases that end with the word before i: one lookup.
	if f.u[i-1].Kind != token.Word {
		return Exact, -1
	}
	var qs []qualifier
	if w := f.text(i - 1); isFolded(w) {
		qs = f.lx.qualsLast[w]
	} else {
		qs = f.lx.qualsLast[string(f.key(i-1))]
	}
	if len(qs) == 0 || !f.next(i) {
		return Exact, -1
	}
	// The word before the last tells most phrases apart: it is compared
	// first, by its key (is(j, w) implies key(j) == w), copied here.
	var buf [24]byte
	var before []byte // nil: no test
	if i >= 2 {
		switch {
		case f.text(i-2) == "+":
			before = append(buf[:0], '+')
		case f.u[i-2].Kind != token.Word:
			before = buf[:0] // no word matches
		default:
			if k := f.key(i - 2); len(k) <= len(buf) {
				before = append(buf[:0], k...)
			}
		}
	}
	for _, q := range qs {
		n := len(q.words)
		s := i - n
		if s < f.floor || s < 0 {
			continue
		}
		if n >= 2 && before != nil && string(before) != q.words[n-2] {
			continue
		}
		ok := true
		for k, w := range q.words {
			j := s + k
			if j > s && !f.next(j) || !(f.is(j, w) || w == "+" && f.text(j) == "+") { // « + de 4 000 »
				ok = false
				break
			}
		}
		if ok {
			return q.approx, f.u[s].Start
		}
	}
	return Exact, -1
}

// emit appends the amount of core c starting at byte start.
func (f *finder) emit(c core, start int, approx Approx) {
	end := f.u[c.last-1].End
	if c.endAt > 0 {
		end = c.endAt
	}
	a := Amount{
		Span:   token.Span{Start: start, End: end},
		Text:   f.src[start:end],
		Kind:   c.Kind,
		Unit:   c.unit,
		Approx: approx,
	}
	if c.cur != "" {
		a.Currency = Currency{c.cur}
	}
	if !c.vague {
		a.Value = c.val
	}
	f.out = append(f.out, a)
	f.meta = append(f.meta, meta{sent: f.sentenceOf(c.first), defaulted: c.defaulted, scaled: c.hasScale, named: c.hasCur,
		curFam: c.curFam})
}

// emitRange appends the range r starting at byte start.
func (f *finder) emitRange(r rangePair, start int, approx Approx) {
	end := f.u[r.b.last-1].End
	if r.b.endAt > 0 {
		end = r.b.endAt
	}
	a := Amount{
		Span:   token.Span{Start: start, End: end},
		Text:   f.src[start:end],
		Kind:   r.b.Kind,
		Min:    r.a.val,
		Max:    r.b.val,
		Unit:   r.b.unit,
		Approx: approx,
	}
	if r.b.cur != "" {
		a.Currency = Currency{r.b.cur}
	}
	if a.Min.Cmp(a.Max) > 0 {
		a.Min, a.Max = a.Max, a.Min
	}
	f.out = append(f.out, a)
	f.meta = append(f.meta, meta{sent: f.sentenceOf(r.a.first), scaled: r.b.hasScale, named: r.b.hasCur})
}

// inherit completes amounts from the ones before them in the same
// sentence. An amount of money without currency takes the currency of the
// last amount of money (« 450 millions d'euros, contre 7 millions »); a
// bare scale after a counted quantity counts the same thing (« 2,3 millions
// de véhicules contre 1,3 million »).
func (f *finder) inherit() {
	f.issuers()
	f.canadianDollars()
	var cur Currency
	var prev *Amount
	sent := -1
	for k := range f.out {
		a, m := &f.out[k], f.meta[k]
		if m.sent != sent {
			sent, cur, prev = m.sent, Currency{}, nil
		}
		if m.defaulted && prev != nil && prev.Kind == Quantity && prev.Unit != "" && f.meta[k-1].scaled {
			a.Kind, a.Unit = Quantity, prev.Unit
		}
		if a.Kind == Money {
			switch {
			case m.named:
				// A written currency, known or not (« 500 pesos »), is
				// never replaced, and is what the next amounts inherit.
				cur = a.Currency
			case cur.code == "BTC" && !btcPlausible(a):
				// More bitcoins than will ever exist: « 21 000 bitcoins pour
				// 2 milliards » is a price in another currency.
			default:
				a.Currency = cur
			}
		}
		prev = a
	}
}
