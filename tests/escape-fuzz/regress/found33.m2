./found33.go:18:2: "a" + fmt.Sprint(t) escapes to heap:
./found33.go:18:2:   flow: {heap} = &{storage for "a" + fmt.Sprint(t)}:
./found33.go:18:2:     from "a" + fmt.Sprint(t) (spill) at ./found33.go:18:2
./found33.go:18:2:     from sink = "a" + fmt.Sprint(t) (assign) at ./found33.go:18:7
./found33.go:18:13: "a" + fmt.Sprint(t) escapes to heap:
./found33.go:18:13:   flow: {storage for "a" + fmt.Sprint(t)} = &{storage for "a" + fmt.Sprint(t)}:
./found33.go:18:13:     from "a" + fmt.Sprint(t) (spill) at ./found33.go:18:13
./found33.go:18:13:     from "a" + fmt.Sprint(t) (interface-converted) at ./found33.go:18:2
./found33.go:17:7: parameter t leaks to {heap} with derefs=1:
./found33.go:17:7:   flow: {heap} = *t:
./found33.go:17:7:     from t.s (dot of pointer) at ./found33.go:20:17
./found33.go:17:7:     from append(t.s, T{...}.a) (call parameter) at ./found33.go:20:15
./found33.go:17:7:     from t.s = append(t.s, T{...}.a) (assign) at ./found33.go:20:7
./found33.go:17:7: parameter t leaks to {heap} with derefs=0:
./found33.go:17:7:   flow: {storage for ... argument} = t:
./found33.go:17:7:     from t (interface-converted) at ./found33.go:18:25
./found33.go:17:7:     from ... argument (slice-literal-element) at ./found33.go:18:25
./found33.go:17:7:   flow: {heap} = {storage for ... argument}:
./found33.go:17:7:     from ... argument (spill) at ./found33.go:18:25
./found33.go:17:7:     from fmt.Sprint(... argument...) (call parameter) at ./found33.go:18:25
./found33.go:32:12: new(int) escapes to heap:
./found33.go:32:12:   flow: ~r0 = &{storage for new(int)}:
./found33.go:32:12:     from new(int) (spill) at ./found33.go:32:12
./found33.go:32:12:     from return new(int) (return) at ./found33.go:32:2
./found33.go:17:7: leaking param: t
./found33.go:17:16: a0 does not escape
./found33.go:18:2: "a" + fmt.Sprint(... argument...) escapes to heap
./found33.go:18:13: "a" + fmt.Sprint(... argument...) escapes to heap
./found33.go:18:25: ... argument does not escape
./found33.go:20:36: new(int) does not escape
./found33.go:23:12: new(int) does not escape
./found33.go:32:12: new(int) escapes to heap
./found33.go:38:26: map[string]*int{...} escapes to heap:
./found33.go:38:26:   flow: {heap} = &{storage for map[string]*int{...}}:
./found33.go:38:26:     from map[string]*int{...} (spill) at ./found33.go:38:26
./found33.go:38:26:     from map[string]*int{...} (interface-converted) at ./found33.go:38:4
./found33.go:38:26:     from sink = map[string]*int{...} (assign) at ./found33.go:38:9
./found33.go:38:35: new(int) escapes to heap:
./found33.go:38:35:   flow: {heap} = &{storage for new(int)}:
./found33.go:38:35:     from new(int) (spill) at ./found33.go:38:35
./found33.go:38:35:     from map[string]*int{...} (map literal value) at ./found33.go:38:26
./found33.go:42:9: func literal escapes to heap:
./found33.go:42:9:   flow: f7 = &{storage for func literal}:
./found33.go:42:9:     from func literal (spill) at ./found33.go:42:9
./found33.go:42:9:     from f7 := func literal (assign) at ./found33.go:42:6
./found33.go:42:9:   flow: {heap} = f7:
./found33.go:42:9:     from sinkf = f7 (assign) at ./found33.go:44:9
./found33.go:35:9: p0 does not escape
./found33.go:38:26: map[string]*int{...} escapes to heap
./found33.go:38:35: new(int) escapes to heap
./found33.go:39:26: new(int) does not escape
./found33.go:42:9: func literal escapes to heap
./found33.go:46:10: &T{...} does not escape
./found33.go:46:19: new(int) does not escape
./found33.go:50:13: make(map[string]*int, 1) escapes to heap:
./found33.go:50:13:   flow: {heap} = &{storage for make(map[string]*int, 1)}:
./found33.go:50:13:     from make(map[string]*int, 1) (spill) at ./found33.go:50:13
./found33.go:50:13:     from make(map[string]*int, 1) (interface-converted) at ./found33.go:50:2
./found33.go:50:13:     from sink = make(map[string]*int, 1) (assign) at ./found33.go:50:7
./found33.go:54:20: &map[string]int{} escapes to heap:
./found33.go:54:20:   flow: {storage for ... argument} = &{storage for &map[string]int{}}:
./found33.go:54:20:     from &map[string]int{} (spill) at ./found33.go:54:20
./found33.go:54:20:     from &map[string]int{} (interface-converted) at ./found33.go:54:20
./found33.go:54:20:     from ... argument (slice-literal-element) at ./found33.go:54:19
./found33.go:54:20:   flow: {heap} = {storage for ... argument}:
./found33.go:54:20:     from ... argument (spill) at ./found33.go:54:19
./found33.go:54:20:     from fmt.Sprint(... argument...) (call parameter) at ./found33.go:54:19
./found33.go:51:74: len((map[string]int)(nil)) escapes to heap:
./found33.go:51:74:   flow: {storage for ... argument} = &{storage for len((map[string]int)(nil))}:
./found33.go:51:74:     from len((map[string]int)(nil)) (spill) at ./found33.go:51:74
./found33.go:51:74:     from ... argument (slice-literal-element) at ./found33.go:51:13
./found33.go:51:74:   flow: {heap} = {storage for ... argument}:
./found33.go:51:74:     from ... argument (spill) at ./found33.go:51:13
./found33.go:51:74:     from fmt.Println(... argument...) (call parameter) at ./found33.go:51:13
./found33.go:51:65: append(([]int)(nil), 1)[1:][1:] escapes to heap:
./found33.go:51:65:   flow: {storage for ... argument} = &{storage for append(([]int)(nil), 1)[1:][1:]}:
./found33.go:51:65:     from append(([]int)(nil), 1)[1:][1:] (spill) at ./found33.go:51:65
./found33.go:51:65:     from ... argument (slice-literal-element) at ./found33.go:51:13
./found33.go:51:65:   flow: {heap} = {storage for ... argument}:
./found33.go:51:65:     from ... argument (spill) at ./found33.go:51:13
./found33.go:51:65:     from fmt.Println(... argument...) (call parameter) at ./found33.go:51:13
./found33.go:54:35: map[string]int{} escapes to heap:
./found33.go:54:35:   flow: {storage for &map[string]int{}} = &{storage for map[string]int{}}:
./found33.go:54:35:     from map[string]int{} (spill) at ./found33.go:54:35
./found33.go:54:44: make([]int, 3) escapes to heap:
./found33.go:54:44:   flow: ~r1 = &{storage for make([]int, 3)}:
./found33.go:54:44:     from make([]int, 3) (spill) at ./found33.go:54:44
./found33.go:54:44:     from return fmt.Sprint(... argument...), make([]int, 3) (return) at ./found33.go:54:2
./found33.go:49:9: p0 does not escape
./found33.go:50:13: make(map[string]*int, 1) escapes to heap
./found33.go:51:13: ... argument does not escape
./found33.go:51:65: append(([]int)(nil), 1)[1:][1:] escapes to heap
./found33.go:51:74: len((map[string]int)(nil)) escapes to heap
./found33.go:52:19: new(int) does not escape
./found33.go:52:27: &T{...} does not escape
./found33.go:52:36: new(int) does not escape
./found33.go:54:19: ... argument does not escape
./found33.go:54:20: &map[string]int{} escapes to heap
./found33.go:54:35: map[string]int{} escapes to heap
./found33.go:54:44: make([]int, 3) escapes to heap
./found33.go:58:11: new(int) escapes to heap:
./found33.go:58:11:   flow: v9 = &{storage for new(int)}:
./found33.go:58:11:     from new(int) (spill) at ./found33.go:58:11
./found33.go:58:11:     from v9 := new(int) (assign) at ./found33.go:58:5
./found33.go:58:11:   flow: {heap} = v9:
./found33.go:58:11:     from append(p1, v9) (call parameter) at ./found33.go:66:13
./found33.go:57:15: parameter p1 leaks to {heap} with derefs=1:
./found33.go:57:15:   flow: {temp} = p1:
./found33.go:57:15:     from append(p1, v9) (call parameter) at ./found33.go:66:13
./found33.go:57:15:   flow: {heap} = *{temp}:
./found33.go:57:15:     from append(p1, v9) (appendee slice) at ./found33.go:66:13
./found33.go:57:9: p0 does not escape
./found33.go:57:15: leaking param content: p1
./found33.go:57:26: p2 does not escape
./found33.go:58:11: new(int) escapes to heap
./found33.go:60:28: make(map[string]int) does not escape
./found33.go:62:29: make([]int, 3) does not escape
./found33.go:67:9: &map[string]int{} does not escape
./found33.go:67:24: map[string]int{} does not escape
./found33.go:76:6: main capturing by ref: k16 (addr=false assign=true width=8)
./found33.go:76:11: main capturing by ref: e17 (addr=false assign=true width=8)
./found33.go:73:78: T{...} escapes to heap:
./found33.go:73:78:   flow: {storage for ... argument} = &{storage for T{...}}:
./found33.go:73:78:     from T{...} (spill) at ./found33.go:73:78
./found33.go:73:78:     from ... argument (slice-literal-element) at ./found33.go:73:13
./found33.go:73:78:   flow: {heap} = {storage for ... argument}:
./found33.go:73:78:     from ... argument (spill) at ./found33.go:73:13
./found33.go:73:78:     from fmt.Println(... argument...) (call parameter) at ./found33.go:73:13
./found33.go:73:20: append(T{...}.s, 5) escapes to heap:
./found33.go:73:20:   flow: {storage for ... argument} = &{storage for append(T{...}.s, 5)}:
./found33.go:73:20:     from append(T{...}.s, 5) (spill) at ./found33.go:73:20
./found33.go:73:20:     from ... argument (slice-literal-element) at ./found33.go:73:13
./found33.go:73:20:   flow: {heap} = {storage for ... argument}:
./found33.go:73:20:     from ... argument (spill) at ./found33.go:73:13
./found33.go:73:20:     from fmt.Println(... argument...) (call parameter) at ./found33.go:73:13
./found33.go:72:14: 0 escapes to heap:
./found33.go:72:14:   flow: {storage for ... argument} = &{storage for 0}:
./found33.go:72:14:     from 0 (spill) at ./found33.go:72:14
./found33.go:72:14:     from ... argument (slice-literal-element) at ./found33.go:72:13
./found33.go:72:14:   flow: {heap} = {storage for ... argument}:
./found33.go:72:14:     from ... argument (spill) at ./found33.go:72:13
./found33.go:72:14:     from fmt.Println(... argument...) (call parameter) at ./found33.go:72:13
./found33.go:73:96: map[string]int{...} escapes to heap:
./found33.go:73:96:   flow: {storage for T{...}} = &{storage for map[string]int{...}}:
./found33.go:73:96:     from map[string]int{...} (spill) at ./found33.go:73:96
./found33.go:73:96:     from T{...} (struct literal element) at ./found33.go:73:78
./found33.go:73:96:     from T{...} (interface-converted) at ./found33.go:73:78
./found33.go:72:13: ... argument does not escape
./found33.go:72:14: 0 escapes to heap
./found33.go:73:13: ... argument does not escape
./found33.go:73:20: append(T{...}.s, 5) escapes to heap
./found33.go:73:78: T{...} escapes to heap
./found33.go:73:96: map[string]int{...} escapes to heap
./found33.go:74:15: []*int{} does not escape
./found33.go:78:18: func literal does not escape
