// structs.go — named structs, slices, strings and a named int for tests/debug/types-struct.gdb.
package main

import "fmt"

type L struct {
	next *L
	name string
	xs   []int
}

type ID int

func walk(l *L, id ID) int {
	n := 0
	for p := l; p != nil; p = p.next {
		n += len(p.xs)
	}
	q := &n
	return *q + int(id)
}

func main() {
	l := &L{name: "a", xs: []int{1, 2}, next: &L{name: "b"}}
	fmt.Println(walk(l, 3))
}
