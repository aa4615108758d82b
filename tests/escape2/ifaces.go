package main

import "fmt"

var sink any

func box(n int) any {
	return n
}

func show(name string, p *int) {
	fmt.Println(name, p, 42)
	fmt.Printf("%s=%d\n", name, *p)
}

func keep(s string) {
	sink = s + "!"
}

func main() {
	x := 1
	show("x", &x)
	keep("k")
	sink = box(7)
}
