/*
 * func.c — the SSA data structure itself: the op and runtime tables, making
 * blocks, values and edges, the few types the SSA adds to the checker's
 * (mem, void, tuples, pointers), and dominators.
 *
 * Everything is allocated from the function's arena. Values get IDs in
 * creation order, dense from 1, and are recorded in f->values by ID so
 * passes can keep side tables as plain arrays (gc's "avoid maps").
 */
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

/* ---- tables ---------------------------------------------------------------- */

#define SSA_OP_INFO(name, nargs, rule, aux, flags, comment) {#name, nargs, rule, aux, flags, comment},
const OpInfo ssa_op_info[OP_COUNT] = {SSA_OPS(SSA_OP_INFO)};
#undef SSA_OP_INFO

#define SSA_RT_INFO(id, sym, effect) {RT_##id, sym, effect},
const RuntimeFn ssa_runtime[RT_COUNT] = {{RT_NONE, "runtime.?", RT_WRITE}, SSA_RUNTIME_FUNCS(SSA_RT_INFO)};
#undef SSA_RT_INFO

/* ---- blocks and values ------------------------------------------------------ */

Block *ssa_new_block(SsaFunc *f, BlockKind kind)
{
    Block *b = ARENA_NEW(&f->arena, Block);
    b->id = f->nblock_ids++;
    b->kind = kind;
    vec_push(&f->arena, &f->blocks, b);
    return b;
}

Value *ssa_new_value(SsaFunc *f, Block *b, Op op, Type *t, Pos pos)
{
    Value *v = ARENA_NEW(&f->arena, Value);
    v->id = f->values.len;
    vec_push(&f->arena, &f->values, v);
    v->op = op;
    v->type = t;
    v->pos = pos;
    v->block = b;
    if (b)
        vec_push(&f->arena, &b->values, v);
    return v;
}

void ssa_add_arg(SsaFunc *f, Value *v, Value *arg)
{
    if (v->nargs == v->argcap) {
        int cap = v->argcap ? v->argcap * 2 : 2;
        Value **a = ARENA_ARRAY(&f->arena, Value *, cap);
        if (v->nargs)
            memcpy(a, v->args, sizeof(Value *) * (size_t)v->nargs);
        v->args = a;
        v->argcap = cap;
    }
    v->args[v->nargs++] = arg;
}

static void set_args(SsaFunc *f, Value *v, int n, Value **args)
{
    v->args = ARENA_ARRAY(&f->arena, Value *, n ? n : 1);
    v->argcap = n ? n : 1;
    for (int i = 0; i < n; i++)
        v->args[i] = args[i];
    v->nargs = n;
}

Value *ssa_value0(SsaFunc *f, Block *b, Op op, Type *t, Pos pos) { return ssa_new_value(f, b, op, t, pos); }

Value *ssa_value1(SsaFunc *f, Block *b, Op op, Type *t, Pos pos, Value *a)
{
    Value *v = ssa_new_value(f, b, op, t, pos);
    set_args(f, v, 1, &a);
    return v;
}

Value *ssa_value2(SsaFunc *f, Block *b, Op op, Type *t, Pos pos, Value *a, Value *c)
{
    Value *v = ssa_new_value(f, b, op, t, pos);
    Value *args[2] = {a, c};
    set_args(f, v, 2, args);
    return v;
}

Value *ssa_value3(SsaFunc *f, Block *b, Op op, Type *t, Pos pos, Value *a, Value *c, Value *d)
{
    Value *v = ssa_new_value(f, b, op, t, pos);
    Value *args[3] = {a, c, d};
    set_args(f, v, 3, args);
    return v;
}

void ssa_reset_args(Value *v) { v->nargs = 0; }

void ssa_value_copy_of(SsaFunc *f, Value *v, Value *w)
{
    v->op = OpCopy;
    v->auxint = 0;
    v->aux.obj = NULL;
    v->rt = NULL;
    v->nargs = 0;
    ssa_add_arg(f, v, w);
}

void ssa_add_edge(Block *from, Block *to, SsaFunc *f)
{
    from->succs[from->nsuccs++] = to;
    vec_push(&f->arena, &to->preds, from);
}

void ssa_set_control(Block *b, Value *v) { b->control = v; }

