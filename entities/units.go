package entities

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
	"github.com/veille-nlp/veille/extract/token"
	"github.com/veille-nlp/veille/normalize"
)

// A unit is a token as the tagger sees it: an elided word merges with its
// apostrophe (« d » + « ’ » → « d’ ») whatever the tokenizer did, and a
// chain of words glued by hyphens (INTELLIGENCE-ARTIFICIELLE.COM) is one
// unit. Units carry their folded key (normalize.Key) as a range of the
// state's key buffer and a hash of it.
type unit struct {
	token.Span
	ks, ke int32 // key bytes: st.keys[ks:ke]
	hash   uint64
	trig   lexicon.TriggerRef // trigger readings, once fTrig is set
	kind   token.Kind
	flags  token.Flags
	f      ufl
	info   uinfo // stop word, given name and nationality entries, once iDone is set
}

// uinfo packs what the lexicon says of a unit's key as a stop word
// (lexicon.StopKind, low four bits), a given name (lexicon.Gender, two
// bits) and a nationality adjective.
type uinfo uint8

const (
	iStop  uinfo = 0x0f
	iFirst uinfo = 0x30
	iNat   uinfo = 0x40
	iDone  uinfo = 0x80
)

// ufl are the tagger's own flags on a unit.
type ufl uint16

const (
	fCap      ufl = 1 << iota // starts with an upper-case letter, or is an acronym or a model name
	fElided                   // an elided word with its apostrophe: l’ d’ qu’
	fWeak                     // at a position where French capitalizes any word: sentence or line start, after « or :
	fLineHead                 // the first unit of a line
	fHeadline                 // in a line written in title case
	fUpperIn                  // an upper-case letter after the first rune (OpenAI, eBay, iPhone)
	fDigit                    // contains a digit
	fUnder                    // contains an underscore
	fDomain                   // a web domain or URL
	fApos                     // an apostrophe punctuation token (not merged)
	fOpen                     // opening quote or bracket or a dash: « “ ( – —
	fSep                      // punctuation that ends a name: , ; : . ! ? ) » etc.
	fTrig                     // trig holds the unit's trigger readings
	fCue                      // punctuation after which French capitalizes any word: « “ – — : | • (not ( or [)
)

func (u *unit) is(f ufl) bool { return u.f&f != 0 }

