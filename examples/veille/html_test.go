package main

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/veille-nlp/veille/extract"
)

// hostileArticle tries to become markup in every way an article can.
const hostileArticle = `Nvidia <script>document.body.setAttribute("data-pwned", "script")</script> et "Mistral AI" ` +
	`l'a dit à 'Paris' : <img src=x onerror="document.body.setAttribute('data-pwned','img')"> ` +
	`<b>gras</b> &amp; &lt; <!-- commentaire --> ]]> </div></section></main> Emmanuel Macron.`

func TestHTMLEscapesTheArticle(t *testing.T) {
	out, errOut, code := runCLI(t, hostileArticle, "-format", "html")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, bad := range []string{"<script", "<img", "<b>gras", "<!-- commentaire", "</div></section></main> Emmanuel", `onerror="`} {
		if strings.Contains(out, bad) {
			t.Errorf("the page holds %q unescaped", bad)
		}
	}
	text := visibleText(t, out)
	if !strings.Contains(text, hostileArticle) {
		t.Errorf("the article does not read as it was written:\n%s", text)
	}
}

// visibleText returns the text of the article divs of a page, unescaped.
func visibleText(t *testing.T, page string) string {
	t.Helper()
	var b strings.Builder
	for _, m := range articleDiv.FindAllStringSubmatch(page, -1) {
		b.WriteString(html.UnescapeString(tag.ReplaceAllString(m[1], "")))
	}
	return b.String()
}

var (
	articleDiv = regexp.MustCompile(`(?s)<div class="text" lang="fr">(.*?)</div>`)
	tag        = regexp.MustCompile(`<[^>]*>`)
	markRE     = regexp.MustCompile(`<mark class="(ent|amt)" data-(?:type|kind)="([A-Z]+)" title="([^"]*)">([^<]*)</mark>`)
)

func TestHTMLEscapesMentionsAndSources(t *testing.T) {
	text := `Il a cité "X<y>" et 'Z' pour 3 €.`
	a := &article{
		source: `<script>alert("source")</script>.txt`,
		doc:    &extract.Document{Text: text},
		ents: []mention{{Start: 10, End: 18, Text: `"X<y>"`, Label: "COMPANY",
			Canonical: `X" onmouseover="alert(1)`, ID: `<Q1>`}},
		amts: []mention{{Start: 33, End: 38, Text: `3 €`, Label: "MONEY", Value: "3", Currency: `EUR"><script>`}},
	}
	b, err := htmlFormat{}.article(nil, a)
	if err != nil {
		t.Fatal(err)
	}
	out := string(b)
	for _, bad := range []string{"<script", `onmouseover="`, "<y>", "<Q1>", `"X<`} {
		if strings.Contains(out, bad) {
			t.Errorf("%q unescaped in\n%s", bad, out)
		}
	}
	marks := markRE.FindAllStringSubmatch(out, -1)
	if len(marks) != 1 {
		// The amount's span [33,38) is past the end of the 34-byte text:
		// it must be left unmarked, not sliced.
		t.Fatalf("%d marks, want 1 (the entity): %q", len(marks), marks)
	}
	if got := html.UnescapeString(marks[0][4]); got != text[10:18] {
		t.Errorf("mark text %q, want %q", got, text[10:18])
	}
	if got := html.UnescapeString(marks[0][3]); got != `COMPANY · X" onmouseover="alert(1) · <Q1>` {
		t.Errorf("mark title %q", got)
	}
	if !strings.Contains(visibleText(t, out), text) {
		t.Error("the text is not shown whole")
	}
}

