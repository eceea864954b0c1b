package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// articles are the seed articles of the repository.
var articles = func() []string {
	m, _ := filepath.Glob("../../testdata/articles/*.txt")
	return m
}()

// runCLI runs the command with args and stdin, and returns its outputs and
// exit status.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(append([]string{"-q"}, args...), strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), code
}

// contractDoc is the contract's object, as a scorer reads it.
type contractDoc struct {
	Source   string         `json:"source"`
	Entities []jsonMention  `json:"entities"`
	Amounts  []jsonMention  `json:"amounts"`
	Extra    map[string]any `json:"-"`
}

type jsonMention struct {
	Text      string      `json:"text"`
	Start     *int        `json:"start"`
	End       *int        `json:"end"`
	Type      string      `json:"type"`
	Kind      string      `json:"kind"`
	Canonical string      `json:"canonical"`
	Value     json.Number `json:"value"` // exact: 10^400 is valid JSON
	Currency  string      `json:"currency"`
}

// decodeStream decodes the JSON objects that follow one another in out.
func decodeStream(t *testing.T, out string) []contractDoc {
	t.Helper()
	var docs []contractDoc
	dec := json.NewDecoder(strings.NewReader(out))
	for {
		var d contractDoc
		err := dec.Decode(&d)
		if errors.Is(err, io.EOF) {
			return docs
		}
		if err != nil {
			t.Fatalf("output is not a stream of JSON objects: %v\n%s", err, out)
		}
		docs = append(docs, d)
	}
}

// checkSpans fails unless every mention of d has a span into text whose
// bytes are its text.
func checkSpans(t *testing.T, name, text string, d contractDoc) {
	t.Helper()
	if d.Entities == nil || d.Amounts == nil {
		t.Errorf("%s: entities or amounts missing or null", name)
	}
	for _, m := range slices.Concat(d.Entities, d.Amounts) {
		if m.Start == nil || m.End == nil {
			t.Errorf("%s: mention %q without start or end", name, m.Text)
			continue
		}
		s, e := *m.Start, *m.End
		if s < 0 || s > e || e > len(text) {
			t.Errorf("%s: mention %q has span [%d,%d) outside the %d-byte input", name, m.Text, s, e, len(text))
			continue
		}
		if text[s:e] != m.Text {
			t.Errorf("%s: input[%d:%d] = %q, but text = %q", name, s, e, text[s:e], m.Text)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestSeedArticlesPresent(t *testing.T) {
	if len(articles) != 5 {
		t.Fatalf("found %d seed articles, want 5", len(articles))
	}
}

func TestJSONOneFileIsExactlyTheContractObject(t *testing.T) {
	out, errOut, code := runCLI(t, "", articles[0])
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// A scorer reads the whole output with one json.loads.
	var obj map[string]json.RawMessage
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatalf("stdout is not one JSON object: %v", err)
	}
	if _, ok := obj["source"]; ok {
		t.Error(`a single input's object has a "source" field`)
	}
	for _, k := range []string{"entities", "amounts"} {
		if _, ok := obj[k]; !ok {
			t.Errorf("no %q field", k)
		}
	}
	// Field names are exact (Go's decoder would accept "Start").
	for _, k := range []string{"entities", "amounts"} {
		var ms []map[string]json.RawMessage
		json.Unmarshal(obj[k], &ms)
	check:
		for _, m := range ms {
			for _, f := range []string{"text", "start", "end"} {
				if _, ok := m[f]; !ok {
					t.Errorf("%s: a mention without the field %q: %s", k, f, mustJSON(m))
					break check
				}
			}
		}
	}
	docs := decodeStream(t, out)
	checkSpans(t, articles[0], readFile(t, articles[0]), docs[0])
	if len(docs[0].Entities) == 0 {
		t.Error("no entity in a seed article")
	}
}

func TestJSONSeveralInputsAreAStreamWithSources(t *testing.T) {
	out, errOut, code := runCLI(t, "", articles...)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	docs := decodeStream(t, out)
	if len(docs) != len(articles) {
		t.Fatalf("%d objects for %d articles", len(docs), len(articles))
	}
	for i, d := range docs {
		if d.Source != articles[i] {
			t.Errorf("object %d has source %q, want %q (input order)", i, d.Source, articles[i])
		}
		checkSpans(t, d.Source, readFile(t, articles[i]), d)
	}
	// The same as one file at a time.
	single, _, _ := runCLI(t, "", articles[2])
	one := decodeStream(t, single)[0]
	if len(one.Entities) != len(docs[2].Entities) || len(one.Amounts) != len(docs[2].Amounts) {
		t.Error("an article's result depends on the other inputs")
	}
}

func TestJSONL(t *testing.T) {
	out, _, code := runCLI(t, "", "-format", "jsonl", "../../testdata/articles")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(articles) {
		t.Fatalf("%d lines for %d articles", len(lines), len(articles))
	}
	for i, line := range lines {
		var d contractDoc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if want := filepath.Join("../../testdata/articles", filepath.Base(articles[i])); d.Source != want {
			t.Errorf("line %d: source %q, want %q", i+1, d.Source, want)
		}
		checkSpans(t, d.Source, readFile(t, articles[i]), d)
	}
}

func TestStdin(t *testing.T) {
	text := readFile(t, articles[1])
	fromFile, _, _ := runCLI(t, "", articles[1])
	for _, args := range [][]string{nil, {"-"}} {
		out, errOut, code := runCLI(t, text, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("args %q: exit %d, stderr %q", args, code, errOut)
		}
		if out != fromFile {
			t.Errorf("args %q: stdin gives another result than the file", args)
		}
	}
	out, _, _ := runCLI(t, text, "-format", "jsonl")
	if d := decodeStream(t, out); d[0].Source != "-" {
		t.Errorf("stdin's source is %q, want -", d[0].Source)
	}
	_, errOut, code := runCLI(t, text, "-", "-")
	if code != exitInput || !strings.Contains(errOut, "standard input named twice") {
		t.Errorf("stdin twice: exit %d, stderr %q", code, errOut)
	}
}

func TestMissingFileAmongGoodOnes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "absent.txt")
	out, errOut, code := runCLI(t, "", "-format", "jsonl", articles[0], missing, articles[1])
	if code != exitInput {
		t.Errorf("exit %d, want %d", code, exitInput)
	}
	if !strings.Contains(errOut, "absent.txt") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("stderr does not name the missing file once: %q", errOut)
	}
	docs := decodeStream(t, out)
	if len(docs) != 2 || docs[0].Source != articles[0] || docs[1].Source != articles[1] {
		t.Fatalf("the good files were not all analysed, in order: %+v", docs)
	}
}

func TestUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	dir := writeFiles(t, map[string]string{"locked.txt": "Nvidia", "ok.txt": "Nvidia"})
	os.Chmod(filepath.Join(dir, "locked.txt"), 0)
	out, errOut, code := runCLI(t, "", "-format", "jsonl", dir)
	if code != exitInput || !strings.Contains(errOut, "locked.txt") || len(decodeStream(t, out)) != 1 {
		t.Errorf("exit %d, stderr %q, stdout %q", code, errOut, out)
	}
}

func TestFolders(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":          "Nvidia a investi 3 milliards d'euros.",
		"sub/b.md":       "Emmanuel Macron était à Paris.",
		"sub/deep/c.TXT": "La France et le Royaume-Uni.",
		"d.json":         `{"text": "not an article"}`,
		".git/e.txt":     "hidden folder",
		".f.txt":         "hidden file",
		"g.txt.bak":      "backup",
	})
	sources := func(args ...string) []string {
		t.Helper()
		out, errOut, code := runCLI(t, "", append([]string{"-format", "jsonl"}, args...)...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var s []string
		for _, d := range decodeStream(t, out) {
			rel, _ := filepath.Rel(dir, d.Source)
			s = append(s, filepath.ToSlash(rel))
		}
		return s
	}
	if got, want := sources(dir), []string{"a.txt", "sub/b.md", "sub/deep/c.TXT"}; !slices.Equal(got, want) {
		t.Errorf("walk found %q, want %q", got, want)
	}
	if got, want := sources("-ext", "json,bak", dir), []string{"d.json", "g.txt.bak"}; !slices.Equal(got, want) {
		t.Errorf("-ext json,bak found %q, want %q", got, want)
	}
	// A file named on the command line is read whatever its extension.
	if got, want := sources(filepath.Join(dir, "d.json")), []string{"d.json"}; !slices.Equal(got, want) {
		t.Errorf("named file: %q, want %q", got, want)
	}
}

