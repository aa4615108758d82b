// Recursion: mutual recursion, Towers of Hanoi, permutations with
// backtracking, Ackermann, and a recursive descent expression evaluator.
package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func permute(prefix []byte, rest []byte, out *[]string) {
	if len(rest) == 0 {
		*out = append(*out, string(prefix))
		return
	}
	for i := range rest {
		next := append([]byte{}, rest[:i]...)
		next = append(next, rest[i+1:]...)
		permute(append(prefix, rest[i]), next, out)
	}
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type parser struct {
	src string
	pos int
}

func (p *parser) expr() int {
	v := p.term()
	for p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
		op := p.src[p.pos]
		p.pos++
		if op == '+' {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for p.pos < len(p.src) && (p.src[p.pos] == '*' || p.src[p.pos] == '/') {
		op := p.src[p.pos]
		p.pos++
		if op == '*' {
			v *= p.factor()
		} else {
			v /= p.factor()
		}
	}
	return v
}

func (p *parser) factor() int {
	if p.src[p.pos] == '(' {
		p.pos++
		v := p.expr()
		p.pos++ // ')'
		return v
	}
	v := 0
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		v = v*10 + int(p.src[p.pos]-'0')
		p.pos++
	}
	return v
}

func main() {
	fmt.Println(isEven(10), isOdd(7), isEven(3))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(moves)
	var perms []string
	permute(nil, []byte("abc"), &perms)
	fmt.Println(perms)
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	for _, e := range []string{"1+2*3", "(1+2)*3", "100/(2+3)-4", "2*(3+(4-1))*2"} {
		p := &parser{src: e}
		fmt.Println(e, "=", p.expr())
	}
}
