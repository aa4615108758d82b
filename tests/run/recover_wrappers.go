// recover_wrappers.go — recover() in methods reached through the wrappers
// a defer goes through (method values, pointer receivers, method
// expressions), and in a String method called by fmt.
package main

import "fmt"

type T struct{ n int }

func (t T) V()  { fmt.Println("V", t.n, recover()) }
func (t *T) P() { fmt.Println("P", t.n, recover()) }

type B struct{}

func (B) String() string { panic("bad string") }

func run(name string, f func()) {
	defer func() { fmt.Println(name, "outer:", recover()) }()
	f()
}

func main() {
	t := T{1}
	run("value method", func() { defer t.V(); panic(1) })
	run("ptr method on value", func() { defer t.P(); panic(2) })
	run("method value", func() { f := t.V; defer f(); panic(3) })
	run("ptr method value", func() { f := t.P; defer f(); panic(4) })
	run("method expr", func() { defer T.V(t); panic(5) })
	run("ptr method expr", func() { defer (*T).P(&t); panic(6) })
	run("method expr value", func() { f := (*T).V; defer f(&t); panic(7) })
	run("recursive helper", func() {
		defer func() { func() { fmt.Println("inner", recover()) }() }()
		panic(8)
	})
	run("named result", func() { defer func() { fmt.Println("direct", recover()) }(); panic(9) })
	fmt.Println(B{})
	fmt.Printf("%v|%s\n", B{}, B{})
}
