package main

import "fmt"

func f() (n int) {
	defer func() { n *= 2 }()
	for i := 0; i < 3; i++ {
		defer func(k int) { fmt.Println("defer", k, n); n += k }(i)
	}
	return 10
}

type R struct{ name string }

func (r *R) Close() { fmt.Println("close", r.name) }

func g() {
	a := &R{"a"}
	defer a.Close()
	b := &R{"b"}
	defer b.Close()
	a = &R{"changed"}
	fmt.Println("body", a.name)
}

func main() {
	fmt.Println(f())
	g()
	m := map[string]int{"k": 1}
	defer fmt.Println("len after delete", len(m))
	defer delete(m, "k")
}
