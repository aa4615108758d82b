/*
 * build_expr.c — expressions to values.
 *
 * Reading an operand goes through a Place: either a value already in hand
 * (an SSA variable, a call result) or the address of one in memory (a slot,
 * *p, a slice element). Field selections and indexing keep working on the
 * address as long as the operand is in memory, and load only the part that
 * is read, as gc does:
 *
 *   p.f        v7 = NilCheck <void> v5 v1; v8 = FieldAddr <*int> [0] v5; v9 = Load <int> v8 v1
 *   s.f        (s an SSA struct)  v9 = StructField <int> [0] v6
 *   s[i]       IsInBounds i len; If -> ok panic; ok: PtrIndex (SlicePtr s) i; Load
 *
 * Every dereference of a pointer the program computed gets a NilCheck
 * first (addresses of variables, new objects and slice elements do not);
 * nilcheckelim removes the ones a dominating check already covers.
 * Conversions to interfaces are explicit (MakeIface) wherever the checker
 * marked a value IMPL_TOIFACE or the destination is an interface.
 */
#include <string.h>

#include "build.h"

enum { BOUNDS_INDEX, BOUNDS_SLICE_ALEN, BOUNDS_SLICE_ACAP, BOUNDS_SLICE_B,
       BOUNDS_SLICE3_ALEN, BOUNDS_SLICE3_ACAP, BOUNDS_SLICE3_B, BOUNDS_SLICE3_C };

static Value *expr_raw(Builder *b, Node *e);

/* ---- conversions for destinations ------------------------------------------------------------ */

static Value *make_iface(Builder *b, Value *v, Type *to, Node *node, Pos pos)
{
    Type *t = to && type_is_interface(to) ? to : b->T->t_any;
    Value *m = b_v1(b, OpMakeIface, t, pos, v);
    m->node = node;
    return m;
}

Value *b_convert_to(Builder *b, Value *v, Type *to, Node *node, Pos pos)
{
    if (!v || !to)
        return v;
    if (v->op == OpConstNil && (type_is_untyped(v->type) || !type_identical(v->type, to)) && type_has_nil(to)) {
        Value *n = b_v0(b, OpConstNil, to, pos);
        return n;
    }
    if (type_is_interface(to) && !type_is_interface(v->type))
        return make_iface(b, v, to, node, pos);
    /* assignability: a value of an unnamed type to a named one with the
     * same underlying type (func literal to Handler, []int to IntList) */
    if (!type_identical(v->type, to) && !type_is_untyped(to) && !type_is_untyped(v->type) &&
        v->type->kind != TY_TUPLE && v->type != b->T->mem)
        return b_v1(b, OpConvNop, to, pos, v);
    return v;
}

Value *b_expr_to(Builder *b, Node *e, Type *to)
{
    Value *v = expr_raw(b, e);
    if (!v)
        return b_zero(b, to ? to : b->T->t_int, e->pos);
    if ((e->implicit & IMPL_TOIFACE) && !type_is_interface(v->type))
        return make_iface(b, v, to, e, e->pos);
    return b_convert_to(b, v, to, e, e->pos);
}

Value *b_expr(Builder *b, Node *e) { return b_expr_to(b, e, NULL); }

Value *b_expr_raw(Builder *b, Node *e) { return expr_raw(b, e); }

static Value *expr_int(Builder *b, Node *e) { return b_to_int(b, b_expr(b, e), e->pos); }

static bool const_int_of(Node *e, int64_t *out)
{
    e = b_unparen(e);
    if (e && e->mode == MODE_CONSTANT && e->cv && e->cv->kind == CV_INT) {
        *out = cv_int64(e->cv);
        return true;
    }
    return false;
}

/* ---- temporaries and places -------------------------------------------------------------------- */

Value *b_temp(Builder *b, Type *t, Pos pos)
{
    return b_v1(b, OpLocalAddr, b_ptr(b, t), pos, b_mem(b));
}

static Place place_value(Value *v, Type *t)
{
    Place p = {false, v, t};
    return p;
}

static Place place_mem(Value *addr, Type *t)
{
    Place p = {true, addr, t};
    return p;
}

Value *b_place_load(Builder *b, Place p, Pos pos)
{
    if (!p.in_mem)
        return p.v;
    return b_v2(b, OpLoad, p.type, pos, p.v, b_mem(b));
}

Value *b_place_addr(Builder *b, Place p, Pos pos)
{
    if (p.in_mem)
        return p.v;
    Value *t = b_temp(b, p.type, pos);
    Value *st = b_v3(b, OpStore, b->T->mem, pos, t, p.v, b_mem(b));
    st->aux.type = p.type;
    b_set_mem(b, st);
    return t;
}

/* Field `index` of the struct p holds or points to (auto-dereferencing a
 * pointer on the way, with its nil check). */
Place b_place_field(Builder *b, Place p, int index, Pos pos)
{
    Type *t = b_underlying(p.type);
    if (t->kind == TY_POINTER) {
        Value *ptr = b_place_load(b, p, pos);
        b_nil_check(b, ptr, pos);
        p = place_mem(ptr, t->elem);
        t = b_underlying(t->elem);
    }
    if (t->kind != TY_STRUCT || index < 0 || index >= t->nfields)
        return place_value(b_zero(b, p.type, pos), p.type);
    Type *ft = t->fields[index]->type;
    if (p.in_mem) {
        Value *fa = b_v1(b, OpFieldAddr, b_ptr(b, ft), pos, p.v);
        fa->auxint = index;
        return place_mem(fa, ft);
    }
    Value *fv = b_v1(b, OpStructField, ft, pos, p.v);
    fv->auxint = index;
    return place_value(fv, ft);
}

