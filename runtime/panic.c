/*
 * panic.c — defer, panic, recover, runtime errors, fatal errors, signals.
 *
 * Model (see minigort.h for the code the generator emits): each activation
 * of a function with defers links a GoFrame into the goroutine's frame list
 * and sets a jmp_buf. A panic walks that list from the innermost frame,
 * popping and running deferred calls; frames without defers are not on the
 * list and are simply abandoned, like C frames under longjmp. A deferred
 * call that recovers makes gopanic longjmp to the frame that deferred it,
 * which then runs its remaining defers and returns normally to its caller —
 * Go's semantics. Panic records live on gopanic's C stack and chain, so a
 * panic inside a deferred call prints as gc does:
 *     panic: first [recovered]
 *         panic: second
 *
 * Hardware faults: SIGSEGV/SIGBUS become Go's nil-dereference panic by
 * rewriting the signal context so that, when the handler returns, the
 * faulting thread "calls" sigpanic on its own stack (as Go's preparePanic
 * does); deferred calls then run on the normal stack. A fault next to the
 * stack pointer is a stack overflow: fatal, as in Go.
 */
#include "rt.h"

#include <signal.h>
#include <stdlib.h>
#include <ucontext.h>
#include <unistd.h>

G runtime_g0;

/* ---- defer ----------------------------------------------------------- */

void deferframe_push(GoFrame *fr)
{
    G *g = getg();
    fr->up = g->frames;
    fr->defers = NULL;
    g->frames = fr;
}

void deferproc(GoFrame *fr, void (*fn)(void *), void *closure)
{
    GoDefer *d = rt_alloc(sizeof *d, true);
    d->fn = fn;
    d->closure = closure;
    d->link = fr->defers;
    fr->defers = d;
}

void deferreturn(GoFrame *fr)
{
    G *g = getg();
    GoDefer *d;
    while ((d = fr->defers) != NULL) {
        fr->defers = d->link;
        d->fn(d->closure);
    }
    g->frames = fr->up;
}

/* ---- printing a panic ------------------------------------------------ */

/* Go's printanycustomtype: a value of a named basic type as T(v). */
static void print_custom(GoEface v)
{
    const GoType *t = v.type;
    const void *p = (t->kind & GO_KIND_DIRECT_IFACE) ? (const void *)&v.data : v.data;
    switch (type_kind(t)) {
    case GO_STRING:
        printstring(t->name); rt_print_cstr("(\""); printstring(*(const GoString *)p); rt_print_cstr("\")");
        return;
    case GO_BOOL: printstring(t->name); rt_print_cstr("("); printbool(*(const bool *)p); break;
    case GO_INT: case GO_INT64: printstring(t->name); rt_print_cstr("("); printint(*(const int64_t *)p); break;
    case GO_INT8: printstring(t->name); rt_print_cstr("("); printint(*(const int8_t *)p); break;
    case GO_INT16: printstring(t->name); rt_print_cstr("("); printint(*(const int16_t *)p); break;
    case GO_INT32: printstring(t->name); rt_print_cstr("("); printint(*(const int32_t *)p); break;
    case GO_UINT: case GO_UINT64: case GO_UINTPTR:
        printstring(t->name); rt_print_cstr("("); printuint(*(const uint64_t *)p); break;
    case GO_UINT8: printstring(t->name); rt_print_cstr("("); printuint(*(const uint8_t *)p); break;
    case GO_UINT16: printstring(t->name); rt_print_cstr("("); printuint(*(const uint16_t *)p); break;
    case GO_UINT32: printstring(t->name); rt_print_cstr("("); printuint(*(const uint32_t *)p); break;
    case GO_FLOAT32: printstring(t->name); rt_print_cstr("("); printfloat(*(const float *)p); break;
    case GO_FLOAT64: printstring(t->name); rt_print_cstr("("); printfloat(*(const double *)p); break;
    default:
        rt_print_cstr("(");
        printstring(t->name);
        rt_print_cstr(") ");
        printpointer(v.data);
        return;
    }
    rt_print_cstr(")");
}