void ssa_remove_succ(SsaFunc *f, Block *b, int i)
{
    (void)f;
    Block *s = b->succs[i];
    for (int k = i; k + 1 < b->nsuccs; k++)
        b->succs[k] = b->succs[k + 1];
    b->nsuccs--;
    b->succs[b->nsuccs] = NULL;
    /* the edge's position among s's preds: the phis' argument to drop */
    int j = 0;
    while (j < s->preds.len && s->preds.items[j] != b)
        j++;
    if (j == s->preds.len)
        return;
    for (int k = j; k + 1 < s->preds.len; k++)
        s->preds.items[k] = s->preds.items[k + 1];
    s->preds.len--;
    for (int k = 0; k < s->values.len; k++) {
        Value *v = s->values.items[k];
        if (v->op != OpPhi || v->nargs <= j)
            continue;
        for (int m = j; m + 1 < v->nargs; m++)
            v->args[m] = v->args[m + 1];
        v->nargs--;
    }
}

void ssa_order_phis(SsaFunc *f)
{
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        int n = b->values.len, nphi = 0;
        bool ordered = true;
        for (int k = 0; k < n; k++)
            if (b->values.items[k]->op == OpPhi) {
                if (nphi != k)
                    ordered = false;
                nphi++;
            }
        if (nphi == 0 || ordered)
            continue;
        Value **tmp = ARENA_ARRAY(&f->arena, Value *, n);
        int p = 0, q = nphi;
        for (int k = 0; k < n; k++) {
            Value *v = b->values.items[k];
            if (v->op == OpPhi)
                tmp[p++] = v;
            else
                tmp[q++] = v;
        }
        memcpy(b->values.items, tmp, sizeof(Value *) * (size_t)n);
    }
}

/* ---- types -------------------------------------------------------------------- */

Type *ssa_ptr_to(SsaFunc *f, Type *elem)
{
    unsigned h = (unsigned)(((uintptr_t)elem >> 4) & 63);
    if (f->ptr_cache_key[h] == elem)
        return f->ptr_cache_val[h];
    Type *t = ARENA_NEW(&f->arena, Type);
    t->kind = TY_POINTER;
    t->elem = elem;
    t->size = 8;
    t->align = 8;
    t->arena = &f->arena;
    f->ptr_cache_key[h] = elem;
    f->ptr_cache_val[h] = t;
    return t;
}

