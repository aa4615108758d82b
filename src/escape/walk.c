/*
 * walk.c — statements and expressions into graph edges (gc's escape
 * stmt.go, expr.go, assign.go, utils.go).
 *
 * Each expression is evaluated into a hole: the location its value flows
 * to, with a deref count. Every sub-expression is always visited, even
 * when its value is discarded, because it may allocate or call.
 *
 *     x = &y      addr(x) is x's hole; &y shifts it to derefs -1; y: edge x <-(-1)- y
 *     m[k] = v    k and v flow to the heap (map storage is on the heap)
 *     *p = v      v flows to the heap (p's target is unknown)
 *
 * Variables are located by their canonical IrName, allocation sites by
 * their node (spill). Loop depth is tracked so that a value stored into a
 * variable declared outside a loop outlives the loop body's allocations.
 */
#include "graph.h"

#include <string.h>

void esc_stmts(Escape *e, IrList *l)
{
    for (int i = 0; i < l->len; i++)
        esc_stmt(e, l->items[i]);
}

void esc_block(Escape *e, IrList *l)
{
    int old = e->loop_depth;
    esc_stmts(e, l);
    e->loop_depth = old;
}

static Hole dcl(Escape *e, IrName *n)
{
    Location *loc = old_loc(n);
    loc->loop_depth = e->loop_depth;
    return hole_of(loc);
}

static bool is_blank(const IrNode *n) { return n && n->op == ONAME && n->name && n->name->blank; }

static bool is_array(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u && u->kind == TY_ARRAY;
}

static void esc_range(Escape *e, IrNode *n)
{
    Batch *b = e->b;
    Location *tmp = new_loc(e, NULL, NULL, false);
    esc_expr(e, hole_of(tmp), n->x);
    e->loop_depth++;
    Hole ks[2] = {esc_addr(e, n->y), esc_addr(e, n->z)};
    if (n->x && is_array(n->x->type))
        esc_flow(b, hole_note(b, ks[1], n, "range"), tmp);
    else
        esc_flow(b, hole_deref(b, ks[1], n, "range-deref"), tmp);
    esc_reassigned(e, ks, 2, n);
    esc_block(e, &n->list);
    e->loop_depth--;
}

static void esc_switch(Escape *e, IrNode *n)
{
    if (n->x && n->x->op == OTYPESW) {
        IrNode *guard = n->x;
        VEC(Hole) ks = {0};
        if (guard->flags & IRF_DEF) {
            for (int i = 0; i < n->cases.len; i++) {
                IrNode *cas = n->cases.items[i];
                if (!cas->name)
                    continue;
                Hole k = dcl(e, cas->name);
                if (ir_has_pointers(cas->name->type))
                    vec_push(e->b->a, &ks, hole_dottype(e->b, k, cas->name->type, cas, "switch case"));
            }
        }
        esc_expr(e, tee_hole(e, ks.items, ks.len), guard->x);
    } else {
        esc_discard(e, n->x);
    }
    for (int i = 0; i < n->cases.len; i++) {
        esc_discards(e, &n->cases.items[i]->list);
        esc_block(e, &n->cases.items[i]->rlist);
    }
}

void esc_stmt(Escape *e, IrNode *n)
{
    if (!n)
        return;
    Batch *b = e->b;
    esc_stmts(e, &n->init);
    switch (n->op) {
    case OBREAK: case OCONTINUE: case OFALL: case OLABEL:
        break;
    case OBLOCK:
        esc_stmts(e, &n->list);
        break;
    case ODCL:
        if (!n->name->blank)
            dcl(e, n->name);
        break;
    case OIF:
        esc_discard(e, n->x);
        esc_block(e, &n->list);
        esc_block(e, &n->rlist);
        break;
    case OFOR:
        e->loop_depth++;
        esc_discard(e, n->x);
        esc_stmt(e, n->y);
        esc_block(e, &n->list);
        e->loop_depth--;
        break;
    case ORANGE:
        esc_range(e, n);
        break;
    case OSWITCH:
        esc_switch(e, n);
        break;
    case OAS:
    case OASOP: {
        IrNode *d[1] = {n->x}, *s[1] = {n->y};
        IrList dl = {d, 1, 1}, sl = {s, 1, 1};
        esc_assign_list(e, &dl, &sl, "assign", n);
        break;
    }
    case OAS2:
        esc_assign_list(e, &n->list, &n->rlist, "assign-pair", n);
        break;
    case OAS2DOTTYPE:
        esc_assign_list(e, &n->list, &n->rlist, "assign-pair-dot-type", n);
        break;
    case OAS2MAPR:
        esc_assign_list(e, &n->list, &n->rlist, "assign-pair-mapr", n);
        break;
    case OAS2FUNC: {
        IrNode *call = n->rlist.items[0];
        esc_stmts(e, &call->init);
        Hole *ks = ARENA_ARRAY(b->a, Hole, n->list.len);
        for (int i = 0; i < n->list.len; i++)
            ks[i] = esc_addr(e, n->list.items[i]);
        esc_call(e, ks, n->list.len, call);
        esc_reassigned(e, ks, n->list.len, n);
        break;
    }
    case ORETURN: {
        IrFunc *fn = e->curfn;
        IrList dsts = {0};
        for (int i = 0; i < fn->results.len; i++)
            vec_push(b->a, &dsts, fn->results.items[i]->node);
        esc_assign_list(e, &dsts, &n->list, "return", n);
        break;
    }
    case OCALLFUNC: case OCOPY: case ODELETE: case OPANIC: case OPRINT: case OPRINTN: case ORECOVER:
        esc_call(e, NULL, 0, n);
        break;
    case OGO: case ODEFER:
        esc_go_defer(e, n);
        break;
    default:
        esc_discard(e, n); /* other expression statements */
        break;
    }
}

