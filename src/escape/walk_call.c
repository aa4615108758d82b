/*
 * walk_call.c — calls, builtins, go and defer (gc's escape/call.go).
 *
 * An argument flows into the callee's parameter as the callee's leak tags
 * say: a parameter tagged "leaks to heap with derefs d" makes the argument
 * flow to the heap d times dereferenced; "leaks to result i" makes it flow
 * into the call's i-th result hole. Callees of the batch being analysed
 * (mutual recursion, closures) are wired in directly instead: arguments
 * are assigned to their parameters, their results to the call's holes.
 * Unknown callees (function values) leak everything to the heap.
 *
 * `go f(x)` and `defer f(x)` are rewritten as gc does: x is copied into a
 * temporary (".autotmp_N") captured by a wrapper closure that makes the
 * call later; the wrapper lives on the heap for `go` and for a `defer`
 * inside a loop. The wrapper itself is never reported.
 */
#include "graph.h"

#include <string.h>

bool in_mutual_batch(IrFunc *fn) { return fn && fn->esc_state != ESCF_TAGGED; }

/* gc's tags for the fmt, strconv and os members of the subset. */
static Leaks imported_tag(Object *f, int param)
{
    Leaks l = {{0}};
    switch (f->id) {
    case PM_FMT_PRINTLN: case PM_FMT_PRINT: case PM_FMT_SPRINT: case PM_FMT_SPRINTLN:
        leaks_add(&l, 0, 1); /* leaking param content: a */
        break;
    case PM_FMT_PRINTF: case PM_FMT_SPRINTF:
        if (param == 1)
            leaks_add(&l, 0, 1); /* format does not escape; leaking param content: a */
        break;
    default:
        leaks_add(&l, 0, 0); /* scalars: gc's empty tag */
        break;
    }
    return l;
}

Hole tag_hole_for(Escape *e, Hole *ks, int nks, IrFunc *fn, Object *imported, int param_index)
{
    Batch *b = e->b;
    if (!fn && !imported)
        return heap_hole(b);
    if (fn && in_mutual_batch(fn)) {
        IrName *p = param_index < fn->params.len ? fn->params.items[param_index] : NULL;
        if (!p || !p->sym || p->blank)
            return discard_hole(b);
        return esc_addr(e, p->node);
    }
    Leaks esc = fn ? (fn->tags && param_index < fn->params.len ? fn->tags[param_index] : (Leaks){{0}})
                   : imported_tag(imported, param_index);
    Hole tag_ks[1 + NUM_ESC_RESULTS];
    int n = 0;
    int x = leaks_get(&esc, 0);
    if (x >= 0)
        tag_ks[n++] = hole_shift(heap_hole(b), x);
    if (ks) {
        for (int i = 0; i < NUM_ESC_RESULTS; i++) {
            x = leaks_get(&esc, 1 + i);
            if (x >= 0 && i < nks)
                tag_ks[n++] = hole_shift(ks[i], x);
        }
    }
    return tee_hole(e, tag_ks, n);
}

/* ---- static callees ----------------------------------------------------------------- */

static IrNode *outer_value(IrNode *n)
{
    for (;;) {
        if (n->op == ODOT || (n->op == OINDEX && n->x && n->x->type && type_underlying(n->x->type)->kind == TY_ARRAY))
            n = n->x;
        else
            return n;
    }
}

typedef struct ReassignCheck {
    IrName *name;
} ReassignCheck;

static bool is_name(ReassignCheck *c, IrNode *x) { return x && x->op == ONAME && x->name->canon == c->name; }

static bool any_reassign(ReassignCheck *c, IrNode *n);

static bool any_list(ReassignCheck *c, IrList *l)
{
    for (int i = 0; i < l->len; i++)
        if (any_reassign(c, l->items[i]))
            return true;
    return false;
}

