/*
 * explain.c — `minigo escape -explain`: every escape decision in a plain
 * sentence a student can follow, above gc's own -m=2 lines.
 *
 * Approach: escflow.c gives the -m=2 text as data (lines in print order,
 * explanation blocks with their flows and steps, decisions). We print the
 * gc lines unchanged and in order, and insert sentence lines:
 *
 *   - above an explanation block: the whole traced path in words, one
 *     clause per gc step ("its address is taken (`&x`) at line 5, then it
 *     is returned (`return p`) at line 6");
 *   - above a decision line: the verdict and its main reason (where the
 *     value ends up and the step that takes it there), or for a "does not
 *     escape" what that means;
 *   - above gc's -m=2 notes (closure capture, ignored self-assignment).
 *
 * Every sentence line is preceded by a blank line and never has gc's
 * "FILE:LINE:COL: " form, so deleting blank and sentence lines leaves the
 * -m=2 output byte for byte (tests/explain checks this on every escape
 * test). The words are minigo's own; the reasons are gc's (the notes of
 * its escape package), one phrase per reason.
 */
#include "compare.h"
#include "escflow.h"

#include <stdlib.h>
#include <string.h>

typedef struct Explainer {
    FILE *out;
    const EscFlows *ef;
    StrBuf sb;
} Explainer;

/* ---- small phrases ---------------------------------------------------------------- */

static bool has_prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static bool has_suffix(const char *s, const char *p)
{
    size_t n = strlen(s), m = strlen(p);
    return n >= m && strcmp(s + n - m, p) == 0;
}

/* " at line L" (or " at FILE:L" when the step is in another file). */
static void at_line(StrBuf *b, const EscFlowPos *where, const EscFlowPos *here)
{
    if (here && strcmp(where->file, here->file) != 0)
        sb_printf(b, " at %s:%d", where->file, where->line);
    else
        sb_printf(b, " at line %d", where->line);
}

/* Whether gc's text of a site is an allocation of its own (new, &T{},
 * composite literals, make, closures, method values, concatenations,
 * string conversions, the `...` slice). Any other "X escapes to heap" is
 * the copy made to convert X to an interface. */
static bool is_alloc_text(const char *s, size_t n)
{
    static const char *const starts[] = {"&",           "new(",    "make(",   "func literal", "... argument",
                                         "([]byte)(", "([]rune)(", "string("};
    for (size_t i = 0; i < sizeof starts / sizeof *starts; i++)
        if (strncmp(s, starts[i], strlen(starts[i])) == 0)
            return true;
    for (size_t i = 0; i + 1 < n; i++) /* T{...}, T{} (not interface {} / struct {}), a + b */
        if ((s[i] == '{' && !(i >= 10 && strncmp(s + i - 10, "interface ", 10) == 0) &&
             !(i >= 7 && strncmp(s + i - 7, "struct ", 7) == 0)) ||
            (s[i] == ' ' && s[i + 1] == '+'))
            return true;
    for (size_t i = 0; i < n; i++) /* a method value x.M (not a call) */
        if (s[i] == '(')
            return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.' && i + 1 < n && s[i + 1] >= 'A' && s[i + 1] <= 'Z')
            return true;
    return false;
}

/* A location of gc's flow graph, as words. */
static void loc_phrase(StrBuf *b, const char *loc)
{
    size_t n = strlen(loc);
    if (strcmp(loc, "{heap}") == 0)
        sb_puts(b, "the heap");
    else if (strcmp(loc, "{temp}") == 0)
        sb_puts(b, "a temporary");
    else if (has_prefix(loc, "~r"))
        sb_printf(b, "the function's result %s", loc);
    else if (has_prefix(loc, ".autotmp_"))
        sb_printf(b, "a compiler temporary (%s)", loc);
    else if (strcmp(loc, "{storage for ... argument}") == 0)
        sb_puts(b, "the `...` argument slice");
    else if (strcmp(loc, "{storage for func literal}") == 0)
        sb_puts(b, "the closure's record");
    else if (has_prefix(loc, "{storage for ") && loc[n - 1] == '}')
        sb_printf(b, is_alloc_text(loc + 13, n - 14) ? "the storage of `%.*s`" : "the interface copy of `%.*s`",
                  (int)(n - 14), loc + 13);
    else
        sb_printf(b, "`%s`", loc);
}

