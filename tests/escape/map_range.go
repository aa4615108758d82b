// errorcheck -0 -m -l

// Ranging over maps: keys and values are copies; pointer values flow out.

package main

var gp *int

func maxVal(m map[string]*int) *int { // ERROR "^leaking param: m to result ~r0 level=1$"
	var best *int
	for _, v := range m {
		if best == nil || *v > *best {
			best = v
		}
	}
	return best
}

func keysOf(m map[string]int) []string { // ERROR "^m does not escape$"
	ks := make([]string, 0, len(m)) // ERROR "^make\(\[\]string, 0, len\(m\)\) escapes to heap$"
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func main() {
	x := 3 // ERROR "^moved to heap: x$"
	gp = maxVal(map[string]*int{"x": &x}) // ERROR "^map\[string\]\*int\{\.\.\.\} does not escape$"
	println(len(keysOf(map[string]int{"a": 1}))) // ERROR "^map\[string\]int\{\.\.\.\} does not escape$"
}
