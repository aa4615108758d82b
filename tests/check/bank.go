// A ledger: named types over basic types, methods on them, maps keyed by a
// named string type, panics for invariants and recover at the boundary.
package main

import "fmt"

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type AccountID string

type Ledger struct {
	balances map[AccountID]Cents
	log      []string
}

func (l *Ledger) Open(id AccountID, initial Cents) {
	if _, exists := l.balances[id]; exists {
		panic("account exists: " + string(id))
	}
	l.balances[id] = initial
	l.log = append(l.log, fmt.Sprintf("open %s %v", id, initial))
}

func (l *Ledger) Transfer(from, to AccountID, amt Cents) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			l.log = append(l.log, fmt.Sprint("failed: ", r))
			ok = false
		}
	}()
	if l.balances[from] < amt {
		panic(fmt.Sprintf("insufficient funds in %s", from))
	}
	if _, exists := l.balances[to]; !exists {
		panic(fmt.Sprintf("no account %q", to))
	}
	l.balances[from] -= amt
	l.balances[to] += amt
	l.log = append(l.log, fmt.Sprintf("move %v %s->%s", amt, from, to))
	return true
}

func main() {
	l := &Ledger{balances: map[AccountID]Cents{}}
	l.Open("alice", 10000)
	l.Open("bob", 550)
	fmt.Println(l.Transfer("alice", "bob", 2575))
	fmt.Println(l.Transfer("bob", "alice", 999999))
	fmt.Println(l.Transfer("bob", "carol", 1))
	for _, line := range l.log {
		fmt.Println(line)
	}
	fmt.Println(l.balances, Cents(-1234))
	func() {
		defer func() { fmt.Println("caught:", recover()) }()
		l.Open("bob", 0)
	}()
}