/* The source side of "flow: dst = src": & the address of, * what it points to. */
static void src_phrase(StrBuf *b, const char *src)
{
    int derefs = 0;
    while (src[derefs] == '*')
        derefs++;
    if (src[0] == '&') {
        sb_puts(b, "the address of ");
        loc_phrase(b, src + 1);
    } else if (derefs == 1) {
        sb_puts(b, "what ");
        loc_phrase(b, src + 1);
        sb_puts(b, " points to");
    } else if (derefs > 1) {
        sb_printf(b, "the value %d pointers away from ", derefs);
        loc_phrase(b, src + derefs);
    } else
        loc_phrase(b, src);
}

/* The callee of a call's text "f(x, y)" / "fmt.Println(... argument...)". */
static void callee(StrBuf *b, const char *call)
{
    const char *open = strchr(call, '(');
    if (!open || open == call)
        sb_printf(b, "a call (`%s`)", call);
    else
        sb_printf(b, "%.*s", (int)(open - call), call);
}

/* One gc step ("from WHAT (WHY) at POS") as a clause about "it"; the
 * position goes where the clause has AT (else at its end). */
#define AT "\x01"
static void step_clause(StrBuf *b, const EscStep *st)
{
    if (!st->what) {
        if (strstr(st->text, "truncated explanation"))
            sb_puts(b, "gc stops the explanation here, because the assignments form a cycle");
        else
            sb_printf(b, "gc notes \"%s\"", st->text);
        return;
    }
    const char *w = st->what, *why = st->why;
    if (strcmp(why, "spill") == 0)
        sb_printf(b, strcmp(w, "... argument") == 0            ? "the `...` argument slice points at its backing array"
                     : is_alloc_text(w, strlen(w)) ? "`%s` is given storage of its own"
                                                   : "the value of `%s` is copied into storage of its own", w);
    else if (strcmp(why, "address-of") == 0)
        sb_printf(b, "its address is taken (`%s`)", w);
    else if (strcmp(why, "assign") == 0)
        sb_printf(b, w[0] == '*' ? "it is stored through a pointer (`%s`)" : "it is assigned (`%s`)", w);
    else if (strcmp(why, "assign-pair") == 0)
        sb_printf(b, "it is assigned in a multiple assignment (`%s`)", w);
    else if (strcmp(why, "assign-pair-mapr") == 0)
        sb_printf(b, "it is assigned from a comma-ok map read (`%s`)", w);
    else if (strcmp(why, "assign-pair-dot-type") == 0)
        sb_printf(b, "it is assigned from a comma-ok type assertion (`%s`)", w);
    else if (strcmp(why, "return") == 0)
        sb_printf(b, "it is returned (`%s`)", w);
    else if (strcmp(why, "call parameter") == 0) {
        sb_puts(b, "it is passed to ");
        callee(b, w);
        sb_puts(b, AT);
        if (strstr(w, "... argument"))
            sb_puts(b, " (as its variadic arguments, which that function keeps)");
        else
            sb_puts(b, " (whose parameter keeps it)");
    } else if (strcmp(why, "interface-converted") == 0)
        sb_printf(b, "it is converted to an interface (`%s`)", w);
    else if (strcmp(why, "captured by a closure") == 0)
        sb_printf(b, "it is captured by a closure (`%s`)", w);
    else if (strcmp(why, "reference") == 0)
        sb_printf(b, "the closure refers to the variable `%s` itself, not a copy", w);
    else if (strcmp(why, "slice-literal-element") == 0)
        sb_printf(b, strcmp(w, "... argument") == 0 ? "it is put into the `...` argument slice of a variadic call"
                                                    : "it becomes an element of the slice literal `%s`", w);
    else if (strcmp(why, "array literal element") == 0)
        sb_printf(b, "it becomes an element of the array literal `%s`", w);
    else if (strcmp(why, "struct literal element") == 0)
        sb_printf(b, "it becomes a field of the struct literal `%s`", w);
    else if (strcmp(why, "map literal key") == 0)
        sb_printf(b, "it becomes a key of the map literal `%s`" AT " (map keys live in the map's heap buckets)", w);
    else if (strcmp(why, "map literal value") == 0)
        sb_printf(b, "it becomes a value of the map literal `%s`" AT " (map values live in the map's heap buckets)", w);
    else if (strcmp(why, "key of map put") == 0)
        sb_printf(b, "it is stored as a key into a map (`%s`)" AT ", and a map's buckets are on the heap", w);
    else if (strcmp(why, "value of map put") == 0)
        sb_printf(b, "it is stored as a value into a map (`%s`)" AT ", and a map's buckets are on the heap", w);
    else if (strcmp(why, "dot") == 0)
        sb_printf(b, "a field of it is read (`%s`)", w);
    else if (strcmp(why, "dot of pointer") == 0)
        sb_printf(b, "it is used as a pointer to read a field or element (`%s`)", w);
    else if (strcmp(why, "indirection") == 0)
        sb_printf(b, "it is dereferenced (`%s`)", w);
    else if (strcmp(why, "slice") == 0)
        sb_printf(b, "it is sliced (`%s`)", w);
    else if (strcmp(why, "fixed-array-index-of") == 0)
        sb_printf(b, "an element of the array is read (`%s`)", w);
    else if (strcmp(why, "range") == 0)
        sb_printf(b, "a range loop goes over it (`%s`)", w);
    else if (strcmp(why, "range-deref") == 0)
        sb_printf(b, "a range loop copies its elements out (`%s`)", w);
    else if (strcmp(why, "switch case") == 0)
        sb_printf(b, "a type switch case binds it (`%s`)", w);
    else if (strcmp(why, "copied slice") == 0)
        sb_printf(b, "copy reads from it (`%s`)", w);
    else if (strcmp(why, "appendee slice") == 0)
        sb_printf(b, "it is appended to (`%s`)" AT ", and append may keep its elements", w);
    else if (strcmp(why, "appended slice...") == 0)
        sb_printf(b, "its elements are copied by `%s`" AT " into a backing array that append may allocate on the heap", w);
    else if (strcmp(why, "assign-pair-func-call") == 0)
        sb_printf(b, "it is assigned from the results of a call (`%s`)", w);
    else if (strcmp(why, "call part") == 0)
        sb_printf(b, "it is the function value called by `%s`", w);
    else if (strcmp(why, "too large for stack") == 0)
        sb_printf(b, "`%s` is too large for the stack", w);
    else if (strcmp(why, "non-constant size") == 0)
        sb_printf(b, "`%s`" AT " has a size known only at run time, so it cannot be a stack slot", w);
    else if (strcmp(why, "go func") == 0 || strcmp(why, "defer func") == 0 || strcmp(why, "call part") == 0)
        sb_printf(b, "it is part of a %s statement's call (`%s`), which runs later", why[0] == 'g' ? "go" : "defer", w);
    else
        sb_printf(b, "it flows through `%s`" AT " (gc's reason: %s)", w, why);
}