static Place place_selector(Builder *b, Node *e, int npath)
{
    Selection *sel = e->sel;
    Place p = b_place(b, e->u.selector.x);
    for (int i = 0; i < npath; i++)
        p = b_place_field(b, p, sel->path[i], e->pos);
    return p;
}

static Value *index_value(Builder *b, Node *e, int64_t *cidx, bool *is_const)
{
    Node *ix = e->u.index.index;
    *is_const = const_int_of(ix, cidx);
    if (*is_const)
        return b_const_int(b, b->T->t_int, *cidx, ix->pos);
    return expr_int(b, ix);
}

static Place place_index(Builder *b, Node *e)
{
    Node *x = e->u.index.x;
    Type *xt = b_underlying(x->type);
    Pos pos = e->pos;
    int64_t ci = 0;
    bool cnst = false;
    switch (xt->kind) {
    case TY_ARRAY: {
        Place p = b_place(b, x);
        Value *i = index_value(b, e, &ci, &cnst);
        if (!cnst)
            b_bounds_check(b, i, b_const_int(b, b->T->t_int, xt->len, pos), BOUNDS_INDEX, false, pos);
        Value *addr = b_place_addr(b, p, pos);
        return place_mem(b_v2(b, OpIndexAddr, b_ptr(b, xt->elem), pos, addr, i), xt->elem);
    }
    case TY_POINTER: {
        Type *at = b_underlying(xt->elem);
        Value *ptr = b_expr(b, x);
        Value *i = index_value(b, e, &ci, &cnst);
        b_nil_check(b, ptr, pos);
        if (!cnst)
            b_bounds_check(b, i, b_const_int(b, b->T->t_int, at->len, pos), BOUNDS_INDEX, false, pos);
        return place_mem(b_v2(b, OpIndexAddr, b_ptr(b, at->elem), pos, ptr, i), at->elem);
    }
    case TY_SLICE: {
        Value *s = b_expr(b, x);
        Value *i = index_value(b, e, &ci, &cnst);
        b_bounds_check(b, i, b_v1(b, OpSliceLen, b->T->t_int, pos, s), BOUNDS_INDEX, false, pos);
        Value *ptr = b_v1(b, OpSlicePtr, b_ptr(b, xt->elem), pos, s);
        return place_mem(b_v2(b, OpPtrIndex, b_ptr(b, xt->elem), pos, ptr, i), xt->elem);
    }
    case TY_STRING: case TY_UNTYPED_STRING: {
        Value *s = b_expr(b, x);
        Value *i = index_value(b, e, &ci, &cnst);
        b_bounds_check(b, i, b_v1(b, OpStringLen, b->T->t_int, pos, s), BOUNDS_INDEX, false, pos);
        Value *ptr = b_v1(b, OpStringPtr, b->T->u8ptr, pos, s);
        Value *c = b_v2(b, OpLoad, b->T->t_uint8, pos, b_v2(b, OpPtrIndex, b->T->u8ptr, pos, ptr, i), b_mem(b));
        if (e->type && !type_identical(e->type, c->type))
            c->type = e->type; /* byte and uint8 are the same type */
        return place_value(c, c->type);
    }
    case TY_MAP: {
        Value *m = b_expr(b, x);
        Value *k = b_expr_to(b, e->u.index.index, xt->key);
        Value *p = b_map_access1(b, m, k, xt, pos);
        return place_value(b_v2(b, OpLoad, xt->elem, pos, p, b_mem(b)), xt->elem);
    }
    default:
        return place_value(b_zero(b, e->type, pos), e->type);
    }
}

Place b_place(Builder *b, Node *e)
{
    e = b_unparen(e);
    switch (e->kind) {
    case N_IDENT:
        if (e->obj && e->obj->kind == OBJ_VAR) {
            VarInfo *vi = b_var(b, e->obj);
            if (vi->kind == VK_SLOT)
                return place_mem(vi->addr, e->obj->type);
        }
        break;
    case N_UNARY:
        if (e->u.unary.op == '*') {
            Value *p = b_expr(b, e->u.unary.x);
            b_nil_check(b, p, e->pos);
            return place_mem(p, e->type);
        }
        break;
    case N_SELECTOR:
        if (e->sel && e->sel->kind == SEL_FIELD)
            return place_selector(b, e, e->sel->npath);
        break;
    case N_INDEX:
        return place_index(b, e);
    default:
        break;
    }
    Value *v = b_expr(b, e);
    return place_value(v, v->type);
}

Value *b_addr(Builder *b, Node *e) { return b_place_addr(b, b_place(b, e), e->pos); }

/* ---- names ------------------------------------------------------------------------------------ */

static Value *ident(Builder *b, Node *e)
{
    Object *o = e->obj;
    if (!o)
        return b_zero(b, e->type, e->pos);
    switch (o->kind) {
    case OBJ_VAR:
        return b_read_obj(b, o, e->pos);
    case OBJ_NIL:
        return b_v0(b, OpConstNil, e->type, e->pos);
    case OBJ_FUNC: {
        Value *f = b_v0(b, OpFuncAddr, o->type, e->pos);
        f->aux.obj = o;
        return f;
    }
    case OBJ_CONST:
        return b_const(b, e->type ? e->type : o->type, o->cv, e->pos);
    default:
        return b_zero(b, e->type, e->pos);
    }
}

