/*
 * rt_cases.c — the C side of tests/runtime/go/rt_cases.go: print/println,
 * strings, append growth, runtime panics, panic values, defer/recover.
 * Each case does in C what the code generator will emit for the Go case of
 * the same name (defers through GoFrame + setjmp, runtime checks through
 * the panic entry points), so run.py can compare stdout, stderr (through
 * the "goroutine 1 [running]:" line) and exit status with gc's.
 *
 * usage: rt_cases CASE   (C-only cases: concurrent-write, stack-overflow)
 */
#include "testutil.h"

#include <math.h>

#define PTR_KIND (GO_POINTER | GO_KIND_DIRECT_IFACE)
static const GoType t_int = {.size = 8, .kind = GO_INT, .align = 8, .tflag = GO_TFLAG_REGULAR_MEMORY, .name = GOSTR("int")};
static const GoField f_T[] = {{GOSTR("X"), &t_int, 0, 0, 1}, {GOSTR("s"), &go_type_string, 8, 0, 0}};
static const GoType t_T = {.size = 24, .ptrdata = 16, .kind = GO_STRUCT, .align = 8, .tflag = GO_TFLAG_NAMED, .name = GOSTR("main.T"), .fields = f_T, .nfields = 2};
static const GoType t_S = {.size = 16, .ptrdata = 8, .kind = GO_STRING, .align = 8, .tflag = GO_TFLAG_NAMED, .name = GOSTR("main.S")};
static const GoType t_Celsius = {.size = 8, .kind = GO_FLOAT64, .align = 8, .tflag = GO_TFLAG_NAMED, .name = GOSTR("main.Celsius")};
static GoString Str_String(void *recv)
{
    GoEface a = box(&t_int, recv);
    return fmt_Sprintf(GOSTR("Str<%d>"), &a, 1);
}
static const GoType t_Str = {.size = 8, .kind = GO_INT, .align = 8, .tflag = GO_TFLAG_NAMED, .name = GOSTR("main.Str"), .string_method = Str_String};
static GoString Err_Error(void *recv)
{
    GoEface a = box(&t_int, recv);
    return fmt_Sprintf(GOSTR("err %d"), &a, 1);
}
static const GoField f_Err[] = {{GOSTR("code"), &t_int, 0, 0, 0}};
static const GoType t_Err = {.size = 8, .kind = GO_STRUCT, .align = 8, .tflag = GO_TFLAG_NAMED, .name = GOSTR("main.Err"), .fields = f_Err, .nfields = 1, .error_method = Err_Error};
static const GoType t_slice_int = {.size = 24, .ptrdata = 8, .kind = GO_SLICE, .align = 8, .name = GOSTR("[]int"), .elem = &t_int};
static const GoType t_slice_byte = {.size = 24, .ptrdata = 8, .kind = GO_SLICE, .align = 8, .name = GOSTR("[]uint8"), .elem = &go_type_uint8};
static const GoType t_slice_rune = {.size = 24, .ptrdata = 8, .kind = GO_SLICE, .align = 8, .name = GOSTR("[]int32"), .elem = &go_type_int32};
static const GoType t_slice_string = {.size = 24, .ptrdata = 8, .kind = GO_SLICE, .align = 8, .name = GOSTR("[]string"), .elem = &go_type_string};
static const GoType t_E = {.size = 24, .kind = GO_STRUCT, .align = 8, .tflag = GO_TFLAG_NAMED, .name = GOSTR("main.E")};

static volatile int64_t sink;

static GoEface I(int64_t v) { return box(&t_int, &v); }
static GoEface S(GoString s) { return box(&go_type_string, &s); }
static GoEface B(bool v) { return box(&go_type_bool, &v); }
static GoEface Sl(const GoType *t, GoSlice s) { return box(t, &s); }
#define PRINTLN(...)                                                 \
    do {                                                             \
        GoEface args_[] = {__VA_ARGS__};                             \
        fmt_Println(args_, sizeof args_ / sizeof args_[0]);           \
    } while (0)
#define PRINT(...)                                                   \
    do {                                                             \
        GoEface args_[] = {__VA_ARGS__};                             \
        fmt_Print(args_, sizeof args_ / sizeof args_[0]);             \
    } while (0)

_Noreturn static void panic_str(const char *s)
{
    GoString *p = newobject(sizeof *p);
    *p = cstr(s);
    gopanic((GoEface){&go_type_string, p});
}

/* ---- print -------------------------------------------------------------- */

