/*
 * map_diff.c — differential test of runtime maps against a reference model.
 *
 * usage: map_diff [TOTAL_OPS [SEED]]   (default 10,000,000 ops)
 *
 * For each key kind (string via _faststr, int32 via _fast32, int64 via
 * _fast64, pointer via _fast64ptr, a struct through the generic entry
 * points, and a 160-byte key with a 200-byte value, both stored indirectly)
 * random operations run against the map and against a model: an array
 * indexed by key id with a dense list of present ids. Keys are bijections
 * of their id, so every key the map returns maps back to its id.
 *
 * Phases: (1) grow: insert a permutation of ids (past 1M entries for the
 * string and int64 kinds at full size) mixed with lookups and deletes;
 * (2) at the peak, one full iteration, then an iteration that inserts and
 * deletes at every step, forcing growth mid-iteration; (3) churn: mixed
 * assign/access/delete/clear with small iterate-while-mutating episodes.
 * Iteration checks Go's guarantees: every entry present throughout is seen
 * exactly once, no entry is seen after its deletion, values are current.
 * Fast and generic entry points are mixed on the same map, so their hashes
 * must agree.
 */
#include "testutil.h"

#include <gc.h>

enum { V_STR, V_I32, V_I64, V_PTR, V_STRUCT, V_BIG, V_COUNT };

typedef struct SKey {
    int64_t id;
    GoString s;
} SKey;

typedef struct BigKey {
    int64_t w[20];
} BigKey;

typedef struct BigVal {
    int64_t w[25];
} BigVal;

static const GoField skey_fields[] = {
    {GOSTR("id"), &go_type_int64, 0, 0, 0},
    {GOSTR("s"), &go_type_string, 8, 0, 0},
};
static const GoType t_skey = {
    .size = 24, .ptrdata = 16, .kind = GO_STRUCT, .align = 8, .tflag = GO_TFLAG_NAMED,
    .name = GOSTR("main.SKey"), .fields = skey_fields, .nfields = 2,
};
static const GoType t_bigkey = {
    .size = 160, .kind = GO_ARRAY, .align = 8, .tflag = GO_TFLAG_REGULAR_MEMORY,
    .name = GOSTR("[20]int64"), .elem = &go_type_int64, .len = 20,
};
static const GoType t_bigval = {
    .size = 200, .kind = GO_ARRAY, .align = 8, .tflag = GO_TFLAG_REGULAR_MEMORY,
    .name = GOSTR("[25]int64"), .elem = &go_type_int64, .len = 25,
};
static const GoType t_ptr = {
    .size = 8, .ptrdata = 8, .kind = GO_POINTER | GO_KIND_DIRECT_IFACE, .align = 8,
    .tflag = GO_TFLAG_REGULAR_MEMORY, .name = GOSTR("*int64"), .elem = &go_type_int64,
};

static const char pad_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

typedef struct Ref {
    uint8_t *present;
    int64_t *val;
    int64_t *ids; /* dense list of present ids */
    int64_t *pos; /* index of id in ids */
    int64_t n;
    uint8_t *seen, *mutated; /* iteration bookkeeping */
} Ref;

typedef struct Kind {
    const char *name;
    int v;
    MapType mt;
    int64_t keyspace;
    int64_t peak;   /* entries reached in the grow phase */
    int64_t ops;
    int64_t *arena; /* pointer keys point into this */
    hmap *h;
    Ref ref;
    Rng rng;
    uint64_t inv64;
} Kind;

static const uint64_t MUL64 = 0x9E3779B97F4A7C15ull;

/* ---- keys --------------------------------------------------------------- */

/* String key for id: "<id>:" plus 0..40 padding chars. heap: allocate the
 * bytes on the GC heap (stored in the map), else use buf. */
static GoString str_key(int64_t id, char *buf, bool heap)
{
    int n = snprintf(buf, 64, "%lld:", (long long)id);
    int pad = (int)((uint64_t)id * 7 % 41);
    for (int i = 0; i < pad; i++) buf[n++] = pad_chars[(id + i) % 62];
    if (!heap) return (GoString){(const uint8_t *)buf, n};
    uint8_t *p = mallocgc((uint64_t)n, false, false);
    memcpy(p, buf, (size_t)n);
    return (GoString){p, n};
}

