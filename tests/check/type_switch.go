// Values of type any: type switches with single and multiple types per case,
// nil, default, and type assertions with and without comma-ok.
package main

import "fmt"

type Celsius float64

type Pair struct{ K, V string }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x+1)
	case int8, int16, int32:
		return fmt.Sprintf("small int %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case bool:
		if x {
			return "true bool"
		}
		return "false bool"
	case Celsius:
		return fmt.Sprintf("%.1f degrees", float64(x))
	case Pair:
		return x.K + "=" + x.V
	case *Pair:
		return "pointer to " + x.K
	case []int:
		return fmt.Sprintf("slice len %d", len(x))
	case map[string]int:
		return fmt.Sprintf("map len %d", len(x))
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	values := []any{nil, 41, int8(3), int32(-9), "hello", true, false,
		Celsius(36.6), Pair{"k", "v"}, &Pair{K: "pk"}, []int{1, 2},
		map[string]int{"a": 1}, func() int { return 7 }, 2.5, uint(1)}
	for _, v := range values {
		fmt.Println(classify(v))
	}

	var box any = "boxed"
	s := box.(string)
	n, ok := box.(int)
	fmt.Println(s, n, ok)
	if str, ok := box.(string); ok {
		fmt.Println("still", str)
	}

	box = 12
	switch box.(type) {
	case string:
		fmt.Println("string")
	case int, uint:
		fmt.Println("some integer")
	}
	var empty any
	_, isInt := empty.(int)
	fmt.Println(isInt, empty == nil, box == 12, box != "12")
}
