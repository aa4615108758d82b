/*
 * branches.c — gc's checkBranches (cmd/compile/internal/syntax/
 * branches.go): misplaced break, continue and fallthrough, undefined,
 * duplicate and unused labels, checked where gc checks them: by the parser,
 * at the end of each function body that parsed without errors (a function
 * literal's before the function around it). Both parsers call it: the
 * bison one as it reduces a body, the error-path one (rd.h) likewise, so
 * these errors arrive in gc's order, before any type error.
 *
 * A walk over the statements of one body with the innermost break and
 * continue targets and the chain of blocks; labels are declared as they
 * are met, forward gotos resolved when their label comes. gc keeps the
 * labels in a map and reports unused ones in map order; here they are
 * reported in declaration order (the messages are sorted by position
 * before printing either way). The type checker makes the label objects
 * (src/types/stmt.c); the tree is only read here.
 */
#include "syntax.h"

#include <string.h>

typedef struct Block Block;
struct Block {
    Block *parent;
    Pos start;
    Node *lstmt; /* the labeled statement owning the block, or NULL */
};

typedef struct Label {
    Block *parent; /* block declaring it */
    Node *lstmt;   /* its N_LABELED */
    bool used;
} Label;

typedef struct LabelScope {
    Arena *arena;
    Diag *d;
    VEC(Label *) labels;
} LabelScope;

typedef struct Targets {
    Node *breaks;    /* N_FOR, N_SWITCH, N_TYPESWITCH, N_SELECT or NULL */
    Node *continues; /* N_FOR or NULL */
    int case_index;  /* index of the enclosing switch case, or < 0 */
} Targets;

typedef VEC(Node *) BranchList; /* N_BRANCH gotos */

static void err(LabelScope *ls, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void err(LabelScope *ls, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_verror(ls->d, pos, fmt, ap);
    va_end(ap);
}

static const char *pos_string(LabelScope *ls, Pos pos)
{
    return arena_printf(ls->arena, "%s:%d:%d", diag_path(ls->arena, pos.file), pos.line, pos.col);
}

static const char *label_name(const Node *lstmt) { return lstmt->u.labeled.label->u.ident.name; }

static Label *find(LabelScope *ls, const char *name)
{
    for (int i = 0; i < ls->labels.len; i++)
        if (strcmp(label_name(ls->labels.items[i]->lstmt), name) == 0)
            return ls->labels.items[i];
    return NULL;
}

static Label *declare(LabelScope *ls, Block *b, Node *s)
{
    Label *alt = find(ls, label_name(s));
    if (alt) {
        err(ls, s->u.labeled.label->pos, "label %s already defined at %s", label_name(s),
            pos_string(ls, alt->lstmt->u.labeled.label->pos));
        return alt;
    }
    Label *l = ARENA_NEW(ls->arena, Label);
    l->parent = b;
    l->lstmt = s;
    vec_push(ls->arena, &ls->labels, l);
    return l;
}

/* the labeled statement a backward goto may jump to, or NULL */
static Node *goto_target(LabelScope *ls, Block *b, const char *name)
{
    Label *l = find(ls, name);
    if (!l)
        return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (l->parent == b)
            return l->lstmt;
    return NULL;
}

/* for break/continue L: the enclosing statement labeled L; NULL when L is
 * not defined, `invalid` when it does not enclose the branch */
static Node *enclosing_target(LabelScope *ls, Block *b, const char *name, Node *invalid)
{
    Label *l = find(ls, name);
    if (!l)
        return NULL;
    l->used = true;
    for (; b; b = b->parent)
        if (l->lstmt == b->lstmt)
            return l->lstmt;
    return invalid;
}

typedef struct Walk {
    LabelScope *ls;
    Block *b;
    Node *lstmt;
    BranchList fwd;   /* forward gotos not resolved yet */
    BranchList bad;   /* forward gotos from before the last variable declaration */
    Pos var_pos;
    Node *var;        /* the last variable declaration: N_VARSPEC or N_ASSIGN (:=) */
} Walk;

static BranchList block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                                 NodeList body);

static void inner_block(Walk *w, Targets ctxt, Pos start, NodeList body)
{
    BranchList inner = block_branches(w->ls, w->b, ctxt, w->lstmt, start, body);
    for (int i = 0; i < inner.len; i++)
        vec_push(w->ls->arena, &w->fwd, inner.items[i]);
}

