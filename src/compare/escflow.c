/*
 * escflow.c — the -m=2 text of the escape phase as lines, explanation
 * blocks (flows and steps) and decisions (escflow.h).
 *
 * Approach: run the analysis twice into memory (-m=1 tells which lines are
 * decisions, -m=2 is the full text), split the -m=2 text into lines kept
 * verbatim, then read the structure off them in one pass: an unindented
 * line ending in ':' opens an explanation block whose indented lines at
 * the same position follow it; a line that is also in the -m=1 text is a
 * decision, and it takes every earlier unclaimed block at its position
 * about the same variable, parameter or allocation.
 */
#include "escflow.h"

#include "../escape/escape.h"
#include "../ssa/ssa.h"

#include <stdlib.h>
#include <string.h>

/* ---- lines ------------------------------------------------------------------ */

/* "path.go:L:C: msg" */
static bool parse_pos_line(Arena *a, const char *s, EscFlowPos *pos, const char **msg)
{
    const char *go = strstr(s, ".go:");
    int used = 0, line = 0, col = 0;
    if (!go || sscanf(go + 4, "%d:%d: %n", &line, &col, &used) != 2 || used == 0)
        return false;
    pos->file = arena_strndup(a, s, (size_t)(go + 3 - s));
    pos->line = line;
    pos->col = col;
    const char *m = go + 4 + used;
    /* sscanf's " " after ':' ate the indentation: give it back. */
    while (m > go + 4 && m[-1] == ' ' && m[-2] == ' ')
        m--;
    *msg = m;
    return true;
}

static bool same_pos(const EscFlowPos *a, const EscFlowPos *b) { return a->line == b->line && a->col == b->col; }

static bool ends_with_colon(const char *s)
{
    size_t n = strlen(s);
    return n > 0 && s[n - 1] == ':';
}

static const char *decision_kind(const char *msg)
{
    size_t n = strlen(msg);
    if (strncmp(msg, "leaking param content: ", 23) == 0)
        return "leaking-param-content";
    if (strncmp(msg, "leaking param: ", 15) == 0)
        return strstr(msg, " to result ") ? "leaking-param-to-result" : "leaking-param";
    if (strncmp(msg, "moved to heap: ", 15) == 0)
        return "moved-to-heap";
    if (n > 16 && strcmp(msg + n - 16, " escapes to heap") == 0)
        return "escapes-to-heap";
    if (n > 16 && strcmp(msg + n - 16, " does not escape") == 0)
        return "does-not-escape";
    return "other";
}

/* True if "L:C: msg" is a line of the -m=1 text: a decision (-m=2 adds
 * explanation blocks and gc's "capturing by value" notes, which are not). */
static bool in_m1(const char *m1, const EscLine *l)
{
    char key[64];
    snprintf(key, sizeof key, ".go:%d:%d: ", l->pos.line, l->pos.col);
    size_t kn = strlen(key), mn = strlen(l->msg);
    for (const char *p = strstr(m1, key); p; p = strstr(p + 1, key))
        if (strncmp(p + kn, l->msg, mn) == 0 && (p[kn + mn] == '\n' || p[kn + mn] == 0))
            return true;
    return false;
}

/* The -m=N text of the package, copied into the arena. */
static char *escape_text(Package *pkg, Arena *arena, int level)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&text, &len);
    if (!mf)
        diag_fatal("escape", "open_memstream failed");
    EscOptions eo = {level, mf, arena};
    esc_free(escape_analyze(pkg, &eo));
    fclose(mf);
    char *copy = arena_strndup(arena, text ? text : "", len);
    free(text);
    return copy;
}

/* ---- steps and flows ------------------------------------------------------------ */

/* "    from WHAT (REASON) at FILE:L:C" */
static EscStep parse_step(Arena *a, const char *msg)
{
    EscStep st = {0};
    const char *s = msg + strspn(msg, " ");
    st.text = s;
    if (strncmp(s, "from ", 5) != 0)
        return st;
    const char *from = s + 5;
    const char *at = strstr(from, ") at ");
    const char *open = NULL;
    if (at) /* the reason's "(": the last one before ") at " */
        for (const char *p = from; p < at; p++)
            if (*p == '(')
                open = p;
    if (!at || !open || open == from)
        return st;
    st.what = arena_strndup(a, from, (size_t)(open - 1 - from));
    st.why = arena_strndup(a, open + 1, (size_t)(at - open - 1));
    char *buf = arena_printf(a, "%s: ", at + 5);
    const char *rest;
    st.has_at = parse_pos_line(a, buf, &st.at, &rest);
    return st;
}

