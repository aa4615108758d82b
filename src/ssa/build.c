/*
 * build.c — SSA construction: functions, variables and blocks.
 *
 * Variables whose address is never taken and that no closure captures by
 * reference are SSA variables, numbered per function; every other variable
 * lives in a slot (LocalAddr at its declaration, then Load/Store). Memory is
 * SSA variable 0, so memory phis come for free.
 *
 * SSA variables use Braun, Buchwald, Hack, Leißa, Mallon and Zwinkau,
 * "Simple and Efficient Construction of Static Single Assignment Form"
 * (CC 2013): a write records the value as the variable's definition in the
 * current block; a read looks in the block, then (iteratively) up a chain
 * of single predecessors, and where a block joins several predecessors puts
 * a phi whose operands are reads in each predecessor. A block is "sealed"
 * once all its predecessors are known (a loop header only after the loop
 * body and its back edge); reads in an unsealed block make a placeholder phi
 * that gets its operands when the block is sealed. A phi whose operands are
 * all the same value (or itself) is trivial and becomes a Copy of that
 * value; phielim and copyelim clean up the rest.
 *
 *   x := 0            b1: v3 = ConstInt <int> [0]
 *   for x < 10 {      b2: v5 = Phi <int> v3 v8        <- b1 b3
 *       x++               v6 = Less <bool> v5 v4 ; If v6 -> b3 b4
 *   }                 b3: v8 = Add <int> v5 v7 ; Plain -> b2
 *
 * Closures: gc 1.19 captures a variable by value when it is never
 * reassigned after its declaration, its address is never taken and it is at
 * most 128 bytes (escape.go flowClosure); otherwise by reference, and then
 * the variable is a slot. The package's reassigned set is computed up front
 * over every body (ssa_package_new).
 */
#include <stdlib.h>
#include <string.h>

#include "build.h"
#include "../parser/parser.h"

/* ---- maps ------------------------------------------------------------------------ */

static unsigned ptr_hash(const void *p) { return (unsigned)(((uintptr_t)p >> 3) * 0x9E3779B1u); }

