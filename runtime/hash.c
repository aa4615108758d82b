/*
 * hash.c — seeds, random numbers, and hashing/equality driven by type
 * descriptors.
 *
 * Hashing is XXH3 (libxxhash, inlined), seeded per map: the 64-bit seed is
 * a per-process random key (getrandom at startup) mixed with the map's
 * 32-bit hash0, itself drawn from fastrand for every new map. Keys chosen to
 * collide under one map's seed therefore spread normally in another map.
 * Equality and hashing of composite types walk the descriptor when the code
 * generator did not supply a function: structs field by field, arrays
 * element by element, floats so that +0 == -0 and NaN != NaN (a NaN hashes
 * randomly, as in Go), interfaces by dynamic type then value.
 */
#include "rt.h"

#include <sys/random.h>

#define XXH_INLINE_ALL
#include <xxhash.h>

void rt_seed_init(G *g)
{
    uint64_t seed[2] = {0, 0};
    if (getrandom(seed, sizeof seed, 0) != (ssize_t)sizeof seed) {
        /* No entropy source: fall back to address-space randomness. */
        seed[0] = (uint64_t)(uintptr_t)&seed ^ (uint64_t)(uintptr_t)g;
        seed[1] = seed[0] * 0x9E3779B97F4A7C15ull;
    }
    g->randstate = seed[0] | 1;
    g->hashkey = seed[1];
}

/* wyrand: a fast 64-bit generator (Go's fastrand64 is wyrand too). */
uint64_t fastrand64(void) { return rt_fastrand64(); }

uint32_t fastrand(void) { return (uint32_t)fastrand64(); }

uint64_t rt_memhash(const void *p, uint64_t len, uint64_t seed)
{
    return XXH3_64bits_withSeed(p, (size_t)len, seed);
}

uint64_t memhash(const void *p, uint64_t seed, uint64_t size) { return rt_memhash(p, size, seed); }
uint64_t memhash32(const void *p, uint64_t seed) { return XXH3_64bits_withSeed(p, 4, seed); }
uint64_t memhash64(const void *p, uint64_t seed) { return XXH3_64bits_withSeed(p, 8, seed); }
bool memequal32(const void *a, const void *b) { return memcmp(a, b, 4) == 0; }
bool memequal64(const void *a, const void *b) { return memcmp(a, b, 8) == 0; }

uint64_t strhash(const void *p, uint64_t seed)
{
    const GoString *s = p;
    return XXH3_64bits_withSeed(s->ptr, (size_t)s->len, seed);
}

bool strequal(const void *a, const void *b)
{
    const GoString *x = a, *y = b;
    return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
}

static uint64_t f64hash(double f, uint64_t seed)
{
    if (f == 0) f = 0; /* +0 and -0 hash alike */
    if (f != f) return XXH3_64bits_withSeed(&f, 8, seed ^ fastrand64()); /* NaN: random */
    return XXH3_64bits_withSeed(&f, 8, seed);
}

_Noreturn static void panic_unhashable(const GoType *t)
{
    char msg[256];
    snprintf(msg, sizeof msg, "hash of unhashable type %.*s", (int)t->name.len, (const char *)t->name.ptr);
    rt_panicstring(msg);
}

_Noreturn static void panic_uncomparable(const GoType *t)
{
    char msg[256];
    snprintf(msg, sizeof msg, "comparing uncomparable type %.*s", (int)t->name.len, (const char *)t->name.ptr);
    rt_panicstring(msg);
}

/* The value an `any` holds, as a pointer to the value. */
static const void *eface_valptr(const GoEface *e)
{
    return (e->type->kind & GO_KIND_DIRECT_IFACE) ? (const void *)&e->data : e->data;
}

static uint64_t efacehash(const GoEface *e, uint64_t seed)
{
    if (!e->type) return seed ^ 0x5bd1e995u;
    uint64_t th = XXH3_64bits_withSeed(e->type->name.ptr, (size_t)e->type->name.len, seed);
    return typehash(e->type, eface_valptr(e), th);
}

uint64_t typehash(const GoType *t, const void *p, uint64_t seed)
{
    if (t->hash) return t->hash(p, seed);
    if (t->tflag & GO_TFLAG_REGULAR_MEMORY) return rt_memhash(p, t->size, seed);
    switch (type_kind(t)) {
    case GO_FLOAT32: return f64hash(*(const float *)p, seed);
    case GO_FLOAT64: return f64hash(*(const double *)p, seed);
    case GO_STRING: return strhash(p, seed);
    case GO_INTERFACE: return efacehash(p, seed);
    case GO_ARRAY: {
        uint64_t h = seed;
        for (int64_t i = 0; i < t->len; i++)
            h = typehash(t->elem, (const uint8_t *)p + i * (int64_t)t->elem->size, h);
        return h;
    }
    case GO_STRUCT: {
        uint64_t h = seed;
        for (int64_t i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (f->name.len == 1 && f->name.ptr[0] == '_') continue;
            h = typehash(f->type, (const uint8_t *)p + f->offset, h);
        }
        return h;
    }
    case GO_SLICE: case GO_MAP: case GO_FUNC:
        panic_unhashable(t);
    default:
        return rt_memhash(p, t->size, seed);
    }
}

bool efaceeq(GoEface a, GoEface b)
{
    if (a.type != b.type) return false;
    if (!a.type) return true;
    return typeequal(a.type, eface_valptr(&a), eface_valptr(&b));
}

bool typeequal(const GoType *t, const void *a, const void *b)
{
    if (t->equal) return t->equal(a, b);
    if (t->tflag & GO_TFLAG_REGULAR_MEMORY) return memcmp(a, b, t->size) == 0;
    switch (type_kind(t)) {
    case GO_FLOAT32: return *(const float *)a == *(const float *)b;
    case GO_FLOAT64: return *(const double *)a == *(const double *)b;
    case GO_STRING: return strequal(a, b);
    case GO_INTERFACE: return efaceeq(*(const GoEface *)a, *(const GoEface *)b);
    case GO_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            int64_t off = i * (int64_t)t->elem->size;
            if (!typeequal(t->elem, (const uint8_t *)a + off, (const uint8_t *)b + off)) return false;
        }
        return true;
    case GO_STRUCT:
        for (int64_t i = 0; i < t->nfields; i++) {
            const GoField *f = &t->fields[i];
            if (f->name.len == 1 && f->name.ptr[0] == '_') continue;
            if (!typeequal(f->type, (const uint8_t *)a + f->offset, (const uint8_t *)b + f->offset))
                return false;
        }
        return true;
    case GO_SLICE: case GO_MAP: case GO_FUNC:
        panic_uncomparable(t);
    default:
        return memcmp(a, b, t->size) == 0;
    }
}
