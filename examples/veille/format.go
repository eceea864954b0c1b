package main

import (
	"bytes"
	"encoding/json"
	"fmt"
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
	return appendReadableJSON(dst, compact)
}

// appendReadableJSON appends the compact JSON object obj laid out for
// reading as the contract shows it: one field per line, and the elements
// of an array field one per line.
func appendReadableJSON(dst, obj []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(obj))
	dec.UseNumber()
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return dst, fmt.Errorf("not a JSON object: %s", obj)
	}
	dst = append(dst, '{')
	for i := 0; dec.More(); i++ {
		key, err := dec.Token()
		if err != nil {
			return dst, err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return dst, err
		}
		if i > 0 {
			dst = append(dst, ',')
		}
		k, _ := json.Marshal(key)
		dst = append(dst, "\n  "...)
		dst = append(dst, k...)
		dst = append(dst, ": "...)
		var elems []json.RawMessage
		if json.Unmarshal(raw, &elems) != nil || len(elems) == 0 {
			dst = append(dst, raw...)
			continue
		}
		dst = append(dst, '[')
		for j, e := range elems {
			if j > 0 {
				dst = append(dst, ',')
			}
			dst = append(dst, "\n    "...)
			dst = append(dst, e...)
		}
		dst = append(dst, "\n  ]"...)
	}
	return append(dst, "\n}\n"...), nil
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