static Value *func_lit(Builder *b, Node *e)
{
    Func *fn = e->obj ? e->obj->func : NULL;
    int n = fn ? fn->captures.len : 0;
    Value **args = ARENA_ARRAY(b->a, Value *, n + 1);
    for (int i = 0; i < n; i++) {
        Object *o = fn->captures.items[i];
        Value *arg;
        if (ssa_capture_byval(b->sp, o)) {
            arg = b_read_obj(b, o, e->pos);
        } else {
            VarInfo *vi = b_var(b, o);
            arg = vi->kind == VK_SLOT ? vi->addr : b_place_addr(b, place_value(b_read_obj(b, o, e->pos), o->type), e->pos);
        }
        args[i] = arg;
    }
    Value *c = b_v0(b, OpMakeClosure, e->type, e->pos);
    c->aux.fn = fn;
    c->node = e;
    for (int i = 0; i < n; i++)
        ssa_add_arg(b->f, c, args[i]);
    return c;
}

/* ---- selectors ---------------------------------------------------------------------------------- */

/* The receiver of a method call or method value: walk the embedded fields,
 * then take the address (RECV_ADDR) or dereference (RECV_DEREF). */
static Value *method_recv(Builder *b, Node *sel_node)
{
    Selection *sel = sel_node->sel;
    Place p = b_place(b, sel_node->u.selector.x);
    for (int i = 0; i + 1 < sel->npath; i++)
        p = b_place_field(b, p, sel->path[i], sel_node->pos);
    switch (sel->recv) {
    case RECV_ADDR:
        return b_place_addr(b, p, sel_node->pos);
    case RECV_DEREF: {
        Value *ptr = b_place_load(b, p, sel_node->pos);
        b_nil_check(b, ptr, sel_node->pos);
        Type *et = b_underlying(ptr->type)->kind == TY_POINTER ? b_underlying(ptr->type)->elem : ptr->type;
        return b_v2(b, OpLoad, et, sel_node->pos, ptr, b_mem(b));
    }
    default:
        return b_place_load(b, p, sel_node->pos);
    }
}

Value *b_method_recv(Builder *b, Node *sel_node) { return method_recv(b, sel_node); }

static Value *selector(Builder *b, Node *e)
{
    Selection *sel = e->sel;
    if (!sel)
        return b_zero(b, e->type, e->pos);
    switch (sel->kind) {
    case SEL_FIELD:
        return b_place_load(b, place_selector(b, e, sel->npath), e->pos);
    case SEL_METHOD: {
        Value *recv = method_recv(b, e);
        Value *mv = b_v1(b, OpMethodValue, e->type, e->pos, recv);
        mv->aux.obj = sel->obj;
        mv->node = e;
        return mv;
    }
    case SEL_METHODEXPR: {
        Value *f = b_v0(b, OpFuncAddr, e->type, e->pos);
        f->aux.obj = sel->obj;
        return f;
    }
    case SEL_QUALIFIED:
    default: {
        Object *o = sel->obj;
        if (o && o->kind == OBJ_VAR)
            return b_read_obj(b, o, e->pos);
        if (o && o->kind == OBJ_CONST)
            return b_const(b, e->type, o->cv, e->pos);
        Value *f = b_v0(b, OpFuncAddr, e->type, e->pos);
        f->aux.obj = o;
        return f;
    }
    }
}

/* ---- slicing ---------------------------------------------------------------------------------------- */

static bool const_le(Value *a, Value *c)
{
    return a->op == OpConstInt && c->op == OpConstInt && a->auxint >= 0 && a->auxint <= c->auxint;
}

static void slice_check(Builder *b, Value *x, Value *y, int kind, Pos pos)
{
    if (!const_le(x, y))
        b_bounds_check(b, x, y, kind, true, pos);
}

