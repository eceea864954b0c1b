// Command veille finds the named entities and the amounts in French news
// articles and prints them as JSON, a readable listing, a spreadsheet table
// or a highlighted HTML page.
//
// Usage:
//
//	veille [flags] [FILE|DIR|-]...
//
// With no argument, or with "-", it reads one article from standard input.
// A directory is walked recursively for files whose extension is in -ext
// (".txt,.md" by default); files named on the command line are read
// whatever their extension. With -jsonl-in FIELD, every input is a JSONL
// stream (a crawler's output, say) and every line is one article whose text
// is the string field FIELD.
//
// Formats (-format):
//
//	json   one object per article, exactly the output contract of
//	       spec/ANNOTATION.md: {"entities":[...],"amounts":[...]}; with
//	       several inputs the objects follow one another and carry "source"
//	jsonl  one compact object per line, with a "source" field
//	text   an aligned listing per article
//	tsv    one mention per line, with a header line, for spreadsheets
//	html   one self-contained page: each article with its entities and
//	       amounts highlighted, a legend and a summary table per article
//
// -types and -kinds keep only the entity types and amount kinds listed;
// -summary prints, instead of the articles, the entities across all of them
// with their mention and article counts, and the money totals by currency.
//
// Articles are analysed on -j workers (GOMAXPROCS by default) and printed in
// input order as they complete, so memory stays bounded by the number of
// workers whatever the size of the corpus. An input that cannot be read is
// reported on standard error and the others go on; the exit status is then
// 1. Bytes that are not valid UTF-8 are analysed, not refused. Offsets are
// byte offsets into the input exactly as read (a BOM included).
package main

import (
	"io"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// Exit statuses.
const (
	exitOK    = 0 // every input was analysed
	exitInput = 1 // some input could not be read, or the output not written
	exitUsage = 2 // bad flags
)

// run is the whole command, with its arguments (without the program name)
// and streams as parameters so that tests can call it directly. It returns
// the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg, err := parseFlags(args, stderr)
	if err != nil {
		if err == errHelp {
			return exitOK
		}
		return exitUsage
	}
	return cfg.execute(stdin, stdout, stderr)
}
