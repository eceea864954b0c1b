package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// The HTML view in a real browser: headless Chromium (Debian's chromium
// package, which .ci/run installs) renders the page, and the test reads
// the rendered DOM back. It skips when no browser is installed.
//
// VEILLE_SCREENSHOT=path saves the screenshot there too (it is how
// docs/veille-html.png is made):
//
//	VEILLE_SCREENSHOT=$PWD/docs/veille-html.png go test ./examples/veille -run Browser

// chromium returns the browser's path, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed (apt-get install chromium); the HTML view is not checked in a browser")
	return ""
}

// browse runs headless Chromium on the page with extra flags and returns
// its standard output.
func browse(t *testing.T, bin, page string, flags ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(),
	}, flags...)
	args = append(args, "file://"+page)
	cmd := exec.CommandContext(ctx, bin, args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %v: %v\n%s", flags, err, lastLines(errOut.String(), 10))
	}
	return out.String()
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

func writePage(t *testing.T, stdin string, args ...string) string {
	t.Helper()
	out, errOut, code := runCLI(t, stdin, append([]string{"-format", "html"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	p := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(p, []byte(out), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestBrowserRendersTheArticles(t *testing.T) {
	bin := chromium(t)
	// From the repository's root, so that the page names the articles as
	// a newcomer types them.
	t.Chdir("../..")
	var paths []string
	for _, a := range articles {
		paths = append(paths, strings.TrimPrefix(filepath.ToSlash(a), "../../"))
	}
	ref := decodeStream(t, first(runCLI(t, "", append([]string{"-format", "jsonl"}, paths...)...)))
	page := writePage(t, "", paths...)

	dom := browse(t, bin, page, "--dump-dom")
	if !strings.Contains(dom, `<section class="doc"`) {
		t.Fatalf("the browser rendered no article:\n%s", lastLines(dom, 20))
	}
	// Every entity and amount of the JSON output is a mark of its type in
	// the rendered DOM, in text order, with its text.
	checkMarks(t, dom, ref)
	ents, amts := 0, 0
	for _, d := range ref {
		ents += len(d.Entities)
		amts += len(d.Amounts)
	}
	if n := strings.Count(dom, `<mark class="ent"`); n != ents {
		t.Errorf("%d entity marks in the DOM, %d entities in the JSON", n, ents)
	}
	if n := strings.Count(dom, `<mark class="amt"`); n != amts {
		t.Errorf("%d amount marks in the DOM, %d amounts in the JSON", n, amts)
	}
	t.Logf("%d entity marks, %d amount marks in the rendered DOM", ents, amts)

	shot := filepath.Join(t.TempDir(), "veille-html.png")
	browse(t, bin, page, "--screenshot="+shot, "--window-size=1280,2000")
	png, err := os.ReadFile(shot)
	if err != nil || !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) || len(png) < 50_000 {
		t.Fatalf("no screenshot, or an empty one (%d bytes): %v", len(png), err)
	}
	if dst := os.Getenv("VEILLE_SCREENSHOT"); dst != "" {
		if err := os.WriteFile(dst, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot saved to %s", dst)
	}
}

func TestBrowserRunsNoScriptFromAnArticle(t *testing.T) {
	bin := chromium(t)
	page := writePage(t, hostileArticle)
	dom := browse(t, bin, page, "--dump-dom")
	body := regexp.MustCompile(`<body[^>]*>`).FindString(dom)
	if body == "" || strings.Contains(body, "pwned") {
		t.Errorf("a script of the article ran: %q", body)
	}
	for _, bad := range []string{"<script", "<img", "<b>gras"} {
		if strings.Contains(dom, bad) {
			t.Errorf("the DOM has an element from the article: %s", bad)
		}
	}
	if text := visibleText(t, dom); !strings.Contains(text, hostileArticle) {
		t.Errorf("the browser does not show the article as written:\n%s", text)
	}
}
