package amounts

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestGoldenSeeds runs Find on every seed article and requires the amounts
// of its human golden file exactly: text, start, end, kind, value, min,
// max, currency, unit and approx. The golden files are never written by a
// test.
func TestGoldenSeeds(t *testing.T) {
	paths, err := filepath.Glob("../testdata/golden/*.json")
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Skip("no golden files in ../testdata/golden")
	}
	total := 0
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var gold struct {
				Amounts []Amount `json:"amounts"`
			}
			if err := json.Unmarshal(b, &gold); err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(filepath.Join("../testdata/articles", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			got := FindString(string(src))
			checkAmounts(t, string(src), got)
			if gold.Amounts == nil {
				gold.Amounts = []Amount{}
			}
			if got == nil {
				got = []Amount{}
			}
			if diff := cmp.Diff(gold.Amounts, got, cmpCurrency); diff != "" {
				t.Errorf("amounts (-golden +got):\n%s", diff)
			}
			total += len(gold.Amounts)
		})
	}
	t.Logf("%d golden amounts in %d articles", total, len(paths))
}
