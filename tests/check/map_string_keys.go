// map[string]V: the faststr path. Word counting, comma-ok lookups,
// deletion, nil-map reads, and zero values for missing keys.
package main

import "fmt"

func wordCounts(text string) map[string]int {
	counts := make(map[string]int)
	word := ""
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == ' ' {
			if word != "" {
				counts[word]++
			}
			word = ""
			continue
		}
		word += string(text[i])
	}
	return counts
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func main() {
	counts := wordCounts("the cat sat on the mat the end")
	for _, k := range sortedKeys(counts) {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println(len(counts))

	if n, ok := counts["the"]; ok {
		fmt.Println("the appears", n, "times")
	}
	_, ok := counts["dog"]
	fmt.Println("dog present:", ok, "dog count:", counts["dog"])

	delete(counts, "the")
	counts["cat"] += 10
	fmt.Println(counts)

	var nilMap map[string]int
	v, found := nilMap["x"]
	fmt.Println(v, found, len(nilMap), nilMap == nil)
	delete(nilMap, "x") // deleting from a nil map is a no-op

	env := map[string]string{"HOME": "/root", "": "empty key", "long key with spaces and more": "v"}
	env["PATH"] = "/bin"
	fmt.Println(env[""], env["PATH"], env["long key with spaces and more"], len(env))

	big := map[string]int{}
	for i := 0; i < 1000; i++ {
		big[fmt.Sprint("k", i)] = i
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), sum, big["k999"], big["k1000"])
}
