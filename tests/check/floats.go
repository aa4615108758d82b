// float64 and float32 arithmetic, conversions to and from integers, and
// how fmt prints them.
package main

import "fmt"

func mean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

func sqrt(x float64) float64 {
	z := x / 2
	for i := 0; i < 30; i++ {
		z -= (z*z - x) / (2 * z)
	}
	return z
}

func main() {
	xs := []float64{1.5, 2.25, 3, 4e2, .5}
	fmt.Println(mean(xs))
	fmt.Printf("%.6f %.3e %g\n", sqrt(2), sqrt(1e10), sqrt(0.25))

	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32) == f64, f32*3)

	v := 3.99
	fmt.Println(int(v), int(-v), float64(7)/2, 7/2)
	celsius := []float64{-40, 0, 37, 100}
	for _, c := range celsius {
		fmt.Printf("%6.1fC = %6.1fF\n", c, c*9/5+32)
	}
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(1e100, 1e-7, 123456789.0, 1e21, float32(16777217))
}
