package main

func work(p *int) { *p = 1 }

func run() {
	x := 0
	defer work(&x)
	y := 0
	go work(&y)
	for i := 0; i < 2; i++ {
		z := i
		defer work(&z)
	}
	defer func() { x++ }()
}

func main() {
	run()
}
