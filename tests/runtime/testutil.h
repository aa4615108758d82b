/*
 * testutil.h — helpers for the runtime's C test drivers: failure counting,
 * a deterministic PRNG (so a failing seed can be replayed), and type
 * descriptors built the way the code generator will emit them.
 */
#ifndef MINIGO_TESTUTIL_H
#define MINIGO_TESTUTIL_H

#include "minigort.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_failures;

#define CHECK(cond, ...)                                                         \
    do {                                                                         \
        if (!(cond)) {                                                           \
            if (test_failures++ < 20) {                                          \
                fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
                fprintf(stderr, __VA_ARGS__);                                    \
                fputc('\n', stderr);                                             \
            }                                                                    \
        }                                                                        \
    } while (0)

/* splitmix64: reproducible test randomness. */
typedef struct Rng {
    uint64_t s;
} Rng;
static inline uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}
static inline uint64_t rng_below(Rng *r, uint64_t n) { return n ? rng_next(r) % n : 0; }

/* A map type descriptor for key k and elem e. */
static inline MapType maptype_make(const char *name, const GoType *k, const GoType *e)
{
    MapType t;
    memset(&t, 0, sizeof t);
    t.typ.size = 8;
    t.typ.ptrdata = 8;
    t.typ.kind = GO_MAP | GO_KIND_DIRECT_IFACE;
    t.typ.align = 8;
    t.typ.name = (GoString){(const uint8_t *)name, (int64_t)strlen(name)};
    t.typ.key = k;
    t.typ.elem = e;
    maptype_layout(&t);
    return t;
}

static inline GoString cstr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

/* Box a value as an `any` (data points to a heap copy). */
__attribute__((noinline, unused)) static GoEface box(const GoType *t, const void *v)
{
    if (t->kind & GO_KIND_DIRECT_IFACE) {
        void *p;
        memcpy(&p, v, sizeof p);
        return (GoEface){t, p};
    }
    void *p = newobject((int64_t)t->size);
    memcpy(p, v, t->size);
    return (GoEface){t, p};
}

static inline int test_report(const char *name)
{
    printf("%s: %s\n", name, test_failures ? "FAIL" : "ok");
    return test_failures ? 1 : 0;
}

#endif
