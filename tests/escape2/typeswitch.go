package main

var gp *int

func classify(v any) int {
	switch x := v.(type) {
	case *int:
		gp = x
		return 1
	case string:
		return len(x)
	case []int:
		return len(x)
	}
	return 0
}

func get(v any) *int {
	p, ok := v.(*int)
	if !ok {
		return nil
	}
	return p
}

func main() {
	y := 2
	println(classify(&y), classify("s"), get(&y) != nil)
}
