./found52.go:37:13: make(map[string]*int, 1) escapes to heap:
./found52.go:37:13:   flow: ~r0 = &{storage for make(map[string]*int, 1)}:
./found52.go:37:13:     from make(map[string]*int, 1) (spill) at ./found52.go:37:13
./found52.go:37:13:     from return make(map[string]*int, 1) (return) at ./found52.go:37:2
./found52.go:34:17: p1 does not escape
./found52.go:34:28: p2 does not escape
./found52.go:37:13: make(map[string]*int, 1) escapes to heap
./found52.go:54:2: append(append(make([]int, 3), 1), (&T{...}).a) escapes to heap:
./found52.go:54:2:   flow: {heap} = &{storage for append(append(make([]int, 3), 1), (&T{...}).a)}:
./found52.go:54:2:     from append(append(make([]int, 3), 1), (&T{...}).a) (spill) at ./found52.go:54:2
./found52.go:54:2:     from sink = append(append(make([]int, 3), 1), (&T{...}).a) (assign) at ./found52.go:54:7
./found52.go:54:27: make([]int, 3) escapes to heap:
./found52.go:54:27:   flow: {storage for append(append(make([]int, 3), 1), (&T{...}).a)} = &{storage for make([]int, 3)}:
./found52.go:54:27:     from make([]int, 3) (spill) at ./found52.go:54:27
./found52.go:54:27:     from append(make([]int, 3), 1) (call parameter) at ./found52.go:54:22
./found52.go:54:27:     from append(append(make([]int, 3), 1), (&T{...}).a) (call parameter) at ./found52.go:54:15
./found52.go:54:27:     from append(append(make([]int, 3), 1), (&T{...}).a) (interface-converted) at ./found52.go:54:2
./found52.go:48:2: f2 capturing by value: v10 (addr=false assign=false width=8)
./found52.go:48:12: new(int) escapes to heap:
./found52.go:48:12:   flow: v10 = &{storage for new(int)}:
./found52.go:48:12:     from new(int) (spill) at ./found52.go:48:12
./found52.go:48:12:     from v10 := new(int) (assign) at ./found52.go:48:6
./found52.go:48:12:   flow: {heap} = v10:
./found52.go:48:12:     from v10 (interface-converted) at ./found52.go:52:22
./found52.go:48:12:     from sink = v10 (assign) at ./found52.go:52:27
./found52.go:42:19: p0 escapes to heap:
./found52.go:42:19:   flow: {storage for ... argument} = &{storage for p0}:
./found52.go:42:19:     from p0 (spill) at ./found52.go:42:19
./found52.go:42:19:     from ... argument (slice-literal-element) at ./found52.go:42:19
./found52.go:42:19:   flow: {heap} = {storage for ... argument}:
./found52.go:42:19:     from ... argument (spill) at ./found52.go:42:19
./found52.go:42:19:     from fmt.Sprint(... argument...) (call parameter) at ./found52.go:42:19
./found52.go:40:9: parameter p0 leaks to {storage for p0} with derefs=0:
./found52.go:40:9:   flow: {storage for p0} = p0:
./found52.go:40:9:     from p0 (interface-converted) at ./found52.go:42:19
./found52.go:40:9: leaking param: p0
./found52.go:40:15: p1 does not escape
./found52.go:42:19: ... argument does not escape
./found52.go:42:19: p0 escapes to heap
./found52.go:47:13: new(T) does not escape
./found52.go:48:12: new(int) escapes to heap
./found52.go:50:9: &map[string]int{} does not escape
./found52.go:50:24: map[string]int{} does not escape
./found52.go:52:9: func literal does not escape
./found52.go:54:2: append(append(make([]int, 3), 1), (&T{...}).a) escapes to heap
./found52.go:54:27: make([]int, 3) escapes to heap
./found52.go:54:44: &T{...} does not escape
./found52.go:30:12: f0 capturing by value: .autotmp_7 (addr=false assign=false width=56)
./found52.go:30:16: f0 capturing by value: .autotmp_8 (addr=false assign=false width=8)
./found52.go:20:26: make([]int, T{}.a + ((1) + (1))) escapes to heap:
./found52.go:20:26:   flow: {heap} = &{storage for make([]int, T{}.a + ((1) + (1)))}:
./found52.go:20:26:     from make([]int, T{}.a + ((1) + (1))) (non-constant size) at ./found52.go:20:26
./found52.go:18:43: T{} escapes to heap:
./found52.go:18:43:   flow: {storage for ... argument} = &{storage for T{}}:
./found52.go:18:43:     from T{} (spill) at ./found52.go:18:43
./found52.go:18:43:     from ... argument (slice-literal-element) at ./found52.go:18:41
./found52.go:18:43:   flow: {heap} = {storage for ... argument}:
./found52.go:18:43:     from ... argument (spill) at ./found52.go:18:41
./found52.go:18:43:     from fmt.Sprint(... argument...) (call parameter) at ./found52.go:18:41
./found52.go:31:29: new(int) escapes to heap:
./found52.go:31:29:   flow: ~r1 = &{storage for new(int)}:
./found52.go:31:29:     from new(int) (spill) at ./found52.go:31:29
./found52.go:31:29:     from T{...} (struct literal element) at ./found52.go:31:16
./found52.go:31:29:     from T{...}.s (dot) at ./found52.go:31:36
./found52.go:31:29:     from return T{}, T{...}.s (return) at ./found52.go:31:2
./found52.go:18:29: string(([]byte)("ab")) + fmt.Sprint(... argument...) does not escape
./found52.go:18:14: string(([]byte)("ab")) does not escape
./found52.go:18:21: ([]byte)("ab") does not escape
./found52.go:18:41: ... argument does not escape
./found52.go:18:43: T{} escapes to heap
./found52.go:20:26: make([]int, T{}.a + ((1) + (1))) escapes to heap
./found52.go:24:25: v1 + v1 does not escape
./found52.go:27:12: new(T) does not escape
./found52.go:30:16: func literal does not escape
./found52.go:31:29: new(int) escapes to heap
./found52.go:60:42: T{}.a + len(v13) escapes to heap:
./found52.go:60:42:   flow: {storage for ... argument} = &{storage for T{}.a + len(v13)}:
./found52.go:60:42:     from T{}.a + len(v13) (spill) at ./found52.go:60:42
./found52.go:60:42:     from ... argument (slice-literal-element) at ./found52.go:60:13
./found52.go:60:42:   flow: {heap} = {storage for ... argument}:
./found52.go:60:42:     from ... argument (spill) at ./found52.go:60:13
./found52.go:60:42:     from fmt.Println(... argument...) (call parameter) at ./found52.go:60:13
./found52.go:60:26: ([]int)(nil)[1:] escapes to heap:
./found52.go:60:26:   flow: {storage for ... argument} = &{storage for ([]int)(nil)[1:]}:
./found52.go:60:26:     from ([]int)(nil)[1:] (spill) at ./found52.go:60:26
./found52.go:60:26:     from ... argument (slice-literal-element) at ./found52.go:60:13
./found52.go:60:26:   flow: {heap} = {storage for ... argument}:
./found52.go:60:26:     from ... argument (spill) at ./found52.go:60:13
./found52.go:60:26:     from fmt.Println(... argument...) (call parameter) at ./found52.go:60:13
./found52.go:58:23: map[string]int{...} escapes to heap:
./found52.go:58:23:   flow: v13 = &{storage for map[string]int{...}}:
./found52.go:58:23:     from map[string]int{...} (spill) at ./found52.go:58:23
./found52.go:58:23:     from v13 := map[string]int{...} (assign) at ./found52.go:58:6
./found52.go:58:23:   flow: ~r0 = v13:
./found52.go:58:23:     from T{...} (struct literal element) at ./found52.go:66:11
./found52.go:58:23:     from T{...}.m (dot) at ./found52.go:66:20
./found52.go:58:23:     from return T{...}.m, T{} (return) at ./found52.go:66:2
./found52.go:58:23: map[string]int{...} escapes to heap
./found52.go:60:13: ... argument does not escape
./found52.go:60:26: ([]int)(nil)[1:] escapes to heap
./found52.go:60:42: T{}.a + len(v13) escapes to heap
./found52.go:61:9: func literal does not escape
./found52.go:70:2: "xy" + fmt.Sprint(T{}) + "a" escapes to heap:
./found52.go:70:2:   flow: {heap} = &{storage for "xy" + fmt.Sprint(T{}) + "a"}:
./found52.go:70:2:     from "xy" + fmt.Sprint(T{}) + "a" (spill) at ./found52.go:70:2
./found52.go:70:2:     from sink = "xy" + fmt.Sprint(T{}) + "a" (assign) at ./found52.go:70:7
./found52.go:70:32: "xy" + fmt.Sprint(T{}) + "a" escapes to heap:
./found52.go:70:32:   flow: {storage for "xy" + fmt.Sprint(T{}) + "a"} = &{storage for "xy" + fmt.Sprint(T{}) + "a"}:
./found52.go:70:32:     from "xy" + fmt.Sprint(T{}) + "a" (spill) at ./found52.go:70:32
./found52.go:70:32:     from "xy" + fmt.Sprint(T{}) + "a" (interface-converted) at ./found52.go:70:2
./found52.go:80:14: new(T) escapes to heap:
./found52.go:80:14:   flow: {heap} = &{storage for new(T)}:
./found52.go:80:14:     from new(T) (spill) at ./found52.go:80:14
./found52.go:80:14:     from new(T) (interface-converted) at ./found52.go:80:4
./found52.go:80:14:     from sink = new(T) (assign) at ./found52.go:80:9
./found52.go:70:28: T{} escapes to heap:
./found52.go:70:28:   flow: {storage for ... argument} = &{storage for T{}}:
./found52.go:70:28:     from T{} (spill) at ./found52.go:70:28
./found52.go:70:28:     from ... argument (slice-literal-element) at ./found52.go:70:26
./found52.go:70:28:   flow: {heap} = {storage for ... argument}:
./found52.go:70:28:     from ... argument (spill) at ./found52.go:70:26
./found52.go:70:28:     from fmt.Sprint(... argument...) (call parameter) at ./found52.go:70:26
./found52.go:70:2: "xy" + fmt.Sprint(... argument...) + "a" escapes to heap
./found52.go:70:32: "xy" + fmt.Sprint(... argument...) + "a" escapes to heap
./found52.go:70:26: ... argument does not escape
./found52.go:70:28: T{} escapes to heap
./found52.go:78:31: []int{...} does not escape
./found52.go:80:14: new(T) escapes to heap
