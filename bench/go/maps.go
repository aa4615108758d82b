// maps.go — compiled-Go map benchmarks: the same source built by
// `minigo build` and by `go build` (bench/go/run.py times both).
// usage: maps BENCH; prints a checksum so no work can be optimised away.
package main

import (
	"fmt"
	"os"
	"strconv"
)

const n = 1000000

var sinkMap map[int]int

func strKeys() []string {
	keys := make([]string, n)
	for i := range keys {
		keys[i] = "key:" + strconv.Itoa(i*7919)
	}
	return keys
}

func strInsert(keys []string, hint int) map[string]int {
	m := make(map[string]int, hint)
	for i, k := range keys {
		m[k] = i
	}
	return m
}

func strLookup(m map[string]int, keys []string) int {
	s := 0
	for r := 0; r < 3; r++ {
		for _, k := range keys {
			s += m[k]
		}
	}
	return s
}

func strDelete(m map[string]int, keys []string) int {
	for _, k := range keys {
		delete(m, k)
	}
	return len(m)
}

func intInsert(hint int) map[int]int {
	m := make(map[int]int, hint)
	for i := 0; i < n; i++ {
		m[i*7919] = i
	}
	return m
}

func intLookup(m map[int]int) int {
	s := 0
	for r := 0; r < 3; r++ {
		for i := 0; i < n; i++ {
			s += m[i*7919]
		}
	}
	return s
}

func intDelete(m map[int]int) int {
	for i := 0; i < n; i++ {
		delete(m, i*7919)
	}
	return len(m)
}

// smallLocal's map does not escape: its hmap and first bucket live on the
// stack (gc and minigo alike).
func smallLocal(rounds int) int {
	s := 0
	for i := 0; i < rounds; i++ {
		m := make(map[int]int)
		m[i] = 1
		m[i+1] = 2
		m[i+2] = 3
		m[i+3] = 4
		s += m[i+2] + len(m)
	}
	return s
}

// smallEscape is the same map, escaping to a global.
func smallEscape(rounds int) int {
	s := 0
	for i := 0; i < rounds; i++ {
		m := make(map[int]int)
		m[i] = 1
		m[i+1] = 2
		m[i+2] = 3
		m[i+3] = 4
		s += m[i+2] + len(m)
		sinkMap = m
	}
	return s
}

func assignDirect(m map[string]int, keys []string, rounds int) int {
	for r := 0; r < rounds; r++ {
		for i, k := range keys {
			m[k] = i + r
		}
	}
	return len(m)
}

func assignPtr(p *map[string]int, keys []string, rounds int) int {
	for r := 0; r < rounds; r++ {
		for i, k := range keys {
			(*p)[k] = i + r
		}
	}
	return len(*p)
}

func main() {
	bench := os.Args[1]
	sum := 0
	switch bench {
	case "str-insert":
		sum = len(strInsert(strKeys(), 0))
	case "str-insert-hint":
		sum = len(strInsert(strKeys(), n))
	case "str-lookup":
		keys := strKeys()
		sum = strLookup(strInsert(keys, 0), keys)
	case "str-delete":
		keys := strKeys()
		sum = strDelete(strInsert(keys, 0), keys)
	case "int-insert":
		sum = len(intInsert(0))
	case "int-insert-hint":
		sum = len(intInsert(n))
	case "int-lookup":
		sum = intLookup(intInsert(0))
	case "int-delete":
		sum = intDelete(intInsert(0))
	case "small-local":
		sum = smallLocal(4 * n)
	case "small-escape":
		sum = smallEscape(4 * n)
	case "assign-direct", "assign-ptr":
		keys := make([]string, 1000)
		for i := range keys {
			keys[i] = "key:" + strconv.Itoa(i*7919)
		}
		m := map[string]int{}
		if bench == "assign-direct" {
			sum = assignDirect(m, keys, 20000)
		} else {
			sum = assignPtr(&m, keys, 20000)
		}
	default:
		fmt.Println("unknown benchmark", bench)
		os.Exit(2)
	}
	fmt.Println(sum)
}
