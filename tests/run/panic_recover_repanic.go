package main

import "fmt"

func inner() (r int) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("recovered:", e)
			r = 42
		}
	}()
	var m map[int]int
	m[1] = 2
	return 1
}

func main() {
	fmt.Println(inner())
	defer func() {
		e := recover()
		fmt.Println("again:", e)
		panic(fmt.Sprint("final ", e))
	}()
	panic(3)
}
