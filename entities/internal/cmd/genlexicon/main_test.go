package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