// buildUnits fills st.units and st.keys from the tokens.
func (st *state) buildUnits() {
	src, toks := st.src, st.toks
	// A prefix split (see below) makes three units of one token: the
	// slice grows then, rarely.
	us := st.units[:0]
	if cap(us) < len(toks) {
		us = make([]unit, 0, len(toks)+len(toks)/16)
	}
	st.keys = append(st.keys[:0], src...) // the own keys (see finish)
	st.latin = latinFolds()
	latin := st.latin
	valid := func(k, from int) bool {
		return k < len(toks) && toks[k].Start >= from && toks[k].Start < toks[k].End && toks[k].End <= len(src)
	}
	end := 0 // tokens must be in order and inside src; others are skipped
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Start < end || t.Start >= t.End || t.End > len(src) {
			continue
		}
		// The unit is written in place, field by field: a struct literal
		// is built on the stack and then copied, and the copy's wide loads
		// over its narrow stores stall (this line was a third of the loop).
		if len(us) == cap(us) {
			us = slices.Grow(us, 1)
		}
		us = us[:len(us)+1]
		u := &us[len(us)-1]
		*u = unit{}
		u.Span, u.kind, u.flags = t.Span, t.Kind, t.Flags
		text := src[t.Start:t.End]
		// The commonest unit, a plain lower-case ASCII word that no
		// apostrophe or hyphen glues to the next token, is its own key
		// and has no shape flag: what finish would find, without the
		// calls. (TestPlainUnits checks the agreement.)
		if t.Kind == token.Word && t.Flags&(token.Capitalized|token.AllCaps|token.HasDigit|token.Hyphenated|token.Elided) == 0 &&
			(i+1 == len(toks) || toks[i+1].Start != t.End || !mayGlue[src[t.End]]) {
			h := uint64(14695981039346656037)
			j := 0
			for ; j < len(text) && text[j]-'a' < 26; j++ {
				h = (h ^ uint64(text[j])) * 1099511628211
			}
			if j == len(text) {
				u.ks, u.ke, u.hash = int32(t.Start), int32(t.End), h|1
				if t.Flags&token.LineStart != 0 {
					u.f |= fLineHead
				}
				end = t.End
				continue
			}
			// Lower-case Latin-1 letters (été, à, reçu): the key folds
			// them to ASCII (shape's keyLatin), hashed in the same scan.
			if text[j] == 0xC3 {
				ks := len(st.keys)
				keys := append(st.keys, text[:j]...)
				for ; j < len(text); j++ {
					c := text[j]
					if c-'a' >= 26 {
						if c != 0xC3 || j+1 == len(text) || text[j+1]&0xC0 != 0x80 || latin[text[j+1]-0x80] == 0 {
							break
						}
						j++
						c = latin[text[j]-0x80]
					}
					keys = append(keys, c)
					h = (h ^ uint64(c)) * 1099511628211
				}
				if j == len(text) {
					st.keys = keys
					u.ks, u.ke, u.hash = int32(ks), int32(len(keys)), h|1
					if t.Flags&token.LineStart != 0 {
						u.f |= fLineHead
					}
					end = t.End
					continue
				}
			}
		}
		// A capitalized ASCII word (Nvidia, OpenAI, GB200) glued to
		// nothing it could merge with: its key is its text lowered.
		if t.Kind == token.Word && t.Flags&(token.Hyphenated|token.Elided) == 0 && t.Flags&(token.Capitalized|token.AllCaps) != 0 &&
			(i+1 == len(toks) || toks[i+1].Start != t.End || !mayGlue[src[t.End]] && src[t.End] != '.') {
			h := uint64(14695981039346656037)
			ks := len(st.keys)
			keys := st.keys
			f := fCap
			j := 0
			for ; j < len(text); j++ {
				c := text[j]
				switch {
				case c-'a' < 26 || c-'0' < 10:
				case c-'A' < 26:
					if j > 0 && text[j-1] != '-' && text[j-1] != '.' {
						f |= fUpperIn
					}
					c += 'a' - 'A'
				default:
					j = -1
				}
				if j < 0 {
					break
				}
				keys = append(keys, c)
				h = (h ^ uint64(c)) * 1099511628211
			}
			if j == len(text) {
				if t.Flags&token.HasDigit != 0 {
					f |= fDigit
				}
				if t.Flags&token.LineStart != 0 {
					f |= fLineHead
				}
				st.keys = keys
				u.f |= f
				u.ks, u.ke, u.hash = int32(ks), int32(len(keys)), h|1
				end = t.End
				continue
			}
		}
		switch t.Kind {
		case token.Word:
			// An elided word whose apostrophe is its own token.
			// (Cheap tests first: most words are neither.)
			if t.Flags&token.Elided != 0 {
				u.f |= fElided
			} else if len(text) <= len("puisqu") && i+1 < len(toks) && toks[i+1].Kind == token.Punct &&
				toks[i+1].Start == t.End && isElisionWord(text) && valid(i+1, t.End) && isApostropheText(toks[i+1].Text(src)) {
				u.End = toks[i+1].End
				u.f |= fElided
				i++
			}
			// Words and domains glued by hyphens.
			// A lower-case prefix stays apart from a capitalized name:
			// « ex-MicroStrategy », « anti-Trump ».
			for !u.is(fElided) && i+2 < len(toks) && toks[i+1].Kind == token.Punct && toks[i+1].Start == u.End &&
				valid(i+1, u.End) && valid(i+2, u.End) && toks[i+2].Start == toks[i+1].End &&
				src[toks[i+1].Start:toks[i+1].End] == "-" &&
				(toks[i+2].Kind == token.Word || toks[i+2].Kind == token.URL) &&
				!(u.End == t.End && t.Flags&(token.Capitalized|token.AllCaps) == 0 && !t.Is(token.HasDigit) && toks[i+2].Flags&(token.Capitalized|token.AllCaps) != 0) {
				if toks[i+2].Kind == token.URL {
					u.kind = token.URL
				}
				u.flags |= token.Hyphenated
				if !toks[i+2].Is(token.AllCaps) {
					u.flags &^= token.AllCaps
				}
				u.End = toks[i+2].End
				i += 2
			}
			// A version glued to a model name: GLM-4.5, DeepSeek-V3.1.
			if t.Flags&token.HasDigit != 0 && i+2 < len(toks) && toks[i+1].Start == u.End &&
				valid(i+1, u.End) && valid(i+2, u.End) && toks[i+2].Start == toks[i+1].End &&
				src[toks[i+1].Start:toks[i+1].End] == "." && toks[i+2].Kind == token.Number && isDigits(src[toks[i+2].Start:toks[i+2].End]) {
				u.End = toks[i+2].End
				i += 2
			}
			if t.Flags&(token.Hyphenated|token.Capitalized|token.AllCaps) == token.Hyphenated && u.End == t.End {
				if h := prefixName(text); h > 0 {
					// « ex-MicroStrategy », « anti-Trump »: the prefix, its
					// hyphen and the name are units of their own.
					name := unit{Span: token.Span{Start: t.Start + h + 1, End: u.End}, kind: u.kind, f: u.f}
					name.flags = t.Flags&^(token.Lower|token.SpaceBefore|token.SentenceStart|token.LineStart) | token.Capitalized
					if !strings.Contains(src[name.Start:name.End], "-") {
						name.flags &^= token.Hyphenated
					}
					*u = unit{Span: token.Span{Start: t.Start, End: t.Start + h}, kind: token.Word, flags: t.Flags &^ token.Hyphenated}
					st.finish(u)
					us = append(us, unit{Span: token.Span{Start: t.Start + h, End: t.Start + h + 1}, kind: token.Punct, f: fSep}, name)
					st.finish(&us[len(us)-2])
					u = &us[len(us)-1]
				}
			}
		case token.Punct:
			switch {
			case isApostropheText(text):
				u.f |= fApos
			case text == "(" || text == "[":
				u.f |= fOpen
			case text == "«" || text == "“" || text == "\"" || text == "–" || text == "—" || text == "-" || text == "•" || text == "‹" || text == "„":
				u.f |= fOpen | fCue
			default:
				u.f |= fSep
				if text == ":" || text == "|" {
					u.f |= fCue
				}
			}
			if c := text[0]; len(text) == 1 && c < utf8.RuneSelf && c != '`' && c > ' ' && c != 0x7f {
				// One ASCII mark: its own key (what finish would find).
				u.ks, u.ke, u.hash = int32(t.Start), int32(t.End), (14695981039346656037^uint64(c))*1099511628211|1
				if t.Flags&token.LineStart != 0 {
					u.f |= fLineHead
				}
				end = t.End
				continue
			}
		case token.Symbol:
			if text == ":" || text == "|" || text == "•" {
				u.f |= fCue
			}
		}
		st.finish(u)
		end = u.End
	}
	st.units = us
	st.markWeak()
}

