// rt_cases.go — the oracle for tests/runtime/rt_cases.c: print/println
// builtins, strings, slices, panics, defer/recover. Run as
// `rt_cases CASE`; each case's stdout, stderr (up to the goroutine line)
// and exit status are compared with the C driver's.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

type T struct {
	X int
	s string
}
type S string
type Celsius float64
type Str int

func (s Str) String() string { return fmt.Sprintf("Str<%d>", int(s)) }

type Err struct{ code int }

func (e Err) Error() string { return fmt.Sprintf("err %d", e.code) }

var sink int

// A variable, not a constant: gc would fold []rune("const") into a literal.
var runeSource = "héllo, 世界\xff!"

func main() {
	switch os.Args[1] {
	case "print":
		println(1, -2, int8(-3), uint64(math.MaxUint64), true, false, "str", 'x')
		println(1.5, -2.0, 1e300, 0.0, math.Copysign(0, -1), float32(1.25), 1e-300, 123456789.0, 0.1)
		println(math.Inf(1), math.Inf(-1), math.NaN(), 9.999999e9, 5e-324, math.MaxFloat64)
		var p *int
		var a any
		var m map[int]int
		println(p, a, m == nil)
		print("no", "spaces", 1, 2, "\n")
		println()
	case "strings":
		a, b, c := "foo", "bar", ""
		s := a + b + c + a
		fmt.Println(s, len(s), a < b, a > b, a == "foo", b+c == b, "ab" < "abc", "" < "a")
		bs := []byte(s)
		fmt.Println(bs, len(bs), cap(bs))
		rs := []rune(runeSource)
		fmt.Println(rs, len(rs), cap(rs), string(rs))
		fmt.Println(string(bs[1:4]), string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)), string(rune(0x10FFFF+1)))
		for i, r := range "aé世\xff\xe4\xb8z" {
			fmt.Print(i, ":", r, " ")
		}
		fmt.Println()
		fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(math.MaxInt64), strconv.Itoa(math.MinInt64))
	case "slices":
		var s []int
		for i := 0; i < 2000; i++ {
			old := cap(s)
			s = append(s, i)
			if cap(s) != old {
				fmt.Print(cap(s), " ")
			}
		}
		fmt.Println()
		var b []byte
		for i := 0; i < 5000; i++ {
			old := cap(b)
			b = append(b, 1)
			if cap(b) != old {
				fmt.Print(cap(b), " ")
			}
		}
		fmt.Println()
		type E struct{ a, b, c int64 }
		var e []E
		for i := 0; i < 1000; i++ {
			old := cap(e)
			e = append(e, E{})
			if cap(e) != old {
				fmt.Print(cap(e), " ")
			}
		}
		fmt.Println()
		x := append([]int{1, 2, 3}, 4, 5, 6, 7)
		fmt.Println(len(x), cap(x))
		y := append(make([]int, 5, 5), make([]int, 20)...)
		fmt.Println(len(y), cap(y))
		z := append([]string{"a"}, "b", "c")
		fmt.Println(len(z), cap(z))
		w := make([]int, 3, 10)
		fmt.Println(len(w), cap(w), copy(w, []int{9, 8, 7, 6}), w)
	case "index":
		s := []int{1, 2, 3}
		i := 5
		sink = s[i]
	case "index-neg":
		s := []int{1, 2, 3}
		i := -1
		sink = s[i]
	case "slice-bounds":
		s := []int{1, 2, 3}
		i := 5
		_ = s[1:i]
	case "slice-bounds-b":
		s := []int{1, 2, 3}
		i, j := 3, 2
		_ = s[i:j]
	case "slice3":
		s := make([]int, 3, 5)
		i := 6
		_ = s[1:2:i]
	case "nilmap":
		var m map[string]int
		m["a"] = 1
	case "divide":
		a, b := 1, 0
		sink = a / b
	case "nilderef":
		var p *T
		sink = p.X
	case "string":
		panic("boom")
	case "int":
		panic(42)
	case "float":
		panic(3.5)
	case "named-string":
		panic(S("x"))
	case "named-float":
		panic(Celsius(1.5))
	case "error":
		panic(Err{7})
	case "stringer":
		panic(Str(3))
	case "struct":
		panic(T{1, "x"})
	case "nil":
		panic(nil)
	case "repanic":
		defer func() {
			recover()
			panic("second")
		}()
		panic("first")
	case "nested":
		defer func() { panic("second") }()
		panic("first")
	case "recover":
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		panic("x")
	case "recover-runtime":
		for _, f := range []func(){
			func() { a, b := 1, 0; sink = a / b },
			func() { s := []int{}; i := 2; sink = s[i] },
			func() { var m map[int]int; m[1] = 2 },
			func() { var p *T; sink = p.X },
			func() { var a any = "s"; sink = a.(int) },
		} {
			func() {
				defer func() {
					r := recover()
					fmt.Printf("%v | %T\n", r, r)
				}()
				f()
			}()
		}
	case "order":
		fmt.Println(order())
	case "named-result":
		fmt.Println(namedResult())
	case "assert":
		var a any = "s"
		sink = a.(int)
	case "exit":
		defer fmt.Println("not printed")
		fmt.Println("before exit")
		os.Exit(3)
	case "args":
		fmt.Println(len(os.Args), os.Args[1:])
	case "goexit-main":
		defer fmt.Println("deferred runs")
		fmt.Println("main returns")
	}
}

func order() (r string) {
	defer func() {
		if x := recover(); x != nil {
			r = fmt.Sprint("f recovered ", x)
		}
	}()
	g()
	return "not reached"
}

func g() {
	defer fmt.Println("g deferred 1")
	defer fmt.Println("g deferred 2")
	h()
}

func h() {
	defer func() { fmt.Println("h deferred") }()
	helper()
}

func helper() {
	defer func() { k() }()
	panic("deep")
}

// k runs during the panic, but its deferred call is run by k's own return,
// not by the panic: recover returns nil there.
func k() {
	defer func() { fmt.Println("recover in a callee's defer:", recover()) }()
}

func namedResult() (n int) {
	defer func() {
		recover()
		n = 7
	}()
	n = 1
	panic("x")
}
