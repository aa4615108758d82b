/*
 * stmt.c — function bodies and statements (types2's stmt.go, return.go).
 *
 * A body is checked in its signature's scope; each block, if, for, switch
 * and case opens a scope. Function literals met in a statement are checked
 * at the end of that statement (the delayed queue), before the names the
 * statement declares become visible, as in types2. At the end of a body:
 * "missing return" if it does not end in a terminating statement, then
 * "x declared but not used" for each unused variable, scope by scope, each
 * scope's in source order.
 */
#include <stdlib.h>
#include <string.h>

#include "check.h"

static void stmt(Checker *c, Node *s);

static void open_scope(Checker *c) { c->scope = scope_new(c, c->scope, c->fn); }

static void close_scope(Checker *c) { c->scope = c->scope->parent; }


static void stmt_list(Checker *c, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        stmt(c, l->items[i]);
}

/* ---- usage ------------------------------------------------------------------- */

static int obj_pos_cmp(const void *a, const void *b)
{
    const Object *x = *(Object *const *)a, *y = *(Object *const *)b;
    return pos_compare(x->pos, y->pos);
}

static void usage(Checker *c, Scope *s, int depth)
{
    if (depth > PARSE_MAX_DEPTH + 100)
        return;
    VEC(Object *) unused = {0};
    for (int i = 0; i < s->vars.len; i++) {
        Object *v = s->vars.items[i];
        if (!(v->flags & OBJF_USED))
            vec_push(c->arena, &unused, v);
    }
    if (unused.len > 1)
        qsort(unused.items, (size_t)unused.len, sizeof(Object *), obj_pos_cmp);
    for (int i = 0; i < unused.len; i++)
        check_soft_errorf(c, unused.items[i]->pos, "%s declared but not used", unused.items[i]->name);
    for (Scope *k = s->first_child; k; k = k->next_sibling)
        if (!k->is_func)
            usage(c, k, depth + 1);
}

/* ---- labels ------------------------------------------------------------------ */

/* The parser checked labels and branches as gc does (src/parser/
 * branches.c); here each label gets its object, which the N_IDENTs of the
 * label and of the break/continue naming it point to (break and continue
 * name an enclosing label, so it is declared by the time they are met). */

static Object *find_label(Checker *c, const char *name)
{
    for (int i = 0; i < c->labels.len; i++)
        if (c->labels.items[i]->name == name)
            return c->labels.items[i];
    return NULL;
}

static void declare_label(Checker *c, Node *s)
{
    Node *id = s->u.labeled.label;
    if (id->u.ident.name == c->s_blank)
        return;
    Object *l = find_label(c, id->u.ident.name); /* a duplicate: the first one */
    if (!l) {
        l = object_new(c, OBJ_LABEL, id->u.ident.name, NULL, id->pos);
        l->decl = s;
        l->flags |= OBJF_DEFINED;
        vec_push(c->arena, &c->labels, l);
    }
    id->obj = l;
}

/* ---- bodies ------------------------------------------------------------------ */

void func_body(Checker *c, Func *fn)
{
    c->fn = fn;
    c->sig = fn->sig;
    c->scope = fn->scope;
    c->has_label = false;
    c->labels.len = 0;
    c->labels.cap = 0;
    c->labels.items = NULL;
    vec_push(c->arena, &c->pkg->all_funcs, fn);
    Node *body = fn->node->kind == N_FUNCDECL ? fn->node->u.func.body : fn->node->u.funclit.body;
    if (!body)
        return;
    stmt_list(c, &body->u.block.stmts);
    fn->has_labels = c->has_label;
    if (fn->sig->results->nfields > 0 && !is_terminating(c, body, NULL))
        check_errorf(c, body->u.block.rbrace, "missing return");
    usage(c, fn->scope, 0);
}

/* ---- simple statements ---------------------------------------------------------- */