func TestJSONLInput(t *testing.T) {
	text := readFile(t, articles[0])
	line := func(fields map[string]any) string {
		b, _ := json.Marshal(fields)
		return string(b) + "\n"
	}
	stream := line(map[string]any{"id": "art-1", "url": "https://example.org/1", "body": text}) +
		"\n" + // blank lines are skipped
		line(map[string]any{"url": "https://example.org/2", "body": "Emmanuel Macron à Paris."}) +
		line(map[string]any{"body": "Nvidia."}) +
		"{not json}\n" +
		line(map[string]any{"title": "no body"}) +
		line(map[string]any{"id": 42, "body": "La France."}) +
		`{"body": "no final newline"}`
	out, errOut, code := runCLI(t, stream, "-jsonl-in", "body", "-format", "jsonl")
	if code != exitInput {
		t.Errorf("exit %d, want %d for the bad lines", code, exitInput)
	}
	if !strings.Contains(errOut, "-:5: not a JSON object") || !strings.Contains(errOut, `-:6: no string field "body"`) {
		t.Errorf("stderr does not locate the bad lines: %q", errOut)
	}
	docs := decodeStream(t, out)
	var got []string
	for _, d := range docs {
		got = append(got, d.Source)
	}
	want := []string{"art-1", "https://example.org/2", "-:4", "42", "-:8"}
	if !slices.Equal(got, want) {
		t.Errorf("sources %q, want %q", got, want)
	}
	checkSpans(t, "art-1", text, docs[0])

	// From a file, and from a folder (default extensions .jsonl, .ndjson).
	dir := writeFiles(t, map[string]string{"feed.jsonl": stream, "x/more.ndjson": line(map[string]any{"body": "Nvidia."}), "notes.txt": "skip"})
	out, _, _ = runCLI(t, "", "-jsonl-in", "body", "-format", "jsonl", dir)
	docs = decodeStream(t, out)
	if len(docs) != 6 || docs[2].Source != filepath.Join(dir, "feed.jsonl")+":4" || docs[5].Source != filepath.Join(dir, "x/more.ndjson")+":1" {
		t.Errorf("folder of JSONL: %d docs, %+v", len(docs), docs)
	}
}

func TestTextFormat(t *testing.T) {
	ref, _, _ := runCLI(t, "", append([]string{"-format", "jsonl"}, articles...)...)
	out, _, code := runCLI(t, "", append([]string{"-format", "text"}, articles...)...)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	blocks := strings.Split(out, "\n== ")
	docs := decodeStream(t, ref)
	if len(blocks) != len(docs) {
		t.Fatalf("%d blocks for %d articles", len(blocks), len(docs))
	}
	for i, d := range docs {
		b := blocks[i]
		if !strings.HasPrefix(strings.TrimPrefix(b, "== "), d.Source+"  (") {
			t.Errorf("block %d does not start with its source %q: %q", i, d.Source, b[:min(len(b), 80)])
		}
		lines := strings.Split(b, "\n")
		for _, m := range slices.Concat(d.Entities, d.Amounts) {
			label := m.Type + m.Kind
			found := slices.ContainsFunc(lines, func(l string) bool {
				f := strings.Fields(l)
				return len(f) >= 3 && f[0] == strconv.Itoa(*m.Start) && f[1] == strconv.Itoa(*m.End) && f[2] == label &&
					strings.Contains(l, escaped(m.Text))
			})
			if !found {
				t.Errorf("%s: no line for %s %q at %d", d.Source, label, m.Text, *m.Start)
			}
		}
	}
}

func TestTSVFormat(t *testing.T) {
	ref, _, _ := runCLI(t, "", append([]string{"-format", "jsonl"}, articles...)...)
	out, _, code := runCLI(t, "", append([]string{"-format", "tsv"}, articles...)...)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if lines[0] != strings.TrimSuffix(tsvHeader, "\n") {
		t.Errorf("header %q", lines[0])
	}
	n := 0
	for _, d := range decodeStream(t, ref) {
		n += len(d.Entities) + len(d.Amounts)
	}
	if len(lines)-1 != n {
		t.Errorf("%d rows for %d mentions", len(lines)-1, n)
	}
	cols := strings.Count(tsvHeader, "\t") + 1
	for i, l := range lines {
		if c := strings.Count(l, "\t") + 1; c != cols {
			t.Errorf("line %d has %d columns, want %d: %q", i+1, c, cols, l)
		}
	}
}

