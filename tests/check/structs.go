// Struct types: named and anonymous, nested, copied by value, compared,
// pointers to structs with automatic dereference on field access.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

type Employee struct {
	Name    string
	Salary  float64
	Manager *Employee
	Tags    []string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r *Rect, by int) {
	r.Max.X += by
	r.Max.Y += by
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 100
	fmt.Println(p, q, p == q, p == Point{1, 2})

	r := Rect{Min: Point{0, 0}, Max: Point{X: 3, Y: 4}, Label: "box"}
	fmt.Println(r.Area(), r)
	grow(&r, 1)
	fmt.Printf("%v %+v\n", r, r)

	boss := &Employee{Name: "Ada", Salary: 200}
	worker := Employee{"Bob", 100, boss, []string{"night", "remote"}}
	worker.Manager.Salary *= 1.1
	fmt.Println(worker.Name, worker.Manager.Name, boss.Salary, len(worker.Tags))

	var anon struct {
		id   int
		name string
	}
	anon.id = 7
	anon.name = "anonymous"
	fmt.Println(anon)

	pair := struct{ A, B string }{"left", "right"}
	fmt.Printf("%+v\n", pair)

	pp := &p
	pp.Y = 20
	(*pp).X = 10
	fmt.Println(p, *pp)

	var zero Employee
	fmt.Printf("%q %v %v %v\n", zero.Name, zero.Salary, zero.Manager == nil, zero.Tags == nil)
}
