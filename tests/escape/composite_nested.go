// errorcheck -0 -m -l

// Nested composite literals, elided &T in []*T{{...}}, struct literals holding pointers.

package main

type P struct{ x, y int }

type Box struct {
	items []*P
	m     map[string]P
}

func points() []*P {
	return []*P{{1, 2}, {3, 4}} // ERROR "^\[\]\*P\{\.\.\.\} escapes to heap$" "^&P\{\.\.\.\} escapes to heap$"
}

func localBox() int {
	b := Box{items: []*P{{x: 1}}, m: map[string]P{"a": {1, 1}}} // ERROR "^\[\]\*P\{\.\.\.\} does not escape$" "^&P\{\.\.\.\} does not escape$" "^map\[string\]P\{\.\.\.\} does not escape$"
	return len(b.items) + len(b.m)
}

func main() {
	println(len(points()), localBox())
}
