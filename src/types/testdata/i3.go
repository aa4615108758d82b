package main

import "fmt"


func f() (int, error) {
	return 0, nil
}

func g() (x int, err error) {
	{
		x := 1
		_ = x
		return
	}
}

func main() {
	a, b := f()
	fmt.Println(a, b)
	var c int = f()
	d := f()
	_, _ = c, d
	var e int = nil
	_ = e
	if a {
	}
	for a {
	}
	x := []int{1, 2, 3}
	x.foo()
}
