/*
 * expr.c — expressions: the dispatcher (raw_expr), literals, unary and
 * binary operators, shifts, comparisons, function literals, and the
 * bookkeeping of untyped values.
 *
 * Untyped values (constants, comparison results, the lhs of a non-constant
 * shift) are recorded on their nodes with an untyped type and the internal
 * IMPL_UNTYPED mark, like types2's `untyped` map. When the context fixes
 * their type (assignment, conversion, comparison with a typed operand),
 * update_expr_type walks down the expression giving each untyped node its
 * final type; constants must then be representable in it, and the lhs of a
 * non-constant shift must be an integer ("1 << s" in a float context is an
 * error). Sub-expressions of a constant expression keep their untyped types:
 * later phases read the constant root's cv.
 */
#include <string.h>

#include "check.h"

enum { IMPL_UNTYPED = 1 << 12 }; /* node is in the "untyped" set */

/* ---- recording ------------------------------------------------------------ */

static ExprMode expr_mode(OpMode m)
{
    switch (m) {
    case OM_INVALID: return MODE_INVALID;
    case OM_NOVALUE: return MODE_NOVALUE;
    case OM_BUILTIN: return MODE_BUILTIN;
    case OM_TYPEXPR: return MODE_TYPEEXPR;
    case OM_CONSTANT: return MODE_CONSTANT;
    case OM_VARIABLE: return MODE_VARIABLE;
    case OM_MAPINDEX: return MODE_MAPINDEX;
    case OM_VALUE: return MODE_VALUE;
    case OM_NILVALUE: return MODE_VALUE;
    case OM_COMMAOK: return MODE_COMMAOK;
    }
    return MODE_INVALID;
}

void record_node(Checker *c, Node *e, OpMode mode, Type *t, ConstValue *v)
{
    (void)c;
    if (!e)
        return;
    e->mode = expr_mode(mode);
    e->type = t;
    e->cv = mode == OM_CONSTANT ? v : NULL;
    if (type_is_untyped(t))
        e->implicit |= IMPL_UNTYPED;
    else
        e->implicit &= ~IMPL_UNTYPED;
}

void record(Checker *c, Operand *x)
{
    Type *t = x->mode == OM_INVALID ? c->u.invalid : x->type;
    if (x->mode == OM_NOVALUE)
        t = new_tuple(c, NULL, 0);
    record_node(c, x->expr, x->mode, t, x->val);
}

static void update_expr_val(Node *e, ConstValue *v)
{
    if (e && (e->implicit & IMPL_UNTYPED))
        e->cv = v;
}

static bool is_comparison_op(int op)
{
    return op == OP_EQ || op == OP_NE || op == '<' || op == OP_LE || op == '>' || op == OP_GE;
}

static bool is_shift_op(int op) { return op == OP_SHL || op == OP_SHR; }

static void update0(Checker *c, Node *parent, Node *x, Type *typ, bool final, int depth)
{
    if (!x || !(x->implicit & IMPL_UNTYPED) || depth > PARSE_MAX_DEPTH + 100)
        return;
    ConstValue *oldval = x->mode == MODE_CONSTANT ? x->cv : NULL;
    switch (x->kind) {
    case N_PAREN:
        update0(c, x, x->u.paren.x, typ, final, depth + 1);
        break;
    case N_UNARY:
        if (x->u.unary.op == '*')
            return;
        if (!oldval)
            update0(c, x, x->u.unary.x, typ, final, depth + 1);
        break;
    case N_BINARY:
        if (oldval)
            break;
        if (is_comparison_op(x->u.binary.op)) {
            /* the operands have their final types */
        } else if (is_shift_op(x->u.binary.op)) {
            update0(c, x, x->u.binary.x, typ, final, depth + 1);
        } else {
            update0(c, x, x->u.binary.x, typ, final, depth + 1);
            update0(c, x, x->u.binary.y, typ, final, depth + 1);
        }
        break;
    case N_IDENT:
    case N_BASICLIT:
    case N_SELECTOR:
    case N_CALL:
        break;
    default:
        return;
    }
    if (!final && type_is_untyped(typ)) {
        x->type = under(typ);
        return;
    }
    x->implicit &= ~IMPL_UNTYPED;
    if (x->implicit & IMPL_SHIFTLHS) {
        if (!type_is_integer(typ)) {
            check_errorf(c, node_pos(x), "invalid operation: %s (shift of type %s)",
                         expr_string(c, parent ? parent : x), tstr(typ));
            return;
        }
    }
    if (oldval) {
        Operand cop = {OM_CONSTANT, x, x->type, oldval, 0};
        convert_untyped(c, &cop, typ);
        if (cop.mode == OM_INVALID)
            return;
        x->cv = cop.val;
    }
    x->type = typ;
}

