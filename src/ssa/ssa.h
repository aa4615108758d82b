/*
 * ssa.h — minigo's SSA form: data types first, entry points after.
 *
 * Modelled on gc's cmd/compile/internal/ssa (value.go, block.go, func.go):
 * a function is a list of blocks; a block is a list of values and ends in
 * one control (Plain, If, Ret, Exit); a value is an op applied to argument
 * values, with a Go type and an aux field. IDs are dense from 1 per
 * function (values and blocks separately), so passes keep side tables as
 * arrays indexed by ID instead of maps. Everything of one function lives in
 * its own arena (SsaFunc.arena), freed with ssa_func_free once later phases
 * are done with it.
 *
 * What later phases find on a value (escape analysis keys its graph by
 * Value.id; the code generator lowers every op):
 *   node  the AST node of allocation sites (make, new, &T{}, composite
 *         literals, closures, conversions to interface, `...` arguments,
 *         string concatenation) and of calls, so -m messages can name them;
 *   obj   for LocalAddr / Arg / ClosureVar / GlobalAddr: the variable; for
 *         calls: the callee's Object (obj->func is its body when declared);
 *   fn    for MakeClosure: the literal's Func;
 *   rt    the runtime entry point a map op, allocation or lowered op calls.
 * The op table (ops.h) says which of these each op uses.
 *
 * Types are the type checker's Type objects, plus a few made here:
 *   mem          the memory state (SsaTypes.mem);
 *   void         NilCheck's result (SsaTypes.void_);
 *   tuples       multi-result values (calls, MapAssign, DecodeRune): a
 *                TY_TUPLE whose string is "T1,T2,mem" — take one apart
 *                with SelectN [i];
 *   *T           pointer types made on demand (LocalAddr's <*T>...).
 */
#ifndef MINIGO_SSA_H
#define MINIGO_SSA_H

#include <stdio.h>

#include "../common/common.h"
#include "../types/types.h"
#include "ops.h"
#include "rtfuncs.h"

typedef struct Value Value;
typedef struct Block Block;
typedef struct SsaFunc SsaFunc;
typedef struct SsaPackage SsaPackage;

/* ---- ops ------------------------------------------------------------------ */

typedef enum TypeRule {
    TR_ANY,    /* any type chosen by the builder (checked per op where it matters) */
    TR_MEM,    /* mem */
    TR_VOID,   /* void */
    TR_BOOL,   /* a boolean type */
    TR_INT,    /* int */
    TR_ARG0,   /* identical to the first argument's type */
    TR_PTR,    /* a pointer type */
    TR_STRING, /* a string type */
    TR_SLICE,  /* a slice type */
    TR_MAP,    /* a map type */
    TR_FUNC,   /* a func type */
    TR_IFACE,  /* an interface type */
    TR_TUPLE,  /* a tuple, or mem alone for a MakeResult without results */
    TR_CALL,   /* the callee's results then mem (a tuple), or mem */
} TypeRule;

typedef enum AuxKind {
    AUX_NONE,
    AUX_INT,   /* auxint */
    AUX_FLOAT, /* auxint holds float64 bits */
    AUX_STR,   /* aux.str with auxint bytes */
    AUX_OBJ,   /* aux.obj (may be NULL for compiler temporaries) */
    AUX_TYPE,  /* aux.type */
    AUX_FUNC,  /* aux.fn: a function literal's body */
    AUX_RT,    /* rt */
    AUX_CALL,  /* the callee: rt, or aux.obj (declared/imported function, method, builtin) */
} AuxKind;

enum {
    F_MEM = 1,   /* the last argument is a memory state */
    F_SIDE = 2,  /* effect beyond the result: never removed when unused */
    F_ALLOC = 4, /* allocation site for escape analysis */
    F_RT = 8,    /* lowered to a runtime call (Value.rt) */
};

#define SSA_OP_ENUM(name, nargs, rule, aux, flags, comment) Op##name,
typedef enum Op { SSA_OPS(SSA_OP_ENUM) OP_COUNT } Op;
#undef SSA_OP_ENUM

typedef struct OpInfo {
    const char *name;
    int nargs;     /* -1: variadic */
    TypeRule rule;
    AuxKind aux;
    unsigned flags;
    const char *comment;
} OpInfo;

/* The op table (immutable). */
extern const OpInfo ssa_op_info[OP_COUNT];

/* ---- runtime entry points -------------------------------------------------- */

typedef enum RtEffect { RT_PURE, RT_READ, RT_WRITE } RtEffect;

#define SSA_RT_ENUM(id, sym, effect) RT_##id,
typedef enum RtId { RT_NONE, SSA_RUNTIME_FUNCS(SSA_RT_ENUM) RT_COUNT } RtId;
#undef SSA_RT_ENUM

typedef struct RuntimeFn {
    RtId id;
    const char *name; /* "runtime.mapassign_faststr" */
    RtEffect effect;
} RuntimeFn;

/* The runtime table (immutable), indexed by RtId. */
extern const RuntimeFn ssa_runtime[RT_COUNT];
static inline const RuntimeFn *ssa_rt(RtId id) { return &ssa_runtime[id]; }

