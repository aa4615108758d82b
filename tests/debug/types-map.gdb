# Go names and types of parameters and locals; a map is a pointer to the
# runtime's hmap, so *m shows its fields.
# program: examples/maps.go
# flags: -N
set pagination off
b main.viaPtr
b maps.go:29
run
info args
whatis p
whatis k
whatis v
p *p
p **p
continue
info locals
whatis m
p m.count
#> ^Breakpoint 1 at .*: file .*maps\.go, line 13\.
#> ^Breakpoint 1, main\.viaPtr \(p=0x[0-9a-f]+, k=\.\.\., v=3\) at .*maps\.go:13
#> ^p = 0x[0-9a-f]+$
#> ^k = 0x[0-9a-f]+ "c"$
#> ^v = 3$
#> ^type = \*map\[string\]int$
#> ^type = string$
#> ^type = int$
#> ^\$1 = \(map\[string\]int\) 0x[0-9a-f]+$
#> ^\$2 = \{count = 2, .*hash0 = \d+, buckets = 0x[0-9a-f]+, oldbuckets = 0x0
#> ^Breakpoint 2, main\.main \(\) at .*maps\.go:29
#> ^m = 0x[0-9a-f]+$
#> ^type = map\[string\]int$
#> ^\$3 = 3$