static bool any_reassign(ReassignCheck *c, IrNode *n)
{
    if (!n)
        return false;
    switch (n->op) {
    case OAS:
        if (is_name(c, n->x) && n != c->name->defn)
            return true;
        break;
    case OAS2: case OAS2FUNC: case OAS2MAPR: case OAS2DOTTYPE:
        for (int i = 0; i < n->list.len; i++)
            if (is_name(c, n->list.items[i]) && n != c->name->defn)
                return true;
        break;
    case OADDR:
        if (n->x && is_name(c, outer_value(n->x)))
            return true;
        break;
    case ORANGE:
        if (is_name(c, n->y) || is_name(c, n->z))
            return true;
        break;
    case OCLOSURE:
        if (n->fn && any_list(c, &n->fn->body))
            return true;
        break;
    default:
        break;
    }
    if (any_list(c, &n->init))
        return true;
    if (any_reassign(c, n->x) || any_reassign(c, n->y) || any_reassign(c, n->z) || any_reassign(c, n->w))
        return true;
    if (any_list(c, &n->list) || any_list(c, &n->rlist) || any_list(c, &n->cases))
        return true;
    return false;
}

static bool reassigned_anywhere(IrName *name)
{
    if (!name->curfn)
        return true;
    if (name->obj && (name->obj->flags & OBJF_ADDRTAKEN))
        return true;
    ReassignCheck c = {name};
    return any_list(&c, &name->curfn->body);
}

/* gc's ir.StaticValue: follow a local assigned exactly once to its value. */
static IrNode *static_value(IrNode *n)
{
    for (int guard = 0; guard < 1000; guard++) {
        if (n->op == OCONVNOP) {
            n = n->x;
            continue;
        }
        if (n->op != ONAME)
            return n;
        IrName *name = n->name->canon;
        if (name->class != PAUTO || !name->defn)
            return n;
        IrNode *defn = name->defn, *rhs = NULL;
        if (defn->op == OAS) {
            rhs = defn->y;
        } else if (defn->op == OAS2) {
            for (int i = 0; i < defn->list.len; i++)
                if (defn->list.items[i]->op == ONAME && defn->list.items[i]->name->canon == name)
                    rhs = i < defn->rlist.len ? defn->rlist.items[i] : NULL;
        } else {
            return n;
        }
        if (!rhs || reassigned_anywhere(name))
            return n;
        n = rhs;
    }
    return n;
}

/* ---- go/defer rewriting ---------------------------------------------------------------- */

static bool has_unique_pos(const IrNode *n) { return n->op != ONAME && pos_known(n->pos); }

/* gc's copyExpr: tmp := expr, declared in fn, analysed. */
static IrName *copy_expr(Escape *e, Pos pos, IrNode *expr, IrList *init)
{
    Batch *b = e->b;
    Arena *a = b->ctx->ip->arena;
    if (has_unique_pos(expr))
        pos = expr->pos;
    IrFunc *fn = e->curfn;
    IrName *tmp = ARENA_NEW(a, IrName);
    tmp->sym = arena_printf(a, ".autotmp_%d", fn->dcl.len);
    tmp->type = expr->type;
    tmp->pos = pos;
    tmp->class = PAUTO;
    tmp->curfn = fn;
    tmp->canon = tmp;
    IrNode *node = ir_new(a, ONAME, pos, expr->type);
    node->name = tmp;
    tmp->node = node;
    vec_push(a, &fn->dcl, tmp);
    IrNode *d = ir_new(a, ODCL, pos, NULL);
    d->name = tmp;
    IrNode *as = ir_new(a, OAS, pos, NULL);
    as->x = node;
    as->y = expr;
    tmp->defn = as;
    vec_push(a, init, d);
    vec_push(a, init, as);
    new_loc(e, node, tmp, false);
    esc_stmt(e, d);
    esc_stmt(e, as);
    return tmp;
}

static void wrap_expr(Escape *e, Pos pos, IrNode **exprp, IrList *init, IrFunc *wrapper)
{
    Arena *a = e->b->ctx->ip->arena;
    IrName *tmp = copy_expr(e, pos, *exprp, init);
    old_loc(tmp)->captured = true;
    IrName *cv = ARENA_NEW(a, IrName);
    *cv = *tmp;
    cv->canon = tmp;
    cv->curfn = wrapper;
    cv->pos = pos;
    cv->loc = NULL;
    IrNode *node = ir_new(a, ONAME, pos, tmp->type);
    node->name = cv;
    cv->node = node;
    vec_push(a, &wrapper->cvars, cv);
    *exprp = node;
}

