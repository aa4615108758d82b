/*
 * escape.h — escape analysis of a checked minigo package, as Go 1.19's gc
 * does it (cmd/compile/internal/escape), with gc's -m / -m=2 diagnostics.
 *
 * The analysis runs on the typed AST. It first lowers each function into a
 * small gc-shaped tree (src/escape/ir.h: the IR gc's escape pass sees after
 * type checking: implicit conversions to interfaces, the `... argument`
 * slice of a variadic call, method calls as calls of T.m with the receiver
 * first, temporaries for f(g()) ...), then builds gc's location graph from
 * it statement by statement, solves it, and reports. Functions are analysed
 * bottom-up over the call graph's strongly connected components; each one
 * leaves per-parameter leak tags that its callers read.
 *
 * The decisions are kept for later phases (SSA, code generation):
 *
 *   esc_node_on_heap(r, n)     an allocation site of the AST escapes (true) or
 *                              may live on the stack (false): &T{...} (the
 *                              N_UNARY, or the N_COMPOSITE of an elided &T in
 *                              []*T{{...}}), composite literals (N_COMPOSITE:
 *                              a slice's backing array, a map's hmap), make
 *                              and new (the N_CALL), func literals
 *                              (N_FUNCLIT: the closure record), method values
 *                              (N_SELECTOR), string concatenation (N_BINARY),
 *                              string/[]byte/[]rune conversions (N_CALL), and
 *                              the slice of a variadic call's extra arguments
 *                              (the N_CALL of that call). append's grown
 *                              backing store is always on the heap.
 *   esc_box_on_heap(r, n)      the copy made when a non-pointer value is
 *                              converted to an interface: n is the operand
 *                              (the node with IMPL_TOIFACE) of an implicit
 *                              conversion, or the N_CALL of an explicit one
 *                              (any(x)). Pointer-shaped values (pointers,
 *                              maps, funcs) are stored in the interface as is.
 *   esc_obj_moved_to_heap(r, o) a variable (local, parameter, result) must
 *                              live on the heap ("moved to heap: x").
 *   esc_obj_captured_by_ref(r, o) a closure captures o by reference (else,
 *                              by value: the closure holds a copy).
 *
 * Nodes that are not allocation sites, and objects that are not variables,
 * answer false (esc_node_known / esc_box_known tell whether a decision
 * exists).
 */
#ifndef MINIGO_ESCAPE_H
#define MINIGO_ESCAPE_H

#include <stdio.h>

#include "../common/common.h"
#include "../parser/ast.h"
#include "../types/types.h"

typedef struct EscResult EscResult;

typedef struct EscOptions {
    int m;          /* -m level: 0 silent, 1 decisions, 2 flows, 3+ also gc's debug lines we model */
    FILE *out;      /* where -m output goes (stderr for minigo); NULL: stderr */
    Arena *paths;   /* arena for diag_path strings (may be the session arena) */
} EscOptions;

/* Analyses every function of pkg (and the package initialiser), prints the
 * -m output when opt->m > 0, and returns the decisions. pkg must have been
 * checked without errors. The result lives until esc_free. */
EscResult *escape_analyze(Package *pkg, const EscOptions *opt);
/* The same, also keeping each function's location graph as DOT text for
 * esc_write_dot (minigo report). */
EscResult *escape_analyze_with_graphs(Package *pkg, const EscOptions *opt);
void esc_free(EscResult *r);

bool esc_node_on_heap(const EscResult *r, const Node *n);
bool esc_box_on_heap(const EscResult *r, const Node *n);
bool esc_obj_moved_to_heap(const EscResult *r, const Object *o);
bool esc_obj_captured_by_ref(const EscResult *r, const Object *o);
/* true when n is an allocation site (box) the analysis decided on (either way). */
bool esc_node_known(const EscResult *r, const Node *n);
bool esc_box_known(const EscResult *r, const Node *n);

/* The escape graph of function fn (src/escape/dot.c) as Graphviz DOT text:
 * its locations (variables, parameters, results, allocation sites,
 * temporaries) as nodes, the heap and the results as roots, every flow as
 * an edge src -> dst labelled with its derefs (-1 address-of, 0 assign,
 * 1+ dereference), escaping locations filled. Needs an analysis run with
 * escape_analyze_with_graphs; fn NULL: the package initialiser (package-level
 * variables). Returns false (writing nothing) when there is no
 * graph for fn (not analysed, or analysed by escape_analyze). */
bool esc_write_dot(const EscResult *r, const Func *fn, FILE *out);

/* Every decision that places memory, for checks against the generated code
 * (minigo build -verify-escape): allocation sites (esc_node_on_heap), the
 * copies of interface conversions (esc_box_on_heap), and variables moved to
 * the heap (variables that stay are not listed: a stack slot or no memory at
 * all). pos is the AST node's or the variable's position; the order is
 * unspecified. */
typedef enum EscSiteKind { ESC_SITE_ALLOC, ESC_SITE_BOX, ESC_SITE_VAR } EscSiteKind;
typedef void (*EscDecisionFn)(void *ctx, EscSiteKind kind, Pos pos, bool heap);
void esc_foreach_decision(const EscResult *r, EscDecisionFn fn, void *ctx);

#endif
