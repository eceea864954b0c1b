package lexsrc

import (
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		recs     int
		err      string // substring of the first error, "" for none
	}{
		{"ok", "# comment\n\nParis\tPLACE\t\tQ90\n", 1, ""},
		{"no final newline", "Paris\tPLACE\t\tQ90", 1, "does not end with a newline"},
		{"crlf", "Paris\tPLACE\t\tQ90\r\n", 0, "carriage return"},
		{"not NFC", "E\u0301mirats\tCOUNTRY\t\tAE\n", 0, "NFC"},
		{"nbsp", "Abu\u00a0Dhabi\tPLACE\t\t\n", 0, "U+00A0"},
		{"stray blank", "Paris \tPLACE\t\t\n", 0, "stray blanks"},
		{"columns", "Paris\tPLACE\n", 0, "2 columns"},
		{"empty first", "\tPLACE\t\t\n", 0, "empty first column"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			recs, errs := Read("f.tsv", []byte(tt.in), 4, 5)
			if len(recs) != tt.recs {
				t.Errorf("%d records, want %d", len(recs), tt.recs)
			}
			switch {
			case tt.err == "" && len(errs) > 0:
				t.Errorf("unexpected error %v", errs[0])
			case tt.err != "" && (len(errs) == 0 || !strings.Contains(errs[0].Error(), tt.err)):
				t.Errorf("errors %v, want one with %q", errs, tt.err)
			}
			if tt.err != "" && len(errs) > 0 && !strings.HasPrefix(errs[0].Error(), "f.tsv:") {
				t.Errorf("error %q is not located", errs[0])
			}
		})
	}
}

func TestIDs(t *testing.T) {
	for s, want := range map[string]bool{"Q90": true, "Q0": false, "Q": false, "Q12a": false, "90": false} {
		if IsQID(s) != want {
			t.Errorf("IsQID(%q) = %v", s, !want)
		}
	}
	for s, want := range map[string]bool{"FR": true, "fr": false, "FRA": false, "F1": false} {
		if IsISO(s) != want {
			t.Errorf("IsISO(%q) = %v", s, !want)
		}
	}
}
