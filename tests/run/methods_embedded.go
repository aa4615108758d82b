package main

import "fmt"

type Animal struct{ name string }

func (a Animal) Name() string   { return a.name }
func (a *Animal) Rename(n string) { a.name = n }

type Dog struct {
	Animal
	breed string
}

type Counter struct{ n int }

func (c *Counter) Inc() int { c.n++; return c.n }

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Name(), d.breed)
	d.Rename("max")
	fmt.Println(d.Name(), d.Animal.name)
	var c Counter
	inc := c.Inc
	inc()
	inc()
	cur := c.n
	fmt.Println(cur, c.Inc())
	cs := []Counter{{1}, {2}}
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	p := &d
	fmt.Println(p.Name(), (*p).breed)
	f := (*Counter).Inc
	fmt.Println(f(&c))
}
