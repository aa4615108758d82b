/*
 * batch.c — the driver (gc's escape/escape.go and ir.VisitFuncsBottomUp).
 *
 * Functions are visited in declaration order with Tarjan's algorithm over
 * the static call graph (calls of declared functions, methods, method
 * values, function literals); each strongly connected component is one
 * batch, analysed as soon as it is complete, callees first. A function
 * literal is never a component root: it joins its enclosing function's
 * batch and is walked where it appears. A batch:
 *
 *   1. gives every variable (Dcl) a location, and results their index;
 *   2. walks the bodies, building edges (walk.c, walk_call.c);
 *   3. decides how closures capture (by value: never reassigned, never
 *      address-taken, <= 128 bytes) and adds their capture edges;
 *   4. sends what is too big for the stack to the heap;
 *   5. solves (solve.c);
 *   6. tags each parameter for callers and reports, in gc's order:
 *      parameters function by function, then every location in creation
 *      order ("moved to heap: x", "... escapes to heap", "... does not
 *      escape").
 */
#include "graph.h"

#include <stdlib.h>
#include <string.h>

struct EscResult {
    PtrMap decided; /* AST node -> 1 heap, 2 stack */
    PtrMap boxed;   /* AST node of an interface conversion -> 1 heap, 2 stack */
    PtrMap moved;   /* Object -> 1 */
    PtrMap byref;   /* Object -> 1 */
    PtrMap dot;     /* Func -> DOT text (escape_analyze_with_graphs; dot.c) */
    Arena arena;
};

enum { MAX_STACK_VAR_SIZE = 10 * 1024 * 1024, MAX_IMPLICIT_STACK_VAR_SIZE = 64 * 1024 };

Escape esc_with(Batch *b, IrFunc *fn)
{
    Escape e = {b, fn, 1};
    return e;
}

/* ---- heap allocation reasons (gc's HeapAllocReason) ---------------------------------- */

static bool small_int_const(const IrNode *n, int64_t *v)
{
    if (!n || n->op != OLITERAL || !n->ast || !n->ast->cv)
        return false;
    const ConstValue *cv = n->ast->cv;
    if (cv->kind != CV_INT && cv->kind != CV_FLOAT)
        return false;
    if (cv->kind == CV_INT && (cv->zsize > 1 || cv->zsize < -1))
        return false;
    int64_t x = cv_int64(cv);
    if (x < INT32_MIN || x > INT32_MAX)
        return false;
    *v = x;
    return true;
}

static int64_t closure_size(const IrNode *n)
{
    int64_t size = 8;
    for (int i = 0; n->fn && i < n->fn->cvars.len; i++) {
        IrName *cv = n->fn->cvars.items[i];
        int64_t s = cv->canon->byval ? type_size(cv->type) : 8;
        int64_t al = cv->canon->byval ? type_align(cv->type) : 8;
        if (al > 0)
            size = (size + al - 1) / al * al;
        size += s;
    }
    return (size + 7) / 8 * 8;
}

const char *heap_alloc_reason(const IrNode *n)
{
    if (!n || !n->type)
        return NULL;
    if (n->op == ONAME && (n->name->class == PPARAM || n->name->class == PPARAMOUT))
        return NULL;
    if (n->type->kind == TY_TUPLE)
        return NULL;
    if (type_size(n->type) > MAX_STACK_VAR_SIZE)
        return "too large for stack";
    if ((n->op == ONEW || n->op == OPTRLIT)) {
        Type *u = type_underlying(n->type);
        if (u && u->kind == TY_POINTER && type_size(u->elem) > MAX_IMPLICIT_STACK_VAR_SIZE)
            return "too large for stack";
    }
    if (n->op == OCLOSURE && closure_size(n) > MAX_IMPLICIT_STACK_VAR_SIZE)
        return "too large for stack";
    if (n->op == OMAKESLICE) {
        const IrNode *r = n->y ? n->y : n->x;
        int64_t v;
        if (!small_int_const(r, &v))
            return "non-constant size";
        Type *u = type_underlying(n->type);
        int64_t es = u && u->elem ? type_size(u->elem) : 0;
        if (es != 0 && v > MAX_IMPLICIT_STACK_VAR_SIZE / es)
            return "too large for stack";
    }
    return NULL;
}

/* ---- one batch ----------------------------------------------------------------------- */