static Value *slice_expr(Builder *b, Node *e)
{
    Node *x = e->u.slice.x;
    Type *xt = b_underlying(x->type);
    Pos pos = e->pos;
    Value *ptr, *len, *cap;
    Type *elem;
    bool is_string = false, is_array = false;
    if (xt->kind == TY_STRING || xt->kind == TY_UNTYPED_STRING) {
        Value *s = b_expr(b, x);
        is_string = true;
        elem = b->T->t_uint8;
        ptr = b_v1(b, OpStringPtr, b->T->u8ptr, pos, s);
        len = cap = b_v1(b, OpStringLen, b->T->t_int, pos, s);
    } else if (xt->kind == TY_SLICE) {
        Value *s = b_expr(b, x);
        elem = xt->elem;
        ptr = b_v1(b, OpSlicePtr, b_ptr(b, elem), pos, s);
        len = b_v1(b, OpSliceLen, b->T->t_int, pos, s);
        cap = b_v1(b, OpSliceCap, b->T->t_int, pos, s);
    } else {
        Type *at = xt;
        Value *base;
        if (xt->kind == TY_POINTER) {
            at = b_underlying(xt->elem);
            base = b_expr(b, x);
            b_nil_check(b, base, pos);
        } else {
            base = b_addr(b, x);
        }
        is_array = true;
        elem = at->elem;
        ptr = b_v1(b, OpConvNop, b_ptr(b, elem), pos, base);
        len = cap = b_const_int(b, b->T->t_int, at->len, pos);
    }
    Value *i = e->u.slice.lo ? expr_int(b, e->u.slice.lo) : b_const_int(b, b->T->t_int, 0, pos);
    Value *j = e->u.slice.hi ? expr_int(b, e->u.slice.hi) : len;
    Value *k = e->u.slice.max ? expr_int(b, e->u.slice.max) : cap;
    if (e->u.slice.full) {
        slice_check(b, k, cap, is_array ? BOUNDS_SLICE3_ALEN : BOUNDS_SLICE3_ACAP, pos);
        slice_check(b, j, k, BOUNDS_SLICE3_B, pos);
        slice_check(b, i, j, BOUNDS_SLICE3_C, pos);
    } else {
        if (e->u.slice.hi)
            slice_check(b, j, cap, (is_string || is_array) ? BOUNDS_SLICE_ALEN : BOUNDS_SLICE_ACAP, pos);
        slice_check(b, i, j, BOUNDS_SLICE_B, pos);
    }
    bool zero_lo = i->op == OpConstInt && i->auxint == 0;
    Value *np = zero_lo ? ptr : b_v2(b, OpPtrIndex, ptr->type, pos, ptr, i);
    Value *nl = zero_lo ? j : b_v2(b, OpSub, b->T->t_int, pos, j, i);
    if (is_string)
        return b_v2(b, OpStringMake, e->type, pos, np, nl);
    Value *nc = zero_lo ? k : b_v2(b, OpSub, b->T->t_int, pos, k, i);
    return b_v3(b, OpSliceMake, e->type, pos, np, nl, nc);
}

/* ---- operators ------------------------------------------------------------------------------------ */

static Op binary_op(int op)
{
    switch (op) {
    case '+': return OpAdd;
    case '-': return OpSub;
    case '*': return OpMul;
    case '/': return OpDiv;
    case '%': return OpMod;
    case '&': return OpAnd;
    case '|': return OpOr;
    case '^': return OpXor;
    case OP_ANDNOT: return OpAndNot;
    case OP_SHL: return OpLsh;
    case OP_SHR: return OpRsh;
    default: return OpInvalid;
    }
}

static Value *concat(Builder *b, Value **vals, int n, Type *t, Node *node, Pos pos)
{
    Value *c = b_vmem(b, OpStringConcat, t, pos, vals, n);
    c->rt = ssa_rt(n == 2 ? RT_concatstring2 : RT_concatstrings);
    c->node = node;
    return c;
}

/* x op y with gc's run-time checks: integer division by a value that may
 * be zero (runtime.panicdivide), shift by a signed count that may be
 * negative (runtime.panicshift). */
Value *b_binop(Builder *b, int op, Type *t, Value *x, Value *y, Pos pos, Node *node)
{
    if (!t || type_is_untyped(t))
        t = x->type;
    Type *u = b_underlying(t);
    if (op == '+' && (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING)) {
        Value *vals[2] = {x, y};
        return concat(b, vals, 2, t, node, pos);
    }
    Op o = binary_op(op);
    if ((o == OpDiv || o == OpMod) && type_is_integer(u) && !(y->op == OpConstInt && y->auxint != 0)) {
        Value *nz = b_v2(b, OpNeq, b->T->t_bool, pos, y, b_const_int(b, y->type, 0, pos));
        b_check_or_call(b, nz, RT_panicdivide, pos);
    }
    if ((o == OpLsh || o == OpRsh) && !type_is_unsigned(y->type) && !(y->op == OpConstInt && y->auxint >= 0)) {
        Value *ok = b_v2(b, OpLeq, b->T->t_bool, pos, b_const_int(b, y->type, 0, pos), y);
        b_check_or_call(b, ok, RT_panicshift, pos);
    }
    if (o == OpInvalid)
        return x;
    return b_v2(b, o, t, pos, x, y);
}

Value *b_compare(Builder *b, int op, Value *x, Value *y, Pos pos)
{
    /* nil takes the other operand's type */
    if (x->op == OpConstNil && type_is_untyped(x->type))
        x = b_v0(b, OpConstNil, y->type, pos);
    if (y->op == OpConstNil && type_is_untyped(y->type))
        y = b_v0(b, OpConstNil, x->type, pos);
    switch (op) {
    case OP_EQ: return b_v2(b, OpEq, b->T->t_bool, pos, x, y);
    case OP_NE: return b_v2(b, OpNeq, b->T->t_bool, pos, x, y);
    case '<': return b_v2(b, OpLess, b->T->t_bool, pos, x, y);
    case OP_LE: return b_v2(b, OpLeq, b->T->t_bool, pos, x, y);
    case '>': return b_v2(b, OpLess, b->T->t_bool, pos, y, x);
    case OP_GE: return b_v2(b, OpLeq, b->T->t_bool, pos, y, x);
    default: return b_const_bool(b, false, pos);
    }
}

static bool is_comparison(int op)
{
    return op == OP_EQ || op == OP_NE || op == '<' || op == OP_LE || op == '>' || op == OP_GE;
}