static void expr_stmt(Checker *c, Node *s)
{
    Operand x = {0};
    ExprKind kind = raw_expr(c, &x, s->u.exprstmt.x, NULL);
    const char *msg;
    switch (x.mode) {
    case OM_BUILTIN:
        msg = "must be called";
        break;
    case OM_TYPEXPR:
        msg = "is not an expression";
        break;
    default:
        if (kind == EK_STATEMENT)
            return;
        msg = "is not used";
        break;
    }
    check_errorf(c, op_pos(&x), "%s %s", operand_string(c, &x), msg);
}

static void suspended_call(Checker *c, const char *keyword, Node *call)
{
    Operand x = {0};
    const char *msg;
    if (!call)
        return;
    /* `defer f` was reported by the parser, which made it the call f(),
     * as gc's does: it is checked as one */
    switch (raw_expr(c, &x, call, NULL)) {
    case EK_CONVERSION:
        msg = "requires function call, not conversion";
        break;
    case EK_EXPRESSION:
        msg = "discards result of";
        break;
    default:
        return;
    }
    check_errorf(c, op_pos(&x), "%s %s %s", keyword, msg, operand_string(c, &x));
}

static void incdec_stmt(Checker *c, Node *s)
{
    Operand x = {0};
    Node *lhs = s->u.incdec.x;
    check_expr(c, &x, lhs);
    if (x.mode == OM_INVALID)
        return;
    if (!type_is_numeric(x.type)) {
        const char *op = s->u.incdec.op == OP_INC ? "++" : "--";
        check_errorf(c, node_pos(lhs), "invalid operation: %s%s (non-numeric type %s)", expr_string(c, lhs), op,
                     tstr(x.type));
        return;
    }
    assign_var(c, lhs, &x);
}

static void assign_stmt(Checker *c, Node *s)
{
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int op = s->u.assign.op;
    if (op == '=') {
        assign_vars(c, lhs->items, lhs->len, rhs->items, rhs->len);
        return;
    }
    if (op == OP_DEFINE) {
        short_var_decl(c, s);
        return;
    }
    if (lhs->len != 1 || rhs->len != 1) {
        check_errorf(c, s->pos, "assignment operation %s= requires single-valued expressions", op_string(op));
        return;
    }
    Operand x = {0};
    binary(c, &x, NULL, lhs->items[0], rhs->items[0], op);
    assign_var(c, lhs->items[0], &x);
}

static const char *object_string(Checker *c, Object *o)
{
    const char *kind = o->kind == OBJ_VAR ? "var" : o->kind == OBJ_CONST ? "const" : o->kind == OBJ_TYPE ? "type" : "func";
    return check_sprintf(c, "%s %s %s", kind, o->name, tstr(o->type));
}

static void return_stmt(Checker *c, Node *s)
{
    Type *res = c->sig ? c->sig->results : NULL;
    NodeList *results = &s->u.return_.results;
    int nres = res ? res->nfields : 0;
    if (results->len == 0 && nres > 0 && res->fields[0]->name[0]) {
        for (int i = 0; i < nres; i++) {
            Object *obj = res->fields[i];
            Object *alt = lookup(c, obj->name);
            if (alt && alt != obj) {
                ErrorBuilder e;
                err_begin(&e, s->pos, "result parameter %s not in scope at return", obj->name);
                /* types2 names the result (obj) at the inner declaration's place */
                err_add(c, &e, alt->pos, "inner declaration of %s", object_string(c, obj));
                err_report(c, &e);
            }
        }
        return;
    }
    init_vars(c, nres ? res->fields : NULL, nres, results->items, results->len, s);
}

/* ---- switches -------------------------------------------------------------------- */

static void multiple_defaults(Checker *c, NodeList *cases)
{
    Node *first = NULL;
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        if (cl->u.case_.list.len == 0) {
            if (first)
                check_errorf(c, cl->pos, "multiple defaults (first at %s:%d:%d)", diag_path(c->arena, first->pos.file),
                             first->pos.line, first->pos.col);
            else
                first = cl;
        }
    }
}

typedef struct SeenCase {
    ConstValue *val;
    Type *type;
    Pos pos;
} SeenCase;
typedef VEC(SeenCase) SeenCases;

/* types2's goVal: the Go value a constant stands for (int64, uint64,
 * float64 or string); bools are not checked for duplicates. */
