/*
 * map_internals.c — the hmap fields mean what Go's mean.
 *
 * Checks at known points: B after n inserts and after make(map, hint)
 * (load factor 6.5), preallocated overflow buckets for B >= 4, the growth
 * trigger, incremental evacuation (each write evacuates at most two old
 * buckets and at least one, so nevacuate advances 1..2 per write and the
 * growth ends after at most 2^oldB writes), same-size growth after churn
 * leaves too many overflow buckets, random hash0 per map and random
 * iteration start, hash flooding not carrying across maps, and the GC
 * seeing keys and values held by heap maps, pointer-free maps' overflow
 * buckets and maps whose hmap and bucket live on the stack.
 */
#include "testutil.h"

#include <gc.h>

static MapType mt_ii, mt_si, mt_sp;

static void set_ii(hmap *h, int64_t k, int64_t v) { *(int64_t *)mapassign_fast64(&mt_ii, h, (uint64_t)k) = v; }

static void test_sizes(void)
{
    hmap *h = makemap_small();
    CHECK(h->B == 0 && h->buckets == NULL && h->count == 0, "fresh small map");
    set_ii(h, 1, 1);
    CHECK(h->B == 0 && h->buckets != NULL, "first assign allocates bucket 0");
    for (int64_t i = 2; i <= 8; i++) set_ii(h, i, i);
    CHECK(h->B == 0 && h->count == 8, "8 entries fit one bucket (B=%u)", h->B);
    set_ii(h, 9, 9);
    CHECK(h->B == 1, "9th entry grows to B=1 (B=%u)", h->B);
    CHECK(h->oldbuckets == NULL && h->nevacuate == 1,
          "a one-bucket growth finishes in the write that starts it (nevacuate=%lu)", (unsigned long)h->nevacuate);
    /* Growth points: B is the least with n <= 6.5 * 2^B. */
    hmap *g = makemap_small();
    int64_t n = 0;
    for (int B = 1; B <= 12; B++) {
        int64_t limit = 13 * ((int64_t)1 << B) / 2;
        while (n < limit) set_ii(g, n, n), n++;
        CHECK(g->B == B, "at %lld entries B=%u, want %d", (long long)n, g->B, B);
        set_ii(g, n, n), n++;
        CHECK(g->B == B + 1, "entry %lld starts growth to B=%d (B=%u)", (long long)n, B + 1, g->B);
    }
    struct {
        int64_t hint;
        uint8_t B;
    } hints[] = {{0, 0}, {8, 0}, {9, 1}, {13, 1}, {14, 2}, {104, 4}, {105, 5}, {1000000, 18}};
    for (size_t i = 0; i < sizeof hints / sizeof hints[0]; i++) {
        hmap *m = makemap(&mt_ii, hints[i].hint, NULL);
        CHECK(m->B == hints[i].B, "make(map, %lld): B=%u want %u", (long long)hints[i].hint, m->B, hints[i].B);
        CHECK((m->B == 0) == (m->buckets == NULL), "hint %lld: buckets allocated iff B > 0", (long long)hints[i].hint);
        bool prealloc = m->extra && m->extra->nextOverflow;
        CHECK(prealloc == (m->B >= 4), "hint %lld: overflow buckets preallocated iff B >= 4", (long long)hints[i].hint);
    }
}

static void test_evacuation(void)
{
    hmap *h = makemap_small();
    int64_t n = 0;
    while (h->B < 10) set_ii(h, n, n), n++;
    /* The insert that triggered growth from B=9 evacuated 1 or 2 buckets. */
    uintptr_t oldn = (uintptr_t)1 << 9;
    CHECK(h->oldbuckets != NULL, "growth to B=10 in progress");
    CHECK(h->nevacuate >= 1 && h->nevacuate <= 2, "first write evacuates 1..2 buckets (nevacuate=%lu)",
          (unsigned long)h->nevacuate);
    CHECK(h->noverflow <= 2, "noverflow restarts at growth (%u)", h->noverflow);
    int64_t writes = 1;
    while (h->oldbuckets) {
        uintptr_t before = h->nevacuate;
        /* Writes of any kind do growth work: new keys, updates, deletes. */
        switch (writes % 3) {
        case 0: set_ii(h, n, n), n++; break;
        case 1: set_ii(h, writes % n, 0); break;
        default: mapdelete_fast64(&mt_ii, h, (uint64_t)(n + 1000000)); break;
        }
        writes++;
        if (h->oldbuckets) {
            CHECK(h->nevacuate > before, "each write advances evacuation");
            CHECK(h->nevacuate <= (uintptr_t)(2 * writes), "at most two buckets per write... nevacuate=%lu after %lld writes",
                  (unsigned long)h->nevacuate, (long long)writes);
        }
        if (writes > (int64_t)oldn + 1) break;
    }
    CHECK(h->oldbuckets == NULL && h->nevacuate == oldn, "growth done within 2^oldB writes (%lld writes, nevacuate=%lu)",
          (long long)writes, (unsigned long)h->nevacuate);
    CHECK(!(h->flags & MAP_SAME_SIZE_GROW), "doubling growth is not same-size");
    /* Reads do no growth work. */
    while (h->B < 11) set_ii(h, n, n), n++;
    uintptr_t mark = h->nevacuate;
    for (int64_t i = 0; i < 1000; i++) (void)mapaccess1_fast64(&mt_ii, h, (uint64_t)i);
    CHECK(h->nevacuate == mark && h->oldbuckets != NULL, "reads do not evacuate");
    for (int64_t i = 0; i < n; i++) {
        MapAccess2 r = mapaccess2_fast64(&mt_ii, h, (uint64_t)i);
        if (!r.ok) continue; /* updated/deleted above only for small ids */
        CHECK(*(int64_t *)r.elem == i || *(int64_t *)r.elem == 0, "value of %lld during growth", (long long)i);
    }
}

