// Command trainstat trains the French PER/LOC/ORG perceptron model of
// package stat on the ner-fr corpus (Europeana Newspapers, French part)
// and writes the embedded artifact. From the repository root:
//
//	go run ./entities/internal/cmd/trainstat -out entities/internal/stat/fr_ner.model
//
// It trains on the train split of the corpus NOTICE, scores the model of
// every epoch on the dev split (strict micro F1, exact span and type) and
// keeps the best epoch (the earliest among equals). The test split is left
// to the tests. The output depends only on the corpus and the flags, whose
// defaults are the configuration of the committed artifact: running it
// again gives the same bytes (TestArtifactReproducible checks this).
//
// The corpus is read from -corpus, else $VEILLE_NERFR, else
// shared/external/ner-fr/enp_FR.bnf.bio in the working directory or one of
// its parents; nothing is downloaded.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"

	"github.com/veille-nlp/veille/entities/internal/stat/nerfr"
	"github.com/veille-nlp/veille/entities/internal/stat/nerfrstat"
)

func main() {
	d := nerfrstat.DefaultConfig
	var (
		corpus   = flag.String("corpus", "", "path of enp_FR.bnf.bio (default: found as the doc says)")
		out      = flag.String("out", "", "write the model here (default: only report)")
		epochs   = flag.Int("epochs", d.Epochs, "maximum number of epochs; the best on dev is kept")
		minCount = flag.Int("mincount", d.MinCount, "drop features seen fewer times")
		minLower = flag.Int("minlower", d.MinLower, "occurrences in lower case that make a known lower-case word")
		prune    = flag.Float64("prune", float64(d.Prune), "drop feature rows whose averaged weights are all below this")
		seed     = flag.Uint64("seed", d.Seed, "shuffling seed")
	)
	flag.Parse()
	c := nerfrstat.Config{Epochs: *epochs, MinCount: *minCount, MinLower: *minLower, Prune: float32(*prune), Seed: *seed}
	if err := run(*corpus, *out, c); err != nil {
		fmt.Fprintln(os.Stderr, "trainstat:", err)
		os.Exit(1)
	}
}

func run(corpus, out string, c nerfrstat.Config) error {
	if corpus == "" {
		p, err := nerfr.Find()
		if err != nil {
			return err
		}
		corpus = p
	}
	t0 := time.Now()
	res, err := nerfrstat.Build(corpus, c)
	if err != nil {
		return err
	}
	for _, l := range res.Log {
		fmt.Fprintln(os.Stderr, l)
	}
	b, err := res.Model.MarshalBinary()
	if err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "kept epoch %d (dev F1 %.3f), %d features, %d bytes, %d train entities not aligned, %v\n",
		res.Epoch, res.DevF1, res.Model.NumFeatures(), len(b), res.Dropped, time.Since(t0).Round(time.Millisecond))
	if out == "" {
		return nil
	}
	return os.WriteFile(out, b, 0o644)
}
