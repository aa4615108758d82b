package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		j := i * 10
		defer func() { fmt.Println("deferred", j) }()
	}
	for i := 0; i < 2; i++ {
		s := []int{i, i + 1}
		defer fmt.Println("slice", s)
		p := &struct{ v int }{i}
		defer func() { fmt.Println("ptr", p.v) }()
	}
}
