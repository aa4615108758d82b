/*
 * build_call.c — calls, builtins, conversions, and the map operations with
 * gc 1.19's choice of runtime entry point.
 *
 * A call takes its arguments and the memory state and yields a tuple of
 * its results followed by the new memory, taken apart with SelectN (a call
 * without results yields mem alone):
 *
 *   (12) v9  = StaticCall <int,mem> {main.f} v7 v8 v1
 *   (12) v10 = SelectN <mem> [1] v9
 *   (12) v11 = SelectN <int> [0] v9
 *
 * The `...` of a variadic call is packed the way gc's walk does: a new
 * backing array (an allocation site escape analysis may keep on the stack),
 * the arguments stored into it, a slice of it passed. append grows the
 * slice with runtime.growslice only when the capacity is too small.
 *
 * Map entry points follow walk's mapfast (cmd/compile/internal/walk/walk.go):
 *   element larger than 128 bytes                      -> generic (mapaccess1, mapassign...)
 *   key hashed as plain memory of 4 bytes              -> _fast32
 *   ... of 8 bytes without pointers / with a pointer   -> _fast64 / mapassign_fast64ptr
 *   key type string (or a struct/array wrapping one)   -> _faststr
 *   anything else                                      -> generic
 * ("plain memory" is types.AlgType AMEM: integers, bools, pointers, and
 * arrays/structs of them without padding; a one-field struct or one-element
 * array is its element.) Reads of elements larger than 1024 bytes use the
 * _fat variants.
 */
#include <string.h>

#include "build.h"

/* ---- maps -------------------------------------------------------------------------------- */

typedef enum Alg { ALG_MEM, ALG_STRING, ALG_FLOAT, ALG_IFACE, ALG_SPECIAL, ALG_NOEQ } Alg;

static bool is_blank_name(const char *n) { return !n || strcmp(n, "_") == 0; }

/* types.IsPaddedField: bytes between field i and the next (or the end). */
static bool padded_field(Type *st, int i)
{
    Object *f = st->fields[i];
    int64_t end = f->offset + type_size(f->type);
    int64_t next = i + 1 < st->nfields ? st->fields[i + 1]->offset : type_size(st);
    return end != next;
}

/* gc's types.AlgType, for the kinds of the subset. */
static Alg alg_type(Type *t, int depth)
{
    Type *u = b_underlying(t);
    if (depth > 200)
        return ALG_SPECIAL;
    switch (u->kind) {
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
    case TY_POINTER:
        return ALG_MEM;
    case TY_FLOAT32: case TY_FLOAT64:
        return ALG_FLOAT;
    case TY_STRING:
        return ALG_STRING;
    case TY_INTERFACE:
        return ALG_IFACE;
    case TY_SLICE: case TY_MAP: case TY_FUNC:
        return ALG_NOEQ;
    case TY_ARRAY: {
        Alg a = alg_type(u->elem, depth + 1);
        if (a == ALG_MEM || a == ALG_NOEQ)
            return a;
        if (u->len == 0)
            return ALG_MEM;
        if (u->len == 1)
            return a;
        return ALG_SPECIAL;
    }
    case TY_STRUCT: {
        type_size(u); /* field offsets */
        if (u->nfields == 1 && !is_blank_name(u->fields[0]->name))
            return alg_type(u->fields[0]->type, depth + 1);
        Alg ret = ALG_MEM;
        for (int i = 0; i < u->nfields; i++) {
            Alg a = alg_type(u->fields[i]->type, depth + 1);
            if (a == ALG_NOEQ)
                return ALG_NOEQ;
            if (a != ALG_MEM || is_blank_name(u->fields[i]->name) || padded_field(u, i))
                ret = ALG_SPECIAL;
        }
        return ret;
    }
    default:
        return ALG_SPECIAL;
    }
}

static bool has_pointers(Type *t, int depth)
{
    Type *u = b_underlying(t);
    if (depth > 200)
        return true;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_STRING: case TY_SLICE: case TY_INTERFACE:
        return true;
    case TY_ARRAY:
        return u->len > 0 && has_pointers(u->elem, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (has_pointers(u->fields[i]->type, depth + 1))
                return true;
        return false;
    default:
        return false;
    }
}

