package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp struct{ deg float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", t.deg) }

func main() {
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%v %d %s\n", Green, Green, Blue)
	t := &Temp{21.5}
	fmt.Println(t, *t)
	m := map[Color]int{Red: 1, Blue: 3}
	fmt.Println(m)
	fmt.Printf("%5.2f|%-6d|%06d|%x|%X|%o|%b|%c|%U|%e|%g|%t|%%\n", 3.14159, 42, 42, 255, 255, 8, 5, 'A', 'A', 1234.5678, 0.000012, true)
	fmt.Printf("%#v %#v %q\n", []int{1}, map[string]int{"a": 1}, 'x')
}