static bool go_val_equal(Checker *c, ConstValue *a, ConstValue *b)
{
    if (a->kind == CV_BOOL || b->kind == CV_BOOL || a->kind == CV_UNKNOWN || b->kind == CV_UNKNOWN)
        return false;
    return cv_equal_key(c, a, b);
}

static void case_values(Checker *c, Operand *x, NodeList *values, SeenCases *seen)
{
    for (int i = 0; i < values->len; i++) {
        Node *e = values->items[i];
        Operand v = {0};
        check_expr(c, &v, e);
        if (x->mode == OM_INVALID || v.mode == OM_INVALID)
            continue;
        convert_untyped(c, &v, x->type);
        if (v.mode == OM_INVALID)
            continue;
        Operand res = v;
        comparison(c, &res, x, OP_EQ, true);
        if (res.mode == OM_INVALID)
            continue;
        if (v.mode != OM_CONSTANT)
            continue;
        bool dup = false;
        for (int k = 0; k < seen->len; k++) {
            SeenCase *sc = &seen->items[k];
            if (go_val_equal(c, sc->val, v.val) && type_identical(sc->type, v.type)) {
                ErrorBuilder eb;
                err_begin(&eb, op_pos(&v), "duplicate case %s in expression switch", operand_string(c, &v));
                err_add(c, &eb, sc->pos, "previous case");
                err_report(c, &eb);
                dup = true;
                break;
            }
        }
        if (dup)
            continue;
        SeenCase sc = {v.val, v.type, v.expr->pos}; /* gc: the operand's own position */
        vec_push(c->arena, seen, sc);
    }
}

static void switch_stmt(Checker *c, Node *s)
{
    Operand x = {0};
    NodeList *cases = &s->u.switch_.cases;
    if (s->u.switch_.tag) {
        check_expr(c, &x, s->u.switch_.tag);
        assignment(c, &x, NULL, "switch expression");
        if (x.mode != OM_INVALID && !type_is_comparable(x.type) && !type_has_nil(x.type)) {
            check_errorf(c, op_pos(&x), "cannot switch on %s (%s is not comparable)", operand_string(c, &x),
                         tstr(x.type));
            x.mode = OM_INVALID;
        }
    } else {
        x.mode = OM_CONSTANT;
        x.type = c->u.typ[TY_BOOL];
        x.val = cv_make_bool(c, true);
        Pos pos = cases->len > 0 ? cases->items[0]->pos : s->u.switch_.rbrace;
        AstContext ac = {c->arena, c->names};
        x.expr = ast_ident(&ac, pos, "true", 4);
    }
    multiple_defaults(c, cases);
    SeenCases seen = {0};
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        case_values(c, &x, &cl->u.case_.list, &seen);
        open_scope(c);
        stmt_list(c, &cl->u.case_.body);
        close_scope(c);
    }
}

static bool is_nil_expr(Checker *c, Node *e)
{
    Node *n = unparen(e);
    if (n && n->kind == N_IDENT) {
        Object *o = lookup(c, n->u.ident.name);
        return o && o->kind == OBJ_NIL;
    }
    return false;
}

typedef struct SeenType {
    Type *type; /* NULL: nil */
    Node *expr;
} SeenType;
typedef VEC(SeenType) SeenTypes;

static Type *case_types(Checker *c, Operand *x, NodeList *types, SeenTypes *seen, bool *is_nil)
{
    Type *T = NULL;
    *is_nil = false;
    for (int i = 0; i < types->len; i++) {
        Node *e = types->items[i];
        if (is_nil_expr(c, e)) {
            T = NULL;
            *is_nil = true;
            Operand dummy = {0};
            check_expr(c, &dummy, e);
        } else {
            T = check_var_type(c, e);
            *is_nil = false;
            if (T->kind == TY_INVALID)
                continue;
        }
        bool dup = false;
        for (int k = 0; k < seen->len; k++) {
            SeenType *st = &seen->items[k];
            if ((!T && !st->type) || (T && st->type && type_identical(T, st->type))) {
                ErrorBuilder eb;
                err_begin(&eb, node_pos(e), "duplicate case %s in type switch", T ? tstr(T) : "nil");
                err_add(c, &eb, node_pos(st->expr), "previous case");
                err_report(c, &eb);
                dup = true;
                break;
            }
        }
        if (dup)
            continue;
        SeenType st = {T, e};
        vec_push(c->arena, seen, st);
        if (x && T)
            type_assertion(c, e, x, T, true);
    }
    return T;
}