MapFast ssa_mapfast(Type *maptype)
{
    Type *mt = b_underlying(maptype);
    if (mt->kind != TY_MAP || type_size(mt->elem) > 128)
        return MAP_SLOW;
    switch (alg_type(mt->key, 0)) {
    case ALG_MEM: {
        int64_t size = type_size(mt->key);
        if (size == 4)
            return MAP_FAST32;
        if (size == 8)
            return has_pointers(mt->key, 0) ? MAP_FAST64PTR : MAP_FAST64;
        return MAP_SLOW;
    }
    case ALG_STRING:
        return MAP_FASTSTR;
    default:
        return MAP_SLOW;
    }
}

enum { ZERO_VAL_SIZE = 1024 }; /* runtime's maxZero: bigger elements read with _fat */

static RtId access_fn(Type *mt, bool two)
{
    if (type_size(b_underlying(mt)->elem) > ZERO_VAL_SIZE)
        return two ? RT_mapaccess2_fat : RT_mapaccess1_fat;
    switch (ssa_mapfast(mt)) {
    case MAP_FAST32: return two ? RT_mapaccess2_fast32 : RT_mapaccess1_fast32;
    case MAP_FAST64: case MAP_FAST64PTR: return two ? RT_mapaccess2_fast64 : RT_mapaccess1_fast64;
    case MAP_FASTSTR: return two ? RT_mapaccess2_faststr : RT_mapaccess1_faststr;
    default: return two ? RT_mapaccess2 : RT_mapaccess1;
    }
}

static RtId assign_fn(Type *mt)
{
    switch (ssa_mapfast(mt)) {
    case MAP_FAST32: return RT_mapassign_fast32;
    case MAP_FAST64: return RT_mapassign_fast64;
    case MAP_FAST64PTR: return RT_mapassign_fast64ptr;
    case MAP_FASTSTR: return RT_mapassign_faststr;
    default: return RT_mapassign;
    }
}

static RtId delete_fn(Type *mt)
{
    switch (ssa_mapfast(mt)) {
    case MAP_FAST32: return RT_mapdelete_fast32;
    case MAP_FAST64: case MAP_FAST64PTR: return RT_mapdelete_fast64;
    case MAP_FASTSTR: return RT_mapdelete_faststr;
    default: return RT_mapdelete;
    }
}

Value *b_map_access1(Builder *b, Value *m, Value *k, Type *mt, Pos pos)
{
    Value *args[2] = {m, k};
    Value *v = b_vmem(b, OpMapAccess1, b_ptr(b, b_underlying(mt)->elem), pos, args, 2);
    v->rt = ssa_rt(access_fn(mt, false));
    return v;
}

Value *b_map_access2(Builder *b, Value *m, Value *k, Type *mt, Pos pos, Value **ok)
{
    Type *elem = b_underlying(mt)->elem;
    Type *tt[2] = {b_ptr(b, elem), b->T->t_bool};
    Value *args[2] = {m, k};
    Value *v = b_vmem(b, OpMapAccess2, ssa_tuple(b->f, tt, 2), pos, args, 2);
    v->rt = ssa_rt(access_fn(mt, true));
    Value *p = b_select(b, v, 0, pos);
    *ok = b_select(b, v, 1, pos);
    return b_v2(b, OpLoad, elem, pos, p, b_mem(b));
}

Value *b_map_assign(Builder *b, Value *m, Value *k, Type *mt, Pos pos)
{
    Type *tt[2] = {b_ptr(b, b_underlying(mt)->elem), b->T->mem};
    Value *args[2] = {m, k};
    Value *v = b_vwrite(b, OpMapAssign, ssa_tuple(b->f, tt, 2), pos, args, 2);
    v->rt = ssa_rt(assign_fn(mt));
    return b_select(b, v, 0, pos);
}

void b_map_delete(Builder *b, Value *m, Value *k, Type *mt, Pos pos)
{
    Value *args[2] = {m, k};
    Value *v = b_vwrite(b, OpMapDelete, b->T->mem, pos, args, 2);
    v->rt = ssa_rt(delete_fn(mt));
}

/* make(map[K]V[, hint]): gc's walkMakeMap calls makemap_small when there
 * is no hint or a constant one <= 8 (BUCKETSIZE), else makemap; auxint 1
 * marks the small form. (A non-escaping small map needs no call at all:
 * that is escape analysis's decision, made later.) */
