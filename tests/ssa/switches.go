// switches.go — expression switches test cases in order (fallthrough jumps
// into the next body); type switches test dynamic types with IfaceIs and
// unbox in the clause.
package main

func kind(x any) string {
	switch v := x.(type) {
	case int:
		if v < 0 {
			return "negative"
		}
		return "int"
	case string:
		return v
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func weekday(d int) (s string) {
	switch d {
	case 0, 6:
		s = "weekend"
	case 5:
		s = "friday "
		fallthrough
	default:
		s += "work"
	}
	return
}

func main() {}
