package main

import "fmt"

func main() {
	x := 0.1 + 0.2
	fmt.Println(x, x == 0.3, float32(x), 1/3.0)
	var f float32 = 1.5
	f *= 3
	neg, big := -2.7, 250.9
	fmt.Println(f, int(f), int64(neg), uint8(big))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(float64(7)/2, 7/2, float64(int64(1)<<53)+1)
	println(1.5, float32(2.25))
	var acc float64
	for i := 1; i <= 100; i++ {
		acc += 1 / float64(i*i)
	}
	fmt.Printf("%.6f %v %v\n", acc, 1e21, 1e-7)
}