static void init_func(Batch *b, IrFunc *fn)
{
    Escape e = esc_with(b, fn);
    if (fn->esc_state != ESCF_UNKNOWN)
        diag_fatal("escape", "function %s analysed twice", fn->name);
    fn->esc_state = ESCF_PLANNED;
    for (int i = 0; i < fn->dcl.len; i++)
        new_loc(&e, fn->dcl.items[i]->node, fn->dcl.items[i], false);
    for (int i = 0; i < fn->results.len; i++)
        old_loc(fn->results.items[i])->result_index = i + 1;
}

void esc_walk_func(Batch *b, IrFunc *fn)
{
    Escape e = esc_with(b, fn);
    fn->esc_state = ESCF_STARTED;
    esc_block(&e, &fn->body);
}

static void flow_closure(Batch *b, Hole k, IrNode *clo)
{
    EscCtx *c = b->ctx;
    IrFunc *fn = clo->fn;
    for (int i = 0; i < fn->cvars.len; i++) {
        IrName *cv = fn->cvars.items[i];
        IrName *n = cv->canon;
        Location *loc = old_loc(cv);
        if (!loc->captured)
            diag_fatal("escape", "closure variable never captured: %s", n->sym);
        int64_t width = type_size(n->type);
        n->byval = !loc->addrtaken && !loc->reassigned && width <= 128;
        if (c->m > 1)
            esc_warn(c, n->pos, "%s capturing by %s: %s (addr=%s assign=%s width=%lld)",
                     n->curfn ? n->curfn->name : "?", n->byval ? "value" : "ref", n->sym,
                     loc->addrtaken ? "true" : "false", loc->reassigned ? "true" : "false", (long long)width);
        Hole kk = k;
        if (!n->byval) {
            kk = hole_addr(b, kk, cv->node, "reference");
            if (n->obj)
                ptrmap_put(&c->byref, n->obj, (void *)1);
        }
        esc_flow(b, hole_note(b, kk, cv->node, "captured by a closure"), loc);
    }
}

static Leaks param_tag(Batch *b, IrFunc *fn, int narg, IrName *p)
{
    EscCtx *c = b->ctx;
    Leaks none = {{0}}, heap0 = {{0}};
    leaks_add(&heap0, 0, 0);
    bool diagnose = c->m != 0 && !fn->wrapper;
    if (!ir_has_pointers(p->type))
        return heap0;
    if (!p->sym || p->blank)
        return none;
    const char *name = p->sym ? p->sym : arena_printf(c->paths, "arg#%d", narg);
    Location *loc = old_loc(p);
    Leaks esc = loc->param_esc;
    int heap = leaks_get(&esc, 0);
    if (heap >= 0) /* Optimize: results no shorter than the heap path are redundant */
        for (int i = 0; i < NUM_ESC_RESULTS; i++)
            if (leaks_get(&esc, 1 + i) >= heap)
                esc.v[1 + i] = 0;
    if (diagnose && !loc->escapes) {
        if (memcmp(&esc, &none, sizeof esc) == 0)
            esc_warn(c, p->pos, "%s does not escape", name);
        if (heap >= 0) {
            if (heap == 0)
                esc_warn(c, p->pos, "leaking param: %s", name);
            else
                esc_warn(c, p->pos, "leaking param content: %s", name);
        }
        for (int i = 0; i < NUM_ESC_RESULTS; i++) {
            int x = leaks_get(&esc, 1 + i);
            if (x >= 0) {
                const char *res = i < fn->results.len ? fn->results.items[i]->sym : "?";
                esc_warn(c, p->pos, "leaking param: %s to result %s level=%d", name, res, x);
            }
        }
    }
    return heap == 0 ? heap0 : esc;
}

static void record(EscCtx *c, const IrNode *n, bool heap)
{
    Node *ast = n->ast;
    if (!ast)
        return;
    ptrmap_put(n->op == OCONVIFACE ? &c->boxed : &c->decided, ast, (void *)(uintptr_t)(heap ? 1 : 2));
}