void *ptrmap_get(const PtrMap *m, const void *key)
{
    if (m->cap == 0)
        return NULL;
    for (unsigned i = ptr_hash(key) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

void ptrmap_put(Arena *a, PtrMap *m, const void *key, void *val)
{
    if ((m->count + 1) * 2 > m->cap) {
        int ncap = m->cap ? m->cap * 2 : 16;
        const void **keys = ARENA_ARRAY(a, const void *, ncap);
        void **vals = ARENA_ARRAY(a, void *, ncap);
        for (int i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            unsigned j = ptr_hash(m->keys[i]) & (unsigned)(ncap - 1);
            while (keys[j])
                j = (j + 1) & (unsigned)(ncap - 1);
            keys[j] = m->keys[i];
            vals[j] = m->vals[i];
        }
        m->keys = keys;
        m->vals = vals;
        m->cap = ncap;
    }
    unsigned i = ptr_hash(key) & (unsigned)(m->cap - 1);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (unsigned)(m->cap - 1);
    if (!m->keys[i])
        m->count++;
    m->keys[i] = key;
    m->vals[i] = val;
}

static unsigned def_hash(uint64_t k) { return (unsigned)((k * 0x9E3779B97F4A7C15ull) >> 32); }

static Value *def_get(Builder *b, Block *blk, int var)
{
    DefMap *m = &b->defs;
    if (m->cap == 0)
        return NULL;
    uint64_t key = (((uint64_t)(unsigned)blk->id << 32) | (unsigned)var) + 1;
    for (unsigned i = def_hash(key) & (unsigned)(m->cap - 1);; i = (i + 1) & (unsigned)(m->cap - 1)) {
        if (m->keys[i] == key)
            return m->vals[i];
        if (!m->keys[i])
            return NULL;
    }
}

static void def_put(Builder *b, Block *blk, int var, Value *v)
{
    DefMap *m = &b->defs;
    if ((m->count + 1) * 2 > m->cap) {
        int ncap = m->cap ? m->cap * 2 : 64;
        uint64_t *keys = ARENA_ARRAY(b->a, uint64_t, ncap);
        Value **vals = ARENA_ARRAY(b->a, Value *, ncap);
        for (int i = 0; i < m->cap; i++) {
            if (!m->keys[i])
                continue;
            unsigned j = def_hash(m->keys[i]) & (unsigned)(ncap - 1);
            while (keys[j])
                j = (j + 1) & (unsigned)(ncap - 1);
            keys[j] = m->keys[i];
            vals[j] = m->vals[i];
        }
        m->keys = keys;
        m->vals = vals;
        m->cap = ncap;
    }
    uint64_t key = (((uint64_t)(unsigned)blk->id << 32) | (unsigned)var) + 1;
    unsigned i = def_hash(key) & (unsigned)(m->cap - 1);
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & (unsigned)(m->cap - 1);
    if (!m->keys[i])
        m->count++;
    m->keys[i] = key;
    m->vals[i] = v;
}

/* ---- blocks ------------------------------------------------------------------------ */

Block *b_new_block(Builder *b)
{
    Block *blk = ssa_new_block(b->f, BlockPlain);
    while (b->pending.len <= blk->id)
        vec_push(b->a, &b->pending, NULL);
    return blk;
}

void b_start(Builder *b, Block *blk)
{
    b->cur = (blk->preds.len == 0 && blk != b->f->entry) ? NULL : blk;
}

/* Code that cannot run still needs somewhere to put its values (an operand
 * evaluated after a panic): a fresh block nobody jumps to, removed later. */
static Block *cur_block(Builder *b)
{
    if (!b->cur) {
        Block *dead = b_new_block(b);
        dead->sealed = true;
        b->cur = dead;
    }
    return b->cur;
}

void b_jump(Builder *b, Block *to)
{
    if (!b->cur)
        return;
    b->cur->kind = BlockPlain;
    ssa_add_edge(b->cur, to, b->f);
    b->cur = NULL;
}

void b_branch(Builder *b, Value *cond, Block *yes, Block *no)
{
    if (!b->cur)
        return;
    b->cur->kind = BlockIf;
    ssa_set_control(b->cur, cond);
    ssa_add_edge(b->cur, yes, b->f);
    ssa_add_edge(b->cur, no, b->f);
    b->cur = NULL;
}

void b_exit(Builder *b, Value *mem)
{
    if (!b->cur)
        return;
    b->cur->kind = BlockExit;
    ssa_set_control(b->cur, mem);
    b->cur = NULL;
}

/* ---- values -------------------------------------------------------------------------- */

Value *b_v0(Builder *b, Op op, Type *t, Pos pos) { return ssa_value0(b->f, cur_block(b), op, t, pos); }
Value *b_v1(Builder *b, Op op, Type *t, Pos pos, Value *x) { return ssa_value1(b->f, cur_block(b), op, t, pos, x); }
Value *b_v2(Builder *b, Op op, Type *t, Pos pos, Value *x, Value *y)
{
    return ssa_value2(b->f, cur_block(b), op, t, pos, x, y);
}
Value *b_v3(Builder *b, Op op, Type *t, Pos pos, Value *x, Value *y, Value *z)
{
    return ssa_value3(b->f, cur_block(b), op, t, pos, x, y, z);
}

Value *b_vmem(Builder *b, Op op, Type *t, Pos pos, Value **args, int n)
{
    Value *mem = b_mem(b);
    Value *v = ssa_new_value(b->f, cur_block(b), op, t, pos);
    v->args = ARENA_ARRAY(b->a, Value *, n + 1);
    v->argcap = n + 1;
    for (int i = 0; i < n; i++)
        v->args[i] = args[i];
    v->args[n] = mem;
    v->nargs = n + 1;
    return v;
}

Value *b_select(Builder *b, Value *tuple, int i, Pos pos)
{
    Value *v = b_v1(b, OpSelectN, ssa_tuple_elem(tuple->type, i), pos, tuple);
    v->auxint = i;
    return v;
}

Value *b_vwrite(Builder *b, Op op, Type *t, Pos pos, Value **args, int n)
{
    Value *v = b_vmem(b, op, t, pos, args, n);
    if (t == b->T->mem)
        b_set_mem(b, v);
    else if (ssa_is_tuple(t))
        b_set_mem(b, b_select(b, v, t->nfields - 1, pos));
    return v;
}

Value *b_const_int(Builder *b, Type *t, int64_t v, Pos pos)
{
    Value *c = b_v0(b, OpConstInt, t, pos);
    c->auxint = v;
    return c;
}

Value *b_const_bool(Builder *b, bool v, Pos pos)
{
    Value *c = b_v0(b, OpConstBool, b->T->t_bool, pos);
    c->auxint = v;
    return c;
}

Value *b_const_string(Builder *b, const char *s, size_t len, Pos pos)
{
    Value *c = b_v0(b, OpConstString, b->T->t_string, pos);
    c->aux.str = s;
    c->auxint = (int64_t)len;
    return c;
}

static Value *const_float(Builder *b, Type *t, double d, Pos pos)
{
    if (b_underlying(t)->kind == TY_FLOAT32)
        d = (double)(float)d;
    Value *c = b_v0(b, OpConstFloat, t, pos);
    memcpy(&c->auxint, &d, sizeof d);
    return c;
}

Type *b_underlying(Type *t)
{
    Type *u = type_underlying(t);
    return u ? u : t;
}

Type *b_ptr(Builder *b, Type *elem) { return ssa_ptr_to(b->f, elem); }

Value *b_const(Builder *b, Type *t, ConstValue *cv, Pos pos)
{
    if (type_is_untyped(t))
        t = t->kind == TY_UNTYPED_NIL ? t : type_default(t);
    Type *u = b_underlying(t);
    if (!cv || cv->kind == CV_UNKNOWN)
        return b_zero(b, t, pos);
    if (u->kind == TY_BOOL || cv->kind == CV_BOOL) {
        Value *c = b_const_bool(b, cv_bool(cv), pos);
        c->type = t;
        return c;
    }
    if (type_is_string(u)) {
        Value *c = b_const_string(b, cv->str ? cv->str : "", cv->len, pos);
        c->type = t;
        return c;
    }
    if (type_is_float(u))
        return const_float(b, t, cv_float64(cv), pos);
    if (type_is_unsigned(u))
        return b_const_int(b, t, (int64_t)cv_uint64(cv), pos);
    if (type_is_integer(u))
        return b_const_int(b, t, cv_int64(cv), pos);
    if (type_is_interface(u) && cv->kind != CV_UNKNOWN)
        return b_zero(b, t, pos);
    return b_zero(b, t, pos);
}

Value *b_zero(Builder *b, Type *t, Pos pos)
{
    Type *u = b_underlying(t);
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL: {
        Value *c = b_const_bool(b, false, pos);
        c->type = t;
        return c;
    }
    case TY_STRING: case TY_UNTYPED_STRING: {
        Value *c = b_const_string(b, "", 0, pos);
        c->type = t;
        return c;
    }
    case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
        return const_float(b, t, 0.0, pos);
    case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_INTERFACE: case TY_UNTYPED_NIL:
        return b_v0(b, OpConstNil, t, pos);
    case TY_STRUCT: case TY_ARRAY:
        return b_v0(b, OpConstZero, t, pos);
    default:
        if (type_is_integer(u))
            return b_const_int(b, t, 0, pos);
        return b_v0(b, OpConstZero, t, pos);
    }
}

/* ---- Braun et al.: reading and writing SSA variables ---------------------------------- */

int b_new_var(Builder *b, Type *t)
{
    vec_push(b->a, &b->var_types, t);
    vec_push(b->a, &b->var_objs, NULL);
    return b->var_types.len - 1;
}

/* Records that program variable `var` holds v from here on (for DWARF);
 * parameters keep their entry slot (codegen's gen_debug_params). */
static void note_var_def(Builder *b, int var, Value *v, Block *blk, Value *after)
{
    Object *o = var > VAR_MEM && var < b->var_objs.len ? b->var_objs.items[var] : NULL;
    if (!o || (o->flags & OBJF_PARAM))
        return;
    SsaVarDef d = {o, v, blk, after};
    vec_push(b->a, &b->f->var_defs, d);
}

void b_write_var(Builder *b, int var, Value *v)
{
    if (b->cur) {
        def_put(b, b->cur, var, v);
        Block *c = b->cur;
        note_var_def(b, var, v, c, c->values.len ? c->values.items[c->values.len - 1] : NULL);
    }
}

static Value *read_var_in(Builder *b, Block *blk, int var);

static Value *follow_copies(Value *v)
{
    for (int guard = 0; v->op == OpCopy && v->nargs == 1 && guard < 1000000; guard++)
        v = v->args[0];
    return v;
}

/* A value for a variable read where nothing defined it (only in code no
 * path reaches): the zero value, in the entry block. */
static Value *undef_value(Builder *b, int var)
{
    if (var == VAR_MEM)
        return b->f->values.items[1]; /* InitMem is value 1 */
    Block *save = b->cur;
    b->cur = b->f->entry;
    Value *z = b_zero(b, b->var_types.items[var], pos_make(NULL, 0, 0));
    b->cur = save;
    return z;
}

static Value *try_remove_trivial_phi(Builder *b, Value *phi)
{
    Value *same = NULL;
    for (int i = 0; i < phi->nargs; i++) {
        Value *op = follow_copies(phi->args[i]);
        if (op == same || op == phi)
            continue;
        if (same)
            return phi; /* merges at least two values: not trivial */
        same = op;
    }
    if (!same)
        return phi; /* only itself: left for phielim (unreachable loop) */
    ssa_value_copy_of(b->f, phi, same);
    return same;
}

static Value *add_phi_operands(Builder *b, int var, Value *phi)
{
    Block *blk = phi->block;
    for (int i = 0; i < blk->preds.len; i++)
        ssa_add_arg(b->f, phi, read_var_in(b, blk->preds.items[i], var));
    return try_remove_trivial_phi(b, phi);
}

static Value *new_phi(Builder *b, Block *blk, int var)
{
    Value *phi = ssa_new_value(b->f, blk, OpPhi, b->var_types.items[var], pos_make(NULL, 0, 0));
    note_var_def(b, var, phi, blk, NULL);
    return phi;
}

/* A loop that never assigns a program variable leaves it as it was on
 * entry: no phi in its header, sealed or not (else every variable read
 * after d nested loops would get d trivial phis, O(d^2) for deep nests). */
static int line_col_cmp(Pos a, Pos b) { return a.line != b.line ? (a.line < b.line ? -1 : 1) : (a.col > b.col) - (a.col < b.col); }

static bool loop_keeps(Builder *b, Block *blk, int var)
{
    if (blk->id >= b->loop_span.len || !b->loop_span.items[blk->id] || blk->preds.len < 1)
        return false;
    Object *o = var < b->var_objs.len ? b->var_objs.items[var] : NULL;
    if (!o)
        return false;
    LoopSpan *span = b->loop_span.items[blk->id];
    AssignList *al = ptrmap_get(&b->assigns, o);
    if (!al)
        return true;
    /* the first assignment at or after the loop's start: inside it? */
    int lo = 0, hi = al->pos.len;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (line_col_cmp(al->pos.items[mid], span->start) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo == al->pos.len || line_col_cmp(al->pos.items[lo], span->end) > 0;
}

static Value *read_var_recursive(Builder *b, Block *blk, int var)
{
    Value *v;
    if (loop_keeps(b, blk, var)) {
        /* preds[0] is the loop's entry edge: back edges come later */
        v = read_var_in(b, blk->preds.items[0], var);
    } else if (!blk->sealed) {
        v = new_phi(b, blk, var);
        PendingList *pl = b->pending.items[blk->id];
        if (!pl) {
            pl = ARENA_NEW(b->a, PendingList);
            b->pending.items[blk->id] = pl;
        }
        PendingPhi pp = {var, v};
        vec_push(b->a, pl, pp);
    } else if (blk->preds.len == 0) {
        v = undef_value(b, var);
    } else {
        v = new_phi(b, blk, var);
        def_put(b, blk, var, v); /* breaks cycles through loops */
        v = add_phi_operands(b, var, v);
    }
    def_put(b, blk, var, v);
    return v;
}

static Value *read_var_in(Builder *b, Block *blk, int var)
{
    Value *v = def_get(b, blk, var);
    if (v)
        return v;
    /* walk up single-predecessor chains without recursion */
    Block *top = blk;
    while (top->sealed && top->preds.len == 1 && top->preds.items[0] != top) {
        top = top->preds.items[0];
        v = def_get(b, top, var);
        if (v)
            break;
    }
    if (!v)
        v = read_var_recursive(b, top, var);
    for (Block *x = blk; x != top; x = x->preds.items[0])
        def_put(b, x, var, v);
    return v;
}

Value *b_read_var(Builder *b, int var, Pos pos)
{
    (void)pos;
    return read_var_in(b, cur_block(b), var);
}

void b_seal(Builder *b, Block *blk)
{
    if (blk->sealed)
        return;
    PendingList *pl = blk->id < b->pending.len ? b->pending.items[blk->id] : NULL;
    if (pl)
        for (int i = 0; i < pl->len; i++)
            add_phi_operands(b, pl->items[i].var, pl->items[i].phi);
    blk->sealed = true;
}

Value *b_mem(Builder *b) { return b_read_var(b, VAR_MEM, pos_make(NULL, 0, 0)); }
void b_set_mem(Builder *b, Value *mem) { b_write_var(b, VAR_MEM, mem); }

/* ---- variables of the program --------------------------------------------------------- */

bool b_is_blank(Object *o) { return !o || !o->name || !o->name[0] || strcmp(o->name, "_") == 0; }

/* gc's ssa.TypeOK (cmd/compile/internal/ssagen): values that fit in
 * registers — at most 4 words, structs of at most 4 fields that are
 * themselves OK; arrays always stay in memory here. */
bool ssa_can_ssa_type(Type *t)
{
    Type *u = type_underlying(t);
    if (!u)
        return false;
    if (type_size(t) > 32)
        return false;
    switch (u->kind) {
    case TY_ARRAY:
        return false;
    case TY_STRUCT:
        if (u->nfields > 4)
            return false;
        for (int i = 0; i < u->nfields; i++)
            if (!ssa_can_ssa_type(u->fields[i]->type))
                return false;
        return true;
    default:
        return true;
    }
}

bool ssa_capture_byval(SsaPackage *sp, Object *o)
{
    if (o->flags & (OBJF_ADDRTAKEN | OBJF_GLOBAL))
        return false;
    if (sp->reassigned && ptrmap_get(sp->reassigned, o))
        return false;
    return type_size(o->type) <= 128;
}

static bool lives_in_memory(Builder *b, Object *o)
{
    if (b->sp->keep_vars)
        return true;
    if (o->flags & OBJF_ADDRTAKEN)
        return true;
    if ((o->flags & OBJF_CAPTURED) && !ssa_capture_byval(b->sp, o))
        return true;
    if (b->in_defer_func && (o->flags & OBJF_RESULT))
        return true;
    return !ssa_can_ssa_type(o->type);
}

VarInfo *b_var(Builder *b, Object *o)
{
    VarInfo *vi = ptrmap_get(&b->vars, o);
    if (vi)
        return vi;
    if (o->flags & OBJF_GLOBAL || (o->flags & OBJF_IMPORTED)) {
        vi = ARENA_NEW(b->a, VarInfo);
        vi->kind = VK_SLOT;
        /* the address of a global is a constant: put it in the entry block
         * so that it dominates every use */
        Block *save = b->cur;
        b->cur = b->f->entry;
        vi->addr = b_v0(b, OpGlobalAddr, b_ptr(b, o->type), pos_make(NULL, 0, 0));
        vi->addr->aux.obj = o;
        b->cur = save;
        ptrmap_put(b->a, &b->vars, o, vi);
        return vi;
    }
    /* A variable used before any declaration was seen: only in code the
     * builder skipped (unreachable), or a checker gap. Give it a fresh SSA
     * variable, read as its zero value. */
    vi = ARENA_NEW(b->a, VarInfo);
    vi->kind = VK_SSA;
    vi->var = b_new_var(b, o->type);
    ptrmap_put(b->a, &b->vars, o, vi);
    return vi;
}

void b_declare(Builder *b, Object *o, Value *init, Pos pos)
{
    if (b_is_blank(o))
        return;
    VarInfo *vi = ARENA_NEW(b->a, VarInfo);
    if (lives_in_memory(b, o)) {
        vi->kind = VK_SLOT;
        Value *mem = b_mem(b);
        vi->addr = b_v1(b, OpLocalAddr, b_ptr(b, o->type), o->pos, mem);
        vi->addr->aux.obj = o;
        Value *st;
        if (init)
            st = b_v3(b, OpStore, b->T->mem, pos, vi->addr, init, b_mem(b));
        else
            st = b_v2(b, OpZero, b->T->mem, pos, vi->addr, b_mem(b));
        st->aux.type = o->type;
        b_set_mem(b, st);
    } else {
        vi->kind = VK_SSA;
        vi->var = b_new_var(b, o->type);
        b->var_objs.items[vi->var] = o;
        ptrmap_put(b->a, &b->vars, o, vi);
        b_write_var(b, vi->var, init ? init : b_zero(b, o->type, pos));
        return;
    }
    ptrmap_put(b->a, &b->vars, o, vi);
}

/* A declaration initialised by an expression: a composite literal for a
 * variable in memory is built in place, as gc's oaslit does. */
void b_declare_expr(Builder *b, Object *o, Node *init)
{
    Node *e = init ? b_unparen(init) : NULL;
    if (!b_is_blank(o) && e && e->kind == N_COMPOSITE && !(e->implicit & (IMPL_ADDR | IMPL_TOIFACE)) &&
        lives_in_memory(b, o) && type_identical(e->type, o->type)) {
        Type *u = b_underlying(o->type);
        if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
            b_declare(b, o, NULL, init->pos);
            VarInfo *vi = ptrmap_get(&b->vars, o);
            b_composite_into(b, vi->addr, e, o->type);
            return;
        }
    }
    Value *v = init ? b_expr_to(b, init, o->type) : NULL;
    if (b_is_blank(o))
        return;
    b_declare(b, o, v, init ? init->pos : o->pos);
}

Value *b_read_obj(Builder *b, Object *o, Pos pos)
{
    VarInfo *vi = b_var(b, o);
    switch (vi->kind) {
    case VK_SSA:
        return b_read_var(b, vi->var, pos);
    case VK_VALUE:
        return vi->val;
    case VK_SLOT:
    default:
        return b_v2(b, OpLoad, o->type, pos, vi->addr, b_mem(b));
    }
}

void b_write_obj(Builder *b, Object *o, Value *v, Pos pos)
{
    if (b_is_blank(o))
        return;
    VarInfo *vi = b_var(b, o);
    switch (vi->kind) {
    case VK_SSA:
        b_write_var(b, vi->var, v);
        return;
    case VK_VALUE:
        /* a by-value capture is never reassigned (that is why it is by
         * value); nothing to do if the checker let one through */
        return;
    case VK_SLOT:
    default: {
        Value *st = b_v3(b, OpStore, b->T->mem, pos, vi->addr, v, b_mem(b));
        st->aux.type = o->type;
        b_set_mem(b, st);
    }
    }
}

/* ---- checks ------------------------------------------------------------------------------ */

Value *b_to_int(Builder *b, Value *v, Pos pos)
{
    Type *u = b_underlying(v->type);
    if (u->kind == TY_INT)
        return v;
    if (v->op == OpConstInt)
        return b_const_int(b, b->T->t_int, v->auxint, pos);
    return b_v1(b, OpConvert, b->T->t_int, pos, v);
}

void b_bounds_check(Builder *b, Value *idx, Value *len, int kind, bool slice, Pos pos)
{
    if (!b->cur)
        return;
    idx = b_to_int(b, idx, pos);
    len = b_to_int(b, len, pos);
    Value *ok = b_v2(b, slice ? OpIsSliceInBounds : OpIsInBounds, b->T->t_bool, pos, idx, len);
    Block *yes = b_new_block(b), *no = b_new_block(b);
    b_branch(b, ok, yes, no);
    b_seal(b, yes);
    b_seal(b, no);
    b_start(b, no);
    Value *args[2] = {idx, len};
    Value *p = b_vmem(b, OpPanicBounds, b->T->mem, pos, args, 2);
    p->auxint = kind;
    b_exit(b, p);
    b_start(b, yes);
}

void b_nil_check(Builder *b, Value *ptr, Pos pos)
{
    b_v2(b, OpNilCheck, b->T->void_, pos, ptr, b_mem(b));
}

void b_check_or_call(Builder *b, Value *ok, RtId fn, Pos pos)
{
    if (!b->cur)
        return;
    Block *yes = b_new_block(b), *no = b_new_block(b);
    b_branch(b, ok, yes, no);
    b_seal(b, yes);
    b_seal(b, no);
    b_start(b, no);
    Value *call = b_vwrite(b, OpStaticCall, b->T->mem, pos, NULL, 0);
    call->rt = ssa_rt(fn);
    b_exit(b, call);
    b_start(b, yes);
}

/* ---- functions ------------------------------------------------------------------------------ */

static void scan_assignments(Builder *b, Node *body);

static SsaFunc *func_new(SsaPackage *sp, const char *name, Func *fn, Type *sig)
{
    SsaFunc *f = xmalloc(sizeof *f);
    memset(f, 0, sizeof *f);
    arena_init(&f->arena);
    f->pkg = sp;
    f->name = name;
    f->fn = fn;
    f->sig = sig;
    f->nblock_ids = 1;
    vec_push(&f->arena, &f->values, NULL); /* IDs start at 1 */
    return f;
}

void ssa_func_free(SsaFunc *f)
{
    if (!f)
        return;
    arena_free(&f->arena);
    free(f);
}

static void builder_init(Builder *b, SsaPackage *sp, SsaFunc *f, Func *fn)
{
    memset(b, 0, sizeof *b);
    b->sp = sp;
    b->f = f;
    b->fn = fn;
    b->T = &sp->types;
    b->a = &f->arena;
    b_new_var(b, sp->types.mem); /* variable 0: memory */
    f->entry = b_new_block(b);
    f->entry->sealed = true;
    b->cur = f->entry;
    Value *init = b_v0(b, OpInitMem, sp->types.mem, pos_make(NULL, 0, 0));
    b_set_mem(b, init);
}

/* Removes blocks no path reaches and orders phis; trivial phis and copies
 * are cleaned by the first passes (phielim, copyelim run here too so that
 * the unoptimised dump already reads well). */
static void builder_finish(Builder *b)
{
    ssa_deadcode(b->f);
    ssa_phielim(b->f);
    ssa_copyelim(b->f);
    ssa_order_phis(b->f);
}

static void declare_params(Builder *b, Func *fn)
{
    int idx = 0;
    for (int i = -1; i < fn->params.len; i++) {
        Object *o = i < 0 ? fn->recv : fn->params.items[i];
        if (!o)
            continue;
        Value *arg = b_v0(b, OpArg, o->type, o->pos);
        arg->aux.obj = o;
        arg->auxint = idx++;
        vec_push(b->a, &b->f->params, arg);
        b_declare(b, o, arg, o->pos);
    }
}

static void declare_captures(Builder *b, Func *fn)
{
    for (int i = 0; i < fn->captures.len; i++) {
        Object *o = fn->captures.items[i];
        VarInfo *vi = ARENA_NEW(b->a, VarInfo);
        if (ssa_capture_byval(b->sp, o)) {
            vi->kind = VK_VALUE;
            vi->val = b_v0(b, OpClosureVar, o->type, o->pos);
            vi->val->aux.obj = o;
            vi->val->auxint = i;
        } else {
            vi->kind = VK_SLOT;
            vi->addr = b_v0(b, OpClosureVar, b_ptr(b, o->type), o->pos);
            vi->addr->aux.obj = o;
            vi->addr->auxint = i;
        }
        ptrmap_put(b->a, &b->vars, o, vi);
    }
}

/* Results start as zero values. With defer they live in slots, which the
 * code generator reloads when a deferred call recovers from a panic. */
static void declare_results(Builder *b, Func *fn)
{
    for (int i = 0; i < fn->results.len; i++) {
        Object *o = fn->results.items[i];
        if (b->in_defer_func) {
            Value *addr = b_v1(b, OpLocalAddr, b_ptr(b, o->type), o->pos, b_mem(b));
            addr->aux.obj = o;
            Value *z = b_v2(b, OpZero, b->T->mem, o->pos, addr, b_mem(b));
            z->aux.type = o->type;
            b_set_mem(b, z);
            vec_push(b->a, &b->f->result_addrs, addr);
            if (!b_is_blank(o)) {
                VarInfo *vi = ARENA_NEW(b->a, VarInfo);
                vi->kind = VK_SLOT;
                vi->addr = addr;
                ptrmap_put(b->a, &b->vars, o, vi);
            }
        } else if (!b_is_blank(o)) {
            b_declare(b, o, NULL, o->pos);
        }
    }
}


SsaFunc *ssa_build_func(SsaPackage *sp, Func *fn)
{
    SsaFunc *f = func_new(sp, ssa_func_name(sp, fn), fn, fn->sig);
    f->has_defer = fn->has_defer;
    Builder b;
    builder_init(&b, sp, f, fn);
    b.in_defer_func = fn->has_defer;
    scan_assignments(&b, func_body_block(fn));
    declare_captures(&b, fn);
    declare_params(&b, fn);
    declare_results(&b, fn);
    Node *body = func_body_block(fn);
    if (body) {
        b_stmt(&b, body);
        b_stmt(&b, NULL); /* checks that the last statement took back what it ordered */
    }
    if (b.cur) {
        /* falling off the end: results are the named ones (or zero) */
        Pos end = body && body->kind == N_BLOCK ? body->u.block.rbrace : fn->obj ? fn->obj->pos : pos_make(NULL, 0, 0);
        b_return_values(&b, NULL, -1, end);
    }
    builder_finish(&b);
    return f;
}

/* The package's initialisation: each package-level variable in Go's
 * initialisation order, as gc's generated init function does. */
SsaFunc *ssa_build_init(SsaPackage *sp)
{
    Package *pkg = sp->pkg;
    if (pkg->inits.len == 0)
        return NULL;
    SsaFunc *f = func_new(sp, "init", NULL, NULL);
    Builder b;
    builder_init(&b, sp, f, NULL);
    for (int i = 0; i < pkg->inits.len && pkg->inits.items[i].init; i++) {
        Initializer *in = &pkg->inits.items[i];
        if (!b.cur)
            break;
        if (in->nlhs == 1) {
            Object *o = in->lhs[0];
            Value *v = b_expr_to(&b, in->init, o->type);
            if (!b_is_blank(o))
                b_write_obj(&b, o, v, in->init->pos);
            continue;
        }
        /* n:1 — a multi-value call, comma-ok map index or assertion */
        Value **vals = ARENA_ARRAY(b.a, Value *, in->nlhs);
        Node *e = b_unparen(in->init);
        if (e->kind == N_CALL) {
            Value *cv = b_call(&b, e);
            for (int k = 0; k < in->nlhs; k++)
                vals[k] = b_call_result(&b, e, cv, k);
        } else if (e->kind == N_INDEX) {
            Type *mt = b_underlying(e->u.index.x->type);
            Value *m = b_expr(&b, e->u.index.x);
            Value *k = b_expr_to(&b, e->u.index.index, mt->key);
            Value *ok = NULL;
            vals[0] = b_map_access2(&b, m, k, mt, e->pos, &ok);
            vals[1] = ok;
        } else if (e->kind == N_ASSERT) {
            Value *ok = NULL;
            vals[0] = b_assert(&b, e, b_expr(&b, e->u.assert.x), e->type, &ok);
            vals[1] = ok;
        } else {
            for (int k = 0; k < in->nlhs; k++)
                vals[k] = b_zero(&b, in->lhs[k]->type, e->pos);
        }
        for (int k = 0; k < in->nlhs; k++) {
            Object *o = in->lhs[k];
            if (!b_is_blank(o) && vals[k])
                b_write_obj(&b, o, b_convert_to(&b, vals[k], o->type, NULL, e->pos), e->pos);
        }
    }
    if (b.cur)
        b_return_values(&b, NULL, -1, pos_make(NULL, 0, 0));
    builder_finish(&b);
    return f;
}

/* ---- assignment scans ------------------------------------------------------------------------ */

/* One walk over statements serves two questions: which variables gc
 * considers reassigned (closure capture by value), and which variables a
 * loop assigns (phi placement). `fields` also counts x.f = v as assigning
 * x (an SSA struct variable is rebuilt). */
typedef struct ScanCtx {
    Arena *arena;
    PtrMap *set;    /* Object* -> Object* (reassigned) or AssignList* (positions) */
    Func *fn;       /* for `return v`: its results are assigned */
    bool positions; /* record where (loop phi placement), not just whether */
} ScanCtx;

static void mark_reassigned(ScanCtx *c, Node *lhs)
{
    lhs = b_unparen(lhs);
    /* x.f = v assigns the SSA struct variable x */
    for (int guard = 0; c->positions && lhs && lhs->kind == N_SELECTOR && guard < 100000; guard++)
        lhs = b_unparen(lhs->u.selector.x);
    /* gc's escape analysis counts an assignment to part of x (x.f = v,
     * x[i] = v with x an array) as reassigning x; through a pointer (p.f,
     * p[i] with p *[N]T) it assigns what p points to. */
    for (int guard = 0; !c->positions && lhs && guard < 100000; guard++) {
        Node *base = lhs->kind == N_SELECTOR ? lhs->u.selector.x : lhs->kind == N_INDEX ? lhs->u.index.x : NULL;
        Type *bt = base && base->type ? type_underlying(base->type) : NULL;
        if (!bt || bt->kind == TY_POINTER || (lhs->kind == N_INDEX && bt->kind != TY_ARRAY) ||
            (lhs->kind == N_SELECTOR && bt->kind != TY_STRUCT))
            break;
        lhs = b_unparen(base);
    }
    if (!lhs || lhs->kind != N_IDENT || !lhs->obj || lhs->obj->kind != OBJ_VAR)
        return;
    if (!c->positions) {
        ptrmap_put(c->arena, c->set, lhs->obj, lhs->obj);
        return;
    }
    AssignList *al = ptrmap_get(c->set, lhs->obj);
    if (!al) {
        al = ARENA_NEW(c->arena, AssignList);
        ptrmap_put(c->arena, c->set, lhs->obj, al);
    }
    vec_push(c->arena, &al->pos, lhs->pos);
}

static void scan_stmt(ScanCtx *c, Node *s);

static void scan_list(ScanCtx *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        scan_stmt(c, l->items[i]);
}

/* gc's escape `reassigned`: any assignment but the declaring one; range
 * variables are assigned on every iteration; returning values assigns the
 * results. */
static void scan_stmt(ScanCtx *c, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_ASSIGN:
        for (int i = 0; i < s->u.assign.lhs.len; i++) {
            Node *l = s->u.assign.lhs.items[i];
            if (!c->positions && s->u.assign.op == OP_DEFINE && l && l->kind == N_IDENT && l->obj && l->obj->decl == l)
                continue;
            mark_reassigned(c, l);
        }
        break;
    case N_INCDEC:
        mark_reassigned(c, s->u.incdec.x);
        break;
    case N_RANGE:
        mark_reassigned(c, s->u.range.key);
        mark_reassigned(c, s->u.range.value);
        scan_stmt(c, s->u.range.body);
        break;
    case N_RETURN:
        if (s->u.return_.results.len > 0 && c->fn && !c->positions)
            for (int i = 0; i < c->fn->results.len; i++)
                ptrmap_put(c->arena, c->set, c->fn->results.items[i], c->fn->results.items[i]);
        break;
    case N_BLOCK:
        scan_list(c, &s->u.block.stmts);
        break;
    case N_LABELED:
        scan_stmt(c, s->u.labeled.stmt);
        break;
    case N_IF:
        scan_stmt(c, s->u.if_.init);
        scan_stmt(c, s->u.if_.then);
        scan_stmt(c, s->u.if_.els);
        break;
    case N_FOR:
        scan_stmt(c, s->u.for_.init);
        scan_stmt(c, s->u.for_.post);
        scan_stmt(c, s->u.for_.body);
        break;
    case N_SWITCH:
        scan_stmt(c, s->u.switch_.init);
        scan_list(c, &s->u.switch_.cases);
        break;
    case N_TYPESWITCH:
        scan_stmt(c, s->u.typeswitch.init);
        scan_list(c, &s->u.typeswitch.cases);
        break;
    case N_CASE:
        scan_list(c, &s->u.case_.body);
        break;
    default:
        break;
    }
}

