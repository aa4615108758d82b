// errorcheck -0 -m -l

// go statements: the goroutine's arguments and function literal escape.

package main

func worker(p *int) { *p = 1 } // ERROR "^p does not escape$"

func spawn() {
	x := 0 // ERROR "^moved to heap: x$"
	go worker(&x)
	y := 0 // ERROR "^moved to heap: y$"
	go func() { y++ }() // ERROR "^func literal escapes to heap$"
}

func main() {
	spawn()
}
