/*
 * fmt_print.c — fmt.Println, Printf, Sprintf, Sprint, Sprintln, Print:
 * a port of Go's fmt/print.go in which reflect.Value becomes a Val (a type
 * descriptor, a pointer to the value, and reflect's read-only flag).
 *
 * The structure follows gc's so that its many interactions carry over:
 * printArg handles %T and %p, then basic values, then handleMethods
 * (Error() before String(), for verbs v s x X q, never for %#v), then
 * printValue walks composite values by kind at increasing depth. A value
 * reached through an unexported struct field is read-only, and as in
 * reflect its String/Error methods are not called. Maps print with keys
 * sorted as internal/fmtsort sorts them. Errors in the format come out as
 * gc's %!verb(type=value), %!verb(MISSING), %!(EXTRA type=value, ...).
 * A String/Error method that panics prints %!v(PANIC=String method: msg),
 * or <nil> for a nil pointer receiver, through the runtime's recover.
 */
#include "fmt.h"

#include <setjmp.h>

typedef struct Val {
    const GoType *t; /* NULL: invalid (a nil interface's content) */
    const void *p;   /* points to the value */
    bool ro;         /* reached through an unexported field */
} Val;

typedef struct PP {
    Buf buf;
    GoEface arg;     /* p.arg; {NULL} is nil */
    Val value;       /* p.value */
    Fmt fmt;
    bool reordered, good_arg_num, panicking, erroring;
    bool byte_slice_arg; /* printArg's `case []byte`: %#v says "[]byte" */
} PP;

static void print_arg(PP *p, GoEface arg, int32_t verb);
static void print_value(PP *p, Val v, int32_t verb, int depth);

static const void *eface_ptr(const GoEface *e)
{
    return (e->type->kind & GO_KIND_DIRECT_IFACE) ? (const void *)&e->data : e->data;
}

static Val val_of(GoEface e)
{
    if (!e.type) return (Val){0};
    /* Box a direct value so the Val can point at it. */
    if (e.type->kind & GO_KIND_DIRECT_IFACE) {
        void **box = rt_alloc(sizeof(void *), true);
        *box = e.data;
        return (Val){e.type, box, false};
    }
    return (Val){e.type, e.data, false};
}

/* reflect's Value.Interface(): the value as an `any`. */
static GoEface val_interface(Val v)
{
    if (v.t->kind & GO_KIND_DIRECT_IFACE) return (GoEface){v.t, *(void *const *)v.p};
    return (GoEface){v.t, (void *)v.p};
}

static void buf_rune_verb(Buf *b, int32_t verb) { buf_rune(b, verb); }

/* ---- errors in the format ----------------------------------------------- */

static void bad_verb(PP *p, int32_t verb)
{
    p->erroring = true;
    buf_cstr(&p->buf, "%!");
    buf_rune_verb(&p->buf, verb);
    buf_byte(&p->buf, '(');
    if (p->arg.type) {
        buf_str(&p->buf, p->arg.type->name);
        buf_byte(&p->buf, '=');
        print_arg(p, p->arg, 'v');
    } else if (p->value.t) {
        buf_str(&p->buf, p->value.t->name);
        buf_byte(&p->buf, '=');
        print_value(p, p->value, 'v', 0);
    } else {
        buf_cstr(&p->buf, "<nil>");
    }
    buf_byte(&p->buf, ')');
    p->erroring = false;
}

/* ---- basic kinds -------------------------------------------------------- */

static void fmt_bool(PP *p, bool v, int32_t verb)
{
    if (verb == 't' || verb == 'v') fmt_boolean(&p->fmt, v);
    else bad_verb(p, verb);
}

static void fmt_0x64(PP *p, uint64_t v, bool leading0x)
{
    bool sharp = p->fmt.f.sharp;
    p->fmt.f.sharp = leading0x;
    fmt_integer(&p->fmt, v, 16, false, 'v', fmt_ldigits);
    p->fmt.f.sharp = sharp;
}

