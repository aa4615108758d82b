// ranges.go — range over maps (runtime.mapiterinit/mapiternext and the
// mapclear idiom), strings (ASCII inline, runtime.decoderune otherwise)
// and slices.
package main

func total(m map[string]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func invert(m map[string]int) map[int]string {
	r := make(map[int]string, len(m))
	for k, v := range m {
		r[v] = k
	}
	return r
}

func countRunes(s string) (n int) {
	for range s {
		n++
	}
	return
}

func double(xs []int) {
	for i, x := range xs {
		xs[i] = 2 * x
	}
}

func main() {}