static void finish(Batch *b, IrFunc **fns, int nfns)
{
    EscCtx *c = b->ctx;
    Arena *a = c->ip->arena;
    for (int i = 0; i < nfns; i++) {
        IrFunc *fn = fns[i];
        fn->esc_state = ESCF_TAGGED;
        fn->tags = ARENA_ARRAY(a, Leaks, fn->params.len + 1);
        for (int k = 0; k < fn->params.len; k++)
            fn->tags[k] = param_tag(b, fn, k + 1, fn->params.items[k]);
    }
    for (int i = 0; i < b->all_locs.len; i++) {
        Location *loc = b->all_locs.items[i];
        IrNode *n = (IrNode *)loc->n;
        if (!n)
            continue;
        if (n->op == ONAME)
            loc->name->loc = NULL;
        bool wrapper = n->op == OCLOSURE && n->fn && n->fn->wrapper;
        if (loc->escapes) {
            if (n->op == ONAME) {
                if (c->m)
                    esc_warn(c, n->pos, "moved to heap: %s", node_str(c, n));
                if (loc->name->obj)
                    ptrmap_put(&c->moved, loc->name->obj, (void *)1);
            } else {
                if (c->m && !wrapper)
                    esc_warn(c, n->pos, "%s escapes to heap", node_str(c, n));
                record(c, n, true);
            }
            n->esc = ESC_HEAP;
        } else {
            if (c->m && n->op != ONAME && !wrapper)
                esc_warn(c, n->pos, "%s does not escape", node_str(c, n));
            if (n->op != ONAME)
                record(c, n, false);
            n->esc = ESC_NONE;
        }
    }
}

static void run_batch(EscCtx *c, IrFunc **fns, int nfns)
{
    Batch b = {0};
    b.ctx = c;
    b.a = &c->graph;
    b.heap_loc.escapes = true;
    for (int i = 0; i < nfns; i++)
        init_func(&b, fns[i]);
    for (int i = 0; i < nfns; i++)
        if (!fns[i]->hidden)
            esc_walk_func(&b, fns[i]);
    for (int i = 0; i < b.closures.len; i++)
        flow_closure(&b, b.closures.items[i].k, b.closures.items[i].clo);
    b.closures.len = 0;
    for (int i = 0; i < b.all_locs.len; i++) {
        Location *loc = b.all_locs.items[i];
        const char *why = heap_alloc_reason(loc->n);
        if (why)
            esc_flow(&b, hole_addr(&b, heap_hole(&b), loc->n, why), loc);
    }
    walk_all(&b);
    if (c->keep_dot)
        esc_dot_batch(&b);
    finish(&b, fns, nfns);
    arena_free(&c->graph);
    arena_init(&c->graph);
}

/* ---- bottom-up over the call graph (ir.VisitFuncsBottomUp) ------------------------------ */

typedef struct Scc {
    EscCtx *c;
    VEC(IrFunc *) stack;
    uint32_t visitgen;
    Arena *a;
} Scc;

static uint32_t scc_visit(Scc *v, IrFunc *fn);

static void scc_do(Scc *v, IrFunc *f, uint32_t *min)
{
    if (!f)
        return;
    uint32_t m = scc_visit(v, f);
    if (m < *min)
        *min = m;
}

static void scc_nodes(Scc *v, IrList *l, uint32_t *min);

static void scc_node(Scc *v, IrNode *n, uint32_t *min)
{
    if (!n)
        return;
    switch (n->op) {
    case ONAME:
        if (n->name->class == PFUNC)
            scc_do(v, n->name->func, min);
        break;
    case OMETHVALUE: case OMETHEXPR:
        scc_do(v, n->fn, min);
        break;
    case OCLOSURE:
        scc_do(v, n->fn, min);
        return;
    default:
        break;
    }
    scc_nodes(v, &n->init, min);
    scc_node(v, n->x, min);
    scc_node(v, n->y, min);
    scc_node(v, n->z, min);
    scc_node(v, n->w, min);
    scc_nodes(v, &n->list, min);
    scc_nodes(v, &n->rlist, min);
    scc_nodes(v, &n->cases, min);
}

static void scc_nodes(Scc *v, IrList *l, uint32_t *min)
{
    for (int i = 0; i < l->len; i++)
        scc_node(v, l->items[i], min);
}

