// mapfast.go — one function per runtime map entry point gc 1.19 chooses
// (cmd/compile/internal/walk/walk.go mapfast): the element size, then how
// the key is hashed decide between _faststr, _fast32, _fast64,
// _fast64ptr and the generic entry points.
package main

type pair32 struct{ a, b int16 } // 4 bytes of plain memory: fast32
type pair64 struct{ a, b int32 } // 8 bytes of plain memory: fast64
type padded struct {             // padding between fields: generic
	a int32
	b int64
}
type named struct{ s string }    // one-field struct of a string: faststr
type big struct{ buf [20]int64 } // 160-byte element: generic

func strKey(m map[string]int, k string) int { m[k] = 1; return m[k] }

func namedStrKey(m map[named]bool, k named) bool { m[k] = true; return m[k] }

func int32Key(m map[int32]string, k int32) string { m[k] = "x"; return m[k] }

func runeKey(m map[rune]int, k rune) { delete(m, k) }

func structKey32(m map[pair32]int, k pair32) int { return m[k] }

func bytes4Key(m map[[4]byte]int, k [4]byte) { m[k]++ }

func intKey(m map[int]int, k int) (int, bool) { v, ok := m[k]; return v, ok }

func uint64Key(m map[uint64]int, k uint64) { delete(m, k) }

func structKey64(m map[pair64]int, k pair64) { m[k] = 2 }

func ptrKey(m map[*int]int, k *int) bool {
	m[k] = 3
	_, ok := m[k]
	delete(m, k)
	return ok
}

func floatKey(m map[float64]int, k float64) int { m[k] = 4; return m[k] }

func paddedKey(m map[padded]int, k padded) { m[k] = 5; delete(m, k) }

func ifaceKey(m map[any]int, k any) (int, bool) { v, ok := m[k]; return v, ok }

func bigElem(m map[string]big, k string) big { m[k] = big{}; return m[k] }

func fatElem(m map[int][200]int64, k int) int64 { v, ok := m[k]; if ok { return v[0] }; return m[k][1] }

func sized() map[string]int { return make(map[string]int, 100) }

func small() map[int]bool { return make(map[int]bool, 8) }

func opAssign(m map[string]int, k string) { m[k] += 2; m[k] /= 3 }

func appendTo(m map[string][]int, k string, v int) { m[k] = append(m[k], v) }

func clearAll(m map[int]string) {
	for k := range m {
		delete(m, k)
	}
}

func main() {}
