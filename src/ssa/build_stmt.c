/*
 * build_stmt.c — statements to blocks, the way gc's ssagen/ssa.go stmt()
 * lays them out:
 *
 *   if c { A } else { B }      b1: If c -> b2 b3;  b2: A -> b4;  b3: B -> b4;  b4: ...
 *   for init; c; post { A }    init -> hdr;  hdr: If c -> body exit;  body: A -> post;
 *                              post: post -> hdr  (continue: post; break: exit)
 *   a && b (as a condition)    If a -> mid no;  mid: If b -> yes no
 *
 * Blocks are sealed as soon as their last predecessor exists: bodies at
 * once, a loop header after its back edge, joins when control reaches them.
 * Range loops follow gc's walk/range.go: slices and arrays count an index
 * against a length read once; strings decode runes (ASCII inline, else
 * runtime.decoderune); maps iterate with runtime.mapiterinit/mapiternext
 * over an iterator in a temporary. Range variables declared with := are
 * ONE variable for the whole loop (Go 1.19), assigned on every iteration.
 */
#include <string.h>

#include "build.h"

/* ---- helpers --------------------------------------------------------------------------- */

Node *b_unparen(Node *e)
{
    while (e && e->kind == N_PAREN)
        e = e->u.paren.x;
    return e;
}

static Object *take_label(Builder *b)
{
    Object *l = b->label;
    b->label = NULL;
    return l;
}

static void push_target(Builder *b, Object *label, Block *brk, Block *cont)
{
    Target t = {label, brk, cont};
    vec_push(b->a, &b->targets, t);
}

static void pop_target(Builder *b) { b->targets.len--; }

void b_stmts(Builder *b, NodeList *l)
{
    for (int i = 0; i < l->len && b->cur; i++)
        b_stmt(b, l->items[i]);
}

/* ---- conditions ------------------------------------------------------------------------ */

void b_cond(Builder *b, Node *e, Block *yes, Block *no)
{
    e = b_unparen(e);
    if (!b->cur)
        return;
    if (e->mode == MODE_CONSTANT && e->cv && e->cv->kind == CV_BOOL) {
        b_jump(b, cv_bool(e->cv) ? yes : no);
        return;
    }
    if (e->kind == N_BINARY && (e->u.binary.op == OP_ANDAND || e->u.binary.op == OP_OROR)) {
        Block *mid = b_new_block(b);
        if (e->u.binary.op == OP_ANDAND)
            b_cond(b, e->u.binary.x, mid, no);
        else
            b_cond(b, e->u.binary.x, yes, mid);
        b_seal(b, mid);
        b_start(b, mid);
        b_cond(b, e->u.binary.y, yes, no);
        return;
    }
    if (e->kind == N_UNARY && e->u.unary.op == '!') {
        b_cond(b, e->u.unary.x, no, yes);
        return;
    }
    b_order_operands(b, e);
    Value *v = b_expr(b, e);
    b_branch(b, v, yes, no);
}

/* ---- returns ---------------------------------------------------------------------------- */

static Type *result_type(Builder *b, int i)
{
    Type *sig = b->fn ? b->fn->sig : NULL;
    if (!sig || !sig->results || i >= sig->results->nfields)
        return NULL;
    return sig->results->fields[i]->type;
}

static int nresults(Builder *b)
{
    Type *sig = b->fn ? b->fn->sig : NULL;
    return sig && sig->results ? sig->results->nfields : 0;
}

/* Ends the block in Ret. vals NULL with n < 0: a bare return (the named
 * results, or zero values). With defer, results go through their slots and
 * runtime.deferreturn runs the deferred calls before they are read back. */
void b_return_values(Builder *b, Value **vals, int n, Pos pos)
{
    if (!b->cur)
        return;
    int nr = nresults(b);
    Value **res = ARENA_ARRAY(b->a, Value *, nr + 1);
    if (b->in_defer_func && b->f->result_addrs.len == nr) {
        for (int i = 0; i < nr && n >= 0; i++) {
            Value *st = b_v3(b, OpStore, b->T->mem, pos, b->f->result_addrs.items[i], vals[i], b_mem(b));
            st->aux.type = result_type(b, i);
            b_set_mem(b, st);
        }
        Value *dr = b_vwrite(b, OpStaticCall, b->T->mem, pos, NULL, 0);
        dr->rt = ssa_rt(RT_deferreturn);
        for (int i = 0; i < nr; i++)
            res[i] = b_v2(b, OpLoad, result_type(b, i), pos, b->f->result_addrs.items[i], b_mem(b));
    } else {
        for (int i = 0; i < nr; i++) {
            if (n >= 0 && vals) {
                res[i] = vals[i];
                continue;
            }
            Object *o = b->fn && i < b->fn->results.len ? b->fn->results.items[i] : NULL;
            res[i] = o && !b_is_blank(o) ? b_read_obj(b, o, pos) : b_zero(b, result_type(b, i), pos);
        }
    }
    Type **types = ARENA_ARRAY(b->a, Type *, nr + 1);
    for (int i = 0; i < nr; i++)
        types[i] = result_type(b, i);
    types[nr] = b->T->mem;
    Type *t = nr == 0 ? b->T->mem : ssa_tuple(b->f, types, nr + 1);
    Value *mr = b_vmem(b, OpMakeResult, t, pos, res, nr);
    b->cur->kind = BlockRet;
    ssa_set_control(b->cur, mr);
    b->cur = NULL;
}

