/*
 * maps.c — the minigo-runtime side of the map benchmarks: the operations of
 * bench/rt/maps.go, made through the entry points the code generator calls
 * (mapassign_faststr, mapaccess1_fast64, makemap_stack, ...), so the
 * numbers are what compiled minigo programs will see.
 * usage: maps BENCH [N]; prints "ns=<time of the measured phase>".
 */
#include "minigort.h"

#include <gc.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static MapType mt_str, mt_int;
static const GoType t_int = {.size = 8, .kind = GO_INT, .align = 8, .tflag = GO_TFLAG_REGULAR_MEMORY, .name = GOSTR("int")};
static volatile int64_t sink;

static void maptype_init(MapType *t, const char *name, const GoType *k, const GoType *e)
{
    memset(t, 0, sizeof *t);
    t->typ = (GoType){.size = 8, .ptrdata = 8, .kind = GO_MAP | GO_KIND_DIRECT_IFACE, .align = 8,
                      .name = {(const uint8_t *)name, (int64_t)strlen(name)}, .key = k, .elem = e};
    maptype_layout(t);
}

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* Keys as Go builds them: "key:" + strconv.Itoa(i*7919), each its own
 * string in GC memory. */
static GoString *make_keys(int64_t n)
{
    GoString *keys = newobject(n * (int64_t)sizeof(GoString));
    for (int64_t i = 0; i < n; i++) {
        GoString parts[2] = {GOSTR("key:"), strconv_Itoa(i * 7919)};
        keys[i] = concatstrings(2, parts);
    }
    return keys;
}

__attribute__((noinline)) static hmap *run_str_insert(GoString *keys, int64_t n, int64_t hint)
{
    hmap *m = hint > 0 ? makemap(&mt_str, hint, NULL) : makemap_small();
    for (int64_t i = 0; i < n; i++) *(int64_t *)mapassign_faststr(&mt_str, m, keys[i]) = i;
    return m;
}

__attribute__((noinline)) static int64_t run_str_lookup(hmap *m, GoString *keys, int64_t n)
{
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) s += *(int64_t *)mapaccess1_faststr(&mt_str, m, keys[i]);
    return s;
}

__attribute__((noinline)) static void run_str_delete(hmap *m, GoString *keys, int64_t n)
{
    for (int64_t i = 0; i < n; i++) mapdelete_faststr(&mt_str, m, keys[i]);
}

__attribute__((noinline)) static hmap *run_int_insert(int64_t n, int64_t hint)
{
    hmap *m = hint > 0 ? makemap(&mt_int, hint, NULL) : makemap_small();
    for (int64_t i = 0; i < n; i++) *(int64_t *)mapassign_fast64(&mt_int, m, (uint64_t)(i * 7919)) = i;
    return m;
}

__attribute__((noinline)) static int64_t run_int_lookup(hmap *m, int64_t n)
{
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) s += *(int64_t *)mapaccess1_fast64(&mt_int, m, (uint64_t)(i * 7919));
    return s;
}

__attribute__((noinline)) static void run_int_delete(hmap *m, int64_t n)
{
    for (int64_t i = 0; i < n; i++) mapdelete_fast64(&mt_int, m, (uint64_t)(i * 7919));
}

/* make(map[int]int) that does not escape: hmap and first bucket on the
 * stack, as the code generator emits for it. */
__attribute__((noinline)) static int64_t run_small_maps(int64_t n)
{
    int64_t s = 0;
    for (int64_t i = 0; i < n; i++) {
        hmap h;
        _Alignas(8) uint8_t bucket[8 + 8 * 8 + 8 * 8 + 8];
        hmap *m = makemap_stack(&mt_int, &h, bucket);
        *(int64_t *)mapassign_fast64(&mt_int, m, (uint64_t)i) = 1;
        *(int64_t *)mapassign_fast64(&mt_int, m, (uint64_t)(i + 1)) = 2;
        *(int64_t *)mapassign_fast64(&mt_int, m, (uint64_t)(i + 2)) = 3;
        *(int64_t *)mapassign_fast64(&mt_int, m, (uint64_t)(i + 3)) = 4;
        s += *(int64_t *)mapaccess1_fast64(&mt_int, m, (uint64_t)(i + 2)) + maplen(m);
    }
    return s;
}

/* Start every timed phase from a collected heap, except in the
 * instruction-counting runs (BENCH_NO_COLLECT), where the collector is off. */
static void collect(void)
{
    if (!getenv("BENCH_NO_COLLECT")) GC_gcollect();
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: maps BENCH [N]\n");
        return 2;
    }
    runtime_init(argc, argv);
    maptype_init(&mt_str, "map[string]int", &go_type_string, &t_int);
    maptype_init(&mt_int, "map[int]int", &t_int, &t_int);
    const char *b = argv[1];
    int64_t n = argc > 2 ? atoll(argv[2]) : 1000000;
    GoString *keys = strncmp(b, "str-", 4) == 0 ? make_keys(n) : NULL;
    /* BENCH_SKIP: do the setup only (bench/run.py counts instructions as a difference). */
    bool skip = getenv("BENCH_SKIP") != NULL;
    int64_t t;
    if (!strcmp(b, "str-insert") || !strcmp(b, "str-insert-hint")) {
        collect();
        t = now_ns();
        if (!skip) {
            hmap *m = run_str_insert(keys, n, !strcmp(b, "str-insert-hint") ? n : 0);
            sink = maplen(m);
        }
    } else if (!strcmp(b, "str-lookup")) {
        hmap *m = run_str_insert(keys, n, 0);
        collect();
        t = now_ns();
        if (!skip) {
            sink = run_str_lookup(m, keys, n);
        }
    } else if (!strcmp(b, "str-delete")) {
        hmap *m = run_str_insert(keys, n, 0);
        collect();
        t = now_ns();
        if (!skip) {
            run_str_delete(m, keys, n);
            sink = maplen(m);
        }
    } else if (!strcmp(b, "int-insert") || !strcmp(b, "int-insert-hint")) {
        collect();
        t = now_ns();
        if (!skip) {
            hmap *m = run_int_insert(n, !strcmp(b, "int-insert-hint") ? n : 0);
            sink = maplen(m);
        }
    } else if (!strcmp(b, "int-lookup")) {
        hmap *m = run_int_insert(n, 0);
        collect();
        t = now_ns();
        if (!skip) {
            sink = run_int_lookup(m, n);
        }
    } else if (!strcmp(b, "int-delete")) {
        hmap *m = run_int_insert(n, 0);
        collect();
        t = now_ns();
        if (!skip) {
            run_int_delete(m, n);
            sink = maplen(m);
        }
    } else if (!strcmp(b, "small-maps")) {
        collect();
        t = now_ns();
        if (!skip) {
            sink = run_small_maps(n);
        }
    } else {
        fprintf(stderr, "unknown benchmark %s\n", b);
        return 2;
    }
    printf("ns=%lld sink=%lld\n", (long long)(now_ns() - t), (long long)sink);
    return 0;
}