static void case_print(void)
{
    printlock();
    printint(1), printsp(), printint(-2), printsp(), printint(-3), printsp(), printuint(UINT64_MAX), printsp();
    printbool(true), printsp(), printbool(false), printsp(), printstring(GOSTR("str")), printsp(), printint('x');
    printnl();
    printunlock();
    double fs[] = {1.5, -2.0, 1e300, 0.0, -0.0, 1.25, 1e-300, 123456789.0, 0.1};
    printlock();
    for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) {
        if (i) printsp();
        printfloat(fs[i]);
    }
    printnl();
    printunlock();
    double gs[] = {INFINITY, -INFINITY, NAN, 9.999999e9, 5e-324, 1.7976931348623157e308};
    printlock();
    for (size_t i = 0; i < sizeof gs / sizeof gs[0]; i++) {
        if (i) printsp();
        printfloat(gs[i]);
    }
    printnl();
    printunlock();
    printlock();
    printpointer(NULL), printsp(), printeface((GoEface){0}), printsp(), printbool(true), printnl();
    printunlock();
    printlock();
    printstring(GOSTR("no")), printstring(GOSTR("spaces")), printint(1), printint(2), printstring(GOSTR("\n"));
    printunlock();
    printlock();
    printnl();
    printunlock();
}

/* ---- strings ------------------------------------------------------------- */

static void case_strings(void)
{
    GoString a = GOSTR("foo"), b = GOSTR("bar"), c = GOSTR("");
    GoString parts[] = {a, b, c, a};
    GoString s = concatstrings(4, parts);
    PRINTLN(S(s), I(s.len), B(cmpstring(a, b) < 0), B(cmpstring(a, b) > 0), B(strequal_val(a, GOSTR("foo"))),
            B(strequal_val(concatstring2(b, c), b)), B(cmpstring(GOSTR("ab"), GOSTR("abc")) < 0),
            B(cmpstring(GOSTR(""), GOSTR("a")) < 0));
    GoSlice bs;
    stringtoslicebyte(&bs, s);
    PRINTLN(Sl(&t_slice_byte, bs), I(bs.len), I(bs.cap));
    GoSlice rs;
    stringtoslicerune(&rs, GOSTR("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\xff!"));
    PRINTLN(Sl(&t_slice_rune, rs), I(rs.len), I(rs.cap), S(slicerunetostring(rs.ptr, rs.len)));
    PRINTLN(S(slicebytetostring((uint8_t *)bs.ptr + 1, 3)), S(intstring(65)), S(intstring(0x4e16)), S(intstring(-1)),
            S(intstring(0xD800)), S(intstring(0x110000)));
    GoString r = GOSTR("a\xc3\xa9\xe4\xb8\x96\xff\xe4\xb8z");
    for (int64_t i = 0; i < r.len;) {
        DecodeRune d = decoderune(r, i);
        PRINT(I(i), S(GOSTR(":")), box(&go_type_int32, &(int32_t){(int32_t)d.rune}), S(GOSTR(" ")));
        i = d.pos;
    }
    PRINTLN();
    PRINTLN(S(strconv_Itoa(0)), S(strconv_Itoa(-123)), S(strconv_Itoa(INT64_MAX)), S(strconv_Itoa(INT64_MIN)));
}

/* ---- slices: append as codegen emits it ---------------------------------- */

static void append_one(const GoType *et, GoSlice *s, const void *v)
{
    if (s->len + 1 > s->cap) growslice(et, s, s->len + 1);
    memcpy((char *)s->ptr + s->len * (int64_t)et->size, v, et->size);
    s->len++;
}

static void append_n(const GoType *et, GoSlice *s, const void *v, int64_t n)
{
    if (s->len + n > s->cap) growslice(et, s, s->len + n);
    memcpy((char *)s->ptr + s->len * (int64_t)et->size, v, (size_t)n * et->size);
    s->len += n;
}

static void growth_series(const GoType *et, int64_t n)
{
    GoSlice s = {0};
    uint8_t zero[64] = {0};
    for (int64_t i = 0; i < n; i++) {
        int64_t old = s.cap;
        append_one(et, &s, zero);
        if (s.cap != old) PRINT(I(s.cap), S(GOSTR(" ")));
    }
    PRINTLN();
}

static void case_slices(void)
{
    growth_series(&t_int, 2000);
    growth_series(&go_type_uint8, 5000);
    growth_series(&t_E, 1000);
    int64_t a[] = {1, 2, 3}, more[] = {4, 5, 6, 7};
    GoSlice x = {newobject(24), 3, 3};
    memcpy(x.ptr, a, 24);
    append_n(&t_int, &x, more, 4);
    PRINTLN(I(x.len), I(x.cap));
    GoSlice y = {makeslice(&t_int, 5, 5), 5, 5};
    int64_t *z20 = makeslice(&t_int, 20, 20);
    append_n(&t_int, &y, z20, 20);
    PRINTLN(I(y.len), I(y.cap));
    GoString sa[] = {GOSTR("a")}, sbc[] = {GOSTR("b"), GOSTR("c")};
    GoSlice z = {newobject(16), 1, 1};
    memcpy(z.ptr, sa, 16);
    append_n(&go_type_string, &z, sbc, 2);
    PRINTLN(I(z.len), I(z.cap));
    GoSlice w = {makeslice(&t_int, 3, 10), 3, 10};
    int64_t src[] = {9, 8, 7, 6};
    int64_t n = slicecopy(w.ptr, w.len, src, 4, 8);
    PRINTLN(I(w.len), I(w.cap), I(n), Sl(&t_slice_int, w));
}

