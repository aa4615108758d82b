/*
 * report.c — `minigo report`: gathers every phase's text once for the
 * whole package (escape -m and -m=2, the escape graphs, the LLVM IR at -O0
 * and O2), then writes one <section> per function, in the order `minigo
 * ssa` prints them, cutting each phase's text down to that function:
 *
 *   source     the function's lines, each with the -m decisions made on it;
 *   SSA        built fresh per function and printed after every pass
 *              (ssa_html.c);
 *   why        the -m=2 explanation blocks whose position is the function's
 *              own (compare_func_owns: not inside one of its literals);
 *   IR         the `define` of the function cut out of each module
 *              (compare_cut_ir);
 *   graph      esc_write_dot's DOT, drawn by `dot -Tsvg` (svg.c).
 *
 * The package initialiser comes last when there is one; escape lines at no
 * function's position (package-level initialisers) are shown there.
 */
#include "report.h"

#include "../codegen/codegen.h"
#include "../compare/compare.h"
#include "../escape/escape.h"
#include "page.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct Report {
    Package *pkg;
    Arena *arena;
    const ReportInput *in;
    SsaPackage *sp;
    FuncList funcs;
    EscResult *esc;
    EscLines m1, m2;
    char *ir0, *ir2;
    FILE *out;
    const char *path_of, *path; /* cache: diag_path(path_of) */
} Report;

typedef struct Item {
    const char *name; /* gc's name */
    Func *fn;         /* NULL for the package initialiser */
} Item;

/* ---- gathering -------------------------------------------------------------- */

static FILE *mem_open(char **buf, size_t *len)
{
    FILE *f = open_memstream(buf, len);
    if (!f)
        diag_fatal("report", "open_memstream failed");
    return f;
}

static void gather_escape(Report *r)
{
    char *t1 = NULL, *t2 = NULL;
    size_t n1 = 0, n2 = 0;
    FILE *f = mem_open(&t1, &n1);
    EscOptions o1 = {1, f, r->arena};
    esc_free(escape_analyze(r->pkg, &o1));
    fclose(f);
    f = mem_open(&t2, &n2);
    EscOptions o2 = {2, f, r->arena};
    r->esc = escape_analyze_with_graphs(r->pkg, &o2);
    fclose(f);
    esc_lines_parse(r->arena, t1, &r->m1);
    esc_lines_parse(r->arena, t2, &r->m2);
    free(t1);
    free(t2);
}

static int gather_ir(Report *r, int opt, char **text)
{
    size_t len = 0;
    FILE *f = mem_open(text, &len);
    CodegenOptions co = {.opt = opt, .esc = r->esc};
    int rc = codegen_print_ir(r->pkg, r->arena, &co, f);
    fclose(f);
    return rc;
}

/* ---- positions ----------------------------------------------------------------- */

/* The file as -m prints it ("./x.go"), cached: asked once per line and function. */
static const char *printed_path(Report *r, const char *file)
{
    if (file != r->path_of) {
        r->path_of = file;
        r->path = diag_path(r->arena, file);
    }
    return r->path;
}

static bool same_file(Report *r, const EscLine *e, const Func *fn)
{
    return strcmp(e->file, printed_path(r, fn->node->pos.file)) == 0;
}

static bool owned_by(Report *r, const EscLine *e, const Func *fn)
{
    return same_file(r, e, fn) && compare_func_owns(fn, e->line, e->col);
}

/* The package initialiser owns what no function owns. */
static bool owned_by_item(Report *r, const EscLine *e, const Item *it)
{
    if (it->fn)
        return owned_by(r, e, it->fn);
    for (int i = 0; i < r->funcs.len; i++)
        if (owned_by(r, e, r->funcs.items[i]))
            return false;
    return true;
}

static const char *source_of(Report *r, const char *file)
{
    for (int i = 0; i < r->in->nfiles; i++)
        if (r->in->files[i] == file || strcmp(r->in->files[i], file) == 0)
            return r->in->sources[i];
    return NULL;
}

/* ---- the source with its -m notes ---------------------------------------------- */

static const char *note_class(const char *msg)
{
    if (strstr(msg, "escapes to heap") || strncmp(msg, "moved to heap", 13) == 0)
        return "heap";
    if (strstr(msg, "does not escape"))
        return "stack";
    if (strncmp(msg, "leaking param", 13) == 0)
        return "leak";
    return "other";
}

