/*
 * lower.c — the last pass: every runtime entry point becomes an explicit
 * call with the arguments the runtime takes (runtime/minigort.h), so the
 * code generator turns each StaticCall into one LLVM call:
 *
 *   MapAssign <*int,mem> {runtime.mapassign_faststr} v11 v8 v1
 *     => v12 = TypeAddr <*uint8> {map[string]int}
 *        v13 = StaticCall <*int,mem> {runtime.mapassign_faststr} v12 v11 v8 v1
 *
 * Generic map entry points take the key by address: it is stored in a
 * temporary first (gc's mapKeyTemp). Allocations (New, MakeSlice, MakeMap)
 * become heap calls here; when escape analysis has decided some live on
 * the stack, the code generator reads that from the value's ID before this
 * pass matters. The value keeps its ID, position and node, so what escape
 * analysis recorded by ID still applies.
 *
 * Calls that only read memory (allocation, lookups) keep their plain result
 * type (RT_READ); string and interface comparisons call pure functions
 * (PureCall, no memory argument).
 */
#include <string.h>

#include "ssa.h"

typedef struct Lower {
    SsaFunc *f;
    SsaTypes *T;
    Block *b;
    VEC(Value *) out; /* the block's new value list */
} Lower;

/* A new value placed before the one being lowered. */
static Value *emit(Lower *L, Op op, Type *t, Pos pos, int n, Value **args)
{
    Value *v = ssa_new_value(L->f, NULL, op, t, pos);
    v->block = L->b;
    for (int i = 0; i < n; i++)
        ssa_add_arg(L->f, v, args[i]);
    vec_push(&L->f->arena, &L->out, v);
    return v;
}

static Value *type_addr(Lower *L, Type *t, Pos pos)
{
    Value *v = emit(L, OpTypeAddr, L->T->u8ptr, pos, 0, NULL);
    v->aux.type = t;
    return v;
}

static Type *under(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u ? u : t;
}

/* Rewrites v in place into a call of its runtime function with args. */
static void become_call(Lower *L, Value *v, Op op, int n, Value **args)
{
    (void)L;
    v->op = op;
    Value **a = ARENA_ARRAY(&L->f->arena, Value *, n + 1);
    memcpy(a, args, sizeof(Value *) * (size_t)n);
    v->args = a;
    v->nargs = n;
    v->argcap = n + 1;
}

static bool is_generic_map_fn(const RuntimeFn *rt)
{
    if (!rt)
        return false;
    switch (rt->id) {
    case RT_mapaccess1: case RT_mapaccess2: case RT_mapassign: case RT_mapdelete:
    case RT_mapaccess1_fat: case RT_mapaccess2_fat:
        return true;
    default:
        return false;
    }
}

/* m k mem  =>  typ m k' mem, k' = &tmp for the generic entry points */
static void lower_map_op(Lower *L, Value *v)
{
    Value *m = v->args[0], *k = v->args[1], *mem = v->args[v->nargs - 1];
    Type *mt = m->type;
    if (is_generic_map_fn(v->rt)) {
        Value *tmp = emit(L, OpLocalAddr, ssa_ptr_to(L->f, k->type), v->pos, 1, &mem);
        Value *sa[3] = {tmp, k, mem};
        Value *st = emit(L, OpStore, L->T->mem, v->pos, 3, sa);
        st->aux.type = k->type;
        k = tmp;
        mem = st;
    }
    Value *args[5] = {type_addr(L, mt, v->pos), m, k, mem};
    int n = 4;
    if (v->rt->id == RT_mapaccess1_fat || v->rt->id == RT_mapaccess2_fat) {
        /* the zero value to return for missing keys: codegen's shared zero area */
        Value *z = emit(L, OpGlobalAddr, L->T->u8ptr, v->pos, 0, NULL);
        args[3] = z;
        args[4] = mem;
        n = 5;
    }
    become_call(L, v, OpStaticCall, n, args);
}

static RtId bounds_fn(int64_t kind)
{
    static const RtId fns[] = {RT_panicIndex,      RT_panicSliceAlen,  RT_panicSliceAcap,
                               RT_panicSliceB,     RT_panicSlice3Alen, RT_panicSlice3Acap,
                               RT_panicSlice3B,    RT_panicSlice3C};
    return kind >= 0 && kind < 8 ? fns[kind] : RT_panicIndex;
}

static bool is_nil(Value *v) { return v->op == OpConstNil; }

