/*
 * assign.c — assignability, implicit conversion of untyped values, and the
 * assignment forms: `=`, `:=`, var/const initialisation, return values.
 *
 * assignment() is the one place a value meets its destination type: it
 * gives untyped values their final type, checks assignability, and marks
 * values that are converted to an interface (IMPL_TOIFACE) so later phases
 * see where a value is boxed.
 */
#include <string.h>

#include "check.h"

void invalid_conversion(Checker *c, int code, Operand *x, Type *target)
{
    const char *msg = "cannot convert %s to %s";
    if (code == CODE_TRUNCATED)
        msg = "%s truncated to %s";
    else if (code == CODE_OVERFLOW)
        msg = "%s overflows %s";
    check_errorf(c, op_pos(x), msg, operand_string(c, x), tstr(target));
}

void implicit_type_and_value(Checker *c, Operand *x, Type *target, Type **newtype, ConstValue **val, int *code)
{
    *newtype = x->type;
    *val = NULL;
    *code = 0;
    if (x->mode == OM_INVALID || is_typed(x->type) || target->kind == TY_INVALID)
        return;
    if (type_is_untyped(target)) {
        TypeKind xk = x->type->kind, tk = target->kind;
        if (type_is_numeric(x->type) && type_is_numeric(target)) {
            if (xk < tk)
                *newtype = target;
        } else if (xk != tk) {
            *newtype = NULL;
            *code = CODE_INVALIDUNTYPED;
        }
        return;
    }
    if (x->mode == OM_NILVALUE) {
        if (type_has_nil(target))
            *newtype = target;
        else {
            *newtype = NULL;
            *code = CODE_INVALIDUNTYPED;
        }
        return;
    }
    Type *u = under(target);
    if (!u) {
        *newtype = NULL;
        *code = CODE_INVALIDUNTYPED;
        return;
    }
    if (is_basic_kind(u->kind)) {
        if (x->mode == OM_CONSTANT) {
            ConstValue *v = x->val;
            if (!representable_const(c, x->val, u, &v)) {
                *newtype = NULL;
                if (type_is_numeric(x->type) && type_is_numeric(u))
                    *code = !type_is_integer(x->type) && type_is_integer(u) ? CODE_TRUNCATED : CODE_OVERFLOW;
                else
                    *code = CODE_INVALIDCONST;
                return;
            }
            *newtype = target;
            *val = v;
            return;
        }
        bool ok;
        switch (x->type->kind) {
        case TY_UNTYPED_BOOL: ok = type_is_boolean(target); break;
        case TY_UNTYPED_INT:
        case TY_UNTYPED_RUNE:
        case TY_UNTYPED_FLOAT: ok = type_is_numeric(target); break;
        case TY_UNTYPED_STRING: ok = type_is_string(target); break;
        default: ok = false; break;
        }
        if (!ok) {
            *newtype = NULL;
            *code = CODE_INVALIDUNTYPED;
            return;
        }
        *newtype = target;
        return;
    }
    if (u->kind == TY_INTERFACE) {
        if (u->nmethods > 0) {
            *newtype = NULL;
            *code = CODE_INVALIDUNTYPED;
            return;
        }
        *newtype = type_default(x->type);
        return;
    }
    *newtype = NULL;
    *code = CODE_INVALIDUNTYPED;
}

bool assignable_to(Checker *c, Operand *x, Type *T, const char **reason)
{
    if (x->mode == OM_INVALID || !T || T->kind == TY_INVALID)
        return true;
    Type *V = x->type;
    if (type_identical(V, T))
        return true;
    Type *Vu = under(V), *Tu = under(T);
    if (!Vu || !Tu)
        return true;
    if (type_is_untyped(Vu)) {
        Type *nt;
        ConstValue *v;
        int code;
        implicit_type_and_value(c, x, T, &nt, &v, &code);
        return nt != NULL;
    }
    if (type_identical(Vu, Tu) && (!has_name(V) || !has_name(T)))
        return true;
    if (Tu->kind == TY_INTERFACE) {
        const char *why = implements(c, V, T);
        if (why) {
            if (reason)
                *reason = why;
            return false;
        }
        return true;
    }
    if (Tu->kind == TY_POINTER && type_is_interface(Tu->elem)) {
        if (reason)
            *reason = implements(c, V, T);
        return false;
    }
    if (Vu->kind == TY_INTERFACE) {
        if (!implements(c, T, V)) {
            if (reason)
                *reason = "need type assertion";
            return false;
        }
    }
    return false;
}

