package main

import (
	"io"
)

// formatter prints articles in one output format. Workers call article
// concurrently, each for its own article; begin and end are called once,
// before the first article and after the last, from one goroutine.
type formatter interface {
	begin(w io.Writer) error
	article(dst []byte, a *article) ([]byte, error)
	end(w io.Writer, n int) error // n is the number of articles printed
}

// newFormatter returns the formatter of cfg.format. named tells the JSON
// format to add the "source" field, as it does when the command line names
// more than one article.
func newFormatter(cfg *config, named bool) formatter {
	switch cfg.format {
	case "jsonl":
		return jsonlFormat{}
	case "text":
		return textFormat{}
	case "tsv":
		return tsvFormat{}
	case "html":
		return htmlFormat{}
	default:
		return jsonFormat{named: named}
	}
}

// jsonFormat prints each article as the contract's object, indented, one
// after another. With a single input the output is exactly one JSON value.
type jsonFormat struct{ named bool }

func (jsonFormat) begin(io.Writer) error    { return nil }
func (jsonFormat) end(io.Writer, int) error { return nil }

func (f jsonFormat) article(dst []byte, a *article) ([]byte, error) {
	source := ""
	if f.named {
		source = a.source
	}
	compact, err := a.doc.AppendJSON(nil, source)
	if err != nil {
		return dst, err
	}
	return appendReadableJSON(dst, compact), nil
}

// appendReadableJSON appends the compact JSON object obj laid out for
// reading as the contract shows it: one field per line, and the elements
// of an array field one per line, each compact. It rewrites only the
// white space between tokens, so the values stay byte for byte as the
// library wrote them.
func appendReadableJSON(dst, obj []byte) []byte {
	depth := 0
	var arrays uint64 // bit d: the container at depth d+1 is an array
	inString, escape := false, false
	for i, c := range obj {
		if inString {
			dst = append(dst, c)
			switch {
			case escape:
				escape = false
			case c == '\\':
				escape = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
			dst = append(dst, c)
		case '{', '[':
			dst = append(dst, c)
			depth++
			if c == '[' && depth < 64 {
				arrays |= 1 << depth
			} else if depth < 64 {
				arrays &^= 1 << depth
			}
			empty := i+1 < len(obj) && (obj[i+1] == '}' || obj[i+1] == ']')
			switch {
			case empty:
			case depth == 1:
				dst = append(dst, "\n  "...)
			case depth == 2 && c == '[':
				dst = append(dst, "\n    "...)
			}
		case '}', ']':
			empty := i > 0 && (obj[i-1] == '{' || obj[i-1] == '[')
			switch {
			case empty:
			case depth == 1:
				dst = append(dst, '\n')
			case depth == 2 && c == ']':
				dst = append(dst, "\n  "...)
			}
			dst = append(dst, c)
			depth--
		case ',':
			dst = append(dst, c)
			switch {
			case depth == 1:
				dst = append(dst, "\n  "...)
			case depth == 2 && arrays&(1<<2) != 0:
				dst = append(dst, "\n    "...)
			}
		case ':':
			dst = append(dst, c)
			if depth == 1 {
				dst = append(dst, ' ')
			}
		case ' ', '\t', '\n', '\r':
			// Compact input has none; drop any.
		default:
			dst = append(dst, c)
		}
	}
	return append(dst, '\n')
}

// jsonlFormat prints each article as the contract's object on one line,
// with a "source" field.
type jsonlFormat struct{}

func (jsonlFormat) begin(io.Writer) error    { return nil }
func (jsonlFormat) end(io.Writer, int) error { return nil }

func (jsonlFormat) article(dst []byte, a *article) ([]byte, error) {
	dst, err := a.doc.AppendJSON(dst, a.source)
	if err != nil {
		return dst, err
	}
	return append(dst, '\n'), nil
}