/* Comparisons the machine cannot do alone: strings and interfaces. */
static void lower_compare(Lower *L, Value *v)
{
    Value *x = v->args[0], *y = v->args[1];
    Type *u = under(x->type);
    Value *args[2] = {x, y};
    if (u->kind == TY_STRING) {
        if (v->op == OpEq || v->op == OpNeq) {
            Value *eq = v;
            if (v->op == OpNeq) {
                eq = emit(L, OpPureCall, L->T->t_bool, v->pos, 2, args);
                eq->rt = ssa_rt(RT_strequal);
                v->op = OpNot;
                v->args[0] = eq;
                v->nargs = 1;
                return;
            }
            become_call(L, v, OpPureCall, 2, args);
            v->rt = ssa_rt(RT_strequal);
            return;
        }
        Value *c = emit(L, OpPureCall, L->T->t_int, v->pos, 2, args);
        c->rt = ssa_rt(RT_cmpstring);
        Value *zero = emit(L, OpConstInt, L->T->t_int, v->pos, 0, NULL);
        v->args[0] = c;
        v->args[1] = zero;
        return;
    }
    if (u->kind == TY_INTERFACE && !is_nil(x) && !is_nil(y) && (v->op == OpEq || v->op == OpNeq)) {
        if (v->op == OpNeq) {
            Value *eq = emit(L, OpPureCall, L->T->t_bool, v->pos, 2, args);
            eq->rt = ssa_rt(RT_efaceeq);
            v->op = OpNot;
            v->args[0] = eq;
            v->nargs = 1;
            return;
        }
        become_call(L, v, OpPureCall, 2, args);
        v->rt = ssa_rt(RT_efaceeq);
    }
}

static void lower_value(Lower *L, Value *v)
{
    Value **a = v->args;
    Pos pos = v->pos;
    switch (v->op) {
    case OpMapAccess1: case OpMapAccess2: case OpMapAssign: case OpMapDelete:
        lower_map_op(L, v);
        break;
    case OpMapClear: case OpMapIterInit: {
        Value *args[4] = {type_addr(L, a[0]->type, pos), a[0], a[1], v->op == OpMapIterInit ? a[2] : NULL};
        become_call(L, v, OpStaticCall, v->op == OpMapIterInit ? 4 : 3, args);
        break;
    }
    case OpMapIterNext:
        v->op = OpStaticCall;
        break;
    case OpDefer: case OpGo:
        /* defer delete(m, k): the deferred runtime call gets its map type */
        if (v->rt && v->nargs == 3 && under(a[0]->type)->kind == TY_MAP) {
            Value *args[4] = {type_addr(L, a[0]->type, pos), a[0], a[1], a[2]};
            become_call(L, v, v->op, 4, args);
        }
        break;
    case OpMakeMap: {
        Value *mem = a[1];
        if (v->auxint) {
            become_call(L, v, OpStaticCall, 1, &mem);
        } else {
            Value *nil = emit(L, OpConstNil, L->T->u8ptr, pos, 0, NULL);
            Value *args[4] = {type_addr(L, v->type, pos), a[0], nil, mem};
            become_call(L, v, OpStaticCall, 4, args);
        }
        v->auxint = 0;
        break;
    }
    case OpNew: {
        Value *args[2] = {type_addr(L, under(v->type)->elem, pos), a[0]};
        become_call(L, v, OpStaticCall, 2, args);
        break;
    }
    case OpMakeSlice: {
        /* runtime.makeslice returns the array; the slice is made here */
        Type *et = under(v->type)->elem;
        Value *args[4] = {type_addr(L, et, pos), a[0], a[1], a[2]};
        Value *p = emit(L, OpStaticCall, ssa_ptr_to(L->f, et), pos, 4, args);
        p->rt = v->rt;
        p->node = v->node;
        Value *sm[3] = {p, a[0], a[1]};
        become_call(L, v, OpSliceMake, 3, sm);
        v->rt = NULL;
        break;
    }
    case OpGrowSlice: {
        Value *args[4] = {type_addr(L, under(v->type)->elem, pos), a[0], a[1], a[2]};
        become_call(L, v, OpStaticCall, 4, args);
        break;
    }
    case OpStringConcat: case OpStringFromBytes: case OpStringFromRunes: case OpStringFromInt:
    case OpBytesFromString: case OpRunesFromString:
        v->op = OpStaticCall;
        break;
    case OpDecodeRune:
        v->op = OpPureCall;
        break;
    case OpPanicBounds: {
        Value *args[3] = {a[0], a[1], a[2]};
        v->rt = ssa_rt(bounds_fn(v->auxint));
        v->auxint = 0;
        become_call(L, v, OpStaticCall, 3, args);
        break;
    }
    case OpEq: case OpNeq: case OpLess: case OpLeq:
        lower_compare(L, v);
        break;
    default:
        break;
    }
}

void ssa_lower(SsaFunc *f)
{
    Lower L = {f, &f->pkg->types, NULL, {0}};
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        L.b = b;
        L.out.items = NULL;
        L.out.len = L.out.cap = 0;
        for (int k = 0; k < b->values.len; k++) {
            Value *v = b->values.items[k];
            lower_value(&L, v);
            vec_push(&f->arena, &L.out, v);
        }
        b->values.items = L.out.items;
        b->values.len = L.out.len;
        b->values.cap = L.out.cap;
    }
}