/* Go's printpanicval: unnamed basic values print bare, others custom. */
static void print_panic_value(GoEface v)
{
    if (!v.type) {
        rt_print_cstr("nil");
        return;
    }
    if (v.type->tflag & GO_TFLAG_NAMED) {
        print_custom(v);
        return;
    }
    const void *p = (v.type->kind & GO_KIND_DIRECT_IFACE) ? (const void *)&v.data : v.data;
    switch (type_kind(v.type)) {
    case GO_STRING: printstring(*(const GoString *)p); break;
    case GO_BOOL: printbool(*(const bool *)p); break;
    case GO_INT: case GO_INT64: printint(*(const int64_t *)p); break;
    case GO_INT8: printint(*(const int8_t *)p); break;
    case GO_INT16: printint(*(const int16_t *)p); break;
    case GO_INT32: printint(*(const int32_t *)p); break;
    case GO_UINT: case GO_UINT64: case GO_UINTPTR: printuint(*(const uint64_t *)p); break;
    case GO_UINT8: printuint(*(const uint8_t *)p); break;
    case GO_UINT16: printuint(*(const uint16_t *)p); break;
    case GO_UINT32: printuint(*(const uint32_t *)p); break;
    case GO_FLOAT32: printfloat(*(const float *)p); break;
    case GO_FLOAT64: printfloat(*(const double *)p); break;
    default: print_custom(v); break;
    }
}

/* Go's preprintpanics: errors and Stringers become their text first. */
static void preprint_panics(GoPanic *p)
{
    for (; p; p = p->link) {
        const GoType *t = p->arg.type;
        if (!t) continue;
        GoStringMethod m = t->error_method ? t->error_method : t->string_method;
        if (!m) continue;
        void *recv = (t->kind & GO_KIND_DIRECT_IFACE) ? (void *)&p->arg.data : p->arg.data;
        GoString *s = rt_alloc(sizeof *s, true);
        *s = m(recv);
        p->arg = (GoEface){&go_type_string, s};
    }
}

static void print_panics(GoPanic *p)
{
    if (p->link) {
        print_panics(p->link);
        rt_print_cstr("\t");
    }
    rt_print_cstr("panic: ");
    print_panic_value(p->arg);
    if (p->recovered) rt_print_cstr(" [recovered]");
    rt_print_cstr("\n");
}

static const char *signal_name(int sig)
{
    switch (sig) {
    case SIGSEGV: return "SIGSEGV: segmentation violation";
    case SIGBUS: return "SIGBUS: bus error";
    case SIGFPE: return "SIGFPE: floating-point exception";
    default: return "signal";
    }
}

static void print_traceback_header(void)
{
    rt_print_cstr("\ngoroutine 1 [running]:\n");
}

_Noreturn static void fatal_panic(G *g)
{
    preprint_panics(g->panic);
    printlock();
    print_panics(g->panic);
    if (g->sig) {
        rt_print_cstr("[signal ");
        rt_print_cstr(signal_name(g->sig));
        rt_print_cstr(" code=");
        printhex(g->sigcode);
        rt_print_cstr(" addr=");
        printhex(g->sigaddr);
        rt_print_cstr(" pc=");
        printhex(g->sigpc);
        rt_print_cstr("]\n");
    }
    print_traceback_header();
    printunlock();
    exit(2);
}

/* ---- panic and recover ------------------------------------------------- */

void gopanic(GoEface v)
{
    G *g = getg();
    GoPanic p = {.link = g->panic, .arg = v};
    g->panic = &p;
    for (;;) {
        GoFrame *fr = g->frames;
        if (!fr) break;
        /* Unwinding through the frame whose deferred call an earlier
           panic was running aborts that panic. */
        for (GoPanic *q = p.link; q; q = q->link)
            if (q->top == fr) q->aborted = true;
        GoDefer *d = fr->defers;
        if (!d) {
            g->frames = fr->up;
            continue;
        }
        fr->defers = d->link;
        p.top = fr;
        g->defer_fn = (void *)d->fn;
        d->fn(d->closure);
        if (p.recovered) {
            g->panic = p.link;
            while (g->panic && g->panic->aborted) g->panic = g->panic->link;
            g->sig = 0;
            g->frames = fr;
            g->printdepth = 0;
            longjmp(fr->jb, 1);
        }
    }
    fatal_panic(g);
}

