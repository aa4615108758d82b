package main

import "fmt"

func main() {
	var a []int
	var m map[string][]int
	a = append(a, 1, 2)
	a = append(a, a...)
	a = append(a, "x")
	b := append([]byte("x"), "yz"...)
	copy(b, "abc")
	n := copy(a, b)
	delete(m, 1)
	delete(a, 1)
	_ = cap(m)
	_ = len(m)
	x := new(int)
	*x = 1.5
	panic("x")
	fmt.Println(n)
	print()
	recover(1)
}
