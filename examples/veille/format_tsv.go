package main

import (
	"encoding/json"
	"io"
	"strconv"
)

// tsvFormat prints one mention per line, entities and amounts merged in
// text order, in tab-separated columns under a header line, for
// spreadsheets and awk. Tabs, newlines, carriage returns and backslashes
// inside a field are escaped as \t \n \r \\, so that every line is one
// mention and every tab a column boundary.
type tsvFormat struct{}

// tsvHeader names the columns: the offsets are bytes into the article;
// normalized is an entity's canonical name or an amount's value (empty
// for a range, whose bounds are min and max); currency_unit is an amount's
// currency or unit.
const tsvHeader = "source\tstart\tend\ttype\ttext\tnormalized\tcurrency_unit\tmin\tmax\tapprox\tid\n"

func (tsvFormat) begin(w io.Writer) error {
	_, err := io.WriteString(w, tsvHeader)
	return err
}

func (tsvFormat) end(io.Writer, int) error { return nil }

func (tsvFormat) article(dst []byte, a *article) ([]byte, error) {
	source := appendEscaped(nil, a.source, true)
	i, j := 0, 0
	for i < len(a.ents) || j < len(a.amts) {
		var m *mention
		if j == len(a.amts) || i < len(a.ents) && a.ents[i].Start <= a.amts[j].Start {
			m = &a.ents[i]
			i++
		} else {
			m = &a.amts[j]
			j++
		}
		dst = append(dst, source...)
		dst = append(dst, '\t')
		dst = strconv.AppendInt(dst, int64(m.Start), 10)
		dst = append(dst, '\t')
		dst = strconv.AppendInt(dst, int64(m.End), 10)
		dst = append(dst, '\t')
		dst = append(dst, m.Label...)
		dst = append(dst, '\t')
		dst = appendEscaped(dst, m.Text, true)
		if m.isEntity() {
			dst = append(dst, '\t')
			dst = appendEscaped(dst, m.Canonical, true)
			dst = append(dst, "\t\t\t\t\t"...)
			dst = appendEscaped(dst, m.ID, true)
		} else {
			unit := m.Currency
			if unit == "" {
				unit = m.Unit
			}
			for _, f := range []string{plainNumber(m.Value), unit, plainNumber(m.Min), plainNumber(m.Max), m.Approx} {
				dst = append(dst, '\t')
				dst = appendEscaped(dst, f, true)
			}
			dst = append(dst, '\t')
		}
		dst = append(dst, '\n')
	}
	return dst, nil
}

// plainNumber writes a JSON number without exponent: 1e+21 ->
// 1000000000000000000000.
func plainNumber(n json.Number) string {
	r, ok := parseDecimal(n)
	if !ok {
		return string(n)
	}
	return decimalString(r)
}