static void pp_fmt_integer(PP *p, uint64_t v, bool is_signed, int32_t verb)
{
    switch (verb) {
    case 'v':
        if (p->fmt.f.sharpV && !is_signed) fmt_0x64(p, v, true);
        else fmt_integer(&p->fmt, v, 10, is_signed, verb, fmt_ldigits);
        break;
    case 'd': fmt_integer(&p->fmt, v, 10, is_signed, verb, fmt_ldigits); break;
    case 'b': fmt_integer(&p->fmt, v, 2, is_signed, verb, fmt_ldigits); break;
    case 'o': case 'O': fmt_integer(&p->fmt, v, 8, is_signed, verb, fmt_ldigits); break;
    case 'x': fmt_integer(&p->fmt, v, 16, is_signed, verb, fmt_ldigits); break;
    case 'X': fmt_integer(&p->fmt, v, 16, is_signed, verb, fmt_udigits); break;
    case 'c': fmt_c(&p->fmt, v); break;
    case 'q': fmt_qc(&p->fmt, v); break;
    case 'U': fmt_unicode(&p->fmt, v); break;
    default: bad_verb(p, verb);
    }
}

static void pp_fmt_float(PP *p, double v, int size, int32_t verb)
{
    switch (verb) {
    case 'v': fmt_float(&p->fmt, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(&p->fmt, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float(&p->fmt, v, size, verb, 6); break;
    case 'F': fmt_float(&p->fmt, v, size, 'f', 6); break;
    default: bad_verb(p, verb);
    }
}

static void pp_fmt_string(PP *p, GoString v, int32_t verb)
{
    switch (verb) {
    case 'v':
        if (p->fmt.f.sharpV) fmt_q(&p->fmt, v);
        else fmt_s(&p->fmt, v);
        break;
    case 's': fmt_s(&p->fmt, v); break;
    case 'x': fmt_sbx(&p->fmt, v, fmt_ldigits); break;
    case 'X': fmt_sbx(&p->fmt, v, fmt_udigits); break;
    case 'q': fmt_q(&p->fmt, v); break;
    default: bad_verb(p, verb);
    }
}

/* Bytes of a []byte or [N]byte for %s %q %x %X. */
static void pp_fmt_bytes(PP *p, GoString bytes, int32_t verb)
{
    switch (verb) {
    case 's': {
        /* fmtBs: truncate to precision in runes, then pad. */
        GoString s = bytes;
        if (p->fmt.f.precPresent) {
            int64_t n = p->fmt.prec, k = 0;
            for (; k < s.len; n--) {
                if (n <= 0) break;
                k = s.ptr[k] < 0x80 ? k + 1 : decoderune(s, k).pos;
            }
            s.len = k;
        }
        fmt_pad(&p->fmt, s.ptr, s.len);
        break;
    }
    case 'x': fmt_sbx(&p->fmt, bytes, fmt_ldigits); break;
    case 'X': fmt_sbx(&p->fmt, bytes, fmt_udigits); break;
    case 'q': fmt_q(&p->fmt, bytes); break;
    }
}

static uint64_t val_pointer(Val v)
{
    switch (type_kind(v.t)) {
    case GO_SLICE: return (uint64_t)(uintptr_t)((const GoSlice *)v.p)->ptr;
    default: return (uint64_t)(uintptr_t) * (void *const *)v.p;
    }
}

static void fmt_pointer(PP *p, Val v, int32_t verb)
{
    switch (type_kind(v.t)) {
    case GO_CHAN: case GO_FUNC: case GO_MAP: case GO_POINTER: case GO_SLICE: case GO_UNSAFEPOINTER:
        break;
    default:
        bad_verb(p, verb);
        return;
    }
    uint64_t u = val_pointer(v);
    switch (verb) {
    case 'v':
        if (p->fmt.f.sharpV) {
            buf_byte(&p->buf, '(');
            buf_str(&p->buf, v.t->name);
            buf_cstr(&p->buf, ")(");
            if (u == 0) buf_cstr(&p->buf, "nil");
            else fmt_0x64(p, u, true);
            buf_byte(&p->buf, ')');
        } else if (u == 0) {
            fmt_pad_str(&p->fmt, GOSTR("<nil>"));
        } else {
            fmt_0x64(p, u, !p->fmt.f.sharp);
        }
        break;
    case 'p': fmt_0x64(p, u, !p->fmt.f.sharp); break;
    case 'b': case 'o': case 'd': case 'x': case 'X': pp_fmt_integer(p, u, false, verb); break;
    default: bad_verb(p, verb);
    }
}

/* ---- methods -------------------------------------------------------------- */

typedef struct MethodCall {
    GoStringMethod m;
    void *recv;
    GoString result;
    GoEface panic_value;
    bool panicked;
} MethodCall;

static void catch_panic(void *closure)
{
    MethodCall *mc = closure;
    GoEface e = gorecover(NULL, (void *)catch_panic);
    if (e.type) {
        mc->panicked = true;
        mc->panic_value = e;
    }
}

/* Call a String/Error method, catching a panic inside it. */
static void call_method(MethodCall *volatile mc)
{
    GoFrame fr;
    deferframe_push(&fr);
    if (setjmp(fr.jb) == 0) {
        deferproc(&fr, catch_panic, (void *)mc);
        mc->result = mc->m(mc->recv);
    }
    deferreturn(&fr);
}

static bool handle_methods(PP *p, int32_t verb)
{
    if (p->erroring || !p->arg.type) return false;
    if (p->fmt.f.sharpV) return false; /* only GoStringer, not in the subset */
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q': break;
    default: return false;
    }
    const GoType *t = p->arg.type;
    GoStringMethod m = t->error_method ? t->error_method : t->string_method;
    if (!m) return false;
    GoEface arg = p->arg;
    MethodCall mc = {.m = m, .recv = (void *)eface_ptr(&arg)};
    call_method(&mc);
    if (!mc.panicked) {
        pp_fmt_string(p, mc.result, verb);
        return true;
    }
    /* catchPanic */
    if (type_kind(t) == GO_POINTER && arg.data == NULL) {
        buf_cstr(&p->buf, "<nil>");
        return true;
    }
    if (p->panicking) gopanic(mc.panic_value);
    FmtFlags old = p->fmt.f;
    int64_t oldw = p->fmt.wid, oldp = p->fmt.prec;
    fmt_clearflags(&p->fmt);
    buf_cstr(&p->buf, "%!");
    buf_rune_verb(&p->buf, verb);
    buf_cstr(&p->buf, "(PANIC=");
    buf_cstr(&p->buf, t->error_method ? "Error" : "String");
    buf_cstr(&p->buf, " method: ");
    p->panicking = true;
    print_arg(p, mc.panic_value, 'v');
    p->panicking = false;
    buf_byte(&p->buf, ')');
    p->fmt.f = old;
    p->fmt.wid = oldw;
    p->fmt.prec = oldp;
    return true;
}

/* ---- printArg ------------------------------------------------------------- */

static bool is_basic_unnamed(const GoType *t)
{
    if (t->tflag & GO_TFLAG_NAMED) return false;
    uint8_t k = type_kind(t);
    return (k >= GO_BOOL && k <= GO_FLOAT64) || k == GO_STRING;
}

static void print_arg(PP *p, GoEface arg, int32_t verb)
{
    p->arg = arg;
    p->value = (Val){0};
    if (!arg.type) {
        if (verb == 'T' || verb == 'v') fmt_pad_str(&p->fmt, GOSTR("<nil>"));
        else bad_verb(p, verb);
        return;
    }
    if (verb == 'T') {
        fmt_s(&p->fmt, arg.type->name);
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, val_of(arg), 'p');
        return;
    }
    /* Basic unnamed types have no methods: format directly (this also
       keeps p->arg set, so a bad verb prints "%!d(string=x)"). */
    if (is_basic_unnamed(arg.type)) {
        p->value = (Val){0};
        Val v = val_of(arg);
        const GoEface saved = p->arg;
        print_value(p, v, verb, 0);
        p->arg = saved;
        return;
    }
    const GoType *t = arg.type;
    if (type_kind(t) == GO_SLICE && !(t->tflag & GO_TFLAG_NAMED) && type_kind(t->elem) == GO_UINT8 &&
        !(t->elem->tflag & GO_TFLAG_NAMED)) {
        p->byte_slice_arg = true;
        print_value(p, val_of(arg), verb, 0);
        p->byte_slice_arg = false;
        return;
    }
    if (!handle_methods(p, verb)) print_value(p, val_of(arg), verb, 0);
}

