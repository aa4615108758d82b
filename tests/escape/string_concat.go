// errorcheck -0 -m -l

// String concatenation allocates: a + b escapes to heap / does not escape.

package main

var gs string

func join(a, b string) string { // ERROR "^a does not escape$" "^b does not escape$"
	return a + b // ERROR "^a \+ b escapes to heap$"
}

func local(a, b string) int { // ERROR "^a does not escape$" "^b does not escape$"
	s := a + "-" + b // ERROR "^a \+ .-. \+ b does not escape$"
	return len(s)
}

func global(a string) { // ERROR "^a does not escape$"
	gs = a + "!" // ERROR "^a \+ .!. escapes to heap$"
}

func main() {
	println(join("a", "b"), local("c", "d"))
	global("e")
}
