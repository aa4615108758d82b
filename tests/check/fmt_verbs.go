// fmt's verbs, widths, precisions and flags on every kind of value.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Temp float64

type Status int

const (
	Active Status = iota + 1
	Closed
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Closed:
		return "closed"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func main() {
	p := Point{3, -4}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%T\n", &p, &p, &p)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b|%#x|%#o\n", 42, 42, 42, 42, 42, 255, 255, 8, 5, 255, 8)
	fmt.Printf("%s|%10s|%-10s|%q|%.2s|%x|% x\n", "go", "go", "go", "go\n", "gopher", "hi", "hi")
	fmt.Printf("%c|%U|%q|%d\n", 'G', '世', 'x', 'A')
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%E|%g|%G\n", 3.14159, 3.14159, 3.14159, 2.5, 123456.789, 0.000123, 1e21, 2.5e-10)
	fmt.Printf("%v|%v|%.1f|%6.2f%%\n", Temp(21.5), float32(0.1), Temp(99.95), 12.3456)
	fmt.Printf("%v|%d|%s|%q\n", Active, Active, Closed, Status(7))
	fmt.Printf("%v|%v|%v|%q\n", []int{1, 2}, [2]bool{true}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%v|%#v\n", map[string]int{"z": 26, "a": 1, "m": 13}, map[string]bool{"y": true})
	fmt.Printf("%v|%v|%#v\n", map[int]string{3: "c", 1: "a", 2: "b"}, []any{1, "x", nil}, []int(nil))
	fmt.Printf("%x|%X|%x\n", []byte("abc"), "xyz", -255)
	fmt.Printf("%08.3f|%-+6d|%+.1e|%x\n", -3.14159, 7, 12345.678, 3.5)
	fmt.Printf("%*d|%-*d|%.*f\n", 6, 42, 4, 7, 2, 3.14159)
	var nilp *Point
	var iface any
	fmt.Printf("%v|%v|%d%%\n", nilp, iface, 50)
	fmt.Printf("%v %v\n", struct {
		A int
		B string
	}{1, "b"}, [][]int{{1}, {2, 3}})
	s := fmt.Sprintf("%3d|%-3d|", 1, 2) + fmt.Sprint("a", 1, 2, "b", "c", 3.0) + fmt.Sprintln("end", 1)
	fmt.Print(s)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(Active, p))
	bad := []string{"%d %s\n", "%d\n", "%d %d %z\n"}
	fmt.Printf(bad[0], "str", 5)
	fmt.Printf(bad[1], 1, 2)
	fmt.Printf(bad[2], 1)
}