Value *b_make_map(Builder *b, Type *mt, Value *hint, bool hint_const, int64_t hintv, Node *node, Pos pos)
{
    bool small = hint_const && hintv <= 8;
    Value *args[1] = {hint};
    Value *v = b_vmem(b, OpMakeMap, mt, pos, args, 1);
    v->rt = ssa_rt(small ? RT_makemap_small : RT_makemap);
    v->auxint = small;
    v->node = node;
    return v;
}

/* ---- arguments ------------------------------------------------------------------------------- */

typedef VEC(Value *) ValueList;

static Type *param_type(Type *sig, int i)
{
    if (!sig || !sig->params || i >= sig->params->nfields)
        return NULL;
    return sig->params->fields[i]->type;
}

/* The argument values of a call against signature sig: spreads f(g()),
 * packs the variadic tail into a new slice unless called with xs... */
/* each_arg (go/defer): every argument is a statement of its own, as gc
 * copies them into temporaries one by one, so each is ordered alone. */
static void call_args(Builder *b, Node *call, Type *sig, ValueList *out, bool each_arg)
{
    NodeList *args = &call->u.call.args;
    int np = sig && sig->params ? sig->params->nfields : 0;
    bool variadic = sig && sig->variadic && !call->u.call.dots;
    ValueList vals = {0};
    if ((call->implicit & IMPL_SPREAD) && args->len == 1) {
        Node *g = b_unparen(args->items[0]);
        Value *cv = b_call(b, g);
        int n = g->type && g->type->kind == TY_TUPLE ? g->type->nfields : 1;
        for (int i = 0; i < n; i++)
            vec_push(b->a, &vals, b_call_result(b, g, cv, i));
    } else {
        for (int i = 0; i < args->len; i++) {
            Type *pt = (variadic && i >= np - 1) ? (param_type(sig, np - 1) ? b_underlying(param_type(sig, np - 1))->elem : NULL)
                                                 : param_type(sig, i);
            if (each_arg)
                b_order_expr(b, args->items[i]);
            vec_push(b->a, &vals, b_expr_to(b, args->items[i], pt));
        }
    }
    int fixed = variadic ? np - 1 : vals.len;
    for (int i = 0; i < fixed && i < vals.len; i++)
        vec_push(b->a, out, b_convert_to(b, vals.items[i], param_type(sig, i), NULL, call->pos));
    if (!variadic)
        return;
    Type *st = param_type(sig, np - 1);
    Type *et = b_underlying(st)->elem;
    int extra = vals.len - fixed;
    if (extra <= 0) {
        vec_push(b->a, out, b_v0(b, OpConstNil, st, call->pos));
        return;
    }
    Type *at = ARENA_NEW(b->a, Type);
    at->kind = TY_ARRAY;
    at->elem = et;
    at->len = extra;
    at->size = extra * type_size(et);
    at->align = type_align(et);
    at->arena = b->a;
    Value *arr = b_vmem(b, OpNew, b_ptr(b, at), call->pos, NULL, 0);
    arr->rt = ssa_rt(RT_newobject);
    arr->node = call;
    for (int i = 0; i < extra; i++) {
        Value *ea = b_v2(b, OpIndexAddr, b_ptr(b, et), call->pos, arr, b_const_int(b, b->T->t_int, i, call->pos));
        Value *v = b_convert_to(b, vals.items[fixed + i], et, NULL, call->pos);
        Value *stv = b_v3(b, OpStore, b->T->mem, call->pos, ea, v, b_mem(b));
        stv->aux.type = et;
        b_set_mem(b, stv);
    }
    Value *ptr = b_v1(b, OpConvNop, b_ptr(b, et), call->pos, arr);
    Value *n = b_const_int(b, b->T->t_int, extra, call->pos);
    vec_push(b->a, out, b_v3(b, OpSliceMake, st, call->pos, ptr, n, n));
}

static Type *call_type(Builder *b, Type *sig)
{
    int nr = sig && sig->results ? sig->results->nfields : 0;
    if (nr == 0)
        return b->T->mem;
    Type **tt = ARENA_ARRAY(b->a, Type *, nr + 1);
    for (int i = 0; i < nr; i++)
        tt[i] = sig->results->fields[i]->type;
    tt[nr] = b->T->mem;
    return ssa_tuple(b->f, tt, nr + 1);
}