void update_expr_type(Checker *c, Node *e, Type *t, bool final) { update0(c, NULL, e, t, final, 0); }

void convert_untyped(Checker *c, Operand *x, Type *target)
{
    Type *newtype;
    ConstValue *val;
    int code;
    implicit_type_and_value(c, x, target, &newtype, &val, &code);
    if (code) {
        Type *t = under(target);
        invalid_conversion(c, code, x, t ? t : target);
        x->mode = OM_INVALID;
        return;
    }
    if (val) {
        x->val = val;
        update_expr_val(x->expr, val);
    }
    if (newtype != x->type) {
        x->type = newtype;
        update_expr_type(c, x->expr, newtype, false);
    }
}

/* ---- operand checks ------------------------------------------------------- */

static void exclude(Checker *c, Operand *x, unsigned modeset)
{
    if (!(modeset & (1u << x->mode)))
        return;
    const char *msg;
    switch (x->mode) {
    case OM_NOVALUE:
        msg = (modeset & (1u << OM_TYPEXPR)) ? "%s used as value" : "%s used as value or type";
        break;
    case OM_BUILTIN:
        msg = "%s must be called";
        break;
    default:
        msg = "%s is not an expression";
        break;
    }
    check_errorf(c, op_pos(x), msg, operand_string(c, x));
    x->mode = OM_INVALID;
}

void single_value(Checker *c, Operand *x)
{
    if (x->mode == OM_VALUE && x->type && x->type->kind == TY_TUPLE) {
        check_errorf(c, op_pos(x), "multiple-value %s in single-value context", operand_string(c, x));
        x->mode = OM_INVALID;
    }
}

void check_expr(Checker *c, Operand *x, Node *e)
{
    raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
    single_value(c, x);
}

void check_multi_expr(Checker *c, Operand *x, Node *e)
{
    raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
}

void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint)
{
    raw_expr(c, x, e, hint);
    exclude(c, x, 1u << OM_NOVALUE | 1u << OM_BUILTIN | 1u << OM_TYPEXPR);
    single_value(c, x);
}

void check_expr_or_type(Checker *c, Operand *x, Node *e)
{
    raw_expr(c, x, e, NULL);
    exclude(c, x, 1u << OM_NOVALUE);
    single_value(c, x);
}

void use_expr(Checker *c, Node *e)
{
    if (!e)
        return;
    if (e->kind == N_IDENT && e->u.ident.name == c->s_blank)
        return;
    Operand x = {0};
    raw_expr(c, &x, e, NULL);
}

void use_exprs(Checker *c, Node **list, int n)
{
    for (int i = 0; i < n; i++)
        use_expr(c, list[i]);
}

/* ---- constants ------------------------------------------------------------ */

static Pos expr_op_pos(Node *e)
{
    if (e && (e->kind == N_UNARY || e->kind == N_BINARY))
        return e->pos;
    return node_pos(e);
}

static const char *op_name(Node *e)
{
    if (e && e->kind == N_UNARY && e->u.unary.op == '^')
        return "bitwise complement";
    if (e && e->kind == N_BINARY) {
        switch (e->u.binary.op) {
        case '+': return "addition";
        case '-': return "subtraction";
        case '^': return "bitwise XOR";
        case '*': return "multiplication";
        case OP_SHL: return "shift";
        }
    }
    return "";
}

