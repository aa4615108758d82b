/*
 * compare.c — `minigo compare [-ssa|-ir|-escape] file.go A B`.
 *
 * Approach: each phase already prints its own text form (ssa_print, the
 * optimised module from codegen_print_ir, the -m lines of escape_analyze).
 * We print those into memory, cut out the two functions, and align the two
 * line lists with a longest-common-subsequence over normalised keys: value
 * and register numbers, source lines and LLVM metadata ids are dropped, and
 * parameter names become their index, so `v5 = Load ...` in one function
 * matches `v6 = Load ...` in the other and `m does not escape` matches
 * `p does not escape`. Unmatched lines are marked (< only left, > only
 * right, | changed). The summary underneath counts from the SSA (loads, nil
 * checks, runtime calls by name) and from the escape decisions
 * (allocations and where they live, decisions that differ). In -ir mode
 * debug intrinsics and metadata attachments are dropped from the text, and
 * loads, nil checks and calls are counted in the IR itself.
 */
#include "compare.h"

#include "../codegen/codegen.h"
#include "../escape/escape.h"
#include "../ssa/ssa.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

enum { DEFAULT_WIDTH = 160, MIN_WIDTH = 40, MAX_LCS_CELLS = 16 * 1024 * 1024 };

/* ---- line lists ----------------------------------------------------------- */

typedef struct Lines {
    char **v;
    int n, cap;
} Lines;

static void lines_push(Lines *l, const char *s, size_t n)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? 2 * l->cap : 16;
        l->v = realloc(l->v, (size_t)l->cap * sizeof *l->v);
        if (!l->v)
            diag_fatal("compare", "out of memory");
    }
    char *c = malloc(n + 1);
    if (!c)
        diag_fatal("compare", "out of memory");
    memcpy(c, s, n);
    c[n] = 0;
    l->v[l->n++] = c;
}

static void lines_push_str(Lines *l, const char *s) { lines_push(l, s, strlen(s)); }

static void lines_split(Lines *l, const char *text)
{
    while (text && *text) {
        const char *nl = strchr(text, '\n');
        size_t n = nl ? (size_t)(nl - text) : strlen(text);
        lines_push(l, text, n);
        text += n + (nl ? 1 : 0);
    }
}

static void lines_free(Lines *l)
{
    for (int i = 0; i < l->n; i++)
        free(l->v[i]);
    free(l->v);
    *l = (Lines){0};
}

/* ---- one side ------------------------------------------------------------- */

typedef struct Count {
    const char *name;
    int n;
} Count;

typedef struct Side {
    const char *query; /* as given on the command line */
    Func *fn;
    const char *name;  /* gc's name */
    Lines body;        /* what the columns show */
    Lines keys;        /* body normalised for alignment */
    Lines esc;         /* "LINE:COL: message" decisions inside the function */
    Lines allocs;      /* "what at LINE:COL on the heap|stack" */
    Lines callnames;   /* owns the names counted from IR text */
    int loads, nilchecks;
    Count calls[64];
    int ncalls;
} Side;

static void side_free(Side *s)
{
    lines_free(&s->body);
    lines_free(&s->keys);
    lines_free(&s->esc);
    lines_free(&s->allocs);
    lines_free(&s->callnames);
}

/* ---- positions ------------------------------------------------------------ */

static bool pos_le(int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 <= c2); }

static Pos func_end(const Func *fn)
{
    const Node *n = fn->node;
    const Node *body = n->kind == N_FUNCLIT ? n->u.funclit.body : n->u.func.body;
    return body ? body->u.block.rbrace : n->pos;
}

static bool func_covers(const Func *fn, int line, int col)
{
    Pos a = fn->node->pos, b = func_end(fn);
    return pos_le(a.line, a.col, line, col) && pos_le(line, col, b.line, b.col);
}

