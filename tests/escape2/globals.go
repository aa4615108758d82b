package main

type Reg struct {
	items map[string]*int
}

var registry = &Reg{items: map[string]*int{}}

var names = []string{"a", "b"}

var counts = make(map[string]int)

func add(k string, p *int) {
	registry.items[k] = p
	counts[k]++
}

func main() {
	x := 1
	add(names[0], &x)
}