/* ---- map ordering (internal/fmtsort) ---------------------------------- */

static int cmp_i(int64_t a, int64_t b) { return a < b ? -1 : a > b; }
static int cmp_u(uint64_t a, uint64_t b) { return a < b ? -1 : a > b; }

static int float_compare(double a, double b)
{
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    if (a != a && b != b) return 0; /* both NaN */
    if (a != a) return -1;
    return 1; /* b is NaN */
}

static int64_t val_int(Val v)
{
    switch (type_kind(v.t)) {
    case GO_INT8: return *(const int8_t *)v.p;
    case GO_INT16: return *(const int16_t *)v.p;
    case GO_INT32: return *(const int32_t *)v.p;
    default: return *(const int64_t *)v.p;
    }
}

static uint64_t val_uint(Val v)
{
    switch (type_kind(v.t)) {
    case GO_UINT8: return *(const uint8_t *)v.p;
    case GO_UINT16: return *(const uint16_t *)v.p;
    case GO_UINT32: return *(const uint32_t *)v.p;
    default: return *(const uint64_t *)v.p;
    }
}

static double val_float(Val v)
{
    return type_kind(v.t) == GO_FLOAT32 ? *(const float *)v.p : *(const double *)v.p;
}

static int val_compare(Val a, Val b)
{
    if (a.t != b.t) return -1;
    switch (type_kind(a.t)) {
    case GO_INT: case GO_INT8: case GO_INT16: case GO_INT32: case GO_INT64:
        return cmp_i(val_int(a), val_int(b));
    case GO_UINT: case GO_UINT8: case GO_UINT16: case GO_UINT32: case GO_UINT64: case GO_UINTPTR:
        return cmp_u(val_uint(a), val_uint(b));
    case GO_STRING: {
        int64_t c = cmpstring(*(const GoString *)a.p, *(const GoString *)b.p);
        return (int)c;
    }
    case GO_FLOAT32: case GO_FLOAT64: return float_compare(val_float(a), val_float(b));
    case GO_BOOL: {
        bool x = *(const bool *)a.p, y = *(const bool *)b.p;
        return x == y ? 0 : (!x ? -1 : 1);
    }
    case GO_POINTER: case GO_UNSAFEPOINTER: case GO_CHAN:
        return cmp_u(val_pointer(a), val_pointer(b));
    case GO_STRUCT:
        for (int64_t i = 0; i < a.t->nfields; i++) {
            const GoField *f = &a.t->fields[i];
            Val x = {f->type, (const uint8_t *)a.p + f->offset, false};
            Val y = {f->type, (const uint8_t *)b.p + f->offset, false};
            int c = val_compare(x, y);
            if (c) return c;
        }
        return 0;
    case GO_ARRAY:
        for (int64_t i = 0; i < a.t->len; i++) {
            uint64_t off = (uint64_t)i * a.t->elem->size;
            Val x = {a.t->elem, (const uint8_t *)a.p + off, false};
            Val y = {a.t->elem, (const uint8_t *)b.p + off, false};
            int c = val_compare(x, y);
            if (c) return c;
        }
        return 0;
    case GO_INTERFACE: {
        const GoEface *x = a.p, *y = b.p;
        if (!x->type || !y->type) return (!x->type && !y->type) ? 0 : (!x->type ? -1 : 1);
        int c = cmp_u((uint64_t)(uintptr_t)x->type, (uint64_t)(uintptr_t)y->type);
        if (c) return c;
        return val_compare((Val){x->type, eface_ptr(x), false}, (Val){y->type, eface_ptr(y), false});
    }
    default:
        return 0;
    }
}