// namePrefix reports whether w is an Arabic name with its particle,
// glued by a hyphen to a capitalized name: « el-Béchir », « al-Sissi »,
// « ben-Gvir »: a name's word, not a prefix before a name.
func namePrefix(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || rest == "" {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return false
	}
	switch p {
	case "al", "el", "ben", "bin", "ibn", "abu", "abou", "ould":
		return true
	}
	return false
}

// mayGlue marks the first bytes of the tokens that buildUnits may merge
// with the word before them: apostrophes (' ` and the UTF-8 leads of ’ ‘ ′
// ʼ ´) and the hyphen.
var mayGlue = [256]bool{'\'': true, '`': true, '-': true, 0xE2: true, 0xCA: true, 0xC2: true}

// prefixName returns the length of a lower-case ASCII prefix of two to
// six letters followed by a hyphen and a capital letter (« ex-MicroStrategy »,
// « anti-Trump »), or 0. « outre- » makes an adverb, not a name:
// « outre-Atlantique », « outre-Rhin » stand for the country across.
func prefixName(w string) int {
	h := strings.IndexByte(w, '-')
	if h < 2 || h > 6 || h+1 >= len(w) || w[h+1] < 'A' || w[h+1] > 'Z' || w[:h] == "outre" || namePrefix(w) {
		return 0
	}
	for i := 0; i < h; i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return 0
		}
	}
	return h
}

