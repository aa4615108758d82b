// go statements: parsed, type-checked and analysed. Without channels there
// is no way to wait for a goroutine, so nothing here depends on whether
// one has run: main's output is the same either way.
package main

import "fmt"

type Job struct {
	ID   int
	Data []int
}

func process(j *Job) {
	for i := range j.Data {
		j.Data[i] *= 2
	}
}

func background(name string, n int) int {
	total := 0
	for i := 0; i < n; i++ {
		total += i
	}
	_ = name
	return total
}

func main() {
	jobs := []Job{{ID: 1, Data: []int{1, 2}}, {ID: 2, Data: []int{3}}}
	go process(&Job{ID: 99, Data: []int{7}})
	go background("counter", 10)
	go func(n int) {
		_ = n * n
	}(len(jobs))
	go fmt.Sprint("ignored")

	for i := range jobs {
		process(&jobs[i]) // the synchronous twin
	}
	fmt.Println(jobs[0].Data, jobs[1].Data, background("direct", 5))
}
