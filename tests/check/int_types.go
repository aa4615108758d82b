// Every integer type, with wrap-around, sign extension, and unsigned
// arithmetic as Go defines them.
package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	var i16 int16 = -32768
	i16--
	var i32 int32 = 1 << 30
	i32 *= 4
	var i64 int64 = 1<<63 - 1
	i64 += 1
	fmt.Println(i8, i16, i32, i64)

	var u8 uint8 = 0
	u8--
	var u16 uint16 = 65535
	u16 += 2
	var u32 uint32 = 1 << 31
	u32 <<= 1
	var u64 uint64 = 0
	u64 = ^u64
	fmt.Println(u8, u16, u32, u64)

	var b byte = 'A'
	var r rune = 'é'
	var up uintptr = 4096
	var n int = -7
	var un uint = 7
	fmt.Println(b, r, up, n, un)

	fmt.Println(n/2, n%2, -n/2, n>>1, un>>1)
	minus := int8(-128)
	fmt.Println(minus/-1 == -128, int32(-5)%3)

	var x int16 = 300
	fmt.Println(int8(x), uint8(x), int32(int8(x)), uint16(int8(n)))
	fmt.Println(uint32(i64>>32), int64(uint32(0xffffffff)))
	fmt.Printf("%T %T %T %T %T\n", b, r, up, un, 'x')
}
