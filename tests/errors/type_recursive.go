// errorcheck

// A type that contains itself by value has infinite size. Through a
// pointer, slice or map it is fine.

package main

type Node struct { // ERROR "invalid recursive type Node\n\tLINE:6: Node refers to\n\tLINE:6: Node$"
	Value int
	Next  Node
}

type A struct{ b B } // ERROR "invalid recursive type A\n\tLINE:6: A refers to\n\tLINE+1:6: B refers to\n\tLINE:6: A$"
type B struct{ a A }

type Arr [2]Arr // ERROR "invalid recursive type Arr"

type List struct {
	Value int
	Next  *List
	Kids  []List
	Index map[string]List
}

func main() {
	var l List
	_ = l
}
