/*
 * labels.c — labels and branch statements of one function body, as gc's
 * syntax.checkBranches does them while parsing: misplaced break, continue
 * and fallthrough, undefined, duplicate and unused labels.
 *
 * Each label gets an OBJ_LABEL object (decl: the N_LABELED statement); the
 * N_IDENTs of the label and of labeled break/continue point to it. The
 * walk keeps the innermost enclosing break/continue targets and the chain of
 * blocks with their labeled statements, like branches.go.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

typedef struct Block {
    struct Block *parent;
    Node *lstmt; /* labeled statement owning this block, or NULL */
} Block;

typedef struct Targets {
    Node *breaks;    /* N_FOR, N_RANGE, N_SWITCH, N_TYPESWITCH or NULL */
    Node *continues; /* N_FOR, N_RANGE or NULL */
    int case_index;  /* index of the enclosing switch case, or -1 */
} Targets;

typedef struct LabelScope {
    Checker *c;
    VEC(Object *) labels;
    int depth;
} LabelScope;

static Object *find_label(LabelScope *ls, const char *name)
{
    for (int i = 0; i < ls->labels.len; i++)
        if (ls->labels.items[i]->name == name)
            return ls->labels.items[i];
    return NULL;
}

static Object *declare_label(LabelScope *ls, Block *b, Node *s)
{
    Checker *c = ls->c;
    Node *id = s->u.labeled.label;
    Object *alt = find_label(ls, id->u.ident.name);
    if (alt) {
        Pos ap = alt->pos;
        check_errorf(c, id->pos, "label %s already defined at %s:%d:%d", id->u.ident.name,
                     diag_path(c->arena, ap.file), ap.line, ap.col);
        id->obj = alt;
        return alt;
    }
    Object *l = object_new(c, OBJ_LABEL, id->u.ident.name, NULL, id->pos);
    l->decl = s;
    l->spec = (Node *)b; /* the block declaring the label (walk-local) */
    l->flags |= OBJF_DEFINED;
    id->obj = l;
    vec_push(c->arena, &ls->labels, l);
    return l;
}

/* The innermost enclosing labeled statement named `name`: NULL if the label
 * is not defined, `invalid` if it is defined but does not enclose b. */
static Node *enclosing_target(LabelScope *ls, Block *b, Node *id, Node *invalid)
{
    Object *l = find_label(ls, id->u.ident.name);
    if (!l)
        return NULL;
    l->flags |= OBJF_USED;
    id->obj = l;
    for (; b; b = b->parent)
        if (b->lstmt == l->decl)
            return l->decl;
    return invalid;
}

/* Trailing empty statements do not count for "fallthrough must be last". */
static int trimmed_len(NodeList *l)
{
    int len = l->len;
    while (len > 0 && l->items[len - 1]->kind == N_EMPTY)
        len--;
    return len;
}

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, NodeList *body);

static void inner_block(LabelScope *ls, Block *b, Targets t, Node *lstmt, NodeList *body)
{
    block_branches(ls, b, t, lstmt, body);
}

static void branch_stmt(LabelScope *ls, Block *b, Targets ctxt, Node *s, int idx, int n)
{
    Checker *c = ls->c;
    Node *label = s->u.branch.label;
    if (!label) {
        switch (s->u.branch.tok) {
        case BR_BREAK:
            if (!ctxt.breaks)
                check_errorf(c, s->pos, "break is not in a loop, switch, or select");
            break;
        case BR_CONTINUE:
            if (!ctxt.continues)
                check_errorf(c, s->pos, "continue is not in a loop");
            break;
        case BR_FALLTHROUGH: {
            const char *msg = "fallthrough statement out of place";
            Node *t = ctxt.breaks;
            if (t && t->kind == N_TYPESWITCH) {
                msg = "cannot fallthrough in type switch";
            } else if (t && t->kind == N_SWITCH) {
                if (ctxt.case_index < 0 || idx + 1 < n) {
                    /* nested in a block or not last */
                } else if (ctxt.case_index + 1 == t->u.switch_.cases.len) {
                    msg = "cannot fallthrough final case in switch";
                } else {
                    break;
                }
            }
            check_errorf(c, s->pos, "%s", msg);
            break;
        }
        default:
            break;
        }
        return;
    }
    static Node invalid_target; /* immutable sentinel: only its address is used */
    const char *name = label->u.ident.name;
    Node *t;
    switch (s->u.branch.tok) {
    case BR_BREAK:
        t = enclosing_target(ls, b, label, &invalid_target);
        if (!t) {
            check_errorf(c, label->pos, "break label not defined: %s", name);
        } else {
            Node *st = t == &invalid_target ? NULL : t->u.labeled.stmt;
            if (!st || !(st->kind == N_FOR || st->kind == N_RANGE || st->kind == N_SWITCH ||
                         st->kind == N_TYPESWITCH || st->kind == N_SELECT))
                check_errorf(c, label->pos, "invalid break label %s", name);
        }
        break;
    case BR_CONTINUE:
        t = enclosing_target(ls, b, label, &invalid_target);
        if (!t) {
            check_errorf(c, label->pos, "continue label not defined: %s", name);
        } else {
            Node *st = t == &invalid_target ? NULL : t->u.labeled.stmt;
            if (!st || !(st->kind == N_FOR || st->kind == N_RANGE))
                check_errorf(c, label->pos, "invalid continue label %s", name);
        }
        break;
    default:
        break; /* goto is rejected by the parser */
    }
}

