// Every binary and unary operator on integers, booleans, floats and strings,
// with Go's precedence, shifts by signed and unsigned counts, and &^.
package main

import "fmt"

func main() {
	a, b := 0b1100, 0b1010
	fmt.Println(a&b, a|b, a^b, a&^b, ^a, -a, +a)
	fmt.Println(a<<2, a>>2, 1<<uint(5), -16>>2, uint8(200)>>3)
	var sh int = 3
	fmt.Println(a<<sh, int8(1)<<6, uint16(1)<<sh)

	x, y := 17, 5
	fmt.Println(x+y, x-y, x*y, x/y, x%y, -x/y, -x%y, x/-y)
	fmt.Println(x == y, x != y, x < y, x <= y, x > y, x >= y)
	fmt.Println(1+2*3-4/2, (1+2)*3, 2*3%4, 1<<2+1, 7&3|8, 10-3-2)

	t, f := true, false
	fmt.Println(t && f, t || f, !t, !f && t, t != f, t == !f)
	calls := 0
	check := func(v bool) bool { calls++; return v }
	_ = f && check(true) // short-circuit: check not called
	_ = t || check(true)
	_ = t && check(false)
	fmt.Println(calls)

	p, q := 7.5, 2.0
	fmt.Println(p+q, p-q, p*q, p/q, -p, p > q, p == 7.5)
	s1, s2 := "ab", "abc"
	fmt.Println(s1+s2, s1 < s2, s1 >= s2, s1 != s2)

	n := 10
	n += 5
	n -= 3
	n *= 2
	n /= 4
	n %= 4
	n <<= 3
	n >>= 1
	n |= 1
	n &= 0xff
	n ^= 0xf
	n &^= 2
	fmt.Println(n)
	n++
	n--
	n++
	fmt.Println(n)

	var u uint32 = 1
	u = u<<31 | u
	fmt.Println(u, u>>31, int32(u))
	mask := ^uint8(0)
	fmt.Println(mask, mask&^0x0f)
	fp := &n
	*fp++
	*fp *= 2
	fmt.Println(n, *fp == n)
}
