// Package parallel shares work out over the cores.
package parallel

import (
	"runtime"
	"sync"
)

// ShareOut runs work on every core, at most one worker per per items of n
// (and at least one): worker w of workers takes items w, w+workers, ….
// It returns when every worker is done.
func ShareOut(n, per int, work func(w, workers int)) {
	workers := max(1, min(runtime.GOMAXPROCS(0), n/per+1))
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(w, workers)
		}()
	}
	wg.Wait()
}