static void write_notes(Report *r, const Func *fn, int line)
{
    for (int i = 0; i < r->m1.len; i++) {
        const EscLine *e = &r->m1.items[i];
        if (e->line != line || !same_file(r, e, fn))
            continue;
        fprintf(r->out, "<span class=\"note %s\" title=\"%s:%d:%d\">", note_class(e->msg), e->file, e->line,
                e->col);
        html_escs(r->out, e->msg);
        fputs("</span>", r->out);
    }
}

static bool line_has_notes(Report *r, const Func *fn, int line)
{
    for (int i = 0; i < r->m1.len; i++)
        if (r->m1.items[i].line == line && same_file(r, &r->m1.items[i], fn))
            return true;
    return false;
}

static void write_source(Report *r, const Item *it)
{
    FILE *o = r->out;
    fputs("<div class=\"sec source\"><h3>Source and escape decisions (-m)</h3>\n", o);
    if (!it->fn) {
        fputs("<p>The package initialiser has no source of its own: it runs the package-level variable "
              "initialisers. Decisions made outside every function:</p>\n<ul>",
              o);
        for (int i = 0; i < r->m1.len; i++)
            if (owned_by_item(r, &r->m1.items[i], it)) {
                const EscLine *e = &r->m1.items[i];
                fprintf(o, "<li><span class=\"note %s\">", note_class(e->msg));
                html_escs(o, e->file);
                fprintf(o, ":%d:%d: ", e->line, e->col);
                html_escs(o, e->msg);
                fputs("</span></li>\n", o);
            }
        fputs("</ul></div>\n", o);
        return;
    }
    const char *src = source_of(r, it->fn->node->pos.file);
    int first = it->fn->node->pos.line, last = compare_func_end(it->fn).line;
    if (!src) {
        fputs("<p class=\"missing\">source text not available</p></div>\n", o);
        return;
    }
    const char *p = src;
    for (int l = 1; l < first && *p; l++) {
        const char *nl = strchr(p, '\n');
        p = nl ? nl + 1 : p + strlen(p);
    }
    fputs("<table class=\"src\">\n", o);
    for (int l = first; l <= last && *p; l++) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        bool has = line_has_notes(r, it->fn, l);
        fprintf(o, "<tr%s><td class=\"lno\">%d</td><td class=\"code\">", has ? " class=\"has\"" : "", l);
        for (size_t k = 0; k < n; k++) /* tabs as four spaces keep the columns narrow */
            if (p[k] == '\t')
                fputs("    ", o);
            else
                html_esc(o, p + k, 1);
        fputs("</td><td class=\"notes\">", o);
        write_notes(r, it->fn, l);
        fputs("</td></tr>\n", o);
        p = nl ? nl + 1 : p + n;
    }
    fputs("</table></div>\n", o);
}

/* ---- SSA ------------------------------------------------------------------------ */

static void write_ssa(Report *r, const Item *it)
{
    FILE *o = r->out;
    fputs("<div class=\"sec ssa\"><h3>SSA after every pass</h3>\n", o);
    SsaFunc *f = it->fn ? ssa_build_func(r->sp, it->fn) : ssa_build_init(r->sp);
    if (!f) {
        fputs("<p class=\"missing\">no SSA</p></div>\n", o);
        return;
    }
    ssa_html_columns(o, f);
    ssa_func_free(f);
    fputs("</div>\n", o);
}

/* ---- -m=2 ----------------------------------------------------------------------- */

/* Index after the block of -m=2 lines starting at i: the head line and the
 * indented lines at the same position that follow it. */
static int block_end(const EscLines *m, int i)
{
    const EscLine *h = &m->items[i];
    int j = i + 1;
    while (j < m->len && m->items[j].msg[0] == ' ' && m->items[j].line == h->line && m->items[j].col == h->col &&
           strcmp(m->items[j].file, h->file) == 0)
        j++;
    return j;
}