/* What is called and with what: callee object (static) or func value. */
typedef struct CallSite {
    Object *callee;   /* static target (or the interface method), or NULL */
    bool iface;       /* a method called through an interface (error.Error) */
    Value *fnval;     /* func value for dynamic calls */
    Type *sig;
    ValueList args;
} CallSite;

static void call_site(Builder *b, Node *e, CallSite *cs, bool each_arg)
{
    memset(cs, 0, sizeof *cs);
    Node *fun = b_unparen(e->u.call.fun);
    int kind = e->implicit & CALL_KIND_MASK;
    if (kind == CALL_FUNC && fun->kind == N_IDENT && fun->obj && fun->obj->kind == OBJ_FUNC) {
        cs->callee = fun->obj;
        cs->sig = b_underlying(fun->obj->type);
    } else if (kind == CALL_METHOD && fun->kind == N_SELECTOR && fun->sel && fun->sel->kind == SEL_METHOD) {
        cs->callee = fun->sel->obj;
        cs->sig = b_underlying(fun->type);
        Value *recv = b_method_recv(b, fun);
        cs->iface = type_is_interface(recv->type);
        vec_push(b->a, &cs->args, recv);
    } else if (kind == CALL_IMPORTED && fun->kind == N_SELECTOR && fun->sel && fun->sel->obj) {
        cs->callee = fun->sel->obj;
        cs->sig = b_underlying(fun->sel->obj->type);
    } else {
        cs->fnval = b_expr(b, fun);
        cs->sig = b_underlying(fun->type);
    }
    if (cs->sig && cs->sig->kind != TY_FUNC)
        cs->sig = NULL;
    call_args(b, e, cs->sig, &cs->args, each_arg);
}

static Value *emit_call(Builder *b, Node *e, CallSite *cs)
{
    Type *t = call_type(b, cs->sig);
    Value *v;
    if (cs->callee) {
        v = b_vwrite(b, cs->iface ? OpIfaceCall : OpStaticCall, t, e->pos, cs->args.items, cs->args.len);
        v->aux.obj = cs->callee;
    } else {
        ValueList all = {0};
        vec_push(b->a, &all, cs->fnval);
        for (int i = 0; i < cs->args.len; i++)
            vec_push(b->a, &all, cs->args.items[i]);
        v = b_vwrite(b, OpClosureCall, t, e->pos, all.items, all.len);
    }
    v->node = e;
    return v;
}

static bool is_call_op(Value *v)
{
    return v && (v->op == OpStaticCall || v->op == OpClosureCall || v->op == OpIfaceCall);
}

Value *b_call_result(Builder *b, Node *call, Value *cv, int i)
{
    if (!cv)
        return b_zero(b, call && call->type ? call->type : b->T->t_int, call ? call->pos : pos_make(NULL, 0, 0));
    if (is_call_op(cv)) {
        if (!ssa_is_tuple(cv->type) || i >= cv->type->nfields - 1)
            return b_zero(b, b->T->t_int, cv->pos);
        return b_select(b, cv, i, cv->pos);
    }
    return i == 0 ? cv : b_zero(b, b->T->t_bool, cv->pos);
}

Value *b_call_value(Builder *b, Node *e)
{
    Value *cv = b_call(b, e);
    if (!cv)
        return NULL;
    if (is_call_op(cv)) {
        if (!ssa_is_tuple(cv->type))
            return NULL;
        return b_select(b, cv, 0, e->pos);
    }
    return cv;
}

/* ---- builtins -------------------------------------------------------------------------------- */

static Value *rt_call(Builder *b, RtId fn, Type *t, Pos pos, Value **args, int n)
{
    Value *v = b_vwrite(b, OpStaticCall, t, pos, args, n);
    v->rt = ssa_rt(fn);
    return v;
}

