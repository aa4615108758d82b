package main

import "os"

var x = y
var y = x

type T struct{ a int }

func f() int {
	var s string = 5
	m := map[string]T{}
	m["a"].a = 3
	p := &m["a"]
	var i interface{} = 1
	_ = i
	a, b := 1
	return 1.5
}

func main() {
	z := 3
	const c = 10 / 0
	var e = 1 << 70
	for {
		break L
	}
}
