package main

import (
	"cmp"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// htmlFormat prints one self-contained page (inline CSS, no script, no
// external resource): every article with its entities highlighted by type
// and its amounts marked with their normalized value on hover, a legend,
// and a table per article of who is named and how much. html/template
// escapes everything; the article text never becomes markup.
type htmlFormat struct{}

// nbsp is the narrow no-break space that groups digits on the page.
const nbsp = "\u202f"

func (htmlFormat) begin(w io.Writer) error {
	return htmlPage.ExecuteTemplate(w, "head", legend())
}

func (htmlFormat) end(w io.Writer, n int) error {
	return htmlPage.ExecuteTemplate(w, "foot", plural(n, "article", "articles"))
}

// article writes the article's section by hand rather than with the
// templates, which take twice as long as the analysis itself; every string
// that comes from the input goes through appendHTML. The section's markup
// is the same as the templates would write (TestHTMLSectionMatchesTemplate).
func (htmlFormat) article(dst []byte, a *article) ([]byte, error) {
	h := newHTMLArticle(a)
	dst = append(dst, `<section class="doc" id="`...)
	dst = appendHTML(dst, h.ID)
	dst = append(dst, "\">\n<h2>"...)
	dst = appendHTML(dst, h.Source)
	dst = append(dst, "</h2>\n<p class=\"meta\">"...)
	dst = appendHTML(dst, h.Meta)
	dst = append(dst, "</p>\n<div class=\"text\" lang=\"fr\">"...)
	for _, s := range h.Segs {
		switch s.Class {
		case "ent":
			dst = append(dst, `<mark class="ent" data-type="`...)
		case "amt":
			dst = append(dst, `<mark class="amt" data-kind="`...)
		default:
			dst = appendHTML(dst, s.Text)
			continue
		}
		dst = appendHTML(dst, s.Label)
		dst = append(dst, `" title="`...)
		dst = appendHTML(dst, s.Title)
		dst = append(dst, `">`...)
		dst = appendHTML(dst, s.Text)
		dst = append(dst, "</mark>"...)
	}
	dst = append(dst, "</div>\n<aside>\n<table class=\"who\"><caption>Who</caption>"...)
	if len(h.Who) == 0 {
		dst = append(dst, "\n<tr><td class=\"none\">no entity</td></tr>"...)
	} else {
		dst = append(dst, "\n<tr><th>name</th><th>type</th><th>×</th></tr>"...)
	}
	for _, r := range h.Who {
		dst = append(dst, "\n<tr><td>"...)
		dst = appendHTML(dst, r.Name)
		dst = append(dst, `</td><td><span class="chip" data-type="`...)
		dst = appendHTML(dst, r.Type)
		dst = append(dst, `">`...)
		dst = appendHTML(dst, r.Type)
		dst = append(dst, `</span></td><td class="n">`...)
		dst = strconv.AppendInt(dst, int64(r.Mentions), 10)
		dst = append(dst, "</td></tr>"...)
	}
	dst = append(dst, "\n</table>\n<table class=\"much\"><caption>How much</caption>"...)
	if len(h.Much) == 0 {
		dst = append(dst, "\n<tr><td class=\"none\">no amount</td></tr>"...)
	} else {
		dst = append(dst, "\n<tr><th>amount</th><th>value</th></tr>"...)
	}
	for _, r := range h.Much {
		dst = append(dst, "\n<tr><td>"...)
		dst = appendHTML(dst, r.Text)
		dst = append(dst, `</td><td class="v"><span class="chip amt" data-kind="`...)
		dst = appendHTML(dst, r.Kind)
		dst = append(dst, `">`...)
		dst = appendHTML(dst, r.Value)
		dst = append(dst, "</span></td></tr>"...)
	}
	dst = append(dst, "\n</table>\n</aside>\n</section>\n"...)
	return dst, nil
}

// appendHTML appends s escaped for HTML text and double-quoted attribute
// values: & < > " ' become entities, as html/template writes them.
func appendHTML(dst []byte, s string) []byte {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '+':
			esc = "&#43;"
		default:
			continue
		}
		dst = append(dst, s[last:i]...)
		dst = append(dst, esc...)
		last = i + 1
	}
	return append(dst, s[last:]...)
}

