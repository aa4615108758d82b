// errorcheck

// Untyped nil needs a type from context; iota only exists in constant
// declarations; constants must be constant.

package main

func get() int { return 1 }

func main() {
	x := nil // ERROR "use of untyped nil in assignment"
	var n int = nil // ERROR "cannot use nil as int value in variable declaration"
	i := iota // ERROR "cannot use iota outside constant declaration"
	const c = get() // ERROR "get\(\) \(value of type int\) is not constant"
	var s []int
	_ = s == nil
	_ = nil == nil // ERROR "invalid operation: nil == nil \(operator == not defined on untyped nil\)"
	_, _, _ = x, n, i
}
