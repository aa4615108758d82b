// grow.go — a map that grows while fill writes to it, for
// tests/debug/growth.gdb: oldbuckets becomes non-nil, nevacuate advances.
package main

import (
	"fmt"
	"strconv"
)

func fill(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m["k"+strconv.Itoa(i)] = i
	}
}

func main() {
	m := make(map[string]int)
	fill(m, 100)
	fmt.Println(len(m), m["k42"])
}