typedef struct Entry {
    Val key, elem;
} Entry;

/* A stable merge sort (fmtsort uses sort.Stable). */
static void sort_entries(Entry *a, Entry *tmp, int64_t n)
{
    if (n < 2) return;
    int64_t mid = n / 2;
    sort_entries(a, tmp, mid);
    sort_entries(a + mid, tmp, n - mid);
    int64_t i = 0, j = mid, k = 0;
    while (i < mid && j < n) tmp[k++] = val_compare(a[j].key, a[i].key) < 0 ? a[j++] : a[i++];
    while (i < mid) tmp[k++] = a[i++];
    while (j < n) tmp[k++] = a[j++];
    memcpy(a, tmp, (size_t)n * sizeof *a);
}

static void print_map(PP *p, Val v, int32_t verb, int depth)
{
    const MapType *mt = (const MapType *)v.t;
    hmap *h = *(hmap *const *)v.p;
    if (p->fmt.f.sharpV) {
        buf_str(&p->buf, v.t->name);
        if (!h) {
            buf_cstr(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
    } else {
        buf_cstr(&p->buf, "map[");
    }
    int64_t n = maplen(h), cnt = 0;
    Entry *es = n ? rt_alloc((uint64_t)n * 2 * sizeof(Entry), true) : NULL;
    hiter it;
    for (mapiterinit(mt, h, &it); it.key && cnt < n; mapiternext(&it)) {
        es[cnt].key = (Val){v.t->key, it.key, v.ro};
        es[cnt].elem = (Val){v.t->elem, it.elem, v.ro};
        cnt++;
    }
    sort_entries(es, es ? es + n : NULL, cnt);
    for (int64_t i = 0; i < cnt; i++) {
        if (i > 0) {
            if (p->fmt.f.sharpV) buf_cstr(&p->buf, ", ");
            else buf_byte(&p->buf, ' ');
        }
        print_value(p, es[i].key, verb, depth + 1);
        buf_byte(&p->buf, ':');
        print_value(p, es[i].elem, verb, depth + 1);
    }
    buf_byte(&p->buf, p->fmt.f.sharpV ? '}' : ']');
}

/* ---- printValue ----------------------------------------------------------- */

static Val field_of(Val v, int64_t i)
{
    const GoField *f = &v.t->fields[i];
    Val fv = {f->type, (const uint8_t *)v.p + f->offset, v.ro || !f->exported};
    if (type_kind(f->type) == GO_INTERFACE) {
        const GoEface *e = fv.p;
        if (e->type) fv = (Val){e->type, eface_ptr(e), fv.ro};
    }
    return fv;
}

static void print_struct(PP *p, Val v, int32_t verb, int depth)
{
    if (p->fmt.f.sharpV) buf_str(&p->buf, v.t->name);
    buf_byte(&p->buf, '{');
    for (int64_t i = 0; i < v.t->nfields; i++) {
        if (i > 0) {
            if (p->fmt.f.sharpV) buf_cstr(&p->buf, ", ");
            else buf_byte(&p->buf, ' ');
        }
        if (p->fmt.f.plusV || p->fmt.f.sharpV) {
            GoString name = v.t->fields[i].name;
            if (name.len) {
                buf_str(&p->buf, name);
                buf_byte(&p->buf, ':');
            }
        }
        print_value(p, field_of(v, i), verb, depth + 1);
    }
    buf_byte(&p->buf, '}');
}

static void print_list(PP *p, Val v, int32_t verb, int depth)
{
    bool is_slice = type_kind(v.t) == GO_SLICE;
    const GoType *et = v.t->elem;
    const uint8_t *base;
    int64_t n;
    if (is_slice) {
        const GoSlice *s = v.p;
        base = s->ptr;
        n = s->len;
    } else {
        base = v.p;
        n = v.t->len;
    }
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && type_kind(et) == GO_UINT8) {
        pp_fmt_bytes(p, (GoString){base, n}, verb);
        return;
    }
    if (p->fmt.f.sharpV) {
        if (depth == 0 && p->byte_slice_arg) buf_cstr(&p->buf, "[]byte");
        else buf_str(&p->buf, v.t->name);
        if (is_slice && base == NULL) {
            buf_cstr(&p->buf, "(nil)");
            return;
        }
        buf_byte(&p->buf, '{');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0) buf_cstr(&p->buf, ", ");
            print_value(p, (Val){et, base + (uint64_t)i * et->size, v.ro}, verb, depth + 1);
        }
        buf_byte(&p->buf, '}');
    } else {
        buf_byte(&p->buf, '[');
        for (int64_t i = 0; i < n; i++) {
            if (i > 0) buf_byte(&p->buf, ' ');
            print_value(p, (Val){et, base + (uint64_t)i * et->size, v.ro}, verb, depth + 1);
        }
        buf_byte(&p->buf, ']');
    }
}

