/*
 * initorder.c — package initialisation order (Go spec "Package
 * initialization", types2's initorder.go).
 *
 * Each package-level const, var and func records the package-level objects
 * its initialiser or body refers to (DeclInfo.deps). Functions are then
 * eliminated: a variable depends on every variable reachable through a
 * chain of functions. types2 does this by rewiring edges function by
 * function, which can grow quadratically on big call graphs; we compute the
 * same reachability with one pass over the function graph's strongly
 * connected components (Tarjan), memoising for each component the set of
 * non-function objects it reaches.
 *
 * Variables are then emitted in dependency order, ties broken by source
 * order, with a priority queue keyed by (outstanding dependencies, order).
 * A variable popped with outstanding dependencies is on a cycle:
 * "initialization loop for x" with the path, as gc words it.
 */
#include <string.h>

#include "check.h"

typedef struct GNode {
    Object *obj;
    VEC(struct GNode *) succ; /* dependencies (after function elimination) */
    VEC(struct GNode *) pred; /* dependents */
    int ndeps;
    int heap_index;
    /* Tarjan (functions only) */
    int index, lowlink;
    bool on_stack;
    int comp;
} GNode;

typedef struct InitCtx {
    Checker *c;
    GNode **node_of; /* indexed by obj->order */
    int nobjs;
    /* Tarjan state */
    int index;
    VEC(GNode *) stack;
    int ncomps;
    VEC(ObjSet *) comp_reach; /* per component: non-function objects reachable */
} InitCtx;

static bool is_dependency(Object *o)
{
    return o->kind == OBJ_CONST || o->kind == OBJ_VAR || o->kind == OBJ_FUNC;
}

static GNode *node_for(InitCtx *ic, Object *o)
{
    if (!o->info || o->order <= 0 || o->order > ic->nobjs)
        return NULL;
    return ic->node_of[o->order];
}

/* ---- reachability through functions ---------------------------------------- */

static void tarjan(InitCtx *ic, GNode *v, int depth);

static void comp_collect(InitCtx *ic, GNode *v, ObjSet *reach)
{
    Checker *c = ic->c;
    ObjSet *deps = &v->obj->info->deps;
    for (int i = 0; i < deps->list.len; i++) {
        Object *d = deps->list.items[i];
        if (!is_dependency(d))
            continue;
        GNode *w = node_for(ic, d);
        if (!w)
            continue;
        if (d->kind != OBJ_FUNC) {
            objset_add(c, reach, d);
        } else if (w->comp != v->comp && w->comp >= 0) {
            ObjSet *r = ic->comp_reach.items[w->comp];
            for (int k = 0; k < r->list.len; k++)
                objset_add(c, reach, r->list.items[k]);
        }
    }
}

static void tarjan(InitCtx *ic, GNode *v, int depth)
{
    Checker *c = ic->c;
    v->index = v->lowlink = ++ic->index;
    vec_push(c->arena, &ic->stack, v);
    v->on_stack = true;
    ObjSet *deps = &v->obj->info->deps;
    for (int i = 0; i < deps->list.len; i++) {
        Object *d = deps->list.items[i];
        if (d->kind != OBJ_FUNC)
            continue;
        GNode *w = node_for(ic, d);
        if (!w)
            continue;
        if (w->index == 0) {
            if (depth < 100000)
                tarjan(ic, w, depth + 1);
            if (w->lowlink < v->lowlink)
                v->lowlink = w->lowlink;
        } else if (w->on_stack && w->index < v->lowlink) {
            v->lowlink = w->index;
        }
    }
    if (v->lowlink == v->index) {
        int comp = ic->ncomps++;
        ObjSet *reach = ARENA_NEW(c->arena, ObjSet);
        vec_push(c->arena, &ic->comp_reach, reach);
        int start = ic->stack.len;
        GNode *w;
        do {
            w = ic->stack.items[--start];
            w->on_stack = false;
            w->comp = comp;
        } while (w != v);
        /* members' direct non-function deps, plus what callee components reach */
        for (int k = start; k < ic->stack.len; k++)
            comp_collect(ic, ic->stack.items[k], reach);
        ic->stack.len = start;
    }
}

/* ---- cycle reporting ------------------------------------------------------------- */

typedef VEC(Object *) ObjList;

static bool find_path(InitCtx *ic, Object *from, Object *to, ObjSet *seen, ObjList *path, int depth)
{
    if (objset_has(seen, from) || depth > 100000)
        return false;
    objset_add(ic->c, seen, from);
    if (!from->info)
        return false;
    ObjSet *deps = &from->info->deps;
    for (int i = 0; i < deps->list.len; i++) {
        Object *d = deps->list.items[i];
        if (!is_dependency(d) || !node_for(ic, d))
            continue;
        if (d == to) {
            vec_push(ic->c->arena, path, d);
            return true;
        }
        if (find_path(ic, d, to, seen, path, depth + 1)) {
            vec_push(ic->c->arena, path, d);
            return true;
        }
    }
    return false;
}

static void report_cycle(Checker *c, Object **cycle, int n)
{
    Object *obj = cycle[0];
    ErrorBuilder e;
    err_begin(&e, obj->pos, "initialization loop for %s", obj->name);
    for (int i = n - 1; i >= 0; i--) {
        err_add(c, &e, obj->pos, "%s refers to", obj->name);
        obj = cycle[i];
    }
    err_add(c, &e, obj->pos, "%s", obj->name);
    err_report(c, &e);
}

