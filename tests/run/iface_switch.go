package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Celsius float64

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + fmt.Sprint(v+1)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case bool, float64:
		return fmt.Sprintf("bool or float %v", v)
	case Point:
		return "point " + v.String()
	case *Point:
		return "ptr to point " + fmt.Sprint(v.X)
	case []int:
		return fmt.Sprint("slice ", len(v))
	case map[string]int:
		return fmt.Sprint("map ", len(v))
	case Celsius:
		return fmt.Sprintf("%.1f C", float64(v))
	case error:
		return "error " + v.Error()
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	xs := []any{nil, 1, "hello", true, 2.5, Point{1, 2}, &Point{3, 4}, []int{1}, map[string]int{"a": 1}, Celsius(21.5), int8(3), struct{}{}}
	for _, x := range xs {
		fmt.Println(describe(x))
	}
	var a, b any = 1, 1
	var c any = "1"
	fmt.Println(a == b, a == c, a != nil, Point{1, 2} == xs[5])
	fmt.Printf("%v %+v %T %T\n", xs[5], Point{5, 6}, xs[6], xs[9])
}