static void print_value(PP *p, Val v, int32_t verb, int depth)
{
    if (depth > 0 && v.t && !v.ro) {
        p->arg = val_interface(v);
        if (handle_methods(p, verb)) return;
    }
    p->arg = (GoEface){0};
    p->value = v;
    if (!v.t) {
        if (depth == 0) buf_cstr(&p->buf, "<invalid reflect.Value>");
        else if (verb == 'v') buf_cstr(&p->buf, "<nil>");
        else bad_verb(p, verb);
        return;
    }
    switch (type_kind(v.t)) {
    case GO_BOOL: fmt_bool(p, *(const bool *)v.p, verb); break;
    case GO_INT: case GO_INT8: case GO_INT16: case GO_INT32: case GO_INT64:
        pp_fmt_integer(p, (uint64_t)val_int(v), true, verb);
        break;
    case GO_UINT: case GO_UINT8: case GO_UINT16: case GO_UINT32: case GO_UINT64: case GO_UINTPTR:
        pp_fmt_integer(p, val_uint(v), false, verb);
        break;
    case GO_FLOAT32: pp_fmt_float(p, *(const float *)v.p, 32, verb); break;
    case GO_FLOAT64: pp_fmt_float(p, *(const double *)v.p, 64, verb); break;
    case GO_STRING: pp_fmt_string(p, *(const GoString *)v.p, verb); break;
    case GO_MAP: print_map(p, v, verb, depth); break;
    case GO_STRUCT: print_struct(p, v, verb, depth); break;
    case GO_INTERFACE: {
        const GoEface *e = v.p;
        if (!e->type) {
            if (p->fmt.f.sharpV) {
                buf_str(&p->buf, v.t->name);
                buf_cstr(&p->buf, "(nil)");
            } else {
                buf_cstr(&p->buf, "<nil>");
            }
        } else {
            print_value(p, (Val){e->type, eface_ptr(e), v.ro}, verb, depth + 1);
        }
        break;
    }
    case GO_ARRAY: case GO_SLICE: print_list(p, v, verb, depth); break;
    case GO_POINTER: {
        const void *target = *(void *const *)v.p;
        if (depth == 0 && target) {
            switch (type_kind(v.t->elem)) {
            case GO_ARRAY: case GO_SLICE: case GO_STRUCT: case GO_MAP:
                buf_byte(&p->buf, '&');
                print_value(p, (Val){v.t->elem, target, v.ro}, verb, depth + 1);
                return;
            }
        }
        fmt_pointer(p, v, verb);
        break;
    }
    case GO_CHAN: case GO_FUNC: case GO_UNSAFEPOINTER: fmt_pointer(p, v, verb); break;
    default:
        buf_byte(&p->buf, '?');
        buf_str(&p->buf, v.t->name);
        buf_byte(&p->buf, '?');
    }
}

