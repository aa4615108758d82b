// Pointers as map keys: identity, not contents, decides equality.
package main

import "fmt"

type Node struct {
	Name  string
	Edges []*Node
}

func reachable(start *Node) int {
	seen := map[*Node]bool{}
	var visit func(n *Node)
	visit = func(n *Node) {
		if seen[n] {
			return
		}
		seen[n] = true
		for _, e := range n.Edges {
			visit(e)
		}
	}
	visit(start)
	return len(seen)
}

func main() {
	a := &Node{Name: "a"}
	b := &Node{Name: "b"}
	c := &Node{Name: "c"}
	d := &Node{Name: "d"}
	a.Edges = []*Node{b, c}
	b.Edges = []*Node{c, a}
	c.Edges = []*Node{a}
	fmt.Println(reachable(a), reachable(d))

	twin := &Node{Name: "a"}
	labels := map[*Node]string{a: "first", twin: "second"}
	fmt.Println(len(labels), labels[a], labels[twin], labels[b] == "")

	var nilNode *Node
	labels[nilNode] = "nil key"
	fmt.Println(labels[nil], len(labels))

	x, y := 1, 1
	counts := map[*int]int{}
	counts[&x]++
	counts[&x]++
	counts[&y]++
	fmt.Println(len(counts), counts[&x], counts[&y])
}
