package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// docStats is what one article adds to the summary, computed by the
// worker that analysed it.
type docStats struct {
	bytes int
	ents  []entityCount // distinct (name, type), in order of first mention
	money []moneyItem
}

type entityKey struct{ name, typ string }

type entityCount struct {
	entityKey
	mentions int
}

// moneyItem is one MONEY amount: its exact value, or nil for a range or a
// vague amount, which no total can include.
type moneyItem struct {
	currency string
	value    *big.Rat
}

func statsOf(a *article) *docStats {
	s := &docStats{bytes: len(a.doc.Text)}
	for i := range a.ents {
		k := entityKey{a.ents[i].name(), a.ents[i].Label}
		j := slices.IndexFunc(s.ents, func(c entityCount) bool { return c.entityKey == k })
		if j < 0 {
			s.ents = append(s.ents, entityCount{entityKey: k})
			j = len(s.ents) - 1
		}
		s.ents[j].mentions++
	}
	for _, m := range a.amts {
		if m.Label != "MONEY" {
			continue
		}
		v, _ := parseDecimal(m.Value)
		s.money = append(s.money, moneyItem{m.Currency, v})
	}
	return s
}

// summary adds up the docStats of a corpus. Sums are exact (math/big):
// adding up float64 values would print 4099999999.9999995 for 4.1e9.
type summary struct {
	docs, bytes int
	ents        map[entityKey]*entityTotal
	money       map[string]*moneyTotal
}

type entityTotal struct {
	entityKey
	mentions, docs int
}

type moneyTotal struct {
	currency string
	amounts  int      // MONEY amounts in that currency
	total    *big.Rat // the sum of those with a single value
	inexact  int      // ranges and vague amounts, not in total
}

func newSummary() *summary {
	return &summary{ents: map[entityKey]*entityTotal{}, money: map[string]*moneyTotal{}}
}

func (s *summary) add(d *docStats) {
	s.docs++
	s.bytes += d.bytes
	for _, c := range d.ents {
		t := s.ents[c.entityKey]
		if t == nil {
			t = &entityTotal{entityKey: c.entityKey}
			s.ents[c.entityKey] = t
		}
		t.mentions += c.mentions
		t.docs++
	}
	for _, m := range d.money {
		t := s.money[m.currency]
		if t == nil {
			t = &moneyTotal{currency: m.currency, total: new(big.Rat)}
			s.money[m.currency] = t
		}
		t.amounts++
		if m.value == nil {
			t.inexact++
		} else {
			t.total.Add(t.total, m.value)
		}
	}
}

// sorted returns the entities most mentioned first, then by number of
// articles, name and type: a total order, so the output never depends on
// the map's.
func (s *summary) sortedEntities() []*entityTotal {
	out := make([]*entityTotal, 0, len(s.ents))
	for _, t := range s.ents {
		out = append(out, t)
	}
	slices.SortFunc(out, func(x, y *entityTotal) int {
		return cmp.Or(cmp.Compare(y.mentions, x.mentions), cmp.Compare(y.docs, x.docs),
			cmp.Compare(x.name, y.name), cmp.Compare(x.typ, y.typ))
	})
	return out
}

