/*
 * build.h — inside the SSA builder: the state shared by build.c (variables,
 * blocks, functions), build_stmt.c, build_expr.c and build_call.c.
 *
 * The builder walks the typed AST once, emitting values into the current
 * block (`cur`; NULL while the code is unreachable: after return, panic,
 * break or continue, as gc's ssagen stops emitting). Variables are read and
 * written through Braun et al.'s algorithm (build.c); everything else is a
 * direct translation of one construct into blocks and values.
 */
#ifndef MINIGO_SSA_BUILD_H
#define MINIGO_SSA_BUILD_H

#include "ssa.h"

/* ---- small maps (arena-backed open addressing) ------------------------------- */

typedef struct PtrMap {
    const void **keys;
    void **vals;
    int cap, count;
} PtrMap;
void *ptrmap_get(const PtrMap *m, const void *key);
void ptrmap_put(Arena *a, PtrMap *m, const void *key, void *val);

/* (block, variable) -> current definition, for Braun's algorithm. */
typedef struct DefMap {
    uint64_t *keys; /* (block id << 32 | var) + 1; 0 = empty */
    Value **vals;
    int cap, count;
} DefMap;

/* ---- how a variable is reached ------------------------------------------------ */

typedef enum VarKind {
    VK_SSA,   /* an SSA variable: `var` numbers it for Braun's algorithm */
    VK_SLOT,  /* in memory at `addr` (LocalAddr, GlobalAddr, or a by-reference capture) */
    VK_VALUE, /* a by-value capture: `val` is its (never changing) value */
} VarKind;

typedef struct VarInfo {
    VarKind kind;
    int var;
    Value *addr;
    Value *val;
} VarInfo;

/* Source positions where a variable is assigned, in order. */
typedef struct AssignList {
    VEC(Pos) pos;
} AssignList;

typedef struct LoopSpan {
    Pos start, end;
} LoopSpan;

/* A phi made in a block before all its predecessors were known. */
typedef struct PendingPhi {
    int var;
    Value *phi;
} PendingPhi;
typedef VEC(PendingPhi) PendingList;

/* break/continue targets of the enclosing statements. */
typedef struct Target {
    Object *label; /* NULL when unlabeled */
    Block *brk;
    Block *cont;   /* NULL for switch statements */
} Target;

/* build_order.c: a value built ahead of its statement, in gc's order */
typedef struct Hoisted {
    Node *node;
    Value *v;
} Hoisted;

typedef struct Builder {
    SsaPackage *sp;
    SsaFunc *f;
    Func *fn;             /* NULL while building the package init */
    SsaTypes *T;
    Arena *a;             /* == &f->arena */
    Block *cur;           /* where values go; NULL: unreachable code */

    PtrMap vars;          /* Object* -> VarInfo* */
    DefMap defs;
    VEC(Type *) var_types; /* by variable number; 0 is memory */
    VEC(Object *) var_objs; /* by variable number: the program variable, or NULL */
    PtrMap assigns;       /* Object* -> AssignList*: where the body assigns it (sorted) */
    VEC(struct LoopSpan *) loop_span; /* by block ID, for loop headers: the source
                                    span of the loop (variables assigned nowhere in
                                    it need no phi there) */
    VEC(PendingList *) pending; /* by block ID */

    VEC(Target) targets;
    Object *label;        /* label of the statement being built (N_LABELED) */
    Block *fallthrough;   /* the next clause's body while building a switch clause */
    bool in_defer_func;   /* results live in slots (function has defer) */
    int depth;            /* recursion guard */
    VEC(Hoisted) hoisted; /* build_order.c: values of the current statement built early */
} Builder;

enum { VAR_MEM = 0 };

/* ---- build.c: variables, blocks, helpers --------------------------------------- */

int b_new_var(Builder *b, Type *t);
void b_write_var(Builder *b, int var, Value *v);
Value *b_read_var(Builder *b, int var, Pos pos);
Value *b_mem(Builder *b);
void b_set_mem(Builder *b, Value *mem);

