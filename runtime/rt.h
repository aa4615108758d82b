/*
 * rt.h — internals shared by the runtime's files (not for the compiler).
 *
 * The runtime's one piece of mutable state is the goroutine record G: the
 * frame list for defers, the panic chain, the print buffer and the random
 * state. Generated code passes no context, so like Go's `g` it is reached
 * through getg(); minigo runs `go` calls synchronously, so there is exactly
 * one G (goroutine 1).
 */
#ifndef MINIGO_RT_H
#define MINIGO_RT_H

#include "minigort.h"

#include <stdio.h>
#include <string.h>

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define RT_INLINE static inline __attribute__((always_inline))
#define RT_NOINLINE __attribute__((noinline))

struct GoDefer {
    GoDefer *link;
    void (*fn)(void *closure);
    void *closure;
};

typedef struct GoPanic {
    struct GoPanic *link; /* earlier panic still on the chain */
    GoEface arg;
    bool recovered;
    bool aborted;         /* a later panic started while this one ran defers */
    GoFrame *top;         /* frame list when the running deferred call began */
} GoPanic;

typedef struct G {
    GoFrame *frames;      /* innermost activation with defers */
    GoPanic *panic;       /* innermost active panic */
    void *defer_fn;       /* code of the function a panic's deferred call runs directly:
                             set by gopanic, moved on by wrappers (deferwrap_forward);
                             only that function's recover() recovers */
    int printdepth;       /* printlock nesting */
    int64_t plen;
    char pbuf[1024];      /* print() output, flushed at printunlock */
    int sig;              /* signal behind the current panic, or 0 */
    uint64_t sigcode, sigaddr, sigpc;
    uint64_t randstate;   /* wyrand state for fastrand */
    uint64_t hashkey;     /* per-process hash key mixed with hash0 */
    int gc_kind_noclear;  /* Boehm object kind: scanned, not cleared */
    bool debug_mapgrow;   /* MINIGODEBUG=mapgrow=1 (debug.c) */
    bool initialised;
} G;

/* The one goroutine (see above). */
extern G runtime_g0;
RT_INLINE G *getg(void) { return &runtime_g0; }

/* alloc.c */
void rt_gc_init(void);
void *rt_alloc(uint64_t size, bool scan);        /* zeroed */
void *rt_alloc_noscan_nozero(uint64_t size);

/* hash.c */
void rt_seed_init(G *g);
uint64_t rt_memhash(const void *p, uint64_t len, uint64_t seed);
/* wyrand, inline for the map code (fastrand() is the exported form). */
RT_INLINE uint64_t rt_fastrand64(void)
{
    G *g = getg();
    g->randstate += 0xa0761d6478bd642full;
    __uint128_t m = (__uint128_t)g->randstate * (g->randstate ^ 0xe7037ed1a0b428dbull);
    return (uint64_t)(m >> 64) ^ (uint64_t)m;
}

/* The 64-bit hash seed of a map: the process key mixed with hash0. */
RT_INLINE uint64_t rt_hashseed(uint32_t hash0)
{
    return getg()->hashkey ^ ((uint64_t)hash0 * 0x9E3779B97F4A7C15ull);
}

/* debug.c: MINIGODEBUG (mapgrow=1, hashseed=N), read once at start-up. */
void rt_debug_init(G *g);
void rt_debug_mapgrow(const GoString *mapname, int oldB, int newB, const char *what,
                      int64_t count, unsigned noverflow);

/* panic.c */
_Noreturn void rt_panicstring(const char *msg);   /* runtime.errorString */
_Noreturn void rt_panicplain(const char *msg);    /* runtime.plainError */
void rt_signals_init(void);
extern const GoType rt_type_errorString;          /* runtime.errorString */
extern const GoType rt_type_plainError;
extern const GoType rt_type_boundsError;
extern const GoType rt_type_typeAssertionError;

/* print.c: append to the print buffer (or write straight to fd 2). */
void rt_print_bytes(const void *p, int64_t n);
void rt_print_cstr(const char *s);
void rt_write_all(int fd, const void *p, int64_t n);

/* fmt.c: the value as %v prints it (used by panics). */
GoString rt_sprint_value(GoEface v);

/* A growable byte buffer on the GC heap (fmt, string building). */
typedef struct Buf {
    uint8_t *p;
    int64_t len, cap;
} Buf;
void buf_grow(Buf *b, int64_t more);
RT_INLINE void buf_byte(Buf *b, uint8_t c)
{
    if (unlikely(b->len == b->cap)) buf_grow(b, 1);
    b->p[b->len++] = c;
}
RT_INLINE void buf_write(Buf *b, const void *p, int64_t n)
{
    if (n <= 0) return;
    if (unlikely(b->len + n > b->cap)) buf_grow(b, n);
    memcpy(b->p + b->len, p, (size_t)n);
    b->len += n;
}
RT_INLINE void buf_str(Buf *b, GoString s) { buf_write(b, s.ptr, s.len); }
RT_INLINE void buf_cstr(Buf *b, const char *s) { buf_write(b, s, (int64_t)strlen(s)); }
GoString buf_string(Buf *b); /* the bytes as a GoString (no copy) */

RT_INLINE GoString gostr_c(const char *s)
{
    return (GoString){(const uint8_t *)s, (int64_t)strlen(s)};
}
RT_INLINE uint8_t type_kind(const GoType *t) { return t->kind & GO_KIND_MASK; }

#endif
