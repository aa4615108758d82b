// Comparison of structs, arrays, pointers, interfaces and nil, and the
// zero value of every kind of type.
package main

import "fmt"

type Version struct {
	Major, Minor int
	Tag          string
}

type Box struct {
	Dims [3]float64
	Name string
}

func main() {
	v1 := Version{1, 19, "stable"}
	v2 := Version{Major: 1, Minor: 19, Tag: "stable"}
	v3 := v1
	v3.Minor++
	fmt.Println(v1 == v2, v1 == v3, v1 != v3)

	b1 := Box{[3]float64{1, 2, 3}, "b"}
	b2 := Box{Dims: [3]float64{1, 2, 3}, Name: "b"}
	fmt.Println(b1 == b2, [2]string{"a", "b"} == [2]string{"a", "b"})

	p1, p2 := &v1, &v1
	p3 := &v2
	fmt.Println(p1 == p2, p1 == p3, *p1 == *p3)

	var i1, i2 any = 3, 3
	var i3 interface{} = int64(3)
	var i4 any = v1
	fmt.Println(i1 == i2, i1 == i3, i4 == v2, i4 == any(v3))

	var (
		zi    int
		zf    float64
		zs    string
		zb    bool
		zp    *Version
		zsl   []int
		zm    map[string]bool
		zfn   func()
		za    [2]int
		zst   Version
		zi2   any
		zbyte byte
	)
	fmt.Println(zi, zf, zs == "", zb, zp == nil, zsl == nil, zm == nil, zfn == nil)
	fmt.Println(za, zst, zi2 == nil, zbyte)
	fmt.Printf("%q %v %+v\n", zs, zst == Version{}, zst)

	e1, e2 := struct{}{}, struct{}{}
	fmt.Println(e1 == e2)
}
