/*
 * escflow.h — the escape phase's -m=2 text as data, shared by
 * `minigo escape -json` (escjson.c) and `minigo escape -explain`
 * (explain.c).
 *
 * The -m=2 text is gc-identical and is the source of truth: we run the
 * analysis into memory and keep every line in order (explain must print
 * them unchanged), each with its role:
 *
 *   decision   a line of the -m=1 text ("moved to heap: x", "p does not
 *              escape", "leaking param: k", "X escapes to heap", ...);
 *   block      the header "X escapes to heap:" / "parameter p leaks to
 *              {heap} with derefs=0:" of an explanation;
 *   body       the header's "  flow: dst = src:" and "    from WHAT (WHY)
 *              at POS" lines;
 *   other      -m=2 notes that are not decisions ("f capturing by value:
 *              x (...)", "ignoring self-assignment") and unparsed lines.
 *
 * An explanation block belongs to the decision about the same variable,
 * parameter or allocation printed later at the same position (gc prints the explanation as it solves, the decision when the
 * batch is finished); blocks with no decision (a go statement's wrapper
 * closure) stay unowned.
 */
#ifndef MINIGO_ESCFLOW_H
#define MINIGO_ESCFLOW_H

#include "../common/common.h"
#include "../types/types.h"

typedef struct EscFlowPos {
    const char *file; /* as printed ("./x.go" or "dir/x.go"), NUL-terminated */
    int line, col;
} EscFlowPos;

/* "from WHAT (WHY) at POS"; what == NULL when the line did not parse that
 * way (then text holds it, unindented). */
typedef struct EscStep {
    const char *what, *why, *text;
    bool has_at;
    EscFlowPos at;
} EscStep;

/* "flow: DST = SRC:" and its steps; has_flow false for steps printed
 * before any flow line (dst and src are then ""). */
typedef struct EscFlow {
    const char *dst, *src;
    bool has_flow;
    EscStep *steps;
    int nsteps;
} EscFlow;

typedef struct EscBlock {
    const char *summary; /* the header without its ':' */
    EscFlowPos pos;
    EscFlow *flows;
    int nflows;
    int header;          /* index of the header line */
    int owner;           /* the decision it explains, or -1 */
} EscBlock;

typedef enum EscLineRole { ESCL_DECISION, ESCL_BLOCK, ESCL_BODY, ESCL_OTHER } EscLineRole;

typedef struct EscLine {
    const char *text;  /* the whole line, as printed (no newline) */
    bool parsed;       /* pos and msg are valid */
    EscFlowPos pos;
    const char *msg;   /* after "LINE:COL: ", indentation kept */
    EscLineRole role;
    int index;         /* ESCL_DECISION: the decision; ESCL_BLOCK/BODY: the block */
} EscLine;

typedef struct EscDecision {
    EscFlowPos pos;
    const char *kind;     /* the schema's kind: "moved-to-heap", "escapes-to-heap", ... */
    const char *message;  /* gc's text after the position */
    const char *function; /* gc's name of the function holding it ("init" outside any) */
    int *blocks;          /* indices into EscFlows.blocks, in print order */
    int nblocks;
    int line;             /* index of its line */
} EscDecision;

typedef struct EscFlows {
    EscLine *lines;
    int nlines;
    EscBlock *blocks;
    int nblocks;
    EscDecision *decisions;
    int ndecisions;
    const char *m1; /* the -m=1 text */
} EscFlows;

/* Runs escape analysis of pkg at -m=1 and -m=2 into memory and returns the
 * lines, blocks and decisions, all allocated in arena. */
EscFlows *esc_flows_collect(Package *pkg, Arena *arena);

#endif
