package main

func main() {
	defer println("d1")
	defer println("d2")
	panic("boom")
}
