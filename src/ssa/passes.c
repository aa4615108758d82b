/*
 * passes.c — the optimisation passes and the pass pipeline (gc's
 * compile.go `passes` table). Each pass is small and keeps the SSA valid;
 * `minigo ssa -check` runs the verifier after every one.
 *
 *   phielim       a phi whose arguments are all one value (or itself) is
 *                 that value:  v5 = Phi v3 v5  =>  v5 = Copy v3
 *   copyelim      uses of a Copy use its argument; the Copy goes
 *   deadcode      drops blocks no path from the entry reaches (and their
 *                 edges and phi arguments), then values nothing live uses;
 *                 live = block controls and ops with side effects (F_SIDE),
 *                 and whatever they use, transitively (gc's deadcode.go)
 *   constfold     folds operations on constants the front end left
 *                 (x := 3; y := x * 4 becomes y = 12 once x is a value),
 *                 bounds checks on constant indices, If on a constant,
 *                 and reads of parts of known aggregates (len of SliceMake)
 *   nilcheckelim  drops a NilCheck of a pointer that cannot be nil (the
 *                 address of a variable, field or element, a new object)
 *                 or that a dominating NilCheck already checked
 *   lower         every runtime entry point becomes an explicit call (lower.c)
 */
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

/* ---- helpers ------------------------------------------------------------------------- */

static void delete_value(SsaFunc *f, Value *v)
{
    if (v->id > 0 && v->id < f->values.len && f->values.items[v->id] == v)
        f->values.items[v->id] = NULL;
    v->op = OpInvalid;
    v->nargs = 0;
}

/* Removes deleted (OpInvalid) values from every block's list. */
static void compact_blocks(SsaFunc *f)
{
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        int n = 0;
        for (int k = 0; k < b->values.len; k++)
            if (b->values.items[k]->op != OpInvalid)
                b->values.items[n++] = b->values.items[k];
        b->values.len = n;
    }
}

static Value *copy_source(Value *v)
{
    for (int guard = 0; v && v->op == OpCopy && v->nargs == 1 && guard < 1000000; guard++)
        v = v->args[0];
    return v;
}

/* ---- phielim, copyelim ------------------------------------------------------------------ */

void ssa_phielim(SsaFunc *f)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < f->blocks.len; i++) {
            Block *b = f->blocks.items[i];
            for (int k = 0; k < b->values.len; k++) {
                Value *v = b->values.items[k];
                if (v->op != OpPhi)
                    continue;
                Value *same = NULL;
                bool trivial = true;
                for (int a = 0; a < v->nargs; a++) {
                    Value *x = copy_source(v->args[a]);
                    if (x == v || x == same)
                        continue;
                    if (same) {
                        trivial = false;
                        break;
                    }
                    same = x;
                }
                if (trivial && same) {
                    ssa_value_copy_of(f, v, same);
                    changed = true;
                }
            }
        }
    }
}

void ssa_copyelim(SsaFunc *f)
{
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        for (int k = 0; k < b->values.len; k++) {
            Value *v = b->values.items[k];
            for (int a = 0; a < v->nargs; a++)
                if (v->args[a] && v->args[a]->op == OpCopy)
                    v->args[a] = copy_source(v->args[a]);
        }
        if (b->control && b->control->op == OpCopy)
            b->control = copy_source(b->control);
    }
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        for (int k = 0; k < b->values.len; k++)
            if (b->values.items[k]->op == OpCopy)
                delete_value(f, b->values.items[k]);
    }
    compact_blocks(f);
}

/* ---- deadcode ---------------------------------------------------------------------------- */

void ssa_remove_unreachable(SsaFunc *f)
{
    struct {
        bool *reachable;
    } d;
    d.reachable = calloc((size_t)f->nblock_ids + 1, sizeof(bool));
    if (!d.reachable)
        diag_fatal("ssa", "out of memory");
    ssa_postorder(f, NULL, d.reachable);
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        if (d.reachable[b->id])
            continue;
        while (b->nsuccs > 0)
            ssa_remove_succ(f, b, 0);
    }
    int n = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        if (d.reachable[b->id]) {
            f->blocks.items[n++] = b;
            continue;
        }
        for (int k = 0; k < b->values.len; k++)
            delete_value(f, b->values.items[k]);
        b->values.len = 0;
        b->control = NULL;
    }
    f->blocks.len = n;
    /* a reachable block may still list an unreachable predecessor whose
     * edge was removed above; drop stale ones defensively */
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        for (int k = 0; k < b->preds.len;) {
            if (!d.reachable[b->preds.items[k]->id]) {
                Block *p = b->preds.items[k];
                int s = 0;
                while (s < p->nsuccs && p->succs[s] != b)
                    s++;
                if (s < p->nsuccs) {
                    ssa_remove_succ(f, p, s);
                    continue;
                }
                /* no matching edge: remove the pred and its phi arguments */
                for (int m = k; m + 1 < b->preds.len; m++)
                    b->preds.items[m] = b->preds.items[m + 1];
                b->preds.len--;
                for (int v = 0; v < b->values.len; v++) {
                    Value *phi = b->values.items[v];
                    if (phi->op != OpPhi || phi->nargs <= k)
                        continue;
                    for (int m = k; m + 1 < phi->nargs; m++)
                        phi->args[m] = phi->args[m + 1];
                    phi->nargs--;
                }
                continue;
            }
            k++;
        }
    }
    free(d.reachable);
}

