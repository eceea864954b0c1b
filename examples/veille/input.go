package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// input is one article to analyse, listed but not read yet: the workers
// read it, so that reading is lazy and parallel and a corpus is never held
// in memory.
type input struct {
	source string    // the name printed with the results
	path   string    // a file whose whole content is the article
	stdin  io.Reader // or a stream whose whole content is the article
	line   []byte    // or a JSONL line holding the article (-jsonl-in)
	lineNo int       // the line's number, from 1
	err    error     // the input could not be listed: reported in order
}

// inputs lists the articles named by the command line, in order: files
// as given, folders walked in lexical order, "-" for stdin, and with
// -jsonl-in every line of every stream. It opens nothing but directories
// and JSONL streams.
func (c *config) inputs(stdin io.Reader) iter.Seq[input] {
	return func(yield func(input) bool) {
		stdinRead := false
		for _, arg := range c.args {
			if arg == "-" {
				switch {
				case stdinRead:
					if !yield(input{source: "-", err: errors.New("standard input named twice")}) {
						return
					}
				case c.jsonlField != "":
					stdinRead = true
					if !jsonlLines("-", stdin, yield) {
						return
					}
				default:
					stdinRead = true
					if !yield(input{source: "-", stdin: stdin}) {
						return
					}
				}
				continue
			}
			info, err := os.Stat(arg)
			if err != nil {
				if !yield(input{source: arg, err: err}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !c.file(arg, yield) {
					return
				}
				continue
			}
			if !c.walk(arg, yield) {
				return
			}
		}
	}
}

// file yields the article of a file, or its lines with -jsonl-in.
func (c *config) file(path string, yield func(input) bool) bool {
	if c.jsonlField == "" {
		return yield(input{source: path, path: path})
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(input{source: path, err: err})
	}
	defer f.Close()
	return jsonlLines(path, f, yield)
}

// walk yields the files of the folder root, recursively, whose extension
// is one of -ext, skipping hidden files and folders (.git).
func (c *config) walk(root string, yield func(input) bool) bool {
	if info, err := os.Lstat(root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
		root += string(filepath.Separator) // walk the folder a link points to
	}
	stopped := false
	filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !yield(input{source: path, err: err}) {
				stopped = true
				return filepath.SkipAll
			}
			return nil
		}
		hidden := strings.HasPrefix(d.Name(), ".") && path != root && d.Name() != "." && d.Name() != ".."
		if d.IsDir() {
			if hidden {
				return filepath.SkipDir
			}
			return nil
		}
		if hidden || !slices.Contains(c.exts, strings.ToLower(filepath.Ext(path))) {
			return nil
		}
		if !d.Type().IsRegular() {
			// A link to a file is read; a link to a folder, a pipe or a
			// device is not.
			info, err := os.Stat(path)
			if err != nil || !info.Mode().IsRegular() {
				return nil
			}
		}
		if !c.file(path, yield) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	})
	return !stopped
}

// jsonlLines yields the non-blank lines of a JSONL stream named name.
func jsonlLines(name string, r io.Reader, yield func(input) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if len(bytes.TrimSpace(line)) > 0 {
			if !yield(input{source: name, line: line, lineNo: n}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return yield(input{source: name + ":" + strconv.Itoa(n), err: err})
		}
	}
}

// read returns the article's text and the name of its source.
func (in input) read(field string) (text, source string, err error) {
	switch {
	case in.err != nil:
		return "", in.source, in.err
	case in.line != nil:
		return decodeLine(in.line, field, in.source, in.lineNo)
	case in.stdin != nil:
		b, err := io.ReadAll(in.stdin)
		if err != nil {
			return "", in.source, fmt.Errorf("reading standard input: %w", err)
		}
		return string(b), in.source, nil
	default:
		b, err := os.ReadFile(in.path)
		return string(b), in.source, err
	}
}

// decodeLine returns the text held by the string field of a JSONL line, and
// its source: the line's "id" (a string or a number) or "url" field if it
// has one, else NAME:LINE.
func decodeLine(line []byte, field, name string, n int) (text, source string, err error) {
	source = name + ":" + strconv.Itoa(n)
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(line, &obj); err != nil {
		return "", source, fmt.Errorf("%s: not a JSON object: %v", source, err)
	}
	raw, ok := obj[field]
	if !ok || json.Unmarshal(raw, &text) != nil {
		return "", source, fmt.Errorf("%s: no string field %q", source, field)
	}
	var id string
	if v, ok := obj["id"]; ok && json.Unmarshal(v, &id) == nil && id != "" {
		return text, id, nil
	}
	var num json.Number
	if v, ok := obj["id"]; ok && json.Unmarshal(v, &num) == nil {
		return text, num.String(), nil
	}
	if v, ok := obj["url"]; ok && json.Unmarshal(v, &id) == nil && id != "" {
		return text, id, nil
	}
	return text, source, nil
}