static void return_stmt(Builder *b, Node *s)
{
    NodeList *rl = &s->u.return_.results;
    int nr = nresults(b);
    if (rl->len == 0) {
        b_return_values(b, NULL, -1, s->pos);
        return;
    }
    b_order_list(b, rl);
    Value **vals = ARENA_ARRAY(b->a, Value *, nr + 1);
    if (rl->len == nr) {
        for (int i = 0; i < nr; i++)
            vals[i] = b_expr_to(b, rl->items[i], result_type(b, i));
    } else if (rl->len == 1 && b_unparen(rl->items[0])->kind == N_CALL) {
        Node *call = b_unparen(rl->items[0]);
        Value *cv = b_call(b, call);
        for (int i = 0; i < nr; i++)
            vals[i] = b_convert_to(b, b_call_result(b, call, cv, i), result_type(b, i), NULL, s->pos);
    } else {
        for (int i = 0; i < nr; i++)
            vals[i] = b_zero(b, result_type(b, i), s->pos);
    }
    b_return_values(b, vals, nr, s->pos);
}

/* ---- declarations and assignments --------------------------------------------------------- */

/* The values of a 2-or-more-valued right-hand side: f(), m[k], x.(T). */
static void tuple_values(Builder *b, Node *rhs, int n, Value **vals)
{
    Node *e = b_unparen(rhs);
    for (int i = 0; i < n; i++)
        vals[i] = NULL;
    if (e->kind == N_CALL) {
        Value *cv = b_call(b, e);
        for (int i = 0; i < n; i++)
            vals[i] = b_call_result(b, e, cv, i);
        return;
    }
    if (e->kind == N_INDEX && b_underlying(e->u.index.x->type)->kind == TY_MAP) {
        Type *mt = b_underlying(e->u.index.x->type);
        Value *m = b_expr(b, e->u.index.x);
        Value *k = b_expr_to(b, e->u.index.index, mt->key);
        Value *ok = NULL;
        vals[0] = b_map_access2(b, m, k, mt, e->pos, &ok);
        if (n > 1)
            vals[1] = ok;
        return;
    }
    if (e->kind == N_ASSERT) {
        Value *x = b_expr(b, e->u.assert.x);
        Value *ok = NULL;
        vals[0] = b_assert(b, e, x, e->type, &ok);
        if (n > 1)
            vals[1] = ok;
        return;
    }
    b_expr(b, e);
}

static void var_spec(Builder *b, Node *spec)
{
    NodeList *names = &spec->u.valuespec.names, *values = &spec->u.valuespec.values;
    int n = names->len;
    b_order_list(b, values);
    if (values->len == 0) {
        for (int i = 0; i < n; i++)
            b_declare(b, names->items[i]->obj, NULL, names->items[i]->pos);
        return;
    }
    if (n == 1 && values->len == 1) {
        b_declare_expr(b, names->items[0]->obj, values->items[0]);
        return;
    }
    Value **vals = ARENA_ARRAY(b->a, Value *, n);
    if (values->len == n) {
        for (int i = 0; i < n; i++) {
            Object *o = names->items[i]->obj;
            vals[i] = b_expr_to(b, values->items[i], o ? o->type : NULL);
        }
    } else {
        tuple_values(b, values->items[0], n, vals);
    }
    for (int i = 0; i < n; i++) {
        Object *o = names->items[i]->obj;
        if (o && vals[i])
            b_declare(b, o, b_convert_to(b, vals[i], o->type, NULL, names->items[i]->pos), names->items[i]->pos);
        else if (o)
            b_declare(b, o, NULL, names->items[i]->pos);
    }
}

static void decl_stmt(Builder *b, Node *s)
{
    for (int i = 0; i < s->u.declstmt.specs.len && b->cur; i++) {
        Node *spec = s->u.declstmt.specs.items[i];
        if (spec->kind == N_VARSPEC)
            var_spec(b, spec);
    }
}

static bool is_map_index(Node *e)
{
    e = b_unparen(e);
    return e && e->kind == N_INDEX && e->u.index.x->type && b_underlying(e->u.index.x->type)->kind == TY_MAP;
}

static bool same_const(Node *x, Node *y)
{
    ConstValue *a = x->cv, *c = y->cv;
    if (!a || !c || a->kind != c->kind)
        return false;
    switch (a->kind) {
    case CV_BOOL:
        return a->b == c->b;
    case CV_STRING:
        return a->len == c->len && memcmp(a->str, c->str, a->len) == 0;
    case CV_INT:
        return cv_uint64(a) == cv_uint64(c) && a->zsize == c->zsize;
    default:
        return false;
    }
}

/* gc's ir.SameSafeExpr: both denote the same storage and evaluating them
 * has no effects (names, fields, indices, derefs, constants). */
