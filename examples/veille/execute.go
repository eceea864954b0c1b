package main

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"os"

	"github.com/veille-nlp/veille/extract"
)

// result is what a worker makes of one input.
type result struct {
	source string
	size   int       // bytes read, for the progress bar
	out    []byte    // the article in the output format
	stats  *docStats // with -summary, instead of out
	err    error
}

// execute analyses every input and prints the results; it returns the exit
// status.
func (c *config) execute(stdin io.Reader, stdout, stderr io.Writer) int {
	ex, err := extract.New(extract.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "veille: %v\n", err)
		return exitInput
	}
	named := c.jsonlField != "" || len(c.args) > 1 || isDir(c.args[0])
	format := newFormatter(c, named)
	filt := filter{types: c.types, kinds: c.kinds}

	work := func(in numbered) result {
		text, source, err := in.read(c.jsonlField)
		if err != nil {
			return result{source: source, err: err}
		}
		r := result{source: source, size: len(text)}
		if in.line != nil {
			r.size = len(in.line)
		}
		a := newArticle(in.n, source, ex.Extract(text), filt)
		if c.summary {
			r.stats = statsOf(a)
		} else {
			r.out, r.err = format.article(nil, a)
		}
		return r
	}

	out := bufio.NewWriterSize(stdout, 64<<10)
	prog := newProgress(c, stdout, stderr)
	status := exitOK
	var sum *summary
	if c.summary {
		sum = newSummary()
	} else if err := format.begin(out); err != nil {
		return writeFailed(stderr, err)
	}
	printed := 0
	var writeErr error
	ordered(c.workers, number(c.inputs(stdin)), work, func(r result) bool {
		prog.add(r.size)
		switch {
		case r.err != nil:
			prog.clear()
			fmt.Fprintf(stderr, "veille: %v\n", r.err)
			status = exitInput
		case sum != nil:
			sum.add(r.stats)
		default:
			// Each article is written as soon as it is ready, for
			// pipelines.
			if _, writeErr = out.Write(r.out); writeErr == nil {
				writeErr = out.Flush()
			}
			printed++
		}
		return writeErr == nil
	})
	prog.done()
	if writeErr != nil {
		return writeFailed(stderr, writeErr)
	}
	if sum != nil {
		writeErr = sum.write(out, c.format)
	} else {
		writeErr = format.end(out, printed)
	}
	if writeErr == nil {
		writeErr = out.Flush()
	}
	if writeErr != nil {
		return writeFailed(stderr, writeErr)
	}
	return status
}

func writeFailed(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "veille: writing output: %v\n", err)
	return exitInput
}

// numbered is an input with its rank in input order, from 0.
type numbered struct {
	input
	n int
}

func number(src iter.Seq[input]) iter.Seq[numbered] {
	return func(yield func(numbered) bool) {
		n := 0
		for in := range src {
			if !yield(numbered{in, n}) {
				return
			}
			n++
		}
	}
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
