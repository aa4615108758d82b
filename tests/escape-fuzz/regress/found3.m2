./found3.go:34:4: v2 escapes to heap:
./found3.go:34:4:   flow: {heap} = &{storage for v2}:
./found3.go:34:4:     from v2 (spill) at ./found3.go:34:4
./found3.go:34:4:     from sink = v2 (assign) at ./found3.go:34:9
./found3.go:17:7: T.M0 capturing by value: t (addr=false assign=false width=56)
./found3.go:20:2: T.M0 capturing by value: v2 (addr=false assign=false width=16)
./found3.go:17:7: t does not escape
./found3.go:17:15: a0 does not escape
./found3.go:17:21: a1 does not escape
./found3.go:18:8: func literal does not escape
./found3.go:22:14: []*int{...} does not escape
./found3.go:22:18: new(int) does not escape
./found3.go:32:8: func literal does not escape
./found3.go:34:4: v2 escapes to heap
./found3.go:42:59: new(int) escapes to heap:
./found3.go:42:59:   flow: {heap} = &{storage for new(int)}:
./found3.go:42:59:     from new(int) (spill) at ./found3.go:42:59
./found3.go:42:59:     from map[string]*int{...} (map literal value) at ./found3.go:42:50
./found3.go:43:39: new(int) escapes to heap:
./found3.go:43:39:   flow: {storage for ... argument} = &{storage for new(int)}:
./found3.go:43:39:     from new(int) (spill) at ./found3.go:43:39
./found3.go:43:39:     from new(int) (interface-converted) at ./found3.go:43:39
./found3.go:43:39:     from ... argument (slice-literal-element) at ./found3.go:43:13
./found3.go:43:39:   flow: {heap} = {storage for ... argument}:
./found3.go:43:39:     from ... argument (spill) at ./found3.go:43:13
./found3.go:43:39:     from fmt.Println(... argument...) (call parameter) at ./found3.go:43:13
./found3.go:43:18: make(map[string]int) escapes to heap:
./found3.go:43:18:   flow: {storage for ... argument} = &{storage for make(map[string]int)}:
./found3.go:43:18:     from make(map[string]int) (spill) at ./found3.go:43:18
./found3.go:43:18:     from make(map[string]int) (interface-converted) at ./found3.go:43:18
./found3.go:43:18:     from ... argument (slice-literal-element) at ./found3.go:43:13
./found3.go:43:18:   flow: {heap} = {storage for ... argument}:
./found3.go:43:18:     from ... argument (spill) at ./found3.go:43:13
./found3.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./found3.go:43:13
./found3.go:41:20: ([]*int)(nil) escapes to heap:
./found3.go:41:20:   flow: {storage for ... argument} = &{storage for ([]*int)(nil)}:
./found3.go:41:20:     from ([]*int)(nil) (spill) at ./found3.go:41:20
./found3.go:41:20:     from ... argument (slice-literal-element) at ./found3.go:41:13
./found3.go:41:20:   flow: {heap} = {storage for ... argument}:
./found3.go:41:20:     from ... argument (spill) at ./found3.go:41:13
./found3.go:41:20:     from fmt.Println(... argument...) (call parameter) at ./found3.go:41:13
./found3.go:40:7: t does not escape
./found3.go:41:13: ... argument does not escape
./found3.go:41:20: ([]*int)(nil) escapes to heap
./found3.go:42:16: make(map[string]int) does not escape
./found3.go:42:50: map[string]*int{...} does not escape
./found3.go:42:59: new(int) escapes to heap
./found3.go:43:13: ... argument does not escape
./found3.go:43:18: make(map[string]int) escapes to heap
./found3.go:43:39: new(int) escapes to heap
./found3.go:47:2: fmt.Sprint("b" + "a") escapes to heap:
./found3.go:47:2:   flow: {heap} = &{storage for fmt.Sprint("b" + "a")}:
./found3.go:47:2:     from fmt.Sprint("b" + "a") (spill) at ./found3.go:47:2
./found3.go:47:2:     from sink = fmt.Sprint("b" + "a") (assign) at ./found3.go:47:7
./found3.go:52:3: append([]int{...}, e11 + e11) escapes to heap:
./found3.go:52:3:   flow: {heap} = &{storage for append([]int{...}, e11 + e11)}:
./found3.go:52:3:     from append([]int{...}, e11 + e11) (spill) at ./found3.go:52:3
./found3.go:52:3:     from sink = append([]int{...}, e11 + e11) (assign) at ./found3.go:52:8
./found3.go:52:22: []int{...} escapes to heap:
./found3.go:52:22:   flow: {storage for append([]int{...}, e11 + e11)} = &{storage for []int{...}}:
./found3.go:52:22:     from []int{...} (spill) at ./found3.go:52:22
./found3.go:52:22:     from append([]int{...}, e11 + e11) (call parameter) at ./found3.go:52:16
./found3.go:52:22:     from append([]int{...}, e11 + e11) (interface-converted) at ./found3.go:52:3
./found3.go:54:45: "s" escapes to heap:
./found3.go:54:45:   flow: {storage for ... argument} = &{storage for "s"}:
./found3.go:54:45:     from "s" (spill) at ./found3.go:54:45
./found3.go:54:45:     from ... argument (slice-literal-element) at ./found3.go:54:44
./found3.go:54:45:   flow: {heap} = {storage for ... argument}:
./found3.go:54:45:     from ... argument (spill) at ./found3.go:54:44
./found3.go:54:45:     from fmt.Sprint(... argument...) (call parameter) at ./found3.go:54:44
./found3.go:54:44: fmt.Sprint(... argument...) escapes to heap:
./found3.go:54:44:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./found3.go:54:44:     from fmt.Sprint(... argument...) (spill) at ./found3.go:54:44
./found3.go:54:44:     from ... argument (slice-literal-element) at ./found3.go:54:33
./found3.go:54:44:   flow: {heap} = {storage for ... argument}:
./found3.go:54:44:     from ... argument (spill) at ./found3.go:54:33
./found3.go:54:44:     from fmt.Sprint(... argument...) (call parameter) at ./found3.go:54:33
./found3.go:47:24: "b" + "a" escapes to heap:
./found3.go:47:24:   flow: {storage for ... argument} = &{storage for "b" + "a"}:
./found3.go:47:24:     from "b" + "a" (spill) at ./found3.go:47:24
./found3.go:47:24:     from ... argument (slice-literal-element) at ./found3.go:47:19
./found3.go:47:24:   flow: {heap} = {storage for ... argument}:
./found3.go:47:24:     from ... argument (spill) at ./found3.go:47:19
./found3.go:47:24:     from fmt.Sprint(... argument...) (call parameter) at ./found3.go:47:19
./found3.go:46:9: parameter p0 leaks to ~r0 with derefs=0:
./found3.go:46:9:   flow: ~r0 = p0:
./found3.go:46:9:     from T{...} (struct literal element) at ./found3.go:54:10
./found3.go:46:9:     from return T{...}, len(fmt.Sprint(... argument...)) (return) at ./found3.go:54:2
./found3.go:46:9: leaking param: p0 to result ~r0 level=0
./found3.go:47:2: fmt.Sprint(... argument...) escapes to heap
./found3.go:47:19: ... argument does not escape
./found3.go:47:24: "b" + "a" escapes to heap
./found3.go:50:38: map[string]int{...} does not escape
./found3.go:52:3: append([]int{...}, e11 + e11) escapes to heap
./found3.go:52:22: []int{...} escapes to heap
./found3.go:54:33: ... argument does not escape
./found3.go:54:44: fmt.Sprint(... argument...) escapes to heap
./found3.go:54:44: ... argument does not escape
./found3.go:54:45: "s" escapes to heap
./found3.go:65:12: new(int) escapes to heap:
./found3.go:65:12:   flow: ~r0 = &{storage for new(int)}:
./found3.go:65:12:     from new(int) (spill) at ./found3.go:65:12
./found3.go:65:12:     from return new(int), T{} (return) at ./found3.go:65:2
./found3.go:58:9: &map[string]int{} does not escape
./found3.go:58:24: map[string]int{} does not escape
./found3.go:60:28: make(map[string]int) does not escape
./found3.go:65:12: new(int) escapes to heap
./found3.go:73:24: map[string]*int{...} escapes to heap:
./found3.go:73:24:   flow: {heap} = &{storage for map[string]*int{...}}:
./found3.go:73:24:     from map[string]*int{...} (spill) at ./found3.go:73:24
./found3.go:73:24:     from map[string]*int{...} (interface-converted) at ./found3.go:73:2
./found3.go:73:24:     from sink = map[string]*int{...} (assign) at ./found3.go:73:7
./found3.go:73:33: new(int) escapes to heap:
./found3.go:73:33:   flow: {heap} = &{storage for new(int)}:
./found3.go:73:33:     from new(int) (spill) at ./found3.go:73:33
./found3.go:73:33:     from map[string]*int{...} (map literal value) at ./found3.go:73:24
./found3.go:74:2: append(p1, 0) escapes to heap:
./found3.go:74:2:   flow: {heap} = &{storage for append(p1, 0)}:
./found3.go:74:2:     from append(p1, 0) (spill) at ./found3.go:74:2
./found3.go:74:2:     from sink = append(p1, 0) (assign) at ./found3.go:74:7
./found3.go:68:16: parameter p1 leaks to {storage for append(p1, 0)} with derefs=0:
./found3.go:68:16:   flow: {storage for append(p1, 0)} = p1:
./found3.go:68:16:     from append(p1, 0) (call parameter) at ./found3.go:74:15
./found3.go:68:16:     from append(p1, 0) (interface-converted) at ./found3.go:74:2
./found3.go:68:9: parameter p0 leaks to ~r0 with derefs=1:
./found3.go:68:9:   flow: ~r0 = *p0:
./found3.go:68:9:     from *p0 (indirection) at ./found3.go:75:9
./found3.go:68:9:     from return *p0 (return) at ./found3.go:75:2
./found3.go:68:9: leaking param: p0 to result ~r0 level=1
./found3.go:68:16: leaking param: p1
./found3.go:73:24: map[string]*int{...} escapes to heap
./found3.go:73:33: new(int) escapes to heap
./found3.go:74:2: append(p1, 0) escapes to heap
./found3.go:80:28: make([]int, 3) does not escape