static bool same_safe_expr(Node *x, Node *y, int depth)
{
    x = b_unparen(x);
    y = b_unparen(y);
    if (!x || !y || x->kind != y->kind || depth > 100)
        return false;
    if (x->mode == MODE_CONSTANT || y->mode == MODE_CONSTANT)
        return x->mode == y->mode && same_const(x, y);
    switch (x->kind) {
    case N_IDENT:
        return x->obj && x->obj == y->obj && x->obj->kind == OBJ_VAR;
    case N_SELECTOR:
        return x->sel && y->sel && x->sel->kind == SEL_FIELD && y->sel->kind == SEL_FIELD &&
               x->sel->obj == y->sel->obj && same_safe_expr(x->u.selector.x, y->u.selector.x, depth + 1);
    case N_INDEX: {
        Type *u = b_underlying(x->u.index.x->type);
        if (u && u->kind != TY_ARRAY && u->kind != TY_SLICE && u->kind != TY_MAP && u->kind != TY_STRING &&
            u->kind != TY_POINTER)
            return false;
        return same_safe_expr(x->u.index.x, y->u.index.x, depth + 1) &&
               same_safe_expr(x->u.index.index, y->u.index.index, depth + 1);
    }
    case N_UNARY:
        return x->u.unary.op == '*' && y->u.unary.op == '*' && same_safe_expr(x->u.unary.x, y->u.unary.x, depth + 1);
    case N_CALL:
        return (x->implicit & CALL_KIND_MASK) == CALL_CONVERSION && (y->implicit & CALL_KIND_MASK) == CALL_CONVERSION &&
               type_identical(x->type, y->type) && x->u.call.args.len == 1 && y->u.call.args.len == 1 &&
               same_safe_expr(x->u.call.args.items[0], y->u.call.args.items[0], depth + 1);
    default:
        return false;
    }
}

static bool is_append_call(Node *e)
{
    e = b_unparen(e);
    return e && e->kind == N_CALL && (e->implicit & CALL_KIND_MASK) == CALL_BUILTIN && e->obj &&
           e->obj->id == BI_APPEND && e->u.call.args.len >= 1;
}

/* m[k] = append(m[k], ...): one runtime.mapassign, as gc's walkAssign
 * ("reuse the mapassign call"). */
static bool map_append_assign(Builder *b, Node *lhs, Node *rhs, Pos pos)
{
    if (!is_map_index(lhs) || !is_append_call(rhs) || !same_safe_expr(lhs, b_unparen(rhs)->u.call.args.items[0], 0))
        return false;
    Node *ix = b_unparen(lhs);
    Type *mt = b_underlying(ix->u.index.x->type);
    Value *m = b_expr(b, ix->u.index.x);
    Value *k = b_expr_to(b, ix->u.index.index, mt->key);
    Value *slot = b_map_assign(b, m, k, mt, pos);
    Value *old = b_v2(b, OpLoad, mt->elem, pos, slot, b_mem(b));
    Value *nv = b_append(b, b_unparen(rhs), old, b_unparen(rhs)->pos);
    Value *st = b_v3(b, OpStore, b->T->mem, pos, slot, nv, b_mem(b));
    st->aux.type = mt->elem;
    b_set_mem(b, st);
    return true;
}

static void single_assign(Builder *b, Node *lhs, Node *rhs, bool define, Pos pos)
{
    Node *l = b_unparen(lhs);
    if (define && l->kind == N_IDENT && l->obj && l->obj->decl == l) {
        b_declare_expr(b, l->obj, rhs);
        return;
    }
    if (map_append_assign(b, lhs, rhs, pos))
        return;
    LValue lv = b_lvalue(b, lhs, define);
    Value *v = lv.kind == LV_BLANK ? b_expr(b, rhs) : b_expr_to(b, rhs, lv.type);
    b_lv_store(b, &lv, v, pos);
}

/* x op= y: the operand is evaluated once; y before x is read (gc's order).
 * On a map index it is one runtime.mapassign, except for / and %, where
 * gc reads with mapaccess first so a division panic leaves m unchanged. */
static void op_assign(Builder *b, Node *lhs, int op, Node *rhs, Value *rhsv, Pos pos)
{
    if (is_map_index(lhs)) {
        Node *ix = b_unparen(lhs);
        Type *mt = b_underlying(ix->u.index.x->type);
        Value *m = b_expr(b, ix->u.index.x);
        Value *k = b_expr_to(b, ix->u.index.index, mt->key);
        Value *r = rhsv ? rhsv : b_expr(b, rhs);
        if (op == '/' || op == '%') {
            Value *p = b_map_access1(b, m, k, mt, pos);
            Value *old = b_v2(b, OpLoad, mt->elem, pos, p, b_mem(b));
            Value *nv = b_binop(b, op, mt->elem, old, r, pos, NULL);
            Value *slot = b_map_assign(b, m, k, mt, pos);
            Value *st = b_v3(b, OpStore, b->T->mem, pos, slot, nv, b_mem(b));
            st->aux.type = mt->elem;
            b_set_mem(b, st);
            return;
        }
        Value *slot = b_map_assign(b, m, k, mt, pos);
        Value *old = b_v2(b, OpLoad, mt->elem, pos, slot, b_mem(b));
        Value *nv = b_binop(b, op, mt->elem, old, r, pos, NULL);
        Value *st = b_v3(b, OpStore, b->T->mem, pos, slot, nv, b_mem(b));
        st->aux.type = mt->elem;
        b_set_mem(b, st);
        return;
    }
    LValue lv = b_lvalue(b, lhs, false);
    Value *r = rhsv ? rhsv : b_expr(b, rhs);
    Value *old = b_lv_load(b, &lv, pos);
    Value *nv = b_binop(b, op, lv.type, old, r, pos, NULL);
    b_lv_store(b, &lv, nv, pos);
}