static int pos_cmp_qsort(const void *a, const void *b) { return line_col_cmp(*(const Pos *)a, *(const Pos *)b); }

/* Where the function body assigns each variable (sorted positions). */
static void scan_assignments(Builder *b, Node *body)
{
    ScanCtx c = {b->a, &b->assigns, NULL, true};
    scan_stmt(&c, body);
    for (int i = 0; i < b->assigns.cap; i++) {
        AssignList *al = b->assigns.keys[i] ? b->assigns.vals[i] : NULL;
        if (al && al->pos.len > 1)
            qsort(al->pos.items, (size_t)al->pos.len, sizeof(Pos), pos_cmp_qsort);
    }
}

void b_loop_header(Builder *b, Block *blk, Node *s)
{
    Node *body = s->kind == N_FOR ? s->u.for_.body : s->u.range.body;
    if (!body || body->kind != N_BLOCK)
        return;
    LoopSpan *span = ARENA_NEW(b->a, LoopSpan);
    span->start = s->pos;
    span->end = body->u.block.rbrace;
    while (b->loop_span.len <= blk->id)
        vec_push(b->a, &b->loop_span, NULL);
    b->loop_span.items[blk->id] = span;
}

static void make_types(SsaPackage *sp)
{
    Package *pkg = sp->pkg;
    SsaTypes *T = &sp->types;
    T->mem = ARENA_NEW(sp->arena, Type);
    T->mem->kind = TY_INVALID;
    T->mem->str = "mem";
    T->mem->size = 0;
    T->mem->align = 1;
    T->void_ = ARENA_NEW(sp->arena, Type);
    T->void_->kind = TY_INVALID;
    T->void_->str = "void";
    T->void_->size = 0;
    T->void_->align = 1;
    T->t_int = pkg->basic[TY_INT];
    T->t_bool = pkg->basic[TY_BOOL];
    T->t_string = pkg->basic[TY_STRING];
    T->t_uintptr = pkg->basic[TY_UINTPTR];
    T->t_int32 = pkg->rune_type ? pkg->rune_type : pkg->basic[TY_INT32];
    T->t_uint8 = pkg->basic[TY_UINT8];
    T->t_any = pkg->any_type;
    T->u8ptr = ARENA_NEW(sp->arena, Type);
    T->u8ptr->kind = TY_POINTER;
    T->u8ptr->elem = T->t_uint8;
    T->u8ptr->size = 8;
    T->u8ptr->align = 8;
    T->u8ptr->arena = sp->arena;
    /* runtime.hiter: 12 words (runtime/minigort.h) */
    T->hiter = ARENA_NEW(sp->arena, Type);
    T->hiter->kind = TY_ARRAY;
    T->hiter->elem = T->t_uintptr;
    T->hiter->len = 12;
    T->hiter->size = 96;
    T->hiter->align = 8;
    T->hiter->str = "hiter";
    T->hiter->arena = sp->arena;
}

