package main

import (
	"os"
	"runtime/debug"
)

// tuneMemory sets the garbage collector for the size of the case: a soft
// memory limit of eight times the input (at least 512 MiB), and a relaxed
// GOGC under it. A million events then stay near 500 MB instead of the
// 750 MB Go's default pacing reaches, for the same time; a small case is
// unaffected. Users who set GOGC or GOMEMLIMIT themselves keep theirs.
func tuneMemory(caseArg string) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	var total int64
	if st, err := os.Stat(caseArg); err == nil {
		if st.IsDir() {
			entries, _ := os.ReadDir(caseArg)
			for _, e := range entries {
				if info, err := e.Info(); err == nil && !e.IsDir() {
					total += info.Size()
				}
			}
		} else {
			total = st.Size()
		}
	}
	limit := max(int64(512)<<20, 8*total)
	debug.SetMemoryLimit(limit)
	debug.SetGCPercent(200)
}
