package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func (n *Node) Insert(v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = n.Left.Insert(v)
	} else {
		n.Right = n.Right.Insert(v)
	}
	return n
}

func (n *Node) Walk(f func(int)) {
	if n == nil {
		return
	}
	n.Left.Walk(f)
	f(n.Val)
	n.Right.Walk(f)
}

type Pair struct {
	a, b int
	s    string
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)
	p := Pair{1, 2, "x"}
	q := p
	q.s = "y"
	fmt.Println(p, q, p == q, p == Pair{1, 2, "x"})
	pp := &p
	pp.a = 10
	fmt.Printf("%v %+v\n", p, *pp)
	anon := struct {
		X int
		Y []string
	}{3, []string{"a"}}
	fmt.Printf("%v %+v\n", anon, anon)
}