/* ---- expressions ------------------------------------------------------------------- */

void esc_discard(Escape *e, IrNode *n) { esc_expr(e, discard_hole(e->b), n); }

void esc_discards(Escape *e, IrList *l)
{
    for (int i = 0; i < l->len; i++)
        esc_discard(e, l->items[i]);
}

static void walk_closure(Escape *e, Hole k, IrNode *n)
{
    Batch *b = e->b;
    k = spill(e, k, n);
    ClosureRec rec = {k, n};
    vec_push(b->a, &b->closures, rec);
    IrFunc *fn = n->fn;
    if (!fn->hidden)
        return;
    for (int i = 0; i < fn->cvars.len; i++) {
        Location *loc = old_loc(fn->cvars.items[i]);
        if (!loc->captured) {
            loc->captured = true;
            /* reassignments in straight-line code before the first capture do not count */
            if (loc->loop_depth == e->loop_depth)
                loc->reassigned = false;
        }
    }
    for (int i = 0; i < fn->dcl.len; i++) {
        IrName *d = fn->dcl.items[i];
        if (!d->loc) {
            Escape ce = esc_with(b, fn);
            new_loc(&ce, d->node, d, false);
        }
    }
    esc_walk_func(b, fn);
}

/* The method's receiver leaks to its method value's closure and, as the
 * call is unknown, its results to the heap. */
static void walk_method_value(Escape *e, Hole k, IrNode *n);