/* a && b, a || b as values: control flow and a phi. */
static Value *andand(Builder *b, Node *e)
{
    bool is_and = e->u.binary.op == OP_ANDAND;
    int tmp = b_new_var(b, b->T->t_bool);
    Value *x = b_expr(b, e->u.binary.x);
    b_write_var(b, tmp, x);
    Block *right = b_new_block(b), *join = b_new_block(b);
    if (is_and)
        b_branch(b, x, right, join);
    else
        b_branch(b, x, join, right);
    b_seal(b, right);
    b_start(b, right);
    b_write_var(b, tmp, b_expr(b, e->u.binary.y));
    b_jump(b, join);
    b_seal(b, join);
    b_start(b, join);
    Value *v = b_read_var(b, tmp, e->pos);
    if (e->type && !type_is_untyped(e->type) && !type_identical(e->type, v->type))
        v = b_v1(b, OpConvNop, e->type, e->pos, v);
    return v;
}

/* a + b + c on strings: one runtime call for the whole chain (gc's addstr). */
static Value *string_chain(Builder *b, Node *e)
{
    VEC(Node *) parts = {0};
    Node *n = e;
    int guard = 0;
    while (n->kind == N_BINARY && n->u.binary.op == '+' && n->mode != MODE_CONSTANT && guard++ < 100000) {
        vec_push(b->a, &parts, n->u.binary.y);
        n = b_unparen(n->u.binary.x);
    }
    vec_push(b->a, &parts, n);
    int cnt = parts.len;
    Value **vals = ARENA_ARRAY(b->a, Value *, cnt);
    for (int i = 0; i < cnt; i++)
        vals[i] = b_expr(b, parts.items[cnt - 1 - i]);
    Type *t = e->type && !type_is_untyped(e->type) ? e->type : b->T->t_string;
    return concat(b, vals, cnt, t, e, e->pos);
}

static Value *binary(Builder *b, Node *e)
{
    int op = e->u.binary.op;
    if (op == OP_ANDAND || op == OP_OROR)
        return andand(b, e);
    if (is_comparison(op)) {
        Value *x = b_expr(b, e->u.binary.x);
        Value *y = b_expr(b, e->u.binary.y);
        if (type_is_interface(x->type) && !type_is_interface(y->type) && y->op != OpConstNil)
            y = make_iface(b, y, x->type, e->u.binary.y, e->pos);
        if (type_is_interface(y->type) && !type_is_interface(x->type) && x->op != OpConstNil)
            x = make_iface(b, x, y->type, e->u.binary.x, e->pos);
        Value *v = b_compare(b, op, x, y, e->pos);
        if (e->type && !type_is_untyped(e->type) && b_underlying(e->type)->kind == TY_BOOL &&
            !type_identical(e->type, v->type))
            v = b_v1(b, OpConvNop, e->type, e->pos, v);
        return v;
    }
    Type *t = e->type;
    if (op == '+' && t && type_is_string(t))
        return string_chain(b, e);
    Value *x = b_expr(b, e->u.binary.x);
    Value *y = b_expr(b, e->u.binary.y);
    return b_binop(b, op, t, x, y, e->pos, e);
}

static Value *unary(Builder *b, Node *e)
{
    Node *x = e->u.unary.x;
    switch (e->u.unary.op) {
    case '+':
        return b_expr(b, x);
    case '-':
        return b_v1(b, OpNeg, e->type, e->pos, b_expr(b, x));
    case '!':
        return b_v1(b, OpNot, e->type && !type_is_untyped(e->type) ? e->type : b->T->t_bool, e->pos, b_expr(b, x));
    case '^':
        return b_v1(b, OpCom, e->type, e->pos, b_expr(b, x));
    case '*': {
        Value *p = b_expr(b, x);
        b_nil_check(b, p, e->pos);
        return b_v2(b, OpLoad, e->type, e->pos, p, b_mem(b));
    }
    case '&': {
        Node *y = b_unparen(x);
        if (y->kind == N_COMPOSITE) {
            Value *p = b_vmem(b, OpNew, e->type, e->pos, NULL, 0);
            p->rt = ssa_rt(RT_newobject);
            p->node = e;
            b_composite_into(b, p, y, y->type);
            return p;
        }
        return b_addr(b, x);
    }
    default:
        return b_expr(b, x);
    }
}

/* ---- composite literals ------------------------------------------------------------------------------- */

static Type *array_type(Builder *b, Type *elem, int64_t n)
{
    Type *t = ARENA_NEW(b->a, Type);
    t->kind = TY_ARRAY;
    t->elem = elem;
    t->len = n;
    t->size = n * type_size(elem);
    t->align = type_align(elem);
    t->arena = b->a;
    return t;
}

/* The index of each element: keys are constants; unkeyed elements follow
 * the previous one. */
static int64_t element_index(Node *elt, int64_t next)
{
    int64_t k;
    if (elt->kind == N_KEYVALUE && const_int_of(elt->u.kv.key, &k))
        return k;
    return next;
}

static Node *element_value(Node *elt) { return elt->kind == N_KEYVALUE ? elt->u.kv.value : elt; }

static int struct_field_index(Node *elt, int pos)
{
    if (elt->kind == N_KEYVALUE) {
        Node *k = elt->u.kv.key;
        if (k && k->obj && (k->obj->flags & OBJF_FIELD))
            return k->obj->id;
        return -1;
    }
    return pos;
}

