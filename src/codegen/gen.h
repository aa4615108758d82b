/*
 * gen.h — inside the code generator: the state shared by module.c (the
 * driver), types.c (LLVM types and runtime type descriptors), func.c (one
 * SSA function to LLVM), expr.c (arithmetic, comparisons, conversions),
 * call.c (calls, the runtime ABI, defer thunks, print) and link.c.
 *
 * ABI (DESIGN.md "Code generation and ABI"): int is i64, bool i1, a string
 * {ptr, i64}, a slice {ptr, i64, i64}, a map or pointer a ptr, `any`
 * {type descriptor, data}, a func value a ptr to a closure record whose
 * first word is the code pointer. Every Go function takes the closure
 * context as a hidden first parameter (gc passes it in DX): declared
 * functions ignore it, so `f` as a func value is a constant record {@f}
 * and every call of a func value is `load code; call code(record, args)`.
 * One result is returned as itself, several as a literal struct.
 * Runtime entry points are called with their C signatures
 * (runtime/minigort.h): strings and `any` as two scalars, slices by
 * pointer or (ptr, len).
 */
#ifndef MINIGO_CODEGEN_GEN_H
#define MINIGO_CODEGEN_GEN_H

#include <stdlib.h>

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>

#include "../escape/escape.h"
#include "../ssa/ssa.h"
#include "codegen.h"

#define SBS(sb) ((sb)->data ? (sb)->data : "")

typedef struct TypeDesc {
    Type *type;
    LLVMValueRef desc; /* GoType (or MapType) global */
} TypeDesc;

typedef struct DebugFile {
    const char *path;
    LLVMMetadataRef file;
} DebugFile;

typedef struct DebugType {
    Type *type;
    LLVMMetadataRef di;
} DebugType;

/* A Go block scope of the function being emitted (debug.c): its source
 * span and the DILexicalBlock made for it on first use. */
typedef struct DebugScope {
    Pos start, end;
    int parent;                 /* index in FnGen.scopes, -1: the function itself */
    LLVMMetadataRef di;
} DebugScope;

typedef struct ClosureLayout {
    Func *fn;
    LLVMTypeRef rec; /* {ptr code, captures...} */
} ClosureLayout;

typedef struct Gen {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMTargetDataRef td;
    Package *pkg;
    SsaPackage *sp;
    Arena *arena;
    const CodegenOptions *opts;
    const EscResult *esc;
    /* cached LLVM types */
    LLVMTypeRef t_void, t_i1, t_i8, t_i16, t_i32, t_i64, t_f32, t_f64, t_ptr;
    LLVMTypeRef t_str, t_slice, t_iface, t_gotype, t_maptype, t_field;
    VEC(TypeDesc) descs;        /* descriptors emitted (linear search with type_identical) */
    VEC(ClosureLayout) closures;/* record layouts of function literals */
    LLVMValueRef zero_area;     /* shared zero value for mapaccess*_fat */
    int nthunks;
    int errors;                 /* internal errors reported (the build then fails, exit 2) */
    bool flip_pending;          /* -verify-escape test knob: flip the next decision (verify_escape.c) */
    struct LLVMOpaqueDIBuilder *dib; /* debug info (debug.c), NULL when off */
    LLVMMetadataRef dicu;
    VEC(DebugFile) difiles;
    VEC(DebugType) ditypes;     /* Go types described so far (debug.c) */
} Gen;

/* One function being emitted. */
typedef struct FnGen {
    Gen *g;
    SsaFunc *f;
    LLVMValueRef fn;
    LLVMBuilderRef b;
    LLVMBasicBlockRef entry;    /* allocas go here */
    LLVMValueRef ctxp;          /* closure context parameter */
    LLVMValueRef frame;         /* GoFrame of a function with defer, or NULL */
    LLVMValueRef *vals;         /* by value ID */
    LLVMValueRef **tuples;      /* by value ID: the elements of a tuple value (NULL for mem) */
    LLVMBasicBlockRef *bbs;     /* by block ID */
    LLVMBasicBlockRef *bb_end;  /* by block ID: the LLVM block the SSA block ends in */
    LLVMBasicBlockRef panicmem; /* shared nil-check failure block, made on demand */
    LLVMMetadataRef disp;       /* the function's DISubprogram, or NULL */
    int last_line;
    DebugScope *scopes;         /* blocks that declare variables, in source order (debug.c) */
    int nscopes;
    LLVMMetadataRef last_scope; /* scope of the last located instruction */
    Pos body_start;             /* the body's `{`: values before it are the prologue */
    struct DebugDefs *defs;     /* llvm.dbg.value points of SSA-held variables (debug.c) */
} FnGen;

