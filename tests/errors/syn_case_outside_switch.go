// errorcheck

// case and default belong inside a switch; func declarations cannot nest.

package main

func classify(n int) string {
	case n > 0: // ERROR "syntax error: unexpected case, expecting }"
		return "positive"
}

func outer() {
	func inner() {} // ERROR "syntax error: unexpected inner, expecting \("
} // ERROR "non-declaration statement outside function body"

func main() {}