Block *b_new_block(Builder *b);
void b_start(Builder *b, Block *blk); /* seals nothing; blk with no preds = unreachable */
void b_seal(Builder *b, Block *blk);
/* Marks blk as the header of loop statement s (for, range). */
void b_loop_header(Builder *b, Block *blk, Node *s);
void b_jump(Builder *b, Block *to);
void b_branch(Builder *b, Value *cond, Block *yes, Block *no);
/* Ends the current block as Exit (a panic) with the memory state mem. */
void b_exit(Builder *b, Value *mem);

Value *b_v0(Builder *b, Op op, Type *t, Pos pos);
Value *b_v1(Builder *b, Op op, Type *t, Pos pos, Value *x);
Value *b_v2(Builder *b, Op op, Type *t, Pos pos, Value *x, Value *y);
Value *b_v3(Builder *b, Op op, Type *t, Pos pos, Value *x, Value *y, Value *z);
/* An op whose last argument is the current memory. */
Value *b_vmem(Builder *b, Op op, Type *t, Pos pos, Value **args, int n);
/* A write op: as b_vmem, then the memory state becomes its result (a mem,
 * or element `memidx` of its tuple). */
Value *b_vwrite(Builder *b, Op op, Type *t, Pos pos, Value **args, int n);
Value *b_select(Builder *b, Value *tuple, int i, Pos pos);

Value *b_const_int(Builder *b, Type *t, int64_t v, Pos pos);
Value *b_const_bool(Builder *b, bool v, Pos pos);
Value *b_const_string(Builder *b, const char *s, size_t len, Pos pos);
Value *b_const(Builder *b, Type *t, ConstValue *cv, Pos pos);
Value *b_zero(Builder *b, Type *t, Pos pos);

/* Variables of the function: declare (with a value, or the zero value when
 * init is NULL), and read/write whatever their storage is. */
VarInfo *b_var(Builder *b, Object *o);
void b_declare(Builder *b, Object *o, Value *init, Pos pos);
void b_declare_expr(Builder *b, Object *o, Node *init);
Value *b_read_obj(Builder *b, Object *o, Pos pos);
void b_write_obj(Builder *b, Object *o, Value *v, Pos pos);
bool b_is_blank(Object *o);

/* Storage decisions shared with closures. */
bool ssa_can_ssa_type(Type *t);
bool ssa_capture_byval(SsaPackage *sp, Object *o);

/* Checks and panics: on failure a block ends in Exit. */
void b_bounds_check(Builder *b, Value *idx, Value *len, int kind, bool slice, Pos pos);
void b_nil_check(Builder *b, Value *ptr, Pos pos);
/* if !ok { runtime.fn() } (fn: panicdivide, panicshift) */
void b_check_or_call(Builder *b, Value *ok, RtId fn, Pos pos);
Value *b_to_int(Builder *b, Value *v, Pos pos);

Type *b_underlying(Type *t);
Type *b_ptr(Builder *b, Type *elem);

/* ---- build_stmt.c ----------------------------------------------------------------- */

void b_stmt(Builder *b, Node *s);
void b_stmts(Builder *b, NodeList *l);
/* Branches to yes/no on a boolean expression, && and || as control flow. */
void b_cond(Builder *b, Node *e, Block *yes, Block *no);
void b_return_values(Builder *b, Value **vals, int n, Pos pos);

/* ---- build_expr.c ----------------------------------------------------------------- */

/* A place: a value, or the address of one in memory. */
typedef struct Place {
    bool in_mem;
    Value *v;     /* the address (in_mem) or the value */
    Type *type;   /* type of the value */
} Place;

Value *b_expr(Builder *b, Node *e);
Value *b_expr_raw(Builder *b, Node *e); /* e's own value, before any implicit conversion */

/* ---- build_order.c: gc's order of evaluation within a statement ------------------ */