static void write_block(Report *r, int from, int to, bool bold_head)
{
    FILE *o = r->out;
    fputs("<pre>", o);
    for (int k = from; k < to; k++) {
        const EscLine *e = &r->m2.items[k];
        if (k == from && bold_head)
            fputs("<b>", o);
        html_escs(o, e->file);
        fprintf(o, ":%d:%d: ", e->line, e->col);
        html_escs(o, e->msg);
        if (k == from && bold_head)
            fputs("</b>", o);
        fputc('\n', o);
    }
    fputs("</pre>\n", o);
}

static void write_why(Report *r, const Item *it)
{
    FILE *o = r->out;
    fputs("<div class=\"sec why\"><h3>Why it escapes (-m=2)</h3>\n", o);
    int nexplained = 0, nall = 0;
    for (int i = 0; i < r->m2.len;) {
        int j = block_end(&r->m2, i);
        const EscLine *h = &r->m2.items[i];
        size_t n = strlen(h->msg);
        if (owned_by_item(r, h, it)) {
            nall += j - i;
            if (n > 0 && h->msg[n - 1] == ':' && h->msg[0] != ' ') {
                write_block(r, i, j, true);
                nexplained++;
            }
        }
        i = j;
    }
    if (nexplained == 0)
        fputs("<p>Nothing escapes here: no allocation moves to the heap and no parameter leaks.</p>\n", o);
    if (nall > 0) {
        fprintf(o, "<details class=\"allm2\"><summary>all %d lines of -m=2 output for this function</summary>\n",
                nall);
        for (int i = 0; i < r->m2.len;) {
            int j = block_end(&r->m2, i);
            if (owned_by_item(r, &r->m2.items[i], it))
                write_block(r, i, j, false);
            i = j;
        }
        fputs("</details>\n", o);
    }
    fputs("</div>\n", o);
}

/* ---- LLVM IR ---------------------------------------------------------------------- */

static void write_ir_text(Report *r, const char *title, const char *module, const char *name)
{
    FILE *o = r->out;
    fputs("<div class=\"ir\"><h4>", o);
    html_escs(o, title);
    fputs("</h4>", o);
    StrBuf b = {0};
    if (!module || !compare_cut_ir(module, name, &b)) {
        fputs("<p class=\"missing\">not in this module (removed or never emitted)</p></div>\n", o);
        sb_free(&b);
        return;
    }
    fputs("<pre>", o);
    for (const char *p = b.data; p && *p;) {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        char *line = arena_strndup(r->arena, p, n);
        const char *cls = strstr(line, "call ") && strstr(line, "@runtime.") ? "rt"
                          : strstr(line, " = alloca ")                      ? "alloca"
                                                                            : NULL;
        if (cls)
            fprintf(o, "<span class=\"%s\">", cls);
        html_esc(o, p, n);
        fputs(cls ? "</span>\n" : "\n", o);
        p = nl ? nl + 1 : p + n;
    }
    fputs("</pre></div>\n", o);
    sb_free(&b);
}

static void write_ir(Report *r, const Item *it)
{
    FILE *o = r->out;
    fputs("<div class=\"sec llvm\"><h3>LLVM IR</h3>\n"
          "<p class=\"legend\">Runtime calls are shaded red, stack slots (<code>alloca</code>) green; "
          "debug intrinsics and metadata are left out.</p>\n<div class=\"irs\">\n",
          o);
    write_ir_text(r, "-O0 (as generated)", r->ir0, it->name);
    write_ir_text(r, "O2 (optimised)", r->ir2, it->name);
    fputs("</div></div>\n", o);
}

/* ---- escape graph -------------------------------------------------------------- */

static void write_graph(Report *r, const Item *it)
{
    FILE *o = r->out;
    fputs("<div class=\"sec graph\"><h3>Escape graph</h3>\n", o);
    char *dot = NULL;
    size_t len = 0;
    FILE *f = mem_open(&dot, &len);
    bool have = esc_write_dot(r->esc, it->fn, f);
    fclose(f);
    if (!have) {
        fputs("<p>No escape graph: escape analysis saw no locations here.</p></div>\n", o);
        free(dot);
        return;
    }
    fputs("<p class=\"legend\">Nodes are locations: variables (ellipses), allocation sites (boxes), "
          "results (houses) and the heap; red fill: escapes, orange: a parameter that leaks, green: an allocation that stays on the stack; "
          "dashed: another function's location or a flow settled at once. An edge src &rarr; dst says the "
          "value of src flows into dst, labelled with its derefs: -1 address-of (&amp;), 0 assignment, "
          "1+ dereferences. Hover for the reasons.</p>\n",
          o);
    const char *why = NULL;
    char *svg = svg_from_dot(dot, &why);
    if (svg)
        fputs(svg, o);
    else {
        fputs("<p class=\"missing\">", o);
        html_escs(o, why);
        fputs("</p>\n", o);
    }
    free(svg);
    fputs("<details><summary>DOT source</summary><pre>", o);
    html_escs(o, dot);
    fputs("</pre></details></div>\n", o);
    free(dot);
}

