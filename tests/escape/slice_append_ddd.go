// errorcheck -0 -m -l

// append(a, b...): the elements of b flow to the heap when they hold pointers.

package main

func concat(a, b []*int) []*int { // ERROR "^leaking param content: a$" "^leaking param: a to result ~r0 level=0$" "^leaking param content: b$"
	return append(a, b...)
}

func concatInts(a, b []int) []int { // ERROR "^leaking param: a to result ~r0 level=0$" "^b does not escape$"
	return append(a, b...)
}

func bytesOf(b []byte, s string) []byte { // ERROR "^leaking param: b to result ~r0 level=0$" "^s does not escape$"
	return append(b, s...)
}

func main() {
	x := 1 // ERROR "^moved to heap: x$"
	println(len(concat(nil, []*int{&x})), len(concatInts(nil, []int{1})), len(bytesOf(nil, "ab"))) // ERROR "^\[\]\*int\{\.\.\.\} does not escape$" "^\[\]int\{\.\.\.\} does not escape$"
}