static void test_same_size_growth(void)
{
    hmap *h = makemap(&mt_ii, 100, NULL);
    CHECK(h->B == 4, "hint 100 gives B=4 (%u)", h->B);
    Rng r = {42};
    int64_t live[100];
    for (int i = 0; i < 100; i++) {
        live[i] = (int64_t)rng_next(&r);
        set_ii(h, live[i], i);
    }
    bool saw_same_size = false;
    uint16_t max_noverflow = 0;
    for (int step = 0; step < 200000 && !saw_same_size; step++) {
        int j = (int)rng_below(&r, 100);
        mapdelete_fast64(&mt_ii, h, (uint64_t)live[j]);
        live[j] = (int64_t)rng_next(&r);
        set_ii(h, live[j], j);
        if (h->noverflow > max_noverflow) max_noverflow = h->noverflow;
        if (h->flags & MAP_SAME_SIZE_GROW) saw_same_size = true;
    }
    CHECK(saw_same_size, "churn at constant size triggers same-size growth (max noverflow %u)", max_noverflow);
    CHECK(h->B == 4, "same-size growth keeps B (B=%u)", h->B);
    CHECK(max_noverflow >= 16, "it starts when noverflow reaches 2^B (max %u)", max_noverflow);
    CHECK(h->count == 100, "count unchanged (%lld)", (long long)h->count);
    while (h->oldbuckets) set_ii(h, live[0], 0);
    CHECK(!(h->flags & MAP_SAME_SIZE_GROW) && h->noverflow < 16, "compacted: noverflow %u", h->noverflow);
}

static void test_randomness(void)
{
    hmap *a = makemap_small(), *b = makemap_small();
    CHECK(a->hash0 != b->hash0, "hash0 differs per map");
    for (int64_t i = 0; i < 100; i++) set_ii(a, i, i);
    int64_t first = -1;
    bool differs = false;
    for (int t = 0; t < 32; t++) {
        hiter it;
        mapiterinit(&mt_ii, a, &it);
        int64_t k = *(int64_t *)it.key;
        if (first >= 0 && k != first) differs = true;
        first = k;
    }
    CHECK(differs, "iteration start is randomised");
}

/* Keys that collide in one map spread normally in another. */
static void test_flooding(void)
{
    hmap *a = makemap(&mt_si, 1000, NULL);
    CHECK(a->B == 8, "B=8 (%u)", a->B);
    enum { N = 1500 };
    GoString *keys = newobject(N * (int64_t)sizeof(GoString));
    char buf[32];
    int found = 0;
    for (uint64_t i = 0; found < N; i++) {
        int n = snprintf(buf, sizeof buf, "flood%llu", (unsigned long long)i);
        GoString s = {(const uint8_t *)buf, n};
        if ((maphash(&mt_si, a, &s) & 255) != 0) continue;
        uint8_t *p = mallocgc((uint64_t)n, false, false);
        memcpy(p, buf, (size_t)n);
        keys[found++] = (GoString){p, n};
    }
    for (int i = 0; i < N; i++) *(int64_t *)mapassign_faststr(&mt_si, a, keys[i]) = i;
    CHECK(a->noverflow > 100, "colliding keys chain in their own map (noverflow %u)", a->noverflow);
    hmap *b = makemap(&mt_si, 1000, NULL);
    for (int i = 0; i < N; i++) *(int64_t *)mapassign_faststr(&mt_si, b, keys[i]) = i;
    int counts[1 << 10] = {0}, maxc = 0;
    uint64_t mask = ((uint64_t)1 << b->B) - 1;
    for (int i = 0; i < N; i++) {
        int c = ++counts[maphash(&mt_si, b, &keys[i]) & mask];
        if (c > maxc) maxc = c;
    }
    CHECK(maxc <= 24, "another map spreads them: fullest bucket holds %d", maxc);
    CHECK(b->noverflow < 70, "and needs the usual overflow buckets (%u; ~33 expected)", b->noverflow);
    for (int i = 0; i < N; i++) {
        MapAccess2 r = mapaccess2_faststr(&mt_si, b, keys[i]);
        CHECK(r.ok && *(int64_t *)r.elem == i, "flood key %d", i);
    }
}

