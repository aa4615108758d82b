./found40.go:64:9: &map[string]int{} escapes to heap:
./found40.go:64:9:   flow: {heap} = &{storage for &map[string]int{}}:
./found40.go:64:9:     from &map[string]int{} (spill) at ./found40.go:64:9
./found40.go:64:9:     from &map[string]int{} (interface-converted) at ./found40.go:64:2
./found40.go:64:9:     from sink = &map[string]int{} (assign) at ./found40.go:64:7
./found40.go:64:24: map[string]int{} escapes to heap:
./found40.go:64:24:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./found40.go:64:24:     from map[string]int{} (spill) at ./found40.go:64:24
./found40.go:82:2: v18 escapes to heap:
./found40.go:82:2:   flow: {heap} = &v18:
./found40.go:82:2:     from &v18 (address-of) at ./found40.go:87:45
./found40.go:82:2:     from append(([]*int)(nil), &v18) (call parameter) at ./found40.go:87:31
./found40.go:87:13: make([]int, 3) escapes to heap:
./found40.go:87:13:   flow: ~r0 = &{storage for make([]int, 3)}:
./found40.go:87:13:     from make([]int, 3) (spill) at ./found40.go:87:13
./found40.go:87:13:     from return make([]int, 3), append(([]*int)(nil), &v18) (return) at ./found40.go:87:2
./found40.go:72:12: new(int) escapes to heap:
./found40.go:72:12:   flow: ~r0 = &{storage for new(int)}:
./found40.go:72:12:     from new(int) (spill) at ./found40.go:72:12
./found40.go:72:12:     from return new(int) (return) at ./found40.go:72:2
./found40.go:63:9: p0 does not escape
./found40.go:75:9: p0 does not escape
./found40.go:82:2: moved to heap: v18
./found40.go:64:9: &map[string]int{} escapes to heap
./found40.go:64:24: map[string]int{} escapes to heap
./found40.go:65:28: make(map[string]*int, 1) does not escape
./found40.go:70:17: &map[string]int{} does not escape
./found40.go:70:32: map[string]int{} does not escape
./found40.go:72:12: new(int) escapes to heap
./found40.go:79:13: new(T) does not escape
./found40.go:87:13: make([]int, 3) escapes to heap
./found40.go:17:7: T.M0 capturing by ref: t (addr=true assign=false width=56)
./found40.go:18:2: T.M0 capturing by ref: v1 (addr=false assign=true width=8)
./found40.go:25:17: new(T) escapes to heap:
./found40.go:25:17:   flow: {storage for ... argument} = &{storage for new(T)}:
./found40.go:25:17:     from new(T) (spill) at ./found40.go:25:17
./found40.go:25:17:     from new(T) (interface-converted) at ./found40.go:25:17
./found40.go:25:17:     from ... argument (slice-literal-element) at ./found40.go:25:13
./found40.go:25:17:   flow: {heap} = {storage for ... argument}:
./found40.go:25:17:     from ... argument (spill) at ./found40.go:25:13
./found40.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./found40.go:25:13
./found40.go:17:7: parameter t leaks to {heap} with derefs=0:
./found40.go:17:7:   flow: {storage for ... argument} = &t:
./found40.go:17:7:     from &t (address-of) at ./found40.go:21:37
./found40.go:17:7:     from &t (interface-converted) at ./found40.go:21:37
./found40.go:17:7:     from ... argument (slice-literal-element) at ./found40.go:21:14
./found40.go:17:7:   flow: {heap} = {storage for ... argument}:
./found40.go:17:7:     from ... argument (spill) at ./found40.go:21:14
./found40.go:17:7:     from fmt.Println(... argument...) (call parameter) at ./found40.go:21:14
./found40.go:17:7: t escapes to heap:
./found40.go:17:7:   flow: {storage for ... argument} = &t:
./found40.go:17:7:     from &t (address-of) at ./found40.go:21:37
./found40.go:17:7:     from &t (interface-converted) at ./found40.go:21:37
./found40.go:17:7:     from ... argument (slice-literal-element) at ./found40.go:21:14
./found40.go:17:7:   flow: {heap} = {storage for ... argument}:
./found40.go:17:7:     from ... argument (spill) at ./found40.go:21:14
./found40.go:17:7:     from fmt.Println(... argument...) (call parameter) at ./found40.go:21:14
./found40.go:17:15: a0 does not escape
./found40.go:17:7: moved to heap: t
./found40.go:18:28: map[string]int{...} does not escape
./found40.go:20:8: func literal does not escape
./found40.go:21:14: ... argument does not escape
./found40.go:25:13: ... argument does not escape
./found40.go:25:17: new(T) escapes to heap
./found40.go:26:17: ([]*int)(nil) does not escape
./found40.go:31:9: &map[string]int{} escapes to heap:
./found40.go:31:9:   flow: {heap} = &{storage for &map[string]int{}}:
./found40.go:31:9:     from &map[string]int{} (spill) at ./found40.go:31:9
./found40.go:31:9:     from &map[string]int{} (interface-converted) at ./found40.go:31:2
./found40.go:31:9:     from sink = &map[string]int{} (assign) at ./found40.go:31:7
./found40.go:31:24: map[string]int{} escapes to heap:
./found40.go:31:24:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./found40.go:31:24:     from map[string]int{} (spill) at ./found40.go:31:24
./found40.go:37:9: v5 escapes to heap:
./found40.go:37:9:   flow: ~r0 = &{storage for v5}:
./found40.go:37:9:     from v5 (spill) at ./found40.go:37:9
./found40.go:37:9:     from return v5 (return) at ./found40.go:37:2
./found40.go:31:9: &map[string]int{} escapes to heap
./found40.go:31:24: map[string]int{} escapes to heap
./found40.go:32:11: &map[string]int{} does not escape
./found40.go:32:26: map[string]int{} does not escape
./found40.go:37:9: v5 escapes to heap
./found40.go:48:17: f2 capturing by value: p1 (addr=false assign=false width=8)
./found40.go:59:18: make(map[string]*int, 1) escapes to heap:
./found40.go:59:18:   flow: {storage for ... argument} = &{storage for make(map[string]*int, 1)}:
./found40.go:59:18:     from make(map[string]*int, 1) (spill) at ./found40.go:59:18
./found40.go:59:18:     from make(map[string]*int, 1) (interface-converted) at ./found40.go:59:18
./found40.go:59:18:     from ... argument (slice-literal-element) at ./found40.go:59:13
./found40.go:59:18:   flow: {heap} = {storage for ... argument}:
./found40.go:59:18:     from ... argument (spill) at ./found40.go:59:13
./found40.go:59:18:     from fmt.Println(... argument...) (call parameter) at ./found40.go:59:13
./found40.go:48:17: parameter p1 leaks to {heap} with derefs=1:
./found40.go:48:17:   flow: {heap} = *p1:
./found40.go:48:17:     from p1 (indirection) at ./found40.go:53:6
./found40.go:48:17:     from T.M0(p1, "s") (call parameter) at ./found40.go:53:9
./found40.go:50:16: new(int) escapes to heap:
./found40.go:50:16:   flow: {storage for &T{...}} = &{storage for new(int)}:
./found40.go:50:16:     from new(int) (spill) at ./found40.go:50:16
./found40.go:50:16:     from T{...} (struct literal element) at ./found40.go:50:9
./found40.go:50:16:   flow: p1 = &{storage for &T{...}}:
./found40.go:50:16:     from &T{...} (spill) at ./found40.go:50:7
./found40.go:50:16:     from p1 = &T{...} (assign) at ./found40.go:50:5
./found40.go:50:16:   flow: {heap} = *p1:
./found40.go:50:16:     from p1 (indirection) at ./found40.go:53:6
./found40.go:50:16:     from T.M0(p1, "s") (call parameter) at ./found40.go:53:9
./found40.go:49:19: "xy" + string(([]byte)("ab")) escapes to heap:
./found40.go:49:19:   flow: {storage for ... argument} = &{storage for "xy" + string(([]byte)("ab"))}:
./found40.go:49:19:     from "xy" + string(([]byte)("ab")) (spill) at ./found40.go:49:19
./found40.go:49:19:     from ... argument (slice-literal-element) at ./found40.go:49:13
./found40.go:49:19:   flow: {heap} = {storage for ... argument}:
./found40.go:49:19:     from ... argument (spill) at ./found40.go:49:13
./found40.go:49:19:     from fmt.Println(... argument...) (call parameter) at ./found40.go:49:13
./found40.go:49:19: "xy" + string(([]byte)("ab")) escapes to heap:
./found40.go:49:19:   flow: {storage for "xy" + string(([]byte)("ab"))} = &{storage for "xy" + string(([]byte)("ab"))}:
./found40.go:49:19:     from "xy" + string(([]byte)("ab")) (spill) at ./found40.go:49:19
./found40.go:49:19:     from "xy" + string(([]byte)("ab")) (interface-converted) at ./found40.go:49:19
./found40.go:60:12: new(int) escapes to heap:
./found40.go:60:12:   flow: ~r0 = &{storage for new(int)}:
./found40.go:60:12:     from new(int) (spill) at ./found40.go:60:12
./found40.go:60:12:     from return new(int) (return) at ./found40.go:60:2
./found40.go:48:17: leaking param content: p1
./found40.go:48:24: p2 does not escape
./found40.go:49:13: ... argument does not escape
./found40.go:49:19: "xy" + string(([]byte)("ab")) escapes to heap
./found40.go:49:19: "xy" + string(([]byte)("ab")) escapes to heap
./found40.go:49:27: string(([]byte)("ab")) does not escape
./found40.go:49:34: ([]byte)("ab") does not escape
./found40.go:50:7: &T{...} does not escape
./found40.go:50:16: new(int) escapes to heap
./found40.go:52:9: func literal does not escape
./found40.go:57:24: new(int) does not escape
./found40.go:59:13: ... argument does not escape
./found40.go:59:18: make(map[string]*int, 1) escapes to heap
./found40.go:60:12: new(int) escapes to heap
./found40.go:45:10: T{} escapes to heap:
./found40.go:45:10:   flow: ~r0 = &{storage for T{}}:
./found40.go:45:10:     from T{} (spill) at ./found40.go:45:10
./found40.go:45:10:     from return T{} (return) at ./found40.go:45:2
./found40.go:40:9: p0 does not escape
./found40.go:41:17: new(T) does not escape
./found40.go:41:33: new(int) does not escape
./found40.go:41:43: new(int) does not escape
./found40.go:43:12: "a" + p0 does not escape
./found40.go:45:10: T{} escapes to heap
./found40.go:91:28: make(map[string]*int, 1) does not escape
./found40.go:96:13: make(map[string]*int, 1) does not escape