/* ---- verify_escape.c (-verify-escape) -------------------------------------------- */
/* Tags inst (an alloca, a runtime allocation call, or a read-only global)
 * as the memory of the site at pos; kind: "alloc", "box", "var", "static"
 * (read-only data), "design" (heap by minigo's design). Nothing unless
 * -verify-escape. */
LLVMValueRef gen_tag_alloc(FnGen *fg, LLVMValueRef inst, const char *kind, Pos pos); /* returns inst */
/* heap, or its opposite once when MINIGO_VERIFY_ESCAPE_FLIP=1 (a test
 * that the checker catches a wrong placement). */
bool gen_flip_decision(Gen *g, bool heap);
/* Checks the escape decisions against the emitted module; prints each
 * mismatch and returns how many. */
int gen_verify_escape(Gen *g);

/* ---- debug.c ------------------------------------------------------------------ */
void gen_debug_init(Gen *g, const char *first_file);
LLVMMetadataRef gen_debug_func(Gen *g, LLVMValueRef fn, Pos pos, Type *sig);
void gen_debug_loc(FnGen *fg, Pos pos);
/* Describes the Go variable obj living in storage (an alloca) for gdb;
 * argno is 1-based for parameters, 0 for locals. */
void gen_debug_var(FnGen *fg, Object *obj, LLVMValueRef storage, unsigned argno);
void gen_debug_params(FnGen *fg);
/* The Go block scopes of fg's body, for DILexicalBlocks (call after disp is set). */
void gen_debug_scopes(FnGen *fg);
/* Sets the builder's location for v: its line in the innermost block scope,
 * none for the prologue (parameters and results copied into their slots). */
void gen_debug_value_loc(FnGen *fg, Value *v);
/* A variable's slot (alloca) from its LocalAddr: described for gdb
 * (parameters with their position); returns slot. */
LLVMValueRef gen_debug_slot_var(FnGen *fg, Object *obj, LLVMValueRef slot);
/* A variable moved to the heap: its pointer is kept in a stack slot that
 * gdb dereferences (DW_OP_deref), so `p x` prints the value; returns p. */
LLVMValueRef gen_debug_heap_var(FnGen *fg, Object *obj, LLVMValueRef p);
/* -N: a function literal's captured variable v (ClosureVar), loaded as r
 * from the closure record: by value, a slot with its value; by
 * reference, the variable behind the pointer r. */
void gen_debug_capture(FnGen *fg, Value *v, LLVMValueRef r);
/* Variables held in SSA values (not -N): gen_debug_defs_begin indexes the
 * builder's SsaVarDefs; gen_debug_defs_at emits the llvm.dbg.value records
 * due after value `after` of block bl (NULL: at its start, after the
 * phis); gen_debug_defs_end releases the index. */
void gen_debug_defs_begin(FnGen *fg);
void gen_debug_defs_at(FnGen *fg, Block *bl, Value *after);
void gen_debug_defs_end(FnGen *fg);
void gen_debug_finish(Gen *g);
/* Embeds runtime/minigo-gdb.py (found next to runtime_lib, the runtime
 * library being linked) in a .debug_gdb_scripts section for gdb to
 * auto-load; nothing when the script is not there. */
void gen_debug_gdb_scripts(Gen *g, const char *runtime_lib);