void deferwrap_forward(void *self, void *callee)
{
    G *g = getg();
    if (self && g->defer_fn == self)
        g->defer_fn = callee;
}

void deferwrap_forward_closure(void *self, void *closure)
{
    deferwrap_forward(self, closure ? *(void **)closure : NULL);
}

GoEface gorecover(GoFrame *own_frame, void *self)
{
    G *g = getg();
    GoPanic *p = g->panic;
    GoFrame *below = own_frame ? own_frame->up : g->frames;
    if (p && !p->recovered && !p->aborted && p->top && below == p->top && self && self == g->defer_fn) {
        p->recovered = true;
        return p->arg;
    }
    return (GoEface){NULL, NULL};
}

/* ---- runtime errors ------------------------------------------------------- */

static _Noreturn void panic_error(const GoType *t, GoString msg)
{
    GoString *s = rt_alloc(sizeof *s, true);
    *s = msg;
    gopanic((GoEface){t, s});
}

static GoString copy_cstr(const char *msg)
{
    int64_t n = (int64_t)strlen(msg);
    uint8_t *p = rt_alloc_noscan_nozero((uint64_t)n);
    memcpy(p, msg, (size_t)n);
    return (GoString){p, n};
}

void rt_panicstring(const char *msg) { panic_error(&rt_type_errorString, copy_cstr(msg)); }
void rt_panicplain(const char *msg) { panic_error(&rt_type_plainError, copy_cstr(msg)); }

void panicdivide(void) { rt_panicstring("integer divide by zero"); }
void panicshift(void) { rt_panicstring("negative shift amount"); }
void panicmem(void) { rt_panicstring("invalid memory address or nil pointer dereference"); }
void panicnilmap(void) { rt_panicplain("assignment to entry in nil map"); }

static const char *const bounds_fmt[] = {
    [BOUNDS_INDEX] = "index out of range [%x] with length %y",
    [BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x] with length %y",
    [BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x] with capacity %y",
    [BOUNDS_SLICE_B] = "slice bounds out of range [%x:%y]",
    [BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x] with length %y",
    [BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x] with capacity %y",
    [BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:%y]",
    [BOUNDS_SLICE3_C] = "slice bounds out of range [%x:%y:]",
    [BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};
/* Overriding formats when x is negative: y is not reported. */
static const char *const bounds_neg_fmt[] = {
    [BOUNDS_INDEX] = "index out of range [%x]",
    [BOUNDS_SLICE_ALEN] = "slice bounds out of range [:%x]",
    [BOUNDS_SLICE_ACAP] = "slice bounds out of range [:%x]",
    [BOUNDS_SLICE_B] = "slice bounds out of range [%x:]",
    [BOUNDS_SLICE3_ALEN] = "slice bounds out of range [::%x]",
    [BOUNDS_SLICE3_ACAP] = "slice bounds out of range [::%x]",
    [BOUNDS_SLICE3_B] = "slice bounds out of range [:%x:]",
    [BOUNDS_SLICE3_C] = "slice bounds out of range [%x::]",
    [BOUNDS_CONVERT] = "cannot convert slice with length %y to pointer to array with length %x",
};

void panicBounds(int64_t code, int64_t x, int64_t y, bool signed_x)
{
    if (code < 0 || code > BOUNDS_CONVERT) code = BOUNDS_INDEX;
    const char *f = (signed_x && x < 0) ? bounds_neg_fmt[code] : bounds_fmt[code];
    char msg[160];
    size_t n = 0;
    for (; *f && n < sizeof msg - 24; f++) {
        if (*f != '%') {
            msg[n++] = *f;
            continue;
        }
        f++;
        if (*f == 'x')
            n += (size_t)(signed_x ? snprintf(msg + n, 24, "%lld", (long long)x)
                                   : snprintf(msg + n, 24, "%llu", (unsigned long long)x));
        else
            n += (size_t)snprintf(msg + n, 24, "%lld", (long long)y);
    }
    msg[n] = 0;
    panic_error(&rt_type_boundsError, copy_cstr(msg));
}

void panicIndex(int64_t x, int64_t y) { panicBounds(BOUNDS_INDEX, x, y, true); }
void panicSliceAlen(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE_ALEN, x, y, true); }
void panicSliceAcap(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE_ACAP, x, y, true); }
void panicSliceB(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE_B, x, y, true); }
void panicSlice3Alen(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE3_ALEN, x, y, true); }
void panicSlice3Acap(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE3_ACAP, x, y, true); }
void panicSlice3B(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE3_B, x, y, true); }
void panicSlice3C(int64_t x, int64_t y) { panicBounds(BOUNDS_SLICE3_C, x, y, true); }