/* ---- defer/recover cases ---------------------------------------------------- */

typedef struct Closure {
    GoString msg;
    int64_t *result; /* named result slot, when the closure sets one */
    GoString *sresult;
} Closure;

static void print_msg(void *c) { PRINTLN(S(((Closure *)c)->msg)); }

static void repanic_fn(void *c)
{
    (void)c;
    gorecover(NULL, (void *)repanic_fn);
    panic_str("second");
}

static void nested_fn(void *c)
{
    (void)c;
    panic_str("second");
}

static void recover_print(void *c)
{
    (void)c;
    GoEface r = gorecover(NULL, (void *)recover_print);
    PRINTLN(S(GOSTR("recovered:")), r);
}

static void recover_printf(void *c)
{
    (void)c;
    GoEface r = gorecover(NULL, (void *)recover_printf);
    GoEface args[] = {r, r};
    fmt_Printf(GOSTR("%v | %T\n"), args, 2);
}

static void rr_divide(void) { panicdivide(); }
static void rr_index(void) { panicIndex(2, 0); }
static void rr_nilmap(void)
{
    MapType mt = maptype_make("map[int]int", &t_int, &t_int);
    *(int64_t *)mapassign_fast64(&mt, NULL, 1) = 2;
}
__attribute__((no_sanitize("undefined"))) static void rr_nilderef(void)
{
    volatile int64_t *p = NULL;
    sink = *p;
}
static void rr_assert(void) { panicdottype(&go_type_string, &t_int); }

static void run_recovering(void (*f)(void))
{
    GoFrame fr;
    deferframe_push(&fr);
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, recover_printf, NULL);
        f();
    }
    deferreturn(&fr);
}

/* order(): f -> g -> h -> helper, see rt_cases.go */
static void k_deferred(void *c)
{
    (void)c;
    PRINTLN(S(GOSTR("recover in a callee's defer:")), gorecover(NULL, (void *)k_deferred));
}
static void k(void)
{
    GoFrame fr;
    deferframe_push(&fr);
    if (setjmp(fr.jb) == 0) deferproc(&fr, k_deferred, NULL);
    deferreturn(&fr);
}
static void helper_deferred(void *c)
{
    (void)c;
    k();
}
static void helper(void)
{
    GoFrame fr;
    deferframe_push(&fr);
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, helper_deferred, NULL);
        panic_str("deep");
    }
    deferreturn(&fr);
}
static void h(void)
{
    GoFrame fr;
    deferframe_push(&fr);
    static Closure c = {GOSTR("h deferred"), 0, 0};
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, print_msg, &c);
        helper();
    }
    deferreturn(&fr);
}
static void g(void)
{
    GoFrame fr;
    deferframe_push(&fr);
    static Closure c1 = {GOSTR("g deferred 1"), 0, 0}, c2 = {GOSTR("g deferred 2"), 0, 0};
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, print_msg, &c1);
        deferproc(&fr, print_msg, &c2);
        h();
    }
    deferreturn(&fr);
}
static void order_deferred(void *c)
{
    GoEface x = gorecover(NULL, (void *)order_deferred);
    if (x.type) {
        GoEface args[] = {S(GOSTR("f recovered ")), x};
        *((Closure *)c)->sresult = fmt_Sprint(args, 2);
    }
}
static GoString order(void)
{
    volatile GoString r = {0};
    GoFrame fr;
    Closure c = {{0}, 0, (GoString *)&r};
    deferframe_push(&fr);
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, order_deferred, &c);
        g();
        r = GOSTR("not reached");
    }
    deferreturn(&fr);
    return r;
}

static void named_result_deferred(void *c)
{
    gorecover(NULL, (void *)named_result_deferred);
    *((Closure *)c)->result = 7;
}
static int64_t named_result(void)
{
    volatile int64_t n = 0;
    GoFrame fr;
    Closure c = {{0}, (int64_t *)&n, 0};
    deferframe_push(&fr);
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, named_result_deferred, &c);
        n = 1;
        panic_str("x");
    }
    deferreturn(&fr);
    return n;
}