/* In fn's own text: inside it and not inside one of its literals. */
static bool in_func(const Func *fn, int line, int col)
{
    if (!func_covers(fn, line, col))
        return false;
    if (fn->node->kind == N_FUNCLIT && line == fn->node->pos.line && col == fn->node->pos.col)
        return false; /* the closure's allocation belongs to the enclosing function */
    for (int i = 0; i < fn->closures.len; i++) { /* the literal's own position is fn's: its allocation */
        const Func *lit = fn->closures.items[i];
        Pos at = lit->node->pos;
        if (func_covers(lit, line, col) && !(line == at.line && col == at.col))
            return false;
    }
    return true;
}

Pos compare_func_end(const Func *fn) { return func_end(fn); }

bool compare_func_owns(const Func *fn, int line, int col) { return in_func(fn, line, col); }

/* ---- normalisation -------------------------------------------------------- */

static int param_index(const Func *fn, const char *word, size_t n)
{
    int k = 0;
    if (fn->recv) {
        if (strlen(fn->recv->name) == n && memcmp(fn->recv->name, word, n) == 0)
            return 0;
        k = 1;
    }
    for (int i = 0; i < fn->params.len; i++) {
        const char *p = fn->params.items[i]->name;
        if (p[0] && strlen(p) == n && memcmp(p, word, n) == 0)
            return k + i;
    }
    return -1;
}

static bool is_word(int c) { return isalnum(c) || c == '_'; }

/* Drops digits after a `v`, `b`, `%` or `!` that starts a word (value,
 * block, register and metadata numbers), the SSA line "(N) " prefix, and
 * writes parameters as #i. */
static char *normalise(const Func *fn, const char *s, CompareMode mode)
{
    StrBuf b = {0};
    if (mode == CMP_SSA) {
        const char *p = s;
        while (*p == ' ')
            p++;
        if (*p == '(' && strchr(p, ')'))
            s = strchr(p, ')') + 1;
    }
    if (mode == CMP_ESCAPE) { /* "LINE:COL: msg" */
        const char *m = strstr(s, ": ");
        if (m)
            s = m + 2;
    }
    for (const char *p = s; *p;) {
        bool start = p == s || !is_word((unsigned char)p[-1]);
        if (start && strchr("vb%!", *p) && isdigit((unsigned char)p[1])) {
            sb_append(&b, p, 1);
            p++;
            while (isdigit((unsigned char)*p))
                p++;
            continue;
        }
        if (start && is_word((unsigned char)*p)) {
            const char *w = p;
            while (is_word((unsigned char)*p))
                p++;
            int k = mode == CMP_ESCAPE ? param_index(fn, w, (size_t)(p - w)) : -1;
            if (k >= 0)
                sb_printf(&b, "#%d", k);
            else
                sb_append(&b, w, (size_t)(p - w));
            continue;
        }
        sb_append(&b, p, 1);
        p++;
    }
    if (!b.data)
        sb_puts(&b, "");
    return b.data;
}

/* ---- capturing the phases' text ---------------------------------------------- */

static char *capture_begin(FILE **f, char **buf, size_t *len)
{
    *f = open_memstream(buf, len);
    if (!*f)
        diag_fatal("compare", "open_memstream failed");
    return *buf;
}

static void collect_escape(Side *s, const char *text)
{
    Lines all = {0};
    lines_split(&all, text);
    for (int i = 0; i < all.n; i++) {
        /* file:line:col: message (the file may hold ':' only before line) */
        char *msg = strstr(all.v[i], ".go:");
        int line, col, used = 0;
        if (!msg || sscanf(msg + 4, "%d:%d: %n", &line, &col, &used) != 2 || used == 0)
            continue;
        if (!in_func(s->fn, line, col))
            continue;
        const char *m = msg + 4 + used;
        StrBuf b = {0};
        sb_printf(&b, "%d:%d: %s", line, col, m);
        lines_push_str(&s->esc, b.data);
        sb_free(&b);
        /* Allocation sites and moved variables; parameters are not allocations. */
        const char *where = NULL;
        size_t subj = 0;
        if (strncmp(m, "moved to heap: ", 15) == 0) {
            StrBuf a = {0};
            sb_printf(&a, "%s at %d:%d on the heap", m + 15, line, col);
            lines_push_str(&s->allocs, a.data);
            sb_free(&a);
            continue;
        }
        const char *e;
        if ((e = strstr(m, " escapes to heap")) && e[16] == 0)
            where = "heap", subj = (size_t)(e - m);
        else if ((e = strstr(m, " does not escape")) && e[16] == 0)
            where = "stack", subj = (size_t)(e - m);
        if (!where || param_index(s->fn, m, subj) >= 0)
            continue;
        StrBuf a = {0};
        sb_printf(&a, "%.*s at %d:%d on the %s", (int)subj, m, line, col, where);
        lines_push_str(&s->allocs, a.data);
        sb_free(&a);
    }
    lines_free(&all);
}

