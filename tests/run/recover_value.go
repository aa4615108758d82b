package main

import (
	"fmt"
	"strconv"
)

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint(r)
		}
	}()
	q = a / b
	return q, ""
}

func parse(s string) (n int) {
	defer func() {
		if recover() != nil {
			n = -1
		}
	}()
	if s == "" {
		panic("empty")
	}
	return len(s) * 2
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(parse("abc"), parse(""))
	var arr []int
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		fmt.Println(arr[3])
	}()
	fmt.Println(strconv.Itoa(recoverNil()))
}

func recoverNil() int {
	if r := recover(); r != nil {
		return 1
	}
	return 0
}
