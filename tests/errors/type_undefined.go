// errorcheck

// Names that are not declared anywhere, fields and methods that do not
// exist, and names used outside their scope.

package main

import "fmt"

type User struct {
	Name string
}

func (u User) Greet() string { return "hi " + u.Name }

func main() {
	fmt.Println(count) // ERROR "undefined: count"
	u := User{Name: "ann"}
	fmt.Println(u.Email) // ERROR "u.Email undefined \(type User has no field or method Email\)"
	fmt.Println(u.greet()) // ERROR "u.greet undefined \(type User has no field or method greet, but does have Greet\)"
	if n := 3; n > 0 {
		fmt.Println(n)
	}
	fmt.Println(n) // ERROR "undefined: n"
	var t Unknown // ERROR "undefined: Unknown"
	fmt.Printline(t) // ERROR "undefined: fmt.Printline"
}
