package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// textFormat prints an aligned listing per article: a heading line, then
// the entities and the amounts, one per line with their offsets, label,
// text and normalized form.
type textFormat struct{}

func (textFormat) begin(io.Writer) error    { return nil }
func (textFormat) end(io.Writer, int) error { return nil }

func (textFormat) article(dst []byte, a *article) ([]byte, error) {
	if a.index > 0 {
		dst = append(dst, '\n')
	}
	dst = fmt.Appendf(dst, "== %s  (%s bytes, %s, %s)\n", escaped(a.source),
		groupDigits(strconv.Itoa(len(a.doc.Text)), " "),
		plural(len(a.ents), "entity", "entities"), plural(len(a.amts), "amount", "amounts"))

	// Columns: offsets as wide as the text's length, the label, the text
	// as wide as the widest one up to 40 columns, then the rest.
	offW := len(strconv.Itoa(len(a.doc.Text)))
	textW := 0
	texts := make([][]string, 2)
	for i, list := range [][]mention{a.ents, a.amts} {
		for _, m := range list {
			t := escaped(m.Text)
			texts[i] = append(texts[i], t)
			textW = max(textW, min(displayWidth(t), 40))
		}
	}
	for i, list := range [][]mention{a.ents, a.amts} {
		if len(list) == 0 {
			continue
		}
		dst = append(dst, [...]string{"entities\n", "amounts\n"}[i]...)
		for j, m := range list {
			t := texts[i][j]
			dst = fmt.Appendf(dst, "  %*d %*d  %-8s  %s%s  ", offW, m.Start, offW, m.End, m.Label,
				t, strings.Repeat(" ", max(0, textW-displayWidth(t))))
			if i == 0 {
				dst = append(dst, escaped(m.entityNote())...)
			} else {
				dst = append(dst, m.readable(" ")...)
			}
			dst = trimSpaceRight(dst)
			dst = append(dst, '\n')
		}
	}
	return dst, nil
}

// entityNote is the canonical name and the identifier of an entity, where
// they say more than its text: "Emmanuel Macron  Q3052772".
func (m *mention) entityNote() string {
	var parts []string
	if m.Canonical != "" && m.Canonical != m.Text {
		parts = append(parts, "→ "+m.Canonical)
	}
	if m.ID != "" {
		parts = append(parts, "["+m.ID+"]")
	}
	return strings.Join(parts, " ")
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func trimSpaceRight(b []byte) []byte {
	for len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	return b
}
