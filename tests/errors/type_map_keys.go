// errorcheck

// Map keys must be comparable: no slices, maps or functions, nor structs
// or arrays containing them.

package main

type Tags []string

type Record struct {
	ID   int
	Tags Tags
}

var (
	bySlice  map[[]int]string      // ERROR "invalid map key type \[\]int"
	byMap    map[map[int]int]bool  // ERROR "invalid map key type map\[int\]int"
	byFunc   map[func()]int        // ERROR "invalid map key type func\(\)"
	byRecord map[Record]int        // ERROR "invalid map key type Record"
	byArray  map[[2]Tags]int       // ERROR "invalid map key type \[2\]Tags"
	fine     map[[2]string]*Record // arrays of comparable types are fine
)

func main() {
	_, _, _, _, _, _ = bySlice, byMap, byFunc, byRecord, byArray, fine
}
