// methods.go — method calls with gc's implicit & and *, embedded fields,
// and the NilCheck/bounds checks gc makes before dereferences.
package main

type Point struct{ X, Y int }

func (p *Point) Move(dx int) { p.X += dx }
func (p Point) Len() int     { return p.X + p.Y }

type Named struct {
	Point
	name string
}

func use(p *Point, n *Named) int {
	var q Point
	q.Move(1)
	p.Move(2)
	n.Move(3)
	return q.Len() + p.Len() + n.Len()
}

func elem(xs []Point, i int) int { return xs[i].X }

func sub(s string, i, j int) string { return s[i:j] }

func main() {}
