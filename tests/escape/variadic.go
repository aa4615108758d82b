// errorcheck -0 -m -l

// Variadic calls pack the extra arguments into a slice: ... argument does not escape.

package main

func sum(xs ...int) int { // ERROR "^xs does not escape$"
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func first(ps ...*int) *int { // ERROR "^leaking param: ps to result ~r0 level=1$"
	if len(ps) == 0 {
		return nil
	}
	return ps[0]
}

func main() {
	x := 1
	println(sum(1, 2, 3), sum(), sum([]int{4}...), first(&x) != nil) // ERROR "^\.\.\. argument does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
}
