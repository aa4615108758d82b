// Maps of maps, of slices, of structs and of pointers to structs: which
// updates are possible in place and which need a copy and a store back.
package main

import "fmt"

type Stats struct {
	Count int
	Sum   float64
}

type Player struct {
	Name  string
	Score int
}

func main() {
	graph := map[string]map[string]int{}
	addEdge := func(from, to string, w int) {
		if graph[from] == nil {
			graph[from] = map[string]int{}
		}
		graph[from][to] = w
	}
	addEdge("a", "b", 1)
	addEdge("a", "c", 4)
	addEdge("b", "c", 2)
	fmt.Println(graph, len(graph["a"]), graph["z"]["q"])

	groups := map[int][]string{}
	for _, w := range []string{"go", "c", "rust", "zig", "d", "java"} {
		groups[len(w)] = append(groups[len(w)], w)
	}
	fmt.Println(groups)

	stats := map[string]Stats{}
	for _, rec := range []struct {
		key string
		v   float64
	}{{"cpu", 0.5}, {"mem", 0.25}, {"cpu", 1.5}} {
		st := stats[rec.key]
		st.Count++
		st.Sum += rec.v
		stats[rec.key] = st
	}
	fmt.Printf("%+v\n", stats)

	players := map[string]*Player{"p1": {Name: "ann"}, "p2": {Name: "bob"}}
	players["p1"].Score += 10 // fine through a pointer
	players["p2"].Score = 3
	fmt.Println(*players["p1"], *players["p2"])

	matrix := map[int]map[int]float64{}
	for i := 0; i < 3; i++ {
		matrix[i] = map[int]float64{}
		for j := 0; j < 3; j++ {
			if i == j {
				matrix[i][j] = 1
			}
		}
	}
	fmt.Println(matrix)

	arrays := map[string][3]int{"x": {1, 2, 3}}
	a := arrays["x"]
	a[0] = 100
	arrays["x"] = a
	fmt.Println(arrays)
}