static Value *builtin_len_cap(Builder *b, Node *e, bool is_len)
{
    Node *x = e->u.call.args.items[0];
    Type *u = b_underlying(x->type);
    if (u->kind == TY_POINTER)
        u = b_underlying(u->elem);
    Pos pos = e->pos;
    switch (u->kind) {
    case TY_STRING: case TY_UNTYPED_STRING:
        return b_v1(b, OpStringLen, b->T->t_int, pos, b_expr(b, x));
    case TY_SLICE:
        return b_v1(b, is_len ? OpSliceLen : OpSliceCap, b->T->t_int, pos, b_expr(b, x));
    case TY_MAP:
        return b_v2(b, OpMapLen, b->T->t_int, pos, b_expr(b, x), b_mem(b));
    case TY_ARRAY:
        b_expr(b, x); /* non-constant only when x calls something */
        return b_const_int(b, b->T->t_int, u->len, pos);
    default:
        return b_const_int(b, b->T->t_int, 0, pos);
    }
}

static Value *builtin_make(Builder *b, Node *e)
{
    NodeList *args = &e->u.call.args;
    Type *t = e->type;
    Type *u = b_underlying(t);
    Pos pos = e->pos;
    if (u->kind == TY_MAP) {
        int64_t hv = 0;
        bool hc = true;
        Value *hint;
        if (args->len >= 2) {
            Node *h = b_unparen(args->items[1]);
            hc = h->mode == MODE_CONSTANT && h->cv;
            hv = hc ? cv_int64(h->cv) : 0;
            hint = b_to_int(b, b_expr(b, args->items[1]), pos);
        } else {
            hint = b_const_int(b, b->T->t_int, 0, pos);
        }
        return b_make_map(b, t, hint, hc, hv, e, pos);
    }
    if (u->kind == TY_SLICE) {
        Value *len = args->len >= 2 ? b_to_int(b, b_expr(b, args->items[1]), pos) : b_const_int(b, b->T->t_int, 0, pos);
        Value *cap = args->len >= 3 ? b_to_int(b, b_expr(b, args->items[2]), pos) : len;
        Value *a[2] = {len, cap};
        Value *v = b_vmem(b, OpMakeSlice, t, pos, a, 2);
        v->rt = ssa_rt(RT_makeslice);
        v->node = e;
        return v;
    }
    return b_zero(b, t, pos);
}

/* append(s, x, y) / append(s, t...): grow only if cap < len+n, then store. */
Value *b_append(Builder *b, Node *call, Value *base, Pos pos)
{
    NodeList *args = &call->u.call.args;
    Type *st = call->type ? call->type : base->type;
    Type *et = b_underlying(st)->elem;
    ValueList vals = {0};
    Value *src = NULL, *n;
    if (call->u.call.dots && args->len == 2) {
        src = b_expr(b, args->items[1]);
        bool is_str = b_underlying(src->type)->kind == TY_STRING;
        n = b_v1(b, is_str ? OpStringLen : OpSliceLen, b->T->t_int, pos, src);
    } else {
        for (int i = 1; i < args->len; i++)
            vec_push(b->a, &vals, b_expr_to(b, args->items[i], et));
        if (vals.len == 0)
            return base;
        n = b_const_int(b, b->T->t_int, vals.len, pos);
    }
    Value *oldlen = b_v1(b, OpSliceLen, b->T->t_int, pos, base);
    Value *newlen = b_v2(b, OpAdd, b->T->t_int, pos, oldlen, n);
    Value *cap = b_v1(b, OpSliceCap, b->T->t_int, pos, base);
    int sv = b_new_var(b, st);
    b_write_var(b, sv, base);
    Block *grow = b_new_block(b), *join = b_new_block(b);
    b_branch(b, b_v2(b, OpLess, b->T->t_bool, pos, cap, newlen), grow, join);
    b_seal(b, grow);
    b_start(b, grow);
    Value *ga[2] = {base, newlen};
    Value *g = b_vmem(b, OpGrowSlice, st, pos, ga, 2);
    g->rt = ssa_rt(RT_growslice);
    g->node = call;
    b_write_var(b, sv, g);
    b_jump(b, join);
    b_seal(b, join);
    b_start(b, join);
    Value *s = b_read_var(b, sv, pos);
    Value *ptr = b_v1(b, OpSlicePtr, b_ptr(b, et), pos, s);
    if (src) {
        Value *dst = b_v2(b, OpPtrIndex, ptr->type, pos, ptr, oldlen);
        bool is_str = b_underlying(src->type)->kind == TY_STRING;
        Value *sp = b_v1(b, is_str ? OpStringPtr : OpSlicePtr, is_str ? b->T->u8ptr : b_ptr(b, et), pos, src);
        Value *mv = b_v3(b, OpMoveElems, b->T->mem, pos, dst, sp, n);
        ssa_add_arg(b->f, mv, b_mem(b));
        mv->aux.type = et;
        b_set_mem(b, mv);
    }
    for (int i = 0; i < vals.len; i++) {
        Value *idx = i == 0 ? oldlen : b_v2(b, OpAdd, b->T->t_int, pos, oldlen, b_const_int(b, b->T->t_int, i, pos));
        Value *ea = b_v2(b, OpPtrIndex, ptr->type, pos, ptr, idx);
        Value *stv = b_v3(b, OpStore, b->T->mem, pos, ea, vals.items[i], b_mem(b));
        stv->aux.type = et;
        b_set_mem(b, stv);
    }
    Value *ncap = b_v1(b, OpSliceCap, b->T->t_int, pos, s);
    return b_v3(b, OpSliceMake, st, pos, ptr, newlen, ncap);
}