static Value *element(Builder *b, Node *elt, Type *t)
{
    Node *e = b_unparen(elt);
    if (e->kind == N_COMPOSITE) {
        Value *v = b->hoisted.len ? b_take_hoisted(b, e) : NULL; /* ordered ahead (build_order.c) */
        if (!v)
            v = b_composite(b, e);
        if ((e->implicit & IMPL_TOIFACE) && !type_is_interface(v->type))
            return make_iface(b, v, t, e, e->pos);
        return b_convert_to(b, v, t, e, e->pos);
    }
    return b_expr_to(b, elt, t);
}

static void store_element(Builder *b, Value *addr, Node *elt, Type *t)
{
    Node *e = b_unparen(elt);
    Type *u = b_underlying(t);
    if (e->kind == N_COMPOSITE && !(e->implicit & (IMPL_ADDR | IMPL_TOIFACE)) &&
        (u->kind == TY_STRUCT || u->kind == TY_ARRAY)) {
        b_composite_into(b, addr, e, t);
        return;
    }
    Value *v = element(b, elt, t);
    Value *st = b_v3(b, OpStore, b->T->mem, e->pos, addr, v, b_mem(b));
    st->aux.type = t;
    b_set_mem(b, st);
}

void b_composite_into(Builder *b, Value *addr, Node *e, Type *t)
{
    Type *u = b_underlying(t);
    NodeList *elts = &e->u.composite.elts;
    if (u->kind != TY_STRUCT && u->kind != TY_ARRAY) {
        Value *v = b_composite(b, e);
        Value *st = b_v3(b, OpStore, b->T->mem, e->pos, addr, v, b_mem(b));
        st->aux.type = t;
        b_set_mem(b, st);
        return;
    }
    Value *z = b_v2(b, OpZero, b->T->mem, e->pos, addr, b_mem(b));
    z->aux.type = t;
    b_set_mem(b, z);
    int64_t next = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *elt = elts->items[i];
        if (u->kind == TY_STRUCT) {
            int fi = struct_field_index(elt, i);
            if (fi < 0 || fi >= u->nfields)
                continue;
            Type *ft = u->fields[fi]->type;
            Value *fa = b_v1(b, OpFieldAddr, b_ptr(b, ft), elt->pos, addr);
            fa->auxint = fi;
            store_element(b, fa, element_value(elt), ft);
        } else {
            int64_t idx = element_index(elt, next);
            next = idx + 1;
            if (idx < 0 || (u->len >= 0 && idx >= u->len))
                continue;
            Value *ia = b_v2(b, OpIndexAddr, b_ptr(b, u->elem), elt->pos, addr,
                             b_const_int(b, b->T->t_int, idx, elt->pos));
            store_element(b, ia, element_value(elt), u->elem);
        }
    }
}

static Value *struct_literal(Builder *b, Node *e, Type *t, Type *u)
{
    if (!ssa_can_ssa_type(t)) {
        Value *tmp = b_temp(b, t, e->pos);
        b_composite_into(b, tmp, e, t);
        return b_v2(b, OpLoad, t, e->pos, tmp, b_mem(b));
    }
    Value **fields = ARENA_ARRAY(b->a, Value *, u->nfields + 1);
    for (int i = 0; i < u->nfields; i++)
        fields[i] = NULL;
    NodeList *elts = &e->u.composite.elts;
    for (int i = 0; i < elts->len; i++) {
        int fi = struct_field_index(elts->items[i], i);
        if (fi >= 0 && fi < u->nfields)
            fields[fi] = element(b, element_value(elts->items[i]), u->fields[fi]->type);
    }
    for (int i = 0; i < u->nfields; i++)
        if (!fields[i])
            fields[i] = b_zero(b, u->fields[i]->type, e->pos);
    Value *v = b_v0(b, OpStructMake, t, e->pos);
    for (int i = 0; i < u->nfields; i++)
        ssa_add_arg(b->f, v, fields[i]);
    return v;
}

static Value *slice_literal(Builder *b, Node *e, Type *t, Type *u)
{
    NodeList *elts = &e->u.composite.elts;
    int64_t n = 0, next = 0;
    for (int i = 0; i < elts->len; i++) {
        int64_t idx = element_index(elts->items[i], next);
        next = idx + 1;
        if (next > n)
            n = next;
    }
    Type *at = array_type(b, u->elem, n);
    Value *p = b_vmem(b, OpNew, b_ptr(b, at), e->pos, NULL, 0);
    p->rt = ssa_rt(RT_newobject);
    p->node = e;
    if (elts->len > 0)
        b_composite_into(b, p, e, at);
    Value *ptr = b_v1(b, OpConvNop, b_ptr(b, u->elem), e->pos, p);
    Value *len = b_const_int(b, b->T->t_int, n, e->pos);
    return b_v3(b, OpSliceMake, t, e->pos, ptr, len, len);
}

static Value *map_literal(Builder *b, Node *e, Type *t, Type *u)
{
    NodeList *elts = &e->u.composite.elts;
    Value *hint = b_const_int(b, b->T->t_int, elts->len, e->pos);
    Value *m = b_make_map(b, t, hint, true, elts->len, e, e->pos);
    for (int i = 0; i < elts->len; i++) {
        Node *kv = elts->items[i];
        if (kv->kind != N_KEYVALUE)
            continue;
        Value *k = element(b, kv->u.kv.key, u->key);
        Value *v = element(b, kv->u.kv.value, u->elem);
        Value *slot = b_map_assign(b, m, k, u, kv->pos);
        Value *st = b_v3(b, OpStore, b->T->mem, kv->pos, slot, v, b_mem(b));
        st->aux.type = u->elem;
        b_set_mem(b, st);
    }
    return m;
}

