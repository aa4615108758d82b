package main

type T struct{ a, b int }

func get(p *T) int { return p.b }

func main() {
	var p *T
	println(get(&T{1, 2}))
	println(get(p))
}