// htmlArticle is what the "article" template shows of an article.
type htmlArticle struct {
	ID     string // the section's id: "a1", "a2"...
	Source string
	Meta   string
	Segs   []segment
	Who    []whoRow
	Much   []muchRow
}

// segment is a run of the article's text: plain, or an entity or an amount.
type segment struct {
	Text  string
	Class string // "", "ent" or "amt"
	Label string // the entity type or the amount kind
	Title string // shown on hover: the label and the normalized form
}

type whoRow struct {
	Name, Type string
	Mentions   int
	first      int // the first mention's offset, to break ties
}

type muchRow struct{ Text, Kind, Value string }

func newHTMLArticle(a *article) htmlArticle {
	text := a.doc.Text
	h := htmlArticle{
		ID:     "a" + strconv.Itoa(a.index+1),
		Source: a.source,
		Meta: groupDigits(strconv.Itoa(len(text)), nbsp) + " bytes · " +
			plural(len(a.ents), "entity", "entities") + " · " + plural(len(a.amts), "amount", "amounts"),
	}

	// Cut the text at the mentions, entities and amounts merged in text
	// order. A mention whose span is not a valid, non-empty range after the
	// previous one is left unmarked rather than trusted.
	all := make([]*mention, 0, len(a.ents)+len(a.amts))
	for i := range a.ents {
		all = append(all, &a.ents[i])
	}
	for i := range a.amts {
		all = append(all, &a.amts[i])
	}
	slices.SortStableFunc(all, func(x, y *mention) int { return cmp.Compare(x.Start, y.Start) })
	pos := 0
	for _, m := range all {
		if m.Start < pos || m.Start == m.End || !validSpan(text, m.Start, m.End) {
			continue
		}
		if m.Start > pos {
			h.Segs = append(h.Segs, segment{Text: pageText(text[pos:m.Start])})
		}
		s := segment{Text: pageText(text[m.Start:m.End]), Label: m.Label}
		if m.isEntity() {
			s.Class = "ent"
			s.Title = strings.Join(nonEmpty(m.Label, m.Canonical, m.ID), " · ")
		} else {
			s.Class = "amt"
			s.Title = strings.Join(nonEmpty(m.Label, m.readable(nbsp), m.Approx), " · ")
		}
		h.Segs = append(h.Segs, s)
		pos = m.End
	}
	if pos < len(text) {
		h.Segs = append(h.Segs, segment{Text: pageText(text[pos:])})
	}

	// Who: the entities by name and type, most mentioned first.
	for _, m := range a.ents {
		name := pageText(m.name())
		i := slices.IndexFunc(h.Who, func(r whoRow) bool { return r.Name == name && r.Type == m.Label })
		if i < 0 {
			h.Who = append(h.Who, whoRow{Name: name, Type: m.Label, first: m.Start})
			i = len(h.Who) - 1
		}
		h.Who[i].Mentions++
	}
	slices.SortStableFunc(h.Who, func(x, y whoRow) int {
		return cmp.Or(cmp.Compare(y.Mentions, x.Mentions), cmp.Compare(x.first, y.first))
	})
	// How much: the amounts in text order.
	for _, m := range a.amts {
		h.Much = append(h.Much, muchRow{Text: pageText(m.Text), Kind: m.Label, Value: m.readable(nbsp)})
	}
	return h
}

// pageText makes s fit to show on the page: bytes that are not UTF-8
// become U+FFFD and control characters other than tab and newlines their
// visible picture (U+2400 + c), since a browser would drop or misread
// them. html/template then escapes the result.
func pageText(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return r
		case r < 0x20:
			return 0x2400 + r
		case r == 0x7f:
			return '\u2421'
		case r >= 0x80 && r < 0xa0:
			return '\uFFFD'
		}
		return r
	}, s)
}

