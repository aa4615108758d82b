package main

import (
	"fmt"
	"os"
	"strconv"
)

var a = f()
var b = 2

func f() int { return g() }
func g() int { return a }

var c, d = h()

func h() (int, int) { return 1, 2 }

func main() {
	var x byte = 'a'
	var r rune = x
	var s string = x
	var fn func(int) string = strconv.Itoa
	var fn2 func(int) int = fn
	var st struct{ a int }
	var st2 struct{ b int } = st
	var mp map[string]*int = map[string]int{}
	_, _, _, _, _ = r, s, fn2, st2, mp
	fmt.Println(b, c, d)
}