static volatile bool keep_going = true;
static int64_t recurse(int64_t n)
{
    volatile char pad[256];
    pad[0] = (char)n;
    return keep_going ? recurse(n + 1) + pad[0] : 0;
}

static int run_case(const char *c)
{
    GoFrame fr; /* main's frame, for the cases that defer in main */
#define IS(name) (strcmp(c, name) == 0)
    if (IS("print")) case_print();
    else if (IS("strings")) case_strings();
    else if (IS("slices")) case_slices();
    else if (IS("index")) panicIndex(5, 3);
    else if (IS("index-neg")) panicIndex(-1, 3);
    else if (IS("slice-bounds")) panicSliceAcap(5, 3);
    else if (IS("slice-bounds-b")) panicSliceB(3, 2);
    else if (IS("slice3")) panicSlice3Acap(6, 5);
    else if (IS("nilmap")) {
        MapType mt = maptype_make("map[string]int", &go_type_string, &t_int);
        *(int64_t *)mapassign_faststr(&mt, NULL, GOSTR("a")) = 1;
    } else if (IS("divide")) panicdivide();
    else if (IS("nilderef")) rr_nilderef();
    else if (IS("string")) panic_str("boom");
    else if (IS("int")) gopanic(I(42));
    else if (IS("float")) {
        double d = 3.5;
        gopanic(box(&go_type_float64, &d));
    } else if (IS("named-string")) {
        GoString s = GOSTR("x");
        gopanic(box(&t_S, &s));
    } else if (IS("named-float")) {
        double d = 1.5;
        gopanic(box(&t_Celsius, &d));
    } else if (IS("error")) {
        int64_t e = 7;
        gopanic(box(&t_Err, &e));
    } else if (IS("stringer")) {
        int64_t v = 3;
        gopanic(box(&t_Str, &v));
    } else if (IS("struct")) {
        struct {
            int64_t X;
            GoString s;
        } t = {1, GOSTR("x")};
        gopanic(box(&t_T, &t));
    } else if (IS("nil")) gopanic((GoEface){0});
    else if (IS("repanic") || IS("nested") || IS("recover")) {
        deferframe_push(&fr);
        if (setjmp(fr.jb) == 0) {
            deferproc(&fr, IS("repanic") ? repanic_fn : IS("nested") ? nested_fn : recover_print, NULL);
            panic_str(IS("recover") ? "x" : "first");
        }
        deferreturn(&fr);
    } else if (IS("recover-runtime")) {
        void (*fs[])(void) = {rr_divide, rr_index, rr_nilmap, rr_nilderef, rr_assert};
        for (size_t i = 0; i < sizeof fs / sizeof fs[0]; i++) run_recovering(fs[i]);
    } else if (IS("order")) PRINTLN(S(order()));
    else if (IS("named-result")) PRINTLN(I(named_result()));
    else if (IS("assert")) rr_assert();
    else if (IS("exit")) {
        static Closure msg = {GOSTR("not printed"), 0, 0};
        deferframe_push(&fr);
        if (setjmp(fr.jb) == 0) {
            deferproc(&fr, print_msg, &msg);
            PRINTLN(S(GOSTR("before exit")));
            os_Exit(3);
        }
        deferreturn(&fr);
    } else if (IS("args")) {
        /* fmt.Println(len(os.Args), os.Args[1:]) */
        GoSlice rest = {(GoString *)os_Args.ptr + 1, os_Args.len - 1, os_Args.cap - 1};
        PRINTLN(I(os_Args.len), Sl(&t_slice_string, rest));
    } else if (IS("goexit-main")) {
        static Closure msg = {GOSTR("deferred runs"), 0, 0};
        deferframe_push(&fr);
        if (setjmp(fr.jb) == 0) {
            deferproc(&fr, print_msg, &msg);
            PRINTLN(S(GOSTR("main returns")));
        }
        deferreturn(&fr);
    } else if (IS("concurrent-write")) {
        MapType mt = maptype_make("map[int]int", &t_int, &t_int);
        hmap *m = makemap_small();
        m->flags |= MAP_HASH_WRITING; /* as if another write were in progress */
        *(int64_t *)mapassign_fast64(&mt, m, 1) = 1;
    } else if (IS("stack-overflow")) {
        sink = recurse(0);
    } else {
        fprintf(stderr, "unknown case %s\n", c);
        os_Exit(2);
    }
    return 0;
}

static const char *the_case;
static int the_rc;
static void run_main(void) { the_rc = run_case(the_case); }

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: rt_cases CASE\n");
        return 2;
    }
    the_case = argv[1];
    /* Start the way generated programs start. */
    runtime_main(argc, argv, run_main);
}
