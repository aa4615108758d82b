./found8.go:30:15: new(int) escapes to heap:
./found8.go:30:15:   flow: {heap} = &{storage for new(int)}:
./found8.go:30:15:     from new(int) (spill) at ./found8.go:30:15
./found8.go:30:15:     from p0["b"] = new(int) (assign) at ./found8.go:30:10
./found8.go:29:9: f0 capturing by value: p0 (addr=false assign=false width=8)
./found8.go:41:24: T{...} escapes to heap:
./found8.go:41:24:   flow: {storage for ... argument} = &{storage for T{...}}:
./found8.go:41:24:     from T{...} (spill) at ./found8.go:41:24
./found8.go:41:24:     from ... argument (slice-literal-element) at ./found8.go:41:13
./found8.go:41:24:   flow: {heap} = {storage for ... argument}:
./found8.go:41:24:     from ... argument (spill) at ./found8.go:41:13
./found8.go:41:24:     from fmt.Println(... argument...) (call parameter) at ./found8.go:41:13
./found8.go:32:8: func literal escapes to heap:
./found8.go:32:8:   flow: f4 = &{storage for func literal}:
./found8.go:32:8:     from func literal (spill) at ./found8.go:32:8
./found8.go:32:8:     from f4 := func literal (assign) at ./found8.go:32:5
./found8.go:32:8:   flow: {heap} = f4:
./found8.go:32:8:     from sinkf = f4 (assign) at ./found8.go:40:8
./found8.go:31:52: make([]*int, 0, 4) escapes to heap:
./found8.go:31:52:   flow: {storage for ... argument} = &{storage for make([]*int, 0, 4)}:
./found8.go:31:52:     from make([]*int, 0, 4) (spill) at ./found8.go:31:52
./found8.go:31:52:     from ... argument (slice-literal-element) at ./found8.go:31:13
./found8.go:31:52:   flow: {heap} = {storage for ... argument}:
./found8.go:31:52:     from ... argument (spill) at ./found8.go:31:13
./found8.go:31:52:     from fmt.Println(... argument...) (call parameter) at ./found8.go:31:13
./found8.go:31:29: &map[string]int{} escapes to heap:
./found8.go:31:29:   flow: {storage for ... argument} = &{storage for &map[string]int{}}:
./found8.go:31:29:     from &map[string]int{} (spill) at ./found8.go:31:29
./found8.go:31:29:     from &map[string]int{} (interface-converted) at ./found8.go:31:29
./found8.go:31:29:     from ... argument (slice-literal-element) at ./found8.go:31:13
./found8.go:31:29:   flow: {heap} = {storage for ... argument}:
./found8.go:31:29:     from ... argument (spill) at ./found8.go:31:13
./found8.go:31:29:     from fmt.Println(... argument...) (call parameter) at ./found8.go:31:13
./found8.go:31:23: []int{}[1:] escapes to heap:
./found8.go:31:23:   flow: {storage for ... argument} = &{storage for []int{}[1:]}:
./found8.go:31:23:     from []int{}[1:] (spill) at ./found8.go:31:23
./found8.go:31:23:     from ... argument (slice-literal-element) at ./found8.go:31:13
./found8.go:31:23:   flow: {heap} = {storage for ... argument}:
./found8.go:31:23:     from ... argument (spill) at ./found8.go:31:13
./found8.go:31:23:     from fmt.Println(... argument...) (call parameter) at ./found8.go:31:13
./found8.go:29:9: parameter p0 leaks to {storage for func literal} with derefs=0:
./found8.go:29:9:   flow: {storage for func literal} = p0:
./found8.go:29:9:     from p0 (captured by a closure) at ./found8.go:33:13
./found8.go:31:52: make([]*int, 0, 4) escapes to heap:
./found8.go:31:52:   flow: {storage for make([]*int, 0, 4)} = &{storage for make([]*int, 0, 4)}:
./found8.go:31:52:     from make([]*int, 0, 4) (spill) at ./found8.go:31:52
./found8.go:31:52:     from make([]*int, 0, 4) (interface-converted) at ./found8.go:31:52
./found8.go:31:44: map[string]int{} escapes to heap:
./found8.go:31:44:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./found8.go:31:44:     from map[string]int{} (spill) at ./found8.go:31:44
./found8.go:31:20: []int{} escapes to heap:
./found8.go:31:20:   flow: {storage for []int{}[1:]} = &{storage for []int{}}:
./found8.go:31:20:     from []int{} (spill) at ./found8.go:31:20
./found8.go:31:20:     from []int{}[1:] (slice) at ./found8.go:31:23
./found8.go:31:20:     from []int{}[1:] (interface-converted) at ./found8.go:31:23
./found8.go:43:19: make(map[string]int) escapes to heap:
./found8.go:43:19:   flow: ~r0 = &{storage for make(map[string]int)}:
./found8.go:43:19:     from make(map[string]int) (spill) at ./found8.go:43:19
./found8.go:43:19:     from T{...} (struct literal element) at ./found8.go:43:11
./found8.go:43:19:     from T{...}.p (dot) at ./found8.go:43:37
./found8.go:43:19:     from return T{...}.p (return) at ./found8.go:43:2
./found8.go:29:9: leaking param: p0
./found8.go:29:29: p1 does not escape
./found8.go:30:15: new(int) escapes to heap
./found8.go:31:13: ... argument does not escape
./found8.go:31:23: []int{}[1:] escapes to heap
./found8.go:31:20: []int{} escapes to heap
./found8.go:31:29: &map[string]int{} escapes to heap
./found8.go:31:44: map[string]int{} escapes to heap
./found8.go:31:52: make([]*int, 0, 4) escapes to heap
./found8.go:31:52: make([]*int, 0, 4) escapes to heap
./found8.go:32:8: func literal escapes to heap
./found8.go:34:9: func literal does not escape
./found8.go:35:10: &map[string]int{} does not escape
./found8.go:35:25: map[string]int{} does not escape
./found8.go:41:13: ... argument does not escape
./found8.go:41:24: T{...} escapes to heap
./found8.go:43:19: make(map[string]int) escapes to heap
./found8.go:23:16: make(map[string]*int, 1) escapes to heap:
./found8.go:23:16:   flow: {heap} = &{storage for make(map[string]*int, 1)}:
./found8.go:23:16:     from make(map[string]*int, 1) (spill) at ./found8.go:23:16
./found8.go:23:16:     from f0(make(map[string]*int, 1), fmt.Sprint((*T)(nil))) (call parameter) at ./found8.go:23:11
./found8.go:26:23: map[string]int{...} escapes to heap:
./found8.go:26:23:   flow: ~r0 = &{storage for map[string]int{...}}:
./found8.go:26:23:     from map[string]int{...} (spill) at ./found8.go:26:23
./found8.go:26:23:     from return map[string]int{...} (return) at ./found8.go:26:2
./found8.go:17:7: t does not escape
./found8.go:17:15: a0 does not escape
./found8.go:21:8: func literal does not escape
./found8.go:23:16: make(map[string]*int, 1) escapes to heap
./found8.go:23:48: ... argument does not escape
./found8.go:26:23: map[string]int{...} escapes to heap
./found8.go:69:27: map[string]*int{...} escapes to heap:
./found8.go:69:27:   flow: {heap} = &{storage for map[string]*int{...}}:
./found8.go:69:27:     from map[string]*int{...} (spill) at ./found8.go:69:27
./found8.go:69:27:     from f0(map[string]*int{...}, "a" + "b") (call parameter) at ./found8.go:69:11
./found8.go:55:9: parameter p0 leaks to {heap} with derefs=0:
./found8.go:55:9:   flow: {heap} = p0:
./found8.go:55:9:     from f0(p0, string(([]byte)("s"))) (call parameter) at ./found8.go:63:13
./found8.go:55:9: leaking param: p0
./found8.go:56:12: make([]int, 1) does not escape
./found8.go:59:21: new(int) does not escape
./found8.go:63:24: string(([]byte)("s")) does not escape
./found8.go:63:31: ([]byte)("s") does not escape
./found8.go:69:27: map[string]*int{...} escapes to heap
./found8.go:49:36: new(int) escapes to heap:
./found8.go:49:36:   flow: {heap} = &{storage for new(int)}:
./found8.go:49:36:     from new(int) (spill) at ./found8.go:49:36
./found8.go:49:36:     from map[string]*int{...} (map literal value) at ./found8.go:49:27
./found8.go:49:3: func literal escapes to heap:
./found8.go:49:3:   flow: {heap} = &{storage for func literal}:
./found8.go:49:3:     from func literal (spill) at ./found8.go:49:3
./found8.go:49:27: f1 capturing by value: .autotmp_2 (addr=false assign=false width=8)
./found8.go:51:37: fmt.Sprint(... argument...) escapes to heap:
./found8.go:51:37:   flow: {storage for ... argument} = &{storage for fmt.Sprint(... argument...)}:
./found8.go:51:37:     from fmt.Sprint(... argument...) (spill) at ./found8.go:51:37
./found8.go:51:37:     from ... argument (slice-literal-element) at ./found8.go:51:13
./found8.go:51:37:   flow: {heap} = {storage for ... argument}:
./found8.go:51:37:     from ... argument (spill) at ./found8.go:51:13
./found8.go:51:37:     from fmt.Println(... argument...) (call parameter) at ./found8.go:51:13
./found8.go:51:24: 8 escapes to heap:
./found8.go:51:24:   flow: {storage for ... argument} = &{storage for 8}:
./found8.go:51:24:     from 8 (spill) at ./found8.go:51:24
./found8.go:51:24:     from ... argument (slice-literal-element) at ./found8.go:51:13
./found8.go:51:24:   flow: {heap} = {storage for ... argument}:
./found8.go:51:24:     from ... argument (spill) at ./found8.go:51:13
./found8.go:51:24:     from fmt.Println(... argument...) (call parameter) at ./found8.go:51:13
./found8.go:51:20: []*int{} escapes to heap:
./found8.go:51:20:   flow: {storage for ... argument} = &{storage for []*int{}}:
./found8.go:51:20:     from []*int{} (spill) at ./found8.go:51:20
./found8.go:51:20:     from ... argument (slice-literal-element) at ./found8.go:51:13
./found8.go:51:20:   flow: {heap} = {storage for ... argument}:
./found8.go:51:20:     from ... argument (spill) at ./found8.go:51:13
./found8.go:51:20:     from fmt.Println(... argument...) (call parameter) at ./found8.go:51:13
./found8.go:49:27: map[string]*int{...} escapes to heap:
./found8.go:49:27:   flow: .autotmp_2 = &{storage for map[string]*int{...}}:
./found8.go:49:27:     from map[string]*int{...} (spill) at ./found8.go:49:27
./found8.go:49:27:     from .autotmp_2 = map[string]*int{...} (assign) at ./found8.go:49:27
./found8.go:49:27:   flow: {heap} = .autotmp_2:
./found8.go:49:27:     from f2(.autotmp_2) (call parameter) at ./found8.go:49:11
./found8.go:51:20: []*int{} escapes to heap:
./found8.go:51:20:   flow: {storage for []*int{}} = &{storage for []*int{}}:
./found8.go:51:20:     from []*int{} (spill) at ./found8.go:51:20
./found8.go:51:20:     from []*int{} (interface-converted) at ./found8.go:51:20
./found8.go:49:27: map[string]*int{...} escapes to heap
./found8.go:49:36: new(int) escapes to heap
./found8.go:51:13: ... argument does not escape
./found8.go:51:20: []*int{} escapes to heap
./found8.go:51:20: []*int{} escapes to heap
./found8.go:51:24: 8 escapes to heap
./found8.go:51:37: fmt.Sprint(... argument...) escapes to heap
./found8.go:51:37: ... argument does not escape
./found8.go:78:2: string(([]byte)("ab")) escapes to heap:
./found8.go:78:2:   flow: {heap} = &{storage for string(([]byte)("ab"))}:
./found8.go:78:2:     from string(([]byte)("ab")) (spill) at ./found8.go:78:2
./found8.go:78:2:     from sink = string(([]byte)("ab")) (assign) at ./found8.go:78:7
./found8.go:78:15: string(([]byte)("ab")) escapes to heap:
./found8.go:78:15:   flow: {storage for string(([]byte)("ab"))} = &{storage for string(([]byte)("ab"))}:
./found8.go:78:15:     from string(([]byte)("ab")) (spill) at ./found8.go:78:15
./found8.go:78:15:     from string(([]byte)("ab")) (interface-converted) at ./found8.go:78:2
./found8.go:81:20: string(([]byte)("s")) escapes to heap:
./found8.go:81:20:   flow: {storage for ... argument} = &{storage for string(([]byte)("s"))}:
./found8.go:81:20:     from string(([]byte)("s")) (spill) at ./found8.go:81:20
./found8.go:81:20:     from ... argument (slice-literal-element) at ./found8.go:81:13
./found8.go:81:20:   flow: {heap} = {storage for ... argument}:
./found8.go:81:20:     from ... argument (spill) at ./found8.go:81:13
./found8.go:81:20:     from fmt.Println(... argument...) (call parameter) at ./found8.go:81:13
./found8.go:81:20: string(([]byte)("s")) escapes to heap:
./found8.go:81:20:   flow: {storage for string(([]byte)("s"))} = &{storage for string(([]byte)("s"))}:
./found8.go:81:20:     from string(([]byte)("s")) (spill) at ./found8.go:81:20
./found8.go:81:20:     from string(([]byte)("s")) (interface-converted) at ./found8.go:81:20
./found8.go:78:2: string(([]byte)("ab")) escapes to heap
./found8.go:78:15: string(([]byte)("ab")) escapes to heap
./found8.go:78:22: ([]byte)("ab") does not escape
./found8.go:79:13: make([]*int, 0, 4) does not escape
./found8.go:81:13: ... argument does not escape
./found8.go:81:20: string(([]byte)("s")) escapes to heap
./found8.go:81:20: string(([]byte)("s")) escapes to heap
./found8.go:81:27: ([]byte)("s") does not escape
