// errorcheck -0 -m -l

// Range loops: over arrays, slices, strings and maps; the range variables are one per loop.

package main

var gp *int

func arr(a [3]*int) { // ERROR "^leaking param: a$"
	for _, p := range a {
		gp = p
	}
}

func addrOfVar(s []int) *int { // ERROR "^leaking param content: s$"
	var last *int
	for _, v := range s { // ERROR "^moved to heap: v$"
		last = &v
	}
	return last
}

func str(s string) int { // ERROR "^s does not escape$"
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return n
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	arr([3]*int{&x})
	println(addrOfVar([]int{1}) != nil, str("ab")) // ERROR "^\[\]int\{\.\.\.\} does not escape$"
}