typedef VEC(EscStep) StepVec;
typedef VEC(EscFlow) FlowVec;

static void close_flow(Arena *a, FlowVec *flows, StepVec *steps)
{
    if (flows->len == 0)
        return;
    EscFlow *f = &flows->items[flows->len - 1];
    f->steps = steps->items;
    f->nsteps = steps->len;
    *steps = (StepVec){0};
    (void)a;
}

/* The block whose header is parsed line h (an index into idx), its body
 * being the indented lines right after it at the same position. */
static EscBlock read_block(Arena *a, EscFlows *ef, const int *idx, int nidx, int h)
{
    EscLine *hl = &ef->lines[idx[h]];
    EscBlock b = {0};
    b.summary = arena_strndup(a, hl->msg, strlen(hl->msg) - 1);
    b.pos = hl->pos;
    b.header = idx[h];
    b.owner = -1;
    FlowVec flows = {0};
    StepVec steps = {0};
    for (int j = h + 1; j < nidx; j++) {
        EscLine *l = &ef->lines[idx[j]];
        if (!same_pos(&l->pos, &hl->pos) || l->msg[0] != ' ')
            break;
        l->role = ESCL_BODY;
        l->index = ef->nblocks;
        const char *t = l->msg + strspn(l->msg, " ");
        bool is_flow = strncmp(t, "flow: ", 6) == 0;
        if (is_flow || flows.len == 0) { /* a new flow (or steps before any flow line) */
            close_flow(a, &flows, &steps);
            EscFlow f = {"", "", false, NULL, 0};
            const char *eq = is_flow ? strstr(t, " = ") : NULL;
            if (eq) {
                size_t tn = strlen(t);
                f.dst = arena_strndup(a, t + 6, (size_t)(eq - t - 6));
                f.src = arena_strndup(a, eq + 3, tn - (size_t)(eq + 3 - t) - (t[tn - 1] == ':'));
                f.has_flow = true;
            }
            vec_push(a, &flows, f);
            if (is_flow)
                continue;
        }
        vec_push(a, &steps, parse_step(a, l->msg));
    }
    close_flow(a, &flows, &steps);
    b.flows = flows.items;
    b.nflows = flows.len;
    return b;
}

/* ---- functions by position ------------------------------------------------------- */

static bool pos_le(int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 <= c2); }

static bool covers(const Func *fn, int line, int col)
{
    const Node *n = fn->node;
    const Node *body = n->kind == N_FUNCLIT ? n->u.funclit.body : n->u.func.body;
    Pos a = n->pos, b = body ? body->u.block.rbrace : n->pos;
    return pos_le(a.line, a.col, line, col) && pos_le(line, col, b.line, b.col);
}

/* The innermost function whose text holds the position; a literal's own
 * position (its closure allocation) belongs to the enclosing function. */
static const char *func_at(SsaPackage *sp, const FuncList *fl, int line, int col)
{
    const Func *best = NULL;
    for (int i = 0; i < fl->len; i++) {
        const Func *fn = fl->items[i];
        if (!covers(fn, line, col))
            continue;
        if (fn->node->kind == N_FUNCLIT && fn->node->pos.line == line && fn->node->pos.col == col)
            continue;
        if (!best || pos_le(best->node->pos.line, best->node->pos.col, fn->node->pos.line, fn->node->pos.col))
            best = fn;
    }
    return best ? ssa_func_name(sp, (Func *)best) : "init";
}

/* ---- entry point --------------------------------------------------------------- */

static void split_lines(Arena *a, EscFlows *ef, char *text)
{
    VEC(EscLine) lines = {0};
    for (char *p = text; *p;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = 0;
        EscLine l = {.text = p, .role = ESCL_OTHER, .index = -1};
        l.parsed = parse_pos_line(a, p, &l.pos, &l.msg);
        vec_push(a, &lines, l);
        p = nl ? nl + 1 : p + strlen(p);
    }
    ef->lines = lines.items;
    ef->nlines = lines.len;
}

/* What a block or decision is about: the variable, parameter or
 * allocation text ("x", "p", "make(map[string]int)"); {s, n}. */