static bool mode_assignable(OpMode m)
{
    switch (m) {
    case OM_CONSTANT:
    case OM_VARIABLE:
    case OM_MAPINDEX:
    case OM_VALUE:
    case OM_NILVALUE:
    case OM_COMMAOK:
        return true;
    default:
        return false;
    }
}

const char ARG_CONTEXT[] = "argument to";

static const char *context_string(Checker *c, const char *context)
{
    if (context == ARG_CONTEXT)
        return check_sprintf(c, "argument to %s", expr_string(c, c->arg_fun));
    return context;
}

void assignment(Checker *c, Operand *x, Type *T, const char *context)
{
    single_value(c, x);
    if (x->mode == OM_INVALID)
        return;
    if (!mode_assignable(x->mode)) {
        check_errorf(c, op_pos(x), "cannot assign %s to %s in %s", operand_string(c, x), tstr(T), context_string(c, context));
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *target = T;
        if (x->mode == OM_NILVALUE) {
            if (!T) {
                check_errorf(c, op_pos(x), "use of untyped nil in %s", context_string(c, context));
                x->mode = OM_INVALID;
                return;
            }
        } else if (!T || type_is_interface(T)) {
            target = type_default(x->type);
        }
        Type *nt;
        ConstValue *v;
        int code;
        implicit_type_and_value(c, x, target, &nt, &v, &code);
        if (code) {
            const char *suffix = code == CODE_TRUNCATED ? " (truncated)" : code == CODE_OVERFLOW ? " (overflows)" : "";
            check_errorf(c, op_pos(x), "cannot use %s as %s value in %s%s", operand_string(c, x), tstr(target),
                         context_string(c, context), suffix);
            x->mode = OM_INVALID;
            return;
        }
        if (v) {
            x->val = v;
            if (x->expr && x->expr->mode == MODE_CONSTANT)
                x->expr->cv = v;
        }
        if (nt != x->type) {
            x->type = nt;
            update_expr_type(c, x->expr, nt, false);
        }
    }
    if (!T)
        return;
    const char *reason = NULL;
    if (!assignable_to(c, x, T, &reason)) {
        if (reason && reason[0])
            check_errorf(c, op_pos(x), "cannot use %s as type %s in %s:\n\t%s", operand_string(c, x), tstr(T),
                         context_string(c, context), reason);
        else
            check_errorf(c, op_pos(x), "cannot use %s as type %s in %s", operand_string(c, x), tstr(T), context_string(c, context));
        x->mode = OM_INVALID;
        return;
    }
    /* a concrete value stored in an interface is boxed there */
    if (type_is_interface(T) && !type_is_interface(x->type) && x->mode != OM_NILVALUE && x->expr &&
        !(x->expr->type && x->expr->type->kind == TY_TUPLE))
        x->expr->implicit |= IMPL_TOIFACE;
}

void init_const(Checker *c, Object *lhs, Operand *x)
{
    if (x->mode == OM_INVALID || !x->type || x->type->kind == TY_INVALID ||
        (lhs->type && lhs->type->kind == TY_INVALID)) {
        if (!lhs->type)
            lhs->type = c->u.invalid;
        return;
    }
    if (x->mode != OM_CONSTANT) {
        check_errorf(c, op_pos(x), "%s is not constant", operand_string(c, x));
        if (!lhs->type)
            lhs->type = c->u.invalid;
        return;
    }
    if (!lhs->type)
        lhs->type = x->type;
    assignment(c, x, lhs->type, "constant declaration");
    if (x->mode == OM_INVALID)
        return;
    lhs->cv = x->val;
}