static void step_phrase(StrBuf *b, const EscStep *st, const EscFlowPos *here)
{
    StrBuf c = {0}, at = {0};
    step_clause(&c, st);
    if (st->what && st->has_at)
        at_line(&at, &st->at, here);
    const char *text = c.data ? c.data : "", *mark = strstr(text, AT);
    if (mark)
        sb_printf(b, "%.*s%s%s", (int)(mark - text), text, at.data ? at.data : "", mark + 1);
    else
        sb_printf(b, "%s%s", text, at.data ? at.data : "");
    sb_free(&c);
    sb_free(&at);
}

/* ---- blocks ---------------------------------------------------------------------- */

/* "X escapes to heap" / "parameter p leaks to DST with derefs=N": the subject. */
static void block_subject(StrBuf *b, const EscBlock *blk, bool variable)
{
    const char *s = blk->summary;
    if (has_prefix(s, "parameter ")) {
        const char *sp = strstr(s + 10, " leaks to ");
        int n = sp ? (int)(sp - s - 10) : (int)strlen(s + 10);
        sb_printf(b, "parameter `%.*s`", n, s + 10);
        const char *d = strstr(s, "with derefs=");
        if (d && d[12] != '0')
            sb_printf(b, " (what it points to, %s dereference%s away)", d + 12, strcmp(d + 12, "1") == 0 ? "" : "s");
    } else if (has_suffix(s, " escapes to heap"))
        sb_printf(b, variable || is_alloc_text(s, strlen(s) - 16) ? "`%.*s`" : "the interface copy of `%.*s`",
                  (int)(strlen(s) - 16), s);
    else
        sb_printf(b, "`%s`", s);
}