static void assign_stmt(Builder *b, Node *s)
{
    int op = s->u.assign.op;
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    if (lhs->len == 0)
        return;
    b_order_targets(b, lhs);
    b_order_list(b, rhs);
    if (op != '=' && op != OP_DEFINE) {
        if (rhs->len >= 1)
            op_assign(b, lhs->items[0], op, rhs->items[0], NULL, s->pos);
        return;
    }
    bool define = op == OP_DEFINE;
    int n = lhs->len;
    if (n == 1 && rhs->len == 1) {
        single_assign(b, lhs->items[0], rhs->items[0], define, s->pos);
        return;
    }
    LValue *lv = ARENA_ARRAY(b->a, LValue, n);
    Value **vals = ARENA_ARRAY(b->a, Value *, n);
    for (int i = 0; i < n; i++)
        lv[i] = b_lvalue(b, lhs->items[i], define);
    if (rhs->len == n) {
        for (int i = 0; i < n; i++)
            vals[i] = lv[i].kind == LV_BLANK ? b_expr(b, rhs->items[i]) : b_expr_to(b, rhs->items[i], lv[i].type);
    } else if (rhs->len == 1) {
        tuple_values(b, rhs->items[0], n, vals);
        for (int i = 0; i < n; i++)
            if (vals[i] && lv[i].kind != LV_BLANK)
                vals[i] = b_convert_to(b, vals[i], lv[i].type, NULL, s->pos);
    }
    for (int i = 0; i < n; i++)
        if (vals[i])
            b_lv_store(b, &lv[i], vals[i], s->pos);
}

static Value *one_of(Builder *b, Type *t, Pos pos)
{
    Type *u = b_underlying(t);
    if (type_is_float(u)) {
        Value *c = b_v0(b, OpConstFloat, t, pos);
        double d = 1.0;
        memcpy(&c->auxint, &d, sizeof d);
        return c;
    }
    return b_const_int(b, t, 1, pos);
}

static void incdec_stmt(Builder *b, Node *s)
{
    Node *x = s->u.incdec.x;
    Type *t = x->type;
    b_order_operands(b, x);
    op_assign(b, x, s->u.incdec.op == OP_INC ? '+' : '-', NULL, one_of(b, t, s->pos), s->pos);
}

/* ---- if and for ------------------------------------------------------------------------------ */

static void if_stmt(Builder *b, Node *s)
{
    b_stmt(b, s->u.if_.init);
    if (!b->cur)
        return;
    Block *then = b_new_block(b), *join = b_new_block(b);
    Block *els = s->u.if_.els ? b_new_block(b) : join;
    b_cond(b, s->u.if_.cond, then, els);
    b_seal(b, then);
    b_start(b, then);
    b_stmt(b, s->u.if_.then);
    b_jump(b, join);
    if (s->u.if_.els) {
        b_seal(b, els);
        b_start(b, els);
        b_stmt(b, s->u.if_.els);
        b_jump(b, join);
    }
    b_seal(b, join);
    b_start(b, join);
}

static void for_stmt(Builder *b, Node *s)
{
    Object *label = take_label(b);
    b_stmt(b, s->u.for_.init);
    if (!b->cur)
        return;
    Block *header = b_new_block(b), *body = b_new_block(b), *post = b_new_block(b), *exit = b_new_block(b);
    b_loop_header(b, header, s);
    b_jump(b, header);
    b_start(b, header);
    if (s->u.for_.cond)
        b_cond(b, s->u.for_.cond, body, exit);
    else
        b_jump(b, body);
    b_seal(b, body);
    b_start(b, body);
    push_target(b, label, exit, post);
    b_stmt(b, s->u.for_.body);
    pop_target(b);
    b_jump(b, post);
    b_seal(b, post);
    b_start(b, post);
    b_stmt(b, s->u.for_.post);
    b_jump(b, header);
    b_seal(b, header);
    b_seal(b, exit);
    b_start(b, exit);
}

/* ---- range --------------------------------------------------------------------------------- */

typedef struct RangeLoop {
    Object *label;
    Block *header, *body, *post, *exit;
} RangeLoop;

