// Package normalize holds the Unicode and typographic normalization that
// French news needs for matching: rune classes (apostrophes, spaces, dashes,
// quotes), accent- and case-folded lookup keys, and a normalized copy of a
// text with an offset map back to the original bytes.
package normalize