Value *b_composite(Builder *b, Node *e)
{
    Type *t = e->type;
    if (!t)
        return b_zero(b, b->T->t_int, e->pos);
    if (e->implicit & IMPL_ADDR) {
        Type *pt = b_underlying(t);
        Type *et = pt->kind == TY_POINTER ? pt->elem : t;
        Value *p = b_vmem(b, OpNew, pt->kind == TY_POINTER ? t : b_ptr(b, t), e->pos, NULL, 0);
        p->rt = ssa_rt(RT_newobject);
        p->node = e;
        b_composite_into(b, p, e, et);
        return p;
    }
    Type *u = b_underlying(t);
    switch (u->kind) {
    case TY_STRUCT:
        return struct_literal(b, e, t, u);
    case TY_ARRAY: {
        Value *tmp = b_temp(b, t, e->pos);
        b_composite_into(b, tmp, e, t);
        return b_v2(b, OpLoad, t, e->pos, tmp, b_mem(b));
    }
    case TY_SLICE:
        return slice_literal(b, e, t, u);
    case TY_MAP:
        return map_literal(b, e, t, u);
    default:
        return b_zero(b, t, e->pos);
    }
}

/* ---- type assertions ------------------------------------------------------------------------------------ */

static Value *unbox(Builder *b, Value *x, Type *T, Pos pos)
{
    if (type_is_interface(T))
        return type_identical(x->type, T) ? x : b_v1(b, OpConvNop, T, pos, x);
    return b_v2(b, OpIfaceUnbox, T, pos, x, b_mem(b));
}

/* x.(T): panics (runtime.panicdottypeE) unless x holds a T; with ok_out,
 * yields the zero value and false instead. */
Value *b_assert(Builder *b, Node *e, Value *x, Type *T, Value **ok_out)
{
    Pos pos = e->pos;
    Value *ok = b_v1(b, OpIfaceIs, b->T->t_bool, pos, x);
    ok->aux.type = T;
    if (!ok_out) {
        Block *yes = b_new_block(b), *no = b_new_block(b);
        b_branch(b, ok, yes, no);
        b_seal(b, yes);
        b_seal(b, no);
        b_start(b, no);
        Value *want = b_v0(b, OpTypeAddr, b->T->u8ptr, pos);
        want->aux.type = T;
        Value *args[2] = {x, want};
        Value *call = b_vwrite(b, OpStaticCall, b->T->mem, pos, args, 2);
        call->rt = ssa_rt(RT_panicdottypeE);
        b_exit(b, call);
        b_start(b, yes);
        return unbox(b, x, T, pos);
    }
    int tmp = b_new_var(b, T);
    Block *yes = b_new_block(b), *no = b_new_block(b), *join = b_new_block(b);
    b_branch(b, ok, yes, no);
    b_seal(b, yes);
    b_seal(b, no);
    b_start(b, yes);
    b_write_var(b, tmp, unbox(b, x, T, pos));
    b_jump(b, join);
    b_start(b, no);
    b_write_var(b, tmp, b_zero(b, T, pos));
    b_jump(b, join);
    b_seal(b, join);
    b_start(b, join);
    *ok_out = ok;
    return b_read_var(b, tmp, pos);
}

/* ---- left-hand sides ------------------------------------------------------------------------------------- */

/* x.f.g = v where x is an SSA variable: the path of field indices, or
 * false when some step goes through a pointer or memory. */
static bool field_path(Builder *b, Node *e, Object **root, int **path, int *npath)
{
    VEC(int) rev = {0};
    Node *n = b_unparen(e);
    int guard = 0;
    while (n->kind == N_SELECTOR && guard++ < 10000) {
        Selection *sel = n->sel;
        if (!sel || sel->kind != SEL_FIELD || sel->indirect)
            return false;
        for (int i = sel->npath - 1; i >= 0; i--)
            vec_push(b->a, &rev, sel->path[i]);
        n = b_unparen(n->u.selector.x);
    }
    if (n->kind != N_IDENT || !n->obj || n->obj->kind != OBJ_VAR)
        return false;
    VarInfo *vi = b_var(b, n->obj);
    if (vi->kind != VK_SSA)
        return false;
    *root = n->obj;
    *npath = rev.len;
    *path = ARENA_ARRAY(b->a, int, rev.len + 1);
    for (int i = 0; i < rev.len; i++)
        (*path)[i] = rev.items[rev.len - 1 - i];
    return rev.len > 0;
}

LValue b_lvalue(Builder *b, Node *e, bool define)
{
    LValue lv = {0};
    Node *n = b_unparen(e);
    lv.node = n;
    lv.type = n->type;
    if (n->kind == N_IDENT) {
        Object *o = n->obj;
        if (!o || b_is_blank(o) || strcmp(n->u.ident.name, "_") == 0) {
            lv.kind = LV_BLANK;
            return lv;
        }
        lv.obj = o;
        lv.type = o->type;
        lv.kind = define && o->decl == n ? LV_DECL : LV_VAR;
        return lv;
    }
    if (n->kind == N_INDEX && b_underlying(n->u.index.x->type)->kind == TY_MAP) {
        Type *mt = b_underlying(n->u.index.x->type);
        lv.kind = LV_MAP;
        lv.m = b_expr(b, n->u.index.x);
        lv.k = b_expr_to(b, n->u.index.index, mt->key);
        lv.type = mt->elem;
        return lv;
    }
    if (n->kind == N_SELECTOR && field_path(b, n, &lv.obj, &lv.path, &lv.npath)) {
        lv.kind = LV_FIELD;
        return lv;
    }
    Place p = b_place(b, n);
    if (!p.in_mem) {
        lv.kind = LV_BLANK;
        return lv;
    }
    lv.kind = LV_ADDR;
    lv.addr = p.v;
    lv.type = p.type;
    return lv;
}