// sortedMoney returns the currencies by number of amounts, then code; the
// amounts without a currency last.
func (s *summary) sortedMoney() []*moneyTotal {
	out := make([]*moneyTotal, 0, len(s.money))
	for _, t := range s.money {
		out = append(out, t)
	}
	slices.SortFunc(out, func(x, y *moneyTotal) int {
		return cmp.Or(cmp.Compare(boolInt(x.currency == ""), boolInt(y.currency == "")),
			cmp.Compare(y.amounts, x.amounts), cmp.Compare(x.currency, y.currency))
	})
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func currencyName(c string) string {
	if c == "" {
		return "(none)"
	}
	return c
}

// write prints the summary in the format asked: text (also for jsonl's
// sake of a one-object answer, json), tsv or html.
func (s *summary) write(w io.Writer, format string) error {
	switch format {
	case "json", "jsonl":
		return s.writeJSON(w, format == "json")
	case "tsv":
		return s.writeTSV(w)
	case "html":
		return s.writeHTML(w)
	default:
		return s.writeText(w)
	}
}

func (s *summary) writeText(w io.Writer) error {
	var b []byte
	b = fmt.Appendf(b, "%s, %s bytes\n", plural(s.docs, "article", "articles"), groupDigits(strconv.Itoa(s.bytes), " "))
	ents := s.sortedEntities()
	nameW := len("entity")
	for _, t := range ents {
		nameW = max(nameW, min(displayWidth(escaped(t.name)), 40))
	}
	b = fmt.Appendf(b, "\n%-*s  %-8s  %8s  %8s\n", nameW, "entity", "type", "mentions", "articles")
	for _, t := range ents {
		n := escaped(t.name)
		b = fmt.Appendf(b, "%s%s  %-8s  %8d  %8d\n", n, strings.Repeat(" ", max(0, nameW-displayWidth(n))), t.typ, t.mentions, t.docs)
	}
	money := s.sortedMoney()
	if len(money) > 0 {
		totals := make([]string, len(money))
		totalW := len("total")
		for i, t := range money {
			totals[i] = groupDigits(decimalString(t.total), " ")
			totalW = max(totalW, len(totals[i]))
		}
		b = fmt.Appendf(b, "\n%-8s  %7s  %*s  %s\n", "currency", "amounts", totalW, "total", "not in total (ranges, vague)")
		for i, t := range money {
			b = fmt.Appendf(b, "%-8s  %7d  %*s  %d\n", currencyName(t.currency), t.amounts, totalW, totals[i], t.inexact)
		}
	}
	_, err := w.Write(b)
	return err
}

func (s *summary) writeJSON(w io.Writer, indent bool) error {
	type jsonEntity struct {
		Name     string `json:"name"`
		Type     string `json:"type"`
		Mentions int    `json:"mentions"`
		Articles int    `json:"articles"`
	}
	type jsonMoney struct {
		Currency *string     `json:"currency"` // null: no currency stated
		Amounts  int         `json:"amounts"`
		Total    json.Number `json:"total"` // exact decimal
		Inexact  int         `json:"not_in_total"`
	}
	out := struct {
		Articles int          `json:"articles"`
		Bytes    int          `json:"bytes"`
		Entities []jsonEntity `json:"entities"`
		Money    []jsonMoney  `json:"money"`
	}{Articles: s.docs, Bytes: s.bytes, Entities: []jsonEntity{}, Money: []jsonMoney{}}
	for _, t := range s.sortedEntities() {
		out.Entities = append(out.Entities, jsonEntity{t.name, t.typ, t.mentions, t.docs})
	}
	for _, t := range s.sortedMoney() {
		m := jsonMoney{Amounts: t.amounts, Total: json.Number(decimalString(t.total)), Inexact: t.inexact}
		if t.currency != "" {
			m.Currency = &t.currency
		}
		out.Money = append(out.Money, m)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return err
	}
	b := buf.Bytes()
	if indent {
		b = appendReadableJSON(nil, bytes.TrimSpace(b))
	}
	_, err := w.Write(b)
	return err
}

func (s *summary) writeTSV(w io.Writer) error {
	b := []byte("entity\ttype\tmentions\tarticles\n")
	for _, t := range s.sortedEntities() {
		b = appendEscaped(b, t.name, true)
		b = fmt.Appendf(b, "\t%s\t%d\t%d\n", t.typ, t.mentions, t.docs)
	}
	b = append(b, "\ncurrency\tamounts\ttotal\tnot_in_total\n"...)
	for _, t := range s.sortedMoney() {
		b = fmt.Appendf(b, "%s\t%d\t%s\t%d\n", t.currency, t.amounts, decimalString(t.total), t.inexact)
	}
	_, err := w.Write(b)
	return err
}

func (s *summary) writeHTML(w io.Writer) error {
	type row struct {
		Name, Type         string
		Mentions, Articles int
	}
	type money struct {
		Currency, Total  string
		Amounts, Inexact int
	}
	data := struct {
		Meta     string
		Entities []row
		Money    []money
	}{Meta: plural(s.docs, "article", "articles") + " · " + groupDigits(strconv.Itoa(s.bytes), nbsp) + " bytes"}
	for _, t := range s.sortedEntities() {
		data.Entities = append(data.Entities, row{pageText(t.name), t.typ, t.mentions, t.docs})
	}
	for _, t := range s.sortedMoney() {
		data.Money = append(data.Money, money{currencyName(t.currency), groupDigits(decimalString(t.total), nbsp), t.amounts, t.inexact})
	}
	if err := htmlPage.ExecuteTemplate(w, "head", legend()); err != nil {
		return err
	}
	if err := htmlPage.ExecuteTemplate(w, "summary", data); err != nil {
		return err
	}
	return htmlPage.ExecuteTemplate(w, "foot", plural(s.docs, "article", "articles"))
}
