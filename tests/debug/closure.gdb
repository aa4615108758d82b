# A function literal's captured variables: `step` (never reassigned,
# copied into the closure) and `c` (assigned inside, moved to the heap and
# shared through a pointer) print by their Go names in the literal's frame.
# program: tests/debug/locals.go
# flags: -N
set pagination off
b locals.go:59
run
bt 2
info locals
p c
p step
next
p c
#> ^Breakpoint 1, main\.counter\.func1 \(\) at .*locals\.go:59$
#> ^#0  main\.counter\.func1 \(\) at .*locals\.go:59$
#> ^#1  .* in main\.main \(\) at .*locals\.go:53$
#> ^c = 0$
#> ^step = 7$
#> ^\$1 = 0$
#> ^\$2 = 7$
#> ^60\s+return c$
#> ^\$3 = 7$
