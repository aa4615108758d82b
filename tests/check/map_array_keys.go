// Arrays as map keys: fixed-size byte digests, coordinates, small strings.
package main

import "fmt"

type Digest [4]byte

func digest(s string) Digest {
	var d Digest
	for i := 0; i < len(s); i++ {
		d[i%4] = d[i%4]*31 + s[i]
	}
	return d
}

func main() {
	seen := map[Digest][]string{}
	for _, w := range []string{"alpha", "beta", "gamma", "alpha", "delta"} {
		d := digest(w)
		seen[d] = append(seen[d], w)
	}
	fmt.Println(len(seen), seen[digest("alpha")])

	grid := map[[2]int]string{{0, 0}: "origin"}
	grid[[2]int{3, 4}] = "far"
	key := [2]int{3, 4}
	fmt.Println(grid[key], grid[[2]int{4, 3}] == "", len(grid))

	names := map[[3]string]int{{"a", "b", "c"}: 1}
	names[[3]string{"a", "b", "c"}] += 1
	names[[3]string{"c", "b", "a"}] = 7
	fmt.Println(names)

	zero := map[[0]int]string{}
	zero[[0]int{}] = "only one key exists"
	fmt.Println(zero, len(zero))

	flags := map[[2]bool]int{}
	for _, a := range []bool{false, true} {
		for _, b := range []bool{false, true} {
			flags[[2]bool{a, b}] = len(flags)
		}
	}
	fmt.Println(flags)
}
