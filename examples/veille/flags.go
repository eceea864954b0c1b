package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
)

// The entity types and amount kinds of the output contract (ANNOTATION.md).
var (
	entityTypes = []string{"PERSON", "COMPANY", "ORG", "COUNTRY", "PLACE", "PRODUCT", "CHIP", "EVENT"}
	amountKinds = []string{"MONEY", "QUANTITY", "PERCENT"}
	formatNames = []string{"json", "jsonl", "text", "tsv", "html"}
)

// config is the parsed command line.
type config struct {
	format     string
	exts       []string // lower-case extensions with their dot
	jsonlField string   // -jsonl-in: the field holding the text
	types      []string // entity types to keep; nil keeps all
	kinds      []string // amount kinds to keep; nil keeps all
	summary    bool
	workers    int
	quiet      bool
	args       []string // inputs; "-" is standard input
}

// errHelp is returned by parseFlags when -h was asked for.
var errHelp = flag.ErrHelp

const usageHead = `veille finds the named entities (people, companies, countries...) and the
amounts (money, quantities, percentages) in French news articles.

Usage:
  veille [flags] [FILE|DIR|-]...

With no argument or "-", one article is read from standard input. Folders
are walked recursively for the extensions of -ext. Unreadable inputs are
reported and skipped; the exit status is then 1.

Examples:
  veille testdata/articles/000_e49a070abda1afc4.txt
      the JSON object of one article (entities and amounts with offsets)
  veille -format html testdata/articles > articles.html
      a page with every article of the folder highlighted
  veille -summary -types PERSON,COMPANY -kinds MONEY testdata/articles
      who is named most, in how many articles, and how much money by currency

A crawler's JSONL output pipes straight in: veille -jsonl-in text -format jsonl

Flags:
`

// parseFlags parses the command line. On error or -h it has printed what
// the user needs to stderr.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	cfg := &config{}
	fs := flag.NewFlagSet("veille", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.format, "format", "json", "output `format`: "+strings.Join(formatNames, ", "))
	ext := fs.String("ext", "", "comma-separated file `extensions` read in folders\n(default \".txt,.md\", or \".jsonl,.ndjson\" with -jsonl-in)")
	fs.StringVar(&cfg.jsonlField, "jsonl-in", "", "read JSONL: one article per line, its text in the string `field`;\n"+
		"the source is the line's \"id\" or \"url\" field, else FILE:LINE")
	types := fs.String("types", "", "keep only these entity `types` (comma-separated: "+strings.Join(entityTypes, ",")+")")
	kinds := fs.String("kinds", "", "keep only these amount `kinds` (comma-separated: "+strings.Join(amountKinds, ",")+");\n"+
		"with only one of -types and -kinds, only what it names is printed")
	fs.BoolVar(&cfg.summary, "summary", false, "print totals across all articles instead of the articles:\n"+
		"entities with mention and article counts, money by currency\n(as text unless -format is given)")
	fs.IntVar(&cfg.workers, "j", runtime.GOMAXPROCS(0), "number of articles analysed in parallel")
	fs.BoolVar(&cfg.quiet, "q", false, "no progress bar")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usageHead)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	formatSet := false
	fs.Visit(func(f *flag.Flag) { formatSet = formatSet || f.Name == "format" })
	if cfg.summary && !formatSet {
		cfg.format = "text" // a summary is read by people first
	}
	cfg.args = fs.Args()
	if len(cfg.args) == 0 {
		cfg.args = []string{"-"}
	}

	fail := func(format string, a ...any) (*config, error) {
		err := fmt.Errorf(format, a...)
		fmt.Fprintf(stderr, "veille: %v\nRun 'veille -h' for usage.\n", err)
		return nil, err
	}
	if !slices.Contains(formatNames, cfg.format) {
		return fail("unknown format %q (want one of %s)", cfg.format, strings.Join(formatNames, ", "))
	}
	if cfg.workers < 1 {
		return fail("-j must be at least 1")
	}
	var err error
	if cfg.types, err = parseList(*types, entityTypes); err != nil {
		return fail("-types: %v", err)
	}
	if cfg.kinds, err = parseList(*kinds, amountKinds); err != nil {
		return fail("-kinds: %v", err)
	}
	// One filter alone asks for that class of mention only.
	if cfg.types != nil && cfg.kinds == nil {
		cfg.kinds = []string{}
	}
	if cfg.kinds != nil && cfg.types == nil {
		cfg.types = []string{}
	}
	switch {
	case *ext != "":
		cfg.exts = parseExts(*ext)
	case cfg.jsonlField != "":
		cfg.exts = []string{".jsonl", ".ndjson"}
	default:
		cfg.exts = []string{".txt", ".md"}
	}
	if len(cfg.exts) == 0 {
		return fail("-ext: no extension in %q", *ext)
	}
	return cfg, nil
}

// parseList parses a comma-separated list of names from known,
// case-insensitively. The empty string gives nil (no filter).
func parseList(s string, known []string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		f = strings.ToUpper(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if !slices.Contains(known, f) {
			return nil, fmt.Errorf("unknown name %q (want %s)", f, strings.Join(known, ","))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if out == nil {
		return nil, errors.New("empty list")
	}
	return out, nil
}

// parseExts parses -ext: ".txt,.md", "txt, md" and "TXT" all work.
func parseExts(s string) []string {
	var out []string
	for f := range strings.SplitSeq(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if !strings.HasPrefix(f, ".") {
			f = "." + f
		}
		out = append(out, f)
	}
	return out
}