// finish sets the key, its hash and the shape flags of u, the last unit
// of st.units. st.keys starts with a copy of the text (see buildUnits), so
// that a text that is its own key (most words) points there instead of
// being copied again.
func (st *state) finish(u *unit) {
	k := st.src[u.Start:u.End]
	if u.flags&token.LineStart != 0 {
		u.f |= fLineHead
	}
	h, kind := st.shape(u, k)
	switch kind {
	case keyOwn:
		u.ks, u.ke = int32(u.Start), int32(u.End)
		u.hash = h
		return
	case keyLatin:
		u.ks = int32(len(st.keys))
		st.keys = appendLatinKey(st.keys, k, st.latin)
		u.hash = h
	case keyASCII:
		u.ks = int32(len(st.keys))
		st.keys = appendASCIIKey(st.keys, k)
		u.hash = h
	default:
		u.ks = int32(len(st.keys))
		st.keys = normalize.AppendKey(st.keys, k)
		u.hash = lexicon.Hash(st.keys[u.ks:])
	}
	u.ke = int32(len(st.keys))
}

// appendASCIIKey appends the key of a text that shape classed keyASCII.
func appendASCIIKey(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// Kinds of key that shape finds a text to have.
const (
	keyOther = iota // the text needs normalize.Key
	keyOwn          // the text is its own key
	keyASCII        // the key is the text with A-Z in lower case
	keyLatin        // keyASCII, and letters of U+00C0–U+00FF fold to one ASCII letter (é → e)
)

// latinFolds maps the second byte of a two-byte UTF-8 letter U+00C0–U+00FF
// (lead byte 0xC3) to its key when normalize.Key folds it to a single
// lower-case ASCII letter (É, é → e; ç → c), and to 0 otherwise (ß, æ, ×).
// It is computed from normalize.Key, so that the fast path agrees with it.
var latinFolds = sync.OnceValue(func() *[64]byte {
	var t [64]byte
	for b := range 64 {
		k := normalize.Key(string([]byte{0xC3, byte(0x80 + b)}))
		if len(k) == 1 && 'a' <= k[0] && k[0] <= 'z' {
			t[b] = k[0]
		}
	}
	return &t
})

// appendLatinKey appends the key of a text that shape classed keyLatin.
func appendLatinKey(dst []byte, s string, folds *[64]byte) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c == 0xC3 && i+1 < len(s):
			i++
			c = folds[s[i]-0x80]
		}
		dst = append(dst, c)
	}
	return dst
}