static void type_switch_stmt(Checker *c, Node *s)
{
    Node *lhs = s->u.typeswitch.bind;
    if (lhs && lhs->u.ident.name == c->s_blank) {
        check_soft_errorf(c, lhs->pos, "no new variable on left side of :=");
        lhs = NULL;
    }
    Operand x = {0};
    check_expr(c, &x, s->u.typeswitch.x);
    if (x.mode == OM_INVALID)
        return;
    Operand *sx = NULL;
    if (type_is_interface(x.type))
        sx = &x;
    else
        check_errorf(c, op_pos(&x), "%s is not an interface", operand_string(c, &x));
    NodeList *cases = &s->u.typeswitch.cases;
    multiple_defaults(c, cases);
    VEC(Object *) lhs_vars = {0};
    SeenTypes seen = {0};
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        bool is_nil;
        Type *T = case_types(c, sx, &cl->u.case_.list, &seen, &is_nil);
        open_scope(c);
        if (lhs) {
            if (cl->u.case_.list.len != 1 || !T)
                T = x.type;
            Object *obj = object_new(c, OBJ_VAR, lhs->u.ident.name, T, lhs->pos);
            obj->decl = lhs;
            obj->spec = cl;
            declare(c, c->scope, NULL, obj);
            cl->obj = obj;
            vec_push(c->arena, &lhs_vars, obj);
        }
        stmt_list(c, &cl->u.case_.body);
        close_scope(c);
    }
    if (lhs) {
        bool used = false;
        for (int i = 0; i < lhs_vars.len; i++) {
            if (lhs_vars.items[i]->flags & OBJF_USED)
                used = true;
            lhs_vars.items[i]->flags |= OBJF_USED;
        }
        if (!used)
            check_soft_errorf(c, lhs->pos, "%s declared but not used", lhs->u.ident.name);
    }
}

/* ---- loops ------------------------------------------------------------------------- */

static void range_key_val(Checker *c, Type *t, Type **key, Type **val)
{
    *key = *val = NULL;
    Type *u = under(t);
    if (u && u->kind == TY_POINTER) {
        Type *a = under(u->elem);
        if (a && a->kind == TY_ARRAY)
            u = a;
    }
    if (!u)
        return;
    switch (u->kind) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        *key = c->u.typ[TY_INT];
        *val = c->u.rune_type;
        break;
    case TY_ARRAY:
    case TY_SLICE:
        *key = c->u.typ[TY_INT];
        *val = u->elem;
        break;
    case TY_MAP:
        *key = u->key;
        *val = u->elem;
        break;
    default:
        break;
    }
}

