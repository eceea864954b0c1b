// Package lexsrc reads the lexicon source files of
// entities/internal/lexicon/src and triggers.tsv: tab-separated UTF-8
// lines, '#' comments. Both lexicon commands (gencountries, which checks
// the sources, and genlexicon, which compiles them) read them through it,
// so that they agree on what a valid line is.
package lexsrc

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Record is one data line of a source file, split into columns.
type Record struct {
	File string
	Line int
	Cols []string
}

// Pos returns "file:line".
func (r Record) Pos() string { return fmt.Sprintf("%s:%d", r.File, r.Line) }

// Errorf returns an error located at the record: "file:line: message".
func (r Record) Errorf(format string, args ...any) error {
	return fmt.Errorf("%s: %s", r.Pos(), fmt.Sprintf(format, args...))
}

// Read splits a source file into its data lines. It checks what all the
// files share: valid UTF-8 in NFC, LF line ends and a final newline, no
// stray or non-breaking blanks, no control characters, a non-empty first
// column, and a column count within [minCols, maxCols]. Lines that start
// with '#' and empty lines are skipped. A line that breaks a rule is
// reported and left out.
func Read(name string, data []byte, minCols, maxCols int) ([]Record, []error) {
	var recs []Record
	var errs []error
	bad := func(line int, format string, args ...any) {
		errs = append(errs, Record{File: name, Line: line}.Errorf(format, args...))
	}
	if len(data) > 0 && data[len(data)-1] != '\n' {
		bad(bytes.Count(data, []byte{'\n'})+1, "file does not end with a newline")
	}
	lines := strings.Split(string(data), "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, line := range lines {
		n := i + 1
		if strings.ContainsRune(line, '\r') {
			bad(n, "carriage return (files use LF line ends)")
			continue
		}
		if !utf8.ValidString(line) || strings.ContainsRune(line, '\uFFFD') {
			bad(n, "invalid UTF-8 or U+FFFD")
			continue
		}
		if !norm.NFC.IsNormalString(line) {
			bad(n, "not in Unicode NFC")
			continue
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if strings.TrimSpace(line) == "" {
			bad(n, "line of blanks")
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < minCols || len(cols) > maxCols {
			bad(n, "%d columns, want %d to %d", len(cols), minCols, maxCols)
			continue
		}
		ok := true
		for i, c := range cols {
			if c != strings.TrimSpace(c) || strings.Contains(c, "  ") {
				bad(n, "column %d %q has stray blanks", i+1, c)
				ok = false
			}
			for _, r := range c {
				if r == '\u00A0' || r == '\u202F' || unicode.IsControl(r) {
					bad(n, "column %d %q holds %U (use plain spaces)", i+1, c, r)
					ok = false
					break
				}
			}
		}
		if cols[0] == "" {
			bad(n, "empty first column")
			ok = false
		}
		if ok {
			recs = append(recs, Record{File: name, Line: n, Cols: cols})
		}
	}
	return recs, errs
}

// IsQID reports whether s is a Wikidata item id: Q and digits, no leading 0.
func IsQID(s string) bool {
	if len(s) < 2 || s[0] != 'Q' || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// IsISO reports whether s has the shape of an ISO 3166-1 alpha-2 code.
func IsISO(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}
