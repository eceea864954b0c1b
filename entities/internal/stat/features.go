package stat

import (
	"unicode"
	"unicode/utf8"

	"github.com/veille-nlp/veille/extract/token"
)

// Feature templates. A feature is a 64-bit hash of its template number and
// its value, computed over the source bytes without building strings; the
// model maps kept hashes to dense row numbers.
const (
	fBias uint8 = iota + 1
	fWord
	fPrefix2
	fPrefix3
	fSuffix2
	fSuffix3
	fSuffix4
	fShape
	fFlags
	fLen
	fKnownLower
	fPrev1
	fPrev2
	fNext1
	fNext2
	fShapePrev
	fShapeNext
	fPrevWordShape
	fShapeShapeNext
	fWordNext
	fPrevWord
	fFlagsPrev
	fFlagsNext
	fPrev12
	// History templates, combined with the previous labels at decoding.
	fY1
	fY1Y2
	fY1Word
	fY1Shape
)

// numStatic is the number of static feature slots per token.
const numStatic = int(fPrev12 - fBias + 1)

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * fnvPrime }

func hashRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		return hashByte(h, byte(r))
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	for _, b := range buf[:n] {
		h = hashByte(h, b)
	}
	return h
}

func seed(t uint8) uint64 { return hashByte(fnvOffset, t) }

// mix combines a base hash with a template and a small value (a label, a
// second hash's low bits) and finalizes it (splitmix64), so that combined
// features spread over the whole key space. It never returns 0, which
// marks an empty slot.
func mix(base uint64, t uint8, v uint64) uint64 {
	x := base ^ uint64(t)<<56 ^ v*0x9e3779b97f4a7c15
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	if x == 0 {
		x = 1
	}
	return x
}

// fold maps a rune to the form features see: lower case, one apostrophe,
// every digit 0.
func fold(r rune) rune {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if '0' <= r && r <= '9' {
			return '0'
		}
		return r
	case r == '’' || r == 'ʼ' || r == '‘':
		return '\''
	case unicode.IsDigit(r):
		return '0'
	}
	return unicode.ToLower(r)
}

// hashFolded hashes the folded runes of s.
func hashFolded(h uint64, s string) uint64 {
	for _, r := range s {
		h = hashRune(h, fold(r))
	}
	return h
}

// prefixEnd returns the byte length of the first n runes of s (all of s if
// it is shorter), and whether s had at least n runes.
func prefixEnd(s string, n int) (int, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i >= len(s) {
			return i, false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return i, true
}

// suffixStart returns the byte offset where the last n runes of s start.
func suffixStart(s string, n int) (int, bool) {
	i := len(s)
	for k := 0; k < n; k++ {
		if i <= 0 {
			return 0, false
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return i, true
}

// shapeHash hashes the collapsed shape of s: X for an upper-case letter,
// x lower, d digit, and the character itself for - ' . & _, other
// characters as p; runs of one class collapse into one, and the shape
// stops at 8 classes (Nvidia → Xx, H100 → Xd, Royaume-Uni → Xx-Xx,
// GB200 → Xd, l' → x').
func shapeHash(s string) uint64 {
	h := seed(fShape)
	var last byte
	n := 0
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r == '-' || r == '.' || r == '&' || r == '_':
			c = byte(r)
		case r == '\'' || r == '’' || r == 'ʼ':
			c = '\''
		default:
			c = 'p'
		}
		if c == last {
			continue
		}
		last = c
		h = hashByte(h, c)
		if n++; n == 8 {
			break
		}
	}
	return h
}

func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	for _, r := range rs {
		h = hashRune(h, r)
	}
	return h
}

// affixesLong appends the affix features of a word too long for the rune
// buffer of static.
func affixesLong(dst []uint64, w string) []uint64 {
	if n, ok := prefixEnd(w, 2); ok && n < len(w) {
		dst = append(dst, mix(hashFolded(fnvOffset, w[:n]), fPrefix2, 0))
	}
	if n, ok := prefixEnd(w, 3); ok && n < len(w) {
		dst = append(dst, mix(hashFolded(fnvOffset, w[:n]), fPrefix3, 0))
	}
	if n, ok := suffixStart(w, 2); ok && n > 0 {
		dst = append(dst, mix(hashFolded(fnvOffset, w[n:]), fSuffix2, 0))
	}
	if n, ok := suffixStart(w, 3); ok && n > 0 {
		dst = append(dst, mix(hashFolded(fnvOffset, w[n:]), fSuffix3, 0))
	}
	if n, ok := suffixStart(w, 4); ok && n > 0 {
		dst = append(dst, mix(hashFolded(fnvOffset, w[n:]), fSuffix4, 0))
	}
	return dst
}

