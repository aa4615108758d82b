// errorcheck -0 -m -l

// Assigning a new &map to the pointer parameter itself: nothing escapes, the caller is unaffected.

package main

func reset(m *map[string]int) { // ERROR "^m does not escape$"
	m = &map[string]int{} // ERROR "^&map\[string\]int\{\} does not escape$" "^map\[string\]int\{\} does not escape$"
	(*m)["x"] = 1
}

func resetMake(m *map[string]int) { // ERROR "^m does not escape$"
	fresh := make(map[string]int) // ERROR "^make\(map\[string\]int\) does not escape$"
	m = &fresh
	_ = m
}

func main() {
	m := map[string]int{"a": 1} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	reset(&m)
	resetMake(&m)
	println(m["a"])
}
