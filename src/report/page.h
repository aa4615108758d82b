/*
 * page.h — internal to src/report: the pieces the page is assembled from.
 */
#ifndef MINIGO_REPORT_PAGE_H
#define MINIGO_REPORT_PAGE_H

#include <stdio.h>

#include "../common/common.h"
#include "../ssa/ssa.h"

/* assets.c: the page's inline style sheet and script (immutable). */
extern const char report_css[];
extern const char report_js[];

/* html.c */
void html_esc(FILE *out, const char *s, size_t n);
void html_escs(FILE *out, const char *s);

/* One "file:line:col: message" line of escape analysis output. */
typedef struct EscLine {
    const char *file; /* as printed ("./x.go") */
    int line, col;
    const char *msg;  /* after "LINE:COL: " */
} EscLine;
typedef VEC(EscLine) EscLines;

/* Splits the -m text into lines (strings copied into a). Lines that do not
 * start with a position are dropped. */
void esc_lines_parse(Arena *a, const char *text, EscLines *out);

/* ssa_html.c: the SSA of f as built and after every pass, one column each,
 * with values and blocks clickable. Runs the passes (f is changed). */
void ssa_html_columns(FILE *out, SsaFunc *f);

/* svg.c: runs `dot -Tsvg` on dot_text; on success returns the <svg ...>
 * element (malloc'ed) and NULL *why; else NULL and *why says what failed
 * (static text, or "dot not found"). */
char *svg_from_dot(const char *dot_text, const char **why);

#endif