// tokFeat holds what the features of a token are made of.
type tokFeat struct {
	word  uint64 // folded word hash (template-free)
	shape uint64
	flags uint64
}

const noToken = 0x5bd1e995 // the word hash of positions outside the sentence

// flagMask selects the token flags the flag feature sees.
const flagMask = token.Capitalized | token.AllCaps | token.HasDigit | token.Hyphenated |
	token.Elided | token.Abbrev | token.Quote | token.SentenceStart | token.LineStart

func describe(src string, t token.Token) tokFeat {
	w := src[t.Start:t.End]
	return tokFeat{
		word:  hashFolded(fnvOffset, w),
		shape: shapeHash(w),
		flags: uint64(t.Kind)<<16 | uint64(t.Flags&flagMask),
	}
}

// static appends the static feature hashes of toks[i] to dst; desc holds
// the description of every token of toks. lower reports whether a folded
// word hash is a word seen in lower case in training.
func static(dst []uint64, src string, toks []token.Token, desc []tokFeat, i int, lower func(uint64) bool) []uint64 {
	t := toks[i]
	w := src[t.Start:t.End]
	d := desc[i]
	at := func(j int) tokFeat {
		if j < 0 || j >= len(desc) {
			return tokFeat{word: noToken, shape: noToken, flags: noToken}
		}
		return desc[j]
	}
	p1, p2, n1, n2 := at(i-1), at(i-2), at(i+1), at(i+2)
	dst = append(dst,
		mix(0, fBias, 0),
		mix(d.word, fWord, 0),
	)
	// Affixes over the folded runes, decoded once.
	var buf [32]rune
	rs := buf[:0]
	for _, r := range w {
		if len(rs) == len(buf) {
			rs = nil
			break
		}
		rs = append(rs, fold(r))
	}
	if rs == nil {
		dst = affixesLong(dst, w)
	} else {
		n := len(rs)
		if n > 2 {
			dst = append(dst, mix(hashRunes(rs[:2]), fPrefix2, 0))
		}
		if n > 3 {
			dst = append(dst, mix(hashRunes(rs[:3]), fPrefix3, 0))
		}
		if n > 2 {
			dst = append(dst, mix(hashRunes(rs[n-2:]), fSuffix2, 0))
		}
		if n > 3 {
			dst = append(dst, mix(hashRunes(rs[n-3:]), fSuffix3, 0))
		}
		if n > 4 {
			dst = append(dst, mix(hashRunes(rs[n-4:]), fSuffix4, 0))
		}
	}
	runes := utf8.RuneCountInString(w)
	if runes > 6 {
		runes = 6
	}
	known := uint64(0)
	if t.Flags&token.Capitalized != 0 && lower != nil && lower(d.word) {
		known = 1
		if t.Flags&token.SentenceStart != 0 {
			known = 2
		}
	}
	dst = append(dst,
		mix(d.shape, fShape, 0),
		mix(d.flags, fFlags, 0),
		mix(uint64(runes), fLen, 0),
		mix(known, fKnownLower, 0),
		mix(p1.word, fPrev1, 0),
		mix(p2.word, fPrev2, 0),
		mix(n1.word, fNext1, 0),
		mix(n2.word, fNext2, 0),
		mix(p1.shape, fShapePrev, 0),
		mix(n1.shape, fShapeNext, 0),
		mix(p1.word, fPrevWordShape, d.shape),
		mix(d.shape, fShapeShapeNext, n1.shape),
		mix(d.word, fWordNext, n1.word),
		mix(p1.word, fPrevWord, d.word),
		mix(p1.flags, fFlagsPrev, d.flags),
		mix(d.flags, fFlagsNext, n1.flags),
		mix(p2.word, fPrev12, p1.word),
	)
	return dst
}

// history returns the hashes of the history features of a token whose
// previous labels are y1 and y2.
func history(d tokFeat, y1, y2 uint8) [4]uint64 {
	return [4]uint64{
		mix(0, fY1, uint64(y1)),
		mix(uint64(y2), fY1Y2, uint64(y1)),
		mix(d.word, fY1Word, uint64(y1)),
		mix(d.shape, fY1Shape, uint64(y1)),
	}
}