static void representable(Checker *c, Operand *x, Type *typ)
{
    ConstValue *v = x->val;
    if (!representable_const(c, x->val, typ, &v)) {
        int code;
        if (type_is_numeric(x->type) && type_is_numeric(typ))
            code = !type_is_integer(x->type) && type_is_integer(typ) ? CODE_TRUNCATED : CODE_OVERFLOW;
        else
            code = CODE_INVALIDCONST;
        invalid_conversion(c, code, x, typ);
        x->mode = OM_INVALID;
        return;
    }
    x->val = v;
}

static void overflow(Checker *c, Operand *x)
{
    if (x->val->kind == CV_UNKNOWN) {
        check_errorf(c, expr_op_pos(x->expr), "constant result is not representable");
        return;
    }
    if (is_typed(x->type)) {
        representable(c, x, under(x->type));
        return;
    }
    if (x->val->kind == CV_INT && cv_bitlen(x->val) > 512) {
        check_errorf(c, expr_op_pos(x->expr), "constant %s overflow", op_name(x->expr));
        x->val = cv_make_unknown(c);
    }
}

/* ---- unary ---------------------------------------------------------------- */


/* &x, auto-& of a method receiver and slicing an array make the root
 * variable addressed (it must live in memory). */
void mark_addr_taken(Checker *c, Node *e)
{
    (void)c;
    for (int guard = 0; e && guard < PARSE_MAX_DEPTH + 100; guard++) {
        switch (e->kind) {
        case N_PAREN:
            e = e->u.paren.x;
            continue;
        case N_IDENT:
            if (e->obj && e->obj->kind == OBJ_VAR)
                e->obj->flags |= OBJF_ADDRTAKEN;
            return;
        case N_SELECTOR:
            /* x.f is in x's memory unless reached through a pointer */
            if (e->sel && e->sel->kind == SEL_FIELD && !e->sel->indirect) {
                e = e->u.selector.x;
                continue;
            }
            return;
        case N_INDEX: {
            Type *t = e->u.index.x->type;
            if (t && under(t) && under(t)->kind == TY_ARRAY) {
                e = e->u.index.x;
                continue;
            }
            return;
        }
        default:
            return;
        }
    }
}

static bool unary_ok(Checker *c, Operand *x, int op)
{
    bool ok;
    switch (op) {
    case '+':
    case '-': ok = type_is_numeric(x->type); break;
    case '^': ok = type_is_integer(x->type); break;
    case '!': ok = type_is_boolean(x->type); break;
    default:
        check_errorf(c, op_pos(x), "unknown operator %s", op_string(op));
        return false;
    }
    if (!ok)
        check_errorf(c, op_pos(x), "invalid operation: operator %s not defined on %s", op_string(op),
                     operand_string(c, x));
    return ok;
}

static void unary(Checker *c, Operand *x, Node *e)
{
    check_expr(c, x, e->u.unary.x);
    if (x->mode == OM_INVALID)
        return;
    int op = e->u.unary.op;
    if (op == '&') {
        Node *u = unparen(e->u.unary.x);
        if ((!u || u->kind != N_COMPOSITE) && x->mode != OM_VARIABLE) {
            check_errorf(c, op_pos(x), "invalid operation: cannot take address of %s", operand_string(c, x));
            x->mode = OM_INVALID;
            return;
        }
        mark_addr_taken(c, e->u.unary.x);
        x->mode = OM_VALUE;
        x->type = new_pointer(c, x->type);
        return;
    }
    if (!unary_ok(c, x, op)) {
        x->mode = OM_INVALID;
        return;
    }
    if (x->mode == OM_CONSTANT) {
        if (x->val->kind == CV_UNKNOWN)
            return;
        int prec = 0;
        if (type_is_unsigned(x->type))
            prec = (int)type_size(under(x->type)) * 8;
        x->val = cv_unary(c, op, x->val, prec);
        x->expr = e;
        overflow(c, x);
        return;
    }
    x->mode = OM_VALUE;
}

