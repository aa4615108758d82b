// errorcheck -0 -m -l

// defer inside a loop: the deferred call's closure escapes.

package main

func release(p *int) {} // ERROR "^p does not escape$"

func loop(n int) {
	for i := 0; i < n; i++ {
		v := i // ERROR "^moved to heap: v$"
		defer release(&v)
	}
}

func main() {
	loop(2)
}
