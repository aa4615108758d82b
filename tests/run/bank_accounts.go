package main

import (
	"fmt"
	"os"
)

type Account struct {
	ID      int
	Owner   string
	Balance int
	History []string
}

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: map[int]*Account{}, nextID: 1} }

func (b *Bank) Open(owner string, initial int) *Account {
	a := &Account{ID: b.nextID, Owner: owner, Balance: initial}
	b.accounts[a.ID] = a
	b.nextID++
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	return a
}

func (b *Bank) Transfer(from, to, amount int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Sprint("transfer failed: ", r)
		}
	}()
	src, dst := b.accounts[from], b.accounts[to]
	if src.Balance < amount {
		panic("insufficient funds")
	}
	src.Balance -= amount
	dst.Balance += amount
	src.History = append(src.History, fmt.Sprintf("out %d", amount))
	dst.History = append(dst.History, fmt.Sprintf("in %d", amount))
	return ""
}

func main() {
	b := NewBank()
	alice := b.Open("alice", 100)
	bob := b.Open("bob", 50)
	fmt.Println(b.Transfer(alice.ID, bob.ID, 30))
	fmt.Println(b.Transfer(bob.ID, alice.ID, 500))
	fmt.Println(b.Transfer(bob.ID, 99, 10))
	fmt.Println(alice.Balance, bob.Balance, alice.History, bob.History)
	if len(os.Args) > 5 {
		os.Exit(1)
	}
}
