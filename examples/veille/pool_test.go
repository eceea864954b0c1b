package main

import (
	"iter"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

// counting yields 0..n-1 and tracks how many items are alive: listed and
// not yet emitted.
func counting(n int, alive, peak *atomic.Int64) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			if v := alive.Add(1); v > peak.Load() {
				peak.Store(v)
			}
			if !yield(i) {
				return
			}
		}
	}
}

func TestOrderedKeepsInputOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		var alive, peak atomic.Int64
		var got []int
		work := func(i int) int {
			// Later items often finish first.
			time.Sleep(time.Duration(rand.IntN(200)) * time.Microsecond)
			return i * i
		}
		ordered(workers, counting(500, &alive, &peak), work, func(r int) bool {
			alive.Add(-1)
			got = append(got, r)
			return true
		})
		if len(got) != 500 {
			t.Fatalf("workers=%d: %d results, want 500", workers, len(got))
		}
		for i, r := range got {
			if r != i*i {
				t.Fatalf("workers=%d: result %d is %d, want %d", workers, i, r, i*i)
			}
		}
		// Memory is bounded by the workers, not the input: at most 3n+1
		// items listed and not yet emitted (plus one being counted).
		if p := peak.Load(); p > int64(3*workers+2) {
			t.Errorf("workers=%d: %d items alive at once, want at most %d", workers, p, 3*workers+2)
		}
	}
}

func TestOrderedSlowHeadDoesNotListMore(t *testing.T) {
	// The first item is slow: the others must wait, not pile up.
	var alive, peak atomic.Int64
	release := make(chan struct{})
	go func() { time.Sleep(50 * time.Millisecond); close(release) }()
	n := 0
	ordered(2, counting(1000, &alive, &peak), func(i int) int {
		if i == 0 {
			<-release
		}
		return i
	}, func(int) bool { alive.Add(-1); n++; return true })
	if n != 1000 {
		t.Fatalf("%d results, want 1000", n)
	}
	if p := peak.Load(); p > 8 {
		t.Errorf("%d items alive at once behind a slow head, want at most 8", p)
	}
}

func TestOrderedStopsEarly(t *testing.T) {
	listed := 0
	src := func(yield func(int) bool) {
		for i := 0; ; i++ { // endless
			listed++
			if !yield(i) {
				return
			}
		}
	}
	var got []int
	ordered(4, src, func(i int) int { return i }, func(r int) bool {
		got = append(got, r)
		return len(got) < 10
	})
	if len(got) != 10 {
		t.Fatalf("emitted %d results after asking to stop at 10", len(got))
	}
	for i, r := range got {
		if r != i {
			t.Fatalf("result %d is %d", i, r)
		}
	}
}

func TestOrderedEmpty(t *testing.T) {
	called := false
	ordered(3, func(func(int) bool) {}, func(i int) int { return i }, func(int) bool { called = true; return true })
	if called {
		t.Fatal("emit called on an empty input")
	}
}