const char *ssa_func_name(SsaPackage *sp, Func *fn)
{
    if (!fn)
        return "?";
    const char *n = sp && sp->names ? ptrmap_get(sp->names, fn) : NULL;
    return n ? n : fn->name;
}

/* Closures of a renamed function get its new name as their prefix. */
static void rename_closures(SsaPackage *sp, Func *fn, const char *oldp, const char *newp, int depth)
{
    size_t ol = strlen(oldp);
    for (int i = 0; i < fn->closures.len && depth < PARSE_MAX_DEPTH; i++) {
        Func *c = fn->closures.items[i];
        if (c->name && strncmp(c->name, oldp, ol) == 0) {
            const char *nn = arena_printf(sp->arena, "%s%s", newp, c->name + ol);
            ptrmap_put(sp->arena, sp->names, c, (void *)nn);
        }
        rename_closures(sp, c, oldp, newp, depth + 1);
    }
}

static void number_inits(SsaPackage *sp)
{
    int n = 0;
    for (int i = 0; i < sp->pkg->funcs.len; i++) {
        Func *fn = sp->pkg->funcs.items[i];
        if (fn->recv || !fn->name || strcmp(fn->name, "init") != 0 || !fn->node || fn->node->kind != N_FUNCDECL)
            continue;
        const char *nn = arena_printf(sp->arena, "init.%d", n++);
        ptrmap_put(sp->arena, sp->names, fn, (void *)nn);
        rename_closures(sp, fn, "init.", arena_printf(sp->arena, "%s.", nn), 0);
    }
}