void ssa_deadcode(SsaFunc *f)
{
    ssa_remove_unreachable(f);
    int n = f->values.len;
    bool *live = calloc((size_t)n + 1, sizeof(bool));
    Value **work = calloc((size_t)n + 1, sizeof(Value *));
    if (!live || !work)
        diag_fatal("ssa", "out of memory");
    int sp = 0;
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        if (b->control && !live[b->control->id]) {
            live[b->control->id] = true;
            work[sp++] = b->control;
        }
        for (int k = 0; k < b->values.len; k++) {
            Value *v = b->values.items[k];
            if ((ssa_op_info[v->op].flags & F_SIDE) && !live[v->id]) {
                live[v->id] = true;
                work[sp++] = v;
            }
        }
    }
    while (sp > 0) {
        Value *v = work[--sp];
        for (int a = 0; a < v->nargs; a++) {
            Value *x = v->args[a];
            if (x && x->id < n && !live[x->id]) {
                live[x->id] = true;
                work[sp++] = x;
            }
        }
    }
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        for (int k = 0; k < b->values.len; k++)
            if (!live[b->values.items[k]->id])
                delete_value(f, b->values.items[k]);
    }
    free(live);
    free(work);
    compact_blocks(f);
}

/* ---- constfold ------------------------------------------------------------------------------- */

static Type *under_t(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u ? u : t;
}

static int int_bits(Type *t)
{
    switch (under_t(t)->kind) {
    case TY_INT8: case TY_UINT8: return 8;
    case TY_INT16: case TY_UINT16: return 16;
    case TY_INT32: case TY_UINT32: return 32;
    default: return 64;
    }
}

/* Wraps x to the width and signedness of t, as the machine would. */
static int64_t wrap(Type *t, uint64_t x)
{
    int bits = int_bits(t);
    if (bits == 64)
        return (int64_t)x;
    uint64_t mask = (1ull << bits) - 1;
    x &= mask;
    if (!type_is_unsigned(t) && (x >> (bits - 1)) & 1)
        x |= ~mask;
    return (int64_t)x;
}

static bool is_int_const(Value *v) { return v->op == OpConstInt; }

static void make_const_int(SsaFunc *f, Value *v, int64_t x)
{
    (void)f;
    v->op = OpConstInt;
    v->auxint = wrap(v->type, (uint64_t)x);
    v->nargs = 0;
    v->rt = NULL;
}

static void make_const_bool(Value *v, bool x)
{
    v->op = OpConstBool;
    v->auxint = x;
    v->nargs = 0;
    v->rt = NULL;
}

static bool fold_int_binary(SsaFunc *f, Value *v)
{
    Value *x = v->args[0], *y = v->args[1];
    if (!is_int_const(x) || !is_int_const(y) || !type_is_integer(v->type))
        return false;
    bool uns = type_is_unsigned(v->type);
    uint64_t a = (uint64_t)x->auxint, c = (uint64_t)y->auxint;
    int64_t sa = x->auxint, sc = y->auxint;
    int bits = int_bits(v->type);
    if (uns && bits < 64) {
        a &= (1ull << bits) - 1;
        c &= (1ull << bits) - 1;
    }
    uint64_t r;
    switch (v->op) {
    case OpAdd: r = a + c; break;
    case OpSub: r = a - c; break;
    case OpMul: r = a * c; break;
    case OpAnd: r = a & c; break;
    case OpOr: r = a | c; break;
    case OpXor: r = a ^ c; break;
    case OpAndNot: r = a & ~c; break;
    case OpDiv:
        if (c == 0 || (!uns && sa == INT64_MIN && sc == -1))
            return false;
        r = uns ? a / c : (uint64_t)(sa / sc);
        break;
    case OpMod:
        if (c == 0 || (!uns && sa == INT64_MIN && sc == -1))
            return false;
        r = uns ? a % c : (uint64_t)(sa % sc);
        break;
    case OpLsh:
        if (!type_is_unsigned(y->type) && sc < 0)
            return false;
        r = c >= (uint64_t)bits ? 0 : a << c;
        break;
    case OpRsh:
        if (!type_is_unsigned(y->type) && sc < 0)
            return false;
        if (uns)
            r = c >= (uint64_t)bits ? 0 : a >> c;
        else
            r = (uint64_t)(c >= 63 ? (sa < 0 ? -1 : 0) : sa >> c);
        break;
    default:
        return false;
    }
    make_const_int(f, v, (int64_t)r);
    return true;
}