static int64_t str_id(const GoString *s)
{
    int64_t id = 0;
    for (int64_t i = 0; i < s->len && s->ptr[i] != ':'; i++) id = id * 10 + (s->ptr[i] - '0');
    return id;
}

static void big_key(int64_t id, BigKey *k)
{
    for (int i = 0; i < 20; i++) k->w[i] = id * (i + 1) + i;
}

static void skey(int64_t id, SKey *k)
{
    k->id = id;
    k->s = (GoString){(const uint8_t *)pad_chars + id % 7, id % 11};
}

static int64_t key_id(Kind *k, const void *key)
{
    switch (k->v) {
    case V_STR: return str_id(key);
    case V_I32: return (int64_t)(*(const uint32_t *)key ^ 0x5bd1e995u);
    case V_I64: return (int64_t)(*(const uint64_t *)key * k->inv64);
    case V_PTR: return (*(int64_t *const *)key - k->arena);
    case V_STRUCT: return ((const SKey *)key)->id;
    default: return ((const BigKey *)key)->w[0];
    }
}

/* ---- map operations through the entry point the code generator uses,
 *      or (generic=true) through the generic ones ------------------------- */

static void *op_assign(Kind *k, int64_t id, bool generic)
{
    char buf[64];
    switch (k->v) {
    case V_STR: {
        GoString s = str_key(id, buf, true);
        return generic ? mapassign(&k->mt, k->h, &s) : mapassign_faststr(&k->mt, k->h, s);
    }
    case V_I32: {
        uint32_t key = (uint32_t)id ^ 0x5bd1e995u;
        return generic ? mapassign(&k->mt, k->h, &key) : mapassign_fast32(&k->mt, k->h, key);
    }
    case V_I64: {
        uint64_t key = (uint64_t)id * MUL64;
        return generic ? mapassign(&k->mt, k->h, &key) : mapassign_fast64(&k->mt, k->h, key);
    }
    case V_PTR: {
        void *key = &k->arena[id];
        return generic ? mapassign(&k->mt, k->h, &key) : mapassign_fast64ptr(&k->mt, k->h, key);
    }
    case V_STRUCT: {
        SKey key;
        skey(id, &key);
        return mapassign(&k->mt, k->h, &key);
    }
    default: {
        BigKey key;
        big_key(id, &key);
        return mapassign(&k->mt, k->h, &key);
    }
    }
}

static MapAccess2 op_access(Kind *k, int64_t id, bool generic)
{
    char buf[64];
    switch (k->v) {
    case V_STR: {
        GoString s = str_key(id, buf, false);
        return generic ? mapaccess2(&k->mt, k->h, &s) : mapaccess2_faststr(&k->mt, k->h, s);
    }
    case V_I32: {
        uint32_t key = (uint32_t)id ^ 0x5bd1e995u;
        return generic ? mapaccess2(&k->mt, k->h, &key) : mapaccess2_fast32(&k->mt, k->h, key);
    }
    case V_I64: {
        uint64_t key = (uint64_t)id * MUL64;
        return generic ? mapaccess2(&k->mt, k->h, &key) : mapaccess2_fast64(&k->mt, k->h, key);
    }
    case V_PTR: {
        void *key = &k->arena[id];
        return generic ? mapaccess2(&k->mt, k->h, &key)
                       : mapaccess2_fast64(&k->mt, k->h, (uint64_t)(uintptr_t)key);
    }
    case V_STRUCT: {
        SKey key;
        skey(id, &key);
        return mapaccess2(&k->mt, k->h, &key);
    }
    default: {
        BigKey key;
        big_key(id, &key);
        return mapaccess2(&k->mt, k->h, &key);
    }
    }
}

