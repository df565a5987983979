package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"gbo/render/export"
)

// progress shows what a long run is doing, on standard error, only when
// that is a terminal: "reading the case… 1.4 s". Piped or redirected
// output stays clean, and tests (which pass buffers) see nothing.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	on    bool
	label string
	start time.Time
	stop  chan struct{}
	shown bool
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w}
	if f, ok := w.(*os.File); ok && os.Getenv("GBO_NO_PROGRESS") == "" {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

// stage names the work now under way; the line appears only once a stage
// has run for half a second, so quick commands never flicker.
func (p *progress) stage(label string) {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.label, p.start = label, time.Now()
	if p.stop == nil {
		p.stop = make(chan struct{})
		go p.loop(p.stop)
	}
}

func (p *progress) loop(stop chan struct{}) {
	t := time.NewTicker(200 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			p.mu.Lock()
			if el := time.Since(p.start); el > 500*time.Millisecond {
				fmt.Fprintf(p.w, "\r\033[K%s… %.1f s", p.label, el.Seconds())
				p.shown = true
			}
			p.mu.Unlock()
		}
	}
}

// done clears the line.
func (p *progress) done() {
	if p == nil || !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stop != nil {
		close(p.stop)
		p.stop = nil
	}
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

// print ends any progress line, then prints the output.
func (e *env) print(format string, o Output) error {
	e.progress.done()
	if o.Lang == "" {
		o.Lang = e.lang
	}
	if o.CSV == (export.CSVOptions{}) {
		o.CSV = e.csv
	}
	return printOutput(e.stdout, format, o)
}