/* ---- Printf ---------------------------------------------------------------- */

static bool too_large(int64_t x) { return x > 1000000 || x < -1000000; }

static int64_t parsenum(GoString s, int64_t start, int64_t end, bool *isnum, int64_t *newi)
{
    int64_t num = 0, i;
    *isnum = false;
    if (start >= end) {
        *newi = end;
        return 0;
    }
    for (i = start; i < end && s.ptr[i] >= '0' && s.ptr[i] <= '9'; i++) {
        if (too_large(num)) {
            *isnum = false;
            *newi = end;
            return 0;
        }
        num = num * 10 + (s.ptr[i] - '0');
        *isnum = true;
    }
    *newi = i;
    return num;
}

static int64_t int_from_arg(const GoEface *a, int64_t n, int64_t *argnum, bool *isint)
{
    int64_t num = 0;
    *isint = false;
    if (*argnum < n) {
        GoEface e = a[*argnum];
        if (e.type) {
            Val v = val_of(e);
            uint8_t k = type_kind(e.type);
            if (k >= GO_INT && k <= GO_INT64) {
                num = val_int(v);
                *isint = true;
            } else if (k >= GO_UINT && k <= GO_UINTPTR) {
                uint64_t u = val_uint(v);
                if ((int64_t)u >= 0) {
                    num = (int64_t)u;
                    *isint = true;
                }
            }
        }
        (*argnum)++;
        if (too_large(num)) {
            num = 0;
            *isint = false;
        }
    }
    return num;
}

