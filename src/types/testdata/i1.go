package main

import (
	"fmt"
	"os"
	"strconv"
)

type T struct {
	a int
	b string
}

func (t *T) Set(v int) { t.a = v }
func (t T) Get() int    { return t.a }

func main() {
	m := map[string]T{}
	m["x"].Set(1)
	T{}.Set(2)
	var t T
	t.Set(3)
	_ = t.Get()
	p := &t
	_ = p.Get()
	fmt.Println(strconv.Itoa(3), os.Args)
	var e error
	fmt.Println(e.Error())
	fmt.Printf()
	fmt.Foo()
}
