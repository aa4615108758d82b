// errorcheck -0 -m -l

// new(T) does not escape unless the pointer does.

package main

type T struct{ a, b int }

var gt *T

func local() int {
	p := new(T) // ERROR "^new\(T\) does not escape$"
	p.a = 1
	return p.a
}

func returned() *T {
	return new(T) // ERROR "^new\(T\) escapes to heap$"
}

func global() {
	gt = new(T) // ERROR "^new\(T\) escapes to heap$"
}

func main() {
	println(local(), returned().a)
	global()
}
