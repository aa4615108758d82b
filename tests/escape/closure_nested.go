// errorcheck -0 -m -l

// Nested closures: the middle closure captures what the inner one uses.

package main

func outer() func() func() int {
	v := 0 // ERROR "^moved to heap: v$"
	return func() func() int { // ERROR "^func literal escapes to heap$"
		return func() int { // ERROR "^func literal escapes to heap$"
			v++
			return v
		}
	}
}

func main() {
	println(outer()()())
}