static void expr_skip_init(Escape *e, Hole k, IrNode *n)
{
    Batch *b = e->b;
    if (k.derefs >= 0 && n->type && !ir_is_untyped(n->type) && !ir_has_pointers(n->type))
        k.dst = &b->blank_loc;
    switch (n->op) {
    case OLITERAL: case ONIL: case OTYPE: case OMETHEXPR: case OLINKSYMOFFSET:
        break;
    case ONAME:
        if (n->name->class == PFUNC || n->name->class == PEXTERN || n->name->blank)
            return;
        esc_flow(b, k, old_loc(n->name));
        break;
    case OPLUS: case ONEG: case OBITNOT: case ONOT:
        esc_discard(e, n->x);
        break;
    case OADD: case OSUB: case OOR: case OXOR: case OMUL: case ODIV: case OMOD: case OLSH: case ORSH:
    case OAND: case OANDNOT: case OEQ: case ONE: case OLT: case OLE: case OGT: case OGE:
    case OANDAND: case OOROR:
        esc_discard(e, n->x);
        esc_discard(e, n->y);
        break;
    case OADDR:
        esc_expr(e, hole_addr(b, k, n, "address-of"), n->x);
        break;
    case ODEREF:
        esc_expr(e, hole_deref(b, k, n, "indirection"), n->x);
        break;
    case ODOT:
        esc_expr(e, hole_note(b, k, n, "dot"), n->x);
        break;
    case ODOTPTR:
        esc_expr(e, hole_deref(b, k, n, "dot of pointer"), n->x);
        break;
    case ODOTTYPE: case ODOTTYPE2:
        esc_expr(e, hole_dottype(b, k, n->type, n, "dot"), n->x);
        break;
    case OINDEX:
        if (n->x && is_array(n->x->type))
            esc_expr(e, hole_note(b, k, n, "fixed-array-index-of"), n->x);
        else
            esc_expr(e, hole_deref(b, k, n, "dot of pointer"), n->x);
        esc_discard(e, n->y);
        break;
    case OINDEXMAP:
        esc_discard(e, n->x);
        esc_discard(e, n->y);
        break;
    case OSLICE: case OSLICEARR: case OSLICE3: case OSLICE3ARR: case OSLICESTR:
        esc_expr(e, hole_note(b, k, n, "slice"), n->x);
        esc_discard(e, n->y);
        esc_discard(e, n->z);
        esc_discard(e, n->w);
        break;
    case OCONV: case OCONVNOP:
        esc_expr(e, k, n->x);
        break;
    case OCONVIFACE:
        if (n->x && n->x->type && !type_is_interface(n->x->type) && !ir_is_direct_iface(n->x->type))
            k = spill(e, k, n);
        esc_expr(e, hole_note(b, k, n, "interface-converted"), n->x);
        break;
    case OCALLFUNC: case OLEN: case OCAP: case OAPPEND: case OCOPY: case ORECOVER: {
        Hole ks[1] = {k};
        esc_call(e, ks, 1, n);
        break;
    }
    case ONEW:
        spill(e, k, n);
        break;
    case OMAKESLICE:
        spill(e, k, n);
        esc_discard(e, n->x);
        esc_discard(e, n->y);
        break;
    case OMAKEMAP:
        spill(e, k, n);
        esc_discard(e, n->x);
        break;
    case OMETHVALUE:
        walk_method_value(e, k, n);
        break;
    case OPTRLIT:
        esc_expr(e, spill(e, k, n), n->x);
        break;
    case OARRAYLIT:
        for (int i = 0; i < n->list.len; i++) {
            IrNode *elt = n->list.items[i];
            if (elt->op == OKEY)
                elt = elt->y;
            esc_expr(e, hole_note(b, k, n, "array literal element"), elt);
        }
        break;
    case OSLICELIT:
        k = spill(e, k, n);
        for (int i = 0; i < n->list.len; i++) {
            IrNode *elt = n->list.items[i];
            if (elt->op == OKEY)
                elt = elt->y;
            esc_expr(e, hole_note(b, k, n, "slice-literal-element"), elt);
        }
        break;
    case OSTRUCTLIT:
        for (int i = 0; i < n->list.len; i++)
            esc_expr(e, hole_note(b, k, n, "struct literal element"), n->list.items[i]->y);
        break;
    case OMAPLIT:
        spill(e, k, n);
        for (int i = 0; i < n->list.len; i++) {
            IrNode *elt = n->list.items[i];
            esc_assign_heap(e, elt->x, "map literal key", n);
            esc_assign_heap(e, elt->y, "map literal value", n);
        }
        break;
    case OCLOSURE:
        walk_closure(e, k, n);
        break;
    case ORUNES2STR: case OBYTES2STR: case OSTR2RUNES: case OSTR2BYTES: case ORUNESTR:
        spill(e, k, n);
        esc_discard(e, n->x);
        break;
    case OADDSTR:
        spill(e, k, n);
        esc_discards(e, &n->list);
        break;
    default:
        break;
    }
}

void esc_expr(Escape *e, Hole k, IrNode *n)
{
    if (!n)
        return;
    esc_stmts(e, &n->init);
    expr_skip_init(e, k, n);
}

Hole tag_hole_for(Escape *e, Hole *ks, int nks, IrFunc *fn, Object *imported, int param_index);

static void walk_method_value(Escape *e, Hole k, IrNode *n)
{
    Batch *b = e->b;
    Hole closure_k = spill(e, k, n);
    Type *mt = n->sym ? n->sym->type : NULL;
    int nres = mt && mt->kind == TY_FUNC && mt->results ? mt->results->nfields : 0;
    Hole *ks = ARENA_ARRAY(b->a, Hole, nres + 1);
    for (int i = 0; i < nres; i++)
        ks[i] = heap_hole(b);
    Hole param_k = n->fn ? tag_hole_for(e, ks, nres, n->fn, NULL, 0) : heap_hole(b);
    Hole two[2] = {param_k, closure_k};
    esc_expr(e, tee_hole(e, two, 2), n->x);
}

/* ---- assignments ----------------------------------------------------------------------- */

Hole esc_addr(Escape *e, IrNode *n)
{
    Batch *b = e->b;
    if (!n || is_blank(n))
        return discard_hole(b);
    Hole k = heap_hole(b);
    switch (n->op) {
    case ONAME:
        if (n->name->class == PEXTERN)
            break;
        k = hole_of(old_loc(n->name));
        break;
    case ODOT:
        k = esc_addr(e, n->x);
        break;
    case OINDEX:
        esc_discard(e, n->y);
        if (n->x && is_array(n->x->type))
            k = esc_addr(e, n->x);
        else
            esc_discard(e, n->x);
        break;
    case ODEREF: case ODOTPTR:
        esc_discard(e, n);
        break;
    case OLINKSYMOFFSET:
        break;
    case OINDEXMAP:
        esc_discard(e, n->x);
        esc_assign_heap(e, n->y, "key of map put", n);
        break;
    default:
        diag_fatal("escape", "unexpected addr: op %d", n->op);
    }
    return k;
}

