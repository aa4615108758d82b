/* diag.c — the one place messages are printed.
 *
 * User errors are collected and printed sorted by position, the way gc's
 * base.FlushErrors does, so the order does not depend on which phase or
 * which part of a phase found them. When the tenth error arrives, the
 * errors so far are printed, then "POS: too many errors" at the tenth
 * error's position, and minigo exits 1 — gc's exact behaviour. */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int pos_compare(Pos a, Pos b)
{
    if (a.file != b.file) {
        int c = strcmp(a.file ? a.file : "", b.file ? b.file : "");
        if (c)
            return c;
    }
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    if (a.col != b.col)
        return a.col < b.col ? -1 : 1;
    return 0;
}

void diag_init(Diag *d)
{
    memset(d, 0, sizeof *d);
    arena_init(&d->arena);
    d->max_errors = 10;
    d->out = stderr;
}

void diag_free(Diag *d) { arena_free(&d->arena); }

const char *diag_path(Arena *a, const char *file)
{
    if (!file)
        return "<unknown>";
    if (strchr(file, '/'))
        return file;
    return arena_printf(a, "./%s", file);
}

static void print_at(Diag *d, Pos pos, const char *text)
{
    FILE *out = d->out;
    if (pos_known(pos))
        fprintf(out, "%s:%d:%d: %s\n", diag_path(&d->arena, pos.file), pos.line, pos.col, text);
    else
        fprintf(out, "%s\n", text);
}

static int msg_cmp(const void *a, const void *b)
{
    const DiagMsg *x = a, *y = b;
    int c = pos_compare(x->pos, y->pos);
    if (c)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

int diag_flush(Diag *d)
{
    if (d->errors.len > 1)
        qsort(d->errors.items, (size_t)d->errors.len, sizeof(DiagMsg), msg_cmp);
    for (int i = 0; i < d->errors.len; i++) {
        DiagMsg *m = &d->errors.items[i];
        /* gc (FlushErrors) drops a message identical to the previous one,
         * position included: "file:line:col: text" */
        if (i > 0 && pos_compare(d->errors.items[i - 1].pos, m->pos) == 0 &&
            strcmp(d->errors.items[i - 1].text, m->text) == 0)
            continue;
        print_at(d, m->pos, m->text);
    }
    d->errors.len = 0;
    fflush(d->out);
    return d->nerrors;
}

void diag_verror(Diag *d, Pos pos, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *text = arena_alloc(&d->arena, (size_t)n + 1);
    vsnprintf(text, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    /* gc (base.ErrorfAt): only one of multiple equal non-syntax errors per
     * line is counted (FlushErrors would show only one of them anyway) */
    if (strncmp(text, "syntax error", 12) == 0 || strncmp(text, "minigo:", 7) == 0)
        d->nsyntax++;
    if (strncmp(text, "syntax error", 12) != 0) {
        if (d->last_text && d->last_pos.line == pos.line && d->last_pos.file == pos.file &&
            strcmp(d->last_text, text) == 0)
            return;
        d->last_pos = pos;
        d->last_text = text;
    }
    DiagMsg m = {pos, text, d->nerrors};
    vec_push(&d->arena, &d->errors, m);
    d->nerrors++;
    if (d->max_errors > 0 && d->nerrors >= d->max_errors) {
        diag_flush(d);
        print_at(d, pos, "too many errors");
        fflush(d->out);
        exit(1);
    }
}

void diag_error(Diag *d, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror(d, pos, fmt, ap);
    va_end(ap);
}

void diag_note(Diag *d, Pos pos, const char *fmt, ...)
{
    StrBuf b = {0};
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&b, fmt, ap);
    va_end(ap);
    print_at(d, pos, b.data ? b.data : "");
    sb_free(&b);
}

_Noreturn void diag_fatal(const char *phase, const char *fmt, ...)
{
    fflush(stdout);
    fprintf(stderr, "minigo: internal compiler error in %s: ", phase);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(2);
}