/* ---- shifts ----------------------------------------------------------------- */

static void shift(Checker *c, Operand *x, Operand *y, Node *e, int op)
{
    ConstValue *xval = NULL;
    if (x->mode == OM_CONSTANT)
        xval = cv_to_int(c, x->val);
    if (type_is_integer(x->type) || (type_is_untyped(x->type) && xval && xval->kind == CV_INT)) {
        /* ok */
    } else {
        check_errorf(c, op_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
        x->mode = OM_INVALID;
        return;
    }
    if (y->mode == OM_CONSTANT) {
        ConstValue *yval = cv_to_int(c, y->val);
        if (yval->kind == CV_INT && cv_sign(c, yval) < 0) {
            check_errorf(c, op_pos(y), "invalid operation: negative shift count %s", operand_string(c, y));
            x->mode = OM_INVALID;
            return;
        }
        if (type_is_untyped(y->type)) {
            representable(c, y, c->u.typ[TY_UINT]);
            if (y->mode == OM_INVALID) {
                x->mode = OM_INVALID;
                return;
            }
            /* types2 leaves the count untyped; later phases want a type */
            update_expr_type(c, y->expr, c->u.typ[TY_UINT], true);
        }
    } else {
        if (type_is_integer(y->type)) {
            /* ok (signed shift counts need go1.13: always allowed) */
        } else if (type_is_untyped(y->type)) {
            convert_untyped(c, y, c->u.typ[TY_UINT]);
            if (y->mode == OM_INVALID) {
                x->mode = OM_INVALID;
                return;
            }
        } else {
            check_errorf(c, op_pos(y), "invalid operation: shift count %s must be integer", operand_string(c, y));
            x->mode = OM_INVALID;
            return;
        }
    }
    if (x->mode == OM_CONSTANT) {
        if (y->mode == OM_CONSTANT) {
            if (x->val->kind == CV_UNKNOWN || y->val->kind == CV_UNKNOWN) {
                x->val = cv_make_unknown(c);
                if (!type_is_integer(x->type))
                    x->type = c->u.typ[TY_UNTYPED_INT];
                return;
            }
            uint64_t s;
            ConstValue *yi = cv_to_int(c, y->val);
            if (yi->kind != CV_INT || !cv_is_uint_fit64(yi, &s) || s > 1023 - 1 + 52) {
                check_errorf(c, op_pos(y), "invalid operation: invalid shift count %s", operand_string(c, y));
                x->mode = OM_INVALID;
                return;
            }
            if (!type_is_integer(x->type))
                x->type = c->u.typ[TY_UNTYPED_INT];
            x->val = cv_shift(c, xval, op, (unsigned)s);
            x->expr = e;
            overflow(c, x);
            return;
        }
        if (type_is_untyped(x->type)) {
            /* non-constant shift of an untyped constant: its type is what it
             * would be without the shift; decided by the context */
            if (x->expr && (x->expr->implicit & IMPL_UNTYPED))
                x->expr->implicit |= IMPL_SHIFTLHS;
            x->mode = OM_VALUE;
            return;
        }
    }
    if (!type_is_integer(x->type)) {
        check_errorf(c, op_pos(x), "invalid operation: shifted operand %s must be integer", operand_string(c, x));
        x->mode = OM_INVALID;
        return;
    }
    x->mode = OM_VALUE;
}

/* ---- comparisons ------------------------------------------------------------- */

static bool is_nil_op(Operand *x) { return x->mode == OM_NILVALUE; }

static void flag_iface_conversion(Operand *x, Operand *y)
{
    /* comparing a concrete value with an interface converts the value */
    if (type_is_interface(y->type) && !type_is_interface(x->type) && !is_nil_op(x) && x->expr)
        x->expr->implicit |= IMPL_TOIFACE;
}

void comparison(Checker *c, Operand *x, Operand *y, int op, bool switch_case)
{
    if (switch_case)
        op = OP_EQ;
    Operand *errop = x;
    const char *cause = "";
    bool ok = assignable_to(c, x, y->type, NULL);
    if (!ok)
        ok = assignable_to(c, y, x->type, NULL);
    if (!ok) {
        errop = y;
        cause = check_sprintf(c, "mismatched types %s and %s", tstr(x->type), tstr(y->type));
        goto error;
    }
    switch (op) {
    case OP_EQ:
    case OP_NE:
        if (is_nil_op(x) || is_nil_op(y)) {
            Type *typ = is_nil_op(x) ? y->type : x->type;
            if (!type_has_nil(typ)) {
                errop = y;
                goto error;
            }
        } else if (!type_is_comparable(x->type)) {
            errop = x;
            cause = incomparable_cause(c, x->type);
            goto error;
        } else if (!type_is_comparable(y->type)) {
            errop = y;
            cause = incomparable_cause(c, y->type);
            goto error;
        }
        break;
    default:
        if (!all_ordered(x->type)) {
            errop = x;
            goto error;
        }
        if (!all_ordered(y->type)) {
            errop = y;
            goto error;
        }
        break;
    }
    if (x->mode == OM_CONSTANT && y->mode == OM_CONSTANT) {
        x->val = cv_make_bool(c, cv_compare(c, x->val, op, y->val));
    } else {
        x->mode = OM_VALUE;
        update_expr_type(c, x->expr, type_default(x->type), true);
        update_expr_type(c, y->expr, type_default(y->type), true);
        flag_iface_conversion(x, y);
        flag_iface_conversion(y, x);
    }
    x->type = c->u.typ[TY_UNTYPED_BOOL];
    return;
error:
    if (!cause[0])
        cause = check_sprintf(c, "operator %s not defined on %s", op_string(op), kind_string(c, errop->type));
    if (switch_case)
        check_errorf(c, op_pos(x), "invalid case %s in switch on %s (%s)", expr_string(c, x->expr),
                     expr_string(c, y->expr), cause);
    else
        check_errorf(c, op_pos(errop), "invalid operation: %s %s %s (%s)", expr_string(c, x->expr),
                     op_string(op), expr_string(c, y->expr), cause);
    x->mode = OM_INVALID;
}

/* ---- binary ----------------------------------------------------------------- */

static bool binary_ok(Checker *c, Operand *x, int op)
{
    bool ok;
    switch (op) {
    case '+': ok = type_is_numeric(x->type) || type_is_string(x->type); break;
    case '-':
    case '*':
    case '/': ok = type_is_numeric(x->type); break;
    case '%':
    case '&':
    case '|':
    case '^':
    case OP_ANDNOT: ok = type_is_integer(x->type); break;
    case OP_ANDAND:
    case OP_OROR: ok = type_is_boolean(x->type); break;
    default:
        check_errorf(c, op_pos(x), "unknown operator %s", op_string(op));
        return false;
    }
    if (!ok)
        check_errorf(c, op_pos(x), "invalid operation: operator %s not defined on %s", op_string(op),
                     operand_string(c, x));
    return ok;
}

static bool can_mix(Operand *x, Operand *y)
{
    if (type_is_interface(x->type) || type_is_interface(y->type))
        return true;
    if (type_is_boolean(x->type) != type_is_boolean(y->type))
        return false;
    if (type_is_string(x->type) != type_is_string(y->type))
        return false;
    if (is_nil_op(x) && !type_has_nil(y->type))
        return false;
    if (is_nil_op(y) && !type_has_nil(x->type))
        return false;
    return true;
}

void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, int op)
{
    Operand y = {0};
    check_expr(c, x, lhs);
    check_expr(c, &y, rhs);
    if (x->mode == OM_INVALID)
        return;
    if (y.mode == OM_INVALID) {
        x->mode = OM_INVALID;
        x->expr = y.expr;
        return;
    }
    if (is_shift_op(op)) {
        shift(c, x, &y, e, op);
        return;
    }
    if (can_mix(x, &y)) {
        convert_untyped(c, x, y.type);
        if (x->mode == OM_INVALID)
            return;
        convert_untyped(c, &y, x->type);
        if (y.mode == OM_INVALID) {
            x->mode = OM_INVALID;
            return;
        }
    }
    if (is_comparison_op(op)) {
        comparison(c, x, &y, op, false);
        return;
    }
    if (!type_identical(x->type, y.type)) {
        if (x->type->kind != TY_INVALID && y.type->kind != TY_INVALID) {
            if (e)
                check_errorf(c, op_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_string(c, e),
                             tstr(x->type), tstr(y.type));
            else
                check_errorf(c, op_pos(x), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                             expr_string(c, lhs), op_string(op), expr_string(c, rhs), tstr(x->type),
                             tstr(y.type));
        }
        x->mode = OM_INVALID;
        return;
    }
    if (!binary_ok(c, x, op)) {
        x->mode = OM_INVALID;
        return;
    }
    if (op == '/' || op == '%') {
        if ((x->mode == OM_CONSTANT || type_is_integer(x->type)) && y.mode == OM_CONSTANT &&
            cv_sign(c, y.val) == 0 && y.val->kind != CV_UNKNOWN) {
            check_errorf(c, op_pos(&y), "invalid operation: division by zero");
            x->mode = OM_INVALID;
            return;
        }
    }
    if (x->mode == OM_CONSTANT && y.mode == OM_CONSTANT) {
        if (x->val->kind == CV_UNKNOWN || y.val->kind == CV_UNKNOWN) {
            x->val = cv_make_unknown(c);
            return;
        }
        bool intdiv = op == '/' && type_is_integer(x->type);
        x->val = cv_binary(c, x->val, op, y.val, intdiv);
        x->expr = e;
        overflow(c, x);
        return;
    }
    x->mode = OM_VALUE;
}