Type *init_var(Checker *c, Object *lhs, Operand *x, const char *context)
{
    if (x->mode == OM_INVALID || !x->type || x->type->kind == TY_INVALID ||
        (lhs->type && lhs->type->kind == TY_INVALID)) {
        if (!lhs->type)
            lhs->type = c->u.invalid;
        lhs->flags |= OBJF_USED;
        return NULL;
    }
    if (!lhs->type) {
        Type *typ = x->type;
        if (type_is_untyped(typ)) {
            if (typ->kind == TY_UNTYPED_NIL) {
                check_errorf(c, op_pos(x), "use of untyped nil in %s", context);
                lhs->type = c->u.invalid;
                return NULL;
            }
            typ = type_default(typ);
        }
        lhs->type = typ;
    }
    assignment(c, x, lhs->type, context);
    if (x->mode == OM_INVALID) {
        lhs->flags |= OBJF_USED;
        return NULL;
    }
    return x->type;
}


Type *assign_var(Checker *c, Node *lhs, Operand *x)
{
    if (x->mode == OM_INVALID || !x->type || x->type->kind == TY_INVALID) {
        use_expr(c, lhs);
        return NULL;
    }
    Node *ident = unparen(lhs);
    if (ident && ident->kind != N_IDENT)
        ident = NULL;
    if (ident && ident->u.ident.name == c->s_blank) {
        ident->obj = object_new(c, OBJ_VAR, c->s_blank, NULL, ident->pos);
        assignment(c, x, NULL, "assignment to _ identifier");
        if (x->mode == OM_INVALID)
            return NULL;
        ident->obj->type = x->type;
        ident->type = x->type;
        ident->mode = MODE_VARIABLE;
        return x->type;
    }
    /* an assignment is not a use of the variable */
    Object *v = NULL;
    bool v_used = false;
    if (ident) {
        Object *obj = lookup(c, ident->u.ident.name);
        if (obj && obj->kind == OBJ_VAR) {
            v = obj;
            v_used = (v->flags & OBJF_USED) != 0;
        }
    }
    Operand z = {0};
    check_expr(c, &z, lhs);
    if (v) {
        if (v_used)
            v->flags |= OBJF_USED;
        else
            v->flags &= ~OBJF_USED;
    }
    if (z.mode == OM_INVALID || !z.type || z.type->kind == TY_INVALID)
        return NULL;
    switch (z.mode) {
    case OM_VARIABLE:
    case OM_MAPINDEX:
        break;
    default: {
        Node *sel = z.expr;
        if (sel && sel->kind == N_SELECTOR) {
            Operand op = {0};
            check_expr(c, &op, sel->u.selector.x);
            if (op.mode == OM_MAPINDEX) {
                check_errorf(c, op_pos(&z), "cannot assign to struct field %s in map", expr_string(c, z.expr));
                return NULL;
            }
        }
        check_errorf(c, op_pos(&z), "cannot assign to %s", operand_string(c, &z));
        return NULL;
    }
    }
    assignment(c, x, z.type, "assignment");
    if (x->mode == OM_INVALID)
        return NULL;
    return x->type;
}

/* ---- multiple values ---------------------------------------------------------- */

static const char *measure(Checker *c, int n, const char *unit)
{
    return check_sprintf(c, "%d %s%s", n, unit, n != 1 ? "s" : "");
}

static void assign_error(Checker *c, Node **rhs, int nrhs, int nvars, int nvals)
{
    const char *vars = measure(c, nvars, "variable");
    const char *vals = measure(c, nvals, "value");
    Node *rhs0 = rhs[0];
    if (nrhs == 1) {
        Node *call = unparen(rhs0);
        if (call && call->kind == N_CALL) {
            check_errorf(c, node_pos(rhs0), "assignment mismatch: %s but %s returns %s", vars,
                         expr_string(c, call->u.call.fun), vals);
            return;
        }
    }
    check_errorf(c, node_pos(rhs0), "assignment mismatch: %s but %s", vars, vals);
}