/* ---- the page ------------------------------------------------------------------- */

static void write_head(Report *r, Item *items, int nitems)
{
    FILE *o = r->out;
    const char *title = r->in->nfiles ? r->in->files[0] : "";
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n<title>minigo report: ",
          o);
    html_escs(o, title);
    fprintf(o, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<header><h1>minigo report: ", report_css);
    for (int i = 0; i < r->in->nfiles; i++) {
        if (i)
            fputs(", ", o);
        html_escs(o, r->in->files[i]);
    }
    fputs("</h1><label>function: <select id=\"fsel\"><option value=\"*\">all functions</option>", o);
    for (int i = 0; i < nitems; i++) {
        fprintf(o, "<option value=\"f%d\">", i);
        html_escs(o, items[i].name);
        fputs("</option>", o);
    }
    fputs("</select></label></header>\n<nav id=\"toc\">", o);
    for (int i = 0; i < nitems; i++) {
        fprintf(o, "<a href=\"#f%d\">", i);
        html_escs(o, items[i].name);
        fputs("</a>", o);
    }
    fputs("</nav>\n", o);
}

static void write_func(Report *r, const Item *it, int index)
{
    FILE *o = r->out;
    fprintf(o, "<section class=\"func\" id=\"f%d\" data-func=\"", index);
    html_escs(o, it->name);
    fputs("\"><h2>", o);
    html_escs(o, it->name);
    if (it->fn) {
        fputs(" <small>", o);
        html_escs(o, printed_path(r, it->fn->node->pos.file));
        fprintf(o, ":%d</small>", it->fn->node->pos.line);
    }
    fputs("</h2>\n", o);
    write_source(r, it);
    write_ssa(r, it);
    write_why(r, it);
    write_ir(r, it);
    write_graph(r, it);
    fputs("</section>\n", o);
}

int report_run(Package *pkg, Arena *arena, const ReportInput *in)
{
    Report r = {.pkg = pkg, .arena = arena, .in = in};
    gather_escape(&r);
    int rc = gather_ir(&r, 0, &r.ir0);
    if (rc == 0)
        rc = gather_ir(&r, 2, &r.ir2);
    if (rc != 0) {
        esc_free(r.esc);
        free(r.ir0);
        free(r.ir2);
        return rc;
    }
    r.sp = ssa_package_new(pkg, arena);
    ssa_package_funcs(r.sp, arena, &r.funcs);
    int nitems = r.funcs.len;
    Item *items = ARENA_ARRAY(arena, Item, nitems + 1);
    for (int i = 0; i < r.funcs.len; i++)
        items[i] = (Item){ssa_func_name(r.sp, r.funcs.items[i]), r.funcs.items[i]};
    SsaFunc *init = ssa_build_init(r.sp);
    if (init) {
        items[nitems++] = (Item){"init", NULL};
        ssa_func_free(init);
    }

    r.out = fopen(in->output, "w");
    if (!r.out) {
        fprintf(stderr, "minigo report: create %s: %s\n", in->output, strerror(errno));
        rc = 1;
    } else {
        write_head(&r, items, nitems);
        for (int i = 0; i < nitems; i++)
            write_func(&r, &items[i], i);
        fprintf(r.out, "<script>\n%s</script>\n</body></html>\n", report_js);
        if (fclose(r.out) != 0) {
            fprintf(stderr, "minigo report: write %s: %s\n", in->output, strerror(errno));
            rc = 1;
        }
    }
    esc_free(r.esc);
    free(r.ir0);
    free(r.ir2);
    return rc;
}
