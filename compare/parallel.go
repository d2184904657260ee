package compare

import "github.com/crosscheck-news/crosscheck/internal/parallel"

// shareOut runs work on every core, at most one worker per per items of n
// (and at least one): worker w of workers takes items w, w+workers, ….
func shareOut(n, per int, work func(w, workers int)) { parallel.ShareOut(n, per, work) }
