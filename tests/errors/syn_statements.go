// errorcheck

// Statement-level syntax errors in separate functions, so each is
// reported: gc recovers at the next statement or declaration.

package main

func a() {
	if x := 1 { // ERROR "cannot use x := 1 as value"
	}
}

func b() {
	if true {
	}
	else { // ERROR "syntax error: unexpected else, expecting }"
	}
}

func c() {
	for i := 0; i < 10; i++; { // ERROR "unexpected semicolon, expecting { after for clause"
	}
}

func d() int {
	return 1 2 // ERROR "unexpected literal 2 at end of statement"
}

func e() {
	x = := 1 // ERROR "unexpected :=, expecting expression"
}

func main() {
}