static bool fold_compare(Value *v)
{
    Value *x = v->args[0], *y = v->args[1];
    int cmp;
    if (is_int_const(x) && is_int_const(y)) {
        bool uns = type_is_unsigned(x->type);
        if (uns)
            cmp = (uint64_t)x->auxint < (uint64_t)y->auxint ? -1 : (uint64_t)x->auxint > (uint64_t)y->auxint;
        else
            cmp = x->auxint < y->auxint ? -1 : x->auxint > y->auxint;
    } else if (x->op == OpConstBool && y->op == OpConstBool) {
        cmp = x->auxint == y->auxint ? 0 : 1;
        if (v->op == OpLess || v->op == OpLeq)
            return false;
    } else if (x->op == OpConstString && y->op == OpConstString) {
        size_t n = (size_t)(x->auxint < y->auxint ? x->auxint : y->auxint);
        cmp = memcmp(x->aux.str, y->aux.str, n);
        if (cmp == 0)
            cmp = x->auxint < y->auxint ? -1 : x->auxint > y->auxint;
        cmp = cmp < 0 ? -1 : cmp > 0;
    } else {
        return false;
    }
    switch (v->op) {
    case OpEq: make_const_bool(v, cmp == 0); break;
    case OpNeq: make_const_bool(v, cmp != 0); break;
    case OpLess: make_const_bool(v, cmp < 0); break;
    case OpLeq: make_const_bool(v, cmp <= 0); break;
    default: return false;
    }
    return true;
}

static bool fold_value(SsaFunc *f, Value *v)
{
    Value **a = v->args;
    switch (v->op) {
    case OpAdd: case OpSub: case OpMul: case OpDiv: case OpMod: case OpAnd: case OpOr: case OpXor:
    case OpAndNot: case OpLsh: case OpRsh:
        return fold_int_binary(f, v);
    case OpEq: case OpNeq: case OpLess: case OpLeq:
        return fold_compare(v);
    case OpNeg:
        if (is_int_const(a[0]) && type_is_integer(v->type)) {
            make_const_int(f, v, (int64_t)(0 - (uint64_t)a[0]->auxint));
            return true;
        }
        return false;
    case OpCom:
        if (is_int_const(a[0])) {
            make_const_int(f, v, ~a[0]->auxint);
            return true;
        }
        return false;
    case OpNot:
        if (a[0]->op == OpConstBool) {
            make_const_bool(v, !a[0]->auxint);
            return true;
        }
        return false;
    case OpIsInBounds:
        if (is_int_const(a[0]) && is_int_const(a[1])) {
            make_const_bool(v, a[0]->auxint >= 0 && a[0]->auxint < a[1]->auxint);
            return true;
        }
        return false;
    case OpIsSliceInBounds:
        if (is_int_const(a[0]) && is_int_const(a[1])) {
            make_const_bool(v, a[0]->auxint >= 0 && a[0]->auxint <= a[1]->auxint);
            return true;
        }
        return false;
    case OpStringLen:
        if (a[0]->op == OpConstString) {
            make_const_int(f, v, a[0]->auxint);
            return true;
        }
        if (a[0]->op == OpStringMake) {
            ssa_value_copy_of(f, v, a[0]->args[1]);
            return true;
        }
        return false;
    case OpSliceLen: case OpSliceCap: case OpSlicePtr:
        if (a[0]->op == OpSliceMake) {
            int i = v->op == OpSlicePtr ? 0 : v->op == OpSliceLen ? 1 : 2;
            ssa_value_copy_of(f, v, a[0]->args[i]);
            return true;
        }
        return false;
    case OpStructField:
        if (a[0]->op == OpStructMake && v->auxint >= 0 && v->auxint < a[0]->nargs) {
            ssa_value_copy_of(f, v, a[0]->args[v->auxint]);
            return true;
        }
        return false;
    case OpConvert:
        if (is_int_const(a[0]) && type_is_integer(v->type) && type_is_integer(a[0]->type)) {
            int64_t x = a[0]->auxint;
            if (type_is_unsigned(a[0]->type) && int_bits(a[0]->type) < 64)
                x &= (int64_t)((1ull << int_bits(a[0]->type)) - 1);
            make_const_int(f, v, x);
            return true;
        }
        return false;
    default:
        return false;
    }
}

