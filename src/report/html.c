/*
 * html.c — HTML escaping and the parsing of -m lines, for the report page.
 */
#include "page.h"

#include <stdlib.h>
#include <string.h>

void html_esc(FILE *out, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&#39;", out); break;
        case '\0': break;
        default: fputc(s[i], out);
        }
    }
}

void html_escs(FILE *out, const char *s)
{
    if (s)
        html_esc(out, s, strlen(s));
}

/* "path.go:LINE:COL: message": the path ends at the last ".go:" before the
 * numbers (paths may hold ':' themselves). */
static bool parse_one(Arena *a, const char *l, size_t n, EscLine *e)
{
    const char *p = NULL;
    for (const char *q = l; q + 4 <= l + n; q++)
        if (memcmp(q, ".go:", 4) == 0 && q[4] >= '0' && q[4] <= '9') {
            p = q;
            break;
        }
    if (!p)
        return false;
    char *end;
    long line = strtol(p + 4, &end, 10);
    if (*end != ':')
        return false;
    long col = strtol(end + 1, &end, 10);
    if (end[0] != ':' || end[1] != ' ' || end > l + n)
        return false;
    e->file = arena_strndup(a, l, (size_t)(p + 3 - l));
    e->line = (int)line;
    e->col = (int)col;
    e->msg = arena_strndup(a, end + 2, (size_t)(l + n - (end + 2)));
    return true;
}

void esc_lines_parse(Arena *a, const char *text, EscLines *out)
{
    while (text && *text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        EscLine e;
        if (parse_one(a, text, n, &e))
            vec_push(a, out, e);
        text += n + (nl ? 1 : 0);
    }
}
