package main

import "fmt"

func main() {
	var s []int
	s.x = 1
	fmt.Println.x()
	var i any
	i()
	_ = i + 1
	_ = i == 1
	_ = s == s
	x := nil
	var y = nil
	_ = y
	_ = x
}
