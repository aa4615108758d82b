# The pretty printer: strings, slices, maps with len, B and their entries.
# program: examples/maps.go
# flags: -N
set pagination off
source runtime/minigo-gdb.py
b main.viaPtr
b maps.go:29
b maps.go:31
run
info args
p *p
continue
p m
info locals
continue
p m
#> ^k = "c"$
#> ^\$1 = map\[string\]int <len 2, B 0> = \{\["a"\] = 1, \["b"\] = 2\}$
#> ^\$2 = map\[string\]int <len 3, B 0> = \{\["a"\] = 1, \["b"\] = 2, \["c"\] = 3\}$
#> ^m = map\[string\]int <len 3, B 0> = \{\["a"\] = 1, \["b"\] = 2, \["c"\] = 3\}$
#> ^\$3 = map\[string\]int <len 0, B 0>$