static void op_delete(Kind *k, int64_t id, bool generic)
{
    char buf[64];
    switch (k->v) {
    case V_STR: {
        GoString s = str_key(id, buf, false);
        if (generic) mapdelete(&k->mt, k->h, &s);
        else mapdelete_faststr(&k->mt, k->h, s);
        return;
    }
    case V_I32: {
        uint32_t key = (uint32_t)id ^ 0x5bd1e995u;
        if (generic) mapdelete(&k->mt, k->h, &key);
        else mapdelete_fast32(&k->mt, k->h, key);
        return;
    }
    case V_I64: {
        uint64_t key = (uint64_t)id * MUL64;
        if (generic) mapdelete(&k->mt, k->h, &key);
        else mapdelete_fast64(&k->mt, k->h, key);
        return;
    }
    case V_PTR: {
        void *key = &k->arena[id];
        if (generic) mapdelete(&k->mt, k->h, &key);
        else mapdelete_fast64(&k->mt, k->h, (uint64_t)(uintptr_t)key);
        return;
    }
    case V_STRUCT: {
        SKey key;
        skey(id, &key);
        mapdelete(&k->mt, k->h, &key);
        return;
    }
    default: {
        BigKey key;
        big_key(id, &key);
        mapdelete(&k->mt, k->h, &key);
        return;
    }
    }
}

static void elem_store(Kind *k, void *e, int64_t v)
{
    if (k->v == V_BIG) {
        BigVal *b = e;
        b->w[0] = v;
        b->w[24] = ~v;
    } else {
        *(int64_t *)e = v;
    }
}

static bool elem_load(Kind *k, const void *e, int64_t *v)
{
    if (k->v == V_BIG) {
        const BigVal *b = e;
        *v = b->w[0];
        return b->w[24] == ~b->w[0];
    }
    *v = *(const int64_t *)e;
    return true;
}

/* ---- model ----------------------------------------------------------- */

static void ref_set(Ref *r, int64_t id, int64_t v)
{
    if (!r->present[id]) {
        r->present[id] = 1;
        r->pos[id] = r->n;
        r->ids[r->n++] = id;
    }
    r->val[id] = v;
}

static void ref_del(Ref *r, int64_t id)
{
    if (!r->present[id]) return;
    r->present[id] = 0;
    int64_t last = r->ids[--r->n];
    r->ids[r->pos[id]] = last;
    r->pos[last] = r->pos[id];
}

static void do_assign(Kind *k, int64_t id)
{
    int64_t v = (int64_t)rng_next(&k->rng);
    void *e = op_assign(k, id, rng_below(&k->rng, 8) == 0);
    elem_store(k, e, v);
    ref_set(&k->ref, id, v);
}

static void do_access(Kind *k, int64_t id)
{
    MapAccess2 r = op_access(k, id, rng_below(&k->rng, 8) == 0);
    CHECK(r.ok == k->ref.present[id], "%s: access id %lld ok=%lld want %d", k->name, (long long)id,
          (long long)r.ok, k->ref.present[id]);
    if (r.ok && k->ref.present[id]) {
        int64_t v;
        bool intact = elem_load(k, r.elem, &v);
        CHECK(intact && v == k->ref.val[id], "%s: access id %lld wrong value", k->name, (long long)id);
    } else if (!r.ok) {
        int64_t v;
        elem_load(k, r.elem, &v);
        CHECK(v == 0, "%s: missing key must read the zero value", k->name);
    }
}

static void do_delete(Kind *k, int64_t id)
{
    op_delete(k, id, rng_below(&k->rng, 8) == 0);
    ref_del(&k->ref, id);
}

static void check_len(Kind *k)
{
    CHECK(maplen(k->h) == k->ref.n, "%s: len %lld want %lld", k->name, (long long)maplen(k->h),
          (long long)k->ref.n);
}

static int64_t random_present(Kind *k)
{
    return k->ref.n ? k->ref.ids[rng_below(&k->rng, (uint64_t)k->ref.n)] : 0;
}

/* Iterate, optionally mutating (insert new ids from [lo, hi), delete
 * random present ids, update values) `rate` times per yielded entry. */
