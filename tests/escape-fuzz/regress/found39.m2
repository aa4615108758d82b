./found39.go:45:9: p0 does not escape
./found39.go:45:21: p1 does not escape
./found39.go:24:2: T{...} escapes to heap:
./found39.go:24:2:   flow: {heap} = &{storage for T{...}}:
./found39.go:24:2:     from T{...} (spill) at ./found39.go:24:2
./found39.go:24:2:     from sink = T{...} (assign) at ./found39.go:24:7
./found39.go:20:18: (*T).M0 capturing by value: .autotmp_6 (addr=false assign=false width=16)
./found39.go:17:16: (*T).M0 capturing by value: a0 (addr=false assign=false width=8)
./found39.go:17:16: parameter a0 leaks to {heap} with derefs=0:
./found39.go:17:16:   flow: {heap} = a0:
./found39.go:17:16:     from a0 (interface-converted) at ./found39.go:21:21
./found39.go:17:16:     from sink = a0 (assign) at ./found39.go:21:26
./found39.go:17:25: parameter a1 leaks to {storage for T{...}} with derefs=0:
./found39.go:17:25:   flow: {storage for T{...}} = a1:
./found39.go:17:25:     from T{...} (struct literal element) at ./found39.go:24:10
./found39.go:17:25:     from T{...} (interface-converted) at ./found39.go:24:2
./found39.go:17:7: t does not escape
./found39.go:17:16: leaking param: a0
./found39.go:17:25: leaking param: a1
./found39.go:21:8: func literal does not escape
./found39.go:24:2: T{...} escapes to heap
./found39.go:28:9: p0 does not escape
./found39.go:38:3: func literal escapes to heap:
./found39.go:38:3:   flow: {heap} = &{storage for func literal}:
./found39.go:38:3:     from func literal (spill) at ./found39.go:38:3
./found39.go:39:3: fmt.Sprint((*T)(nil)) escapes to heap:
./found39.go:39:3:   flow: {heap} = &{storage for fmt.Sprint((*T)(nil))}:
./found39.go:39:3:     from fmt.Sprint((*T)(nil)) (spill) at ./found39.go:39:3
./found39.go:39:3:     from sink = fmt.Sprint((*T)(nil)) (assign) at ./found39.go:39:8
./found39.go:38:16: f1 capturing by value: .autotmp_6 (addr=false assign=false width=16)
./found39.go:41:10: f1 capturing by value: .autotmp_7 (addr=false assign=false width=16)
./found39.go:41:25: f1 capturing by value: .autotmp_8 (addr=false assign=false width=16)
./found39.go:41:32: append([]int{}, p2) escapes to heap:
./found39.go:41:32:   flow: {storage for ... argument} = &{storage for append([]int{}, p2)}:
./found39.go:41:32:     from append([]int{}, p2) (spill) at ./found39.go:41:32
./found39.go:41:32:     from ... argument (slice-literal-element) at ./found39.go:41:25
./found39.go:41:32:   flow: {heap} = {storage for ... argument}:
./found39.go:41:32:     from ... argument (spill) at ./found39.go:41:25
./found39.go:41:32:     from fmt.Sprint(... argument...) (call parameter) at ./found39.go:41:25
./found39.go:41:38: []int{} escapes to heap:
./found39.go:41:38:   flow: {storage for append([]int{}, p2)} = &{storage for []int{}}:
./found39.go:41:38:     from []int{} (spill) at ./found39.go:41:38
./found39.go:41:38:     from append([]int{}, p2) (call parameter) at ./found39.go:41:32
./found39.go:41:38:     from append([]int{}, p2) (interface-converted) at ./found39.go:41:32
./found39.go:35:9: p0 does not escape
./found39.go:35:21: p1 does not escape
./found39.go:36:26: make([]int, 3) does not escape
./found39.go:39:3: fmt.Sprint(... argument...) escapes to heap
./found39.go:39:20: ... argument does not escape
./found39.go:41:25: ... argument does not escape
./found39.go:41:32: append([]int{}, p2) escapes to heap
./found39.go:41:38: []int{} escapes to heap
./found39.go:51:22: map[string]int{...} does not escape
./found39.go:51:36: make(map[string]int) does not escape