/* key/value declared once before the loop (:=), or nothing to do (=). */
static void range_declare(Builder *b, Node *s)
{
    if (!s->u.range.define)
        return;
    Node *kv[2] = {s->u.range.key, s->u.range.value};
    for (int i = 0; i < 2; i++)
        if (kv[i] && kv[i]->kind == N_IDENT && kv[i]->obj)
            b_declare(b, kv[i]->obj, NULL, kv[i]->pos);
}

static bool range_wants(Node *lhs)
{
    lhs = b_unparen(lhs);
    if (!lhs)
        return false;
    return !(lhs->kind == N_IDENT && lhs->obj && b_is_blank(lhs->obj)) &&
           !(lhs->kind == N_IDENT && strcmp(lhs->u.ident.name, "_") == 0);
}

static void range_assign(Builder *b, Node *s, Node *lhs, Value *v)
{
    if (!range_wants(lhs) || !v)
        return;
    if (s->u.range.define) {
        b_write_obj(b, lhs->obj, b_convert_to(b, v, lhs->obj->type, NULL, lhs->pos), lhs->pos);
        return;
    }
    LValue lv = b_lvalue(b, lhs, false);
    b_lv_store(b, &lv, b_convert_to(b, v, lv.type, NULL, lhs->pos), lhs->pos);
}

static void loop_open(Builder *b, RangeLoop *L, Object *label, Node *s)
{
    L->label = label;
    L->header = b_new_block(b);
    b_loop_header(b, L->header, s);
    L->body = b_new_block(b);
    L->post = b_new_block(b);
    L->exit = b_new_block(b);
    b_jump(b, L->header);
    b_start(b, L->header);
}

/* After the header's branch: the body block (its only predecessor is the
 * header, so it is sealed at once). */
static void loop_body(Builder *b, RangeLoop *L)
{
    b_seal(b, L->body);
    b_start(b, L->body);
}

/* The user's loop body, with break -> exit and continue -> cont. */
static void loop_close(Builder *b, RangeLoop *L, Node *body, Block *cont)
{
    push_target(b, L->label, L->exit, cont);
    b_stmt(b, body);
    pop_target(b);
}

static void loop_finish(Builder *b, RangeLoop *L)
{
    b_seal(b, L->header);
    b_seal(b, L->exit);
    b_start(b, L->exit);
}

/* for i, v := range slice / array / *array */
static void range_indexed(Builder *b, Node *s, Object *label)
{
    Node *x = s->u.range.x;
    Type *xt = b_underlying(x->type);
    Pos pos = s->pos;
    bool want_v = range_wants(s->u.range.value);
    Value *base = NULL, *hn;
    Type *elem;
    bool is_slice = xt->kind == TY_SLICE, is_ptr = xt->kind == TY_POINTER;
    if (is_slice) {
        base = b_expr(b, x);
        hn = b_v1(b, OpSliceLen, b->T->t_int, pos, base);
        elem = xt->elem;
    } else {
        Type *at = is_ptr ? b_underlying(xt->elem) : xt;
        elem = at->elem;
        if (is_ptr) {
            base = b_expr(b, x);
        } else if (want_v) {
            /* the loop ranges over a copy of the array */
            Value *val = b_place_load(b, b_place(b, x), pos);
            base = b_temp(b, x->type, pos);
            Value *st = b_v3(b, OpStore, b->T->mem, pos, base, val, b_mem(b));
            st->aux.type = x->type;
            b_set_mem(b, st);
        } else if (x->mode != MODE_VARIABLE || b_unparen(x)->kind == N_CALL) {
            b_expr(b, x); /* evaluated for its effects */
        }
        hn = b_const_int(b, b->T->t_int, at->len, pos);
    }
    range_declare(b, s);
    int hv = b_new_var(b, b->T->t_int);
    b_write_var(b, hv, b_const_int(b, b->T->t_int, 0, pos));
    RangeLoop L;
    loop_open(b, &L, label, s);
    Value *i = b_read_var(b, hv, pos);
    b_branch(b, b_v2(b, OpLess, b->T->t_bool, pos, i, hn), L.body, L.exit);
    loop_body(b, &L);
    i = b_read_var(b, hv, pos);
    range_assign(b, s, s->u.range.key, i);
    if (want_v) {
        Value *p;
        if (is_slice) {
            p = b_v2(b, OpPtrIndex, b_ptr(b, elem), pos, b_v1(b, OpSlicePtr, b_ptr(b, elem), pos, base), i);
        } else {
            if (is_ptr)
                b_nil_check(b, base, pos);
            p = b_v2(b, OpIndexAddr, b_ptr(b, elem), pos, base, i);
        }
        range_assign(b, s, s->u.range.value, b_v2(b, OpLoad, elem, pos, p, b_mem(b)));
    }
    loop_close(b, &L, s->u.range.body, L.post);
    b_jump(b, L.post);
    b_seal(b, L.post);
    b_start(b, L.post);
    if (b->cur) {
        Value *j = b_read_var(b, hv, pos);
        b_write_var(b, hv, b_v2(b, OpAdd, b->T->t_int, pos, j, b_const_int(b, b->T->t_int, 1, pos)));
    }
    b_jump(b, L.header);
    loop_finish(b, &L);
}

