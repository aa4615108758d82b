package main

// The classic map cases, with gc's flow explanations.

func setViaPtr(m *map[string]int) {
	*m = map[string]int{"a": 1}
}

func reset(m *map[string]int) {
	m = &map[string]int{}
	_ = m
}

func newMapPtr() *map[string]int {
	m := make(map[string]int)
	return &m
}

func put(p *map[string]string, k, v string) {
	(*p)[k] = v
}

func local() int {
	m := make(map[string]int)
	m["x"] = 1
	return len(m)
}

func main() {
	var m map[string]int
	setViaPtr(&m)
	reset(&m)
	p := newMapPtr()
	s := map[string]string{}
	put(&s, "k", "v")
	println(len(*p), local())
}
