/*
 * ptrmap.h — a pointer-keyed hash map (open addressing, linear probing),
 * malloc'ed so it can be freed with the analysis. Keys are never NULL.
 */
#ifndef MINIGO_ESCAPE_PTRMAP_H
#define MINIGO_ESCAPE_PTRMAP_H

#include <stdint.h>
#include <stdlib.h>

#include "../common/common.h"

typedef struct PtrMap {
    const void **keys;
    void **vals;
    size_t cap;   /* power of two, or 0 */
    size_t count;
} PtrMap;

static inline size_t ptrmap_hash(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static inline void *ptrmap_get(const PtrMap *m, const void *key)
{
    if (!m->cap)
        return NULL;
    size_t mask = m->cap - 1;
    for (size_t i = ptrmap_hash(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

static inline void ptrmap_put(PtrMap *m, const void *key, void *val);

static inline void ptrmap_grow(PtrMap *m)
{
    PtrMap n = {0};
    n.cap = m->cap ? m->cap * 2 : 64;
    n.keys = xmalloc(n.cap * sizeof *n.keys);
    n.vals = xmalloc(n.cap * sizeof *n.vals);
    for (size_t i = 0; i < n.cap; i++)
        n.keys[i] = NULL;
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i])
            ptrmap_put(&n, m->keys[i], m->vals[i]);
    free(m->keys);
    free(m->vals);
    *m = n;
}

static inline void ptrmap_put(PtrMap *m, const void *key, void *val)
{
    if ((m->count + 1) * 2 > m->cap)
        ptrmap_grow(m);
    size_t mask = m->cap - 1;
    for (size_t i = ptrmap_hash(key) & mask;; i = (i + 1) & mask) {
        if (m->keys[i] == key) {
            m->vals[i] = val;
            return;
        }
        if (!m->keys[i]) {
            m->keys[i] = key;
            m->vals[i] = val;
            m->count++;
            return;
        }
    }
}

static inline void ptrmap_free(PtrMap *m)
{
    free(m->keys);
    free(m->vals);
    m->keys = NULL;
    m->vals = NULL;
    m->cap = m->count = 0;
}

#endif