/* ---- values and blocks ----------------------------------------------------- */

struct Value {
    int id;            /* dense from 1 within the function */
    Op op;
    Type *type;
    int64_t auxint;
    union {
        Object *obj;      /* AUX_OBJ, AUX_CALL */
        Type *type;       /* AUX_TYPE */
        const char *str;  /* AUX_STR */
        Func *fn;         /* AUX_FUNC */
    } aux;
    const RuntimeFn *rt;  /* AUX_RT, AUX_CALL to the runtime, ops with F_RT */
    Value **args;
    int nargs, argcap;
    Block *block;
    Pos pos;              /* copied from the AST; line 0 prints (?) */
    Node *node;           /* allocation sites and calls: the AST node */
};

typedef enum BlockKind {
    BlockInvalid,
    BlockPlain, /* one successor */
    BlockIf,    /* control bool: succs[0] when true, succs[1] when false */
    BlockRet,   /* control MakeResult: return */
    BlockExit,  /* control mem: the function stops here (a panic) */
} BlockKind;

struct Block {
    int id;            /* dense from 1 within the function */
    BlockKind kind;
    VEC(Value *) values; /* phis first, then in order */
    VEC(Block *) preds;
    Block *succs[2];
    int nsuccs;
    Value *control;
    Pos pos;
    bool sealed;       /* builder: all predecessors known */
};

/* A named local variable held in SSA values taking the value v, recorded
 * by the builder for the debugger (codegen's llvm.dbg.value): right after
 * the value `after` of `block`, or at the block's start (after its phis)
 * when after is NULL. Passes may delete v or after; the record then
 * describes nothing. */
typedef struct SsaVarDef {
    Object *obj;
    Value *v;
    Block *block;
    Value *after;
} SsaVarDef;

/* A function's SSA. */
struct SsaFunc {
    Arena arena;             /* everything below lives here */
    SsaPackage *pkg;
    const char *name;        /* gc's name: "f", "(*T).m", "f.func1", "init" */
    Func *fn;                /* the checker's description; NULL for the package init */
    Type *sig;               /* its signature (with receiver for methods) */
    VEC(Block *) blocks;     /* blocks[0] is the entry */
    Block *entry;
    VEC(Value *) values;     /* by ID (index 0 unused); deleted ones are NULL */
    int nblock_ids;          /* next block ID */
    VEC(Value *) params;     /* Arg values: receiver first, then parameters (blank ones too) */
    VEC(Value *) result_addrs; /* functions with defer: the LocalAddr of each result slot,
                                  which the code generator reloads on a recovered panic */
    bool has_defer;
    VEC(SsaVarDef) var_defs; /* assignments of named SSA variables, in build order */
    Type *ptr_cache_key[64]; /* small cache of pointer types made for this function */
    Type *ptr_cache_val[64];
};

/* Types shared by all functions of a package. */
typedef struct SsaTypes {
    Type *mem, *void_, *hiter, *u8ptr;
    Type *t_int, *t_bool, *t_string, *t_uintptr, *t_int32, *t_uint8, *t_any;
} SsaTypes;

/* Package-wide state of the SSA phase (lives in the session arena). */
struct SsaPackage {
    Package *pkg;
    Arena *arena;
    SsaTypes types;
    struct PtrMap *reassigned; /* variables assigned after their declaration (gc's
                                  escape `reassigned`): closures capture them by reference */
    struct PtrMap *names;      /* Func* -> gc's name where it differs from the checker's
                                  (user init functions are init.0, init.1, ...) */
    bool keep_vars;            /* build -N: every named variable lives in memory (gc's canSSA
                                  is false under -N), so a debugger can print it at any line */
};

/* ---- entry points ------------------------------------------------------------ */

/* Prepares the package for SSA construction (types, closure capture modes). */
SsaPackage *ssa_package_new(Package *pkg, Arena *arena);
/* Builds one function body (declared function, method or literal). */
SsaFunc *ssa_build_func(SsaPackage *sp, Func *fn);
/* Builds the package initialisation function "init" (package-level
 * variables in initialisation order); NULL when there is none. */
SsaFunc *ssa_build_init(SsaPackage *sp);
void ssa_func_free(SsaFunc *f);

/* Every function body of the package in the order `minigo ssa` prints them:
 * declared functions in source order, each followed by its literals, then
 * literals of package-level initialisers. */
typedef VEC(Func *) FuncList;
void ssa_package_funcs(SsaPackage *sp, Arena *a, FuncList *out);

/* gc's name of a function body: fn->name, except that user init functions
 * are numbered (init.0, init.0.func1) as gc does. */
const char *ssa_func_name(SsaPackage *sp, Func *fn);

/* True if the function's gc name is `name`; also accepts "main.NAME",
 * and T.m for (*T).m as GOSSAFUNC does. */
bool ssa_name_matches(const char *fname, const char *name);

/* ---- passes ---------------------------------------------------------------- */

