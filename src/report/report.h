/*
 * report.h — `minigo report file.go -o report.html`: one self-contained
 * HTML page (inline CSS and JS, nothing fetched) showing, for every
 * function of the package, what the compiler did with it: the source with
 * each line's escape decisions beside it (-m), the SSA as built and after
 * every pass in columns (click a value or block to highlight it across the
 * columns), the -m=2 explanation of everything that escapes, the LLVM IR
 * (-O0 and O2) and the escape graph drawn by Graphviz `dot` as inline SVG.
 *
 * Every section is the phase's own output through its public API
 * (ssa_print, escape_analyze, codegen_print_ir, esc_write_dot) captured
 * into memory and cut per function; nothing is re-derived here.
 */
#ifndef MINIGO_REPORT_H
#define MINIGO_REPORT_H

#include "../common/common.h"
#include "../types/types.h"

typedef struct ReportInput {
    const char *const *files; /* as given on the command line */
    char *const *sources;     /* their contents (NUL-terminated) */
    int nfiles;
    const char *output;       /* the .html file to write */
} ReportInput;

/* Writes the page. Returns 0, 1 when the output cannot be written (message
 * on stderr), 2 on an internal error of a later phase. */
int report_run(Package *pkg, Arena *arena, const ReportInput *in);

#endif