/* One flow: "<src> flows into <dst>: step, step". */
static void flow_phrase(StrBuf *b, const EscFlow *f, const EscFlowPos *here)
{
    if (f->has_flow) {
        src_phrase(b, f->src);
        sb_puts(b, " flows into ");
        loc_phrase(b, f->dst);
        if (f->nsteps)
            sb_puts(b, ": ");
    }
    for (int k = 0; k < f->nsteps; k++) {
        if (k)
            sb_puts(b, ", then ");
        step_phrase(b, &f->steps[k], here);
    }
}

/* variable: the block explains a "moved to heap" (of a variable, not of
 * an interface's copy). */
static void block_sentence(StrBuf *b, const EscBlock *blk, bool variable)
{
    sb_puts(b, "How gc traces ");
    block_subject(b, blk, variable);
    sb_printf(b, " (line %d)", blk->pos.line);
    const char *s = blk->summary;
    const char *to = strstr(s, " leaks to ");
    if (to) {
        sb_puts(b, " to ");
        const char *w = strstr(to, " with derefs=");
        StrBuf d = {0};
        sb_printf(&d, "%.*s", w ? (int)(w - to - 10) : (int)strlen(to + 10), to + 10);
        loc_phrase(b, d.data);
        sb_free(&d);
    } else
        sb_puts(b, " to the heap");
    sb_puts(b, ": ");
    for (int i = 0; i < blk->nflows; i++) {
        if (i)
            sb_puts(b, "; next, ");
        flow_phrase(b, &blk->flows[i], &blk->pos);
    }
    if (blk->nflows == 0)
        sb_puts(b, "gc lists no steps");
    sb_puts(b, ".");
    if (blk->owner < 0 && strcmp(s, "func literal escapes to heap") == 0)
        sb_puts(b, " This is the closure gc wraps around a go or defer statement's call (it runs after the statement); "
                   "gc prints no decision line for it.");
    else if (blk->owner < 0 && has_prefix(s, "parameter "))
        sb_puts(b, " gc prints no decision for this parameter: its type holds no pointers, so where its value "
                   "goes does not matter to a caller.");
    else if (blk->owner < 0)
        sb_puts(b, " gc prints no decision line for it.");
}

static bool note_sentence(StrBuf *b, const EscLine *l);

/* ---- decisions --------------------------------------------------------------------- */

static bool is_identifier(const char *s, size_t n);

/* Whether the package has a "moved to heap: name" decision. */
static bool moved_var(const EscFlows *ef, const char *name)
{
    for (int i = 0; i < ef->ndecisions; i++)
        if (strcmp(ef->decisions[i].kind, "moved-to-heap") == 0 && strcmp(ef->decisions[i].message + 15, name) == 0)
            return true;
    return false;
}

/* "it reaches <dst> when <last step>": the end of the path, from the last
 * flow of the decision's first block. False when there is no block. */
static bool main_reason(StrBuf *b, const Explainer *x, const EscDecision *d)
{
    if (d->nblocks == 0)
        return false;
    const EscBlock *blk = &x->ef->blocks[d->blocks[0]];
    if (blk->nflows == 0)
        return false;
    const EscFlow *first = &blk->flows[0], *last = &blk->flows[blk->nflows - 1];
    if (first->nsteps > 0 && first->steps[0].why &&
        (strcmp(first->steps[0].why, "address-of") == 0 || strcmp(first->steps[0].why, "captured by a closure") == 0 ||
         strcmp(first->steps[0].why, "too large for stack") == 0 || strcmp(first->steps[0].why, "non-constant size") == 0) &&
        (first != last || first->nsteps > 1)) {
        step_phrase(b, &first->steps[0], &d->pos);
        sb_puts(b, ", and ");
    }
    if (last->has_flow) {
        sb_puts(b, "it reaches ");
        loc_phrase(b, last->dst);
        if (is_identifier(last->dst, strlen(last->dst)))
            sb_puts(b, moved_var(x->ef, last->dst) ? ", a variable that is itself moved to the heap,"
                                                   : ", which outlives it,");
    } else
        sb_puts(b, "it escapes");
    if (last->nsteps > 0) {
        sb_puts(b, " when ");
        step_phrase(b, &last->steps[last->nsteps - 1], &d->pos);
    }
    return true;
}

