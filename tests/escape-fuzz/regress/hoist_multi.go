package main

// Regressions found comparing with gc: a callee that is itself a call is
// hoisted into a temporary (printed "t := f()"); a, b = f() whose results
// need converting goes through temporaries; any(x) of an any is no conversion.

type V struct{ p *int }

var sink any

func (v *V) Up() *V { return v }

func (v *V) P() *int { return v.p }

func pair(p, q *int) (*int, *int) { return p, q }

func get() func(*int) *int { return func(p *int) *int { return p } }

func main() {
	i, j := 0, 0
	sink, _ = pair(&i, &j)
	v := &V{}
	sink = v.Up().P()
	k := 0
	sink = get()(&k)
	var a any = v
	sink = any(a)
	r := []rune("héllo")
	sink = len(r)
	switch 1 {
	case 1:
		sink = 1
	default:
		sink = make([]int, 3)
	}
}