typedef struct Subject {
    const char *s;
    size_t n;
} Subject;

static Subject cut(const char *s, const char *end_marker)
{
    const char *e = end_marker ? strstr(s, end_marker) : NULL;
    return (Subject){s, e ? (size_t)(e - s) : strlen(s)};
}

static Subject block_subject(const char *summary)
{
    if (strncmp(summary, "parameter ", 10) == 0)
        return cut(summary + 10, " leaks to ");
    size_t n = strlen(summary);
    return n > 16 && strcmp(summary + n - 16, " escapes to heap") == 0 ? (Subject){summary, n - 16} : cut(summary, NULL);
}

static Subject decision_subject(const char *msg)
{
    static const char *const prefixes[] = {"leaking param content: ", "leaking param: ", "moved to heap: "};
    for (int i = 0; i < 3; i++)
        if (strncmp(msg, prefixes[i], strlen(prefixes[i])) == 0)
            return cut(msg + strlen(prefixes[i]), " to result ");
    size_t n = strlen(msg);
    if (n > 16 && (strcmp(msg + n - 16, " escapes to heap") == 0 || strcmp(msg + n - 16, " does not escape") == 0))
        return (Subject){msg, n - 16};
    return cut(msg, NULL);
}

/* A decision takes every earlier block about the same thing at its
 * position that is not yet taken (several values passed to one call share
 * the call's position: "x escapes to heap", "... argument does not
 * escape"). */
static void claim_blocks(Arena *a, EscFlows *ef, int d)
{
    EscDecision *dec = &ef->decisions[d];
    Subject ds = decision_subject(dec->message);
    VEC(int) mine = {0};
    for (int k = 0; k < ef->nblocks; k++) {
        EscBlock *b = &ef->blocks[k];
        Subject bs = block_subject(b->summary);
        if (b->owner < 0 && b->header < dec->line && same_pos(&b->pos, &dec->pos) && bs.n == ds.n &&
            memcmp(bs.s, ds.s, ds.n) == 0) {
            b->owner = d;
            vec_push(a, &mine, k);
        }
    }
    dec->blocks = mine.items;
    dec->nblocks = mine.len;
}

EscFlows *esc_flows_collect(Package *pkg, Arena *arena)
{
    EscFlows *ef = arena_alloc(arena, sizeof *ef);
    memset(ef, 0, sizeof *ef);
    ef->m1 = escape_text(pkg, arena, 1);
    split_lines(arena, ef, escape_text(pkg, arena, 2));

    VEC(int) idx = {0}; /* the parsed lines */
    for (int i = 0; i < ef->nlines; i++)
        if (ef->lines[i].parsed)
            vec_push(arena, &idx, i);

    VEC(EscBlock) blocks = {0};
    for (int h = 0; h < idx.len; h++) {
        EscLine *l = &ef->lines[idx.items[h]];
        if (l->role != ESCL_OTHER || l->msg[0] == ' ' || !ends_with_colon(l->msg))
            continue;
        l->role = ESCL_BLOCK;
        l->index = blocks.len;
        ef->blocks = blocks.items; /* read_block numbers body lines by ef->nblocks */
        ef->nblocks = blocks.len;
        EscBlock b = read_block(arena, ef, idx.items, idx.len, h);
        vec_push(arena, &blocks, b);
    }
    ef->blocks = blocks.items;
    ef->nblocks = blocks.len;

    SsaPackage *sp = ssa_package_new(pkg, arena);
    FuncList funcs = {0};
    ssa_package_funcs(sp, arena, &funcs);
    VEC(EscDecision) decs = {0};
    for (int h = 0; h < idx.len; h++) {
        EscLine *l = &ef->lines[idx.items[h]];
        if (l->role != ESCL_OTHER || l->msg[0] == ' ' || ends_with_colon(l->msg) || !in_m1(ef->m1, l))
            continue;
        l->role = ESCL_DECISION;
        l->index = decs.len;
        EscDecision d = {l->pos, decision_kind(l->msg), l->msg, func_at(sp, &funcs, l->pos.line, l->pos.col),
                         NULL, 0, idx.items[h]};
        vec_push(arena, &decs, d);
        ef->decisions = decs.items;
        ef->ndecisions = decs.len;
        claim_blocks(arena, ef, decs.len - 1);
    }
    return ef;
}