/* ---- priority queue ---------------------------------------------------------------- */

typedef struct Heap {
    GNode **a;
    int n;
} Heap;

static bool less(GNode *x, GNode *y)
{
    return x->ndeps < y->ndeps || (x->ndeps == y->ndeps && x->obj->order < y->obj->order);
}

static void heap_swap(Heap *h, int i, int j)
{
    GNode *t = h->a[i];
    h->a[i] = h->a[j];
    h->a[j] = t;
    h->a[i]->heap_index = i;
    h->a[j]->heap_index = j;
}

static void heap_up(Heap *h, int i)
{
    while (i > 0) {
        int p = (i - 1) / 2;
        if (!less(h->a[i], h->a[p]))
            break;
        heap_swap(h, i, p);
        i = p;
    }
}

static void heap_down(Heap *h, int i)
{
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->n && less(h->a[l], h->a[m]))
            m = l;
        if (r < h->n && less(h->a[r], h->a[m]))
            m = r;
        if (m == i)
            break;
        heap_swap(h, i, m);
        i = m;
    }
}

static GNode *heap_pop(Heap *h)
{
    GNode *top = h->a[0];
    heap_swap(h, 0, h->n - 1);
    h->n--;
    top->heap_index = -1;
    if (h->n > 0)
        heap_down(h, 0);
    return top;
}

/* ---- the order ---------------------------------------------------------------------- */

static void add_edge(Checker *c, GNode *from, GNode *to)
{
    for (int i = 0; i < from->succ.len; i++)
        if (from->succ.items[i] == to)
            return;
    vec_push(c->arena, &from->succ, to);
    vec_push(c->arena, &to->pred, from);
}

void init_order(Checker *c)
{
    int n = c->pkg_objs.len;
    InitCtx ic = {0};
    ic.c = c;
    ic.nobjs = n;
    ic.node_of = ARENA_ARRAY(c->arena, GNode *, n + 1);
    for (int i = 0; i < n; i++) {
        Object *o = c->pkg_objs.items[i];
        if (!is_dependency(o))
            continue;
        GNode *g = ARENA_NEW(c->arena, GNode);
        g->obj = o;
        g->comp = -1;
        ic.node_of[o->order] = g;
    }
    /* function components and what they reach */
    for (int i = 0; i < n; i++) {
        Object *o = c->pkg_objs.items[i];
        GNode *g = node_for(&ic, o);
        if (g && o->kind == OBJ_FUNC && g->index == 0)
            tarjan(&ic, g, 0);
    }
    /* edges between non-function objects */
    Heap h = {0};
    h.a = ARENA_ARRAY(c->arena, GNode *, n + 1);
    for (int i = 0; i < n; i++) {
        Object *o = c->pkg_objs.items[i];
        GNode *g = node_for(&ic, o);
        if (!g || o->kind == OBJ_FUNC)
            continue;
        ObjSet *deps = &o->info->deps;
        for (int k = 0; k < deps->list.len; k++) {
            Object *d = deps->list.items[k];
            GNode *w = is_dependency(d) ? node_for(&ic, d) : NULL;
            if (!w)
                continue;
            if (d->kind != OBJ_FUNC) {
                add_edge(c, g, w);
            } else if (w->comp >= 0) {
                ObjSet *r = ic.comp_reach.items[w->comp];
                for (int j = 0; j < r->list.len; j++) {
                    GNode *x = node_for(&ic, r->list.items[j]);
                    if (x)
                        add_edge(c, g, x);
                }
            }
        }
    }
    for (int i = 0; i < n; i++) {
        Object *o = c->pkg_objs.items[i];
        GNode *g = node_for(&ic, o);
        if (!g || o->kind == OBJ_FUNC)
            continue;
        g->ndeps = g->succ.len;
        g->heap_index = h.n;
        h.a[h.n++] = g;
        heap_up(&h, h.n - 1);
    }
    ObjSet emitted = {0};
    while (h.n > 0) {
        GNode *g = heap_pop(&h);
        if (g->ndeps > 0) {
            ObjSet seen = {0};
            ObjList path = {0};
            if (find_path(&ic, g->obj, g->obj, &seen, &path, 0))
                report_cycle(c, path.items, path.len);
        }
        for (int i = 0; i < g->pred.len; i++) {
            GNode *p = g->pred.items[i];
            p->ndeps--;
            if (p->heap_index >= 0)
                heap_up(&h, p->heap_index);
        }
        Object *v = g->obj;
        if (v->kind != OBJ_VAR || !v->info->init)
            continue;
        /* n:1 declarations share one DeclInfo: emit it once */
        Object *key = v->info->lhs ? v->info->lhs[0] : v;
        if (objset_has(&emitted, key))
            continue;
        objset_add(c, &emitted, key);
        Initializer in;
        if (v->info->lhs) {
            in.lhs = v->info->lhs;
            in.nlhs = v->info->nlhs;
        } else {
            in.lhs = ARENA_ARRAY(c->arena, Object *, 1);
            in.lhs[0] = v;
            in.nlhs = 1;
        }
        in.init = v->info->init;
        vec_push(c->arena, &c->pkg->inits, in);
    }
}
