/*
 * map.c — Go 1.19's hash map (runtime/map.go, map_fast*.go), in C.
 *
 * A map is an array of 2^B buckets. Each bucket holds 8 key/elem pairs and
 * the top byte of each key's hash (tophash) so lookups compare keys only on
 * a tophash match; the low B bits of the hash select the bucket. A bucket
 * that fills up chains an overflow bucket. When the average load passes 6.5
 * per bucket the map doubles; when it has about as many overflow buckets as
 * buckets (many deletes left them sparse) it "grows" to the same size to
 * compact them. Either way the old array stays and is evacuated
 * incrementally: each write first evacuates the old bucket it is about to
 * use plus one more (growWork), so no single write pays for the whole copy.
 * Readers look in the old bucket while it is not yet evacuated.
 *
 * tophash values below minTopHash mark cell states: emptyRest (this and all
 * later cells are empty, lets searches stop early), emptyOne, and the
 * evacuated marks of an old bucket (X: lower half of the new array, Y:
 * upper half). Iterators start at a random bucket and offset, snapshot the
 * bucket array, and when the map grew meanwhile consult the new table for
 * keys whose old cell was evacuated, so they see every key present
 * throughout exactly once and never a key deleted before it was reached.
 *
 * The `_faststr`, `_fast32`, `_fast64` variants are the same code: each
 * operation is an always-inline template over a key kind, instantiated once
 * per kind, so the specialised copies compare strings by length first and
 * integers with one instruction, and hash with XXH3 directly.
 */
#include "rt.h"

#define XXH_INLINE_ALL
#include <xxhash.h>

enum {
    BUCKET_CNT = 8,
    DATA_OFFSET = 8,   /* keys start after tophash[8] */
    LOAD_FACTOR_NUM = 13,
    LOAD_FACTOR_DEN = 2,
    /* tophash states */
    EMPTY_REST = 0,
    EMPTY_ONE = 1,
    EVACUATED_X = 2,
    EVACUATED_Y = 3,
    EVACUATED_EMPTY = 4,
    MIN_TOP_HASH = 5,
    MAX_ZERO = 1024,
};
#define NO_CHECK ((uintptr_t)1 << 63)

typedef struct bmap {
    uint8_t tophash[BUCKET_CNT];
} bmap;


/* The zero value mapaccess1 returns for a missing key (read-only). */
static const uint8_t zero_val[MAX_ZERO];

/* Key kinds: one instantiation of each operation per kind. */
enum { KK_GENERIC, KK_STR, KK_32, KK_64 };

/* ---- bucket geometry ------------------------------------------------------ */

RT_INLINE uintptr_t bucket_shift(uint8_t b) { return (uintptr_t)1 << (b & 63); }
RT_INLINE uintptr_t bucket_mask(uint8_t b) { return bucket_shift(b) - 1; }

RT_INLINE uint8_t tophash(uint64_t hash)
{
    uint8_t top = (uint8_t)(hash >> 56);
    if (top < MIN_TOP_HASH) top += MIN_TOP_HASH;
    return top;
}

RT_INLINE bool is_empty(uint8_t x) { return x <= EMPTY_ONE; }
RT_INLINE bool evacuated(const bmap *b)
{
    uint8_t h = b->tophash[0];
    return h > EMPTY_ONE && h < MIN_TOP_HASH;
}

RT_INLINE uintptr_t key_size(const MapType *t, int kk)
{
    switch (kk) {
    case KK_STR: return sizeof(GoString);
    case KK_32: return 4;
    case KK_64: return 8;
    default: return t->keysize;
    }
}

RT_INLINE bmap *bucket_at(const MapType *t, void *buckets, uintptr_t i)
{
    return (bmap *)((char *)buckets + i * t->bucketsize);
}
RT_INLINE bmap *bucket_overflow(const MapType *t, const bmap *b)
{
    return *(bmap **)((char *)b + t->bucketsize - sizeof(void *));
}
RT_INLINE void bucket_setoverflow(const MapType *t, bmap *b, bmap *ovf)
{
    *(bmap **)((char *)b + t->bucketsize - sizeof(void *)) = ovf;
}
RT_INLINE void *bucket_key(const MapType *t, bmap *b, uintptr_t i, int kk)
{
    return (char *)b + DATA_OFFSET + i * key_size(t, kk);
}
RT_INLINE void *bucket_elem(const MapType *t, bmap *b, uintptr_t i, int kk)
{
    return (char *)b + DATA_OFFSET + BUCKET_CNT * key_size(t, kk) + i * t->elemsize;
}

RT_INLINE bool indirect_key(const MapType *t, int kk)
{
    return kk == KK_GENERIC && (t->flags & MAPTYPE_INDIRECT_KEY);
}
RT_INLINE bool indirect_elem(const MapType *t) { return t->flags & MAPTYPE_INDIRECT_ELEM; }

static bool bucket_has_pointers(const MapType *t)
{
    return (t->flags & (MAPTYPE_INDIRECT_KEY | MAPTYPE_INDIRECT_ELEM)) ||
           t->typ.key->ptrdata != 0 || t->typ.elem->ptrdata != 0;
}

