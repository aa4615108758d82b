// any as a map key: the dynamic type and the value both take part, so
// int(1) and int64(1) are different keys.
package main

import "fmt"

type Color string

type Pos struct{ X, Y int }

func main() {
	m := map[any]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m["1"] = "string 1"
	m[Color("1")] = "Color 1"
	m[1.0] = "float64 1"
	m[true] = "bool"
	m[Pos{1, 2}] = "struct"
	m[[2]int{1, 2}] = "array"
	m[nil] = "nil"
	var p *Pos
	m[p] = "typed nil pointer"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m["1"], "|", m[Color("1")], "|", m[1.0])
	fmt.Println(m[true], "|", m[Pos{1, 2}], "|", m[[2]int{1, 2}], "|", m[nil], "|", m[p])
	_, ok := m[int32(1)]
	fmt.Println(ok)

	var key any = Pos{1, 2}
	m[key] += "!"
	fmt.Println(m[Pos{1, 2}])

	sets := map[any]int{}
	for _, v := range []any{1, "a", 1, 2.5, "a", Pos{}, Pos{}, false} {
		sets[v]++
	}
	fmt.Println(len(sets), sets[1], sets["a"], sets[Pos{}], sets[false])

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	m[[]int{1}] = "slices are not comparable" // run-time panic
}
