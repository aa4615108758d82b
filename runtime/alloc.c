/*
 * alloc.c — memory for Go values, through the Boehm-Demers-Weiser GC.
 *
 * Boehm scans conservatively: the stack, registers, data segments and every
 * object allocated with GC_MALLOC. Objects that can hold no pointer (string
 * bytes, []int arrays, pointer-free map buckets) go to GC_MALLOC_ATOMIC
 * memory, which is never scanned; anything they would have kept alive must
 * be reachable another way (map.c keeps overflow buckets of pointer-free
 * maps in hmap.extra, as Go does). Go's size classes are reproduced by
 * roundupsize so that append's growth matches gc's capacities exactly.
 */
#include "rt.h"

#include <gc.h>
#include <gc/gc_mark.h>
#include <stdlib.h>
#include <sys/mman.h>

enum {
    HUGE_PAGE = 2u << 20,
    BIG_ALLOC = 4u << 20, /* from here on, ask for transparent huge pages */
};

void rt_gc_init(void)
{
    /* Go values point into the middle of objects (slices, &s.f). */
    GC_set_all_interior_pointers(1);
    GC_INIT();
    /* A scanned kind that Boehm does not clear: big objects are cleared by
       rt_alloc after madvise, so that fresh pages can be huge pages. */
    getg()->gc_kind_noclear = (int)GC_new_kind(GC_new_free_list(), GC_DS_LENGTH, 1, 0);
}

/* Big arrays (map buckets, slices) are accessed at random; with 4 KiB pages
 * nearly every access also misses the TLB. Go madvises its heap for huge
 * pages (runtime/mem_linux.go); we do it for big objects before first
 * touching them, which is when the kernel chooses the page size. No
 * allocation happens between GC_generic_malloc and the memset, so the GC
 * never scans the uncleared memory. */
static void *alloc_big(uint64_t size, bool scan)
{
    void *p = scan ? GC_generic_malloc(size, getg()->gc_kind_noclear) : GC_MALLOC_ATOMIC(size);
    if (unlikely(!p)) runtime_fatal("runtime: out of memory");
    uintptr_t b = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    uintptr_t e = ((uintptr_t)p + size) & ~(uintptr_t)(HUGE_PAGE - 1);
    if (b < e) madvise((void *)b, e - b, MADV_HUGEPAGE);
    memset(p, 0, size);
    return p;
}

void *rt_alloc(uint64_t size, bool scan)
{
    void *p;
    if (size == 0) size = 1;
    if (size >= BIG_ALLOC) return alloc_big(size, scan);
    if (scan) {
        p = GC_MALLOC(size); /* zeroed by Boehm */
    } else {
        p = GC_MALLOC_ATOMIC(size);
        if (p) memset(p, 0, size);
    }
    if (unlikely(!p)) runtime_fatal("runtime: out of memory");
    return p;
}

void *rt_alloc_noscan_nozero(uint64_t size)
{
    void *p = GC_MALLOC_ATOMIC(size ? size : 1);
    if (unlikely(!p)) runtime_fatal("runtime: out of memory");
    return p;
}

void *newobject(int64_t size) { return rt_alloc((uint64_t)size, true); }

void *newobject_typed(const GoType *t) { return rt_alloc(t->size, t->ptrdata != 0); }

void *mallocgc(uint64_t size, bool has_pointers, bool needzero)
{
    if (!has_pointers && !needzero) return rt_alloc_noscan_nozero(size);
    return rt_alloc(size, has_pointers);
}

/* Go 1.19's class_to_size (runtime/sizeclasses.go). */
static const uint16_t class_to_size[] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224,
    240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456,
    4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264,
    28672, 32768,
};
enum { MAX_SMALL_SIZE = 32768, PAGE_SIZE = 8192 };

uint64_t roundupsize(uint64_t size)
{
    if (size < MAX_SMALL_SIZE) {
        /* Binary search for the smallest class that holds size. */
        size_t lo = 1, hi = sizeof class_to_size / sizeof class_to_size[0] - 1;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (class_to_size[mid] >= size) hi = mid;
            else lo = mid + 1;
        }
        return size == 0 ? 0 : class_to_size[lo];
    }
    if (size + PAGE_SIZE < size) return size;
    return (size + PAGE_SIZE - 1) & ~(uint64_t)(PAGE_SIZE - 1);
}

void buf_grow(Buf *b, int64_t more)
{
    int64_t cap = b->cap ? b->cap * 2 : 64;
    while (cap < b->len + more) cap *= 2;
    uint8_t *p = rt_alloc_noscan_nozero((uint64_t)cap);
    if (b->len) memcpy(p, b->p, (size_t)b->len);
    b->p = p;
    b->cap = cap;
}

GoString buf_string(Buf *b) { return (GoString){b->p, b->len}; }
