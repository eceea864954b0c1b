package entities

import (
	"testing"

	"github.com/veille-nlp/veille/entities/internal/lexicon"
)

// TestTypesMatchLexicon pins what the tagger relies on when it converts a
// lexicon reading with Type(e.Type): the two enums number the contract's
// types alike.
func TestTypesMatchLexicon(t *testing.T) {
	for ty := Person; ty <= Event; ty++ {
		lt, ok := lexicon.ParseType(ty.String())
		if !ok || Type(lt) != ty {
			t.Errorf("%v is %d here but lexicon.ParseType gives %d, %v", ty, ty, lt, ok)
		}
	}
}
