// Package layering holds the test that pins veille's package layering:
// normalization and tokens at the bottom, amounts and entities above, the
// pipeline on top, the CLI last. It has no code of its own.
package layering