static void block_branches(LabelScope *ls, Block *parent, Targets ctxt, Node *lstmt, NodeList *body)
{
    if (++ls->depth > PARSE_MAX_DEPTH + 100) {
        ls->depth--;
        return;
    }
    Block blk = {parent, lstmt};
    Block *b = &blk;
    int n = trimmed_len(body);
    for (int i = 0; i < n; i++) {
        Node *s = body->items[i];
        lstmt = NULL;
        while (s && s->kind == N_LABELED) {
            Node *id = s->u.labeled.label;
            if (id->u.ident.name != ls->c->s_blank) {
                declare_label(ls, b, s);
                lstmt = s;
            }
            s = s->u.labeled.stmt;
        }
        if (!s)
            continue;
        Targets inner = {ctxt.breaks, ctxt.continues, -1};
        switch (s->kind) {
        case N_BRANCH:
            branch_stmt(ls, b, ctxt, s, i, n);
            break;
        case N_BLOCK:
            inner_block(ls, b, inner, lstmt, &s->u.block.stmts);
            break;
        case N_IF: {
            for (Node *is = s; is;) {
                inner_block(ls, b, inner, lstmt, &is->u.if_.then->u.block.stmts);
                Node *e = is->u.if_.els;
                if (e && e->kind == N_BLOCK) {
                    inner_block(ls, b, inner, lstmt, &e->u.block.stmts);
                    break;
                }
                is = e; /* else if: checked like a nested block holding the if */
            }
            break;
        }
        case N_FOR:
        case N_RANGE: {
            Targets t = {s, s, -1};
            Node *bd = s->kind == N_FOR ? s->u.for_.body : s->u.range.body;
            if (bd)
                inner_block(ls, b, t, lstmt, &bd->u.block.stmts);
            break;
        }
        case N_SWITCH:
        case N_TYPESWITCH: {
            Targets t = {s, ctxt.continues, -1};
            NodeList *cases = s->kind == N_SWITCH ? &s->u.switch_.cases : &s->u.typeswitch.cases;
            for (int j = 0; j < cases->len; j++) {
                t.case_index = j;
                inner_block(ls, b, t, lstmt, &cases->items[j]->u.case_.body);
            }
            break;
        }
        default:
            break;
        }
    }
    ls->depth--;
}

static int label_pos_cmp(const void *a, const void *b)
{
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return pos_compare(x->pos, y->pos);
}

void check_branches(Checker *c, Node *body, Func *fn)
{
    (void)fn;
    if (!body || body->kind != N_BLOCK)
        return;
    LabelScope ls = {0};
    ls.c = c;
    Targets t = {NULL, NULL, -1};
    block_branches(&ls, NULL, t, NULL, &body->u.block.stmts);
    /* unused labels, in source order (gc iterates a map) */
    if (ls.labels.len > 1)
        qsort(ls.labels.items, (size_t)ls.labels.len, sizeof(Object *), label_pos_cmp);
    for (int i = 0; i < ls.labels.len; i++) {
        Object *l = ls.labels.items[i];
        l->spec = NULL;
        if (!(l->flags & OBJF_USED))
            check_errorf(c, l->pos, "label %s defined and not used", l->name);
    }
}
