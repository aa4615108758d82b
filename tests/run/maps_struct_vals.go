package main

import "fmt"

type Emp struct {
	Name string
	Age  int
}

type Key struct {
	a int
	b string
}

func main() {
	m := map[string]*Emp{}
	m["bob"] = &Emp{"Bob", 30}
	m["bob"].Age++
	fmt.Println(*m["bob"])
	vals := map[Key]Emp{}
	vals[Key{1, "x"}] = Emp{"A", 1}
	vals[Key{1, "x"}] = Emp{"B", 2}
	vals[Key{2, "x"}] = Emp{"C", 3}
	fmt.Println(len(vals), vals[Key{1, "x"}], vals[Key{3, ""}])
	big := map[int][200]byte{}
	var arr [200]byte
	arr[199] = 9
	big[1] = arr
	fmt.Println(big[1][199], big[2][199])
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
	fk := map[float64]int{0.5: 1, -0.0: 2}
	fk[0] += 5
	fmt.Println(fk)
}
