/*
 * slice.c — make, append's growth and copy for slices.
 *
 * growslice follows Go 1.19 exactly: double the capacity below 256
 * elements, above that grow by (newcap + 3*256)/4 until large enough, then
 * round the byte size up to a malloc size class and derive the capacity
 * from it — so cap() after append matches gc's numbers.
 */
#include "rt.h"

enum { MAX_ALLOC = (int64_t)1 << 47 };

/* Storage for zero-sized elements: any non-nil address will do. */
static uint64_t zerobase;

void *makeslice(const GoType *et, int64_t len, int64_t cap)
{
    uint64_t size = et->size;
    if (len < 0 || (size && (uint64_t)len > MAX_ALLOC / size)) rt_panicstring("makeslice: len out of range");
    if (cap < len || (size && (uint64_t)cap > MAX_ALLOC / size)) rt_panicstring("makeslice: cap out of range");
    if (size == 0) return &zerobase;
    return rt_alloc(size * (uint64_t)cap, et->ptrdata != 0);
}

void growslice(const GoType *et, GoSlice *s, int64_t newlen)
{
    if (newlen < s->cap) rt_panicstring("growslice: cap out of range");
    if (et->size == 0) {
        /* append should not create a slice with nil pointer but non-zero len. */
        s->ptr = &zerobase;
        s->cap = newlen;
        return;
    }
    int64_t newcap = s->cap, doublecap = newcap + newcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else {
        const int64_t threshold = 256;
        if (s->cap < threshold) {
            newcap = doublecap;
        } else {
            /* Transition from 2x for small slices to 1.25x for large ones. */
            while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * threshold) / 4;
            if (newcap <= 0) newcap = newlen;
        }
    }
    uint64_t size = et->size;
    if ((uint64_t)newcap > MAX_ALLOC / size) rt_panicstring("growslice: cap out of range");
    uint64_t capmem = roundupsize((uint64_t)newcap * size);
    newcap = (int64_t)(capmem / size);
    capmem = (uint64_t)newcap * size;
    void *p = rt_alloc(capmem, et->ptrdata != 0);
    if (s->len) memcpy(p, s->ptr, (size_t)((uint64_t)s->len * size));
    s->ptr = p;
    s->cap = newcap;
}

int64_t slicecopy(void *dst, int64_t dstlen, const void *src, int64_t srclen, int64_t width)
{
    int64_t n = dstlen < srclen ? dstlen : srclen;
    if (n <= 0 || width == 0) return n < 0 ? 0 : n;
    memmove(dst, src, (size_t)(n * width));
    return n;
}
