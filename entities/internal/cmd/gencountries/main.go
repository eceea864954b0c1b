// Command gencountries writes the lexicon's countries.tsv from the French
// region names of CLDR (golang.org/x/text/language/display) and the
// hand-written countries_variants.tsv, then validates every source file of
// the lexicon (entities/internal/lexicon/src).
//
// Usage, from anywhere inside the module:
//
//	go run ./entities/internal/cmd/gencountries          # regenerate, then check all
//	go run ./entities/internal/cmd/gencountries -check   # check only, write nothing
//
// The output is deterministic: the same x/text version and the same variants
// give the same bytes. It reads no network and no clock. The package's test
// fails when the committed countries.tsv differs from what the generator
// writes, and when any source file breaks the rules of src/README.md.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// srcDir is the lexicon source directory, relative to the module root.
const srcDir = "entities/internal/lexicon/src"

func main() {
	check := flag.Bool("check", false, "only validate the source files; write nothing")
	root := flag.String("root", "", "module root (default: the nearest directory above with a go.mod)")
	flag.Parse()
	if err := run(*root, *check); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run regenerates countries.tsv (unless checkOnly) and validates the sources.
func run(root string, checkOnly bool) error {
	if root == "" {
		var err error
		if root, err = findRoot(); err != nil {
			return err
		}
	}
	dir := filepath.Join(root, srcDir)
	if !checkOnly {
		out, err := build(dir)
		if err != nil {
			return err
		}
		path := filepath.Join(dir, "countries.tsv")
		old, _ := os.ReadFile(path)
		if !bytes.Equal(old, out) {
			if err := os.WriteFile(path, out, 0o644); err != nil {
				return fmt.Errorf("gencountries: %w", err)
			}
			fmt.Fprintf(os.Stderr, "gencountries: wrote %s (%d bytes)\n", path, len(out))
		}
	}
	if errs := checkAll(root, dir); len(errs) > 0 {
		for _, e := range errs {
			fmt.Fprintln(os.Stderr, e)
		}
		return fmt.Errorf("gencountries: %d problems in %s", len(errs), dir)
	}
	return nil
}

// build reads and validates countries_variants.tsv and returns the bytes of
// countries.tsv.
func build(dir string) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(dir, variantsFile))
	if err != nil {
		return nil, fmt.Errorf("gencountries: %w", err)
	}
	variants, errs := parseEntries(variantsFile, data)
	regions := cldrRegions()
	lx := &lexicon{regions: regions, byCode: map[string]region{}}
	for _, r := range regions {
		lx.byCode[r.Code] = r
	}
	errs = append(errs, checkFileEntries(lx, variantsFile, nameFiles[0].Types, variants)...)
	if len(errs) > 0 {
		return nil, fmt.Errorf("gencountries: invalid %s:\n%w", variantsFile, errors.Join(errs...))
	}
	return generate(regions, variants), nil
}

// findRoot returns the nearest directory at or above the working directory
// that holds a go.mod file.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("gencountries: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("gencountries: no go.mod above the working directory (use -root)")
		}
		dir = parent
	}
}