/* copy(dst, src): n = min(len(dst), len(src)); memmove n elements. */
static Value *builtin_copy(Builder *b, Node *e)
{
    Pos pos = e->pos;
    Value *dst = b_expr(b, e->u.call.args.items[0]);
    Value *src = b_expr(b, e->u.call.args.items[1]);
    bool is_str = b_underlying(src->type)->kind == TY_STRING;
    Type *et = b_underlying(dst->type)->elem;
    Value *dl = b_v1(b, OpSliceLen, b->T->t_int, pos, dst);
    Value *sl = b_v1(b, is_str ? OpStringLen : OpSliceLen, b->T->t_int, pos, src);
    int nv = b_new_var(b, b->T->t_int);
    b_write_var(b, nv, dl);
    Block *less = b_new_block(b), *join = b_new_block(b);
    b_branch(b, b_v2(b, OpLess, b->T->t_bool, pos, sl, dl), less, join);
    b_seal(b, less);
    b_start(b, less);
    b_write_var(b, nv, sl);
    b_jump(b, join);
    b_seal(b, join);
    b_start(b, join);
    Value *n = b_read_var(b, nv, pos);
    Value *dp = b_v1(b, OpSlicePtr, b_ptr(b, et), pos, dst);
    Value *sp = b_v1(b, is_str ? OpStringPtr : OpSlicePtr, is_str ? b->T->u8ptr : b_ptr(b, et), pos, src);
    Value *mv = b_v3(b, OpMoveElems, b->T->mem, pos, dp, sp, n);
    ssa_add_arg(b->f, mv, b_mem(b));
    mv->aux.type = et;
    b_set_mem(b, mv);
    return n;
}

/* print/println: gc's walkPrint, one runtime call per operand. */
static void print_one(Builder *b, Value *v, Pos pos)
{
    Type *u = b_underlying(v->type);
    Package *pkg = b->sp->pkg;
    RtId fn;
    Value *arg = v;
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL:
        fn = RT_printbool;
        break;
    case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
        fn = RT_printfloat;
        if (u->kind != TY_FLOAT64)
            arg = b_v1(b, OpConvert, pkg->basic[TY_FLOAT64], pos, v);
        break;
    case TY_STRING: case TY_UNTYPED_STRING:
        fn = RT_printstring;
        break;
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_UNTYPED_NIL:
        fn = RT_printpointer;
        break;
    case TY_INTERFACE:
        fn = RT_printeface;
        break;
    case TY_SLICE:
        fn = RT_printslice;
        break;
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
        fn = RT_printuint;
        if (u->kind != TY_UINT64)
            arg = b_v1(b, OpConvert, pkg->basic[TY_UINT64], pos, v);
        break;
    default:
        fn = RT_printint;
        if (u->kind != TY_INT64)
            arg = b_v1(b, u->kind == TY_INT ? OpConvNop : OpConvert, pkg->basic[TY_INT64], pos, v);
        break;
    }
    rt_call(b, fn, b->T->mem, pos, &arg, 1);
}

