package main

const (
	A = iota
	B
	C = "s"
	D
	E, F = iota, iota * 10
	G, H
)

const big = 1 << 100
const f = 1.5
const g = big >> 98

var x int = big
var y uint8 = 256
var z float32 = 1e300
var w int = f
var v = -1
var u uint = v
var q = 'a' + 1.0
var r string = 'a'

func main() {}
