# -N keeps every variable in memory: `info args` / `info locals` show
# parameters, the named result and locals the optimiser would hold in
# registers, with Go names, types and (through the printer gdb
# auto-loads from .debug_gdb_scripts: no `source` here) Go-like values.
# program: tests/debug/locals.go
# flags: -N
# gdbflags: -iex 'set auto-load safe-path /'
set pagination off
b locals.go:16
run
info args
info locals
whatis m
whatis s
whatis total
p xs
#> ^minigo: Go string, slice and map printers loaded$
#> ^Breakpoint 1, main\.describe \(name="go", xs=\[\]int len 3 cap 3 = \{\.\.\.\}\) at .*locals\.go:16$
#> ^16\s+fmt\.Println\(m, s, n\)$
#> ^name = "go"$
#> ^xs = \[\]int len 3 cap 3 = \{1, 2, 3\}$
#> ^total = 8$
#> ^m = map\[string\]int <len 2, B 0> = \{\["x"\] = 1, \["go!"\] = 3\}$
#> ^s = "go!"$
#> ^n = 3$
#> ^type = map\[string\]int$
#> ^type = string$
#> ^type = int$
#> ^\$1 = \[\]int len 3 cap 3 = \{1, 2, 3\}$