/* types2's typesSummary: "(int, string)", untyped numbers shown as "number". */
static const char *types_summary(Checker *c, Type **list, int n, bool variadic)
{
    StrBuf b = {0};
    sb_puts(&b, "(");
    for (int i = 0; i < n; i++) {
        Type *t = list[i];
        if (i > 0)
            sb_puts(&b, ", ");
        if (!t || t->kind == TY_INVALID) {
            sb_puts(&b, "<T>");
        } else if (type_is_untyped(t)) {
            if (type_is_numeric(t))
                sb_puts(&b, "number");
            else {
                const char *name = t->name;
                if (strncmp(name, "untyped ", 8) == 0)
                    name += 8;
                sb_puts(&b, name);
            }
        } else if (variadic && i == n - 1 && t->kind == TY_SLICE) {
            sb_puts(&b, "...");
            sb_puts(&b, tstr(t->elem));
        } else {
            sb_puts(&b, tstr(t));
        }
    }
    sb_puts(&b, ")");
    const char *s = arena_strndup(c->arena, b.data, b.len);
    sb_free(&b);
    return s;
}

const char *operand_types_summary(Checker *c, Operand *xs, int n)
{
    Type **ts = ARENA_ARRAY(c->arena, Type *, n + 1);
    for (int i = 0; i < n; i++)
        ts[i] = xs[i].type;
    return types_summary(c, ts, n, false);
}

const char *var_types_summary(Checker *c, Object **vars, int n, bool variadic)
{
    Type **ts = ARENA_ARRAY(c->arena, Type *, n + 1);
    for (int i = 0; i < n; i++)
        ts[i] = vars[i]->type;
    return types_summary(c, ts, n, variadic);
}

static void mark_commaok(Node *e)
{
    while (e) {
        e->implicit |= IMPL_COMMAOK;
        if (e->kind != N_PAREN)
            break;
        e = e->u.paren.x;
    }
}

void init_vars(Checker *c, Object **lhs, int nlhs, Node **orig_rhs, int nrhs, Node *return_stmt)
{
    int nx;
    bool commaok;
    Operand buf[4];
    Operand *rhs = expr_list(c, orig_rhs, nrhs, nlhs == 2 && !return_stmt, &nx, &commaok, buf, 4);
    if (nlhs != nx) {
        for (int i = 0; i < nlhs; i++) {
            lhs[i]->flags |= OBJF_USED;
            if (!lhs[i]->type)
                lhs[i]->type = c->u.invalid;
        }
        for (int i = 0; i < nx; i++)
            if (rhs[i].mode == OM_INVALID)
                return;
        if (return_stmt) {
            Pos at = return_stmt->pos;
            const char *qualifier = "not enough";
            if (nx > nlhs) {
                at = op_pos(&rhs[nlhs]);
                qualifier = "too many";
            } else if (nx > 0) {
                at = op_pos(&rhs[nx - 1]);
            }
            ErrorBuilder e;
            err_begin(&e, at, "%s return values", qualifier);
            err_add(c, &e, pos_make(NULL, 0, 0), "have %s", operand_types_summary(c, rhs, nx));
            err_add(c, &e, pos_make(NULL, 0, 0), "want %s", var_types_summary(c, lhs, nlhs, false));
            err_report(c, &e);
            return;
        }
        assign_error(c, orig_rhs, nrhs, nlhs, nx);
        return;
    }
    const char *context = return_stmt ? "return statement" : "assignment";
    if (commaok) {
        for (int i = 0; i < 2; i++)
            init_var(c, lhs[i], &rhs[i], context);
        mark_commaok(orig_rhs[0]);
        return;
    }
    bool ok = true;
    for (int i = 0; i < nlhs; i++)
        if (!init_var(c, lhs[i], &rhs[i], context))
            ok = false;
    if (!ok)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->flags |= OBJF_USED;
}