void panicdottype(const GoType *have, const GoType *want)
{
    GoString parts[5] = {
        GOSTR("interface conversion: interface {} is "),
        have ? have->name : GOSTR("nil"),
        GOSTR(", not "),
        want->name,
    };
    panic_error(&rt_type_typeAssertionError, concatstrings(4, parts));
}

void runtime_fatal(const char *msg)
{
    printlock();
    rt_print_cstr("fatal error: ");
    rt_print_cstr(msg);
    rt_print_cstr("\n");
    print_traceback_header();
    printunlock();
    exit(2);
}

/* ---- signals ----------------------------------------------------------- */

/* Entered as if called from the faulting instruction (see handler). */
static void sigpanic(void)
{
    G *g = getg();
    if (g->sig == SIGFPE) {
        g->sig = 0;
        panicdivide();
    }
    panicmem();
}

static _Noreturn void stack_overflow(void)
{
    static const char msg[] = "runtime: goroutine stack exceeds 1000000000-byte limit\n"
                              "fatal error: stack overflow\n\ngoroutine 1 [running]:\n";
    rt_write_all(2, msg, sizeof msg - 1);
    _exit(2);
}

static void fault_handler(int sig, siginfo_t *info, void *uctx)
{
    ucontext_t *uc = uctx;
    G *g = getg();
    uint64_t sp = (uint64_t)uc->uc_mcontext.gregs[REG_RSP];
    uint64_t pc = (uint64_t)uc->uc_mcontext.gregs[REG_RIP];
    uint64_t addr = (uint64_t)(uintptr_t)info->si_addr;
    if (sig != SIGFPE && addr + 65536 > sp && addr < sp + 65536 && addr >= 4096) stack_overflow();
    g->sig = sig;
    g->sigcode = (uint64_t)info->si_code;
    g->sigaddr = sig == SIGFPE ? 0 : addr;
    g->sigpc = pc;
    /* Make the thread call sigpanic from the faulting pc: skip the red
       zone, align the stack, push pc as the return address. */
    sp = ((sp - 128) & ~(uint64_t)15) - 8;
    *(uint64_t *)sp = pc;
    uc->uc_mcontext.gregs[REG_RSP] = (greg_t)sp;
    uc->uc_mcontext.gregs[REG_RIP] = (greg_t)(uintptr_t)sigpanic;
}

void rt_signals_init(void)
{
    static char altstack[1 << 16]; /* handler stack; the handler only
                                      redirects, so 64 KiB is ample */
    stack_t ss = {.ss_sp = altstack, .ss_size = sizeof altstack};
    sigaltstack(&ss, NULL);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = fault_handler;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, NULL);
    sigaction(SIGBUS, &sa, NULL);
    sigaction(SIGFPE, &sa, NULL);
}