static void count_call(Side *s, const char *name)
{
    for (int i = 0; i < s->ncalls; i++)
        if (strcmp(s->calls[i].name, name) == 0) {
            s->calls[i].n++;
            return;
        }
    if (s->ncalls < (int)(sizeof s->calls / sizeof s->calls[0]))
        s->calls[s->ncalls++] = (Count){name, 1};
}

/* Builds the SSA (all passes), counts its facts, and keeps its text when
 * the SSA is what is shown. */
static void collect_ssa(Side *s, SsaPackage *sp, bool show)
{
    SsaFunc *f = ssa_build_func(sp, s->fn);
    ssa_run_passes(f, NULL, NULL);
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        for (int j = 0; j < b->values.len; j++) {
            Value *v = b->values.items[j];
            if (v->op == OpLoad)
                s->loads++;
            else if (v->op == OpNilCheck)
                s->nilchecks++;
            if (v->rt && v->rt->name)
                count_call(s, v->rt->name);
        }
    }
    if (show) {
        char *buf = NULL;
        size_t len = 0;
        FILE *mf;
        capture_begin(&mf, &buf, &len);
        ssa_print(f, mf);
        fclose(mf);
        lines_split(&s->body, buf);
        free(buf);
    }
    ssa_func_free(f);
}

/* l without its metadata attachments (", !dbg !12", " !dbg !7 {" keeps
 * the "{"): they are noise when comparing and change with every edit of
 * the debug-info code. */
static void push_without_metadata(Lines *out, const char *l)
{
    StrBuf b = {0};
    for (const char *p = l; *p;) {
        const char *at = (p[0] == ',' || p[0] == ' ') && p[1] == ' ' && p[2] == '!' ? p + 2
                         : p[0] == ' ' && p[1] == '!' && p[2] >= 'a' && p[2] <= 'z' ? p + 1
                                                                                 : NULL;
        if (at) { /* " !name !N" or ", !name !N" */
            const char *q = at + 1;
            while (*q && *q != ' ')
                q++;
            if (q[0] == ' ' && q[1] == '!' && q[2] >= '0' && q[2] <= '9') {
                q += 2;
                while (*q >= '0' && *q <= '9')
                    q++;
                p = q;
                continue;
            }
        }
        sb_append(&b, p, 1);
        p++;
    }
    lines_push_str(out, b.data ? b.data : "");
    sb_free(&b);
}

/* The `define ... @main.NAME(...) {` ... `}` lines of the module text,
 * without debug intrinsics and metadata attachments. */
static bool cut_ir(Side *s, const char *module)
{
    StrBuf plain = {0}, quoted = {0};
    sb_printf(&plain, "@main.%s(", s->name);
    sb_printf(&quoted, "@\"main.%s\"(", s->name);
    Lines all = {0};
    lines_split(&all, module);
    bool inside = false, found = false;
    for (int i = 0; i < all.n; i++) {
        const char *l = all.v[i];
        if (!inside && strncmp(l, "define ", 7) == 0 && (strstr(l, plain.data) || strstr(l, quoted.data)))
            inside = found = true;
        if (inside) {
            if (strncmp(l, "    #dbg_", 9) == 0)
                continue;
            push_without_metadata(&s->body, l);
            if (strcmp(l, "}") == 0)
                inside = false;
        }
    }
    lines_free(&all);
    sb_free(&plain);
    sb_free(&quoted);
    return found;
}