static void iterate_check(Kind *k, int rate, int ins, int64_t lo, int64_t hi)
{
    Ref *r = &k->ref;
    int64_t n0 = r->n;
    int64_t *start = malloc(sizeof(int64_t) * (size_t)(n0 ? n0 : 1));
    memcpy(start, r->ids, sizeof(int64_t) * (size_t)n0);
    int64_t cap_touched = 1024, ntouched = 0;
    int64_t *touched = malloc(sizeof(int64_t) * (size_t)cap_touched);
#define TOUCH(id)                                                                   \
    do {                                                                            \
        if (ntouched == cap_touched) {                                              \
            cap_touched *= 2;                                                       \
            touched = realloc(touched, sizeof(int64_t) * (size_t)cap_touched);     \
        }                                                                           \
        touched[ntouched++] = (id);                                                 \
    } while (0)
    hiter it;
    int64_t yielded = 0;
    for (mapiterinit(&k->mt, k->h, &it); it.key; mapiternext(&it)) {
        int64_t id = key_id(k, it.key);
        yielded++;
        bool ok_id = id >= 0 && id < k->keyspace;
        CHECK(ok_id, "%s: iteration returned a foreign key", k->name);
        if (!ok_id) break;
        CHECK(r->present[id], "%s: iteration returned deleted id %lld", k->name, (long long)id);
        int64_t v;
        bool intact = elem_load(k, it.elem, &v);
        CHECK(intact && v == r->val[id], "%s: iteration value for id %lld is stale", k->name, (long long)id);
        if (r->seen[id] == 0 && r->mutated[id] == 0) TOUCH(id);
        if (r->seen[id] < 255) r->seen[id]++;
        CHECK(r->seen[id] == 1 || r->mutated[id], "%s: id %lld seen twice", k->name, (long long)id);
        for (int j = 0; j < rate; j++) {
            uint64_t c = rng_below(&k->rng, 10);
            if (c < (uint64_t)ins && hi > lo) { /* insert a new id */
                int64_t nid = lo + (int64_t)rng_below(&k->rng, (uint64_t)(hi - lo));
                if (!r->present[nid]) {
                    if (r->seen[nid] == 0 && r->mutated[nid] == 0) TOUCH(nid);
                    r->mutated[nid] = 1;
                    do_assign(k, nid);
                }
            } else if (c < (uint64_t)ins + 3 && r->n > 0) { /* delete */
                int64_t did = random_present(k);
                if (r->seen[did] == 0 && r->mutated[did] == 0) TOUCH(did);
                r->mutated[did] = 1;
                do_delete(k, did);
            } else if (r->n > 0) { /* update in place: not a new entry */
                int64_t uid = random_present(k);
                int64_t nv = (int64_t)rng_next(&k->rng);
                elem_store(k, op_assign(k, uid, false), nv);
                r->val[uid] = nv;
            }
        }
    }
    for (int64_t i = 0; i < n0; i++) {
        int64_t id = start[i];
        if (!r->mutated[id])
            CHECK(r->seen[id] == 1, "%s: id %lld present throughout was seen %d times", k->name,
                  (long long)id, r->seen[id]);
    }
    if (rate == 0) CHECK(yielded == n0, "%s: iteration yielded %lld of %lld", k->name, (long long)yielded, (long long)n0);
    for (int64_t i = 0; i < ntouched; i++) r->seen[touched[i]] = r->mutated[touched[i]] = 0;
    free(touched);
    free(start);
#undef TOUCH
    check_len(k);
}

/* Insert fresh ids from [lo, hi) until the map is just below its growth
 * threshold (6.5 * 2^B), so that the next inserts start a growth. */
