// errorcheck
// minigo-only: gc accepts this program

// Package unsafe is outside minigo's subset.

package main

import "unsafe" // ERROR "minigo: .*unsafe.* not supported"

var size = unsafe.Sizeof(int64(0))

func main() {
	println(size)
}