/* ---- function literals ------------------------------------------------------- */

static void func_lit(Checker *c, Operand *x, Node *e)
{
    Func *outer = c->fn;
    Object *obj = object_new(c, OBJ_FUNC, c->s_func, NULL, e->pos);
    obj->flags |= OBJF_CLOSURE;
    obj->decl = e;
    Func *fn = func_new(c, e, obj, outer);
    if (outer) {
        outer->nclosures++;
        fn->name = check_sprintf(c, outer->outer ? "%s.%d" : "%s.func%d", outer->name, outer->nclosures);
        vec_push(c->arena, &outer->closures, fn);
    } else {
        fn->name = check_sprintf(c, "glob..func%d", ++c->nglobclosures);
        vec_push(c->arena, &c->pkg->var_closures, fn);
    }
    Type *sig = new_func(c, NULL, NULL, false);
    fn->sig = sig;
    obj->type = sig;
    Scope *scope = scope_new(c, c->scope, fn);
    scope->is_func = true;
    fn->scope = scope;
    check_func_type(c, sig, NULL, e->u.funclit.type, fn, scope);
    e->obj = obj;
    if (e->u.funclit.body) {
        Action *a = later(c, ACT_FUNCBODY);
        a->fn = fn;
        a->scope = scope;
        a->decl = c->decl;
        a->iota = c->iota;
    }
    x->mode = OM_VALUE;
    x->type = sig;
}

