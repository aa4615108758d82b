// Methods with value and pointer receivers on structs, slices, maps and
// basic named types; the compiler inserts & and * as needed.
package main

import "fmt"

type Counter struct {
	name string
	hits int
}

func (c *Counter) Hit()     { c.hits++ }
func (c Counter) Hits() int { return c.hits }
func (c Counter) Describe() string {
	return fmt.Sprintf("%s=%d", c.name, c.hits)
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Registry map[string]int

func (r Registry) Add(name string) { r[name]++ }
func (r *Registry) Reset()         { *r = Registry{} }

func main() {
	c := Counter{name: "home"}
	c.Hit() // (&c).Hit()
	c.Hit()
	p := &c
	p.Hit()
	fmt.Println(c.Hits(), p.Hits(), p.Describe())

	counters := []Counter{{name: "a"}, {name: "b"}}
	counters[1].Hit() // addressable slice element
	fmt.Println(counters[0].Hits(), counters[1].Hits())

	temp := Celsius(100)
	fmt.Println(temp.Fahrenheit(), Celsius(-40).Fahrenheit())

	var l IntList
	l.Push(3)
	l.Push(4)
	l.Push(5)
	fmt.Println(l, l.Sum(), len(l))

	r := Registry{}
	r.Add("x")
	r.Add("x")
	r.Add("y")
	fmt.Println(r, len(r))
	r.Reset()
	fmt.Println(r, len(r))
}
