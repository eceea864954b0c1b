package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestArtifactFresh fails when the committed lexicon.tsv is not what the
// sources give: run go generate ./entities/internal/lexicon.
func TestArtifactFresh(t *testing.T) {
	dir := filepath.Join("..", "..", "lexicon")
	want, err := Build(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, outFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s is stale: run go generate ./entities/internal/lexicon", outFile)
	}
	again, err := Build(dir)
	if err != nil || !bytes.Equal(again, want) {
		t.Errorf("Build is not deterministic")
	}
}

func TestForms(t *testing.T) {
	tests := []struct {
		word    string
		stemmed bool
		want    []string // forms that must be there
		not     []string // forms that must not
	}{
		{"puce", true, []string{"puce", "puces"}, nil},
		{"président", true, []string{"président", "présidente", "présidents"}, nil},
		{"baptiser", true, []string{"baptisé", "baptisée", "baptisés"}, nil},
		{"national", true, []string{"nationale", "nationaux"}, nil},
		{"européen", true, []string{"européenne", "européens"}, nil},
		{"AI", false, []string{"AI"}, []string{"AIs"}},
	}
	for _, tt := range tests {
		got := "|" + strings.Join(forms(tt.word, tt.stemmed), "|") + "|"
		for _, w := range tt.want {
			if !strings.Contains(got, "|"+w+"|") {
				t.Errorf("forms(%q) = %s, want %q in it", tt.word, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, "|"+w+"|") {
				t.Errorf("forms(%q) = %s, want no %q", tt.word, got, w)
			}
		}
	}
}

func TestValidation(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"unknown type", "companies.tsv", "Acme\tFIRM\t\t\n", "unknown type"},
		{"country without code", "countries.tsv", "Atlantide\tCOUNTRY\t\t\n", "ISO 3166-1"},
		{"bad id", "companies.tsv", "Acme\tCOMPANY\t\tX12\n", "neither an ISO"},
		{"folded duplicate", "companies.tsv", "Acme\tCOMPANY\t\t\nACME\tCOMPANY\t\t\n", "already at"},
		{"not NFC", "companies.tsv", "Ae\u0301\tCOMPANY\t\t\n", "NFC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := os.Mkdir(filepath.Join(dir, srcDir), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, srcDir, tt.file), []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, triggersFile), []byte("puce\tbefore\tCHIP\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := Build(dir)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Build: %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// TestSurnames checks the surname readings made from the persons: the last
// word with its particles, the full name as canonical when one person (or
// the one with an id) has the surname, and none for a word that is taken.
func TestSurnames(t *testing.T) {
	persons := []person{
		{"Emmanuel Macron", "", "Q3052772"},
		{"Brigitte Macron", "", ""},
		{"Bruno Le Maire", "", ""},
		{"Luca de Meo", "", ""},
		{"Kimbal Musk", "", ""},
		{"Elon Musk", "", ""},
		{"Benjamin Netanyahu", "Benyamin Nétanyahou", ""},
		{"Benyamin Nétanyahou", "", ""},
		{"Jean Renault", "", ""},
		{"Li Qiang", "", ""},
		{"AMLO", "", ""},
	}
	taken := map[string]bool{"renault": true}
	got := surnames(persons, taken)
	slices.Sort(got)
	want := []string{
		"N\tde meo\tde Meo\tPERSON\tLuca de Meo\t\tambiguous,surname",
		"N\tle maire\tLe Maire\tPERSON\tBruno Le Maire\t\tambiguous,surname",
		"N\tmacron\tMacron\tPERSON\tEmmanuel Macron\tQ3052772\tambiguous,surname",
		"N\tmusk\tMusk\tPERSON\t\t\tambiguous,surname",
		"N\tnetanyahou\tNétanyahou\tPERSON\tBenyamin Nétanyahou\t\tambiguous,surname",
		"N\tnetanyahu\tNetanyahu\tPERSON\tBenyamin Nétanyahou\t\tambiguous,surname",
		"N\tqiang\tQiang\tPERSON\tLi Qiang\t\tambiguous,surname",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("surnames (-want +got):\n%s", diff)
	}
}
