/*
 * compare.h — `minigo compare`: two functions of one package side by side
 * (SSA after all passes, optimised LLVM IR, or escape decisions), the lines
 * that differ marked, and a summary of what the difference costs.
 *
 * Reads the other phases through their public headers only: it prints each
 * phase's own text (ssa_print, codegen_print_ir, escape -m) into memory,
 * cuts out the two functions and aligns them line by line.
 */
#ifndef MINIGO_COMPARE_H
#define MINIGO_COMPARE_H

#include <stdio.h>

#include "../common/common.h"
#include "../types/types.h"

typedef enum CompareMode { CMP_SSA, CMP_IR, CMP_ESCAPE } CompareMode;

typedef struct CompareOptions {
    CompareMode mode;
    int width;        /* total columns; 0: the terminal's width, else 160 */
    int color;        /* 1 on, 0 off, -1: only when out is a terminal */
    const char *func_a, *func_b;
} CompareOptions;

/* Prints the comparison to out. Returns 0, or 1 when a function does not
 * exist (the message on stderr lists those that do). */
int compare_run(Package *pkg, Arena *arena, const CompareOptions *opt, FILE *out);

/* minigo escape -json (escjson.c): one JSON object a line for every escape
 * decision (with its -m=2 explanation as structured flows and steps) and
 * every map operation (the runtime entry point and why), as the schema
 * src/compare/escape-json.v1.schema.json describes. Returns 0. */
int escape_json(Package *pkg, Arena *arena, FILE *out);

/* minigo escape -explain (explain.c): the -m=2 text on out, unchanged, with
 * a plain-words sentence (after a blank line) above every decision,
 * explanation block and note. Returns 0. */
int escape_explain(Package *pkg, Arena *arena, FILE *out);

/* Shared with src/report (minigo report). */
/* The position of fn's closing brace. */
Pos compare_func_end(const Func *fn);
/* True when line:col is in fn's own text, not inside one of its literals
 * (a literal's own position is its enclosing function's: its allocation). */
bool compare_func_owns(const Func *fn, int line, int col);
/* Appends to out the lines of `define ... @main.NAME(...) { ... }` in the
 * module text, without debug intrinsics and metadata attachments; false
 * when the function is not there. */
bool compare_cut_ir(const char *module, const char *name, StrBuf *out);

#endif
