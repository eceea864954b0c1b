package entities

import (
	"os"
	"testing"
)

// The strict entity F1 floors on the development corpora, set from the
// last measurement: they guard generalization against regressions and
// only rise. testdata/dev (fifteen articles) and testdata/dev2 (twenty
// articles, annotated independently) were written and annotated by hand
// without the code, see their READMEs. The rules were tuned on dev first;
// dev2 was first scored at 0.829 (CLI) before its error classes were
// worked on.
const (
	devFloor  = 0.98
	dev2Floor = 0.96
)

// TestDev scores the Tagger on the development corpora, logging per-type
// precision, recall and F1 and every disagreement. Tag alone is scored
// here; the pipeline (package extract) also drops an entity inside an
// amount (« 4 225 bitcoins »), so the CLI's score may differ slightly.
func TestDev(t *testing.T) {
	for _, c := range []struct {
		dir   string
		floor float64
	}{
		{"../testdata/dev", devFloor},
		{"../testdata/dev2", dev2Floor},
	} {
		t.Run(c.dir[len("../testdata/"):], func(t *testing.T) {
			if _, err := os.Stat(c.dir); err != nil {
				t.Skipf("development corpus not available: %v", err)
			}
			docs := readGoldenDir(t, c.dir+"/articles", c.dir+"/golden")
			if len(docs) == 0 {
				t.Skip("development corpus is empty")
			}
			f, bad := evaluate(t, newTagger(t), docs)
			if f < c.floor {
				t.Errorf("strict F1 %.3f below the floor %.3f", f, c.floor)
			}
			if bad > 0 {
				t.Errorf("%d wrong country ids", bad)
			}
		})
	}
}
