/*
 * ssa_html.c — the SSA columns of the report: the function as built, then
 * after each pass, printed by ssa_print into memory and marked up line by
 * line. Value and block numbers keep their IDs across passes, so a vN in
 * one column is the same value in all of them: every vN and bN becomes a
 * <span data-v="vN"> / <span data-b="bN"> the page script highlights
 * together. Lines new since the previous column are marked, and a column
 * identical to the previous one starts collapsed (as gc's ssa.html does).
 *
 * Only the value/block words outside {aux} and <type> are marked, so a
 * variable called v1 in {v1} is not taken for value v1.
 */
#include "page.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_COMPARE_CELLS = 4 * 1024 * 1024 };

typedef struct Column {
    const char *pass;
    char *text;        /* malloc'ed ssa_print output */
    char **lines;      /* pointers into a copy of text, NUL-terminated */
    int nlines;
    char *copy;
} Column;

typedef VEC(Column) Columns;

typedef struct Capture {
    Columns cols;
    Arena *a;
} Capture;

static char *print_to_string(SsaFunc *f)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    if (!m)
        diag_fatal("report", "open_memstream failed");
    ssa_print(f, m);
    fclose(m);
    return buf;
}

static void add_column(Capture *c, const char *pass, SsaFunc *f)
{
    Column col = {.pass = pass, .text = print_to_string(f)};
    col.copy = xmalloc(strlen(col.text) + 1);
    strcpy(col.copy, col.text);
    int cap = 16;
    col.lines = xmalloc((size_t)cap * sizeof *col.lines);
    for (char *p = col.copy; *p;) {
        char *nl = strchr(p, '\n');
        if (col.nlines == cap) {
            cap *= 2;
            col.lines = xrealloc(col.lines, (size_t)cap * sizeof *col.lines);
        }
        col.lines[col.nlines++] = p;
        if (!nl)
            break;
        *nl = 0;
        p = nl + 1;
    }
    vec_push(c->a, &c->cols, col);
}

static void after_pass(SsaFunc *f, const SsaPass *p, void *ctx) { add_column(ctx, p->name, f); }

static bool is_word(int c) { return isalnum(c) || c == '_'; }

/* Writes one SSA line with its value and block words marked. */
static void mark_line(FILE *out, const char *s)
{
    int brace = 0, angle = 0;
    const char *eq = strstr(s, " = ");
    for (const char *p = s; *p;) {
        char ch = *p;
        if (ch == '{')
            brace++;
        else if (ch == '}' && brace > 0)
            brace--;
        else if (ch == '<' && p[1] != '-' && !brace)
            angle++;
        else if (ch == '>' && angle > 0 && !brace)
            angle--;
        bool start = p == s || !is_word((unsigned char)p[-1]);
        if (!brace && !angle && start && (ch == 'v' || ch == 'b') && isdigit((unsigned char)p[1])) {
            const char *q = p + 1;
            while (isdigit((unsigned char)*q))
                q++;
            if (!is_word((unsigned char)*q)) {
                int n = (int)(q - p);
                bool def = ch == 'v' && q == eq;
                bool bdef = ch == 'b' && *q == ':';
                fprintf(out, "<span class=\"%s%s\" data-%c=\"%.*s\">%.*s</span>", ch == 'v' ? "v" : "b",
                        def || bdef ? " def" : "", ch, n, p, n, p);
                p = q;
                continue;
            }
        }
        html_esc(out, p, 1);
        p++;
    }
}

static bool line_in(const Column *c, const char *l)
{
    for (int i = 0; i < c->nlines; i++)
        if (strcmp(c->lines[i], l) == 0)
            return true;
    return false;
}

static bool same_text(const Column *a, const Column *b) { return strcmp(a->text, b->text) == 0; }

static void write_column(FILE *out, const Column *col, const Column *prev, int index)
{
    bool same = prev && same_text(prev, col);
    bool diff = prev && !same && (long)prev->nlines * col->nlines <= MAX_COMPARE_CELLS;
    fprintf(out, "<div class=\"col%s\" data-pass=\"", same ? " same collapsed" : "");
    html_escs(out, col->pass);
    fprintf(out, "\" data-index=\"%d\"><div class=\"colhead\" title=\"click to fold or unfold\">", index);
    html_escs(out, col->pass);
    if (same)
        fputs(" <span class=\"nochange\">(no change)</span>", out);
    fputs("</div><pre class=\"ssatext\">", out);
    /* The first line is "name type": shown in the section header instead. */
    for (int i = 1; i < col->nlines; i++) {
        const char *l = col->lines[i];
        bool changed = diff && !line_in(prev, l);
        fputs(changed ? "<span class=\"ln chg\">" : "<span class=\"ln\">", out);
        mark_line(out, l);
        fputs("</span>\n", out);
    }
    fputs("</pre></div>\n", out);
}

void ssa_html_columns(FILE *out, SsaFunc *f)
{
    Arena a;
    arena_init(&a);
    Capture c = {.a = &a};
    add_column(&c, "build", f);
    ssa_run_passes(f, after_pass, &c);
    const Column *first = &c.cols.items[0];
    fputs("<div class=\"ssahead\">", out);
    html_escs(out, first->nlines ? first->lines[0] : "");
    fprintf(out, " &mdash; %d columns: as built, then after each of %d passes. "
                 "Click a value (vN) or block (bN) to highlight it in every column; click again to clear. "
                 "Changed lines are marked; click a column's title to fold it.</div>\n",
            c.cols.len, c.cols.len - 1);
    fputs("<div class=\"cols\">\n", out);
    for (int i = 0; i < c.cols.len; i++)
        write_column(out, &c.cols.items[i], i ? &c.cols.items[i - 1] : NULL, i);
    fputs("</div>\n", out);
    for (int i = 0; i < c.cols.len; i++) {
        free(c.cols.items[i].text);
        free(c.cols.items[i].copy);
        free(c.cols.items[i].lines);
    }
    arena_free(&a);
}
