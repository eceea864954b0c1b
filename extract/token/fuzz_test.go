package token

import (
	"encoding/binary"
	"slices"
	"testing"
)

// fuzzSeeds are the inputs of the table tests plus a few hostile ones.
func fuzzSeeds() []string {
	seeds := []string{
		"\ufeffLe Chat.\r\nLa suite.\r\n\r\nFin",
		"a\xffb\xc3\x00c\u0301\u00ad",
		"1" + "0000000000000000000000000000000000000000" + " 10^400",
		"l'l'l' d' »x » « y »» a-t-il-t-il a.a.a@b.fr www. http://",
		"J.-C. U.S.A. c.-à-d. n° nº M. 1. 2.",
	}
	for _, tt := range tokenizeTests {
		seeds = append(seeds, tt.in)
	}
	for _, tt := range segmentTests {
		seeds = append(seeds, tt.in)
	}
	return seeds
}

// FuzzTokenize checks the invariants of Tokenize and Segment on any input,
// and that Append into a used buffer gives the same tokens.
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks, _ := tokenizeChecked(t, src)
		again := Append(make([]Token, 3, 8), src)[3:]
		for i := range toks {
			toks[i].Flags &^= SentenceStart
		}
		if !slices.Equal(toks, again) {
			t.Errorf("Append into a used buffer differs from Tokenize on %q", src)
		}
		checkFastPath(t, "fuzz", src)
	})
}

// FuzzSegment feeds Segment arbitrary tokens (not from Tokenize, possibly
// out of range, overlapping or of unknown kind) and checks that it does
// not panic and still covers them with sentences.
func FuzzSegment(f *testing.F) {
	f.Add("Il pleut. Il neige.", []byte{0, 0, 2, 1, 0, 3, 6, 1, 0, 0, 9, 1, 3, 0, 10, 1, 2, 0, 13, 1, 1, 0})
	f.Add("« Non ! », dit-il.\n\nFin", []byte{255, 255, 255, 255, 0, 0, 0, 0, 7, 7})
	for _, s := range segmentTests {
		f.Add(s.in, []byte(s.in))
	}
	f.Fuzz(func(t *testing.T, src string, data []byte) {
		var toks []Token
		for len(data) >= 5 {
			start := int(int8(data[0])) + len(src)/2
			toks = append(toks, Token{
				Span:  Span{start, start + int(data[1])%8},
				Kind:  Kind(data[2] % 10),
				Flags: Flags(binary.LittleEndian.Uint16(data[3:5])),
			})
			data = data[5:]
		}
		checkSegmentRef(t, "fuzz", src, toks)
		sents := Segment(src, toks)
		checkSentences(t, src, toks, sents)

		// Segment on real tokens of the same text.
		tokenizeChecked(t, src)
	})
}
