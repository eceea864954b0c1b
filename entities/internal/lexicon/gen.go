//go:generate go run ../cmd/genlexicon

package lexicon
