package main

import "fmt"

func sh(x int64, n uint) (int64, int64, uint64) {
	return x << n, x >> n, uint64(x) >> n
}

func main() {
	for _, n := range []uint{0, 1, 7, 31, 32, 63, 64, 65, 200} {
		a, b, c := sh(-12345, n)
		fmt.Println(n, a, b, c)
	}
	var y int8 = -128
	var k int = 3
	fmt.Println(y>>k, y<<k, uint8(y)>>k)
}
