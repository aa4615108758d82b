// defer runs at function exit in last-in-first-out order, sees and changes
// named results, and recover in a deferred function stops a panic.
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func double() (result int) {
	defer func() { result *= 2 }()
	result = 21
	return
}

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("recovered: ", r)
		}
	}()
	q = a / b
	return q, ""
}

func mustPositive(n int) int {
	if n < 0 {
		panic(&ParseError{Line: n, Msg: "negative"})
	}
	return n
}

func try(n int) (out string) {
	defer func() {
		switch r := recover().(type) {
		case nil:
		case *ParseError:
			out = "parse error: " + r.Error()
		default:
			out = fmt.Sprint("unexpected: ", r)
		}
	}()
	return fmt.Sprint("ok ", mustPositive(n))
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 100
	fmt.Println("x now:", x)
}

func nested() {
	defer func() {
		fmt.Println("outer recovered:", recover())
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("again after ", r))
		}()
		panic("first")
	}()
}

func main() {
	order()
	fmt.Println(double())
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(try(5))
	fmt.Println(try(-2))
	argsEvaluatedEarly()
	nested()
	fmt.Println("recover outside panic:", recover())
}