// shape sets the shape flags of u from its token flags and its text, in
// one scan of the bytes that also tells whether the key of text is text
// itself (ASCII without capitals, blanks or the characters normalize.Key
// rewrites) or text with its ASCII capitals lowered (the only rewriting
// normalize.Key does to such ASCII text), and returns the hash
// (lexicon.Hash) of that key. TestShapeKeys checks both against
// normalize.Key.
func (st *state) shape(u *unit, text string) (hash uint64, kind int) {
	word := u.kind == token.Word || u.kind == token.URL
	if u.kind == token.URL {
		u.f |= fDomain
	}
	if word {
		if u.flags&(token.Capitalized|token.AllCaps) != 0 {
			u.f |= fCap
		} else if u.flags&token.Hyphenated != 0 && namePrefix(text) {
			u.f |= fCap // « Omar el-Béchir »
		}
		if u.flags&token.HasDigit != 0 {
			u.f |= fDigit
		}
	}
	// Internal capitals (OpenAI, eBay) and underscores (CUBO_ai); a
	// non-ASCII capital inside a word is too rare to pay for.
	kind = keyOwn
	if len(text) == 0 {
		kind = keyOther
	}
	h := uint64(14695981039346656037)
	for i := 0; i < len(text); i++ {
		// The common case: a run of lower-case ASCII letters.
		for ; i < len(text) && text[i]-'a' < 26; i++ {
			h = (h ^ uint64(text[i])) * 1099511628211
		}
		if i == len(text) {
			break
		}
		c := text[i]
		switch {
		case c == 0xC3 && kind != keyOther && i+1 < len(text) && text[i+1]&0xC0 == 0x80 && st.latin[text[i+1]-0x80] != 0:
			// é, È, ç: one ASCII letter in the key.
			kind = keyLatin
			i++
			c = st.latin[text[i]-0x80]
		case c >= utf8.RuneSelf || c == '`' || c == 0x7f || c <= ' ':
			kind = keyOther
		case 'A' <= c && c <= 'Z':
			if kind == keyOwn {
				kind = keyASCII
			}
			if i > 0 && text[i-1] != '-' && text[i-1] != '.' {
				u.f |= fUpperIn
			}
			c += 'a' - 'A'
		case c == '_' && i > 0:
			u.f |= fUnder
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	if !word {
		u.f &^= fUnder | fUpperIn
	} else {
		if u.kind == token.URL && u.f&fCap == 0 {
			if r, _ := utf8.DecodeRuneInString(text); unicode.IsUpper(r) {
				u.f |= fCap
			}
		}
		if u.f&fUpperIn != 0 && u.kind == token.Word {
			// eBay, iPhone: a lower-case first letter, then a capital.
			u.f |= fCap
		}
	}
	return h | 1, kind
}

// markWeak flags the units at positions where French capitalizes any word:
// the first word of a sentence or a line, the word after an opening quote,
// a colon, a dash or a bullet; and every word of a line in title case or
// in upper case. Line by line, it then records in st.seen which words the
// document writes capitalized in the middle of a sentence, and which it
// writes in lower case.
func (st *state) markWeak() {
	us := st.units
	st.seen.init()
	for a := 0; a < len(us); {
		long, lower, shout, small := 0, 0, 0, 0
		b := a
		// (fLineHead is set exactly where the LineStart flag is.)
		for ; b < len(us) && (b == a || us[b].flags&token.LineStart == 0); b++ {
			u := &us[b]
			if u.flags&(token.SentenceStart|token.LineStart) != 0 {
				u.f |= fWeak
			}
			if b > 0 {
				if p := &us[b-1]; p.f&(fCue|fWeak) != 0 && (p.kind == token.Punct || p.kind == token.Symbol || p.kind == token.Number) {
					u.f |= fWeak
				}
			}
			if u.kind == token.Word && b > a && u.is(fCap) && u.End-u.Start <= 3 && (st.is(b, lexicon.Particle) || st.is(b, lexicon.Prep) || st.is(b, lexicon.Article)) {
				small++ // « Mis À Jour Le … »: a capitalized small word
			}
			if u.kind != token.Word || u.End-u.Start < 4 || u.is(fDigit) {
				continue
			}
			if b > a && u.flags&token.SpaceBefore == 0 && us[b-1].is(fElided) && us[b-1].is(fCap) {
				continue // « S'allient »: the capital went to the elided word
			}
			long++
			if !u.is(fCap) {
				lower++
			} else if u.flags&token.AllCaps != 0 {
				shout++
			}
		}
		// Title-case lines: three or more words of four letters or more,
		// none of them in lower case; a short line of capitalized words
		// only (« Les + Lus »); an upper-case line (« NÉCROLOGIE »), which
		// shouts every word.
		// Two capitalized articles or prepositions inside a line with no
		// lower-case word mark title case too (« Mis À Jour Le 22/09 »).
		if long >= 3 && lower == 0 || small >= 2 && lower == 0 || lower == 0 && b-a <= 4 && st.allWordsCap(a, b) || long >= 1 && shout == long && st.noLower(a, b) {
			for k := a; k < b; k++ {
				us[k].f |= fWeak | fHeadline
			}
		}
		for k := a; k < b; k++ {
			u := &us[k]
			if u.kind != token.Word && u.kind != token.URL {
				continue
			}
			switch {
			case u.is(fCap) && !u.is(fWeak):
				st.seen.add(u.hash)
			case !u.is(fCap) && !u.is(fElided):
				st.seen.add(lowerHash(u.hash))
			}
		}
		a = b
	}
}

// lowerHash is the hash under which st.seen records a word written in
// lower case: the word's hash with its high bits flipped (never 0).
func lowerHash(h uint64) uint64 { return h ^ 0x9e3779b97f4a7c14 }

// midCap reports whether the document writes the word whose key hash is h
// capitalized in the middle of a sentence.
func (st *state) midCap(h uint64) bool { return st.seen.has(h) }

// lowerCase reports whether the document writes the word whose key hash
// is h in lower case.
func (st *state) lowerCase(h uint64) bool { return st.seen.has(lowerHash(h)) }

// noLower reports whether no word of units [a,b) has a lower-case letter
// first.
func (st *state) noLower(a, b int) bool {
	for k := a; k < b; k++ {
		if st.units[k].kind == token.Word && !st.units[k].is(fCap) {
			return false
		}
	}
	return true
}

// allWordsCap reports whether every word unit of [a,b) is capitalized and
// there are at least two of them (« Les + Lus »).
func (st *state) allWordsCap(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if st.units[k].kind != token.Word {
			continue
		}
		if !st.units[k].is(fCap) {
			return false
		}
		n++
	}
	return n >= 2
}

func isApostropheText(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return n == len(s) && normalize.IsApostrophe(r)
}

// isElisionWord reports whether w is a French word that elides before a
// vowel: l, d, j, m, n, s, t, c, qu, jusqu, lorsqu, puisqu, quoiqu.
func isElisionWord(w string) bool {
	switch w {
	case "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
		"L", "D", "J", "M", "N", "S", "T", "C", "Qu", "Jusqu", "Lorsqu", "Puisqu", "Quoiqu", "QU":
		return true
	}
	return false
}

// hashKey is lexicon.Hash.
func hashKey(b []byte) uint64 { return lexicon.Hash(b) }

// hashSet is a small open-addressing set of key hashes (never 0). It
// grows with what it holds rather than with the text: a document repeats
// its words, and a table sized for its distinct words stays in the cache.
type hashSet struct {
	slots []uint64
	n     int
}

// init empties s, keeping its size from the last use (a state serves
// documents of similar sizes).
func (s *hashSet) init() {
	if len(s.slots) == 0 {
		s.slots = make([]uint64, 1024)
	} else {
		clear(s.slots)
	}
	s.n = 0
}

func (s *hashSet) add(h uint64) {
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	m := uint64(len(s.slots) - 1)
	for i := h & m; ; i = (i + 1) & m {
		switch s.slots[i] {
		case 0:
			s.slots[i] = h
			s.n++
			return
		case h:
			return
		}
	}
}

// grow doubles the table.
func (s *hashSet) grow() {
	slots := make([]uint64, 2*max(len(s.slots), 512))
	m := uint64(len(slots) - 1)
	for _, h := range s.slots {
		if h == 0 {
			continue
		}
		i := h & m
		for slots[i] != 0 {
			i = (i + 1) & m
		}
		slots[i] = h
	}
	s.slots = slots
}

func (s *hashSet) has(h uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	m := uint64(len(s.slots) - 1)
	for i := h & m; ; i = (i + 1) & m {
		switch s.slots[i] {
		case 0:
			return false
		case h:
			return true
		}
	}
}

// hashMap is a small open-addressing map from key hashes (never 0) to
// int32, for resolve's per-document indexes: cheaper than a Go map to
// clear and to probe, and kept with the state between calls.
type hashMap struct {
	keys []uint64
	vals []int32
	n    int
}

// init empties m, keeping its size from the last use.
func (m *hashMap) init() {
	if len(m.keys) == 0 {
		m.keys, m.vals = make([]uint64, 256), make([]int32, 256)
	} else {
		clear(m.keys)
	}
	m.n = 0
}

// get returns the value of h, or 0 and false.
func (m *hashMap) get(h uint64) (int32, bool) {
	mask := uint64(len(m.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case h:
			return m.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// set makes v the value of h.
func (m *hashMap) set(h uint64, v int32) {
	if 2*(m.n+1) > len(m.keys) {
		m.grow()
	}
	mask := uint64(len(m.keys) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		switch m.keys[i] {
		case h:
			m.vals[i] = v
			return
		case 0:
			m.keys[i], m.vals[i] = h, v
			m.n++
			return
		}
	}
}

// grow doubles the table.
func (m *hashMap) grow() {
	keys, vals := m.keys, m.vals
	m.keys, m.vals = make([]uint64, 2*len(keys)), make([]int32, 2*len(keys))
	mask := uint64(len(m.keys) - 1)
	for j, h := range keys {
		if h == 0 {
			continue
		}
		i := h & mask
		for m.keys[i] != 0 {
			i = (i + 1) & mask
		}
		m.keys[i], m.vals[i] = h, vals[j]
	}
}
