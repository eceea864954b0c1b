package main

import (
	"iter"
	"sync"
)

// ordered calls work on every item of src on n goroutines, and emit with
// the results one at a time, in the order of src, as soon as each is ready
// and all before it have been emitted. src is consumed lazily: at most 3n+1
// items are listed, being worked on or waiting to be emitted at any time,
// so memory is bounded by n, not by the length of src. If emit returns
// false, ordered stops listing items and returns at once, without waiting
// for the work under way.
func ordered[T, R any](n int, src iter.Seq[T], work func(T) R, emit func(R) bool) {
	type job struct {
		item T
		res  chan R // capacity 1: a worker never waits for the emitter
	}
	jobs := make(chan job, n)
	queue := make(chan chan R, n) // the results in the order of src
	stop := make(chan struct{})

	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for j := range jobs {
				j.res <- work(j.item)
			}
		})
	}
	go func() {
		defer close(queue)
		defer close(jobs)
		for item := range src {
			j := job{item, make(chan R, 1)}
			// The job goes to the workers before its slot goes to the
			// emitter, so the emitter never waits on a job no worker can
			// take.
			select {
			case jobs <- j:
			case <-stop:
				return
			}
			select {
			case queue <- j.res:
			case <-stop:
				return
			}
		}
	}()
	for res := range queue {
		if !emit(<-res) {
			close(stop)
			return
		}
	}
	wg.Wait()
}
