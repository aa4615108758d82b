// A singly linked list and a binary search tree built from pointers to
// structs, with nil checks and pointer-to-pointer insertion.
package main

import "fmt"

type List struct {
	head *elem
	size int
}

type elem struct {
	val  int
	next *elem
}

func (l *List) PushFront(v int) {
	l.head = &elem{v, l.head}
	l.size++
}

func (l *List) Reverse() {
	var prev *elem
	for cur := l.head; cur != nil; {
		next := cur.next
		cur.next = prev
		prev, cur = cur, next
	}
	l.head = prev
}

func (l *List) Values() []int {
	var out []int
	for e := l.head; e != nil; e = e.next {
		out = append(out, e.val)
	}
	return out
}

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func insert(t **Tree, key string) {
	for *t != nil {
		switch {
		case key < (*t).Key:
			t = &(*t).Left
		case key > (*t).Key:
			t = &(*t).Right
		default:
			(*t).Count++
			return
		}
	}
	*t = &Tree{Key: key, Count: 1}
}

func (t *Tree) Walk(visit func(*Tree)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t)
	t.Right.Walk(visit)
}

func main() {
	var l List
	for i := 1; i <= 5; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l.Values(), l.size)
	l.Reverse()
	fmt.Println(l.Values())

	var root *Tree
	for _, w := range []string{"m", "c", "x", "a", "c", "z", "m", "m"} {
		insert(&root, w)
	}
	root.Walk(func(t *Tree) { fmt.Printf("%s:%d ", t.Key, t.Count) })
	fmt.Println()
	var empty *Tree
	empty.Walk(func(*Tree) { fmt.Println("never") })
	fmt.Println(root.Left.Key, root.Right.Right.Key, root.Left.Left.Left == nil)
}