static uint32_t scc_visit(Scc *v, IrFunc *fn)
{
    if (fn->visit_id != 0) /* -1: finished, larger than any id (gc's ^uint32(0)) */
        return fn->visit_id < 0 ? UINT32_MAX : (uint32_t)fn->visit_id;
    uint32_t id = ++v->visitgen;
    fn->visit_id = (int)id;
    uint32_t min = ++v->visitgen;
    vec_push(v->a, &v->stack, fn);
    scc_nodes(v, &fn->body, &min);
    if ((min == id || min == id + 1) && !fn->hidden) {
        int i;
        for (i = v->stack.len - 1; i >= 0; i--) {
            v->stack.items[i]->visit_id = -1; /* done: larger than any id */
            if (v->stack.items[i] == fn)
                break;
        }
        int n = v->stack.len - i;
        IrFunc **block = xmalloc((size_t)n * sizeof *block);
        memcpy(block, v->stack.items + i, (size_t)n * sizeof *block);
        v->stack.len = i;
        run_batch(v->c, block, n);
        free(block);
    }
    return min;
}

/* ---- the public entry points ---------------------------------------------------------- */

static EscResult *analyze(Package *pkg, const EscOptions *opt, bool keep_dot)
{
    EscResult *r = xmalloc(sizeof *r);
    memset(r, 0, sizeof *r);
    arena_init(&r->arena);
    EscCtx c = {0};
    c.m = opt ? opt->m : 0;
    c.out = opt && opt->out ? opt->out : stderr;
    c.paths = opt && opt->paths ? opt->paths : &r->arena;
    c.keep_dot = keep_dot;
    arena_init(&c.graph);
    c.ip = ir_lower_package(pkg, &r->arena);
    Scc v = {0};
    v.c = &c;
    v.a = &r->arena;
    for (int i = 0; i < c.ip->decls.len; i++) {
        IrFunc *fn = c.ip->decls.items[i];
        if (!fn->hidden)
            scc_visit(&v, fn);
    }
    fflush(c.out);
    arena_free(&c.graph);
    sb_free(&c.line);
    r->decided = c.decided;
    r->boxed = c.boxed;
    r->moved = c.moved;
    r->byref = c.byref;
    r->dot = c.dot;
    return r;
}

EscResult *escape_analyze(Package *pkg, const EscOptions *opt) { return analyze(pkg, opt, false); }

EscResult *escape_analyze_with_graphs(Package *pkg, const EscOptions *opt) { return analyze(pkg, opt, true); }

void esc_free(EscResult *r)
{
    if (!r)
        return;
    ptrmap_free(&r->decided);
    ptrmap_free(&r->boxed);
    ptrmap_free(&r->moved);
    ptrmap_free(&r->byref);
    ptrmap_free(&r->dot);
    arena_free(&r->arena);
    free(r);
}

bool esc_node_on_heap(const EscResult *r, const Node *n)
{
    return r && n && (uintptr_t)ptrmap_get(&r->decided, n) == 1;
}

bool esc_node_known(const EscResult *r, const Node *n)
{
    return r && n && ptrmap_get(&r->decided, n) != NULL;
}

bool esc_obj_moved_to_heap(const EscResult *r, const Object *o)
{
    return r && o && ptrmap_get(&r->moved, o) != NULL;
}

bool esc_box_on_heap(const EscResult *r, const Node *n)
{
    return r && n && (uintptr_t)ptrmap_get(&r->boxed, n) == 1;
}

bool esc_box_known(const EscResult *r, const Node *n)
{
    return r && n && ptrmap_get(&r->boxed, n) != NULL;
}

bool esc_obj_captured_by_ref(const EscResult *r, const Object *o)
{
    return r && o && ptrmap_get(&r->byref, o) != NULL;
}

bool esc_write_dot(const EscResult *r, const Func *fn, FILE *out)
{
    const char *text = r ? ptrmap_get(&r->dot, fn ? (const void *)fn : esc_dot_init_key()) : NULL;
    if (!text)
        return false;
    fputs(text, out);
    return true;
}

void esc_foreach_decision(const EscResult *r, EscDecisionFn fn, void *ctx)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->decided.cap; i++)
        if (r->decided.keys[i])
            fn(ctx, ESC_SITE_ALLOC, ((const Node *)r->decided.keys[i])->pos, (uintptr_t)r->decided.vals[i] == 1);
    for (size_t i = 0; i < r->boxed.cap; i++)
        if (r->boxed.keys[i])
            fn(ctx, ESC_SITE_BOX, ((const Node *)r->boxed.keys[i])->pos, (uintptr_t)r->boxed.vals[i] == 1);
    for (size_t i = 0; i < r->moved.cap; i++)
        if (r->moved.keys[i])
            fn(ctx, ESC_SITE_VAR, ((const Object *)r->moved.keys[i])->pos, true);
}