void esc_assign_heap(Escape *e, IrNode *src, const char *why, const IrNode *where)
{
    esc_expr(e, hole_note(e->b, heap_hole(e->b), where, why), src);
}

static bool same_safe_expr(const IrNode *l, const IrNode *r)
{
    while (l && l->op == OCONVNOP)
        l = l->x;
    while (r && r->op == OCONVNOP)
        r = r->x;
    if (!l || !r || l->op != r->op || !type_identical(l->type, r->type))
        return false;
    switch (l->op) {
    case ONAME:
        return l->name == r->name;
    case ODOT: case ODOTPTR:
        return l->text && r->text && l->sym == r->sym && same_safe_expr(l->x, r->x);
    case ODEREF: case ONOT: case OBITNOT: case OPLUS: case ONEG: case OCONV:
        return same_safe_expr(l->x, r->x);
    case OINDEX: case OINDEXMAP:
        return same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
    case OADD: case OSUB: case OOR: case OXOR: case OMUL: case OLSH: case ORSH: case OAND:
    case OANDNOT: case ODIV: case OMOD:
        return same_safe_expr(l->x, r->x) && same_safe_expr(l->y, r->y);
    case OLITERAL:
        return l->text && r->text && strcmp(l->text, r->text) == 0;
    case ONIL:
        return true;
    default:
        return false;
    }
}

static bool may_affect_memory(const IrNode *n)
{
    switch (n->op) {
    case ONAME: case OLITERAL: case ONIL:
        return false;
    case OADD: case OSUB: case OOR: case OXOR: case OMUL: case OLSH: case ORSH: case OAND:
    case OANDNOT: case ODIV: case OMOD: case OINDEX:
        return may_affect_memory(n->x) || may_affect_memory(n->y);
    case OCONVNOP: case OCONV: case OLEN: case OCAP: case ONOT: case OBITNOT: case OPLUS:
    case ONEG: case ODOT: case ODOTPTR: case ODEREF:
        return may_affect_memory(n->x);
    default:
        return true;
    }
}

static bool is_slice_self_assign(const IrNode *dst, const IrNode *src)
{
    const IrNode *dstx;
    if (dst->op == ODEREF || dst->op == ODOTPTR)
        dstx = dst->x;
    else
        return false;
    if (!dstx || dstx->op != ONAME)
        return false;
    switch (src->op) {
    case OSLICE: case OSLICE3: case OSLICESTR:
        break;
    case OSLICEARR: case OSLICE3ARR:
        if (src->x && src->x->op == OADDR)
            return false;
        break;
    default:
        return false;
    }
    const IrNode *base = src->x;
    if (!base || (base->op != ODEREF && base->op != ODOTPTR))
        return false;
    const IrNode *basex = base->x;
    if (!basex || basex->op != ONAME)
        return false;
    return dstx->name == basex->name;
}

static bool is_self_assign(const IrNode *dst, const IrNode *src)
{
    if (is_slice_self_assign(dst, src))
        return true;
    if (!dst || !src || dst->op != src->op)
        return false;
    switch (dst->op) {
    case ODOT: case ODOTPTR:
        return same_safe_expr(dst->x, src->x);
    case OINDEX:
        if (may_affect_memory(dst->y) || may_affect_memory(src->y))
            return false;
        return same_safe_expr(dst->x, src->x);
    default:
        return false;
    }
}

void esc_assign_list(Escape *e, IrList *dsts, IrList *srcs, const char *why, IrNode *where)
{
    Batch *b = e->b;
    Hole *ks = ARENA_ARRAY(b->a, Hole, dsts->len + 1);
    for (int i = 0; i < dsts->len; i++)
        ks[i] = esc_addr(e, dsts->items[i]);
    for (int i = 0; i < dsts->len; i++) {
        Hole k = ks[i];
        IrNode *src = i < srcs->len ? srcs->items[i] : NULL;
        IrNode *dst = dsts->items[i];
        if (dst && src && is_self_assign(dst, src)) {
            if (b->ctx->m)
                esc_warn(b->ctx, where->pos, "%s ignoring self-assignment in %s", e->curfn->name,
                         node_str(b->ctx, where));
            k = discard_hole(b);
        }
        esc_expr(e, hole_note(b, k, where, why), src);
    }
    esc_reassigned(e, ks, dsts->len, where);
}

void esc_reassigned(Escape *e, Hole *ks, int nks, IrNode *where)
{
    (void)e;
    if (where->op == OAS && !where->y && where->x && where->x->op == ONAME && !where->x->name->blank &&
        !where->x->name->canon->defn)
        return; /* var x T: its initialisation */
    for (int i = 0; i < nks; i++) {
        Location *loc = ks[i].dst;
        if (loc->n && loc->n->op == ONAME && loc->name && loc->name->canon->defn == where && where->op != ORANGE)
            continue;
        loc->reassigned = true;
    }
}