/* for i, r := range str: ASCII bytes inline, others by runtime.decoderune */
static void range_string(Builder *b, Node *s, Object *label)
{
    Pos pos = s->pos;
    Value *str = b_expr(b, s->u.range.x);
    if (b_underlying(str->type)->kind != TY_STRING)
        str = b_v1(b, OpConvNop, b->T->t_string, pos, str);
    Value *hn = b_v1(b, OpStringLen, b->T->t_int, pos, str);
    range_declare(b, s);
    Type *rune = b->T->t_int32;
    int hv1 = b_new_var(b, b->T->t_int), hv2 = b_new_var(b, rune), hnext = b_new_var(b, b->T->t_int);
    b_write_var(b, hv1, b_const_int(b, b->T->t_int, 0, pos));
    RangeLoop L;
    loop_open(b, &L, label, s);
    Value *i = b_read_var(b, hv1, pos);
    b_branch(b, b_v2(b, OpLess, b->T->t_bool, pos, i, hn), L.body, L.exit);
    loop_body(b, &L);
    i = b_read_var(b, hv1, pos);
    Value *ptr = b_v1(b, OpStringPtr, b->T->u8ptr, pos, str);
    Value *c = b_v2(b, OpLoad, b->T->t_uint8, pos, b_v2(b, OpPtrIndex, b->T->u8ptr, pos, ptr, i), b_mem(b));
    Value *ascii = b_v2(b, OpLess, b->T->t_bool, pos, c, b_const_int(b, b->T->t_uint8, 0x80, pos));
    Block *fast = b_new_block(b), *slow = b_new_block(b), *join = b_new_block(b);
    b_branch(b, ascii, fast, slow);
    b_seal(b, fast);
    b_seal(b, slow);
    b_start(b, fast);
    b_write_var(b, hv2, b_v1(b, OpConvert, rune, pos, c));
    b_write_var(b, hnext, b_v2(b, OpAdd, b->T->t_int, pos, i, b_const_int(b, b->T->t_int, 1, pos)));
    b_jump(b, join);
    b_start(b, slow);
    Type *tt[2] = {rune, b->T->t_int};
    Value *dr = b_v2(b, OpDecodeRune, ssa_tuple(b->f, tt, 2), pos, str, i);
    dr->rt = ssa_rt(RT_decoderune);
    b_write_var(b, hv2, b_select(b, dr, 0, pos));
    b_write_var(b, hnext, b_select(b, dr, 1, pos));
    b_jump(b, join);
    b_seal(b, join);
    b_start(b, join);
    b_write_var(b, hv1, b_read_var(b, hnext, pos));
    range_assign(b, s, s->u.range.key, i);
    range_assign(b, s, s->u.range.value, b_read_var(b, hv2, pos));
    loop_close(b, &L, s->u.range.body, L.header);
    b_jump(b, L.header);
    b_seal(b, L.post);
    loop_finish(b, &L);
}

/* gc's isMapClear: for k := range m { delete(m, k) } with a reflexive key. */
static bool reflexive_key(Type *t, int depth)
{
    Type *u = b_underlying(t);
    if (depth > 100)
        return false;
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_INTERFACE:
        return false;
    case TY_ARRAY:
        return reflexive_key(u->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!reflexive_key(u->fields[i]->type, depth + 1))
                return false;
        return true;
    default:
        return true;
    }
}

static bool is_map_clear(Node *s)
{
    Node *k = s->u.range.key, *body = s->u.range.body;
    if (!s->u.range.define || !k || range_wants(s->u.range.value) || !range_wants(k))
        return false;
    if (!body || body->kind != N_BLOCK || body->u.block.stmts.len != 1)
        return false;
    Node *st = body->u.block.stmts.items[0];
    if (st->kind != N_EXPRSTMT)
        return false;
    Node *call = b_unparen(st->u.exprstmt.x);
    if (!call || call->kind != N_CALL || (call->implicit & CALL_KIND_MASK) != CALL_BUILTIN || !call->obj ||
        call->obj->id != BI_DELETE || call->u.call.args.len != 2)
        return false;
    Node *a0 = b_unparen(call->u.call.args.items[0]), *a1 = b_unparen(call->u.call.args.items[1]);
    if (!same_safe_expr(a0, s->u.range.x, 0) || !a1 || a1->kind != N_IDENT || a1->obj != k->obj)
        return false;
    return reflexive_key(b_underlying(s->u.range.x->type)->key, 0);
}