static void builtin_print(Builder *b, Node *e, bool ln)
{
    NodeList *args = &e->u.call.args;
    ValueList vals = {0};
    for (int i = 0; i < args->len; i++)
        vec_push(b->a, &vals, b_expr(b, args->items[i]));
    rt_call(b, RT_printlock, b->T->mem, e->pos, NULL, 0);
    for (int i = 0; i < vals.len; i++) {
        if (ln && i > 0)
            rt_call(b, RT_printsp, b->T->mem, e->pos, NULL, 0);
        print_one(b, vals.items[i], e->pos);
    }
    if (ln)
        rt_call(b, RT_printnl, b->T->mem, e->pos, NULL, 0);
    rt_call(b, RT_printunlock, b->T->mem, e->pos, NULL, 0);
}

static Value *builtin(Builder *b, Node *e)
{
    int id = e->obj ? e->obj->id : 0;
    NodeList *args = &e->u.call.args;
    Pos pos = e->pos;
    switch (id) {
    case BI_LEN:
    case BI_CAP:
        if (args->len < 1)
            break;
        return builtin_len_cap(b, e, id == BI_LEN);
    case BI_MAKE:
        return builtin_make(b, e);
    case BI_NEW: {
        Value *v = b_vmem(b, OpNew, e->type, pos, NULL, 0);
        v->rt = ssa_rt(RT_newobject);
        v->node = e;
        return v;
    }
    case BI_APPEND:
        if (args->len < 1)
            break;
        return b_append(b, e, b_expr(b, args->items[0]), pos);
    case BI_COPY:
        if (args->len < 2)
            break;
        return builtin_copy(b, e);
    case BI_DELETE: {
        if (args->len < 2)
            break;
        Type *mt = b_underlying(args->items[0]->type);
        Value *m = b_expr(b, args->items[0]);
        Value *k = b_expr_to(b, args->items[1], mt->key);
        b_map_delete(b, m, k, mt, pos);
        return NULL;
    }
    case BI_PANIC: {
        if (args->len < 1)
            break;
        Value *v = b_expr_to(b, args->items[0], b->T->t_any);
        Value *c = rt_call(b, RT_gopanic, b->T->mem, pos, &v, 1);
        c->node = e;
        b_exit(b, c);
        return NULL;
    }
    case BI_RECOVER: {
        Type *tt[2] = {b->T->t_any, b->T->mem};
        Value *c = rt_call(b, RT_gorecover, ssa_tuple(b->f, tt, 2), pos, NULL, 0);
        return b_select(b, c, 0, pos);
    }
    case BI_PRINT:
    case BI_PRINTLN:
        builtin_print(b, e, id == BI_PRINTLN);
        return NULL;
    default:
        break;
    }
    for (int i = 0; i < args->len; i++)
        b_expr(b, args->items[i]);
    return e->type && e->type->kind != TY_TUPLE && e->mode != MODE_NOVALUE ? b_zero(b, e->type, pos) : NULL;
}

/* ---- conversions ----------------------------------------------------------------------------- */

static bool same_repr_kind(Type *a, Type *c)
{
    Type *x = b_underlying(a), *y = b_underlying(c);
    return x->kind == y->kind;
}

static Value *convert(Builder *b, Value *v, Type *T, Node *node, Pos pos)
{
    Type *from = b_underlying(v->type), *to = b_underlying(T);
    if (v->op == OpConstNil)
        return b_v0(b, OpConstNil, T, pos);
    if (type_is_interface(to)) {
        if (type_is_interface(from))
            return type_identical(v->type, T) ? v : b_v1(b, OpConvNop, T, pos, v);
        Value *m = b_v1(b, OpMakeIface, T, pos, v);
        m->node = node;
        return m;
    }
    Op op = OpInvalid;
    if (to->kind == TY_STRING && from->kind != TY_STRING) {
        if (type_is_integer(from))
            op = OpStringFromInt;
        else if (from->kind == TY_SLICE)
            op = b_underlying(from->elem)->kind == TY_UINT8 ? OpStringFromBytes : OpStringFromRunes;
    } else if (to->kind == TY_SLICE && from->kind == TY_STRING) {
        op = b_underlying(to->elem)->kind == TY_UINT8 ? OpBytesFromString : OpRunesFromString;
    }
    if (op != OpInvalid) {
        static const RtId fns[] = {
            [OpStringFromInt] = RT_intstring,         [OpStringFromBytes] = RT_slicebytetostring,
            [OpStringFromRunes] = RT_slicerunetostring, [OpBytesFromString] = RT_stringtoslicebyte,
            [OpRunesFromString] = RT_stringtoslicerune,
        };
        Value *arg = op == OpStringFromInt ? b_v1(b, OpConvert, b->sp->pkg->basic[TY_INT64], pos, v) : v;
        if (op == OpStringFromInt && b_underlying(v->type)->kind == TY_INT64)
            arg = v;
        Value *c = b_vmem(b, op, T, pos, &arg, 1);
        c->rt = ssa_rt(fns[op]);
        c->node = node;
        return c;
    }
    if (type_is_numeric(from) && type_is_numeric(to) && !same_repr_kind(from, to))
        return b_v1(b, OpConvert, T, pos, v);
    if (type_identical(v->type, T))
        return v;
    return b_v1(b, OpConvNop, T, pos, v);
}

