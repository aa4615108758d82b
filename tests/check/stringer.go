// fmt prints values through their String and Error methods; a method on the
// pointer receiver is only used when fmt is handed a pointer.
package main

import "fmt"

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string {
	return [...]string{"♠", "♥", "♦", "♣"}[s]
}

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	if n, ok := names[c.Rank]; ok {
		return n + c.Suit.String()
	}
	return fmt.Sprint(c.Rank) + c.Suit.String()
}

type Stack struct{ items []int }

func (s *Stack) String() string { return fmt.Sprintf("stack%v", s.items) }

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

func find(m map[string]int, k string) any {
	if v, ok := m[k]; ok {
		return v
	}
	return NotFound{k}
}

func main() {
	fmt.Println(Hearts, Clubs, Suit(0))
	hand := []Card{{1, Spades}, {10, Hearts}, {12, Diamonds}}
	fmt.Println(hand, hand[0])
	fmt.Printf("%v %s %d\n", hand[2], hand[1], hand[1].Rank)

	st := Stack{items: []int{1, 2}}
	fmt.Println(&st)
	fmt.Printf("%v\n", st) // value: String is not in its method set

	fmt.Println(find(map[string]int{"a": 1}, "a"), find(nil, "zz"))
	fmt.Printf("%v|%s\n", NotFound{"x"}, NotFound{"y"})
	deck := map[Suit]int{Hearts: 13, Spades: 13}
	fmt.Println(deck)
}
