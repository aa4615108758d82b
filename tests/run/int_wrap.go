package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = -2147483648
	c = -c
	var d int64 = -9223372036854775808
	m1 := int64(-1)
	fmt.Println(a, b, c, d/m1, d%m1)
	var u uint32 = 1 << 31
	fmt.Println(u*2, u+u-1, ^u)
	var x int = 1
	for i := uint(0); i < 70; i += 13 {
		fmt.Println(i, x<<i, -8>>i, uint64(1)<<i)
	}
	var s int = -17
	fmt.Println(s/4, s%4, s>>1, uint8(s+217)+uint8(100), int16(-32768)/int16(m1))
}