void ssa_constfold(SsaFunc *f)
{
    /* blocks in creation order visit definitions before most uses; repeat
     * until nothing changes to catch the rest */
    for (int round = 0; round < 8; round++) {
        bool changed = false;
        for (int i = 0; i < f->blocks.len; i++) {
            Block *b = f->blocks.items[i];
            for (int k = 0; k < b->values.len; k++) {
                Value *v = b->values.items[k];
                for (int a = 0; a < v->nargs; a++)
                    if (v->args[a]->op == OpCopy)
                        v->args[a] = copy_source(v->args[a]);
                if (v->nargs > 0 && fold_value(f, v))
                    changed = true;
            }
        }
        if (!changed)
            break;
    }
    /* If on a constant: keep the taken edge only */
    bool folded = false;
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        Value *c = copy_source(b->control);
        if (b->kind != BlockIf || !c || c->op != OpConstBool)
            continue;
        int drop = c->auxint ? 1 : 0;
        if (b->succs[0] == b->succs[1]) {
            /* both edges to one block: drop one, keep the phis consistent */
            ssa_remove_succ(f, b, 1);
        } else {
            ssa_remove_succ(f, b, drop);
        }
        b->kind = BlockPlain;
        b->control = NULL;
        folded = true;
    }
    if (folded)
        ssa_remove_unreachable(f);
}

/* ---- nilcheckelim ------------------------------------------------------------------------------ */

static bool never_nil(Value *p)
{
    p = copy_source(p);
    switch (p->op) {
    case OpLocalAddr: case OpGlobalAddr: case OpNew: case OpFieldAddr: case OpIndexAddr: case OpTypeAddr:
    case OpMakeClosure: case OpFuncAddr: case OpMapAccess1:
        return true;
    case OpConvNop:
        return never_nil(p->args[0]);
    case OpSelectN:
        return p->auxint == 0 && p->args[0]->op == OpMapAssign;
    default:
        return false;
    }
}

void ssa_nilcheckelim(SsaFunc *f)
{
    SsaDom d;
    ssa_dominators(f, &d);
    int n = f->values.len;
    /* for each pointer, the checks of it seen so far in dominator order
     * (a linked list through `next`, newest first) */
    Value **last = calloc((size_t)n + 1, sizeof(Value *));
    Value **next = calloc((size_t)n + 1, sizeof(Value *));
    int *index = calloc((size_t)n + 1, sizeof(int));
    if (!last || !next || !index)
        diag_fatal("ssa", "out of memory");
    for (int i = 0; i < d.nrpo; i++) {
        Block *b = d.rpo[i];
        for (int k = 0; k < b->values.len; k++) {
            Value *v = b->values.items[k];
            index[v->id] = k;
            if (v->op != OpNilCheck)
                continue;
            Value *p = copy_source(v->args[0]);
            bool redundant = never_nil(p);
            for (Value *w = last[p->id]; !redundant && w; w = next[w->id])
                if (w->block == b ? index[w->id] < k : ssa_dominates(&d, w->block, b))
                    redundant = true;
            if (redundant) {
                delete_value(f, v);
            } else {
                next[v->id] = last[p->id];
                last[p->id] = v;
            }
        }
    }
    free(last);
    free(next);
    free(index);
    ssa_dom_free(&d);
    compact_blocks(f);
}

/* ---- the pipeline -------------------------------------------------------------------------------- */

const SsaPass ssa_passes[] = {
    {"phielim", ssa_phielim},
    {"copyelim", ssa_copyelim},
    {"deadcode", ssa_deadcode},
    {"constfold", ssa_constfold},
    {"late copyelim", ssa_copyelim},
    {"nilcheckelim", ssa_nilcheckelim},
    {"late deadcode", ssa_deadcode},
    {"lower", ssa_lower},
    {"lowered deadcode", ssa_deadcode},
};
const int ssa_npasses = sizeof ssa_passes / sizeof ssa_passes[0];

int ssa_pass_index(const char *name)
{
    for (int i = 0; i < ssa_npasses; i++)
        if (strcmp(ssa_passes[i].name, name) == 0)
            return i;
    return -1;
}

void ssa_run_passes(SsaFunc *f, void (*after)(SsaFunc *, const SsaPass *, void *), void *ctx)
{
    ssa_run_passes_between(f, 0, ssa_npasses, after, ctx);
}

void ssa_run_passes_between(SsaFunc *f, int first, int end, void (*after)(SsaFunc *, const SsaPass *, void *),
                            void *ctx)
{
    for (int i = first < 0 ? 0 : first; i < end && i < ssa_npasses; i++) {
        ssa_passes[i].run(f);
        ssa_order_phis(f);
        if (after)
            after(f, &ssa_passes[i], ctx);
    }
}
