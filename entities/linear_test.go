package entities

import (
	"strings"
	"testing"
	"time"

	"github.com/veille-nlp/veille/extract/token"
)

// linearText returns about size bytes of repeated news sentences, dense in
// names that repeat (full forms, surnames, acronyms, coordinations): the
// worst case for linking short forms to full forms.
func linearText(size int) string {
	sents := []string{
		"Le président de Kalyx Systems, Marc Aubry, a rencontré Ursula von der Leyen à Bruxelles. ",
		"Aubry a confirmé que Kalyx commandera 18 000 puces H200 à Nvidia pour son usine de Vilnorac (Aisne). ",
		"Selon Mme de Villemont, la Commission européenne (CE) et le Fonds monétaire international (FMI) suivent le dossier. ",
		"« Nous investirons 2 milliards d’euros », a déclaré Torsten Reil et Gundbert Scherf lors du salon VivaTech. ",
		"La start-up Orvale, Nexora et Veltrio misent sur le bitcoin, l’ether et le modèle Orion 2.\n",
	}
	var b strings.Builder
	for b.Len() < size {
		for _, s := range sents {
			b.WriteString(s)
		}
	}
	return b.String()
}

// TestLinearTime checks that Tag runs in time linear in the text: ten
// times more text (300 kB, then 3 MB of repeated sentences) must take
// clearly less than the hundred times longer that a quadratic pass would.
// The bound, 60 times, leaves room for cache misses on the long text and
// for a machine busy with other work; each size keeps its fastest of three
// runs. (Counted in instructions, 3 MB costs 27.7 times what 100 kB does.)
// Speed itself is measured by the benchmarks, not here.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("long text")
	}
	tg := newTagger(t)
	run := func(src string) time.Duration {
		best, n := fastestTag(tg, src)
		if n == 0 {
			t.Fatal("no entities")
		}
		return best
	}
	small, big := run(linearText(300_000)), run(linearText(3_000_000))
	t.Logf("Tag: 300 kB in %v, 3 MB in %v", small, big)
	if big > 60*small+50*time.Millisecond {
		t.Errorf("Tag is not linear: %v on 300 kB, %v on 3 MB", small, big)
	}
}

// TestLinearRepeats checks linear time on texts made of one short pattern
// repeated: each stresses one rule over many mentions of one name (a
// skipped sentence-initial word recovered from the names, an acronym in
// parentheses, short forms, coordination…). Ten times the text must not
// take 60 times longer (a quadratic rule would take 100 times).
func TestLinearRepeats(t *testing.T) {
	if testing.Short() {
		t.Skip("long text")
	}
	tg := newTagger(t)
	run := func(src string) time.Duration {
		best, _ := fastestTag(tg, src)
		return best
	}
	for _, unit := range []string{
		"Paris (Nord) ", "Le Fonds (FMI) ", "X (Y) ", "« Orange » ", "Mme de X ",
		"Mistral AI. Mistral ", "Jean Dupont. Dupont. ", "Selon Kalyx, Veltrio et ",
		"à Kelvo (Aisne). Quantix Labs. Quantix ", "le groupe Foo 5 Bar ",
	} {
		small := run(strings.Repeat(unit, 2000))
		big := run(strings.Repeat(unit, 20000))
		if big > 60*small+20*time.Millisecond {
			t.Errorf("%q: %v for 2 000 repeats, %v for 20 000", unit, small, big)
		}
	}
}

// fastestTag tags src three times and returns the fastest time (so that a
// busy machine does not fail a test) and the number of entities.
func fastestTag(tg *Tagger, src string) (time.Duration, int) {
	toks := token.Tokenize(src)
	sents := token.Segment(src, toks)
	best, n := time.Duration(1<<62), 0
	for range 3 {
		start := time.Now()
		n = len(tg.Tag(src, toks, sents))
		best = min(best, time.Since(start))
	}
	return best, n
}