static void range_stmt(Checker *c, Node *s)
{
    Operand x = {0};
    check_expr(c, &x, s->u.range.x);
    Type *key = NULL, *val = NULL;
    if (x.mode != OM_INVALID) {
        range_key_val(c, x.type, &key, &val);
        if (!key)
            check_soft_errorf(c, op_pos(&x), "cannot range over %s", operand_string(c, &x));
        else if (type_is_untyped(x.type))
            update_expr_type(c, x.expr, c->u.typ[TY_STRING], true);
    }
    open_scope(c);
    Node *lhs[2] = {s->u.range.key, s->u.range.value};
    Type *rhs[2] = {key, val};
    if (s->u.range.define) {
        Object *vars[2];
        int nvars = 0;
        for (int i = 0; i < 2; i++) {
            Node *l = lhs[i];
            if (!l)
                continue;
            Object *obj;
            if (l->kind == N_IDENT) {
                obj = object_new(c, OBJ_VAR, l->u.ident.name, NULL, l->pos);
                obj->decl = l;
                obj->spec = s;
                l->obj = obj;
                if (l->u.ident.name != c->s_blank)
                    vars[nvars++] = obj;
            } else {
                check_errorf(c, node_pos(l), "cannot declare %s", expr_string(c, l));
                obj = object_new(c, OBJ_VAR, c->s_blank, NULL, l->pos);
            }
            if (rhs[i]) {
                Operand v = {OM_VALUE, l, rhs[i], NULL, 0};
                init_var(c, obj, &v, "range clause");
            } else {
                obj->type = c->u.invalid;
                obj->flags |= OBJF_USED;
            }
            l->type = obj->type;
            l->mode = MODE_VARIABLE;
        }
        if (nvars > 0) {
            for (int i = 0; i < nvars; i++)
                declare(c, c->scope, NULL, vars[i]);
        } else {
            check_errorf(c, s->pos, "no new variables on left side of :=");
        }
    } else {
        for (int i = 0; i < 2; i++) {
            if (!lhs[i] || !rhs[i])
                continue;
            Operand v = {OM_VALUE, lhs[i], rhs[i], NULL, 0};
            assign_var(c, lhs[i], &v);
        }
    }
    stmt(c, s->u.range.body);
    close_scope(c);
}

/* ---- statements ---------------------------------------------------------------------- */

static void stmt(Checker *c, Node *s)
{
    if (!s)
        return;
    int top = c->delayed.len;
    switch (s->kind) {
    case N_EMPTY:
    case N_BAD:
        break;
    case N_DECLSTMT:
        decl_stmt(c, s);
        break;
    case N_LABELED:
        c->has_label = true;
        declare_label(c, s);
        stmt(c, s->u.labeled.stmt);
        break;
    case N_EXPRSTMT:
        expr_stmt(c, s);
        break;
    case N_INCDEC:
        incdec_stmt(c, s);
        break;
    case N_ASSIGN:
        assign_stmt(c, s);
        break;
    case N_GO:
        suspended_call(c, "go", s->u.go_.call);
        break;
    case N_DEFER:
        if (c->fn)
            c->fn->has_defer = true;
        suspended_call(c, "defer", s->u.defer_.call);
        break;
    case N_RETURN:
        return_stmt(c, s);
        break;
    case N_BRANCH:
        if (s->u.branch.label) {
            c->has_label = true;
            Object *l = find_label(c, s->u.branch.label->u.ident.name);
            s->u.branch.label->obj = l;
            if (l)
                l->flags |= OBJF_USED;
        }
        break;
    case N_BLOCK:
        open_scope(c);
        stmt_list(c, &s->u.block.stmts);
        close_scope(c);
        break;
    case N_IF: {
        open_scope(c);
        stmt(c, s->u.if_.init);
        Operand x = {0};
        check_expr(c, &x, s->u.if_.cond);
        if (x.mode != OM_INVALID && !type_is_boolean(x.type))
            check_errorf(c, node_pos(s->u.if_.cond), "non-boolean condition in if statement");
        else if (x.mode != OM_INVALID && type_is_untyped(x.type))
            update_expr_type(c, x.expr, c->u.typ[TY_BOOL], true);
        stmt(c, s->u.if_.then);
        if (s->u.if_.els)
            stmt(c, s->u.if_.els);
        close_scope(c);
        break;
    }
    case N_SWITCH:
        open_scope(c);
        stmt(c, s->u.switch_.init);
        switch_stmt(c, s);
        close_scope(c);
        break;
    case N_TYPESWITCH:
        open_scope(c);
        stmt(c, s->u.typeswitch.init);
        type_switch_stmt(c, s);
        close_scope(c);
        break;
    case N_FOR:
        open_scope(c);
        stmt(c, s->u.for_.init);
        if (s->u.for_.cond) {
            Operand x = {0};
            check_expr(c, &x, s->u.for_.cond);
            if (x.mode != OM_INVALID && !type_is_boolean(x.type))
                check_errorf(c, node_pos(s->u.for_.cond), "non-boolean condition in for statement");
            else if (x.mode != OM_INVALID && type_is_untyped(x.type))
                update_expr_type(c, x.expr, c->u.typ[TY_BOOL], true);
        }
        stmt(c, s->u.for_.post);
        stmt(c, s->u.for_.body);
        close_scope(c);
        break;
    case N_RANGE:
        range_stmt(c, s);
        break;
    case N_SEND:
        check_errorf(c, s->pos, "minigo: channels is not supported");
        break;
    case N_SELECT:
        check_errorf(c, s->pos, "minigo: select statements is not supported");
        break;
    default:
        check_errorf(c, node_pos(s), "invalid statement");
        break;
    }
    process_delayed(c, top);
}