/* Build, ahead of the rest, what gc evaluates first (calls, && and ||,
 * interface conversions that copy their operand); b_expr and b_call then
 * take those values back instead of evaluating the nodes again. */
void b_order_expr(Builder *b, Node *e);
void b_order_operands(Builder *b, Node *e);   /* e's operands only (a call statement) */
void b_order_list(Builder *b, NodeList *l);
void b_order_targets(Builder *b, NodeList *lhs);
Value *b_take_hoisted(Builder *b, Node *e);
/* e's value converted for a destination of type `to` (boxing to interfaces). */
Value *b_expr_to(Builder *b, Node *e, Type *to);
Value *b_convert_to(Builder *b, Value *v, Type *to, Node *node, Pos pos);
Place b_place(Builder *b, Node *e);
Value *b_place_load(Builder *b, Place p, Pos pos);
Value *b_place_addr(Builder *b, Place p, Pos pos); /* spills values to a temporary */
Place b_place_field(Builder *b, Place p, int index, Pos pos);
Value *b_addr(Builder *b, Node *e);
Value *b_method_recv(Builder *b, Node *sel_node); /* receiver of x.m, adjusted (&x, *x) */
Value *b_temp(Builder *b, Type *t, Pos pos);       /* LocalAddr of a fresh temporary */
Value *b_binop(Builder *b, int op, Type *t, Value *x, Value *y, Pos pos, Node *node);
Value *b_compare(Builder *b, int op, Value *x, Value *y, Pos pos);
void b_composite_into(Builder *b, Value *addr, Node *e, Type *t);
Value *b_composite(Builder *b, Node *e);
Value *b_assert(Builder *b, Node *e, Value *x, Type *T, Value **ok_out);
Node *b_unparen(Node *e);

/* Left-hand sides of assignments. */
typedef enum LvKind { LV_BLANK, LV_DECL, LV_VAR, LV_FIELD, LV_ADDR, LV_MAP } LvKind;
typedef struct LValue {
    LvKind kind;
    Type *type;
    Object *obj;      /* LV_DECL, LV_VAR, LV_FIELD: the variable */
    int *path;        /* LV_FIELD: field indices from the variable down */
    int npath;
    Value *addr;      /* LV_ADDR */
    Value *m, *k;     /* LV_MAP */
    Node *node;
} LValue;
LValue b_lvalue(Builder *b, Node *e, bool define);
void b_lv_store(Builder *b, LValue *lv, Value *v, Pos pos);
Value *b_lv_load(Builder *b, LValue *lv, Pos pos);

/* ---- build_call.c ------------------------------------------------------------------ */

/* A call expression: returns the call's tuple/mem value (memory updated),
 * or for builtins and conversions the value itself (NULL: no value). */
Value *b_call(Builder *b, Node *e);
/* Result i of a call made by b_call (handles single-valued calls too). */
Value *b_call_result(Builder *b, Node *call, Value *cv, int i);
Value *b_call_value(Builder *b, Node *e); /* single result or NULL */
void b_defer_or_go(Builder *b, Node *call, Op op, Pos pos);
Value *b_append(Builder *b, Node *call, Value *base, Pos pos);

/* Maps: gc's mapfast rule and the ops. */
typedef enum MapFast { MAP_SLOW, MAP_FAST32, MAP_FAST64, MAP_FAST64PTR, MAP_FASTSTR } MapFast;
MapFast ssa_mapfast(Type *maptype);
Value *b_map_access1(Builder *b, Value *m, Value *k, Type *mt, Pos pos);
Value *b_map_access2(Builder *b, Value *m, Value *k, Type *mt, Pos pos, Value **ok);
Value *b_map_assign(Builder *b, Value *m, Value *k, Type *mt, Pos pos);
void b_map_delete(Builder *b, Value *m, Value *k, Type *mt, Pos pos);
Value *b_make_map(Builder *b, Type *mt, Value *hint, bool hint_const, int64_t hintv, Node *node, Pos pos);

#endif
