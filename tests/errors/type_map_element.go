// errorcheck

// Map elements are not addressable: a struct field of a map element cannot
// be assigned in place and its address cannot be taken. Go through a
// pointer element or copy, modify and store back.

package main

type Player struct {
	Name  string
	Score int
}

type Grid [3]int

func main() {
	players := map[string]Player{"ann": {Name: "ann"}}
	players["ann"].Score = 10  // ERROR "cannot assign to struct field players\[.ann.\]\.Score in map"
	players["ann"].Score++     // ERROR "cannot assign to struct field players\[.ann.\]\.Score in map"
	p := &players["ann"]       // ERROR "invalid operation: cannot take address of players\[.ann.\] \(map index expression of type Player\)"
	grids := map[int]Grid{}
	grids[0][1] = 5            // ERROR "cannot assign to grids\[0\]\[1\] \(value of type int\)"
	byName := map[string]*Player{"bob": {Name: "bob"}}
	byName["bob"].Score = 3    // fine: the element is a pointer
	pp := &byName["bob"]       // ERROR "cannot take address of byName\[.bob.\] \(map index expression of type \*Player\)"
	_, _ = p, pp
}