static void range_map(Builder *b, Node *s, Object *label)
{
    Pos pos = s->pos;
    Type *mt = b_underlying(s->u.range.x->type);
    Value *m = b_expr(b, s->u.range.x);
    if (is_map_clear(s)) {
        Value *args[1] = {m};
        Value *c = b_vwrite(b, OpMapClear, b->T->mem, pos, args, 1);
        c->rt = ssa_rt(RT_mapclear);
        return;
    }
    Value *it = b_temp(b, b->T->hiter, pos);
    Value *args[2] = {m, it};
    Value *init = b_vwrite(b, OpMapIterInit, b->T->mem, pos, args, 2);
    init->rt = ssa_rt(RT_mapiterinit);
    range_declare(b, s);
    RangeLoop L;
    loop_open(b, &L, label, s);
    Value *kp = b_v2(b, OpMapIterKey, b_ptr(b, mt->key), pos, it, b_mem(b));
    Value *more = b_v2(b, OpNeq, b->T->t_bool, pos, kp, b_v0(b, OpConstNil, b_ptr(b, mt->key), pos));
    b_branch(b, more, L.body, L.exit);
    loop_body(b, &L);
    if (range_wants(s->u.range.key)) {
        Value *kp2 = b_v2(b, OpMapIterKey, b_ptr(b, mt->key), pos, it, b_mem(b));
        range_assign(b, s, s->u.range.key, b_v2(b, OpLoad, mt->key, pos, kp2, b_mem(b)));
    }
    if (range_wants(s->u.range.value)) {
        Value *ep = b_v2(b, OpMapIterElem, b_ptr(b, mt->elem), pos, it, b_mem(b));
        range_assign(b, s, s->u.range.value, b_v2(b, OpLoad, mt->elem, pos, ep, b_mem(b)));
    }
    loop_close(b, &L, s->u.range.body, L.post);
    b_jump(b, L.post);
    b_seal(b, L.post);
    b_start(b, L.post);
    if (b->cur) {
        Value *a[1] = {it};
        Value *next = b_vwrite(b, OpMapIterNext, b->T->mem, pos, a, 1);
        next->rt = ssa_rt(RT_mapiternext);
    }
    b_jump(b, L.header);
    loop_finish(b, &L);
}

static void range_stmt(Builder *b, Node *s)
{
    Object *label = take_label(b);
    Type *xt = s->u.range.x->type ? b_underlying(s->u.range.x->type) : NULL;
    if (!xt)
        return;
    switch (xt->kind) {
    case TY_SLICE: case TY_ARRAY: case TY_POINTER:
        range_indexed(b, s, label);
        break;
    case TY_STRING: case TY_UNTYPED_STRING:
        range_string(b, s, label);
        break;
    case TY_MAP:
        range_map(b, s, label);
        break;
    default:
        break;
    }
}

/* ---- switch ------------------------------------------------------------------------------ */

static bool ends_in_fallthrough(Node *cl)
{
    NodeList *body = &cl->u.case_.body;
    for (int i = body->len - 1; i >= 0; i--) {
        Node *st = body->items[i];
        if (st->kind == N_EMPTY)
            continue;
        return st->kind == N_BRANCH && st->u.branch.tok == BR_FALLTHROUGH;
    }
    return false;
}

/* The clause bodies in order; body i may fall through into body i+1. */
static void switch_bodies(Builder *b, NodeList *cases, Block **bodies, Block *exit, Object *label,
                          Value *tsx /* type switch operand, or NULL */)
{
    push_target(b, label, exit, NULL);
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        b_seal(b, bodies[i]);
        b_start(b, bodies[i]);
        if (tsx && cl->obj && b->cur) {
            /* the clause's own variable: the operand's dynamic value for a
             * single-type case, else the operand itself */
            Object *o = cl->obj;
            Value *v;
            if (cl->u.case_.list.len == 1 && b_unparen(cl->u.case_.list.items[0])->mode == MODE_TYPEEXPR &&
                !type_is_interface(o->type))
                v = b_v2(b, OpIfaceUnbox, o->type, cl->pos, tsx, b_mem(b));
            else
                v = b_convert_to(b, tsx, o->type, NULL, cl->pos);
            b_declare(b, o, v, o->pos);
        }
        b->fallthrough = i + 1 < cases->len ? bodies[i + 1] : exit;
        b_stmts(b, &cl->u.case_.body);
        b->fallthrough = NULL;
        if (!(ends_in_fallthrough(cl) && i + 1 < cases->len))
            b_jump(b, exit);
    }
    pop_target(b);
    b_seal(b, exit);
    b_start(b, exit);
}

static void switch_stmt(Builder *b, Node *s)
{
    Object *label = take_label(b);
    b_stmt(b, s->u.switch_.init);
    if (!b->cur)
        return;
    Node *tagn = s->u.switch_.tag;
    b_order_operands(b, tagn);
    Value *tag = tagn ? b_expr(b, tagn) : NULL;
    NodeList *cases = &s->u.switch_.cases;
    Block **bodies = ARENA_ARRAY(b->a, Block *, cases->len + 1);
    Block *exit = b_new_block(b);
    int dflt = -1;
    for (int i = 0; i < cases->len; i++)
        bodies[i] = b_new_block(b);
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        if (cl->u.case_.list.len == 0) {
            dflt = i;
            continue;
        }
        for (int k = 0; k < cl->u.case_.list.len; k++) {
            Node *e = cl->u.case_.list.items[k];
            Block *next = b_new_block(b);
            if (!tag) {
                b_cond(b, e, bodies[i], next);
            } else {
                Value *v = b_expr(b, e);
                if (type_is_interface(tag->type) && !type_is_interface(v->type))
                    v = b_convert_to(b, v, tag->type, e, e->pos);
                Value *x = tag;
                if (type_is_interface(v->type) && !type_is_interface(x->type))
                    x = b_convert_to(b, x, v->type, tagn, e->pos);
                b_branch(b, b_compare(b, OP_EQ, x, v, e->pos), bodies[i], next);
            }
            b_seal(b, next);
            b_start(b, next);
        }
    }
    b_jump(b, dflt >= 0 ? bodies[dflt] : exit);
    switch_bodies(b, cases, bodies, exit, label, NULL);
}

