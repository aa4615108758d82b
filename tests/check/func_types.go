// Functions are values: named function types, tables of handlers, functions
// that return functions, middleware composition, and nil function values.
package main

import "fmt"

type Handler func(path string) string

type Middleware func(Handler) Handler

func logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(path string) string {
			return prefix + "(" + next(path) + ")"
		}
	}
}

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type BinOp func(float64, float64) float64

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func apply(n int, f func(int) int, x int) int {
	for i := 0; i < n; i++ {
		x = f(x)
	}
	return x
}

func main() {
	routes := map[string]Handler{
		"/":      func(string) string { return "home" },
		"/about": func(p string) string { return "about page at " + p },
	}
	h := chain(routes["/about"], logging("A"), logging("B"))
	fmt.Println(h("/about"))

	if missing := routes["/nope"]; missing == nil {
		fmt.Println("no handler")
	}

	ops := []struct {
		sym string
		fn  BinOp
	}{
		{"+", func(a, b float64) float64 { return a + b }},
		{"*", func(a, b float64) float64 { return a * b }},
	}
	for _, op := range ops {
		fmt.Println(3, op.sym, 4, "=", op.fn(3, 4))
	}

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5), apply(10, dbl, 1))

	var cb func()
	fmt.Println(cb == nil)
	cb = func() { fmt.Println("callback ran") }
	if cb != nil {
		cb()
	}
	fmt.Printf("%T\n", compose)
}
