// Every literal form: decimal, binary, octal, hex, digit separators,
// floats in decimal and hex, runes with every escape, strings raw and
// interpreted.
package main

import "fmt"

func main() {
	ints := []int{42, 0b101010, 0B11, 0o52, 0O17, 052, 0x2A, 0X2a, 1_000_000, 0x_FF_FF, 0b_1010, 0_7}
	fmt.Println(ints)
	floats := []float64{1., .5, 1.5e3, 1E-3, 0x1p4, 0x1.8p1, 0X.8p0, 1_000.000_1, 6.02214076e23, 0e0}
	fmt.Println(floats)
	runes := []rune{'a', 'ä', '本', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '\000', '\x7f', '\u12e4', '\U00101234'}
	fmt.Println(runes)
	strs := []string{"", "plain", "\"quoted\"", "日本語", "\u65e5本\U00008a9e", "\xff\xfe", "\377", `C:\path\n`, `multi
line`}
	for _, s := range strs {
		fmt.Printf("%q %d\n", s, len(s))
	}
	const huge = 1e400 / 1e390
	fmt.Println(huge, 'a'*2, "a"+"b", 1<<62, -0x8000000000000000)
	var u64 uint64 = 0xFFFF_FFFF_FFFF_FFFF
	fmt.Println(u64, 9223372036854775807)
}
