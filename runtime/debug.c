/*
 * debug.c — MINIGODEBUG, the runtime's debug switches (like Go's GODEBUG).
 *
 * The environment variable is read once, at start-up, after the random
 * seeds are drawn: a comma-separated list of name=value settings.
 *
 *   mapgrow=1    one line on stderr when a map starts growing (hashGrow)
 *                and one when its evacuation finishes:
 *                  mapgrow: map[int]int B=3->4 doubling count=52 noverflow=1
 *                  mapgrow: map[int]int B=4 evacuated count=60 noverflow=0
 *                B is log2 of the bucket count, count is len(m) when the
 *                line is printed, noverflow the overflow-bucket counter
 *                (of the old array at the start line, of the new one at
 *                the done line). "same-size" replaces "doubling" when the
 *                map grows to compact its overflow buckets.
 *   hashseed=N   a fixed per-process hash key and fastrand state derived
 *                from N (N >= 0) instead of getrandom: every map's hash0,
 *                bucket layout, overflow buckets and iteration start are
 *                then the same on every run, so mapgrow's output is
 *                reproducible. (Go has no such switch; Go programs must
 *                never depend on it, and the program's own output does not.)
 *
 * Unknown names and malformed values are ignored, as GODEBUG ignores them.
 */
#include "rt.h"

#include <stdio.h>
#include <stdlib.h>

/* splitmix64: spreads a small user seed over all 64 bits. */
static uint64_t splitmix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/* The decimal value of s[0..n), or -1 if it is not one. */
static int64_t parse_uint(const char *s, size_t n)
{
    if (n == 0 || n > 18) return -1;
    int64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static void apply_setting(G *g, const char *name, size_t nlen, const char *val, size_t vlen)
{
    int64_t v = parse_uint(val, vlen);
    if (v < 0) return;
    if (nlen == 7 && memcmp(name, "mapgrow", 7) == 0) {
        g->debug_mapgrow = v != 0;
    } else if (nlen == 8 && memcmp(name, "hashseed", 8) == 0) {
        g->randstate = splitmix64((uint64_t)v) | 1;
        g->hashkey = splitmix64((uint64_t)v ^ 0x5A5A5A5A5A5A5A5Aull);
    }
}

void rt_debug_init(G *g)
{
    const char *env = getenv("MINIGODEBUG");
    if (!env) return;
    for (const char *p = env; *p;) {
        const char *end = strchr(p, ',');
        if (!end) end = p + strlen(p);
        const char *eq = memchr(p, '=', (size_t)(end - p));
        if (eq) apply_setting(g, p, (size_t)(eq - p), eq + 1, (size_t)(end - eq - 1));
        p = *end ? end + 1 : end;
    }
}

/* mapgrow=1: one line per growth event (see above). `what` is
 * "doubling" or "same-size" (growth starts: oldB -> newB) or "evacuated"
 * (growth done: only newB). */
void rt_debug_mapgrow(const GoString *mapname, int oldB, int newB, const char *what,
                      int64_t count, unsigned noverflow)
{
    char bs[32], line[256];
    if (strcmp(what, "evacuated") == 0)
        snprintf(bs, sizeof bs, "B=%d", newB);
    else
        snprintf(bs, sizeof bs, "B=%d->%d", oldB, newB);
    int namelen = (int)(mapname->len > 128 ? 128 : mapname->len);
    int n = snprintf(line, sizeof line, "mapgrow: %.*s %s %s count=%lld noverflow=%u\n", namelen,
                     (const char *)mapname->ptr, bs, what, (long long)count, noverflow);
    if (n >= (int)sizeof line) n = (int)sizeof line - 1;
    if (n > 0) rt_write_all(2, line, n);
}
