// errorcheck

// A composite literal spread over lines needs a comma after the last
// element: gc reports the newline that the semicolon rule turned into ";".

package main

type Server struct {
	Host string
	Port int
}

var defaults = Server{
	Host: "localhost",
	Port: 8080 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
}

func ports() []int {
	return []int{
		80,
		443 // ERROR "unexpected newline in composite literal; possibly missing comma or }"
	}
}

func main() {
	m := map[string]int{"a": 1 "b": 2} // ERROR "unexpected literal .b. in composite literal; possibly missing comma or }"
	_ = m
}