static void visit_arg(Escape *e, Pos pos, IrNode **argp, IrList *init, IrFunc *wrapper)
{
    IrNode *arg = *argp;
    if (!arg || arg->op == OLITERAL || arg->op == ONIL || arg->op == OMETHEXPR)
        return;
    if (arg->op == ONAME && arg->name->class == PFUNC)
        return;
    wrap_expr(e, pos, argp, init, wrapper);
}

static void rewrite_argument(Escape *e, IrNode **argp, IrList *init, IrNode *call, IrFunc *wrapper)
{
    if (!wrapper)
        return;
    IrNode *arg = *argp;
    if (arg && arg->op == OSLICELIT) {
        for (int i = 0; i < arg->list.len; i++) {
            IrNode **el = &arg->list.items[i];
            if ((*el)->op == OKEY)
                el = &(*el)->y;
            visit_arg(e, arg->pos, el, init, wrapper);
        }
    } else {
        visit_arg(e, call->pos, argp, init, wrapper);
    }
}

typedef struct CallCtx {
    Escape *e;
    IrNode *call;
    IrList *init;
    IrFunc *wrapper;
} CallCtx;

static void argument(CallCtx *c, Hole k, IrNode **argp)
{
    rewrite_argument(c->e, argp, c->init, c->call, c->wrapper);
    esc_expr(c->e, hole_note(c->e->b, k, c->call, "call parameter"), *argp);
}

static Type *func_type(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u && u->kind == TY_FUNC ? u : NULL;
}

static bool elem_has_pointers(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u && (u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_POINTER) && ir_has_pointers(u->elem);
}

static bool is_slice(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u && u->kind == TY_SLICE;
}

static void call_func(CallCtx *c, Hole *ks, int nks)
{
    Escape *e = c->e;
    Batch *b = e->b;
    IrNode *call = c->call;
    call->flags |= IRF_FIXED;
    if (call->flags & IRF_INTER) { /* dynamic: everything leaks */
        argument(c, heap_hole(b), &call->x->x);
        for (int i = 0; i < call->list.len; i++)
            argument(c, heap_hole(b), &call->list.items[i]);
        return;
    }
    if (call->x->op == OCLOSURE && call->x->fn)
        call->x->fn->closure_called = true;
    IrFunc *fn = NULL;
    Object *imported = NULL;
    IrNode *v = static_value(call->x);
    if (v->op == ONAME && v->name->class == PFUNC) {
        fn = v->name->func;
        if (!fn && v->name->fobj && (v->name->fobj->flags & OBJF_IMPORTED))
            imported = v->name->fobj;
    } else if (v->op == OCLOSURE) {
        fn = v->fn;
    } else if (v->op == OMETHEXPR) {
        fn = v->fn;
    }
    Type *fntype = fn && fn->sig ? fn->sig : imported ? imported->type : call->x->type;
    fntype = func_type(fntype);
    if (ks && fn && in_mutual_batch(fn))
        for (int i = 0; i < fn->results.len && i < nks; i++)
            esc_expr(e, ks[i], fn->results.items[i]->node);
    argument(c, discard_hole(b), &call->x);
    int ai = 0, pi = 0;
    bool has_recv = fn && fn->src && fn->src->recv;
    if (has_recv && call->list.len > 0) {
        argument(c, tag_hole_for(e, ks, nks, fn, imported, 0), &call->list.items[0]);
        ai = 1;
        pi = 1;
    } else if (!fn && !imported && call->x->op == OMETHEXPR && call->list.len > 0) {
        argument(c, heap_hole(b), &call->list.items[0]);
        ai = 1;
    }
    int np = fntype && fntype->params ? fntype->params->nfields : 0;
    for (int i = 0; i < np && ai + i < call->list.len; i++)
        argument(c, (fn || imported) ? tag_hole_for(e, ks, nks, fn, imported, pi + i) : heap_hole(b),
                 &call->list.items[ai + i]);
    /* arguments beyond the signature (should not happen) are still evaluated */
    for (int i = ai + np; i < call->list.len; i++)
        argument(c, heap_hole(b), &call->list.items[i]);
}

