# The tutorial's session: break in the runtime's map assignment, reached
# from main.viaPtr, and look at the hmap.
# program: examples/maps.go
# flags: -N
set pagination off
b runtime.mapassign_faststr
run
continue
continue
bt
up
info args
down
p *h
p h->B
p h->hash0
finish
#> ^Breakpoint 1 at .*: file runtime/map.c
#> ^Breakpoint 1, runtime\.mapassign_faststr \(t=.*, h=0x[0-9a-f]+, key=\.\.\.\) at runtime/map\.c
#> ^#0 .*runtime\.mapassign_faststr
#> ^#1 .* in main\.viaPtr \(p=0x[0-9a-f]+, k=\.\.\., v=3\) at .*maps\.go:13$
#> ^#2 .* in main\.main \(\) at .*maps\.go:28$
#> ^13\s+func viaPtr\(p \*map\[string\]int, k string, v int\) \{ \(\*p\)\[k\] = v \}
#> ^p = 0x[0-9a-f]+$
#> ^k = 0x[0-9a-f]+ "c"$
#> ^v = 3$
#> ^\$1 = \{count = 2, flags = 0 .*, B = 0 .*, noverflow = 0, hash0 = \d+, buckets = 0x[0-9a-f]+, oldbuckets = 0x0, nevacuate = 0, extra = 0x0\}
#> ^\$2 = 0 '\\000'$
#> ^\$3 = \d+$
#> main\.viaPtr \(p=0x[0-9a-f]+, k=\.\.\., v=3\) at .*maps\.go:13
#> ^Value returned is \$4 = \(void \*\) 0x[0-9a-f]+$