static void record_var_decl(Walk *w, Pos pos, Node *var)
{
    w->var_pos = pos;
    w->var = var;
    w->bad.len = 0;
    for (int i = 0; i < w->fwd.len; i++)
        vec_push(w->ls->arena, &w->bad, w->fwd.items[i]);
}

static bool jumps_over_var_decl(Walk *w, Node *fwd)
{
    if (!pos_known(w->var_pos))
        return false;
    for (int i = 0; i < w->bad.len; i++)
        if (w->bad.items[i] == fwd)
            return true;
    return false;
}

/* gc's String(name) of a declaration: its first name, or the := lhs list */
static const char *var_string(LabelScope *ls, Node *var)
{
    if (var->kind == N_VARSPEC)
        return var->u.valuespec.names.items[0]->u.ident.name;
    AstContext ac = {ls->arena, NULL};
    const char *out = "";
    for (int i = 0; i < var->u.assign.lhs.len; i++)
        out = arena_printf(ls->arena, "%s%s%s", out, i ? ", " : "", ast_expr_string(&ac, var->u.assign.lhs.items[i]));
    return out;
}

static void labeled(Walk *w, Node *s)
{
    const char *name = label_name(s);
    if (strcmp(name, "_") == 0)
        return;
    Label *l = declare(w->ls, w->b, s);
    int k = 0;
    for (int i = 0; i < w->fwd.len; i++) {
        Node *fwd = w->fwd.items[i];
        if (strcmp(fwd->u.branch.label->u.ident.name, name) == 0) {
            l->used = true;
            if (jumps_over_var_decl(w, fwd))
                err(w->ls, fwd->u.branch.label->pos, "goto %s jumps over declaration of %s at %s", name,
                    var_string(w->ls, w->var), pos_string(w->ls, w->var_pos));
        } else {
            w->fwd.items[k++] = fwd;
        }
    }
    w->fwd.len = k;
    w->lstmt = s;
}

static void unlabeled_branch(Walk *w, Node *s, Targets ctxt, int index, int count)
{
    switch (s->u.branch.tok) {
    case BR_BREAK:
        if (!ctxt.breaks)
            err(w->ls, s->pos, "break is not in a loop, switch, or select");
        return;
    case BR_CONTINUE:
        if (!ctxt.continues)
            err(w->ls, s->pos, "continue is not in a loop");
        return;
    case BR_FALLTHROUGH: {
        const char *msg = "fallthrough statement out of place";
        Node *t = ctxt.breaks;
        if (t && t->kind == N_TYPESWITCH) {
            msg = "cannot fallthrough in type switch";
        } else if (t && t->kind == N_SWITCH) {
            if (ctxt.case_index < 0 || index + 1 < count)
                ; /* not the last statement of a case */
            else if (ctxt.case_index + 1 == t->u.switch_.cases.len) /* t is an N_SWITCH here */
                msg = "cannot fallthrough final case in switch";
            else
                return; /* fallthrough is fine */
        }
        err(w->ls, s->pos, "%s", msg);
        return;
    }
    }
}

static void labeled_branch(Walk *w, Node *s)
{
    Node invalid = {0};
    const char *name = s->u.branch.label->u.ident.name;
    Pos pos = s->u.branch.label->pos;
    Node *t;
    switch (s->u.branch.tok) {
    case BR_BREAK:
        t = enclosing_target(w->ls, w->b, name, &invalid);
        if (!t) {
            err(w->ls, pos, "break label not defined: %s", name);
        } else {
            NodeKind k = t == &invalid ? N_BAD : t->u.labeled.stmt->kind;
            if (k != N_SWITCH && k != N_TYPESWITCH && k != N_SELECT && k != N_FOR && k != N_RANGE)
                err(w->ls, pos, "invalid break label %s", name);
        }
        return;
    case BR_CONTINUE:
        t = enclosing_target(w->ls, w->b, name, &invalid);
        if (!t)
            err(w->ls, pos, "continue label not defined: %s", name);
        else if (t == &invalid || (t->u.labeled.stmt->kind != N_FOR && t->u.labeled.stmt->kind != N_RANGE))
            err(w->ls, pos, "invalid continue label %s", name);
        return;
    case BR_GOTO:
        if (!goto_target(w->ls, w->b, name))
            vec_push(w->ls->arena, &w->fwd, s);
        return;
    }
}