static void call_common(Escape *e, Hole *ks, int nks, IrNode *call, IrList *init, IrFunc *wrapper)
{
    Batch *b = e->b;
    CallCtx c = {e, call, init, wrapper};
    switch (call->op) {
    case OCALLFUNC:
        call_func(&c, ks, nks);
        break;
    case OAPPEND: {
        IrList *args = &call->list;
        Hole appendee = ks ? ks[0] : discard_hole(b);
        if (args->len > 0 && elem_has_pointers(args->items[0]->type)) {
            Hole two[2] = {appendee, hole_deref(b, heap_hole(b), call, "appendee slice")};
            appendee = tee_hole(e, two, 2);
        }
        if (args->len > 0)
            argument(&c, appendee, &args->items[0]);
        if (call->flags & IRF_DDD) {
            Hole appended = discard_hole(b);
            if (args->len > 1 && is_slice(args->items[1]->type) && elem_has_pointers(args->items[1]->type))
                appended = hole_deref(b, heap_hole(b), call, "appended slice...");
            if (args->len > 1)
                argument(&c, appended, &args->items[1]);
        } else {
            for (int i = 1; i < args->len; i++)
                argument(&c, heap_hole(b), &args->items[i]);
        }
        break;
    }
    case OCOPY: {
        argument(&c, discard_hole(b), &call->x);
        Hole copied = discard_hole(b);
        if (call->y && is_slice(call->y->type) && elem_has_pointers(call->y->type))
            copied = hole_deref(b, heap_hole(b), call, "copied slice");
        argument(&c, copied, &call->y);
        break;
    }
    case OPANIC:
        argument(&c, heap_hole(b), &call->x);
        break;
    case ODELETE: case OPRINT: case OPRINTN: case ORECOVER:
        for (int i = 0; i < call->list.len; i++)
            argument(&c, discard_hole(b), &call->list.items[i]);
        break;
    case OLEN: case OCAP:
        argument(&c, discard_hole(b), &call->x);
        break;
    default:
        diag_fatal("escape", "unexpected call op %d", call->op);
    }
}

void esc_call(Escape *e, Hole *ks, int nks, IrNode *call)
{
    IrList init = {0};
    call_common(e, ks, nks, call, &init, NULL);
}

void esc_go_defer(Escape *e, IrNode *n)
{
    Batch *b = e->b;
    Arena *a = b->ctx->ip->arena;
    Hole k = heap_hole(b);
    if (n->op == ODEFER && e->loop_depth == 1)
        k = later_hole(e, discard_hole(b)); /* a top-level defer's arguments live until it runs */
    IrNode *call = n->x;
    if (!call)
        return;
    esc_stmts(e, &call->init);
    if (call->op == OCALLFUNC && !(call->flags & IRF_METHCALL)) {
        Type *sig = func_type(call->x->type);
        if (sig && sig->params->nfields + sig->results->nfields == 0) {
            esc_expr(e, k, call->x);
            return;
        }
    }
    IrFunc *wrapper = ARENA_NEW(a, IrFunc);
    wrapper->name = arena_printf(a, "%s.gowrap", e->curfn->name);
    wrapper->outer = e->curfn;
    wrapper->hidden = true;
    wrapper->wrapper = true;
    wrapper->esc_state = ESCF_TAGGED;
    IrNode *clo = ir_new(a, OCLOSURE, n->pos, NULL);
    clo->fn = wrapper;
    wrapper->closure = clo;
    IrList *init = &n->init;
    call_common(e, NULL, 0, call, init, wrapper);
    ClosureRec rec = {spill(e, k, clo), clo};
    vec_push(b->a, &b->closures, rec);
}