RT_INLINE bool over_load_factor(int64_t count, uint8_t B)
{
    return count > BUCKET_CNT &&
           (uint64_t)count > LOAD_FACTOR_NUM * (bucket_shift(B) / LOAD_FACTOR_DEN);
}

RT_INLINE bool too_many_overflow_buckets(uint16_t noverflow, uint8_t B)
{
    if (B > 15) B = 15;
    return noverflow >= (uint16_t)(1u << (B & 15));
}

RT_INLINE bool map_growing(const hmap *h) { return h->oldbuckets != NULL; }
RT_INLINE bool same_size_grow(const hmap *h) { return h->flags & MAP_SAME_SIZE_GROW; }
RT_INLINE uintptr_t noldbuckets(const hmap *h)
{
    uint8_t oldB = h->B;
    if (!same_size_grow(h)) oldB--;
    return bucket_shift(oldB);
}
RT_INLINE uintptr_t oldbucketmask(const hmap *h) { return noldbuckets(h) - 1; }

/* ---- keys: hash, compare, store, per kind ------------------------------ */

RT_INLINE uint64_t key_hash(const MapType *t, const void *key, uint64_t seed, int kk)
{
    switch (kk) {
    case KK_STR: {
        const GoString *s = key;
        return XXH3_64bits_withSeed(s->ptr, (size_t)s->len, seed);
    }
    case KK_32: return XXH3_64bits_withSeed(key, 4, seed);
    case KK_64: return XXH3_64bits_withSeed(key, 8, seed);
    default:
        return t->hasher ? t->hasher(key, seed) : typehash(t->typ.key, key, seed);
    }
}