func TestHTMLBadSpansAndBytes(t *testing.T) {
	text := "a\x00b\xffé\x01 Nvidia"
	a := &article{
		doc: &extract.Document{Text: text},
		ents: []mention{
			{Start: 6, End: 5, Label: "PERSON"},  // reversed
			{Start: 5, End: 6, Label: "PERSON"},  // inside é
			{Start: -1, End: 2, Label: "PERSON"}, // negative
			{Start: 8, End: 14, Text: "Nvidia", Label: "COMPANY"},
			{Start: 9, End: 12, Label: "PERSON"},    // overlaps the previous
			{Start: 100, End: 200, Label: "PERSON"}, // past the end
		},
	}
	b, err := htmlFormat{}.article(nil, a)
	if err != nil {
		t.Fatal(err)
	}
	marks := markRE.FindAllStringSubmatch(string(b), -1)
	if len(marks) != 1 || marks[0][4] != "Nvidia" {
		t.Errorf("marks %q, want only Nvidia", marks)
	}
	if got, want := visibleText(t, string(b)), "a␀b\uFFFDé␁ Nvidia"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
}

func TestHTMLMarksEveryMention(t *testing.T) {
	ref := decodeStream(t, first(runCLI(t, "", append([]string{"-format", "jsonl"}, articles...)...)))
	page := first(runCLI(t, "", append([]string{"-format", "html"}, articles...)...))
	checkMarks(t, page, ref)
	if !strings.HasPrefix(page, "<!DOCTYPE html>") || !strings.HasSuffix(page, "</html>\n") {
		t.Error("not a whole page")
	}
	// Self-contained: nothing is fetched.
	for _, ext := range []string{"src=", "href=", "@import", "url("} {
		if strings.Contains(page, ext) {
			t.Errorf("the page refers to an external resource (%s)", ext)
		}
	}
}

// checkMarks checks that the page (as written, or as a browser's DOM) has,
// for every article, one mark per mention of the JSON output, in order,
// with the mention's type or kind and text.
func checkMarks(t *testing.T, page string, ref []contractDoc) {
	t.Helper()
	sections := strings.Split(page, `<section class="doc"`)[1:]
	if len(sections) != len(ref) {
		t.Fatalf("%d sections for %d articles", len(sections), len(ref))
	}
	for i, d := range ref {
		var want []string
		for _, m := range mergeByStart(d) {
			want = append(want, m.Type+m.Kind+" "+m.Text)
		}
		var got []string
		for _, m := range markRE.FindAllStringSubmatch(sections[i], -1) {
			got = append(got, m[2]+" "+html.UnescapeString(m[4]))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: marks\n%s\nwant\n%s", d.Source, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if !strings.Contains(sections[i], ">"+html.EscapeString(d.Source)+"</h2>") {
			t.Errorf("section %d is not headed by its source %s", i, d.Source)
		}
	}
}

func mergeByStart(d contractDoc) []jsonMention {
	var out []jsonMention
	i, j := 0, 0
	for i < len(d.Entities) || j < len(d.Amounts) {
		if j == len(d.Amounts) || i < len(d.Entities) && *d.Entities[i].Start <= *d.Amounts[j].Start {
			out = append(out, d.Entities[i])
			i++
		} else {
			out = append(out, d.Amounts[j])
			j++
		}
	}
	return out
}

// TestHTMLSectionMatchesTemplate checks the hand-written section against
// the "article" template, which html/template escapes by context.
func TestHTMLSectionMatchesTemplate(t *testing.T) {
	texts := []string{hostileArticle, "a\x00b\xffé\x01 Nvidia + 3 € & co", ""}
	for _, p := range articles {
		texts = append(texts, readFile(t, p))
	}
	ex, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		a := newArticle(i, `dir/<"x'&+>.txt`, ex.Extract(text), filter{})
		got, err := htmlFormat{}.article(nil, a)
		if err != nil {
			t.Fatal(err)
		}
		var want strings.Builder
		if err := htmlPage.ExecuteTemplate(&want, "article", newHTMLArticle(a)); err != nil {
			t.Fatal(err)
		}
		if string(got) != want.String() {
			t.Errorf("text %d: the section differs from the template's:\n%s\nwant\n%s", i, got, want.String())
		}
	}
}
