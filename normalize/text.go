package normalize

import (
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Text is a normalized copy of a text together with the map from its byte
// offsets back to the original bytes. It is for components that must read
// rewritten text (a tagger trained on normalized input, decomposed input
// seen in NFC) and still report offsets into the caller's text.
//
// Norm is Orig with: NFC applied; apostrophes (IsApostrophe) turned into
// U+0027 APOSTROPHE; quotation marks (IsQuote) into U+0022 QUOTATION MARK;
// hyphens, dashes and the minus sign (IsDash) into U+002D HYPHEN-MINUS;
// non-ASCII horizontal spaces (IsSpace: U+00A0, U+202F, U+2009, U+200B,
// U+FEFF...) into U+0020 SPACE, and U+0085, U+2028 and U+2029 into a
// newline; the ligatures œ Œ æ Æ ĳ Ĳ ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ spelt out (oe OE ae AE ij
// IJ ff fi fl ffi ffl st st); U+00AD SOFT HYPHEN, U+200C and U+200D dropped;
// each run of invalid UTF-8 bytes replaced by one U+FFFD. Case, accents, ß,
// ASCII white space (tabs and newlines matter to sentence splitting),
// control characters and everything else are kept. Norm is valid UTF-8 in
// NFC, and NewText(t.Norm()) changes nothing.
//
// The map is exact at the boundaries of the rewritten pieces: see the
// package documentation (# Offsets) for what each method guarantees.
//
// The zero Text is the empty text. A Text is immutable and safe for
// concurrent use.
type Text struct {
	orig, norm string
	// changes lists the rewritten pieces in order. Between two pieces, and
	// before the first and after the last, Norm and Orig are equal bytes.
	changes []change
}

// change is one rewritten piece: Orig[orig:origEnd] became
// Norm[norm:normEnd]. A piece always covers at least one original byte; its
// normalized text is empty only when the whole of Orig is dropped (a text
// made of soft hyphens), because a dropped rune is otherwise merged into
// the piece that follows it (or precedes it, at the end of the text).
type change struct {
	norm, normEnd int
	orig, origEnd int
}

// NewText normalizes orig. When nothing needs to change, Norm is Orig
// itself and NewText does not allocate.
func NewText(orig string) Text {
	b := textBuilder{src: orig, del: -1}
	b.run()
	if b.out == nil {
		return Text{orig: orig, norm: orig}
	}
	b.out = append(b.out, orig[b.done:]...)
	// b.out is never written again: share it rather than copy it, as
	// strings.Builder does.
	return Text{
		orig:    orig,
		norm:    unsafe.String(unsafe.SliceData(b.out), len(b.out)),
		changes: b.changes,
	}
}

// Orig returns the original text.
func (t Text) Orig() string { return t.orig }

// Norm returns the normalized text.
func (t Text) Norm() string { return t.norm }

// OrigOffset returns the byte offset in Orig that corresponds to the byte
// offset n in Norm. An offset inside a rewritten piece (between the 'o'
// and the 'e' that came from 'œ') maps to the start of the piece. n is
// clamped to [0, len(Norm)].
func (t Text) OrigOffset(n int) int {
	n = clamp(n, len(t.norm))
	k := lastNorm(t.changes, n)
	if k < 0 {
		return n
	}
	c := &t.changes[k]
	if n < c.normEnd || n == c.norm {
		return c.orig
	}
	return c.origEnd + n - c.normEnd
}

// OrigSpan returns the byte span in Orig that corresponds to the span
// Norm[start:end]: start maps to the start of the piece it falls in, end to
// the end of the piece it falls in, so that the result covers every
// original byte that produced Norm[start:end]. The offsets are clamped to
// [0, len(Norm)], and end to at least start.
func (t Text) OrigSpan(start, end int) (int, int) {
	start = clamp(start, len(t.norm))
	end = max(clamp(end, len(t.norm)), start)
	a := t.OrigOffset(start)
	k := lastNorm(t.changes, end)
	if k < 0 {
		return a, end
	}
	c := &t.changes[k]
	if end < c.normEnd && end > c.norm || end == c.norm && c.norm == c.normEnd {
		return a, c.origEnd
	}
	if end == c.norm {
		return a, c.orig
	}
	return a, c.origEnd + end - c.normEnd
}

// NormOffset returns the byte offset in Norm that corresponds to the byte
// offset o in Orig: the inverse of OrigOffset. An offset inside a
// rewritten piece maps to the start of its normalized text. o is clamped
// to [0, len(Orig)].
func (t Text) NormOffset(o int) int {
	o = clamp(o, len(t.orig))
	k := lastOrig(t.changes, o)
	if k < 0 {
		return o
	}
	c := &t.changes[k]
	if o < c.origEnd {
		return c.norm
	}
	return c.normEnd + o - c.origEnd
}

// NormSpan returns the byte span in Norm that corresponds to the span
// Orig[start:end], such as a token found in the original text: start maps
// to the start of the normalized text of the piece it falls in, end to its
// end. The offsets are clamped to [0, len(Orig)], and end to at least start.
func (t Text) NormSpan(start, end int) (int, int) {
	start = clamp(start, len(t.orig))
	end = max(clamp(end, len(t.orig)), start)
	a := t.NormOffset(start)
	k := lastOrig(t.changes, end)
	if k < 0 {
		return a, end
	}
	c := &t.changes[k]
	if end > c.orig && end < c.origEnd {
		return a, c.normEnd
	}
	if end == c.orig {
		return a, c.norm
	}
	return a, c.normEnd + end - c.origEnd
}

// lastNorm returns the index of the last change with norm <= n, or -1.
// Binary search, as go/token finds a line.
func lastNorm(cs []change, n int) int {
	lo, hi := 0, len(cs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cs[m].norm <= n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// lastOrig returns the index of the last change with orig <= o, or -1.
func lastOrig(cs []change, o int) int {
	lo, hi := 0, len(cs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if cs[m].orig <= o {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

func clamp(n, hi int) int {
	return min(max(n, 0), hi)
}

// textBuilder is the rune loop behind NewText. It walks src one NFC
// segment at a time (a segment is a rune that starts a normalization
// boundary and the non-starters that follow it). A segment that comes out
// unchanged is not copied; a changed one is appended to out with a change
// record. out stays nil until the first change, which gives the
// allocation-free fast path.
type textBuilder struct {
	src     string
	out     []byte     // Norm so far, nil while nothing has changed
	done    int        // src[:done] is accounted for in out
	changes []change   // the pieces so far
	del     int        // start of the dropped runes not yet attached to a piece, or -1
	tmp     []byte     // scratch for NFC
	tmp2    []byte     // scratch for mapping inside a segment
	iter    *norm.Iter // NFC of segments; norm.Form.Append allocates per call
}

// nfc appends the NFC of seg to dst. It goes through one norm.Iter per
// text, allocated on first use, because Form.AppendString allocates its
// working buffer on every call: one allocation per accent of a decomposed
// text.
func (b *textBuilder) nfc(dst []byte, seg string) []byte {
	if b.iter == nil {
		b.iter = new(norm.Iter)
	}
	b.iter.InitString(norm.NFC, seg)
	for !b.iter.Done() {
		dst = append(dst, b.iter.Next()...)
	}
	return dst
}

// run normalizes b.src into b.out and b.changes.
func (b *textBuilder) run() {
	s := b.src
	n := len(s)
	i := 0
	for i < n {
		if b.del < 0 {
			// A run of runes kept as they are, up to the last one before
			// a non-starter (which belongs to the next segment).
			j, last := keepRun(s, i)
			if j < n && j > i && !boundaryAt(s, j) {
				j = last // s[last] starts a segment of several runes
			}
			if j > i {
				i = j
				continue
			}
		}
		if k := invalidRun(s[i:]); k > 0 {
			b.emit(i, i+k, "\uFFFD")
			i += k
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		j := i + size
		for j < n && !boundaryAt(s, j) {
			_, sz := utf8.DecodeRuneInString(s[j:])
			j += sz
		}
		if j == i+size && stableRune(r, s[i:]) {
			b.single(i, j, r)
		} else {
			b.segment(i, j)
		}
		i = j
	}
	if b.del >= 0 {
		b.dropTail()
	}
}

// keepRun returns the end j of the run of ASCII and Latin runes from s[i:]
// that normalization keeps as they are (every ASCII rune but '`', every
// rune from U+00C0 to U+027F but the ligatures), and the start of the last
// rune of the run. It is the fast path of French text: only apostrophes,
// guillemets, no-break spaces and the like leave it.
func keepRun(s string, i int) (j, last int) {
	j, last = i, i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if c == '`' {
				break
			}
			last = j
			j++
			continue
		}
		// Lead bytes 0xC3 to 0xC9: U+00C0 to U+027F.
		if c < 0xC3 || c > 0xC9 || j+1 >= len(s) || s[j+1]&0xC0 != 0x80 {
			break
		}
		switch r := rune(c&0x1F)<<6 | rune(s[j+1]&0x3F); r {
		case 'Æ', 'æ', 'Œ', 'œ', 'Ĳ', 'ĳ':
			return j, last
		}
		last = j
		j += 2
	}
	return j, last
}

// dropTail attaches the dropped runes at the end of the text to the piece
// before them.
func (b *textBuilder) dropTail() {
	s, n, d := b.src, len(b.src), b.del
	b.del = -1
	if k := len(b.changes) - 1; k >= 0 && b.changes[k].origEnd == d {
		// The piece before is a rewritten one: extend it.
		b.changes[k].origEnd = n
		b.done = n
		return
	}
	// The segment before is unchanged: find its start and rewrite it
	// together with the dropped runes.
	p := d
	for p > b.done {
		_, size := utf8.DecodeLastRuneInString(s[:p])
		p -= size
		if boundaryAt(s, p) {
			break
		}
	}
	b.emit(p, n, s[p:d])
}

// boundaryAt reports whether an NFC segment starts at s[j:]: whether the
// rune there cannot combine with or reorder around what precedes it.
// Invalid bytes are boundaries.
func boundaryAt(s string, j int) bool {
	// Lead bytes below 0xCC are ASCII, U+0080 to U+02FF (no rune there
	// combines backwards) or not lead bytes at all.
	if s[j] < 0xCC {
		return true
	}
	return norm.NFC.PropertiesString(s[j:]).BoundaryBefore()
}

// stableRune reports whether the rune r, which starts s and stands alone
// in its segment, is in NFC by itself: true unless it has a canonical
// decomposition that NFC does not give back (U+2126 OHM SIGN, U+0958...).
// Runes with a decomposition are checked by segment, which is slower but
// rare outside Latin (TestStableRune checks the fast ranges).
func stableRune(r rune, s string) bool {
	if r < 0x300 || 0x1E00 <= r && r <= 0x1EFF || 0x2002 <= r && r <= 0x20CF {
		return true
	}
	return norm.NFC.PropertiesString(s).Decomposition() == nil
}

// single handles the segment src[i:j], a single rune r in NFC.
func (b *textBuilder) single(i, j int, r rune) {
	if r < utf8.RuneSelf && r != '`' {
		if b.del >= 0 {
			b.emit(i, j, b.src[i:j])
		}
		return
	}
	switch cl, repl := classify(r); cl {
	case clDrop:
		if b.del < 0 {
			b.del = i
		}
		return
	case clKeep:
		if b.del >= 0 {
			b.emit(i, j, b.src[i:j])
		}
	default:
		b.emit(i, j, repl)
	}
}

// segment handles the segment src[i:j] of several runes (a letter and its
// combining accents), or of one rune that is not in NFC by itself: NFC,
// then the typographic map on each rune, then NFC again if the map changed
// anything (œ + U+0301 becomes "oe" + U+0301, which composes to "oé").
// Dropped runes are kept inside such segments: removing a soft hyphen that
// carries an accent would let the accent combine with the rune before it.
func (b *textBuilder) segment(i, j int) {
	seg := b.src[i:j]
	b.tmp = b.nfc(b.tmp[:0], seg)
	t := b.tmp
	mapped := b.tmp2[:0]
	changed := false
	for k := 0; k < len(t); {
		r, size := utf8.DecodeRune(t[k:])
		if cl, repl := classify(r); cl != clKeep && cl != clDrop {
			if !changed {
				mapped = append(mapped, t[:k]...)
				changed = true
			}
			mapped = append(mapped, repl...)
		} else if changed {
			mapped = append(mapped, t[k:k+size]...)
		}
		k += size
	}
	if changed {
		b.tmp2 = mapped
		b.tmp = b.nfc(b.tmp[:0], string(mapped))
		t = b.tmp
	}
	if string(t) == seg {
		// Unchanged. But a soft hyphen (or ZWJ, ZWNJ) that carries marks
		// is kept here and dropped when alone: record the segment as a
		// piece anyway, so that no span boundary falls inside it and
		// NewText(Orig[OrigSpan(s, e)]) stays equal to Norm[s:e].
		if b.del >= 0 || startsWithDrop(seg) {
			b.emit(i, j, seg)
		}
		return
	}
	b.emitBytes(i, j, t)
}

func startsWithDrop(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	cl, _ := classify(r)
	return cl == clDrop
}

// emit records that src[i:j] became repl, together with any dropped runes
// pending before i.
func (b *textBuilder) emit(i, j int, repl string) {
	i = b.open(i)
	b.out = append(b.out, repl...)
	b.close(i, j)
}

func (b *textBuilder) emitBytes(i, j int, repl []byte) {
	i = b.open(i)
	b.out = append(b.out, repl...)
	b.close(i, j)
}

// open copies the unchanged text before the piece that starts at i (or at
// the pending dropped runes) and returns the piece's real start.
func (b *textBuilder) open(i int) int {
	if b.del >= 0 {
		i, b.del = b.del, -1
	}
	if b.out == nil {
		b.out = make([]byte, 0, len(b.src)+len(b.src)/8+8)
		b.changes = make([]change, 0, 16)
	}
	b.out = append(b.out, b.src[b.done:i]...)
	b.changes = append(b.changes, change{norm: len(b.out), orig: i})
	return i
}

func (b *textBuilder) close(i, j int) {
	c := &b.changes[len(b.changes)-1]
	c.normEnd, c.origEnd = len(b.out), j
	b.done = j
}