/* ---- the dispatcher ------------------------------------------------------------ */

static ExprKind expr_internal(Checker *c, Operand *x, Node *e, Type *hint)
{
    x->mode = OM_INVALID;
    x->type = c->u.invalid;
    x->val = NULL;
    x->expr = e;
    switch (e->kind) {
    case N_BAD:
        goto error;
    case N_IDENT:
        check_ident(c, x, e, NULL, false);
        break;
    case N_ELLIPSIS:
        check_errorf(c, node_pos(e), "invalid use of '...'");
        goto error;
    case N_BASICLIT: {
        if (e->u.lit.kind == LIT_IMAG) {
            check_errorf(c, e->pos, "minigo: complex numbers is not supported");
            goto error;
        }
        if ((e->u.lit.kind == LIT_INT || e->u.lit.kind == LIT_FLOAT) && e->u.lit.rawlen > 10000) {
            check_errorf(c, e->pos, "excessively long constant: %.10s... (%d chars)", e->u.lit.raw, e->u.lit.rawlen);
            goto error;
        }
        TypeKind k;
        ConstValue *v = cv_from_literal(c, e->u.lit.kind, e->u.lit.raw, e->u.lit.rawlen, &k);
        if (!v) {
            if (c->parse_errors == 0) /* else the scanner reported the literal */
                check_errorf(c, e->pos, "malformed constant: %s", e->u.lit.raw);
            goto error;
        }
        x->mode = OM_CONSTANT;
        x->type = c->u.typ[k];
        x->val = v;
        break;
    }
    case N_FUNCLIT:
        func_lit(c, x, e);
        break;
    case N_COMPOSITE:
        composite_lit(c, x, e, hint);
        if (x->mode == OM_INVALID)
            goto error;
        break;
    case N_PAREN: {
        ExprKind k = raw_expr(c, x, e->u.paren.x, NULL);
        x->expr = e;
        return k;
    }
    case N_SELECTOR:
        selector(c, x, e, NULL);
        break;
    case N_INDEX:
        index_expr(c, x, e);
        if (x->mode == OM_INVALID)
            goto error;
        break;
    case N_SLICE:
        slice_expr(c, x, e);
        if (x->mode == OM_INVALID)
            goto error;
        break;
    case N_ASSERT: {
        check_expr(c, x, e->u.assert.x);
        if (x->mode == OM_INVALID)
            goto error;
        if (!type_is_interface(x->type)) {
            check_errorf(c, op_pos(x), "invalid operation: %s is not an interface", operand_string(c, x));
            goto error;
        }
        if (!e->u.assert.type) {
            check_errorf(c, node_pos(e), "invalid AST: use of .(type) outside type switch");
            goto error;
        }
        Type *T = check_var_type(c, e->u.assert.type);
        if (T->kind == TY_INVALID)
            goto error;
        type_assertion(c, e, x, T, false);
        x->mode = OM_COMMAOK;
        x->type = T;
        break;
    }
    case N_CALL:
        return call_expr(c, x, e);
    case N_UNARY:
        if (e->u.unary.op == '*') {
            check_expr_or_type(c, x, e->u.unary.x);
            if (x->mode == OM_INVALID)
                goto error;
            if (x->mode == OM_TYPEXPR) {
                x->type = new_pointer(c, x->type);
                break;
            }
            Type *u = under(x->type);
            if (!u || u->kind != TY_POINTER) {
                check_errorf(c, op_pos(x), "invalid operation: cannot indirect %s", operand_string(c, x));
                goto error;
            }
            x->mode = OM_VARIABLE;
            x->type = u->elem;
            break;
        }
        if (e->u.unary.op == OP_ARROW) {
            check_errorf(c, e->pos, "minigo: channels is not supported");
            goto error;
        }
        unary(c, x, e);
        if (x->mode == OM_INVALID)
            goto error;
        break;
    case N_BINARY:
        binary(c, x, e, e->u.binary.x, e->u.binary.y, e->u.binary.op);
        if (x->mode == OM_INVALID)
            goto error;
        break;
    case N_KEYVALUE:
        check_errorf(c, node_pos(e), "unexpected key:value expression");
        goto error;
    case N_ARRAYTYPE:
    case N_STRUCTTYPE:
    case N_FUNCTYPE:
    case N_IFACETYPE:
    case N_MAPTYPE:
    case N_CHANTYPE:
        x->mode = OM_TYPEXPR;
        x->type = check_typ(c, e);
        break;
    default:
        check_errorf(c, node_pos(e), "%s is not an expression", expr_string(c, e));
        goto error;
    }
    x->expr = e;
    return EK_EXPRESSION;
error:
    x->mode = OM_INVALID;
    x->expr = e;
    return EK_STATEMENT;
}

ExprKind raw_expr(Checker *c, Operand *x, Node *e, Type *hint)
{
    ExprKind k = expr_internal(c, x, e, hint);
    record(c, x);
    return k;
}