void assign_vars(Checker *c, Node **lhs, int nlhs, Node **orig_rhs, int nrhs)
{
    int nx;
    bool commaok;
    Operand buf[4];
    Operand *rhs = expr_list(c, orig_rhs, nrhs, nlhs == 2, &nx, &commaok, buf, 4);
    if (nlhs != nx) {
        use_exprs(c, lhs, nlhs);
        for (int i = 0; i < nx; i++)
            if (rhs[i].mode == OM_INVALID)
                return;
        assign_error(c, orig_rhs, nrhs, nlhs, nx);
        return;
    }
    if (commaok) {
        for (int i = 0; i < 2; i++)
            assign_var(c, lhs[i], &rhs[i]);
        mark_commaok(orig_rhs[0]);
        return;
    }
    bool ok = true;
    for (int i = 0; i < nlhs; i++)
        if (!assign_var(c, lhs[i], &rhs[i]))
            ok = false;
    if (!ok) {
        for (int i = 0; i < nlhs; i++) {
            Node *name = unparen(lhs[i]);
            if (name && name->kind == N_IDENT) {
                Object *obj = lookup(c, name->u.ident.name);
                if (obj && obj->kind == OBJ_VAR)
                    obj->flags |= OBJF_USED;
            }
        }
    }
}

void short_var_decl(Checker *c, Node *s)
{
    int top = c->delayed.len;
    Scope *scope = c->scope;
    NodeList *lhs = &s->u.assign.lhs;
    int n = lhs->len;
    Object **lhs_vars = ARENA_ARRAY(c->arena, Object *, n);
    VEC(Object *) new_vars = {0};
    bool has_err = false;
    for (int i = 0; i < n; i++) {
        Node *ident = lhs->items[i];
        if (ident->kind != N_IDENT) {
            use_expr(c, ident);
            check_errorf(c, node_pos(ident), "non-name %s on left side of :=", expr_string(c, ident));
            has_err = true;
            continue;
        }
        const char *name = ident->u.ident.name;
        if (name != c->s_blank) {
            bool seen = false;
            for (int j = 0; j < i; j++) {
                Node *o = lhs->items[j];
                if (o->kind == N_IDENT && o->u.ident.name == name)
                    seen = true;
            }
            if (seen) {
                check_errorf(c, ident->pos, "%s repeated on left side of :=", name);
                has_err = true;
                continue;
            }
        }
        Object *alt = scope_lookup(scope, name);
        if (alt) {
            ident->obj = alt;
            if (alt->kind == OBJ_VAR) {
                lhs_vars[i] = alt;
            } else {
                check_errorf(c, ident->pos, "cannot assign to %s", expr_string(c, ident));
                has_err = true;
            }
            continue;
        }
        Object *obj = object_new(c, OBJ_VAR, name, NULL, ident->pos);
        obj->decl = ident;
        obj->spec = s;
        lhs_vars[i] = obj;
        if (name != c->s_blank)
            vec_push(c->arena, &new_vars, obj);
        ident->obj = obj;
    }
    for (int i = 0; i < n; i++)
        if (!lhs_vars[i])
            lhs_vars[i] = object_new(c, OBJ_VAR, c->s_blank, NULL, lhs->items[i]->pos);
    init_vars(c, lhs_vars, n, s->u.assign.rhs.items, s->u.assign.rhs.len, NULL);
    /* record the variables' types on their identifiers */
    for (int i = 0; i < n; i++) {
        Node *ident = lhs->items[i];
        if (ident->kind == N_IDENT) {
            if (!ident->obj)
                ident->obj = lhs_vars[i];
            ident->type = lhs_vars[i]->type;
            ident->mode = MODE_VARIABLE;
        }
    }
    process_delayed(c, top);
    if (new_vars.len == 0 && !has_err) {
        check_soft_errorf(c, s->pos, "no new variables on left side of :=");
        return;
    }
    for (int i = 0; i < new_vars.len; i++)
        declare(c, scope, NULL, new_vars.items[i]);
}
