// maps.go — the Go 1.19 side of the runtime map benchmarks (bench/rt/maps.c
// is the minigo-runtime side). usage: maps BENCH [N]; prints "ns=<time of
// the measured phase>". Setup (building keys, filling the map for lookups
// and deletes) is not timed. Each measured phase is its own function so
// callgrind can count it alone (--toggle-collect=main.run*).
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"time"
)

var sink int

//go:noinline
func runStrInsert(keys []string, hint int) map[string]int {
	var m map[string]int
	if hint > 0 {
		m = make(map[string]int, hint)
	} else {
		m = make(map[string]int)
	}
	for i, k := range keys {
		m[k] = i
	}
	return m
}

//go:noinline
func runStrLookup(m map[string]int, keys []string) int {
	s := 0
	for _, k := range keys {
		s += m[k]
	}
	return s
}

//go:noinline
func runStrDelete(m map[string]int, keys []string) {
	for _, k := range keys {
		delete(m, k)
	}
}

//go:noinline
func runIntInsert(n int, hint int) map[int]int {
	var m map[int]int
	if hint > 0 {
		m = make(map[int]int, hint)
	} else {
		m = make(map[int]int)
	}
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	return m
}

//go:noinline
func runIntLookup(m map[int]int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += m[i*7919]
	}
	return s
}

//go:noinline
func runIntDelete(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		delete(m, i*7919)
	}
}

//go:noinline
func runSmallMaps(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		m := make(map[int]int) // does not escape: hmap and bucket on the stack
		m[i] = 1
		m[i+1] = 2
		m[i+2] = 3
		m[i+3] = 4
		s += m[i+2] + len(m)
	}
	return s
}

// collect starts every timed phase from a collected heap, except in the
// instruction-counting runs (BENCH_NO_COLLECT), where the collector is off.
func collect() {
	if os.Getenv("BENCH_NO_COLLECT") == "" {
		runtime.GC()
	}
}

func main() {
	bench := os.Args[1]
	n := 1000000
	if len(os.Args) > 2 {
		n, _ = strconv.Atoi(os.Args[2])
	}
	var keys []string
	if strings.HasPrefix(bench, "str-") {
		keys = make([]string, n)
		for i := range keys {
			keys[i] = "key:" + strconv.Itoa(i*7919)
		}
	}
	// BENCH_SKIP: do the setup only (bench/run.py counts instructions as a difference).
	skip := os.Getenv("BENCH_SKIP") != ""
	var t time.Time
	switch bench {
	case "str-insert", "str-insert-hint":
		hint := 0
		if bench == "str-insert-hint" {
			hint = n
		}
		collect()
		t = time.Now()
		if !skip {
			m := runStrInsert(keys, hint)
			sink = len(m)
		}
	case "str-lookup":
		m := runStrInsert(keys, 0)
		collect()
		t = time.Now()
		if !skip {
			sink = runStrLookup(m, keys)
		}
	case "str-delete":
		m := runStrInsert(keys, 0)
		collect()
		t = time.Now()
		if !skip {
			runStrDelete(m, keys)
			sink = len(m)
		}
	case "int-insert", "int-insert-hint":
		hint := 0
		if bench == "int-insert-hint" {
			hint = n
		}
		collect()
		t = time.Now()
		if !skip {
			m := runIntInsert(n, hint)
			sink = len(m)
		}
	case "int-lookup":
		m := runIntInsert(n, 0)
		collect()
		t = time.Now()
		if !skip {
			sink = runIntLookup(m, n)
		}
	case "int-delete":
		m := runIntInsert(n, 0)
		collect()
		t = time.Now()
		if !skip {
			runIntDelete(m, n)
			sink = len(m)
		}
	case "small-maps":
		collect()
		t = time.Now()
		if !skip {
			sink = runSmallMaps(n)
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown benchmark", bench)
		os.Exit(2)
	}
	fmt.Printf("ns=%d sink=%d\n", time.Since(t).Nanoseconds(), sink)
}