bool compare_cut_ir(const char *module, const char *name, StrBuf *out)
{
    Side s = {.name = name};
    bool found = cut_ir(&s, module);
    for (int i = 0; i < s.body.n; i++)
        sb_printf(out, "%s\n", s.body.v[i]);
    side_free(&s);
    return found;
}

/* In -ir mode the counts come from the optimised IR itself: loads, branches
 * to a panicmem block (the nil checks LLVM kept), calls of runtime.*. */
static void count_ir(Side *s)
{
    s->loads = s->nilchecks = s->ncalls = 0;
    for (int i = 0; i < s->body.n; i++) {
        const char *l = s->body.v[i];
        if (strstr(l, " = load "))
            s->loads++;
        if (strncmp(l, "  br ", 5) == 0 && strstr(l, "label %panicmem"))
            s->nilchecks++;
        const char *c = strstr(l, "call ");
        const char *rt = c ? strstr(c, "@runtime.") : NULL;
        if (!rt)
            continue;
        size_t n = strcspn(rt + 1, "( ");
        lines_push(&s->callnames, rt + 1, n);
        const char *name = s->callnames.v[s->callnames.n - 1];
        count_call(s, name);
    }
}

/* ---- alignment ------------------------------------------------------------ */

typedef enum RowKind { ROW_SAME, ROW_CHANGED, ROW_LEFT, ROW_RIGHT } RowKind;

typedef struct Row {
    RowKind kind;
    int a, b; /* line indexes, -1 when absent */
} Row;

typedef struct Rows {
    Row *v;
    int n;
} Rows;

/* Pairs a run of deletions with a run of insertions as changed rows. */
static void flush_run(Rows *r, int *dels, int nd, int *ins, int ni)
{
    int k = 0;
    for (; k < nd && k < ni; k++)
        r->v[r->n++] = (Row){ROW_CHANGED, dels[k], ins[k]};
    for (int i = k; i < nd; i++)
        r->v[r->n++] = (Row){ROW_LEFT, dels[i], -1};
    for (int i = k; i < ni; i++)
        r->v[r->n++] = (Row){ROW_RIGHT, -1, ins[i]};
}

static Rows align(const Lines *ka, const Lines *kb)
{
    int n = ka->n, m = kb->n;
    Rows r = {calloc((size_t)(n + m + 1), sizeof(Row)), 0};
    int *dels = malloc((size_t)(n + 1) * sizeof(int)), *ins = malloc((size_t)(m + 1) * sizeof(int));
    int *t = NULL;
    bool lcs = (long)(n + 1) * (m + 1) <= MAX_LCS_CELLS;
    if (lcs)
        t = calloc((size_t)(n + 1) * (size_t)(m + 1), sizeof(int));
    if (!r.v || !dels || !ins || (lcs && !t))
        diag_fatal("compare", "out of memory");
#define T(i, j) t[(size_t)(i) * (size_t)(m + 1) + (size_t)(j)]
    if (lcs)
        for (int i = n - 1; i >= 0; i--)
            for (int j = m - 1; j >= 0; j--)
                T(i, j) = strcmp(ka->v[i], kb->v[j]) == 0 ? T(i + 1, j + 1) + 1
                          : T(i + 1, j) >= T(i, j + 1) ? T(i + 1, j) : T(i, j + 1);
    int i = 0, j = 0, nd = 0, ni = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(ka->v[i], kb->v[j]) == 0) {
            flush_run(&r, dels, nd, ins, ni);
            nd = ni = 0;
            r.v[r.n++] = (Row){ROW_SAME, i++, j++};
        } else if (j >= m || (i < n && (!lcs || T(i + 1, j) >= T(i, j + 1))))
            dels[nd++] = i++;
        else
            ins[ni++] = j++;
    }
#undef T
    flush_run(&r, dels, nd, ins, ni);
    free(t);
    free(dels);
    free(ins);
    return r;
}

/* ---- rendering ------------------------------------------------------------ */