static void walk_stmt(Walk *w, Node *s, Targets ctxt, int index, int count)
{
    while (s && s->kind == N_LABELED) {
        labeled(w, s);
        s = s->u.labeled.stmt;
    }
    if (!s)
        return;
    Targets inner = {ctxt.breaks, ctxt.continues, -1};
    switch (s->kind) {
    case N_DECLSTMT: /* the first var spec will do */
        for (int i = 0; i < s->u.declstmt.specs.len; i++) {
            Node *v = s->u.declstmt.specs.items[i];
            if (v->kind == N_VARSPEC) {
                record_var_decl(w, v->pos, v);
                break;
            }
        }
        break;
    case N_BRANCH:
        if (s->u.branch.label)
            labeled_branch(w, s);
        else
            unlabeled_branch(w, s, ctxt, index, count);
        break;
    case N_ASSIGN:
        if (s->u.assign.op == OP_DEFINE)
            record_var_decl(w, s->pos, s);
        break;
    case N_BLOCK:
        inner_block(w, inner, s->pos, s->u.block.stmts);
        break;
    case N_IF:
        inner_block(w, inner, s->u.if_.then->pos, s->u.if_.then->u.block.stmts);
        if (s->u.if_.els) {
            NodeList els = {0};
            vec_push(w->ls->arena, &els, s->u.if_.els);
            inner_block(w, inner, s->u.if_.els->pos, els);
        }
        break;
    case N_FOR:
    case N_RANGE: {
        Node *body = s->kind == N_FOR ? s->u.for_.body : s->u.range.body;
        inner = (Targets){s, s, -1};
        if (body)
            inner_block(w, inner, body->pos, body->u.block.stmts);
        break;
    }
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        inner = (Targets){s, ctxt.continues, -1};
        NodeList cases = s->kind == N_SELECT       ? s->u.select_.cases
                         : s->kind == N_TYPESWITCH ? s->u.typeswitch.cases
                                                   : s->u.switch_.cases;
        for (int i = 0; i < cases.len; i++) {
            if (s->kind != N_SELECT)
                inner.case_index = i;
            inner_block(w, inner, cases.items[i]->pos, cases.items[i]->u.case_.body);
        }
        break;
    }
    default:
        break;
    }
}

static BranchList block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, Pos start,
                                 NodeList body)
{
    Block *b = ARENA_NEW(ls->arena, Block);
    b->parent = parent;
    b->start = start;
    b->lstmt = lstmt;
    Walk w = {ls, b, lstmt, {0}, {0}, {0}, NULL};
    /* trailing empty statements do not count (fallthrough must be last) */
    int count = body.len;
    while (count > 0 && body.items[count - 1]->kind == N_EMPTY && !body.items[count - 1]->implicit)
        count--;
    for (int i = 0; i < count; i++) {
        w.lstmt = NULL;
        walk_stmt(&w, body.items[i], ctxt, i, count);
    }
    return w.fwd;
}

void check_body_branches(Arena *arena, Diag *d, Node *body)
{
    if (!body || body->kind != N_BLOCK)
        return;
    LabelScope ls = {arena, d, {0}};
    BranchList fwd = block_branches(&ls, NULL, (Targets){NULL, NULL, 0}, NULL, body->pos, body->u.block.stmts);
    for (int i = 0; i < fwd.len; i++) {
        const char *name = fwd.items[i]->u.branch.label->u.ident.name;
        Label *l = find(&ls, name);
        if (l) {
            l->used = true; /* no "defined and not used" as well */
            err(&ls, fwd.items[i]->u.branch.label->pos, "goto %s jumps into block starting at %s", name,
                pos_string(&ls, l->parent->start));
        } else {
            err(&ls, fwd.items[i]->u.branch.label->pos, "label %s not defined", name);
        }
    }
    for (int i = 0; i < ls.labels.len; i++)
        if (!ls.labels.items[i]->used)
            err(&ls, ls.labels.items[i]->lstmt->u.labeled.label->pos, "label %s defined and not used",
                label_name(ls.labels.items[i]->lstmt));
}
