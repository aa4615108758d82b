// Map growth observed: insert keys one by one and print len(m) each time
// the next insert must grow the map.
//
// A Go map has 2^B buckets of 8 slots. An insert that would take it past
// 6.5 keys per bucket on average (and past 8 keys) starts a growth to
// twice as many buckets, B+1. The program cannot see B, but it can
// apply the same rule, so it predicts each growth; under minigo,
// MINIGODEBUG=mapgrow=1 makes the runtime confirm it on stderr.
package main

import "fmt"

// overLoad is the runtime's overLoadFactor: would n keys be too many for
// 2^B buckets?
func overLoad(n int, B uint) bool {
	return n > 8 && n > 13*((1<<B)/2)
}

func main() {
	m := make(map[int]int)
	var B uint // what the runtime's B should be
	for i := 0; i < 500; i++ {
		if overLoad(len(m)+1, B) {
			fmt.Printf("len(m) = %3d: key %d would make %d > 6.5 per bucket of 2^%d: grow to B=%d\n",
				len(m), i, len(m)+1, B, B+1)
			B++
		}
		m[i] = i * i
	}
	fmt.Println("len(m) =", len(m), "B =", B)
	fmt.Println("m[499] =", m[499])
}
