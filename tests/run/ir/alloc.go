// IR checks of the allocation decisions and map entry points (tests/run.py).
// The escape decisions gc prints for this file (go build -gcflags=-m) are in
// comments; the IR must follow them.
package main

// IR main.local: +runtime.makemap_stack
// IR main.local: -runtime.newobject
// IR main.local: -runtime.makemap_small
// IR main.local: -@runtime.makemap(
// make(map[string]int) does not escape: hmap and first bucket are allocas.
func local() int {
	m := make(map[string]int)
	m["x"] = 1
	return m["x"]
}

// IR main.localHint: +runtime.makemap_stack
// IR main.localHint: -runtime.newobject
func localHint() int {
	m := make(map[int]int, 8)
	m[1] = 2
	return len(m)
}

// IR main.reset: +call ptr @runtime.makemap_small()
// make(map[string]int) escapes to heap.
func reset(p *map[string]int) { *p = make(map[string]int) }

// IR main.direct: +@runtime.mapassign_faststr(ptr @"type.map[string]int"
func direct(m map[string]int, k string, v int) { m[k] = v }

// IR main.viaPtr: +load ptr, ptr
// IR main.viaPtr: +@runtime.mapassign_faststr(ptr @"type.map[string]int"
func viaPtr(p *map[string]int, k string, v int) { (*p)[k] = v }

// IR main.ints: +@runtime.mapassign_fast64(
// IR main.ints: +@runtime.mapaccess1_fast32(
// IR main.ints: +@runtime.mapaccess2_fast64(
// IR main.ints: +@runtime.mapdelete_fast64(
func ints(m map[int]int, n map[int32]bool) (int, bool) {
	m[1] = 2
	v, ok := m[3]
	delete(m, 4)
	return v, ok && n[5]
}

type key struct {
	a int
	b string
}

// IR main.generic: +@runtime.mapassign(ptr @"type.map[main.key]int"
func generic(m map[key]int) { m[key{1, "x"}] = 2 }

// IR main.moved: +call ptr @runtime.newobject(i64 8)
// moved to heap: x
func moved() *int {
	x := 42
	return &x
}

// IR main.stackVar: -runtime.newobject
// &x does not escape: x stays in an alloca.
func stackVar() int {
	x := 42
	p := &x
	*p++
	return x
}

// IR main.concat: +@runtime.concatstrings(i64 4
// IR main.concat: -concatstring2
// a + b + c + d is one call, one allocation.
func concat(a, b, c, d string) string { return a + b + c + d }

type point struct{ x, y int }

// IR main.ptrLocal: -runtime.newobject
// &point{...} does not escape: an alloca.
func ptrLocal() int {
	p := &point{1, 2}
	return p.x + p.y
}

// IR main.ptrEscape: +call ptr @runtime.newobject(i64 16)
// &point{...} escapes to heap.
func ptrEscape() *point { return &point{3, 4} }

// IR main.closureLocal: -runtime.newobject
// func literal does not escape: its closure record is an alloca.
func closureLocal(n int) int {
	f := func(k int) int { return k + n }
	return f(1) + f(2)
}

// IR main.closureEscape: +runtime.newobject
// func literal escapes to heap.
func closureEscape(n int) func() int { return func() int { return n } }

// IR main.sliceLocal: -runtime.makeslice
// make([]int, 16) does not escape: a stack array.
func sliceLocal() int {
	s := make([]int, 16)
	s[3] = 3
	return s[3] + len(s)
}

func main() {
	println(ptrLocal(), ptrEscape().x, closureLocal(1), closureEscape(2)(), sliceLocal())
	m := map[string]int{}
	reset(&m)
	direct(m, "a", 1)
	viaPtr(&m, "b", 2)
	println(local(), localHint(), len(m), *moved(), stackVar(), concat("a", "b", "c", "d"))
	generic(map[key]int{})
	ints(map[int]int{}, map[int32]bool{})
}
