package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const big = 1 << 100
const huge = big >> 98

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB, huge)
	const local = "local" + "const"
	fmt.Println(local, len(local))
	var f float64 = big / (1 << 90)
	fmt.Println(f)
}
