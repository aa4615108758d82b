// Method values bind their receiver when evaluated; method expressions turn
// a method into a function taking the receiver first.
package main

import "fmt"

type Account struct {
	owner   string
	balance int
}

func (a *Account) Deposit(n int) { a.balance += n }
func (a Account) Balance() int   { return a.balance }
func (a Account) Owner() string  { return a.owner }

type Op func(int, int) int

type Calculator struct{ ops map[string]Op }

func (c Calculator) Run(name string, a, b int) int { return c.ops[name](a, b) }

func main() {
	acct := &Account{owner: "kim"}
	deposit := acct.Deposit // bound to acct
	deposit(50)
	deposit(25)
	fmt.Println(acct.Balance())

	snapshot := acct.Balance // receiver copied now
	acct.Deposit(1000)
	fmt.Println(snapshot(), acct.Balance())

	balanceOf := Account.Balance
	depositTo := (*Account).Deposit
	other := Account{owner: "lee", balance: 5}
	depositTo(&other, 10)
	fmt.Println(balanceOf(other), Account.Owner(other))

	pBalance := (*Account).Balance // value method through a pointer
	fmt.Println(pBalance(&other))

	actions := []func(int){acct.Deposit, other.Deposit}
	for i, act := range actions {
		act(i + 1)
	}
	fmt.Println(acct.balance, other.balance)

	calc := Calculator{ops: map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}}
	run := calc.Run
	fmt.Println(run("add", 2, 3), run("mul", 4, 5), Calculator.Run(calc, "add", 1, 1))
}
