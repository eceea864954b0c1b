package stat

import (
	_ "embed"
	"sync"
)

//go:embed fr_ner.model
var frenchModel []byte

// French returns the embedded French PER/LOC/ORG model, decoded on first
// use (a few milliseconds) and shared afterwards.
var French = sync.OnceValues(func() (*Model, error) {
	return Decode(frenchModel)
})