static void fill_to_threshold(Kind *k, int64_t lo, int64_t hi, int64_t overshoot, int64_t *ops)
{
    int64_t target = 13 * ((int64_t)1 << k->h->B) / 2 - (int64_t)rng_below(&k->rng, 20);
    if (overshoot) target = 13 * ((int64_t)1 << k->h->B) / 2 + overshoot;
    /* Enough fresh ids in [lo, hi)? (lo == 0: the range holds them all.) */
    int64_t outside = lo == 0 ? 0 : k->ref.n;
    if (target - outside > (hi - lo) * 3 / 4) return;
    for (int64_t tries = 0; k->ref.n < target && tries < 20 * target; tries++) {
        int64_t id = lo + (int64_t)rng_below(&k->rng, (uint64_t)(hi - lo));
        if (!k->ref.present[id]) do_assign(k, id);
        (*ops)++;
    }
}

/* ---- phases ----------------------------------------------------------- */

static void phase_grow(Kind *k, int64_t *ops)
{
    /* Insert ids 0..peak-1 in a random order (Fisher-Yates on the fly via
       a permutation array), with lookups and deletes mixed in. */
    int64_t *perm = malloc(sizeof(int64_t) * (size_t)k->peak);
    for (int64_t i = 0; i < k->peak; i++) perm[i] = i;
    for (int64_t i = k->peak - 1; i > 0; i--) {
        int64_t j = (int64_t)rng_below(&k->rng, (uint64_t)i + 1), t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    for (int64_t i = 0; i < k->peak; i++) {
        do_assign(k, perm[i]);
        (*ops)++;
        uint64_t c = rng_below(&k->rng, 20);
        if (c == 0) {
            do_access(k, (int64_t)rng_below(&k->rng, (uint64_t)k->keyspace));
            (*ops)++;
        } else if (c == 1) {
            do_access(k, random_present(k));
            (*ops)++;
        }
    }
    free(perm);
    check_len(k);
}

/* Clear the map, refill it to a few thousand entries, and iterate while
 * mutating; half the time starting just below (or just past) the growth
 * threshold, so the map grows while the iteration runs. */
static void clear_episode(Kind *k, int64_t *ops)
{
    if (rng_below(&k->rng, 2)) mapclear(&k->mt, k->h);
    else k->h = makemap_small(); /* a fresh map keeps B small */
    for (int64_t i = k->ref.n - 1; i >= 0; i--) ref_del(&k->ref, k->ref.ids[i]);
    check_len(k);
    int64_t n = 50 + (int64_t)rng_below(&k->rng, 3000);
    for (int64_t i = 0; i < n; i++) do_assign(k, (int64_t)rng_below(&k->rng, (uint64_t)k->keyspace));
    if (k->h->B <= 12 && rng_below(&k->rng, 4) != 0)
        fill_to_threshold(k, 0, k->keyspace, (int64_t)rng_below(&k->rng, 2) * 3, ops);
    iterate_check(k, 1 + (int)rng_below(&k->rng, 3), 3 + (int)rng_below(&k->rng, 5), 0, k->keyspace);
    *ops += 3 * n;
}

static void phase_churn(Kind *k, int64_t *ops, int64_t budget)
{
    int64_t end = *ops + budget;
    while (*ops < end) {
        uint64_t c = rng_below(&k->rng, 1000);
        int64_t id = (int64_t)rng_below(&k->rng, (uint64_t)k->keyspace);
        if (c < 330) do_assign(k, id);
        else if (c < 500) do_access(k, id);
        else if (c < 700) do_access(k, random_present(k));
        else if (c < 998) do_delete(k, rng_below(&k->rng, 2) ? random_present(k) : id);
        else if (c == 998 && rng_below(&k->rng, 20) == 0) {
            clear_episode(k, ops);
        } else if (k->ref.n < 5000) {
            iterate_check(k, (int)rng_below(&k->rng, 3), 4, 0, k->keyspace);
            *ops += k->ref.n;
        }
        (*ops)++;
    }
    check_len(k);
}

static void run_kind(Kind *k)
{
    int64_t ops = 0;
    k->h = rng_below(&k->rng, 2) ? makemap_small() : makemap(&k->mt, (int64_t)rng_below(&k->rng, 100), NULL);
    phase_grow(k, &ops);
    int64_t peak_len = maplen(k->h);
    uint8_t peak_B = k->h->B;
    iterate_check(k, 0, 0, 0, 0);
    ops += k->ref.n;
    /* Start iterating in the middle of a growth (the iterator reads old
       buckets and filters by destination), first read-only, then inserting
       and deleting as it goes while the growth completes. Iterations that
       start just below the threshold run in phase_churn. */
    fill_to_threshold(k, k->peak, k->keyspace, 3, &ops);
    CHECK(k->h->oldbuckets != NULL, "%s: map should be growing", k->name);
    iterate_check(k, 0, 0, 0, 0);
    iterate_check(k, 1, 5, k->peak, k->keyspace);
    ops += 2 * k->ref.n;
    phase_churn(k, &ops, k->ops > ops ? k->ops - ops : 0);
    for (int i = 0; i < 8; i++) clear_episode(k, &ops);
    printf("  %-8s %9lld ops, peak %8lld entries (B=%u), final %lld\n", k->name, (long long)ops,
           (long long)peak_len, peak_B, (long long)maplen(k->h));
}

static void kind_init(Kind *k, const char *name, int v, const GoType *key, const GoType *elem,
                      int64_t keyspace, int64_t peak, int64_t ops, uint64_t seed)
{
    memset(k, 0, sizeof *k);
    k->name = name;
    k->v = v;
    k->mt = maptype_make(name, key, elem);
    k->keyspace = keyspace;
    k->peak = peak;
    k->ops = ops;
    k->rng.s = seed ^ (uint64_t)v * 0x1234567;
    Ref *r = &k->ref;
    r->present = calloc((size_t)keyspace, 1);
    r->seen = calloc((size_t)keyspace, 1);
    r->mutated = calloc((size_t)keyspace, 1);
    r->val = calloc((size_t)keyspace, sizeof(int64_t));
    r->ids = calloc((size_t)keyspace, sizeof(int64_t));
    r->pos = calloc((size_t)keyspace, sizeof(int64_t));
    if (v == V_PTR) k->arena = newobject(keyspace * (int64_t)sizeof(int64_t));
    uint64_t inv = MUL64;
    for (int i = 0; i < 6; i++) inv *= 2 - MUL64 * inv;
    k->inv64 = inv;
}

static void kind_free(Kind *k)
{
    free(k->ref.present);
    free(k->ref.seen);
    free(k->ref.mutated);
    free(k->ref.val);
    free(k->ref.ids);
    free(k->ref.pos);
}

int main(int argc, char **argv)
{
    runtime_init(argc, argv);
    int64_t total = argc > 1 ? atoll(argv[1]) : 10000000;
    uint64_t seed = argc > 2 ? strtoull(argv[2], NULL, 0) : 0x5eed;
    /* Shares of the total; string and int64 grow past 1M entries at full
       size (peak = 12% of the ops). */
    struct {
        const char *name;
        int v;
        const GoType *key, *elem;
        double share, peak;
    } plan[V_COUNT] = {
        {"string", V_STR, &go_type_string, &go_type_int64, 0.28, 0.12},
        {"int32", V_I32, &go_type_int32, &go_type_int64, 0.16, 0.03},
        {"int64", V_I64, &go_type_int64, &go_type_int64, 0.28, 0.12},
        {"pointer", V_PTR, &t_ptr, &go_type_int64, 0.14, 0.03},
        {"struct", V_STRUCT, &t_skey, &go_type_int64, 0.10, 0.02},
        {"bigkv", V_BIG, &t_bigkey, &t_bigval, 0.04, 0.005},
    };
    printf("map_diff: %lld ops, seed %#llx\n", (long long)total, (unsigned long long)seed);
    for (int i = 0; i < V_COUNT; i++) {
        Kind k;
        int64_t peak = (int64_t)(plan[i].peak * (double)total);
        if (peak < 1000) peak = 1000;
        kind_init(&k, plan[i].name, plan[i].v, plan[i].key, plan[i].elem, peak * 5 / 2, peak,
                  (int64_t)(plan[i].share * (double)total), seed);
        run_kind(&k);
        kind_free(&k);
        GC_gcollect();
    }
    return test_report("map_diff");
}
