package custom_test

import (
	"github.com/veille-nlp/veille/entities/custom"
	"github.com/veille-nlp/veille/extract/token"
)

func spanOf(s custom.Span) token.Span { return token.Span{Start: s.Start, End: s.End} }