RT_INLINE bool key_equal(const MapType *t, const void *a, const void *b, int kk)
{
    switch (kk) {
    case KK_STR: {
        const GoString *x = a, *y = b;
        return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    case KK_32: return *(const uint32_t *)a == *(const uint32_t *)b;
    case KK_64: return *(const uint64_t *)a == *(const uint64_t *)b;
    default: return typeequal(t->typ.key, a, b);
    }
}

RT_INLINE void key_copy(const MapType *t, void *dst, const void *src, int kk)
{
    switch (kk) {
    case KK_STR: *(GoString *)dst = *(const GoString *)src; break;
    case KK_32: memcpy(dst, src, 4); break;
    case KK_64: memcpy(dst, src, 8); break;
    default: memcpy(dst, src, t->typ.key->size); break;
    }
}

RT_INLINE bool key_reflexive(const MapType *t, int kk)
{
    return kk != KK_GENERIC || (t->flags & MAPTYPE_REFLEXIVE_KEY);
}

RT_INLINE uint64_t map_seed(const hmap *h) { return rt_hashseed(h->hash0); }

/* ---- creation ---------------------------------------------------------- */

void maptype_layout(MapType *t)
{
    const GoType *k = t->typ.key, *e = t->typ.elem;
    uint32_t flags = 0;
    t->keysize = (uint8_t)(k->size > GO_MAX_KEY_SIZE ? sizeof(void *) : k->size);
    t->elemsize = (uint8_t)(e->size > GO_MAX_ELEM_SIZE ? sizeof(void *) : e->size);
    if (k->size > GO_MAX_KEY_SIZE) flags |= MAPTYPE_INDIRECT_KEY;
    if (e->size > GO_MAX_ELEM_SIZE) flags |= MAPTYPE_INDIRECT_ELEM;
    uint8_t kind = type_kind(k);
    bool floaty = kind == GO_FLOAT32 || kind == GO_FLOAT64 || kind == GO_INTERFACE;
    bool simple = (k->tflag & GO_TFLAG_REGULAR_MEMORY) || (kind >= GO_BOOL && kind <= GO_UINTPTR) ||
                  kind == GO_POINTER || kind == GO_STRING;
    if (simple && !floaty) flags |= MAPTYPE_REFLEXIVE_KEY;
    if (!simple || kind == GO_STRING || floaty) flags |= MAPTYPE_NEED_KEY_UPDATE;
    if (kind == GO_INTERFACE || (!simple && kind != GO_FLOAT32 && kind != GO_FLOAT64))
        flags |= MAPTYPE_HASH_MIGHT_PANIC;
    /* Composite keys: conservatively not reflexive (they may hold floats);
       that only costs iteration a re-lookup during growth. */
    t->flags = flags;
    t->bucketsize = (uint16_t)(DATA_OFFSET + BUCKET_CNT * t->keysize + BUCKET_CNT * t->elemsize + sizeof(void *));
}

/* Allocate 2^b buckets, plus spare overflow buckets for b >= 4 (Go's
 * makeBucketArray); dirty != NULL reuses and clears that array instead.
 * *next_overflow receives the first spare bucket or NULL. */
static void *make_bucket_array(const MapType *t, uint8_t b, void *dirty, bmap **next_overflow)
{
    uintptr_t base = bucket_shift(b), nbuckets = base;
    if (b >= 4) {
        nbuckets += bucket_shift(b - 4);
        uint64_t sz = (uint64_t)t->bucketsize * nbuckets;
        uint64_t up = roundupsize(sz);
        if (up != sz) nbuckets = up / t->bucketsize;
    }
    void *buckets;
    if (!dirty) {
        buckets = rt_alloc((uint64_t)t->bucketsize * nbuckets, bucket_has_pointers(t));
    } else {
        buckets = dirty;
        memset(buckets, 0, (size_t)t->bucketsize * nbuckets);
    }
    *next_overflow = NULL;
    if (base != nbuckets) {
        /* A preallocated overflow bucket with a nil overflow pointer means
           "more follow"; the last one points back at the array. */
        *next_overflow = bucket_at(t, buckets, base);
        bucket_setoverflow(t, bucket_at(t, buckets, nbuckets - 1), (bmap *)buckets);
    }
    return buckets;
}

static MapExtra *map_extra(hmap *h)
{
    if (!h->extra) h->extra = rt_alloc(sizeof(MapExtra), true);
    return h->extra;
}

static void create_overflow(hmap *h)
{
    MapExtra *x = map_extra(h);
    if (!x->overflow) x->overflow = rt_alloc(sizeof(MapBucketList), true);
}

hmap *makemap(const MapType *t, int64_t hint, hmap *h)
{
    if (hint < 0 || (uint64_t)hint > ((uint64_t)1 << 40) / t->bucketsize) hint = 0;
    if (!h) h = rt_alloc(sizeof(hmap), true);
    h->hash0 = (uint32_t)rt_fastrand64();
    uint8_t B = 0;
    while (over_load_factor(hint, B)) B++;
    h->B = B;
    if (B != 0) {
        bmap *next;
        h->buckets = make_bucket_array(t, B, NULL, &next);
        if (next) map_extra(h)->nextOverflow = next;
    }
    return h;
}

hmap *makemap_small(void)
{
    hmap *h = rt_alloc(sizeof(hmap), true);
    h->hash0 = (uint32_t)rt_fastrand64();
    return h;
}

hmap *makemap_stack(const MapType *t, hmap *h, void *bucket)
{
    memset(h, 0, sizeof *h);
    memset(bucket, 0, t->bucketsize);
    h->buckets = bucket;
    h->hash0 = (uint32_t)rt_fastrand64();
    return h;
}

int64_t maplen(const hmap *h) { return h ? h->count : 0; }

uint64_t maphash(const MapType *t, const hmap *h, const void *key)
{
    return key_hash(t, key, map_seed(h), KK_GENERIC);
}

/* ---- overflow buckets ------------------------------------------------- */

static void bucketlist_append(MapBucketList *l, bmap *b)
{
    if (l->len == l->cap) {
        int64_t cap = l->cap ? l->cap * 2 : 8;
        void **p = rt_alloc((uint64_t)cap * sizeof *p, true);
        if (l->len) memcpy(p, l->ptr, (size_t)l->len * sizeof *p);
        l->ptr = p;
        l->cap = cap;
    }
    l->ptr[l->len++] = b;
}

/* Count an overflow bucket: exactly below B=16, then probabilistically so
 * the 16-bit counter still approximates "as many as buckets". */
static void incr_noverflow(hmap *h)
{
    if (h->B < 16) {
        h->noverflow++;
        return;
    }
    uint32_t mask = ((uint32_t)1 << (h->B - 15)) - 1;
    if (((uint32_t)rt_fastrand64() & mask) == 0) h->noverflow++;
}

static bmap *new_overflow(const MapType *t, hmap *h, bmap *b)
{
    bmap *ovf;
    if (h->extra && h->extra->nextOverflow) {
        ovf = h->extra->nextOverflow;
        if (bucket_overflow(t, ovf) == NULL) {
            h->extra->nextOverflow = (bmap *)((char *)ovf + t->bucketsize);
        } else {
            bucket_setoverflow(t, ovf, NULL); /* last preallocated one */
            h->extra->nextOverflow = NULL;
        }
    } else {
        ovf = rt_alloc(t->bucketsize, bucket_has_pointers(t));
    }
    incr_noverflow(h);
    if (!bucket_has_pointers(t)) {
        /* The bucket array is not scanned: keep ovf reachable here. */
        create_overflow(h);
        bucketlist_append(h->extra->overflow, ovf);
    }
    bucket_setoverflow(t, b, ovf);
    return ovf;
}

/* ---- growth ------------------------------------------------------------ */

static void hash_grow(const MapType *t, hmap *h)
{
    uint8_t bigger = 1;
    if (!over_load_factor(h->count + 1, h->B)) {
        bigger = 0;
        h->flags |= MAP_SAME_SIZE_GROW;
    }
    void *oldbuckets = h->buckets;
    bmap *next;
    void *newbuckets = make_bucket_array(t, h->B + bigger, NULL, &next);
    uint8_t flags = h->flags & ~(MAP_ITERATOR | MAP_OLD_ITERATOR);
    if (h->flags & MAP_ITERATOR) flags |= MAP_OLD_ITERATOR;
    if (unlikely(getg()->debug_mapgrow))
        rt_debug_mapgrow(&t->typ.name, h->B, h->B + bigger, bigger ? "doubling" : "same-size",
                         h->count, h->noverflow);
    h->B += bigger;
    h->flags = flags;
    h->oldbuckets = oldbuckets;
    h->buckets = newbuckets;
    h->nevacuate = 0;
    h->noverflow = 0;
    if (h->extra && h->extra->overflow) {
        if (h->extra->oldoverflow) runtime_fatal("oldoverflow is not nil");
        h->extra->oldoverflow = h->extra->overflow;
        h->extra->overflow = NULL;
    }
    if (next) map_extra(h)->nextOverflow = next;
}

static bool bucket_evacuated(const MapType *t, hmap *h, uintptr_t bucket)
{
    return evacuated(bucket_at(t, h->oldbuckets, bucket));
}

static void advance_evacuation_mark(hmap *h, const MapType *t, uintptr_t newbit)
{
    h->nevacuate++;
    uintptr_t stop = h->nevacuate + 1024;
    if (stop > newbit) stop = newbit;
    while (h->nevacuate != stop && bucket_evacuated(t, h, h->nevacuate)) h->nevacuate++;
    if (h->nevacuate == newbit) {
        /* Growth done: drop the old array and its overflow buckets (an
           iterator still using them holds its own reference). */
        h->oldbuckets = NULL;
        if (h->extra) h->extra->oldoverflow = NULL;
        h->flags &= ~MAP_SAME_SIZE_GROW;
        if (unlikely(getg()->debug_mapgrow))
            rt_debug_mapgrow(&t->typ.name, h->B, h->B, "evacuated", h->count, h->noverflow);
    }
}

typedef struct EvacDst {
    bmap *b;
    uintptr_t i;
    char *k, *e;
} EvacDst;

RT_INLINE void evacuate_impl(const MapType *t, hmap *h, uintptr_t oldbucket, int kk)
{
    bmap *b = bucket_at(t, h->oldbuckets, oldbucket);
    uintptr_t newbit = noldbuckets(h);
    uintptr_t ks = key_size(t, kk);
    if (!evacuated(b)) {
        EvacDst xy[2];
        memset(xy, 0, sizeof xy);
        xy[0].b = bucket_at(t, h->buckets, oldbucket);
        xy[0].k = (char *)xy[0].b + DATA_OFFSET;
        xy[0].e = xy[0].k + BUCKET_CNT * ks;
        if (!same_size_grow(h)) {
            xy[1].b = bucket_at(t, h->buckets, oldbucket + newbit);
            xy[1].k = (char *)xy[1].b + DATA_OFFSET;
            xy[1].e = xy[1].k + BUCKET_CNT * ks;
        }
        uint64_t seed = map_seed(h);
        for (; b; b = bucket_overflow(t, b)) {
            char *k = (char *)b + DATA_OFFSET;
            char *e = k + BUCKET_CNT * ks;
            if (kk == KK_STR && !same_size_grow(h)) {
                /* Rehashing reads every key's bytes, each likely a cache
                   miss: start all eight loads at once. */
                for (int i = 0; i < BUCKET_CNT; i++)
                    if (!is_empty(b->tophash[i])) __builtin_prefetch(((GoString *)k)[i].ptr);
            }
            for (int i = 0; i < BUCKET_CNT; i++, k += ks, e += t->elemsize) {
                uint8_t top = b->tophash[i];
                if (is_empty(top)) {
                    b->tophash[i] = EVACUATED_EMPTY;
                    continue;
                }
                if (top < MIN_TOP_HASH) runtime_fatal("bad map state");
                char *k2 = indirect_key(t, kk) ? *(char **)k : k;
                uint8_t useY = 0;
                if (!same_size_grow(h)) {
                    uint64_t hash = key_hash(t, k2, seed, kk);
                    if ((h->flags & MAP_ITERATOR) && !key_reflexive(t, kk) &&
                        !key_equal(t, k2, k2, kk)) {
                        /* NaN-like key: its hash is not reproducible, so
                           the tophash low bit decides, as iterators do. */
                        useY = top & 1;
                        top = tophash(hash);
                    } else if (hash & newbit) {
                        useY = 1;
                    }
                }
                b->tophash[i] = EVACUATED_X + useY;
                EvacDst *dst = &xy[useY];
                if (dst->i == BUCKET_CNT) {
                    dst->b = new_overflow(t, h, dst->b);
                    dst->i = 0;
                    dst->k = (char *)dst->b + DATA_OFFSET;
                    dst->e = dst->k + BUCKET_CNT * ks;
                }
                dst->b->tophash[dst->i & (BUCKET_CNT - 1)] = top;
                if (indirect_key(t, kk)) *(void **)dst->k = k2;
                else key_copy(t, dst->k, k, kk);
                if (indirect_elem(t)) *(void **)dst->e = *(void **)e;
                else memcpy(dst->e, e, t->elemsize);
                dst->i++;
                dst->k += ks;
                dst->e += t->elemsize;
            }
        }
        /* Unlink overflow buckets and clear keys/elems so the GC can free
           what they pointed to; tophash keeps the evacuation state. */
        if (!(h->flags & MAP_OLD_ITERATOR) && bucket_has_pointers(t)) {
            char *ob = (char *)bucket_at(t, h->oldbuckets, oldbucket);
            memset(ob + DATA_OFFSET, 0, t->bucketsize - DATA_OFFSET);
        }
    }
    if (oldbucket == h->nevacuate) advance_evacuation_mark(h, t, newbit);
}

#define DEFINE_EVACUATE(name, kk) \
    static RT_NOINLINE void name(const MapType *t, hmap *h, uintptr_t oldbucket) \
    { evacuate_impl(t, h, oldbucket, kk); }
DEFINE_EVACUATE(evacuate_generic, KK_GENERIC)
DEFINE_EVACUATE(evacuate_str, KK_STR)
DEFINE_EVACUATE(evacuate_32, KK_32)
DEFINE_EVACUATE(evacuate_64, KK_64)

RT_INLINE void evacuate(const MapType *t, hmap *h, uintptr_t oldbucket, int kk)
{
    switch (kk) {
    case KK_STR: evacuate_str(t, h, oldbucket); break;
    case KK_32: evacuate_32(t, h, oldbucket); break;
    case KK_64: evacuate_64(t, h, oldbucket); break;
    default: evacuate_generic(t, h, oldbucket); break;
    }
}

RT_INLINE void grow_work(const MapType *t, hmap *h, uintptr_t bucket, int kk)
{
    /* Evacuate the old bucket we are about to use, then one more. */
    evacuate(t, h, bucket & oldbucketmask(h), kk);
    if (map_growing(h)) evacuate(t, h, h->nevacuate, kk);
}

/* ---- lookup ------------------------------------------------------------- */

/* Find key (whose tophash is top) in the chain starting at *bp: the cell
 * index, with *bp set to its bucket, or -1. */
RT_INLINE int chain_find(const MapType *t, bmap **bp, uint8_t top, const void *key, int kk)
{
    for (bmap *b = *bp; b; b = bucket_overflow(t, b)) {
        for (int i = 0; i < BUCKET_CNT; i++) {
            if (b->tophash[i] != top) {
                /* emptyRest: nothing in later cells or overflow buckets. */
                if (b->tophash[i] == EMPTY_REST) return -1;
                continue;
            }
            void *k = bucket_key(t, b, (uintptr_t)i, kk);
            if (indirect_key(t, kk)) k = *(void **)k;
            if (key_equal(t, key, k, kk)) {
                *bp = b;
                return i;
            }
        }
    }
    return -1;
}

/* Returns the cell index in *bp, or -1 if key is absent. h non-empty. */
RT_INLINE int map_find(const MapType *t, hmap *h, const void *key, int kk, bmap **bp)
{
    if (unlikely(h->flags & MAP_HASH_WRITING)) runtime_fatal("concurrent map read and map write");
    if (h->B == 0 && kk != KK_GENERIC) {
        /* One bucket: compare keys directly, no hashing (Go's fast paths). */
        bmap *b = h->buckets;
        for (int i = 0; i < BUCKET_CNT; i++) {
            if (is_empty(b->tophash[i])) {
                if (b->tophash[i] == EMPTY_REST) break;
                continue;
            }
            if (key_equal(t, key, bucket_key(t, b, (uintptr_t)i, kk), kk)) {
                *bp = b;
                return i;
            }
        }
        return -1;
    }
    uint64_t hash = key_hash(t, key, map_seed(h), kk);
    uintptr_t m = bucket_mask(h->B);
    bmap *b = bucket_at(t, h->buckets, hash & m);
    if (h->oldbuckets) {
        if (!same_size_grow(h)) m >>= 1;
        bmap *oldb = bucket_at(t, h->oldbuckets, hash & m);
        if (!evacuated(oldb)) b = oldb;
    }
    *bp = b;
    return chain_find(t, bp, tophash(hash), key, kk);
}

RT_INLINE void *elem_ptr(const MapType *t, bmap *b, int i, int kk)
{
    void *e = bucket_elem(t, b, (uintptr_t)i, kk);
    return indirect_elem(t) ? *(void **)e : e;
}

RT_INLINE void *map_access(const MapType *t, hmap *h, const void *key, int kk)
{
    if (!h || h->count == 0) {
        if (kk == KK_GENERIC && (t->flags & MAPTYPE_HASH_MIGHT_PANIC))
            key_hash(t, key, 0, kk); /* panics for unhashable keys, as Go */
        return NULL;
    }
    bmap *b;
    int i = map_find(t, h, key, kk, &b);
    return i < 0 ? NULL : elem_ptr(t, b, i, kk);
}

void *mapaccess1(const MapType *t, hmap *h, const void *key)
{
    void *e = map_access(t, h, key, KK_GENERIC);
    return e ? e : (void *)zero_val;
}

MapAccess2 mapaccess2(const MapType *t, hmap *h, const void *key)
{
    void *e = map_access(t, h, key, KK_GENERIC);
    return e ? (MapAccess2){e, 1} : (MapAccess2){(void *)zero_val, 0};
}

void *mapaccess1_fat(const MapType *t, hmap *h, const void *key, const void *zero)
{
    void *e = map_access(t, h, key, KK_GENERIC);
    return e ? e : (void *)zero;
}

MapAccess2 mapaccess2_fat(const MapType *t, hmap *h, const void *key, const void *zero)
{
    void *e = map_access(t, h, key, KK_GENERIC);
    return e ? (MapAccess2){e, 1} : (MapAccess2){(void *)zero, 0};
}

/* Key and elem pointers for key, or NULL (the iterator's re-lookup). */
static void *mapaccessK(const MapType *t, hmap *h, const void *key, void **elem)
{
    if (!h || h->count == 0) return NULL;
    bmap *b;
    int i = map_find(t, h, key, KK_GENERIC, &b);
    if (i < 0) return NULL;
    void *k = bucket_key(t, b, (uintptr_t)i, KK_GENERIC);
    if (indirect_key(t, KK_GENERIC)) k = *(void **)k;
    *elem = elem_ptr(t, b, i, KK_GENERIC);
    return k;
}

/* ---- assign ------------------------------------------------------------- */

RT_INLINE void *map_assign(const MapType *t, hmap *h, const void *key, int kk)
{
    if (unlikely(!h)) panicnilmap();
    if (unlikely(h->flags & MAP_HASH_WRITING)) runtime_fatal("concurrent map writes");
    uint64_t hash = key_hash(t, key, map_seed(h), kk);
    /* Set hashWriting after hashing: the hasher may panic. */
    h->flags ^= MAP_HASH_WRITING;
    if (!h->buckets) h->buckets = rt_alloc(t->bucketsize, bucket_has_pointers(t));
    uint8_t top = tophash(hash);
    uintptr_t ks = key_size(t, kk);
    void *elem;
again:;
    uintptr_t bucket = hash & bucket_mask(h->B);
    if (map_growing(h)) grow_work(t, h, bucket, kk);
    bmap *b = bucket_at(t, h->buckets, bucket);
    uint8_t *inserti = NULL;
    char *insertk = NULL;
    elem = NULL;
    for (;;) {
        for (uintptr_t i = 0; i < BUCKET_CNT; i++) {
            if (b->tophash[i] != top) {
                if (is_empty(b->tophash[i]) && !inserti) {
                    inserti = &b->tophash[i];
                    insertk = bucket_key(t, b, i, kk);
                    elem = bucket_elem(t, b, i, kk);
                }
                if (b->tophash[i] == EMPTY_REST) goto notfound;
                continue;
            }
            void *k = bucket_key(t, b, i, kk);
            if (indirect_key(t, kk)) k = *(void **)k;
            if (!key_equal(t, key, k, kk)) continue;
            /* Already present: update the key if needed, reuse the cell. */
            if (kk == KK_STR || (kk == KK_GENERIC && (t->flags & MAPTYPE_NEED_KEY_UPDATE)))
                key_copy(t, k, key, kk);
            elem = bucket_elem(t, b, i, kk);
            goto done;
        }
        bmap *ovf = bucket_overflow(t, b);
        if (!ovf) break;
        b = ovf;
    }
notfound:
    if (!map_growing(h) && (over_load_factor(h->count + 1, h->B) ||
                            too_many_overflow_buckets(h->noverflow, h->B))) {
        hash_grow(t, h);
        goto again;
    }
    if (!inserti) {
        /* Scan ended at the last bucket of the chain: b. */
        while (bucket_overflow(t, b)) b = bucket_overflow(t, b);
        bmap *newb = new_overflow(t, h, b);
        inserti = &newb->tophash[0];
        insertk = (char *)newb + DATA_OFFSET;
        elem = insertk + BUCKET_CNT * ks;
    }
    if (indirect_key(t, kk)) {
        void *kmem = newobject_typed(t->typ.key);
        *(void **)insertk = kmem;
        insertk = kmem;
    }
    if (indirect_elem(t)) *(void **)elem = newobject_typed(t->typ.elem);
    key_copy(t, insertk, key, kk);
    *inserti = top;
    h->count++;
done:
    if (unlikely(!(h->flags & MAP_HASH_WRITING))) runtime_fatal("concurrent map writes");
    h->flags &= ~MAP_HASH_WRITING;
    if (indirect_elem(t)) elem = *(void **)elem;
    return elem;
}

void *mapassign(const MapType *t, hmap *h, const void *key)
{
    return map_assign(t, h, key, KK_GENERIC);
}

/* ---- delete ------------------------------------------------------------- */

RT_INLINE void map_delete(const MapType *t, hmap *h, const void *key, int kk)
{
    if (!h || h->count == 0) {
        if (kk == KK_GENERIC && (t->flags & MAPTYPE_HASH_MIGHT_PANIC)) key_hash(t, key, 0, kk);
        return;
    }
    if (unlikely(h->flags & MAP_HASH_WRITING)) runtime_fatal("concurrent map writes");
    uint64_t hash = key_hash(t, key, map_seed(h), kk);
    h->flags ^= MAP_HASH_WRITING;
    uintptr_t bucket = hash & bucket_mask(h->B);
    if (map_growing(h)) grow_work(t, h, bucket, kk);
    bmap *b = bucket_at(t, h->buckets, bucket);
    bmap *borig = b;
    uint8_t top = tophash(hash);
    int found = chain_find(t, &b, top, key, kk);
    if (found >= 0) {
        uintptr_t i = (uintptr_t)found;
        char *k = bucket_key(t, b, i, kk);
        /* Clear key and elem so the GC does not keep what they held. */
        if (indirect_key(t, kk)) *(void **)k = NULL;
        else memset(k, 0, key_size(t, kk));
        char *e = bucket_elem(t, b, i, kk);
        if (indirect_elem(t) || t->elemsize == 8) *(uint64_t *)e = 0; /* the common int/pointer case inline */
        else memset(e, 0, t->elemsize);
        b->tophash[i] = EMPTY_ONE;
        /* If the bucket now ends in emptyOne cells, turn them into
           emptyRest, walking backwards across the chain. */
        if (i == BUCKET_CNT - 1) {
            bmap *ovf = bucket_overflow(t, b);
            if (ovf && ovf->tophash[0] != EMPTY_REST) goto notlast;
        } else if (b->tophash[i + 1] != EMPTY_REST) {
            goto notlast;
        }
        for (;;) {
            b->tophash[i] = EMPTY_REST;
            if (i == 0) {
                if (b == borig) break;
                bmap *c = b;
                for (b = borig; bucket_overflow(t, b) != c; b = bucket_overflow(t, b)) {}
                i = BUCKET_CNT - 1;
            } else {
                i--;
            }
            if (b->tophash[i] != EMPTY_ONE) break;
        }
    notlast:
        h->count--;
        /* New seed when empty: makes repeated flooding harder. */
        if (h->count == 0) h->hash0 = (uint32_t)rt_fastrand64();
    }
    if (unlikely(!(h->flags & MAP_HASH_WRITING))) runtime_fatal("concurrent map writes");
    h->flags &= ~MAP_HASH_WRITING;
}

void mapdelete(const MapType *t, hmap *h, const void *key) { map_delete(t, h, key, KK_GENERIC); }

/* ---- the specialised variants ------------------------------------------ */

void *mapaccess1_faststr(const MapType *t, hmap *h, GoString key)
{
    void *e = map_access(t, h, &key, KK_STR);
    return e ? e : (void *)zero_val;
}
MapAccess2 mapaccess2_faststr(const MapType *t, hmap *h, GoString key)
{
    void *e = map_access(t, h, &key, KK_STR);
    return e ? (MapAccess2){e, 1} : (MapAccess2){(void *)zero_val, 0};
}
void *mapassign_faststr(const MapType *t, hmap *h, GoString key) { return map_assign(t, h, &key, KK_STR); }
void mapdelete_faststr(const MapType *t, hmap *h, GoString key) { map_delete(t, h, &key, KK_STR); }

void *mapaccess1_fast32(const MapType *t, hmap *h, uint32_t key)
{
    void *e = map_access(t, h, &key, KK_32);
    return e ? e : (void *)zero_val;
}
MapAccess2 mapaccess2_fast32(const MapType *t, hmap *h, uint32_t key)
{
    void *e = map_access(t, h, &key, KK_32);
    return e ? (MapAccess2){e, 1} : (MapAccess2){(void *)zero_val, 0};
}
void *mapassign_fast32(const MapType *t, hmap *h, uint32_t key) { return map_assign(t, h, &key, KK_32); }
void mapdelete_fast32(const MapType *t, hmap *h, uint32_t key) { map_delete(t, h, &key, KK_32); }

void *mapaccess1_fast64(const MapType *t, hmap *h, uint64_t key)
{
    void *e = map_access(t, h, &key, KK_64);
    return e ? e : (void *)zero_val;
}
MapAccess2 mapaccess2_fast64(const MapType *t, hmap *h, uint64_t key)
{
    void *e = map_access(t, h, &key, KK_64);
    return e ? (MapAccess2){e, 1} : (MapAccess2){(void *)zero_val, 0};
}
void *mapassign_fast64(const MapType *t, hmap *h, uint64_t key) { return map_assign(t, h, &key, KK_64); }
void mapdelete_fast64(const MapType *t, hmap *h, uint64_t key) { map_delete(t, h, &key, KK_64); }
void *mapassign_fast64ptr(const MapType *t, hmap *h, void *key) { return map_assign(t, h, &key, KK_64); }

/* ---- iteration ------------------------------------------------------------ */

void mapiterinit(const MapType *t, hmap *h, hiter *it)
{
    memset(it, 0, sizeof *it);
    it->t = t;
    if (!h || h->count == 0) return;
    it->h = h;
    it->B = h->B;
    it->buckets = h->buckets;
    if (!bucket_has_pointers(t)) {
        /* Hold the overflow lists so the buckets stay alive even if the
           map grows and drops them while we iterate. */
        create_overflow(h);
        it->overflow = h->extra->overflow;
        it->oldoverflow = h->extra->oldoverflow;
    }
    uint64_t r = h->B > 31 - 3 ? rt_fastrand64() : (uint32_t)rt_fastrand64();
    it->startBucket = r & bucket_mask(h->B);
    it->offset = (uint8_t)((r >> h->B) & (BUCKET_CNT - 1));
    it->bucket = it->startBucket;
    h->flags |= MAP_ITERATOR | MAP_OLD_ITERATOR;
    mapiternext(it);
}

void mapiternext(hiter *it)
{
    hmap *h = it->h;
    if (unlikely(h->flags & MAP_HASH_WRITING)) runtime_fatal("concurrent map iteration and map write");
    const MapType *t = it->t;
    uintptr_t bucket = it->bucket;
    bmap *b = it->bptr;
    uintptr_t i = it->i;
    uintptr_t check_bucket = it->checkBucket;
    uint64_t seed = map_seed(h);
next:
    if (!b) {
        if (bucket == it->startBucket && it->wrapped) {
            it->key = NULL;
            it->elem = NULL;
            return;
        }
        if (map_growing(h) && it->B == h->B) {
            /* Started mid-grow and the grow is not done: if our bucket's old
               bucket is not evacuated, walk the old one, returning only the
               keys that will move to this bucket. */
            uintptr_t oldbucket = bucket & oldbucketmask(h);
            b = bucket_at(t, h->oldbuckets, oldbucket);
            if (!evacuated(b)) {
                check_bucket = bucket;
            } else {
                b = bucket_at(t, it->buckets, bucket);
                check_bucket = NO_CHECK;
            }
        } else {
            b = bucket_at(t, it->buckets, bucket);
            check_bucket = NO_CHECK;
        }
        bucket++;
        if (bucket == bucket_shift(it->B)) {
            bucket = 0;
            it->wrapped = true;
        }
        i = 0;
    }
    for (; i < BUCKET_CNT; i++) {
        uintptr_t offi = (i + it->offset) & (BUCKET_CNT - 1);
        uint8_t top = b->tophash[offi];
        if (is_empty(top) || top == EVACUATED_EMPTY) continue;
        void *k = bucket_key(t, b, offi, KK_GENERIC);
        if (indirect_key(t, KK_GENERIC)) k = *(void **)k;
        void *e = bucket_elem(t, b, offi, KK_GENERIC);
        bool reflexive = key_reflexive(t, KK_GENERIC) || key_equal(t, k, k, KK_GENERIC);
        if (check_bucket != NO_CHECK && !same_size_grow(h)) {
            if (reflexive) {
                uint64_t hash = key_hash(t, k, seed, KK_GENERIC);
                if ((hash & bucket_mask(it->B)) != check_bucket) continue;
            } else if ((check_bucket >> (it->B - 1)) != (uintptr_t)(top & 1)) {
                continue;
            }
        }
        if ((top != EVACUATED_X && top != EVACUATED_Y) || !reflexive) {
            /* The golden data, or a NaN-like key that cannot change. */
            it->key = k;
            it->elem = indirect_elem(t) ? *(void **)e : e;
        } else {
            /* The map grew since we started; the live copy is elsewhere,
               or was deleted. */
            void *re;
            void *rk = mapaccessK(t, h, k, &re);
            if (!rk) continue;
            it->key = rk;
            it->elem = re;
        }
        it->bucket = bucket;
        it->bptr = b;
        it->i = (uint8_t)(i + 1);
        it->checkBucket = check_bucket;
        return;
    }
    b = bucket_overflow(t, b);
    i = 0;
    goto next;
}

/* ---- clear ---------------------------------------------------------------- */

void mapclear(const MapType *t, hmap *h)
{
    if (!h || h->count == 0) return;
    if (h->flags & MAP_HASH_WRITING) runtime_fatal("concurrent map writes");
    h->flags ^= MAP_HASH_WRITING;
    h->flags &= ~MAP_SAME_SIZE_GROW;
    h->oldbuckets = NULL;
    h->nevacuate = 0;
    h->noverflow = 0;
    h->count = 0;
    h->hash0 = (uint32_t)rt_fastrand64();
    if (h->extra) memset(h->extra, 0, sizeof *h->extra);
    bmap *next;
    make_bucket_array(t, h->B, h->buckets, &next);
    if (next) map_extra(h)->nextOverflow = next;
    if (!(h->flags & MAP_HASH_WRITING)) runtime_fatal("concurrent map writes");
    h->flags &= ~MAP_HASH_WRITING;
}
