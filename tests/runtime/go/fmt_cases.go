// fmt_cases.go — the oracle for tests/runtime/fmt_cases.c: every format of
// fmt_formats.txt applied to every value below, then special cases. The C
// driver builds the same values from type descriptors, in the same order.
package main

import (
	"bufio"
	"fmt"
	"math"
	"os"
)

type T struct {
	A int
	b string
}

type Celsius float64
type Str int

func (s Str) String() string { return fmt.Sprintf("Str<%d>", int(s)) }

type Err struct{ code int }

func (e Err) Error() string { return fmt.Sprintf("err %d", e.code) }

type PStr struct{ n int }

func (p *PStr) String() string { return fmt.Sprintf("PStr#%d", p.n) }

type Panicky int

func (p Panicky) String() string { panic("boom") }

type Inner struct {
	X, Y int
}

type Outer struct {
	Name  string
	In    Inner
	P     *Inner
	Any   any
	S     Str
	s     Str
	L     []int
	M     map[string]int
	Inner
}

type Bytes []byte
type Names []string

func values() []any {
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *T
	var nilAny any
	var nilPStr *PStr
	return []any{
		42, -7, int8(-128), uint8(200), uint64(math.MaxUint64), int64(math.MinInt64), uint16(65535), uintptr(0xbeef),
		3.14159, math.Copysign(0, -1), 1e21, 1e-7, float32(1.1), math.Inf(1), math.NaN(), 123456.0, 1234567.0, 0.000123, 100.0, 2.5e-5,
		true, false,
		"hello", "héllo\n\x01☺\"`", "", "\xff\xfe", 'x', '☺', rune(0x10FFFF + 1),
		[]int{1, 2, 3}, []string{"a", "b c"}, []byte("hi\x00"), nilSlice, [3]int{7, 8, 9}, [2]bool{true, false},
		map[string]int{"b": 2, "a": 1, "c": 3}, map[int]string{10: "x", -1: "y", 3: "z"}, nilMap,
		map[float64]string{math.NaN(): "nan", 1.5: "a", -2: "b", math.Inf(-1): "c"},
		map[bool]int{true: 1, false: 0},
		map[any]int{3: 1, 1: 2, 2: 3},
		map[Inner]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"},
		map[Str]int{Str(2): 1, Str(1): 2},
		T{1, "x"}, &T{2, "y"}, nilPtr, Inner{3, 4},
		Outer{Name: "o", In: Inner{1, 2}, Any: 5, S: 3, s: 4, L: []int{1}, M: map[string]int{"k": 1}, Inner: Inner{5, 6}},
		Outer{},
		&[]int{4, 5}, &map[string]int{"z": 26}, &[2]string{"p", "q"},
		Celsius(36.6), Str(7), Err{404}, PStr{1}, &PStr{2}, Panicky(1), nilPStr,
		nilAny, []any{1, "a", nil, 2.5, Str(9)}, [][]int{{1}, {2, 3}}, []Inner{{1, 2}},
		map[string][]int{"a": {1}}, Bytes("xyz"), Names{"n"}, []Str{1, 2},
		struct{}{}, []struct{}{{}}, int32(-5), uint32(7), int16(300), float32(-0.5),
	}
}

func main() {
	f, err := os.Open(os.Args[1])
	if err != nil {
		panic(err)
	}
	var formats []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		formats = append(formats, sc.Text())
	}
	for i, v := range values() {
		for _, format := range formats {
			fmt.Printf("%d %s => ", i, format)
			fmt.Printf(format, v)
			fmt.Println()
		}
	}
	specials()
}

func specials() {
	fmt.Printf("missing: %d %s\n", 1)
	fmt.Printf("extra: %d\n", 1, "a", nil, 2.5)
	fmt.Printf("noverb: %")
	fmt.Println()
	fmt.Printf("star: %*d|%-*d|%.*f|%*d\n", 5, 1, 4, 2, 2, 3.14159, "x", 9)
	fmt.Printf("index: %[2]d %[1]d %d %[3]d %[5]d\n", 1, 2, 3)
	fmt.Printf("nil: %v %d %s %T\n", nil, nil, nil, nil)
	fmt.Printf("%v %v\n", []any{nil}, map[string]any{"a": nil})
	fmt.Println("println", 1, 2.5, "x", nil, true, 'c', []int{1})
	fmt.Print("print", 1, 2, "x", "y", 3, nil, 4, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("a", 1, 2, "b", 3.5, Str(1), Str(2))
	fmt.Println(len(s), s)
	s = fmt.Sprintln("a", 1, Err{1})
	fmt.Print(len(s), " ", s)
	s = fmt.Sprintf("%05.1f|%x|%X|% X|%q|%v", -2.25, "hi", []byte{1, 171}, "ab", []string{"a\tb"}, &Inner{1, 2})
	fmt.Println(s)
	n, _ := fmt.Println("count")
	fmt.Println(n)
	fmt.Printf("%s %v %d\n", Err{1}, Err{2}, Err{3})
	fmt.Printf("%v|%s|%d\n", Str(5), Str(6), Str(7))
	fmt.Printf("%6.2v|%-8q|%08b|%x\n", 3.14159, "q", 5, -255)
	fmt.Printf("%c|%c|%q|%U\n", 65, 0x1F600, 0x7f, -1)
	fmt.Printf("%e|%g|%g|%g|%v\n", 0.0, 1e100, 1e-100, float32(3.4e38), float32(16777216))
	fmt.Printf("%v %v %v %v\n", 1e6, 1e20, 123456789.0, 0.1+0.2)
	fmt.Printf("%.3e|%.0e|%10.2e|%-12g|\n", 123456.789, 5.5, -0.000123, 2.0)
	fmt.Printf("%t %v\n", 1, struct {
		A *int
		B []string
	}{})
	fmt.Printf("%s\n", []any{"a", 1, Str(2)})
	fmt.Printf("%d\n", []any{"a", 1})
	fmt.Printf("%x\n", []any{"hi", 255, Str(3)})
	fmt.Printf("%v|%+v\n", Err{1}, &Err{2})
	fmt.Printf("%08.3f|%-08.3f|%+08d|% 08d\n", -3.14159, 2.5, 42, 42)
}