/* ---- types.c ---------------------------------------------------------------- */
void gen_types_init(Gen *g);
bool gen_is_mem(Gen *g, Type *t);
LLVMTypeRef gen_type(Gen *g, Type *t);           /* the LLVM type of a Go value (void for mem) */
LLVMTypeRef gen_func_type(Gen *g, Type *sig);    /* with the context param and the receiver */
LLVMTypeRef gen_results_type(Gen *g, Type *results); /* void, the one type, or a struct */
int64_t gen_sizeof(Gen *g, Type *t);
bool gen_is_direct_iface(Type *t);               /* pointer-shaped: stored in any.data itself */
LLVMValueRef gen_type_desc(Gen *g, Type *t);     /* its GoType (MapType for maps) */
const char *gen_go_type_name(Gen *g, Type *t);   /* as %T prints it: "main.T" */
Type *gen_under(Type *t);

/* ---- module.c ----------------------------------------------------------------- */
LLVMValueRef gen_func_decl(Gen *g, Func *fn);    /* main.f, main.T.m, main.f.func1 */
LLVMValueRef gen_rt_decl(Gen *g, const char *name, LLVMTypeRef fty);
LLVMValueRef gen_func_value(Gen *g, Func *fn);   /* the constant record {@f} */
LLVMTypeRef gen_closure_record(Gen *g, Func *fn);
LLVMValueRef gen_cstring(Gen *g, const char *s, size_t len); /* a {ptr, i64} constant */
const char *gen_func_name(Gen *g, Func *fn);

/* ---- func.c ------------------------------------------------------------------- */
void gen_function(Gen *g, SsaFunc *f);
LLVMValueRef fg_val(FnGen *fg, Value *v);
LLVMValueRef fg_alloca(FnGen *fg, LLVMTypeRef t, const char *name);
void fg_zero(FnGen *fg, LLVMValueRef ptr, int64_t size);
LLVMValueRef fg_heap_alloc(FnGen *fg, Type *t);  /* runtime.newobject(size) */
bool fg_on_heap(FnGen *fg, Node *n);
bool gen_is_fast_map_call(const RuntimeFn *rt);    /* runtime.map*_fast*: touches map memory only */
void gen_mark_noalias_user(Gen *g, LLVMValueRef inst);             /* escape decision for an allocation site */
void fg_nil_check(FnGen *fg, LLVMValueRef p);
FnGen *fg_thunk_begin(Gen *g, LLVMValueRef fn);  /* a helper function (thunk, wrapper) */
void fg_thunk_end(FnGen *fg);

/* ---- expr.c ------------------------------------------------------------------- */
LLVMValueRef gen_arith(FnGen *fg, Value *v);
LLVMValueRef gen_compare(FnGen *fg, Op op, Type *t, LLVMValueRef x, LLVMValueRef y);
LLVMValueRef gen_convert(FnGen *fg, LLVMValueRef x, Type *from, Type *to);
LLVMValueRef gen_const(FnGen *fg, Value *v);
LLVMValueRef gen_iface_is(FnGen *fg, LLVMValueRef x, Type *t);
LLVMValueRef gen_iface_unbox(FnGen *fg, LLVMValueRef x, Type *t);
LLVMValueRef gen_make_iface(FnGen *fg, LLVMValueRef x, Type *t, Node *site);
LLVMValueRef gen_to_i64(FnGen *fg, LLVMValueRef x, Type *t);

/* ---- call.c ------------------------------------------------------------------- */
/* Emits v (StaticCall, ClosureCall, IfaceCall, PureCall, Defer, Go); sets
 * fg->vals / fg->tuples for its results. */
void gen_call(FnGen *fg, Value *v);
LLVMValueRef gen_call_fn(FnGen *fg, LLVMValueRef callee, LLVMTypeRef fty, LLVMValueRef *args, int n);
LLVMValueRef gen_method_value(FnGen *fg, Object *m, LLVMValueRef recv, Node *site);
LLVMValueRef gen_closure_value(FnGen *fg, Value *v);
/* f as a func value of type ft: {@f}, or for the method expression (*T).m
 * of a value method, a wrapper that dereferences the receiver. */
LLVMValueRef gen_func_addr(FnGen *fg, Object *f, Type *ft);
LLVMValueRef gen_string_method_wrapper(Gen *g, Object *m, Type *recvt, bool via_ptr);
/* Call of a Go function value or declared function with results split. */
void gen_results(FnGen *fg, Value *v, LLVMValueRef call, Type *results, int extra);
LLVMValueRef gen_rt(FnGen *fg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int n);

#endif