func nonEmpty(ss ...string) []string {
	return slices.DeleteFunc(ss, func(s string) bool { return s == "" })
}

// legendData is the head template's data: the labels in contract order.
type legendData struct{ Types, Kinds []string }

func legend() legendData { return legendData{entityTypes, amountKinds} }

var htmlPage = template.Must(template.New("page").Parse(htmlTemplates))

// htmlTemplates are the page's parts. The text of an article is written
// on one line, since it is shown with its own line breaks (pre-wrap).
const htmlTemplates = `
{{- define "head" -}}
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="veille">
<title>veille: entities and amounts</title>
<style>
:root {
  --PERSON: #d4c4ff; --COMPANY: #9ee6e6; --ORG: #b3d1f2; --COUNTRY: #ffd98a;
  --PLACE: #ffb993; --PRODUCT: #c2ebb1; --CHIP: #f6b8de; --EVENT: #fff08c;
  --MONEY: #1f8f4a; --QUANTITY: #2f6fc4; --PERCENT: #c4621b;
  --ink: #1d2330; --muted: #667085; --rule: #e3e6ec; --paper: #fff; --bg: #f4f5f8;
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; }
header { padding: 18px 32px 14px; background: var(--ink); color: #fff; }
header h1 { margin: 0 0 10px; font-size: 20px; font-weight: 650; letter-spacing: .02em; }
header h1 small { font-weight: 400; color: #b8c0d0; margin-left: .6em; font-size: 14px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 8px; align-items: center; margin: 0; font-size: 12px; }
.legend b { color: #b8c0d0; font-weight: 500; margin: 0 2px 0 10px; }
.legend b:first-child { margin-left: 0; }
.chip { display: inline-block; padding: 1px 7px; border-radius: 9px; font-size: 11px; font-weight: 650;
  letter-spacing: .04em; color: var(--ink); background: #e9ecf2; }
.chip.amt { background: #fff; border: 1px solid; border-left-width: 4px; border-radius: 3px; }
main { max-width: 1240px; margin: 0 auto; padding: 20px 24px 8px; }
.doc { display: grid; grid-template-columns: minmax(0, 1fr) 330px; gap: 0 28px; background: var(--paper);
  border: 1px solid var(--rule); border-radius: 10px; padding: 18px 24px 22px; margin-bottom: 22px;
  box-shadow: 0 1px 2px rgba(16,24,40,.05); }
.doc > h2 { grid-column: 1 / -1; margin: 0; font-size: 15px; font-weight: 650; word-break: break-all; }
.doc > .meta { grid-column: 1 / -1; margin: 2px 0 12px; color: var(--muted); font-size: 13px; }
.text { font: 16px/1.95 Georgia, "DejaVu Serif", serif; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { color: inherit; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
mark.ent { padding: .12em .35em; border-radius: .35em; }
mark.amt { background: #f6f8f4; padding: 0 .15em; border-bottom: 2.5px solid; border-radius: 2px; cursor: help; }
mark::after { content: attr(data-type); font: 650 9.5px/1 system-ui, "DejaVu Sans", sans-serif;
  letter-spacing: .05em; margin-left: .45em; vertical-align: .18em; opacity: .7; }
mark.amt::after { content: attr(data-kind); }
{{range .Types}}mark[data-type="{{.}}"], .chip[data-type="{{.}}"] { background: var(--{{.}}); }
{{end}}{{range .Kinds}}mark[data-kind="{{.}}"], .chip[data-kind="{{.}}"] { border-color: var(--{{.}}); }
mark[data-kind="{{.}}"]::after { color: var(--{{.}}); opacity: 1; }
{{end -}}
aside { font-size: 13px; }
aside table { width: 100%; border-collapse: collapse; margin-bottom: 14px; }
aside caption { text-align: left; font-weight: 650; font-size: 12px; text-transform: uppercase;
  letter-spacing: .06em; color: var(--muted); padding-bottom: 4px; }
aside th { text-align: left; font-weight: 500; color: var(--muted); border-bottom: 1px solid var(--rule); padding: 3px 4px; }
aside td { border-bottom: 1px solid var(--rule); padding: 3px 4px; vertical-align: top; }
aside td.n { text-align: right; font-variant-numeric: tabular-nums; }
aside td.v { white-space: nowrap; font-variant-numeric: tabular-nums; }
aside .none { color: var(--muted); font-style: italic; }
footer { text-align: center; color: var(--muted); font-size: 12px; padding: 4px 0 24px; }
.corpus { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
@media (max-width: 900px) { .doc { grid-template-columns: 1fr; } }
</style>
</head>
<body>
<header>
<h1>veille <small>named entities and amounts in French news</small></h1>
<p class="legend"><b>entities</b>{{range .Types}}<span class="chip" data-type="{{.}}">{{.}}</span>{{end}}<b>amounts</b>{{range .Kinds}}<span class="chip amt" data-kind="{{.}}">{{.}}</span>{{end}}<b>hover a mark for its normalized form</b></p>
</header>
<main>
{{end -}}

{{- define "article" -}}
<section class="doc" id="{{.ID}}">
<h2>{{.Source}}</h2>
<p class="meta">{{.Meta}}</p>
<div class="text" lang="fr">{{range .Segs}}{{if eq .Class "ent"}}<mark class="ent" data-type="{{.Label}}" title="{{.Title}}">{{.Text}}</mark>{{else if eq .Class "amt"}}<mark class="amt" data-kind="{{.Label}}" title="{{.Title}}">{{.Text}}</mark>{{else}}{{.Text}}{{end}}{{end}}</div>
<aside>
<table class="who"><caption>Who</caption>
{{- if .Who}}
<tr><th>name</th><th>type</th><th>×</th></tr>
{{- range .Who}}
<tr><td>{{.Name}}</td><td><span class="chip" data-type="{{.Type}}">{{.Type}}</span></td><td class="n">{{.Mentions}}</td></tr>
{{- end}}
{{- else}}
<tr><td class="none">no entity</td></tr>
{{- end}}
</table>
<table class="much"><caption>How much</caption>
{{- if .Much}}
<tr><th>amount</th><th>value</th></tr>
{{- range .Much}}
<tr><td>{{.Text}}</td><td class="v"><span class="chip amt" data-kind="{{.Kind}}">{{.Value}}</span></td></tr>
{{- end}}
{{- else}}
<tr><td class="none">no amount</td></tr>
{{- end}}
</table>
</aside>
</section>
{{end -}}

{{- define "summary" -}}
<section class="doc corpus" id="summary">
<h2>Summary</h2>
<p class="meta">{{.Meta}}</p>
<aside class="wide">
<table class="who"><caption>Who, across the articles</caption>
<tr><th>name</th><th>type</th><th>mentions</th><th>articles</th></tr>
{{- range .Entities}}
<tr><td>{{.Name}}</td><td><span class="chip" data-type="{{.Type}}">{{.Type}}</span></td><td class="n">{{.Mentions}}</td><td class="n">{{.Articles}}</td></tr>
{{- else}}
<tr><td class="none" colspan="4">no entity</td></tr>
{{- end}}
</table>
</aside>
<aside>
<table class="much"><caption>How much money, by currency</caption>
<tr><th>currency</th><th>amounts</th><th>total</th><th>not in total</th></tr>
{{- range .Money}}
<tr><td>{{.Currency}}</td><td class="n">{{.Amounts}}</td><td class="n v">{{.Total}}</td><td class="n" title="ranges and vague amounts">{{.Inexact}}</td></tr>
{{- else}}
<tr><td class="none" colspan="4">no money</td></tr>
{{- end}}
</table>
</aside>
</section>
{{end -}}

{{- define "foot" -}}
</main>
<footer>{{.}} · veille</footer>
</body>
</html>
{{end -}}
`
