/*
 * ops.h — the op set of minigo's SSA in one X-macro table, like gc's
 * opGen.go: every op once, with what the verifier, the printer, the
 * passes, escape analysis and the code generator need to know about it.
 *
 *   OP(Name, nargs, result, aux, flags, "comment")
 *
 * nargs   number of arguments; -1 = variadic.
 * result  the rule the verifier checks the value's type against (TR_*).
 * aux     what the aux fields hold (AUX_*), which also says how they print.
 * flags   F_MEM   the LAST argument is the memory state the op reads;
 *         F_SIDE  has an effect beyond its result (may panic, calls): never
 *                 deleted by dead-code elimination even when unused;
 *         F_ALLOC an allocation site for escape analysis (heap or stack is
 *                 decided there; `lower` assumes heap);
 *         F_RT    becomes a runtime call when lowered (the call's name is in
 *                 Value.rt, chosen at construction where it depends on the
 *                 types, e.g. runtime.mapassign_faststr).
 *
 * Arithmetic is generic over widths: the value's Go type (int8, uint32,
 * float64...) says the width, signedness and int/float, so `Add <int>` is
 * gc's Add64 and `Add <float64>` its Add64F. Comparisons look at their
 * arguments' type. Memory is threaded like gc's: InitMem, then every op that
 * writes memory yields the new state (type mem, or a tuple ending in mem
 * taken apart with SelectN), and every Ret/Exit control is a memory state.
 */