Type *ssa_tuple(SsaFunc *f, Type **elems, int n)
{
    Type *t = ARENA_NEW(&f->arena, Type);
    t->kind = TY_TUPLE;
    t->size = -1;
    t->arena = &f->arena;
    t->fields = ARENA_ARRAY(&f->arena, Object *, n ? n : 1);
    t->nfields = n;
    StrBuf b = {0};
    for (int i = 0; i < n; i++) {
        Object *o = ARENA_NEW(&f->arena, Object);
        o->kind = OBJ_VAR;
        o->name = "";
        o->type = elems[i];
        t->fields[i] = o;
        if (i > 0)
            sb_puts(&b, ",");
        sb_puts(&b, type_string(elems[i]));
    }
    t->str = arena_strndup(&f->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return t;
}

bool ssa_is_tuple(Type *t) { return t && t->kind == TY_TUPLE; }

Type *ssa_tuple_elem(Type *t, int i)
{
    if (!ssa_is_tuple(t))
        return i == 0 ? t : NULL;
    return i >= 0 && i < t->nfields ? t->fields[i]->type : NULL;
}

int ssa_tuple_len(Type *t) { return ssa_is_tuple(t) ? t->nfields : 1; }

bool ssa_is_mem(SsaFunc *f, Type *t) { return t && t == f->pkg->types.mem; }

const char *ssa_type_string(SsaFunc *f, Type *t)
{
    (void)f;
    return type_string(t);
}

/* ---- dominators ------------------------------------------------------------------ */

/* Scratch arrays of passes come from the heap, not the function's arena:
 * the arena keeps only what the SSA itself needs. */
#define SCRATCH(T, n) ((T *)calloc((size_t)(n) + 1, sizeof(T)))

/* Postorder of the blocks reachable from the entry, without recursion;
 * seen[id] marks them. Returns the count. */
int ssa_postorder(SsaFunc *f, Block **order, bool *seen)
{
    int n = 0, nb = f->nblock_ids;
    Block **stack = SCRATCH(Block *, nb);
    int *next = SCRATCH(int, nb);
    if (!stack || !next)
        diag_fatal("ssa", "out of memory");
    int sp = 0;
    stack[sp++] = f->entry;
    seen[f->entry->id] = true;
    while (sp > 0) {
        Block *b = stack[sp - 1];
        if (next[b->id] < b->nsuccs) {
            Block *s = b->succs[next[b->id]++];
            if (!seen[s->id]) {
                seen[s->id] = true;
                stack[sp++] = s;
            }
            continue;
        }
        if (order)
            order[n] = b;
        n++;
        sp--;
    }
    free(stack);
    free(next);
    return n;
}

static Block *intersect(Block **idom, const int *po, Block *a, Block *b)
{
    while (a != b) {
        while (po[a->id] < po[b->id])
            a = idom[a->id];
        while (po[b->id] < po[a->id])
            b = idom[b->id];
    }
    return a;
}

/* Numbers the dominator tree (pre/post order) with an explicit stack. */
static void number_tree(SsaFunc *f, SsaDom *d)
{
    int nb = f->nblock_ids, n = d->nrpo;
    int *first = SCRATCH(int, nb), *sib = SCRATCH(int, nb), *stack = SCRATCH(int, nb), *cur = SCRATCH(int, nb);
    if (!first || !sib || !stack || !cur)
        diag_fatal("ssa", "out of memory");
    for (int i = 0; i <= nb; i++)
        first[i] = sib[i] = -1;
    for (int i = n - 1; i >= 0; i--) {
        Block *b = d->rpo[i];
        if (d->idom[b->id]) {
            sib[b->id] = first[d->idom[b->id]->id];
            first[d->idom[b->id]->id] = b->id;
        }
    }
    int sp = 0, clock = 0;
    stack[sp] = f->entry->id;
    cur[sp] = first[f->entry->id];
    sp++;
    d->pre[f->entry->id] = clock++;
    while (sp > 0) {
        int c = cur[sp - 1];
        if (c >= 0) {
            cur[sp - 1] = sib[c];
            d->pre[c] = clock++;
            stack[sp] = c;
            cur[sp] = first[c];
            sp++;
            continue;
        }
        d->post[stack[sp - 1]] = clock++;
        sp--;
    }
    free(first);
    free(sib);
    free(stack);
    free(cur);
}

void ssa_dominators(SsaFunc *f, SsaDom *d)
{
    int nb = f->nblock_ids;
    Block **order = SCRATCH(Block *, nb);
    int *po = SCRATCH(int, nb);
    d->reachable = SCRATCH(bool, nb);
    d->idom = SCRATCH(Block *, nb);
    d->rpo = SCRATCH(Block *, nb);
    d->pre = SCRATCH(int, nb);
    d->post = SCRATCH(int, nb);
    if (!order || !po || !d->reachable || !d->idom || !d->rpo || !d->pre || !d->post)
        diag_fatal("ssa", "out of memory");
    int n = ssa_postorder(f, order, d->reachable);
    for (int i = 0; i < n; i++)
        po[order[i]->id] = i;
    Block **idom = d->idom;
    idom[f->entry->id] = f->entry;
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = n - 2; i >= 0; i--) { /* reverse postorder, entry (n-1) skipped */
            Block *b = order[i];
            Block *nd = NULL;
            for (int k = 0; k < b->preds.len; k++) {
                Block *p = b->preds.items[k];
                if (!d->reachable[p->id] || !idom[p->id])
                    continue;
                nd = nd ? intersect(idom, po, p, nd) : p;
            }
            if (nd && idom[b->id] != nd) {
                idom[b->id] = nd;
                changed = true;
            }
        }
    }
    idom[f->entry->id] = NULL;
    for (int i = 0; i < n; i++)
        d->rpo[i] = order[n - 1 - i];
    d->nrpo = n;
    free(order);
    free(po);
    number_tree(f, d);
}

void ssa_dom_free(SsaDom *d)
{
    free(d->idom);
    free(d->reachable);
    free(d->pre);
    free(d->post);
    free(d->rpo);
    memset(d, 0, sizeof *d);
}

bool ssa_dominates(const SsaDom *d, const Block *a, const Block *b)
{
    if (!d->reachable[a->id] || !d->reachable[b->id])
        return false;
    return d->pre[a->id] <= d->pre[b->id] && d->post[b->id] <= d->post[a->id];
}

/* ---- names ---------------------------------------------------------------------- */

bool ssa_name_matches(const char *fname, const char *name)
{
    if (!fname || !name)
        return false;
    if (strncmp(name, "main.", 5) == 0)
        name += 5;
    if (strcmp(fname, name) == 0)
        return true;
    /* GOSSAFUNC=T.m also selects (*T).m */
    if (fname[0] == '(' && fname[1] == '*') {
        const char *close = strchr(fname, ')');
        if (close) {
            size_t tl = (size_t)(close - fname - 2);
            if (strncmp(name, fname + 2, tl) == 0 && strcmp(name + tl, close + 1) == 0)
                return true;
        }
    }
    return false;
}