/* ---- terminating statements ------------------------------------------------------------ */

static bool has_break(Node *s, const char *label, bool implicit, int depth);

static bool has_break_list(NodeList *l, const char *label, bool implicit, int depth)
{
    for (int i = 0; i < l->len; i++)
        if (has_break(l->items[i], label, implicit, depth + 1))
            return true;
    return false;
}

static bool has_break(Node *s, const char *label, bool implicit, int depth)
{
    if (!s || depth > PARSE_MAX_DEPTH + 100)
        return false;
    switch (s->kind) {
    case N_LABELED:
        return has_break(s->u.labeled.stmt, label, implicit, depth + 1);
    case N_BRANCH:
        if (s->u.branch.tok == BR_BREAK) {
            if (!s->u.branch.label)
                return implicit;
            if (label && s->u.branch.label->u.ident.name == label)
                return true;
        }
        return false;
    case N_BLOCK:
        return has_break_list(&s->u.block.stmts, label, implicit, depth);
    case N_IF:
        return has_break(s->u.if_.then, label, implicit, depth + 1) ||
               (s->u.if_.els && has_break(s->u.if_.els, label, implicit, depth + 1));
    case N_SWITCH:
    case N_TYPESWITCH: {
        if (!label)
            return false;
        NodeList *cases = s->kind == N_SWITCH ? &s->u.switch_.cases : &s->u.typeswitch.cases;
        for (int i = 0; i < cases->len; i++)
            if (has_break_list(&cases->items[i]->u.case_.body, label, false, depth))
                return true;
        return false;
    }
    case N_FOR:
        return label && has_break(s->u.for_.body, label, false, depth + 1);
    case N_RANGE:
        return label && has_break(s->u.range.body, label, false, depth + 1);
    default:
        return false;
    }
}

static bool is_terminating_list(Checker *c, NodeList *l, const char *label)
{
    for (int i = l->len - 1; i >= 0; i--)
        if (l->items[i]->kind != N_EMPTY)
            return is_terminating(c, l->items[i], label);
    return false;
}

static bool is_terminating_switch(Checker *c, NodeList *cases, const char *label)
{
    bool has_default = false;
    for (int i = 0; i < cases->len; i++) {
        Node *cl = cases->items[i];
        if (cl->u.case_.list.len == 0)
            has_default = true;
        if (!is_terminating_list(c, &cl->u.case_.body, NULL) || has_break_list(&cl->u.case_.body, label, true, 0))
            return false;
    }
    return has_default;
}

bool is_terminating(Checker *c, Node *s, const char *label)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_LABELED:
        return is_terminating(c, s->u.labeled.stmt, s->u.labeled.label->u.ident.name);
    case N_EXPRSTMT: {
        Node *call = unparen(s->u.exprstmt.x);
        return call && call->kind == N_CALL && (call->implicit & IMPL_PANICCALL);
    }
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->u.branch.tok == BR_GOTO || s->u.branch.tok == BR_FALLTHROUGH;
    case N_BLOCK:
        return is_terminating_list(c, &s->u.block.stmts, NULL);
    case N_IF:
        return s->u.if_.els && is_terminating(c, s->u.if_.then, NULL) && is_terminating(c, s->u.if_.els, NULL);
    case N_SWITCH:
        return is_terminating_switch(c, &s->u.switch_.cases, label);
    case N_TYPESWITCH:
        return is_terminating_switch(c, &s->u.typeswitch.cases, label);
    case N_FOR:
        return !s->u.for_.cond && !has_break(s->u.for_.body, label, true, 0);
    default:
        return false;
    }
}
