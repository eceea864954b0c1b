package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// hostileInputs are the inputs of issue 2's "Done when": whatever the
// bytes, the CLI exits 0, prints valid JSON, and every span it prints
// points at its text.
var hostileInputs = []struct{ name, text string }{
	{"empty", ""},
	{"blank", " \n\t\r\n "},
	{"invalid UTF-8", "Nvidia \xff\xfe a investi 3 milliards \xc3 d'euros en France.\xe2\x82"},
	{"surrogate bytes", "Emmanuel Macron \xed\xa0\x80 à Paris pour 10 \xed\xbf\xbf%."},
	{"NUL bytes", "Emmanuel\x00 Macron a rencontré \x00Nvidia pour 10\x00000 euros.\x00"},
	{"BOM and CRLF", "\ufeffLe Salvador achète\r\n18 000 puces Nvidia pour 1,4 milliard de dollars.\r\n\r\nMistral AI\r\n"},
	{"3 MB without newline", strings.Repeat("Nvidia investit 1,4 milliard de dollars en France avec Emmanuel Macron ; ", 3<<20/73)},
	{"decomposed accents", "Les E\u0301mirats arabes unis et l'E\u0301lyse\u0301e ont promis 30 milliards d'euros a\u0300 la France."},
	{"10^400 in digits", "L'État a payé 1" + strings.Repeat("0", 400) + " euros, soit 1" + strings.Repeat("0", 400) + " %."},
	{"10^400 written", "Une dette de 10^400 dollars, ou 10^400 %, 1e400 euros et 10⁴⁰⁰ puces."},
	{"long number", strings.Repeat("9", 5000) + ",5 milliards d'euros"},
	{"control characters", "\x01\x02Nvidia\x1b[31m 5 %\x7f\u0085\u2028 Paris\u2029"},
	{"only punctuation", strings.Repeat("«»“”’'-–—…•.,;:!?()[]{}", 1000)},
}

// hostileDeadline bounds one run on one hostile input: 3 MB take well
// under a second at the pipeline's target speed, so a run this long means
// the analysis is not linear in its input. It fails the test rather than
// hang CI.
const hostileDeadline = 90 * time.Second

// runWithin is runCLI with a deadline.
func runWithin(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	type res struct {
		out, errOut string
		code        int
	}
	ch := make(chan res, 1)
	go func() {
		var out, errOut bytes.Buffer
		code := run(append([]string{"-q"}, args...), strings.NewReader(stdin), &out, &errOut)
		ch <- res{out.String(), errOut.String(), code}
	}()
	select {
	case r := <-ch:
		return r.out, r.errOut, r.code
	case <-time.After(hostileDeadline):
		t.Fatalf("%v: no result after %v on a %d-byte input: the analysis is not linear in its input", args, hostileDeadline, len(stdin))
		return
	}
}

// checkHostile runs the CLI on one input, from a file and from stdin, and
// checks the promise; inputs under a megabyte go through every format too.
func checkHostile(t *testing.T, text string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "in.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	big := len(text) > 1<<20
	runs := [][]string{{path}, {"-"}}
	if big {
		runs = runs[:1]
	}
	for _, args := range runs {
		out, errOut, code := runWithin(t, text, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errOut)
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(out), &obj); err != nil {
			t.Fatalf("%v: the output is not one JSON object: %v", args, err)
		}
		checkSpans(t, args[0], text, decodeStream(t, out)[0])
	}
	if big {
		return
	}
	for _, f := range []string{"jsonl", "text", "tsv", "html"} {
		out, errOut, code := runWithin(t, text, "-format", f)
		if code != 0 || errOut != "" {
			t.Errorf("-format %s: exit %d, stderr %q", f, code, errOut)
		}
		if f == "jsonl" && !json.Valid([]byte(out)) {
			t.Errorf("-format jsonl: invalid JSON")
		}
		if f == "tsv" {
			for l := range strings.Lines(out) {
				if strings.Count(l, "\t") != strings.Count(tsvHeader, "\t") {
					t.Errorf("-format tsv: a row with another number of columns: %q", l)
				}
			}
		}
	}
}

func TestHostileInput(t *testing.T) {
	for _, tt := range hostileInputs {
		t.Run(tt.name, func(t *testing.T) { checkHostile(t, tt.text) })
	}
}

// TestHostileInputBinary builds the command and runs it, as a user does,
// on every hostile input at once: one JSON object per file, exit 0.
func TestHostileInputBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "veille")
	if out, err := exec.Command(gobin, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	var paths []string
	for i, tt := range hostileInputs {
		p := filepath.Join(dir, "in", string(rune('a'+i))+".txt")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(tt.text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*hostileDeadline)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "-format", "jsonl", filepath.Join(dir, "in"))
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			t.Fatalf("veille took more than %v on the hostile inputs: the analysis is not linear in its input", 2*hostileDeadline)
		}
		t.Fatalf("veille: %v\n%s", err, errOut.String())
	}
	docs := decodeStream(t, out.String())
	if len(docs) != len(hostileInputs) {
		t.Fatalf("%d objects for %d files", len(docs), len(hostileInputs))
	}
	for i, d := range docs {
		if d.Source != paths[i] {
			t.Errorf("object %d is for %s, want %s", i, d.Source, paths[i])
		}
		checkSpans(t, hostileInputs[i].name, hostileInputs[i].text, d)
	}
	// And one file alone: exactly one JSON object, as a scorer reads it.
	out.Reset()
	cmd = exec.Command(bin, paths[2])
	cmd.Stdout = &out
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	var obj map[string]any
	if err := json.Unmarshal(out.Bytes(), &obj); err != nil {
		t.Errorf("one file: not one JSON object: %v", err)
	}
}