static void typeswitch_stmt(Builder *b, Node *s)
{
    Object *label = take_label(b);
    b_stmt(b, s->u.typeswitch.init);
    if (!b->cur)
        return;
    b_order_operands(b, s->u.typeswitch.x);
    Value *x = b_expr(b, s->u.typeswitch.x);
    NodeList *cases = &s->u.typeswitch.cases;
    Block **bodies = ARENA_ARRAY(b->a, Block *, cases->len + 1);
    Block *exit = b_new_block(b);
    int dflt = -1;
    for (int i = 0; i < cases->len; i++)
        bodies[i] = b_new_block(b);
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        if (cl->u.case_.list.len == 0) {
            dflt = i;
            continue;
        }
        for (int k = 0; k < cl->u.case_.list.len; k++) {
            Node *e = b_unparen(cl->u.case_.list.items[k]);
            Block *next = b_new_block(b);
            Value *cond;
            if (e->mode == MODE_TYPEEXPR) {
                cond = b_v1(b, OpIfaceIs, b->T->t_bool, e->pos, x);
                cond->aux.type = e->type;
            } else {
                cond = b_v2(b, OpEq, b->T->t_bool, e->pos, x, b_v0(b, OpConstNil, x->type, e->pos));
            }
            b_branch(b, cond, bodies[i], next);
            b_seal(b, next);
            b_start(b, next);
        }
    }
    b_jump(b, dflt >= 0 ? bodies[dflt] : exit);
    switch_bodies(b, cases, bodies, exit, label, x);
}

/* ---- branches --------------------------------------------------------------------------- */

static void branch_stmt(Builder *b, Node *s)
{
    int tok = s->u.branch.tok;
    if (tok == BR_FALLTHROUGH) {
        if (b->fallthrough)
            b_jump(b, b->fallthrough);
        return;
    }
    Object *label = s->u.branch.label ? s->u.branch.label->obj : NULL;
    for (int i = b->targets.len - 1; i >= 0; i--) {
        Target *t = &b->targets.items[i];
        if (label && t->label != label)
            continue;
        if (tok == BR_CONTINUE && !t->cont)
            continue;
        b_jump(b, tok == BR_CONTINUE ? t->cont : t->brk);
        return;
    }
}

/* ---- statements ----------------------------------------------------------------------------- */

void b_stmt(Builder *b, Node *s)
{
    /* Every value built ahead of the last statement (build_order.c) must
     * have been taken back; one left over means its node was evaluated a
     * second time by a path that does not look (a call made twice). */
    if (b->hoisted.len)
        diag_fatal("ssa", "%d:%d: value built ahead of its statement was not used", b->hoisted.items[0].node->pos.line,
                   b->hoisted.items[0].node->pos.col);
    if (!s || !b->cur)
        return;
    if (s->kind != N_LABELED && s->kind != N_FOR && s->kind != N_RANGE && s->kind != N_SWITCH &&
        s->kind != N_TYPESWITCH)
        b->label = NULL;
    switch (s->kind) {
    case N_BLOCK:
        b_stmts(b, &s->u.block.stmts);
        break;
    case N_EXPRSTMT: {
        Node *e = b_unparen(s->u.exprstmt.x);
        b_order_operands(b, e);
        if (e && e->kind == N_CALL)
            b_call(b, e);
        else if (e)
            b_expr(b, e);
        break;
    }
    case N_DECLSTMT:
        decl_stmt(b, s);
        break;
    case N_ASSIGN:
        assign_stmt(b, s);
        break;
    case N_INCDEC:
        incdec_stmt(b, s);
        break;
    case N_RETURN:
        return_stmt(b, s);
        break;
    case N_IF:
        if_stmt(b, s);
        break;
    case N_FOR:
        for_stmt(b, s);
        break;
    case N_RANGE:
        range_stmt(b, s);
        break;
    case N_SWITCH:
        switch_stmt(b, s);
        break;
    case N_TYPESWITCH:
        typeswitch_stmt(b, s);
        break;
    case N_LABELED:
        b->label = s->u.labeled.label ? s->u.labeled.label->obj : NULL;
        b_stmt(b, s->u.labeled.stmt);
        b->label = NULL;
        break;
    case N_BRANCH:
        branch_stmt(b, s);
        break;
    case N_DEFER: /* gc evaluates the arguments one by one into temporaries: left to right */
        b_defer_or_go(b, b_unparen(s->u.defer_.call), OpDefer, s->pos);
        break;
    case N_GO:
        b_defer_or_go(b, b_unparen(s->u.go_.call), OpGo, s->pos);
        break;
    default:
        break;
    }
}