SsaPackage *ssa_package_new(Package *pkg, Arena *arena)
{
    SsaPackage *sp = ARENA_NEW(arena, SsaPackage);
    sp->pkg = pkg;
    sp->arena = arena;
    make_types(sp);
    sp->reassigned = ARENA_NEW(arena, PtrMap);
    sp->names = ARENA_NEW(arena, PtrMap);
    number_inits(sp);
    for (int i = 0; i < pkg->all_funcs.len; i++) {
        Func *fn = pkg->all_funcs.items[i];
        ScanCtx c = {arena, sp->reassigned, fn, false};
        scan_stmt(&c, func_body_block(fn));
    }
    return sp;
}

static void add_with_closures(Arena *a, FuncList *out, Func *fn, int depth)
{
    vec_push(a, out, fn);
    if (depth > PARSE_MAX_DEPTH)
        return;
    for (int i = 0; i < fn->closures.len; i++)
        add_with_closures(a, out, fn->closures.items[i], depth + 1);
}

void ssa_package_funcs(SsaPackage *sp, Arena *a, FuncList *out)
{
    Package *pkg = sp->pkg;
    for (int i = 0; i < pkg->funcs.len; i++)
        add_with_closures(a, out, pkg->funcs.items[i], 0);
    for (int i = 0; i < pkg->var_closures.len; i++)
        add_with_closures(a, out, pkg->var_closures.items[i], 0);
}
