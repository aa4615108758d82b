package main

func main() {
	const c int8 = 100 * 2
	var a int8 = 1
	var b = a + 300
	var s uint = 1
	var f = 1.5 << s
	var g float64 = 1 << s
	const h = ^uint8(0) + 1
	const k = -(1 << 600) * (1 << 600)
	_, _, _, _ = b, f, g, h
	var x = "a" + 1
	var y = 1 == "a"
	var z = nil == nil
	var w = []int{} == []int{}
	_ = &5
	_ = *a
	_ = -"s"
	_ = !1
}
