package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:1], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte(s)
	b[0] = 'H'
	fmt.Println(string(b), len([]rune(s)))
	r := []rune(s)
	r[1] = 'e'
	fmt.Println(string(r))
	a, c := "abc", "abd"
	fmt.Println(a < c, a == "abc", a > c, a+c, a <= "abc")
	x := ""
	for i := 0; i < 5; i++ {
		x += strconv.Itoa(i) + ","
	}
	fmt.Println(x, string(rune(65)), string(rune(0x4e16)))
	name, n := "go", 3
	msg := "hello " + name + "! you are " + strconv.Itoa(n) + " years " + "old"
	fmt.Println(msg)
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "ab"...)
	}
	fmt.Println(string(sb), fmt.Sprintf("%q %x %5s|%-5s|", "q", "hi", "r", "l"))
}
