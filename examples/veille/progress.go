package main

import (
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progress shows a progress bar on stderr for long runs: articles done,
// bytes read, bytes per second and, once the corpus is measured, the time
// left. It shows nothing for the first second, so short runs stay quiet.
// The zero of a *progress (nil) shows nothing at all. Only the emitting
// goroutine calls its methods.
type progress struct {
	w     io.Writer
	start time.Time
	docs  int
	bytes int64
	total atomic.Int64 // bytes of the whole input; 0 while measured, -1 unknown
	known bool         // the bar has learned total
	bar   *progressbar.ProgressBar
}

// newProgress returns a progress bar if one should be shown: stderr is a
// terminal, -q was not given, and stdout does not share the terminal
// (unless -summary holds the output back to the end).
func newProgress(c *config, stdout, stderr io.Writer) *progress {
	if c.quiet || !isTerminal(stderr) || (isTerminal(stdout) && !c.summary) {
		return nil
	}
	p := &progress{w: stderr, start: time.Now()}
	go func() { p.total.Store(c.measure()) }()
	return p
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// measure returns the size in bytes of the files the inputs name, or -1 if
// some input (stdin) cannot be measured. It only reads directories.
func (c *config) measure() int64 {
	var total int64
	for _, arg := range c.args {
		if arg == "-" {
			return -1
		}
		info, err := os.Stat(arg)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		filepath.WalkDir(arg+string(filepath.Separator), func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if strings.HasPrefix(d.Name(), ".") && len(d.Name()) > 1 && d.Name() != ".." {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && slices.Contains(c.exts, strings.ToLower(filepath.Ext(path))) {
				if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
					total += info.Size()
				}
			}
			return nil
		})
	}
	return total
}

// add counts one input of n bytes.
func (p *progress) add(n int) {
	if p == nil {
		return
	}
	p.docs++
	p.bytes += int64(n)
	if p.bar == nil {
		if time.Since(p.start) < time.Second {
			return
		}
		p.bar = progressbar.NewOptions64(-1,
			progressbar.OptionSetWriter(p.w),
			progressbar.OptionShowBytes(true),
			progressbar.OptionShowTotalBytes(true),
			progressbar.OptionSetWidth(30),
			progressbar.OptionSetPredictTime(true),
			progressbar.OptionSetElapsedTime(true),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionSpinnerType(14),
			progressbar.OptionClearOnFinish(),
		)
		p.bar.Set64(p.bytes)
	}
	if t := p.total.Load(); t > 0 && !p.known {
		p.known = true
		p.bar.ChangeMax64(max(t, p.bytes))
	}
	p.bar.Describe(strconv.Itoa(p.docs) + " articles")
	p.bar.Add64(int64(n))
}

// clear removes the bar before a message is written to stderr; the next
// add draws it again.
func (p *progress) clear() {
	if p != nil && p.bar != nil {
		p.bar.Clear()
	}
}

// done removes the bar for good.
func (p *progress) done() {
	if p != nil && p.bar != nil {
		p.bar.Finish()
		p.bar.Clear()
	}
}