/* A struct value with the field at path[depth...] replaced by v. */
static Value *replace_field(Builder *b, Value *sv, int *path, int npath, int depth, Value *v, Pos pos)
{
    if (depth == npath)
        return v;
    Type *u = b_underlying(sv->type);
    if (u->kind != TY_STRUCT)
        return sv;
    Value **fs = ARENA_ARRAY(b->a, Value *, u->nfields + 1);
    for (int i = 0; i < u->nfields; i++) {
        Value *f = b_v1(b, OpStructField, u->fields[i]->type, pos, sv);
        f->auxint = i;
        if (i == path[depth])
            f = replace_field(b, f, path, npath, depth + 1, v, pos);
        fs[i] = f;
    }
    Value *nv = b_v0(b, OpStructMake, sv->type, pos);
    for (int i = 0; i < u->nfields; i++)
        ssa_add_arg(b->f, nv, fs[i]);
    return nv;
}

void b_lv_store(Builder *b, LValue *lv, Value *v, Pos pos)
{
    switch (lv->kind) {
    case LV_BLANK:
        return;
    case LV_DECL:
        b_declare(b, lv->obj, v, pos);
        return;
    case LV_VAR:
        b_write_obj(b, lv->obj, v, pos);
        return;
    case LV_FIELD: {
        Value *root = b_read_obj(b, lv->obj, pos);
        b_write_obj(b, lv->obj, replace_field(b, root, lv->path, lv->npath, 0, v, pos), pos);
        return;
    }
    case LV_ADDR: {
        Value *st = b_v3(b, OpStore, b->T->mem, pos, lv->addr, v, b_mem(b));
        st->aux.type = lv->type;
        b_set_mem(b, st);
        return;
    }
    case LV_MAP: {
        Type *mt = b_underlying(lv->node->u.index.x->type);
        Value *slot = b_map_assign(b, lv->m, lv->k, mt, pos);
        Value *st = b_v3(b, OpStore, b->T->mem, pos, slot, v, b_mem(b));
        st->aux.type = lv->type;
        b_set_mem(b, st);
        return;
    }
    }
}

Value *b_lv_load(Builder *b, LValue *lv, Pos pos)
{
    switch (lv->kind) {
    case LV_VAR:
        return b_read_obj(b, lv->obj, pos);
    case LV_FIELD: {
        Value *v = b_read_obj(b, lv->obj, pos);
        for (int i = 0; i < lv->npath; i++) {
            Type *u = b_underlying(v->type);
            if (u->kind != TY_STRUCT)
                break;
            Value *f = b_v1(b, OpStructField, u->fields[lv->path[i]]->type, pos, v);
            f->auxint = lv->path[i];
            v = f;
        }
        return v;
    }
    case LV_ADDR:
        return b_v2(b, OpLoad, lv->type, pos, lv->addr, b_mem(b));
    case LV_MAP: {
        Type *mt = b_underlying(lv->node->u.index.x->type);
        Value *p = b_map_access1(b, lv->m, lv->k, mt, pos);
        return b_v2(b, OpLoad, mt->elem, pos, p, b_mem(b));
    }
    default:
        return b_zero(b, lv->type ? lv->type : b->T->t_int, pos);
    }
}

/* ---- expressions ----------------------------------------------------------------------------------------- */

static Value *expr_raw(Builder *b, Node *e)
{
    if (!e)
        return NULL;
    if (e->mode == MODE_CONSTANT && e->cv)
        return b_const(b, e->type, e->cv, e->pos);
    if (b->hoisted.len && e->kind != N_CALL) { /* calls: b_call takes theirs */
        Value *h = b_take_hoisted(b, e);
        if (h)
            return h;
    }
    if (++b->depth > 20000) {
        b->depth--;
        return b_zero(b, e->type ? e->type : b->T->t_int, e->pos);
    }
    Value *v;
    switch (e->kind) {
    case N_PAREN:
        v = b_expr(b, e->u.paren.x);
        break;
    case N_IDENT:
        v = ident(b, e);
        break;
    case N_FUNCLIT:
        v = func_lit(b, e);
        break;
    case N_COMPOSITE:
        v = b_composite(b, e);
        break;
    case N_SELECTOR:
        v = selector(b, e);
        break;
    case N_INDEX:
        v = b_place_load(b, place_index(b, e), e->pos);
        break;
    case N_SLICE:
        v = slice_expr(b, e);
        break;
    case N_ASSERT:
        v = b_assert(b, e, b_expr(b, e->u.assert.x), e->type, NULL);
        break;
    case N_CALL:
        v = b_call_value(b, e);
        break;
    case N_UNARY:
        v = unary(b, e);
        break;
    case N_BINARY:
        v = binary(b, e);
        break;
    default:
        v = b_zero(b, e->type ? e->type : b->T->t_int, e->pos);
        break;
    }
    b->depth--;
    return v;
}
