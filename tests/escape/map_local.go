// errorcheck -0 -m -l

// A map that stays in its function: make and literals do not escape.

package main

func count(words []string) int { // ERROR "^leaking param content: words$"
	m := make(map[string]int) // ERROR "^make\(map\[string\]int\) does not escape$"
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

func lookup(k string) int { // ERROR "^k does not escape$"
	m := map[string]int{"a": 1, "b": 2} // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
	return m[k]
}

func main() {
	println(count([]string{"a", "b", "a"}), lookup("a")) // ERROR "^\[\]string\{\.\.\.\} does not escape$"
}
