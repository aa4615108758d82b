/*
 * graph.h — gc's escape graph (cmd/compile/internal/escape/graph.go),
 * internal to src/escape.
 *
 * A location stands for a variable or an allocation site; an edge says
 * "the value of src flows into this location, dereferenced `derefs` times":
 *
 *     p = &q    // -1
 *     p = q     //  0
 *     p = *q    //  1
 *
 * A hole is the destination of an expression being evaluated: evaluating
 * x into the hole (dst=l, derefs=d) adds the edge l <-(d)- x. The solver
 * (solve.c) walks from every location with Bellman-Ford, derefs floored at
 * 0, and marks as escaping every location whose address reaches a location
 * that outlives it (the heap, a result, an outer loop's variable).
 */
#ifndef MINIGO_ESCAPE_GRAPH_H
#define MINIGO_ESCAPE_GRAPH_H

#include "ir.h"
#include "ptrmap.h"

enum { NUM_ESC_RESULTS = 7 };

/* gc's leaks: [0] heap, [1+i] result i; each derefs+1, 0 = no flow. */
typedef struct Leaks {
    uint8_t v[1 + NUM_ESC_RESULTS];
} Leaks;

typedef struct Note {
    struct Note *next;
    const IrNode *where;
    const char *why;
} Note;

typedef struct Location Location;

typedef struct Edge {
    Location *src;
    int derefs;   /* >= -1 */
    Note *notes;
} Edge;

struct Location {
    const IrNode *n;     /* the variable's ONAME or the allocating expression; NULL: temporary */
    IrName *name;        /* the variable, when n is an ONAME */
    IrFunc *curfn;
    VEC(Edge) edges;     /* incoming */
    int loop_depth;
    int result_index;    /* results: 1-based index; else 0 */
    int derefs;          /* >= -1, during walkOne */
    uint32_t walkgen;
    Location *dst;       /* next step towards the walk root, and the edge there */
    int dst_edge;
    bool queued, escapes, transient, captured, reassigned, addrtaken;
    Leaks param_esc;
};

typedef struct Hole {
    Location *dst;
    int derefs;          /* >= -1 */
    Note *notes;
    bool addrtaken;
} Hole;

typedef struct ClosureRec {
    Hole k;
    IrNode *clo;
} ClosureRec;

typedef struct EscCtx EscCtx;

/* A flow into an already-escaping location that esc_flow settles at once
 * (src escapes) instead of adding an edge; kept for the DOT graph only. */
typedef struct DotEdge {
    Location *dst, *src;
    int derefs;
} DotEdge;

/* State shared by the functions analysed together (gc's batch). */
typedef struct Batch {
    EscCtx *ctx;
    Arena *a;            /* this batch's graph; reset when it is finished */
    VEC(Location *) all_locs;
    VEC(ClosureRec) closures;
    Location heap_loc;
    Location blank_loc;
    VEC(struct DotEdge) shortcuts; /* keep_dot: flows esc_flow settles without an edge */
} Batch;

/* The function being walked (gc's escape). */
typedef struct Escape {
    Batch *b;
    IrFunc *curfn;
    int loop_depth;
} Escape;

/* Whole-run state. */
struct EscCtx {
    IrPackage *ip;
    int m;               /* -m level */
    FILE *out;
    Arena *paths;
    StrBuf line;         /* scratch */
    PtrMap decided;      /* AST Node* -> 1 heap / 2 stack */
    PtrMap moved;        /* Object* -> 1 */
    PtrMap boxed;        /* AST node of an interface conversion -> 1 heap / 2 stack */
    PtrMap byref;        /* Object* captured by reference -> 1 */
    Arena graph;         /* batch arenas are carved from here and reset */
    int tempgen;
    bool keep_dot;       /* escape_analyze_with_graphs: render each function's graph (dot.c) */
    PtrMap dot;          /* Func* -> its graph as DOT text (in ip->arena) */
};

/* graph.c */
Hole hole_of(Location *l);
Hole hole_note(Batch *b, Hole k, const IrNode *where, const char *why);
Hole hole_shift(Hole k, int delta);
Hole hole_deref(Batch *b, Hole k, const IrNode *where, const char *why);
Hole hole_addr(Batch *b, Hole k, const IrNode *where, const char *why);
Hole hole_dottype(Batch *b, Hole k, Type *t, const IrNode *where, const char *why);
void esc_flow(Batch *b, Hole k, Location *src);
Hole heap_hole(Batch *b);
Hole discard_hole(Batch *b);
Location *new_loc(Escape *e, const IrNode *n, IrName *name, bool transient);
Location *old_loc(IrName *n);
Hole tee_hole(Escape *e, Hole *ks, int nks);
Hole later_hole(Escape *e, Hole k);
Hole spill(Escape *e, Hole k, const IrNode *n);
void leaks_add(Leaks *l, int i, int derefs);
int leaks_get(const Leaks *l, int i);
void loc_leak_to(Location *l, Location *sink, int derefs);
bool loc_is_name(const Location *l, IrClass c);

/* output (report.c) */
const char *esc_pos(EscCtx *c, Pos p);
void esc_printf(EscCtx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void esc_warn(EscCtx *c, Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
const char *node_str(EscCtx *c, const IrNode *n);
const char *explain_loc(Batch *b, const Location *l);
void explain_flow(Batch *b, const char *pos, Location *dst, Location *src, int derefs, Note *notes);
void explain_path(Batch *b, Location *root, Location *src);

/* solve.c */
void walk_all(Batch *b);
bool outlives(Batch *b, Location *l, Location *other);

/* walk.c / walk_call.c */
void esc_stmt(Escape *e, IrNode *n);
void esc_stmts(Escape *e, IrList *l);
void esc_block(Escape *e, IrList *l);
void esc_expr(Escape *e, Hole k, IrNode *n);
void esc_discard(Escape *e, IrNode *n);
void esc_discards(Escape *e, IrList *l);
Hole esc_addr(Escape *e, IrNode *n);
void esc_assign_heap(Escape *e, IrNode *src, const char *why, const IrNode *where);
void esc_assign_list(Escape *e, IrList *dsts, IrList *srcs, const char *why, IrNode *where);
void esc_reassigned(Escape *e, Hole *ks, int nks, IrNode *where);
void esc_call(Escape *e, Hole *ks, int nks, IrNode *call);
void esc_go_defer(Escape *e, IrNode *n);
void esc_walk_func(Batch *b, IrFunc *fn);
bool in_mutual_batch(IrFunc *fn);
const char *heap_alloc_reason(const IrNode *n);

/* batch.c */
Escape esc_with(Batch *b, IrFunc *fn);

/* dot.c: the graph of every function of a solved batch, as DOT text */
void esc_dot_batch(Batch *b);
void esc_dot_shortcut(Batch *b, Location *dst, Location *src, int derefs);
const void *esc_dot_init_key(void); /* the key of the package initialiser's graph */

#endif
