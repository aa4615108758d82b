package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, 2), div(-7, 2), -7%3)
	fmt.Println(div(1, 0))
}