static bool is_identifier(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!(s[i] == '_' || (s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
              (i > 0 && s[i] >= '0' && s[i] <= '9') || (unsigned char)s[i] >= 0x80))
            return false;
    return true;
}

static void does_not_escape(StrBuf *b, const EscDecision *d)
{
    const char *m = d->message;
    int n = (int)(strlen(m) - 16); /* without " does not escape" */
    const char *fn = d->function;
    if (is_identifier(m, (size_t)n))
        sb_printf(b, "Parameter `%.*s` of %s does not escape: %s neither stores it (or what it points to) anywhere "
                     "that outlives the call nor returns it, so a caller may pass a pointer to its own stack.",
                  n, m, fn, fn);
    else if (strncmp(m, "... argument", (size_t)n) == 0)
        sb_printf(b, "The `...` argument slice of the variadic call at line %d stays on the stack: the function "
                     "called does not keep the slice itself.", d->pos.line);
    else if (strncmp(m, "func literal", (size_t)n) == 0)
        sb_printf(b, "The func literal at line %d stays on the stack (its closure record is a stack slot of %s): "
                     "nothing that outlives %s refers to it.", d->pos.line, fn, fn);
    else if (is_alloc_text(m, (size_t)n))
        sb_printf(b, "`%.*s` at line %d stays on the stack: nothing that outlives %s refers to it.", n, m,
                  d->pos.line, fn);
    else
        sb_printf(b, "`%.*s` at line %d is converted to an interface, and the copy of its value stays on the stack: "
                     "nothing that outlives %s refers to it.", n, m, d->pos.line, fn);
}

static void decision_sentence(StrBuf *b, const Explainer *x, const EscDecision *d)
{
    const char *m = d->message, *k = d->kind;
    if (strcmp(k, "does-not-escape") == 0) {
        does_not_escape(b, d);
        return;
    }
    if (strcmp(k, "moved-to-heap") == 0)
        sb_printf(b, "`%s` is moved to the heap", m + 15);
    else if (strcmp(k, "escapes-to-heap") == 0 && is_alloc_text(m, strlen(m) - 16))
        sb_printf(b, "`%.*s` at line %d escapes: it is allocated on the heap", (int)(strlen(m) - 16), m, d->pos.line);
    else if (strcmp(k, "escapes-to-heap") == 0 && (has_prefix(m, "any(") || has_prefix(m, "(interface {})(")))
        sb_printf(b, "`%.*s` at line %d makes an interface, and the copy of the value it points to escapes: "
                     "it is allocated on the heap", (int)(strlen(m) - 16), m, d->pos.line);
    else if (strcmp(k, "escapes-to-heap") == 0)
        sb_printf(b, "`%.*s` at line %d is converted to an interface, and the copy of its value the interface "
                     "points to escapes: it is allocated on the heap", (int)(strlen(m) - 16), m, d->pos.line);
    else if (strcmp(k, "leaking-param") == 0)
        sb_printf(b, "Parameter `%s` leaks: whatever a caller passes as %s must be able to live on the heap", m + 15,
                  m + 15);
    else if (strcmp(k, "leaking-param-content") == 0)
        sb_printf(b, "Parameter `%s`'s content leaks: what %s points to must be able to live on the heap (%s itself "
                     "does not escape)", m + 23, m + 23, m + 23);
    else if (strcmp(k, "leaking-param-to-result") == 0) {
        const char *to = strstr(m, " to result ");
        const char *lv = strstr(m, " level=");
        int level = lv ? atoi(lv + 7) : 0;
        int pn = (int)(to - m - 15);
        sb_printf(b, "Parameter `%.*s` leaks to result %.*s: %s returns ", pn, m + 15,
                  lv ? (int)(lv - to - 11) : 0, to + 11, d->function);
        if (level == 0)
            sb_printf(b, "%.*s itself (level=0)", pn, m + 15);
        else
            sb_printf(b, "what %.*s points to, %d dereference%s away (level=%d)", pn, m + 15, level,
                      level == 1 ? "" : "s", level);
        sb_printf(b, ", so the argument lives as long as the caller keeps that result.");
        return;
    } else {
        EscLine l = {.msg = m};
        if (!note_sentence(b, &l))
            sb_printf(b, "gc reports: %s.", m);
        return;
    }
    StrBuf r = {0};
    if (main_reason(&r, x, d))
        sb_printf(b, ", because %s (every step is traced above).", r.data);
    else
        sb_puts(b, " (gc gives no flow for it at -m=2).");
    sb_free(&r);
}

