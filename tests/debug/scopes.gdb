# Lexical blocks: inside `if x > 0 { x := y + 100 ... }` the inner x
# shadows the parameter (info locals lists the block's x first, then the
# function's y); after the block, x is the parameter again.
# program: tests/debug/locals.go
# flags: -N
set pagination off
b locals.go:25
b locals.go:27
run
info locals
p x
p y
continue
info locals
p x
#> ^Breakpoint 1, main\.shadow \(x=4\) at .*locals\.go:25$
#> ^25\s+fmt\.Println\(x\)$
#> ^x = 108$
#> ^y = 108$
#> ^\$1 = 108$
#> ^\$2 = 108$
#> ^Breakpoint 2, main\.shadow \(x=4\) at .*locals\.go:27$
#> ^y = 108$
#> ^\$3 = 4$