/* Allocate and scribble over garbage so freed memory gets reused. */
static void churn_heap(void)
{
    for (int round = 0; round < 3; round++) {
        GC_gcollect();
        for (int i = 0; i < 20000; i++) {
            void *p = GC_MALLOC_ATOMIC(208);
            memset(p, 0xAB, 208);
            void *q = GC_MALLOC(96);
            memset(q, 0xCD, 96);
        }
    }
}

static GoString heap_key(int64_t i)
{
    char buf[48];
    int n = snprintf(buf, sizeof buf, "key-%lld-padding-to-defeat-sso", (long long)i);
    uint8_t *p = mallocgc((uint64_t)n, false, false);
    memcpy(p, buf, (size_t)n);
    return (GoString){p, n};
}

static void test_gc_visibility(void)
{
    enum { N = 50000 };
    /* Strings keys and pointer values reachable only through the map. */
    hmap *sp = makemap_small();
    for (int64_t i = 0; i < N; i++) {
        int64_t *v = newobject(sizeof(int64_t));
        *v = i * 3;
        *(int64_t **)mapassign_faststr(&mt_sp, sp, heap_key(i)) = v;
    }
    /* A pointer-free map with plenty of overflow buckets: those live only
       in hmap.extra, since the bucket array is not scanned. */
    hmap *ii = makemap_small();
    for (int64_t i = 0; i < 4 * N; i++) set_ii(ii, i * 7919, i);
    CHECK(ii->extra && ii->extra->overflow && ii->extra->overflow->len > 0,
          "pointer-free map keeps its overflow buckets in extra");
    /* A map whose hmap and first bucket are on this stack frame. */
    hmap stack_h;
    _Alignas(8) uint8_t stack_bucket[8 + 8 * 16 + 8 * 8 + 8];
    CHECK(mt_sp.bucketsize == sizeof stack_bucket, "bucket size %u", mt_sp.bucketsize);
    hmap *st = makemap_stack(&mt_sp, &stack_h, stack_bucket);
    for (int64_t i = 0; i < 6; i++) {
        int64_t *v = newobject(sizeof(int64_t));
        *v = -i;
        *(int64_t **)mapassign_faststr(&mt_sp, st, heap_key(i + 1000000)) = v;
    }
    CHECK(st->buckets == stack_bucket, "small stack map stays in its stack bucket");
    /* A []*int64 grown by append: only the slice holds the pointers. */
    static const GoType t_pint = {
        .size = 8, .ptrdata = 8, .kind = GO_POINTER | GO_KIND_DIRECT_IFACE, .align = 8,
        .name = GOSTR("*int64"), .elem = &go_type_int64,
    };
    GoSlice ps = {0};
    for (int64_t i = 0; i < N; i++) {
        if (ps.len == ps.cap) growslice(&t_pint, &ps, ps.len + 1);
        int64_t *v = newobject(sizeof(int64_t));
        *v = i ^ 0x5555;
        ((int64_t **)ps.ptr)[ps.len++] = v;
    }
    churn_heap();
    for (int64_t i = 0; i < N; i++)
        CHECK(*((int64_t **)ps.ptr)[i] == (i ^ 0x5555), "slice element %lld survives GC", (long long)i);
    char buf[48];
    for (int64_t i = 0; i < N; i++) {
        int n = snprintf(buf, sizeof buf, "key-%lld-padding-to-defeat-sso", (long long)i);
        MapAccess2 r = mapaccess2_faststr(&mt_sp, sp, (GoString){(const uint8_t *)buf, n});
        CHECK(r.ok && **(int64_t **)r.elem == i * 3, "heap map entry %lld survives GC", (long long)i);
    }
    for (int64_t i = 0; i < 4 * N; i++) {
        MapAccess2 r = mapaccess2_fast64(&mt_ii, ii, (uint64_t)(i * 7919));
        CHECK(r.ok && *(int64_t *)r.elem == i, "pointer-free map entry %lld survives GC", (long long)i);
    }
    for (int64_t i = 0; i < 6; i++) {
        int n = snprintf(buf, sizeof buf, "key-%lld-padding-to-defeat-sso", (long long)(i + 1000000));
        MapAccess2 r = mapaccess2_faststr(&mt_sp, st, (GoString){(const uint8_t *)buf, n});
        CHECK(r.ok && **(int64_t **)r.elem == -i, "stack map entry %lld survives GC", (long long)i);
    }
}

int main(int argc, char **argv)
{
    runtime_init(argc, argv);
    static const GoType t_pint = {
        .size = 8, .ptrdata = 8, .kind = GO_POINTER | GO_KIND_DIRECT_IFACE, .align = 8,
        .tflag = GO_TFLAG_REGULAR_MEMORY, .name = GOSTR("*int64"), .elem = &go_type_int64,
    };
    mt_ii = maptype_make("map[int64]int64", &go_type_int64, &go_type_int64);
    mt_si = maptype_make("map[string]int64", &go_type_string, &go_type_int64);
    mt_sp = maptype_make("map[string]*int64", &go_type_string, &t_pint);
    test_sizes();
    test_evacuation();
    test_same_size_growth();
    test_randomness();
    test_flooding();
    test_gc_visibility();
    return test_report("map_internals");
}