typedef struct Render {
    FILE *out;
    int col;    /* width of one column */
    bool color;
} Render;

static int display_width(const char *s, int nbytes)
{
    int w = 0;
    for (int i = 0; i < nbytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            w++;
    return w;
}

/* Writes s in at most col columns, cut with a '~' at the end; padded to
 * exactly col columns when pad is set. */
static void put_cell(Render *r, const char *s, bool pad)
{
    const char *text = s ? s : "";
    int len = (int)strlen(text);
    for (int i = 0; i < len; i++)
        if (text[i] == '\t')
            len = i; /* tabs do not occur in the phases' text; stop at one */
    if (display_width(text, len) > r->col) {
        int n = 0, w = 0;
        while (n < len && w < r->col - 1) {
            n++;
            while (n < len && ((unsigned char)text[n] & 0xC0) == 0x80)
                n++;
            w++;
        }
        fprintf(r->out, "%.*s~", n, text);
        return;
    }
    fprintf(r->out, "%.*s%*s", len, text, pad ? r->col - display_width(text, len) : 0, "");
}

static void put_row(Render *r, RowKind kind, const char *a, const char *b)
{
    static const char marks[] = {' ', '|', '<', '>'};
    static const char *const colors[] = {"", "\033[33m", "\033[31m", "\033[32m"};
    bool c = r->color && kind != ROW_SAME;
    if (c)
        fputs(colors[kind], r->out);
    put_cell(r, a, true);
    fprintf(r->out, " %c ", marks[kind]);
    put_cell(r, b, false); /* the right column is not padded */
    fputs(c ? "\033[0m\n" : "\n", r->out);
}

static int terminal_width(FILE *out)
{
    struct winsize ws;
    if (isatty(fileno(out)) && ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    const char *cols = getenv("COLUMNS");
    if (cols && atoi(cols) > 0)
        return atoi(cols);
    return DEFAULT_WIDTH;
}

static void render_columns(Render *r, const Side *sa, const Side *sb, const char *what)
{
    char ha[256], hb[256];
    snprintf(ha, sizeof ha, "%s (%s, line %d)", sa->name, what, sa->fn->node->pos.line);
    snprintf(hb, sizeof hb, "%s (%s, line %d)", sb->name, what, sb->fn->node->pos.line);
    put_row(r, ROW_SAME, ha, hb);
    for (int i = 0; i < 2 * r->col + 3; i++)
        fputc('-', r->out);
    fputc('\n', r->out);
    Rows rows = align(&sa->keys, &sb->keys);
    for (int i = 0; i < rows.n; i++) {
        Row *w = &rows.v[i];
        put_row(r, w->kind, w->a >= 0 ? sa->body.v[w->a] : NULL, w->b >= 0 ? sb->body.v[w->b] : NULL);
    }
    free(rows.v);
}

/* ---- summary -------------------------------------------------------------- */

static const char *times(int n)
{
    return n == 1 ? "once" : n == 2 ? "twice" : NULL;
}

/* "B has 1 more load, 1 more nil check": the differences where `more` has more. */
static void say_more(FILE *out, const int diff[2])
{
    static const char *const what[2][2] = {{"load", "loads"}, {"nil check", "nil checks"}};
    bool any = false;
    for (int k = 0; k < 2; k++) {
        if (diff[k] <= 0)
            continue;
        fprintf(out, "%s%d more %s", any ? ", " : "", diff[k], what[k][diff[k] != 1]);
        any = true;
    }
}

static void say_loads(FILE *out, const Side *sa, const Side *sb)
{
    int ab[2] = {sa->loads - sb->loads, sa->nilchecks - sb->nilchecks};
    int ba[2] = {-ab[0], -ab[1]};
    if (ab[0] > 0 || ab[1] > 0) {
        fprintf(out, "  %s has ", sa->name);
        say_more(out, ab);
        fputc('\n', out);
    }
    if (ba[0] > 0 || ba[1] > 0) {
        fprintf(out, "  %s has ", sb->name);
        say_more(out, ba);
        fputc('\n', out);
    }
    if (ab[0] == 0)
        fprintf(out, "  same number of loads (%d)\n", sa->loads);
    if (ab[1] == 0)
        fprintf(out, "  same number of nil checks (%d)\n", sa->nilchecks);
}

static int count_of(const Side *s, const char *name)
{
    for (int i = 0; i < s->ncalls; i++)
        if (strcmp(s->calls[i].name, name) == 0)
            return s->calls[i].n;
    return 0;
}

static void say_calls(FILE *out, const Side *sa, const Side *sb)
{
    bool any = false;
    const Side *sides[2] = {sa, sb};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < sides[k]->ncalls; i++) {
            const char *name = sides[k]->calls[i].name;
            if (k == 1 && count_of(sa, name) > 0)
                continue; /* already said */
            int na = count_of(sa, name), nb = count_of(sb, name);
            any = true;
            const char *t = times(na ? na : nb);
            char n[32];
            snprintf(n, sizeof n, "%d times", na ? na : nb);
            if (na == nb)
                fprintf(out, "  both call %s %s\n", name, t ? t : n);
            else if (na == 0 || nb == 0)
                fprintf(out, "  only %s calls %s (%s)\n", (na ? sa : sb)->name, name, t ? t : n);
            else
                fprintf(out, "  %s calls %s %d time%s, %s %d time%s\n", sa->name, name, na, na == 1 ? "" : "s",
                        sb->name, nb, nb == 1 ? "" : "s");
        }
    if (!any)
        fputs("  no runtime calls\n", out);
}

static void say_allocs(FILE *out, const Side *sa, const Side *sb)
{
    if (sa->allocs.n == 0 && sb->allocs.n == 0) {
        fputs("  no allocations\n", out);
        return;
    }
    const Side *sides[2] = {sa, sb};
    for (int k = 0; k < 2; k++) {
        const Side *s = sides[k];
        if (s->allocs.n == 0) {
            fprintf(out, "  %s allocates nothing\n", s->name);
            continue;
        }
        fprintf(out, "  %s allocates %d: ", s->name, s->allocs.n);
        for (int i = 0; i < s->allocs.n; i++)
            fprintf(out, "%s%s", i ? "; " : "", s->allocs.v[i]);
        fputc('\n', out);
    }
}

/* Escape decisions match when their normalised keys pair up one to one. */
static void say_escape(FILE *out, const Side *sa, const Side *sb)
{
    Lines ka = {0}, kb = {0};
    for (int i = 0; i < sa->esc.n; i++) {
        char *k = normalise(sa->fn, sa->esc.v[i], CMP_ESCAPE);
        lines_push_str(&ka, k);
        free(k);
    }
    for (int i = 0; i < sb->esc.n; i++) {
        char *k = normalise(sb->fn, sb->esc.v[i], CMP_ESCAPE);
        lines_push_str(&kb, k);
        free(k);
    }
    Rows rows = align(&ka, &kb);
    int differ = 0; /* unmatched decisions, counted on both sides */
    for (int i = 0; i < rows.n; i++)
        differ += rows.v[i].kind == ROW_CHANGED ? 2 : rows.v[i].kind != ROW_SAME;
    if (differ == 0)
        fprintf(out, "  escape decisions agree (%d each, parameters matched by position)\n", sa->esc.n);
    else {
        fprintf(out, "  %d escape decision%s without a match on the other side:\n", differ, differ == 1 ? "" : "s");
        for (int k = 0; k < 2; k++) {
            const Side *s = k == 0 ? sa : sb;
            for (int i = 0; i < rows.n; i++) {
                Row *w = &rows.v[i];
                int at = k == 0 ? w->a : w->b;
                if (w->kind != ROW_SAME && at >= 0)
                    fprintf(out, "    %s: %s\n", s->name, s->esc.v[at]);
            }
        }
    }
    free(rows.v);
    lines_free(&ka);
    lines_free(&kb);
}

static void render_summary(FILE *out, const Side *sa, const Side *sb, CompareMode mode)
{
    fprintf(out, "\nsummary (loads, nil checks and runtime calls counted in %s;\n"
                 "         allocations from the escape decisions):\n",
            mode == CMP_IR ? "the optimised IR" : "the SSA after all passes");
    say_loads(out, sa, sb);
    say_calls(out, sa, sb);
    say_allocs(out, sa, sb);
    say_escape(out, sa, sb);
}

/* ---- entry point ---------------------------------------------------------- */

static Func *find_func(SsaPackage *sp, const FuncList *funcs, const char *query)
{
    for (int i = 0; i < funcs->len; i++)
        if (ssa_name_matches(ssa_func_name(sp, funcs->items[i]), query))
            return funcs->items[i];
    return NULL;
}

static void list_funcs(SsaPackage *sp, const FuncList *funcs, const char *missing)
{
    fprintf(stderr, "minigo compare: no function %s; the functions are:", missing);
    for (int i = 0; i < funcs->len; i++)
        fprintf(stderr, " %s", ssa_func_name(sp, funcs->items[i]));
    fputc('\n', stderr);
}

static void make_keys(Side *s, CompareMode mode)
{
    if (mode == CMP_ESCAPE)
        for (int i = 0; i < s->esc.n; i++)
            lines_push_str(&s->body, s->esc.v[i]);
    for (int i = 0; i < s->body.n; i++) {
        char *k = normalise(s->fn, s->body.v[i], mode);
        lines_push_str(&s->keys, k);
        free(k);
    }
}

int compare_run(Package *pkg, Arena *arena, const CompareOptions *opt, FILE *out)
{
    SsaPackage *sp = ssa_package_new(pkg, arena);
    FuncList funcs = {0};
    ssa_package_funcs(sp, arena, &funcs);
    Side sides[2] = {{.query = opt->func_a}, {.query = opt->func_b}};
    for (int k = 0; k < 2; k++) {
        sides[k].fn = find_func(sp, &funcs, sides[k].query);
        if (!sides[k].fn) {
            list_funcs(sp, &funcs, sides[k].query);
            return 1;
        }
        sides[k].name = ssa_func_name(sp, sides[k].fn);
    }

    /* Escape decisions, as -m prints them, for the summary (and -escape). */
    char *etext = NULL;
    size_t elen = 0;
    FILE *mf;
    capture_begin(&mf, &etext, &elen);
    EscOptions eo = {1, mf, arena};
    EscResult *esc = escape_analyze(pkg, &eo);
    fclose(mf);
    for (int k = 0; k < 2; k++) {
        collect_escape(&sides[k], etext);
        collect_ssa(&sides[k], sp, opt->mode == CMP_SSA);
    }
    free(etext);

    int rc = 0;
    if (opt->mode == CMP_IR) {
        char *ir = NULL;
        size_t irlen = 0;
        capture_begin(&mf, &ir, &irlen);
        CodegenOptions co = {.opt = 2, .esc = esc};
        rc = codegen_print_ir(pkg, arena, &co, mf);
        fclose(mf);
        for (int k = 0; k < 2 && rc == 0; k++) {
            if (!cut_ir(&sides[k], ir)) {
                fprintf(stderr, "minigo compare: %s is not in the optimised IR\n", sides[k].name);
                rc = 1;
            }
            count_ir(&sides[k]);
        }
        free(ir);
    }
    esc_free(esc);

    if (rc == 0) {
        static const char *const what[] = {"SSA after all passes", "LLVM IR, O2, no debug metadata", "escape decisions"};
        for (int k = 0; k < 2; k++)
            make_keys(&sides[k], opt->mode);
        int width = opt->width > 0 ? opt->width : terminal_width(out);
        if (width < MIN_WIDTH)
            width = MIN_WIDTH;
        Render r = {out, (width - 3) / 2, opt->color < 0 ? isatty(fileno(out)) : opt->color > 0};
        render_columns(&r, &sides[0], &sides[1], what[opt->mode]);
        render_summary(out, &sides[0], &sides[1], opt->mode);
    }
    for (int k = 0; k < 2; k++)
        side_free(&sides[k]);
    return rc;
}
