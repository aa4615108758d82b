// errorcheck -0 -m -l

// panic's argument is converted to an interface and escapes; recover returns it.

package main

type E struct{ msg string }

func fail(e *E) { // ERROR "^leaking param: e$"
	panic(e)
}

func failVal(n int) {
	panic(n) // ERROR "^n escapes to heap$"
}

func safe() (r any) {
	defer func() { // ERROR "^func literal does not escape$"
		r = recover()
	}()
	fail(&E{"x"}) // ERROR "^&E\{\.\.\.\} escapes to heap$"
	return nil
}

func main() {
	println(safe() != nil)
	failVal(1)
}
