// Package normalize holds the Unicode and typographic normalization that
// French news needs for matching: rune classes (apostrophes, spaces, dashes,
// quotes), accent- and case-folded lookup keys, and a normalized copy of a
// text with an offset map back to the original bytes.
//
// It imports only the standard library and golang.org/x/text.
//
// # Which entry point
//
// Most components never rewrite text. The tokenizer scans the original
// bytes and asks the rune classes ([IsApostrophe], [IsSpace],
// [IsGroupSpace], [IsDash], [IsHyphen], [IsQuote], [IsWordJoiner]) what it
// is looking at, so that l’IA and l'IA, 18 000 with U+0020, U+00A0 or
// U+202F, and Royaume-Uni with U+002D or U+2011 are read alike while every
// offset stays an offset into the caller's text.
//
// To compare a token or a name with a lexicon entry, compute its [Key]
// (or [AppendKey] into a reused buffer): no offsets are involved.
//
// Only a component that must read rewritten text, such as a statistical
// tagger trained on normalized input, needs [NewText], which returns the
// normalized copy and the map back to the original offsets.
//
// # Keys
//
// [Key] folds a word or a name to its matching key. In order:
//
//   - the text is put in NFC (skipped when it is ASCII or already NFC);
//   - each precomposed letter is replaced by its canonical decomposition
//     and every nonspacing mark (Unicode category Mn) is removed, so é, É,
//     E + U+0301, ç, ǖ and ệ lose their accents;
//   - each rune is case-folded (simple case folding), and ß and ẞ become ss;
//   - apostrophes become ' (U+0027), quotation marks become " (U+0022),
//     hyphens, dashes and the minus sign become - (U+002D);
//   - the ligatures œ æ ĳ ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ are spelt out;
//   - each run of spaces (IsSpace, including newlines) becomes one ' ', and
//     spaces at either end are removed;
//   - the soft hyphen, U+200C, U+200D and the other invisible format
//     characters (category Cf: bidirectional marks, invisible operators)
//     are removed;
//   - each run of invalid UTF-8 bytes becomes one U+FFFD.
//
// So "Émirats", "EMIRATS", "émirats" and "E\u0301mirats" all have the key
// "emirats", "l’IA" has the key "l'ia" and "Royaume\u2011Uni" the key
// "royaume-uni". A key is valid UTF-8 in NFC, and Key(Key(s)) == Key(s).
//
// Removing every Mn mark is right for French and the Latin alphabet; in
// other scripts it also merges letters that their readers distinguish
// (Cyrillic й and и), which is acceptable for matching names in French
// text. [Lower] applies the same folding but keeps the accents, for the
// French stemmer and for comparisons that must tell "côte" from "cote".
//
// # Offsets
//
// [NewText] returns a [Text]: the original text (Orig), its normalized copy
// (Norm) and the list of pieces that were rewritten. A piece is one NFC
// segment (a rune and the combining marks that follow it) that changed, or
// one run of invalid bytes; a dropped rune (soft hyphen) is merged into the
// piece that follows it, or precedes it at the end of the text, and a soft
// hyphen that carries combining marks is kept, as a piece of its own.
// Between pieces, Norm and Orig are the same bytes. Offsets are byte offsets, and
// the methods find a piece by binary search, as go/token finds a line.
//
// A normalized offset is a boundary when it is a rune start of Norm (or
// len(Norm)) and does not fall strictly inside a rewritten piece. For
// example, in the Text of "cœur", Norm is "coeur" and offset 2 (between
// 'o' and 'e') is not a boundary. The map guarantees:
//
//   - OrigOffset is monotonic (non-decreasing), OrigOffset(0) == 0, and
//     OrigOffset(len(Norm)) == len(Orig) unless Norm is empty and Orig is
//     not (a text made only of dropped runes);
//   - OrigSpan(0, len(Norm)) == (0, len(Orig));
//   - the offset that OrigOffset or OrigSpan returns for a rune start of
//     Norm is a rune start of Orig (with invalid input: an offset where
//     decoding Orig from the start stops), or len(Orig);
//   - for boundaries s <= e, with (a, b) = OrigSpan(s, e),
//     NewText(Orig[a:b]).Norm() == Norm[s:e]: the original bytes of a span
//     normalize to exactly that span;
//   - for any s <= e, OrigSpan widens the span to whole pieces, so
//     Orig[a:b] holds every original byte that produced Norm[s:e];
//   - NormOffset and NormSpan map the other way with the same rules, and
//     NormOffset(OrigOffset(n)) == n at every boundary n.
//
// When nothing changes, Norm is Orig itself (no allocation) and every map
// is the identity.
//
// # Concurrency
//
// Every function of the package is safe for concurrent use: there is no
// package state beyond read-only tables (the two fold tables of U+0080 to
// U+02FF are built on first use, under sync.OnceValue). A [Text] is immutable once
// returned by NewText and may be shared between goroutines.
package normalize