static Value *conversion(Builder *b, Node *e)
{
    if (e->u.call.args.len < 1)
        return b_zero(b, e->type, e->pos);
    if (e->mode == MODE_CONSTANT && e->cv)
        return b_const(b, e->type, e->cv, e->pos);
    Value *v = b_expr(b, e->u.call.args.items[0]);
    /* any(x): the checker marks x itself for the conversion, escape analysis
     * keys the copy's decision on the call (esc_box_on_heap) */
    if (v->op == OpMakeIface && v->node == e->u.call.args.items[0] && type_is_interface(e->type))
        v->node = e;
    return convert(b, v, e->type, e, e->pos);
}

/* ---- calls ------------------------------------------------------------------------------------ */

Value *b_call(Builder *b, Node *e)
{
    if (b->hoisted.len) {
        Value *h = b_take_hoisted(b, e);
        if (h)
            return h;
    }
    switch (e->implicit & CALL_KIND_MASK) {
    case CALL_CONVERSION:
        return conversion(b, e);
    case CALL_BUILTIN:
        return builtin(b, e);
    default: {
        if (e->mode == MODE_CONSTANT && e->cv)
            return b_const(b, e->type, e->cv, e->pos);
        CallSite cs;
        call_site(b, e, &cs, false);
        return emit_call(b, e, &cs);
    }
    }
}

/* defer f(args) / go f(args): the function value and arguments are
 * evaluated now; the op queues the call (runtime.deferproc in codegen). */
void b_defer_or_go(Builder *b, Node *call, Op op, Pos pos)
{
    if (!call || call->kind != N_CALL)
        return;
    int kind = call->implicit & CALL_KIND_MASK;
    ValueList args = {0};
    Object *callee = NULL;
    if (kind == CALL_BUILTIN) {
        callee = call->obj;
        for (int i = 0; i < call->u.call.args.len; i++) {
            Node *a = call->u.call.args.items[i];
            Type *to = callee && callee->id == BI_PANIC ? b->T->t_any : NULL;
            b_order_expr(b, a);
            vec_push(b->a, &args, b_expr_to(b, a, to));
        }
    } else if (kind == CALL_CONVERSION) {
        conversion(b, call);
        return;
    } else {
        CallSite cs;
        call_site(b, call, &cs, true);
        callee = cs.callee;
        int from = 0;
        if (cs.iface && cs.args.len > 0) {
            /* defer x.m() on an interface: the bound method value is queued */
            Node *fun = b_unparen(call->u.call.fun);
            Value *mv = b_v1(b, OpMethodValue, fun->type, pos, cs.args.items[0]);
            mv->aux.obj = cs.callee;
            mv->node = fun;
            cs.fnval = mv;
            callee = NULL;
            from = 1;
        }
        if (!callee)
            vec_push(b->a, &args, cs.fnval);
        for (int i = from; i < cs.args.len; i++)
            vec_push(b->a, &args, cs.args.items[i]);
    }
    Value *v = b_vwrite(b, op, b->T->mem, pos, args.items, args.len);
    v->aux.obj = callee;
    v->node = call;
    /* a deferred builtin names the runtime function it will call */
    if (kind == CALL_BUILTIN && callee && callee->id == BI_DELETE && call->u.call.args.len == 2)
        v->rt = ssa_rt(delete_fn(call->u.call.args.items[0]->type));
    else if (kind == CALL_BUILTIN && callee && callee->id == BI_PANIC)
        v->rt = ssa_rt(RT_gopanic);
}
