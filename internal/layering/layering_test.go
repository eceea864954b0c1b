package layering

import (
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

const module = "github.com/veille-nlp/veille"

// rules is a statement of policy, in the manner of go/build's deps_test:
// for each package of the module (by path relative to the module, a
// trailing "/..." covering its subpackages), the packages of the module and
// the third-party modules it may import, directly or not. Standard library
// packages are always allowed. DO NOT CHANGE THIS DATA TO FIX BUILDS: a
// failure means a package reaches a layer it must not.
var rules = []struct {
	pkg   string
	allow []string
}{
	{"normalize", []string{"golang.org/x/text"}},
	{"extract/token", []string{"normalize", "golang.org/x/text"}},
	{"amounts", []string{"normalize", "extract/token", "golang.org/x/text"}},
	{"entities/...", []string{"entities/...", "normalize", "extract/token", "golang.org/x/text",
		"github.com/kljensen/snowball", "github.com/jdkato/prose/v2", "gonum.org/v1/gonum",
		"gopkg.in/neurosnap/sentences.v1", "github.com/deckarep/golang-set", "github.com/mingrammer/commonregex"}},
	{"extract", []string{"normalize", "extract/token", "amounts", "entities/...", "golang.org/x/text",
		"github.com/kljensen/snowball", "github.com/jdkato/prose/v2", "gonum.org/v1/gonum",
		"gopkg.in/neurosnap/sentences.v1", "github.com/deckarep/golang-set", "github.com/mingrammer/commonregex"}},
	{"examples/...", []string{"*"}},
	{"internal/...", []string{"*"}},
}

// never lists what no package's non-test code may import, whatever the
// rules above say: directly for every package, and through dependencies
// for library packages. (Commands such as the lexicon generator may use
// github.com/kljensen/snowball/french, whose romance package imports
// testing in a non-test file; the library itself never links it.)
var never = []string{"testing"}

type listed struct {
	ImportPath string
	Name       string
	Imports    []string
	Standard   bool
	Deps       []string
	Module     *struct{ Path string }
}

func matches(pattern, path string) bool {
	if pattern == "*" {
		return true
	}
	if p, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == p || strings.HasPrefix(path, p+"/")
	}
	return path == pattern || strings.HasPrefix(path, pattern+"/")
}

// touchSources stats every Go file of the module, so that go test's cache
// knows this test's result depends on them (it cannot see what the go
// command run below reads).
func touchSources(t *testing.T) {
	err := filepath.WalkDir("../..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "../.." {
			return filepath.SkipDir
		}
		if strings.HasSuffix(path, ".go") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestLayering(t *testing.T) {
	touchSources(t)
	out, err := exec.Command("go", "list", "-e", "-json", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	std := map[string]bool{}
	stdOut, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Skipf("go list std: %v", err)
	}
	for _, p := range strings.Fields(string(stdOut)) {
		std[p] = true
	}
	n := 0
	for dec.More() {
		var p listed
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		var allow []string
		found := false
		for _, r := range rules {
			if matches(r.pkg, rel) {
				allow, found = r.allow, true
				break
			}
		}
		if !found {
			t.Errorf("package %s has no layering rule: add one to rules", rel)
			continue
		}
		n++
		var bad []string
		for _, d := range p.Deps {
			if std[d] {
				for _, nv := range never {
					if d == nv && (p.Name != "main" || slices.Contains(p.Imports, d)) {
						bad = append(bad, d)
					}
				}
				continue
			}
			if strings.Contains(d, "/internal/") && !strings.HasPrefix(d, module) || strings.HasPrefix(d, "vendor/") {
				continue // internal packages of an allowed dependency
			}
			drel, own := strings.CutPrefix(d, module+"/")
			ok := false
			for _, a := range allow {
				if own && matches(a, drel) || !own && matches(a, d) {
					ok = true
					break
				}
			}
			if own && matches(rel, drel) {
				ok = true
			}
			if !ok {
				bad = append(bad, d)
			}
		}
		sort.Strings(bad)
		if len(bad) > 0 {
			t.Errorf("%s imports what its layer forbids:\n  %s", rel, strings.Join(bad, "\n  "))
		}
	}
	if n == 0 {
		t.Fatal("no packages checked")
	}
}
