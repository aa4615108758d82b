/* intern.c — one copy of every identifier, so names compare by pointer. */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void intern_init(InternTable *t, Arena *a)
{
    t->arena = a;
    t->cap = 1024;
    t->count = 0;
    t->slots = calloc(t->cap, sizeof *t->slots);
    if (!t->slots)
        diag_fatal("intern", "out of memory");
}

static void intern_rehash(InternTable *t)
{
    size_t ncap = t->cap * 2;
    const char **ns = calloc(ncap, sizeof *ns);
    if (!ns)
        diag_fatal("intern", "out of memory");
    for (size_t i = 0; i < t->cap; i++) {
        const char *s = t->slots[i];
        if (!s)
            continue;
        size_t h = (size_t)XXH3_64bits(s, strlen(s)) & (ncap - 1);
        while (ns[h])
            h = (h + 1) & (ncap - 1);
        ns[h] = s;
    }
    free(t->slots);
    t->slots = ns;
    t->cap = ncap;
}

const char *intern(InternTable *t, const char *s, size_t n)
{
    if (t->count * 2 >= t->cap)
        intern_rehash(t);
    size_t h = (size_t)XXH3_64bits(s, n) & (t->cap - 1);
    for (;;) {
        const char *e = t->slots[h];
        if (!e)
            break;
        if (strncmp(e, s, n) == 0 && e[n] == 0)
            return e;
        h = (h + 1) & (t->cap - 1);
    }
    const char *copy = arena_strndup(t->arena, s, n);
    t->slots[h] = copy;
    t->count++;
    return copy;
}

void intern_free(InternTable *t)
{
    free(t->slots);
    t->slots = NULL;
    t->cap = t->count = 0;
}
