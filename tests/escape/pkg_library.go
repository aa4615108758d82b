// errorcheck -0 -m -l

// Any package name, no main function: analysed like go tool compile.

package stack

type Stack struct {
	items []*int
}

func (s *Stack) Push(p *int) { // ERROR "^leaking param content: s$" "^leaking param: p$"
	s.items = append(s.items, p)
}

func (s *Stack) Pop() *int { // ERROR "^leaking param: s to result ~r0 level=2$"
	p := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1] // ERROR "^\(\*Stack\)\.Pop ignoring self-assignment in s\.items = s\.items\[:len\(s\.items\) - 1\]$"
	return p
}

func New() *Stack {
	return &Stack{} // ERROR "^&Stack\{\} escapes to heap$"
}
