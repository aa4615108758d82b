package main

import "fmt"

var total int

func work(n int) {
	for i := 0; i < n; i++ {
		total += i
	}
}

func main() {
	go work(0)
	work(10)
	fmt.Println(total)
}
