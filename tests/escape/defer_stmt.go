// errorcheck -0 -m -l

// defer at the top level of a function: arguments live until it runs but stay on the stack.

package main

func cleanup(p *int) { *p = 0 } // ERROR "^p does not escape$"

func logv(xs ...any) {} // ERROR "^xs does not escape$"

func work() {
	x := 1
	defer cleanup(&x)
	defer logv(x, "done") // ERROR "^x does not escape$" "^.done. does not escape$" "^\.\.\. argument does not escape$"
	defer func() { x++ }() // ERROR "^func literal does not escape$"
}

func main() {
	work()
}