func TestFilters(t *testing.T) {
	all := decodeStream(t, first(runCLI(t, "", append([]string{"-format", "jsonl"}, articles...)...)))
	tests := []struct {
		args []string
		keep func(jsonMention) bool
	}{
		{[]string{"-types", "PERSON,COMPANY"}, func(m jsonMention) bool { return m.Type == "PERSON" || m.Type == "COMPANY" }},
		{[]string{"-types", "country"}, func(m jsonMention) bool { return m.Type == "COUNTRY" }},
		{[]string{"-kinds", "MONEY"}, func(m jsonMention) bool { return m.Kind == "MONEY" }},
		{[]string{"-types", "PLACE", "-kinds", "PERCENT,QUANTITY"}, func(m jsonMention) bool {
			return m.Type == "PLACE" || m.Kind == "PERCENT" || m.Kind == "QUANTITY"
		}},
	}
	for _, tt := range tests {
		got := decodeStream(t, first(runCLI(t, "", append(tt.args, append([]string{"-format", "jsonl"}, articles...)...)...)))
		if n := count(got, func(m jsonMention) bool { return !tt.keep(m) }); n > 0 {
			t.Errorf("%q: %d mentions that the filter rejects", tt.args, n)
		}
		if a, b := count(got, tt.keep), count(all, tt.keep); a != b {
			t.Errorf("%q: %d mentions kept, want %d", tt.args, a, b)
		}
		// Every format filters alike.
		tsv := first(runCLI(t, "", append(tt.args, append([]string{"-format", "tsv"}, articles...)...)...))
		if rows := strings.Count(tsv, "\n") - 1; rows != count(all, tt.keep) {
			t.Errorf("%q: tsv has %d rows, want %d", tt.args, rows, count(all, tt.keep))
		}
	}
}

func TestSummary(t *testing.T) {
	all := decodeStream(t, first(runCLI(t, "", append([]string{"-format", "jsonl"}, articles...)...)))
	out, _, code := runCLI(t, "", "-summary", "-format", "json", "../../testdata/articles")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var s struct {
		Articles int
		Entities []struct {
			Name, Type         string
			Mentions, Articles int
		}
		Money []struct {
			Currency *string
			Amounts  int
			Total    json.Number
		}
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatalf("summary is not one JSON object: %v\n%s", err, out)
	}
	if s.Articles != len(articles) {
		t.Errorf("articles = %d", s.Articles)
	}
	mentions, money := 0, 0
	for _, e := range s.Entities {
		mentions += e.Mentions
		if e.Articles < 1 || e.Articles > len(articles) || e.Articles > e.Mentions {
			t.Errorf("entity %+v: impossible article count", e)
		}
	}
	for _, m := range s.Money {
		money += m.Amounts
	}
	if want := count(all, func(m jsonMention) bool { return m.Type != "" }); mentions != want {
		t.Errorf("summary counts %d entity mentions, the articles have %d", mentions, want)
	}
	if want := count(all, func(m jsonMention) bool { return m.Kind == "MONEY" }); money != want {
		t.Errorf("summary counts %d money amounts, the articles have %d", money, want)
	}
	for _, format := range []string{"text", "tsv", "html", "jsonl"} {
		out, errOut, code := runCLI(t, "", "-summary", "-format", format, "../../testdata/articles")
		if code != 0 || out == "" {
			t.Errorf("-summary -format %s: exit %d, stderr %q", format, code, errOut)
		}
	}
}

func count(docs []contractDoc, keep func(jsonMention) bool) (n int) {
	for _, d := range docs {
		for _, m := range slices.Concat(d.Entities, d.Amounts) {
			if keep(m) {
				n++
			}
		}
	}
	return n
}

func TestWorkersDoNotChangeTheOutput(t *testing.T) {
	one := first(runCLI(t, "", "-j", "1", "-format", "text", "../../testdata/articles"))
	many := first(runCLI(t, "", "-j", "7", "-format", "text", "../../testdata/articles"))
	if one != many {
		t.Error("-j 1 and -j 7 print different results")
	}
}

func TestHelp(t *testing.T) {
	out, errOut, code := runCLI(t, "", "-h")
	if code != 0 || out != "" {
		t.Errorf("-h: exit %d, stdout %q", code, out)
	}
	examples := 0
	for l := range strings.Lines(errOut) {
		if strings.HasPrefix(l, "  veille ") {
			examples++
		}
	}
	if examples < 3 || !strings.Contains(errOut, "-jsonl-in") || !strings.Contains(errOut, "-format") {
		t.Errorf("usage lacks its examples or flags:\n%s", errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"-format", "xml"}, {"-types", "PERSON,ROBOT"}, {"-kinds", "EUROS"}, {"-j", "0"}, {"-ext", ","}, {"-nope"},
	} {
		out, errOut, code := runCLI(t, "Nvidia", args...)
		if code != exitUsage || out != "" || errOut == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
	}
}

func first(s string, _ string, _ int) string { return s }

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
