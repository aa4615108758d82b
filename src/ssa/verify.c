/*
 * verify.c — the SSA verifier (gc's ssa/check.go checkFunc), run after
 * construction and after every pass under `minigo ssa -check` and `make
 * test`. It checks:
 *
 *   blocks     the entry has no predecessors; every block is reachable;
 *              the kind matches the successors and control (Plain: one
 *              successor, no control; If: two, a boolean control; Ret: none,
 *              a MakeResult; Exit: none, a memory state); successor and
 *              predecessor lists agree edge for edge;
 *   values     each is in exactly one block, the one it names; its ID maps
 *              back to it; its argument count matches the op table; no
 *              argument is deleted or missing;
 *   memory     ops marked F_MEM take a memory state last and nowhere else;
 *              other ops take no memory (phis and copies of memory aside);
 *   phis       one argument per predecessor, all of the phi's type, and
 *              phis come before the other values of their block;
 *   types      each op's result rule (TR_*), and Load/Store/SelectN/arith
 *              operands that must agree;
 *   dominance  every argument's definition dominates its use (for a phi:
 *              the end of the matching predecessor; within a block: comes
 *              earlier), and every control value dominates its block's end.
 */
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

typedef struct Checker_ {
    SsaFunc *f;
    StrBuf *err;
    int nerr;
    SsaDom dom;
    int *index_in_block; /* by value ID */
} VCtx;