/* "[n]" argument index at format[i]; see Go's argNumber. */
static int64_t arg_number(PP *p, int64_t argnum, GoString format, int64_t *i, int64_t nargs, bool *found)
{
    *found = false;
    if (format.len <= *i || format.ptr[*i] != '[') return argnum;
    p->reordered = true;
    /* parseArgNumber */
    GoString f = {format.ptr + *i, format.len - *i};
    int64_t index = 0, wid = 1;
    bool ok = false;
    if (f.len >= 3) {
        for (int64_t j = 1; j < f.len; j++) {
            if (f.ptr[j] == ']') {
                bool isnum;
                int64_t newi;
                int64_t width = parsenum(f, 1, j, &isnum, &newi);
                if (!isnum || newi != j) {
                    wid = j + 1;
                } else {
                    index = width - 1;
                    wid = j + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && 0 <= index && index < nargs) {
        *i += wid;
        *found = true;
        return index;
    }
    p->good_arg_num = false;
    *i += wid;
    *found = ok;
    return argnum;
}

static void do_printf(PP *p, GoString format, const GoEface *a, int64_t nargs)
{
    int64_t end = format.len, argnum = 0;
    bool after_index = false;
    p->reordered = false;
    for (int64_t i = 0; i < end;) {
        p->good_arg_num = true;
        int64_t lasti = i;
        while (i < end && format.ptr[i] != '%') i++;
        if (i > lasti) buf_write(&p->buf, format.ptr + lasti, i - lasti);
        if (i >= end) break;
        i++;
        fmt_clearflags(&p->fmt);
        bool simple_done = false;
        for (; i < end; i++) {
            uint8_t c = format.ptr[i];
            if (c == '#') p->fmt.f.sharp = true;
            else if (c == '0') p->fmt.f.zero = !p->fmt.f.minus;
            else if (c == '+') p->fmt.f.plus = true;
            else if (c == '-') {
                p->fmt.f.minus = true;
                p->fmt.f.zero = false;
            } else if (c == ' ') p->fmt.f.space = true;
            else {
                if ('a' <= c && c <= 'z' && argnum < nargs) {
                    if (c == 'v') {
                        p->fmt.f.sharpV = p->fmt.f.sharp;
                        p->fmt.f.sharp = false;
                        p->fmt.f.plusV = p->fmt.f.plus;
                        p->fmt.f.plus = false;
                    }
                    print_arg(p, a[argnum], c);
                    argnum++;
                    i++;
                    simple_done = true;
                }
                break;
            }
        }
        if (simple_done) continue;

        argnum = arg_number(p, argnum, format, &i, nargs, &after_index);
        if (i < end && format.ptr[i] == '*') {
            i++;
            bool ok;
            p->fmt.wid = int_from_arg(a, nargs, &argnum, &ok);
            p->fmt.f.widPresent = ok;
            if (!ok) buf_cstr(&p->buf, "%!(BADWIDTH)");
            if (p->fmt.wid < 0) {
                p->fmt.wid = -p->fmt.wid;
                p->fmt.f.minus = true;
                p->fmt.f.zero = false;
            }
            after_index = false;
        } else {
            bool ok;
            p->fmt.wid = parsenum(format, i, end, &ok, &i);
            p->fmt.f.widPresent = ok;
            if (after_index && ok) p->good_arg_num = false;
        }
        if (i + 1 < end && format.ptr[i] == '.') {
            i++;
            if (after_index) p->good_arg_num = false;
            argnum = arg_number(p, argnum, format, &i, nargs, &after_index);
            if (i < end && format.ptr[i] == '*') {
                i++;
                bool ok;
                p->fmt.prec = int_from_arg(a, nargs, &argnum, &ok);
                p->fmt.f.precPresent = ok;
                if (p->fmt.prec < 0) {
                    p->fmt.prec = 0;
                    p->fmt.f.precPresent = false;
                }
                if (!p->fmt.f.precPresent) buf_cstr(&p->buf, "%!(BADPREC)");
                after_index = false;
            } else {
                bool ok;
                p->fmt.prec = parsenum(format, i, end, &ok, &i);
                p->fmt.f.precPresent = true;
                if (!ok) p->fmt.prec = 0;
            }
        }
        if (!after_index) argnum = arg_number(p, argnum, format, &i, nargs, &after_index);
        if (i >= end) {
            buf_cstr(&p->buf, "%!(NOVERB)");
            break;
        }
        int32_t verb = format.ptr[i];
        int64_t size = 1;
        if (verb >= 0x80) {
            DecodeRune d = decoderune(format, i);
            verb = (int32_t)d.rune;
            size = d.pos - i;
        }
        i += size;
        if (verb == '%') {
            buf_byte(&p->buf, '%');
        } else if (!p->good_arg_num) {
            buf_cstr(&p->buf, "%!");
            buf_rune_verb(&p->buf, verb);
            buf_cstr(&p->buf, "(BADINDEX)");
        } else if (argnum >= nargs) {
            buf_cstr(&p->buf, "%!");
            buf_rune_verb(&p->buf, verb);
            buf_cstr(&p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->fmt.f.sharpV = p->fmt.f.sharp;
                p->fmt.f.sharp = false;
                p->fmt.f.plusV = p->fmt.f.plus;
                p->fmt.f.plus = false;
            }
            print_arg(p, a[argnum], verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < nargs) {
        fmt_clearflags(&p->fmt);
        buf_cstr(&p->buf, "%!(EXTRA ");
        for (int64_t i = argnum; i < nargs; i++) {
            if (i > argnum) buf_cstr(&p->buf, ", ");
            if (!a[i].type) {
                buf_cstr(&p->buf, "<nil>");
            } else {
                buf_str(&p->buf, a[i].type->name);
                buf_byte(&p->buf, '=');
                print_arg(p, a[i], 'v');
            }
        }
        buf_byte(&p->buf, ')');
    }
}

static void do_print(PP *p, const GoEface *a, int64_t n)
{
    bool prev_string = false;
    for (int64_t i = 0; i < n; i++) {
        bool is_string = a[i].type && type_kind(a[i].type) == GO_STRING;
        if (i > 0 && !is_string && !prev_string) buf_byte(&p->buf, ' ');
        fmt_clearflags(&p->fmt);
        print_arg(p, a[i], 'v');
        prev_string = is_string;
    }
}

static void do_println(PP *p, const GoEface *a, int64_t n)
{
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) buf_byte(&p->buf, ' ');
        fmt_clearflags(&p->fmt);
        print_arg(p, a[i], 'v');
    }
    buf_byte(&p->buf, '\n');
}

static void pp_init(PP *p)
{
    memset(p, 0, sizeof *p);
    p->fmt.buf = &p->buf;
}

static int64_t pp_write_stdout(PP *p)
{
    rt_write_all(1, p->buf.p, p->buf.len);
    return p->buf.len;
}

int64_t fmt_Println(const GoEface *args, int64_t nargs)
{
    PP p;
    pp_init(&p);
    do_println(&p, args, nargs);
    return pp_write_stdout(&p);
}

int64_t fmt_Print(const GoEface *args, int64_t nargs)
{
    PP p;
    pp_init(&p);
    do_print(&p, args, nargs);
    return pp_write_stdout(&p);
}

int64_t fmt_Printf(GoString format, const GoEface *args, int64_t nargs)
{
    PP p;
    pp_init(&p);
    do_printf(&p, format, args, nargs);
    return pp_write_stdout(&p);
}

GoString fmt_Sprintf(GoString format, const GoEface *args, int64_t nargs)
{
    PP p;
    pp_init(&p);
    do_printf(&p, format, args, nargs);
    return buf_string(&p.buf);
}

GoString fmt_Sprint(const GoEface *args, int64_t nargs)
{
    PP p;
    pp_init(&p);
    do_print(&p, args, nargs);
    return buf_string(&p.buf);
}

GoString fmt_Sprintln(const GoEface *args, int64_t nargs)
{
    PP p;
    pp_init(&p);
    do_println(&p, args, nargs);
    return buf_string(&p.buf);
}

GoString rt_sprint_value(GoEface v) { return fmt_Sprint(&v, 1); }