/* clang-format off */
#define SSA_OPS(OP)                                                                                          \
    OP(Invalid,        0, TR_ANY,    AUX_NONE,  0,                      "never valid (a deleted value)")          \
    /* entry, arguments, plumbing */                                                                          \
    OP(InitMem,        0, TR_MEM,    AUX_NONE,  0,                      "the memory state on entry")              \
    OP(Arg,            0, TR_ANY,    AUX_OBJ,   0,                      "incoming parameter {var} [index; a method's receiver is 0]") \
    OP(ClosureVar,     0, TR_ANY,    AUX_OBJ,   0,                      "captured {var} [slot] of the running closure: its address (by reference) or its value (by value)") \
    OP(Phi,           -1, TR_ANY,    AUX_NONE,  0,                      "one argument per predecessor, in predecessor order") \
    OP(Copy,           1, TR_ARG0,   AUX_NONE,  0,                      "its argument (removed by copyelim)")     \
    OP(SelectN,        1, TR_ANY,    AUX_INT,   0,                      "element [i] of a tuple (call results, then mem)") \
    OP(MakeResult,    -1, TR_TUPLE,  AUX_NONE,  0,                      "results then mem: the control of a Ret block") \
    /* constants */                                                                                           \
    OP(ConstInt,       0, TR_ANY,    AUX_INT,   0,                      "integer constant [value] (two's complement bits)") \
    OP(ConstFloat,     0, TR_ANY,    AUX_FLOAT, 0,                      "floating constant [value] (auxint holds float64 bits)") \
    OP(ConstBool,      0, TR_BOOL,   AUX_INT,   0,                      "[true] or [false]")                      \
    OP(ConstString,    0, TR_STRING, AUX_STR,   0,                      "string constant {\"text\"} (auxint: its length)") \
    OP(ConstNil,       0, TR_ANY,    AUX_NONE,  0,                      "nil pointer, slice, map, func or interface") \
    OP(ConstZero,      0, TR_ANY,    AUX_NONE,  0,                      "zero value of a struct or array type")   \
    /* variables and memory */                                                                                \
    OP(LocalAddr,      1, TR_PTR,    AUX_OBJ,   F_MEM | F_ALLOC,        "storage of {var} (none: a temporary), made where it is declared; mem") \
    OP(GlobalAddr,     0, TR_PTR,    AUX_OBJ,   0,                      "address of package-level variable {var}") \
    OP(FuncAddr,       0, TR_FUNC,   AUX_OBJ,   0,                      "declared function or method {f} as a func value") \
    OP(TypeAddr,       0, TR_PTR,    AUX_TYPE,  0,                      "type descriptor of {T} (added by lower)") \
    OP(Load,           2, TR_ANY,    AUX_NONE,  F_MEM,                  "*ptr; ptr mem")                          \
    OP(Store,          3, TR_MEM,    AUX_TYPE,  F_MEM,                  "*ptr = val of type {T}; ptr val mem")    \
    OP(Zero,           2, TR_MEM,    AUX_TYPE,  F_MEM,                  "*ptr = zero value of {T}; ptr mem")      \
    OP(MoveElems,      4, TR_MEM,    AUX_TYPE,  F_MEM,                  "memmove n elements of {T}; dst src n mem") \
    OP(NilCheck,       2, TR_VOID,   AUX_NONE,  F_MEM | F_SIDE,         "panics if ptr is nil; ptr mem")          \
    OP(FieldAddr,      1, TR_PTR,    AUX_INT,   0,                      "&p.f, field [index] of the struct p points to") \
    OP(IndexAddr,      2, TR_PTR,    AUX_NONE,  0,                      "&p[i] for p pointing to an array (checked before)") \
    OP(PtrIndex,       2, TR_PTR,    AUX_NONE,  0,                      "p + i*sizeof(*p) (slice and string elements)") \
    /* aggregates */                                                                                          \
    OP(StructMake,    -1, TR_ANY,    AUX_NONE,  0,                      "struct value from all its fields in order") \
    OP(StructField,    1, TR_ANY,    AUX_INT,   0,                      "field [index] of a struct value")        \
    OP(StringMake,     2, TR_STRING, AUX_NONE,  0,                      "string from ptr, len")                   \
    OP(StringPtr,      1, TR_PTR,    AUX_NONE,  0,                      "a string's data pointer")                \
    OP(StringLen,      1, TR_INT,    AUX_NONE,  0,                      "len(s)")                                 \
    OP(SliceMake,      3, TR_SLICE,  AUX_NONE,  0,                      "slice from ptr, len, cap")               \
    OP(SlicePtr,       1, TR_PTR,    AUX_NONE,  0,                      "a slice's data pointer")                 \
    OP(SliceLen,       1, TR_INT,    AUX_NONE,  0,                      "len(s)")                                 \
    OP(SliceCap,       1, TR_INT,    AUX_NONE,  0,                      "cap(s)")                                 \
    /* arithmetic: width and kind from the type */                                                           \
    OP(Neg,            1, TR_ARG0,   AUX_NONE,  0,                      "-x")                                     \
    OP(Com,            1, TR_ARG0,   AUX_NONE,  0,                      "^x")                                     \
    OP(Not,            1, TR_BOOL,   AUX_NONE,  0,                      "!x")                                     \
    OP(Add,            2, TR_ARG0,   AUX_NONE,  0,                      "x + y")                                  \
    OP(Sub,            2, TR_ARG0,   AUX_NONE,  0,                      "x - y")                                  \
    OP(Mul,            2, TR_ARG0,   AUX_NONE,  0,                      "x * y")                                  \
    OP(Div,            2, TR_ARG0,   AUX_NONE,  0,                      "x / y (y != 0 checked before)")          \
    OP(Mod,            2, TR_ARG0,   AUX_NONE,  0,                      "x % y (y != 0 checked before)")          \
    OP(And,            2, TR_ARG0,   AUX_NONE,  0,                      "x & y")                                  \
    OP(Or,             2, TR_ARG0,   AUX_NONE,  0,                      "x | y")                                  \
    OP(Xor,            2, TR_ARG0,   AUX_NONE,  0,                      "x ^ y")                                  \
    OP(AndNot,         2, TR_ARG0,   AUX_NONE,  0,                      "x &^ y")                                 \
    OP(Lsh,            2, TR_ARG0,   AUX_NONE,  0,                      "x << y (0 when y >= width; y >= 0 checked before)") \
    OP(Rsh,            2, TR_ARG0,   AUX_NONE,  0,                      "x >> y (arithmetic for signed x; saturating y)") \
    OP(Eq,             2, TR_BOOL,   AUX_NONE,  0,                      "x == y (any comparable type)")           \
    OP(Neq,            2, TR_BOOL,   AUX_NONE,  0,                      "x != y")                                 \
    OP(Less,           2, TR_BOOL,   AUX_NONE,  0,                      "x < y (numbers, strings)")               \
    OP(Leq,            2, TR_BOOL,   AUX_NONE,  0,                      "x <= y")                                 \
    OP(Convert,        1, TR_ANY,    AUX_NONE,  0,                      "numeric conversion between integer and float types") \
    OP(ConvNop,        1, TR_ANY,    AUX_NONE,  0,                      "same bits, another type (named types, *[N]T to *T)") \
    /* checks and panics */                                                                                   \
    OP(IsInBounds,     2, TR_BOOL,   AUX_NONE,  0,                      "0 <= idx < len")                         \
    OP(IsSliceInBounds,2, TR_BOOL,   AUX_NONE,  0,                      "0 <= idx <= len")                        \
    OP(PanicBounds,    3, TR_MEM,    AUX_INT,   F_MEM | F_SIDE | F_RT,  "runtime.panicIndex & co: [kind] x y mem; ends an Exit block") \
    /* interfaces */                                                                                          \
    OP(MakeIface,      1, TR_IFACE,  AUX_NONE,  F_ALLOC,                "box a concrete value in an interface (its type from the argument)") \
    OP(IfaceIs,        1, TR_BOOL,   AUX_TYPE,  0,                      "x's dynamic type is {T} (interface T: x is non-nil and implements T)") \
    OP(IfaceUnbox,     2, TR_ANY,    AUX_NONE,  F_MEM,                  "the value inside x, once IfaceIs holds; x mem") \
    /* allocation: escape analysis picks heap or stack; lower assumes heap */                                 \
    OP(New,            1, TR_PTR,    AUX_NONE,  F_MEM | F_ALLOC | F_RT, "new(T), &T{}, backing array of a slice literal or ... args; mem") \
    OP(MakeSlice,      3, TR_SLICE,  AUX_NONE,  F_MEM | F_ALLOC | F_RT, "make([]T, len, cap); len cap mem")      \
    OP(MakeMap,        2, TR_MAP,    AUX_RT,    F_MEM | F_ALLOC | F_RT, "make(map[K]V, hint): {runtime.makemap_small} [1] or {runtime.makemap}; hint mem") \
    OP(MakeClosure,   -1, TR_FUNC,   AUX_FUNC,  F_ALLOC,                "func literal {f.func1} and its captures (addresses or values)") \
    OP(MethodValue,    1, TR_FUNC,   AUX_OBJ,   F_ALLOC,                "x.m as a func value {method} bound to the receiver") \
    OP(GrowSlice,      3, TR_SLICE,  AUX_NONE,  F_MEM | F_ALLOC | F_RT, "append's growth: a copy with cap >= newlen; s newlen mem") \
    /* strings */                                                                                             \
    OP(StringConcat,  -1, TR_STRING, AUX_NONE,  F_MEM | F_ALLOC | F_RT, "a + b + ...; strings... mem")           \
    OP(StringFromBytes,2, TR_STRING, AUX_NONE,  F_MEM | F_ALLOC | F_RT, "string(b []byte); b mem")               \
    OP(StringFromRunes,2, TR_STRING, AUX_NONE,  F_MEM | F_ALLOC | F_RT, "string(r []rune); r mem")               \
    OP(StringFromInt,  2, TR_STRING, AUX_NONE,  F_MEM | F_ALLOC | F_RT, "string(rune(x)); x mem")                \
    OP(BytesFromString,2, TR_SLICE,  AUX_NONE,  F_MEM | F_ALLOC | F_RT, "[]byte(s); s mem")                      \
    OP(RunesFromString,2, TR_SLICE,  AUX_NONE,  F_MEM | F_ALLOC | F_RT, "[]rune(s); s mem")                      \
    OP(DecodeRune,     2, TR_TUPLE,  AUX_NONE,  F_RT,                   "<rune,int>: the rune at byte k of s and the next index; s k") \
    /* maps: Value.rt names gc's specialised entry point */                                                   \
    OP(MapAccess1,     3, TR_PTR,    AUX_RT,    F_MEM | F_RT,           "&m[k] or &zero; m k mem")                \
    OP(MapAccess2,     3, TR_TUPLE,  AUX_RT,    F_MEM | F_RT,           "<*V,bool>: m[k] with comma ok; m k mem") \
    OP(MapAssign,      3, TR_TUPLE,  AUX_RT,    F_MEM | F_SIDE | F_RT,  "<*V,mem>: the slot to store m[k] in; m k mem") \
    OP(MapDelete,      3, TR_MEM,    AUX_RT,    F_MEM | F_SIDE | F_RT,  "delete(m, k); m k mem")                  \
    OP(MapClear,       2, TR_MEM,    AUX_RT,    F_MEM | F_SIDE | F_RT,  "for k := range m { delete(m, k) }; m mem") \
    OP(MapIterInit,    3, TR_MEM,    AUX_RT,    F_MEM | F_SIDE | F_RT,  "start iterating m with iterator it; m it mem") \
    OP(MapIterNext,    2, TR_MEM,    AUX_RT,    F_MEM | F_SIDE | F_RT,  "advance it; it mem")                     \
    OP(MapIterKey,     2, TR_PTR,    AUX_NONE,  F_MEM,                  "it.key: the current key's address, nil at the end; it mem") \
    OP(MapIterElem,    2, TR_PTR,    AUX_NONE,  F_MEM,                  "it.elem: the current element's address; it mem") \
    OP(MapLen,         2, TR_INT,    AUX_NONE,  F_MEM,                  "len(m): 0 for nil, else hmap.count (inline); m mem") \
    /* calls */                                                                                               \
    OP(StaticCall,    -1, TR_CALL,   AUX_CALL,  F_MEM | F_SIDE,         "call {f} (function, method, fmt/strconv/os, runtime); args mem") \
    OP(ClosureCall,   -1, TR_CALL,   AUX_NONE,  F_MEM | F_SIDE,         "call the func value arg0; fn args mem")  \
    OP(IfaceCall,     -1, TR_CALL,   AUX_CALL,  F_MEM | F_SIDE,         "call method {m} of the dynamic type of interface arg0; x args mem") \
    OP(PureCall,      -1, TR_ANY,    AUX_CALL,  0,                      "call of a runtime function that reads no mutable memory (lowered compares)") \
    OP(Defer,         -1, TR_MEM,    AUX_CALL,  F_MEM | F_SIDE,         "queue {f}(args) (no aux: the func value arg0) to run at return; mem") \
    OP(Go,            -1, TR_MEM,    AUX_CALL,  F_MEM | F_SIDE,         "go {f}(args) (no aux: the func value arg0); mem")
/* clang-format on */