typedef struct SsaPass {
    const char *name;
    void (*run)(SsaFunc *f);
} SsaPass;

/* The pass pipeline in order (immutable; gc's compile.go `passes`). */
extern const SsaPass ssa_passes[];
extern const int ssa_npasses;

/* Runs every pass; after each, calls after(f, pass, ctx) when given (used by
 * -passes to print and -check to verify). */
void ssa_run_passes(SsaFunc *f, void (*after)(SsaFunc *, const SsaPass *, void *), void *ctx);
/* Runs passes [first, end) only: escape analysis wants the SSA before
 * "lower" (allocations still New/MakeMap/MakeClosure ops), then lower runs
 * with its decisions; values keep their IDs across passes. */
void ssa_run_passes_between(SsaFunc *f, int first, int end, void (*after)(SsaFunc *, const SsaPass *, void *),
                            void *ctx);
int ssa_pass_index(const char *name); /* -1 when there is no such pass */

/* The passes one by one. */
void ssa_deadcode(SsaFunc *f);
void ssa_remove_unreachable(SsaFunc *f); /* deadcode's first half: blocks only */
void ssa_copyelim(SsaFunc *f);
void ssa_phielim(SsaFunc *f);
void ssa_constfold(SsaFunc *f);
void ssa_nilcheckelim(SsaFunc *f);
void ssa_lower(SsaFunc *f);

/* ---- verifier and dump ------------------------------------------------------- */

/* Checks the invariants (see verify.c); on failure writes the reasons to err
 * (when non-NULL) and returns false. */
bool ssa_verify(SsaFunc *f, StrBuf *err);
/* Verifies and stops with an internal error (exit 2) naming `when` on failure. */
void ssa_check(SsaFunc *f, const char *when);

/* gc's GOSSAFUNC text: "name type", then per block "  bN:" with "<- preds",
 * one value a line "    (LINE) vN = Op <type> [auxint] {aux} args", and
 * the control line. */
void ssa_print(SsaFunc *f, FILE *out);
/* One value as the dump shows it, without the position (for messages). */
void ssa_value_string(SsaFunc *f, Value *v, StrBuf *out);
const char *ssa_type_string(SsaFunc *f, Type *t);

/* ---- construction helpers (func.c), shared with passes ------------------------- */

Block *ssa_new_block(SsaFunc *f, BlockKind kind);
Value *ssa_new_value(SsaFunc *f, Block *b, Op op, Type *t, Pos pos);
void ssa_add_arg(SsaFunc *f, Value *v, Value *arg);
Value *ssa_value0(SsaFunc *f, Block *b, Op op, Type *t, Pos pos);
Value *ssa_value1(SsaFunc *f, Block *b, Op op, Type *t, Pos pos, Value *a);
Value *ssa_value2(SsaFunc *f, Block *b, Op op, Type *t, Pos pos, Value *a, Value *c);
Value *ssa_value3(SsaFunc *f, Block *b, Op op, Type *t, Pos pos, Value *a, Value *c, Value *d);
void ssa_add_edge(Block *from, Block *to, SsaFunc *f);
void ssa_set_control(Block *b, Value *v);
/* Drops all arguments of v. */
void ssa_reset_args(Value *v);
/* Turns v into a copy of w (keeps its ID). */
void ssa_value_copy_of(SsaFunc *f, Value *v, Value *w);
/* Removes the edge b->succs[i], fixing the successor's preds and phis. */
void ssa_remove_succ(SsaFunc *f, Block *b, int i);
/* Puts phis first in every block, keeping the order of the rest. */
void ssa_order_phis(SsaFunc *f);

Type *ssa_ptr_to(SsaFunc *f, Type *elem);
/* A tuple type of n element types (mem included when wanted). */
Type *ssa_tuple(SsaFunc *f, Type **elems, int n);
/* Element i of a tuple type (or the type itself when not a tuple). */
Type *ssa_tuple_elem(Type *t, int i);
int ssa_tuple_len(Type *t);
bool ssa_is_mem(SsaFunc *f, Type *t);
bool ssa_is_tuple(Type *t);

/* Dominators, by Cooper, Harvey and Kennedy's iterative algorithm over
 * reverse postorder, with the dominator tree numbered so that a query is
 * two comparisons. Arrays are indexed by block ID; unreachable blocks have
 * reachable[id] false. Heap memory: release with ssa_dom_free. */
typedef struct SsaDom {
    Block **idom;      /* immediate dominator (entry and unreachable: NULL) */
    bool *reachable;
    int *pre, *post;   /* dominator-tree DFS numbers */
    Block **rpo;       /* reachable blocks in reverse postorder */
    int nrpo;
} SsaDom;
void ssa_dominators(SsaFunc *f, SsaDom *d);
void ssa_dom_free(SsaDom *d);
/* Postorder of the reachable blocks into order (may be NULL); marks
 * seen[block id]. Returns how many. */
int ssa_postorder(SsaFunc *f, Block **order, bool *seen);
bool ssa_dominates(const SsaDom *d, const Block *a, const Block *b);

#endif
