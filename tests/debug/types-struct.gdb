# Named struct types with their fields, strings, slices, a named int;
# stepping through a loop.
# program: tests/debug/structs.go
# flags: -N
set pagination off
b main.walk
run
info args
whatis l
whatis id
p *l
p l.xs
p l.next.name
next
next
next
info locals
#> ^Breakpoint 1, main\.walk \(l=0x[0-9a-f]+, id=3\) at .*structs\.go:15$
#> ^15\s+n := 0$
#> ^l = 0x[0-9a-f]+$
#> ^id = 3$
#> ^type = \*main\.L$
#> ^type = main\.ID$
#> ^\$1 = \{next = 0x[0-9a-f]+, name = 0x[0-9a-f]+ "a", xs = \{array = 0x[0-9a-f]+, len = 2, cap = 2\}\}$
#> ^\$2 = \{array = 0x[0-9a-f]+, len = 2, cap = 2\}$
#> ^\$3 = 0x[0-9a-f]+ "b"$
#> ^16\s+for p := l; p != nil; p = p\.next \{$
#> ^17\s+n \+= len\(p\.xs\)$
#> ^16\s+for p := l; p != nil; p = p\.next \{$
#> ^n = 2$
source runtime/minigo-gdb.py
p *l
p l.xs
#> ^\$4 = \{next = 0x[0-9a-f]+, name = "a", xs = \[\]int len 2 cap 2 = \{1, 2\}\}$
#> ^\$5 = \[\]int len 2 cap 2 = \{1, 2\}$