/* ---- notes ------------------------------------------------------------------------- */

/* "f capturing by value: x (addr=false assign=false width=8)" */
static bool note_sentence(StrBuf *b, const EscLine *l)
{
    const char *m = l->msg, *c = strstr(m, " capturing by ");
    if (c) {
        bool byref = has_prefix(c + 14, "ref: ");
        const char *name = strchr(c + 14, ':') + 2;
        const char *paren = strchr(name, ' ');
        int nn = paren ? (int)(paren - name) : (int)strlen(name);
        sb_printf(b, "The closure in %.*s captures `%.*s` ", (int)(c - m), m, nn, name);
        if (!byref) {
            sb_puts(b, "by value: it gets its own copy, since the variable is never reassigned, never has its "
                       "address taken, and is at most 128 bytes.");
            return true;
        }
        sb_puts(b, "by reference: it shares the variable itself, because ");
        bool addr = strstr(name, "addr=true") != NULL, assign = strstr(name, "assign=true") != NULL;
        if (addr)
            sb_puts(b, "its address is taken");
        if (assign)
            sb_puts(b, addr ? " and it is reassigned" : "it is reassigned");
        if (!addr && !assign)
            sb_puts(b, "it is larger than 128 bytes");
        sb_puts(b, ".");
        return true;
    }
    const char *self = strstr(m, " ignoring self-assignment in ");
    if (self) {
        sb_printf(b, "gc ignores the self-assignment `%s` in %.*s: it reads and writes the same object, so nothing "
                     "new flows anywhere.", self + 29, (int)(self - m), m);
        return true;
    }
    return false;
}

/* ---- entry point --------------------------------------------------------------------- */

static bool explains_variable(const EscFlows *ef, const EscBlock *blk)
{
    return blk->owner >= 0 && strcmp(ef->decisions[blk->owner].kind, "moved-to-heap") == 0;
}

static void emit_sentence(Explainer *x, bool first)
{
    if (!first)
        fputc('\n', x->out);
    fprintf(x->out, "%s\n", x->sb.data ? x->sb.data : "");
    x->sb.len = 0;
    if (x->sb.data)
        x->sb.data[0] = 0;
}

int escape_explain(Package *pkg, Arena *arena, FILE *out)
{
    Explainer x = {out, esc_flows_collect(pkg, arena), {0}};
    const EscFlows *ef = x.ef;
    for (int i = 0; i < ef->nlines; i++) {
        const EscLine *l = &ef->lines[i];
        bool said = true;
        if (l->role == ESCL_BLOCK)
            block_sentence(&x.sb, &ef->blocks[l->index], explains_variable(ef, &ef->blocks[l->index]));
        else if (l->role == ESCL_DECISION)
            decision_sentence(&x.sb, &x, &ef->decisions[l->index]);
        else if (l->role == ESCL_OTHER && l->parsed)
            said = note_sentence(&x.sb, l);
        else
            said = false;
        if (said)
            emit_sentence(&x, i == 0);
        fprintf(out, "%s\n", l->text);
    }
    sb_free(&x.sb);
    return 0;
}
