/*
 * scope.c — scopes and objects.
 *
 * A scope maps interned names to objects. Most block scopes hold a handful
 * of names, so a scope starts as a short array searched linearly (pointer
 * compares: names are interned); past SCOPE_LINEAR entries it becomes an
 * open-addressing hash table keyed by the name pointer. The package and
 * universe scopes are large and always hashed after their first few names.
 */
#include <string.h>

#include "check.h"

enum { SCOPE_LINEAR = 8 };

Scope *scope_new(Checker *c, Scope *parent, Func *fn)
{
    Scope *s = ARENA_NEW(c->arena, Scope);
    s->parent = parent;
    s->fn = fn;
    if (parent) {
        if (parent->last_child)
            parent->last_child->next_sibling = s;
        else
            parent->first_child = s;
        parent->last_child = s;
    }
    return s;
}

static size_t hash_ptr(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0xed5ad4bbU;
    x ^= x >> 11;
    return (size_t)x;
}

static Object **find_slot(Scope *s, const char *name)
{
    size_t mask = (size_t)s->cap - 1;
    size_t i = hash_ptr(name) & mask;
    while (s->slots[i] && s->slots[i]->name != name)
        i = (i + 1) & mask;
    return &s->slots[i];
}

Object *scope_lookup(Scope *s, const char *name)
{
    if (!s || s->count == 0)
        return NULL;
    if (s->cap <= SCOPE_LINEAR) {
        for (int i = 0; i < s->count; i++)
            if (s->slots[i]->name == name)
                return s->slots[i];
        return NULL;
    }
    return *find_slot(s, name);
}

Object *scope_lookup_parent(Scope *s, const char *name)
{
    for (; s; s = s->parent) {
        Object *o = scope_lookup(s, name);
        if (o)
            return o;
    }
    return NULL;
}

static void rehash(Checker *c, Scope *s, int newcap)
{
    Object **old = s->slots;
    int oldcap = s->cap, n = s->count;
    bool was_linear = oldcap <= SCOPE_LINEAR;
    s->slots = ARENA_ARRAY(c->arena, Object *, newcap);
    s->cap = newcap;
    if (was_linear) {
        for (int i = 0; i < n; i++)
            *find_slot(s, old[i]->name) = old[i];
    } else {
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                *find_slot(s, old[i]->name) = old[i];
    }
}

Object *scope_insert(Checker *c, Scope *s, Object *obj)
{
    Object *alt = scope_lookup(s, obj->name);
    if (alt)
        return alt;
    if (s->cap == 0) {
        s->cap = 4;
        s->slots = ARENA_ARRAY(c->arena, Object *, 4);
    }
    if (s->cap <= SCOPE_LINEAR) {
        if (s->count == s->cap) {
            if (s->cap < SCOPE_LINEAR) {
                Object **n = ARENA_ARRAY(c->arena, Object *, s->cap * 2);
                memcpy(n, s->slots, sizeof(Object *) * (size_t)s->count);
                s->slots = n;
                s->cap *= 2;
            } else {
                rehash(c, s, 32);
            }
        }
        if (s->cap <= SCOPE_LINEAR) {
            s->slots[s->count++] = obj;
            return NULL;
        }
    } else if ((s->count + 1) * 4 > s->cap * 3) {
        rehash(c, s, s->cap * 2);
    }
    *find_slot(s, obj->name) = obj;
    s->count++;
    return NULL;
}

Object *object_new(Checker *c, ObjKind kind, const char *name, Type *type, Pos pos)
{
    Object *o = ARENA_NEW(c->arena, Object);
    o->kind = kind;
    o->name = name;
    o->type = type;
    o->pos = pos;
    o->owner = c->fn;
    return o;
}

const char *intern_cstr(Checker *c, const char *s) { return intern(c->names, s, strlen(s)); }

/* ---- object sets (declaration dependencies) ------------------------------ */

bool objset_has(ObjSet *s, Object *o)
{
    if (s->cap == 0)
        return false;
    size_t mask = (size_t)s->cap - 1;
    for (size_t i = hash_ptr(o) & mask; s->slots[i]; i = (i + 1) & mask)
        if (s->slots[i] == o)
            return true;
    return false;
}

void objset_add(Checker *c, ObjSet *s, Object *o)
{
    if (objset_has(s, o))
        return;
    if ((s->count + 1) * 2 > s->cap) {
        int ncap = s->cap ? s->cap * 2 : 8;
        Object **old = s->slots;
        int oldcap = s->cap;
        s->slots = ARENA_ARRAY(c->arena, Object *, ncap);
        s->cap = ncap;
        size_t mask = (size_t)ncap - 1;
        for (int j = 0; j < oldcap; j++) {
            if (!old[j])
                continue;
            size_t i = hash_ptr(old[j]) & mask;
            while (s->slots[i])
                i = (i + 1) & mask;
            s->slots[i] = old[j];
        }
    }
    size_t mask = (size_t)s->cap - 1;
    size_t i = hash_ptr(o) & mask;
    while (s->slots[i])
        i = (i + 1) & mask;
    s->slots[i] = o;
    s->count++;
    vec_push(c->arena, &s->list, o);
}

Node *func_body_block(const Func *fn)
{
    if (!fn || !fn->node)
        return NULL;
    if (fn->node->kind == N_FUNCDECL)
        return fn->node->u.func.body;
    if (fn->node->kind == N_FUNCLIT)
        return fn->node->u.funclit.body;
    return NULL;
}