static void fail(VCtx *c, Value *v, Block *b, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
static void fail(VCtx *c, Value *v, Block *b, const char *fmt, ...)
{
    c->nerr++;
    if (!c->err || c->nerr > 20)
        return;
    if (v) {
        sb_printf(c->err, "  b%d: ", v->block ? v->block->id : 0);
        ssa_value_string(c->f, v, c->err);
        sb_puts(c->err, ": ");
    } else if (b) {
        sb_printf(c->err, "  b%d: ", b->id);
    } else {
        sb_puts(c->err, "  ");
    }
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(c->err, fmt, ap);
    va_end(ap);
    sb_puts(c->err, "\n");
}

static bool is_mem(VCtx *c, Value *v) { return v && v->type == c->f->pkg->types.mem; }

static Type *under(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u ? u : t;
}

static bool kind_is(Type *t, TypeKind k) { return t && under(t) && under(t)->kind == k; }

static bool same_type(Type *a, Type *b)
{
    if (a == b)
        return true;
    if (!a || !b)
        return false;
    return type_identical(a, b);
}

static bool tuple_ends_in_mem(VCtx *c, Type *t)
{
    return ssa_is_tuple(t) && t->nfields > 0 && t->fields[t->nfields - 1]->type == c->f->pkg->types.mem;
}

static void check_rule(VCtx *c, Value *v)
{
    const OpInfo *oi = &ssa_op_info[v->op];
    Type *t = v->type;
    bool ok = true;
    switch (oi->rule) {
    case TR_ANY: ok = t != NULL; break;
    case TR_MEM: ok = t == c->f->pkg->types.mem; break;
    case TR_VOID: ok = t == c->f->pkg->types.void_; break;
    case TR_BOOL: ok = kind_is(t, TY_BOOL); break;
    case TR_INT: ok = kind_is(t, TY_INT); break;
    case TR_ARG0: ok = v->nargs > 0 && v->args[0] && same_type(t, v->args[0]->type); break;
    case TR_PTR: ok = kind_is(t, TY_POINTER); break;
    case TR_STRING: ok = kind_is(t, TY_STRING); break;
    case TR_SLICE: ok = kind_is(t, TY_SLICE); break;
    case TR_MAP: ok = kind_is(t, TY_MAP); break;
    case TR_FUNC: ok = kind_is(t, TY_FUNC); break;
    case TR_IFACE: ok = kind_is(t, TY_INTERFACE); break;
    case TR_TUPLE: ok = ssa_is_tuple(t) || t == c->f->pkg->types.mem; break;
    case TR_CALL:
        ok = t == c->f->pkg->types.mem || tuple_ends_in_mem(c, t) ||
             (v->rt && v->rt->effect == RT_READ && t && !tuple_ends_in_mem(c, t));
        break;
    }
    if (!ok)
        fail(c, v, NULL, "type %s breaks the op's result rule", t ? type_string(t) : "<nil>");
}

/* Operand types some ops rely on. */
static void check_operands(VCtx *c, Value *v)
{
    Value **a = v->args;
    switch (v->op) {
    case OpLoad:
        if (!kind_is(a[0]->type, TY_POINTER) || !same_type(under(a[0]->type)->elem, v->type))
            fail(c, v, NULL, "loads %s through %s", type_string(v->type), type_string(a[0]->type));
        break;
    case OpStore:
        if (!kind_is(a[0]->type, TY_POINTER) || !same_type(under(a[0]->type)->elem, a[1]->type))
            fail(c, v, NULL, "stores %s through %s", type_string(a[1]->type), type_string(a[0]->type));
        break;
    case OpZero: case OpNilCheck: case OpFieldAddr: case OpIndexAddr: case OpPtrIndex:
        if (!kind_is(a[0]->type, TY_POINTER))
            fail(c, v, NULL, "needs a pointer, has %s", type_string(a[0]->type));
        break;
    case OpSelectN:
        if (!ssa_is_tuple(a[0]->type) || v->auxint < 0 || v->auxint >= a[0]->type->nfields ||
            !same_type(a[0]->type->fields[v->auxint]->type, v->type))
            fail(c, v, NULL, "selects [%lld] of %s", (long long)v->auxint, type_string(a[0]->type));
        break;
    case OpAdd: case OpSub: case OpMul: case OpDiv: case OpMod: case OpAnd: case OpOr: case OpXor:
    case OpAndNot: case OpEq: case OpNeq: case OpLess: case OpLeq:
        if (!same_type(a[0]->type, a[1]->type))
            fail(c, v, NULL, "operands of different types %s and %s", type_string(a[0]->type),
                 type_string(a[1]->type));
        break;
    case OpIsInBounds: case OpIsSliceInBounds:
        if (!kind_is(a[0]->type, TY_INT) || !kind_is(a[1]->type, TY_INT))
            fail(c, v, NULL, "bounds check on non-int operands");
        break;
    case OpPhi:
    case OpCopy:
        for (int i = 0; i < v->nargs; i++)
            if (!same_type(a[i]->type, v->type))
                fail(c, v, NULL, "argument v%d has type %s", a[i]->id, type_string(a[i]->type));
        break;
    case OpMakeResult:
        if (v->nargs != ssa_tuple_len(v->type))
            fail(c, v, NULL, "%d results for type %s", v->nargs, type_string(v->type));
        break;
    default:
        break;
    }
}

static void check_mem_args(VCtx *c, Value *v)
{
    const OpInfo *oi = &ssa_op_info[v->op];
    bool last_is_mem = (oi->flags & F_MEM) || v->op == OpMakeResult;
    for (int i = 0; i < v->nargs; i++) {
        bool want = last_is_mem && i == v->nargs - 1;
        if (v->op == OpPhi || v->op == OpCopy)
            want = is_mem(c, v);
        if (want && !is_mem(c, v->args[i]))
            fail(c, v, NULL, "argument %d must be a memory state", i);
        if (!want && is_mem(c, v->args[i]))
            fail(c, v, NULL, "argument %d is a memory state", i);
    }
    if (last_is_mem && v->nargs == 0)
        fail(c, v, NULL, "has no memory argument");
}

static bool dominates_use(VCtx *c, Value *def, Block *use_block, int use_index)
{
    if (def->block == use_block)
        return c->index_in_block[def->id] < use_index;
    return ssa_dominates(&c->dom, def->block, use_block);
}

static void check_value(VCtx *c, Block *b, Value *v, int k, bool *seen_nonphi)
{
    SsaFunc *f = c->f;
    if (v->id <= 0 || v->id >= f->values.len || f->values.items[v->id] != v) {
        fail(c, v, b, "ID does not map back to the value");
        return;
    }
    if (v->block != b)
        fail(c, v, b, "records block b%d", v->block ? v->block->id : 0);
    if (v->op <= OpInvalid || v->op >= OP_COUNT) {
        fail(c, v, b, "invalid op");
        return;
    }
    const OpInfo *oi = &ssa_op_info[v->op];
    if (oi->nargs >= 0 && v->nargs != oi->nargs)
        fail(c, v, NULL, "has %d arguments, %s takes %d", v->nargs, oi->name, oi->nargs);
    for (int i = 0; i < v->nargs; i++) {
        Value *a = v->args[i];
        if (!a || a->op == OpInvalid || a->id <= 0 || a->id >= f->values.len || f->values.items[a->id] != a) {
            fail(c, v, NULL, "argument %d is missing or deleted", i);
            return;
        }
    }
    if (v->op == OpPhi) {
        if (*seen_nonphi)
            fail(c, v, NULL, "phi after a non-phi value");
        if (v->nargs != b->preds.len)
            fail(c, v, NULL, "phi has %d arguments for %d predecessors", v->nargs, b->preds.len);
        for (int i = 0; i < v->nargs && i < b->preds.len; i++) {
            Value *a = v->args[i];
            Block *p = b->preds.items[i];
            if (c->dom.reachable[p->id] && a->block != p && !ssa_dominates(&c->dom, a->block, p))
                fail(c, v, NULL, "argument v%d does not dominate predecessor b%d", a->id, p->id);
        }
    } else {
        *seen_nonphi = true;
        for (int i = 0; i < v->nargs; i++)
            if (!dominates_use(c, v->args[i], b, k))
                fail(c, v, NULL, "argument v%d (b%d) does not dominate its use", v->args[i]->id,
                     v->args[i]->block ? v->args[i]->block->id : 0);
    }
    check_rule(c, v);
    check_mem_args(c, v);
    if (c->nerr == 0)
        check_operands(c, v);
}

static void check_block(VCtx *c, Block *b)
{
    int want = -1;
    switch (b->kind) {
    case BlockPlain:
        want = 1;
        if (b->control)
            fail(c, NULL, b, "Plain block with a control");
        break;
    case BlockIf:
        want = 2;
        if (!b->control || !kind_is(b->control->type, TY_BOOL))
            fail(c, NULL, b, "If block without a boolean control");
        break;
    case BlockRet:
        want = 0;
        if (!b->control || b->control->op != OpMakeResult)
            fail(c, NULL, b, "Ret block whose control is not a MakeResult");
        break;
    case BlockExit:
        want = 0;
        if (!b->control || !is_mem(c, b->control))
            fail(c, NULL, b, "Exit block whose control is not a memory state");
        break;
    default:
        fail(c, NULL, b, "block of invalid kind %d", b->kind);
        return;
    }
    if (b->nsuccs != want)
        fail(c, NULL, b, "%d successors for its kind", b->nsuccs);
    if (b->control) {
        Value *v = b->control;
        if (v->op == OpInvalid || v->id >= c->f->values.len || c->f->values.items[v->id] != v)
            fail(c, NULL, b, "control v%d is deleted", v->id);
        else if (!(v->block == b || ssa_dominates(&c->dom, v->block, b)))
            fail(c, NULL, b, "control v%d does not dominate the block", v->id);
    }
    /* edges agree: b appears in each successor's preds as often as there */
    for (int i = 0; i < b->nsuccs; i++) {
        Block *s = b->succs[i];
        int out = 0, in = 0;
        for (int k = 0; k < b->nsuccs; k++)
            out += b->succs[k] == s;
        for (int k = 0; k < s->preds.len; k++)
            in += s->preds.items[k] == b;
        if (in != out)
            fail(c, NULL, b, "edge to b%d: %d out, %d in", s->id, out, in);
    }
    for (int k = 0; k < b->preds.len; k++) {
        Block *p = b->preds.items[k];
        bool found = false;
        for (int i = 0; i < p->nsuccs; i++)
            found |= p->succs[i] == b;
        if (!found)
            fail(c, NULL, b, "predecessor b%d has no edge here", p->id);
    }
}

bool ssa_verify(SsaFunc *f, StrBuf *err)
{
    VCtx c = {f, err, 0, {0}, NULL};
    if (f->blocks.len == 0 || f->blocks.items[0] != f->entry) {
        fail(&c, NULL, NULL, "the entry is not the first block");
        return false;
    }
    if (f->entry->preds.len != 0)
        fail(&c, NULL, f->entry, "the entry has predecessors");
    ssa_dominators(f, &c.dom);
    c.index_in_block = calloc((size_t)f->values.len + 1, sizeof(int));
    bool *placed = calloc((size_t)f->values.len + 1, sizeof(bool));
    if (!c.index_in_block || !placed)
        diag_fatal("ssa", "out of memory");
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        if (b->id <= 0 || b->id >= f->nblock_ids) {
            fail(&c, NULL, b, "bad block ID");
            continue;
        }
        if (!c.dom.reachable[b->id])
            fail(&c, NULL, b, "unreachable block");
        for (int k = 0; k < b->values.len; k++) {
            Value *v = b->values.items[k];
            if (v->id > 0 && v->id < f->values.len) {
                if (placed[v->id])
                    fail(&c, v, b, "value appears twice");
                placed[v->id] = true;
                c.index_in_block[v->id] = k;
            }
        }
    }
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        bool seen_nonphi = false;
        check_block(&c, b);
        for (int k = 0; k < b->values.len; k++)
            check_value(&c, b, b->values.items[k], k, &seen_nonphi);
    }
    for (int id = 1; id < f->values.len; id++)
        if (f->values.items[id] && !placed[id])
            fail(&c, f->values.items[id], NULL, "value in no block");
    if (c.nerr > 20 && err)
        sb_printf(err, "  ... %d problems in all\n", c.nerr);
    free(c.index_in_block);
    free(placed);
    ssa_dom_free(&c.dom);
    return c.nerr == 0;
}

void ssa_check(SsaFunc *f, const char *when)
{
    StrBuf err = {0};
    if (ssa_verify(f, &err)) {
        sb_free(&err);
        return;
    }
    fprintf(stderr, "minigo: internal error in ssa: %s is broken after %s:\n%s", f->name, when,
            err.data ? err.data : "");
    ssa_print(f, stderr);
    sb_free(&err);
    diag_fatal("ssa", "verifier failed for %s after %s", f->name, when);
}
