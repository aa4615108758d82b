/*
 * call.c — calls, conversions, selectors and method lookup.
 *
 * A call is a conversion (T(x)), a builtin call, or a call of a function
 * value; its kind is recorded in the N_CALL's implicit bits (CallKind) so
 * later phases need not re-derive it. Selectors record a Selection: field
 * path through embedded fields, method with the receiver adjustment
 * (automatic &x for pointer methods on addressable values, *p for value
 * methods on pointers), or a member of an imported package.
 *
 * lookup_field_or_method is types2's breadth-first search over embedded
 * fields: a name found twice at the same depth is ambiguous.
 */
#include <ctype.h>
#include <string.h>

#include "check.h"


/* ---- argument lists ------------------------------------------------------- */

static Operand *operands(Checker *c, int n, Operand *buf, int bufcap)
{
    if (n <= bufcap) {
        memset(buf, 0, sizeof(Operand) * (size_t)n);
        return buf;
    }
    return ARENA_ARRAY(c->arena, Operand, n);
}

Operand *expr_list(Checker *c, Node **elist, int n, bool allow_commaok, int *nout, bool *commaok, Operand *buf,
                   int bufcap)
{
    *commaok = false;
    if (n == 0) {
        *nout = 0;
        return NULL;
    }
    if (n == 1) {
        Node *e = elist[0];
        Operand x = {0};
        check_multi_expr(c, &x, e);
        if (x.mode != OM_INVALID && x.type && x.type->kind == TY_TUPLE) {
            int k = x.type->nfields;
            Operand *xs = operands(c, k + 1, buf, bufcap);
            for (int i = 0; i < k; i++) {
                xs[i].mode = OM_VALUE;
                xs[i].expr = e;
                xs[i].type = x.type->fields[i]->type;
            }
            *nout = k;
            return xs;
        }
        Operand *xs = operands(c, 2, buf, bufcap);
        xs[0] = x;
        if (allow_commaok && (x.mode == OM_MAPINDEX || x.mode == OM_COMMAOK)) {
            xs[0].mode = OM_VALUE;
            xs[1].mode = OM_VALUE;
            xs[1].expr = e;
            xs[1].type = c->u.typ[TY_UNTYPED_BOOL];
            *commaok = true;
            *nout = 2;
            return xs;
        }
        *nout = 1;
        return xs;
    }
    Operand *xs = operands(c, n, buf, bufcap);
    for (int i = 0; i < n; i++)
        check_expr(c, &xs[i], elist[i]);
    *nout = n;
    return xs;
}

const char *operand_types_summary(Checker *c, Operand *xs, int n);
const char *var_types_summary(Checker *c, Object **vars, int n, bool variadic);

void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs)
{
    for (int i = 0; i < nargs; i++) {
        if (args[i].mode == OM_TYPEXPR) {
            check_errorf(c, op_pos(&args[i]), "%s used as value", operand_string(c, &args[i]));
            return;
        }
        if (args[i].mode == OM_INVALID)
            return;
    }
    Type *params = sig->params;
    int npars = params->nfields;
    bool ddd = call->u.call.dots;
    Type **ptypes = ARENA_ARRAY(c->arena, Type *, (nargs > npars ? nargs : npars) + 1);
    for (int i = 0; i < npars; i++)
        ptypes[i] = params->fields[i]->type;
    Node *fun = call->u.call.fun;
    if (sig->variadic) {
        if (ddd) {
            if (call->u.call.args.len == 1 && nargs > 1) {
                check_errorf(c, node_pos(call), "cannot use ... with %d-valued %s", nargs,
                             expr_string(c, call->u.call.args.items[0]));
                return;
            }
        } else {
            if (nargs >= npars - 1) {
                Type *last = params->fields[npars - 1]->type;
                Type *elem = last->kind == TY_SLICE ? last->elem : last;
                for (int i = npars - 1; i < nargs; i++)
                    ptypes[i] = elem;
                npars = nargs;
                call->implicit |= IMPL_VARIADIC;
            } else {
                npars--;
            }
        }
    } else if (ddd) {
        check_errorf(c, node_pos(call), "cannot use ... in call to non-variadic %s", expr_string(c, fun));
        return;
    }
    if (nargs != npars) {
        Pos at = node_pos(call);
        const char *qualifier = "not enough";
        if (nargs > npars) {
            at = op_pos(&args[npars]);
            qualifier = "too many";
        } else if (nargs > 0) {
            at = op_pos(&args[nargs - 1]);
        }
        ErrorBuilder e;
        err_begin(&e, at, "%s arguments in call to %s", qualifier, expr_string(c, fun));
        err_add(c, &e, pos_make(NULL, 0, 0), "have %s", operand_types_summary(c, args, nargs));
        err_add(c, &e, pos_make(NULL, 0, 0), "want %s",
                var_types_summary(c, params->fields, params->nfields, sig->variadic));
        err_report(c, &e);
        return;
    }
    if (nargs > 0) {
        for (int i = 0; i < nargs; i++) {
            c->arg_fun = fun;
            assignment(c, &args[i], ptypes[i], ARG_CONTEXT);
        }
    }
}

/* ---- calls ------------------------------------------------------------------- */

static CallKind value_call_kind(Node *fun)
{
    Node *f = unparen(fun);
    if (f && f->kind == N_IDENT && f->obj && f->obj->kind == OBJ_FUNC && (f->obj->flags & OBJF_GLOBAL))
        return CALL_FUNC;
    if (f && f->kind == N_SELECTOR && f->sel) {
        if (f->sel->kind == SEL_METHOD)
            return CALL_METHOD;
        if (f->sel->kind == SEL_QUALIFIED && f->sel->obj && f->sel->obj->kind == OBJ_FUNC)
            return CALL_IMPORTED;
    }
    return CALL_VALUE;
}

ExprKind call_expr(Checker *c, Operand *x, Node *call)
{
    Node **args = call->u.call.args.items;
    int nargs = call->u.call.args.len;
    check_expr_or_type(c, x, call->u.call.fun);
    switch (x->mode) {
    case OM_INVALID:
        use_exprs(c, args, nargs);
        x->expr = call;
        return EK_STATEMENT;
    case OM_TYPEXPR: {
        Type *T = x->type;
        x->mode = OM_INVALID;
        call->implicit = (call->implicit & ~CALL_KIND_MASK) | CALL_CONVERSION;
        if (nargs == 0) {
            check_errorf(c, node_pos(call), "missing argument in conversion to %s", tstr(T));
        } else if (nargs == 1) {
            check_expr(c, x, args[0]);
            if (x->mode != OM_INVALID) {
                if (call->u.call.dots)
                    check_errorf(c, node_pos(args[0]), "invalid use of ... in type conversion to %s", tstr(T));
                else
                    conversion(c, x, T);
            }
        } else {
            use_exprs(c, args, nargs);
            check_errorf(c, node_pos(args[nargs - 1]), "too many arguments in conversion to %s", tstr(T));
        }
        x->expr = call;
        return EK_CONVERSION;
    }
    case OM_BUILTIN: {
        int id = x->id;
        call->implicit = (call->implicit & ~CALL_KIND_MASK) | CALL_BUILTIN;
        Node *f = unparen(call->u.call.fun);
        if (f && f->kind == N_IDENT)
            call->obj = f->obj;
        if (!builtin_call(c, x, call, id))
            x->mode = OM_INVALID;
        x->expr = call;
        if (x->mode != OM_INVALID && x->mode != OM_CONSTANT)
            c->has_call_or_recv = true;
        return builtin_info[id].kind;
    }
    default:
        break;
    }
    Type *sig = under(x->type);
    if (!sig || sig->kind != TY_FUNC) {
        check_errorf(c, op_pos(x), "invalid operation: cannot call non-function %s", operand_string(c, x));
        x->mode = OM_INVALID;
        x->expr = call;
        return EK_STATEMENT;
    }
    call->implicit = (call->implicit & ~CALL_KIND_MASK) | value_call_kind(call->u.call.fun);
    int n;
    bool commaok;
    Operand buf[6];
    Operand *xs = expr_list(c, args, nargs, false, &n, &commaok, buf, 6);
    if (nargs == 1 && n > 1)
        call->implicit |= IMPL_SPREAD;
    arguments(c, call, sig, xs, n);
    int nres = sig->results->nfields;
    if (nres == 0) {
        x->mode = OM_NOVALUE;
    } else if (nres == 1) {
        x->mode = OM_VALUE;
        x->type = sig->results->fields[0]->type;
    } else {
        x->mode = OM_VALUE;
        x->type = sig->results;
    }
    x->expr = call;
    c->has_call_or_recv = true;
    return EK_STATEMENT;
}

/* ---- conversions ---------------------------------------------------------------- */

static bool convertible_to(Checker *c, Operand *x, Type *T, const char **cause)
{
    if (assignable_to(c, x, T, cause))
        return true;
    Type *V = x->type;
    Type *Vu = under(V), *Tu = under(T);
    if (!Vu || !Tu)
        return true;
    if (identical_ignore_tags(Vu, Tu))
        return true;
    if (V->kind == TY_POINTER && T->kind == TY_POINTER &&
        identical_ignore_tags(under(V->elem), under(T->elem)))
        return true;
    bool vnum = type_is_integer(Vu) || type_is_float(Vu);
    bool tnum = type_is_integer(Tu) || type_is_float(Tu);
    if (vnum && tnum)
        return true;
    if ((type_is_integer(Vu) || is_bytes_or_runes(Vu)) && type_is_string(Tu))
        return true;
    if (type_is_string(Vu) && is_bytes_or_runes(Tu))
        return true;
    if (Vu->kind == TY_SLICE && Tu->kind == TY_POINTER) {
        Type *a = under(Tu->elem);
        if (a && a->kind == TY_ARRAY && type_identical(Vu->elem, a->elem))
            return true;
    }
    return false;
}

static bool const_convertible_to(Checker *c, Operand *x, Type *T, ConstValue **val)
{
    Type *t = under(T);
    if (!t || !is_basic_kind(t->kind))
        return false;
    if (representable_const(c, x->val, t, val))
        return true;
    if (type_is_integer(x->type) && type_is_string(t)) {
        uint64_t cp = 0xFFFD;
        uint64_t u;
        if (x->val->kind == CV_INT && cv_is_uint_fit64(x->val, &u) && u <= 0x10FFFF)
            cp = u;
        if (cp >= 0xD800 && cp <= 0xDFFF)
            cp = 0xFFFD;
        char buf[4];
        int n;
        if (cp < 0x80) {
            buf[0] = (char)cp;
            n = 1;
        } else if (cp < 0x800) {
            buf[0] = (char)(0xC0 | (cp >> 6));
            buf[1] = (char)(0x80 | (cp & 0x3F));
            n = 2;
        } else if (cp < 0x10000) {
            buf[0] = (char)(0xE0 | (cp >> 12));
            buf[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[2] = (char)(0x80 | (cp & 0x3F));
            n = 3;
        } else {
            buf[0] = (char)(0xF0 | (cp >> 18));
            buf[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
            buf[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
            buf[3] = (char)(0x80 | (cp & 0x3F));
            n = 4;
        }
        *val = cv_make_string(c, buf, (size_t)n);
        return true;
    }
    return false;
}

void conversion(Checker *c, Operand *x, Type *T)
{
    bool const_arg = x->mode == OM_CONSTANT;
    bool ok = false;
    const char *cause = NULL;
    if (const_arg && is_const_type(T)) {
        ok = const_convertible_to(c, x, T, &x->val);
    } else if (convertible_to(c, x, T, &cause)) {
        ok = true;
        x->mode = OM_VALUE;
    }
    if (!ok) {
        if (cause && cause[0])
            check_errorf(c, op_pos(x), "cannot convert %s to type %s:\n\t%s", operand_string(c, x), tstr(T), cause);
        else
            check_errorf(c, op_pos(x), "cannot convert %s to type %s", operand_string(c, x), tstr(T));
        x->mode = OM_INVALID;
        return;
    }
    if (type_is_untyped(x->type)) {
        Type *final = T;
        if (x->type->kind == TY_UNTYPED_NIL) {
            /* keep T */
        } else if (type_is_interface(T) || (const_arg && !is_const_type(T))) {
            final = type_default(x->type);
        } else if (x->mode == OM_CONSTANT && type_is_integer(x->type) && type_is_string(T)) {
            final = x->type;
        }
        update_expr_type(c, x->expr, final, true);
    }
    if (type_is_interface(T) && !type_is_interface(x->type) && x->mode != OM_NILVALUE && x->expr)
        x->expr->implicit |= IMPL_TOIFACE;
    x->type = T;
}

/* ---- method sets and lookup ---------------------------------------------------- */

typedef struct Embedded {
    Type *typ;
    int *path;
    int npath;
    bool indirect;
    bool multiples;
} Embedded;

static int *path_concat(Checker *c, int *path, int n, int i)
{
    int *p = ARENA_ARRAY(c->arena, int, n + 1);
    if (n)
        memcpy(p, path, sizeof(int) * (size_t)n);
    p[n] = i;
    return p;
}

static Object *named_method(Type *named, const char *name, int *idx)
{
    for (int i = 0; i < named->nmethods; i++)
        if (named->methods[i]->name == name) {
            *idx = i;
            return named->methods[i];
        }
    return NULL;
}

/* Paths of one step share this table. */
static const int single_index[64] = {
    0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,
    44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
};

static Object *lookup_rec(Checker *c, Type *T, bool addressable, const char *name, int **path, int *npath,
                          bool *indirect)
{
    *path = NULL;
    *npath = 0;
    *indirect = false;
    if (name == c->s_blank)
        return NULL;
    bool is_ptr;
    Type *typ = deref_type(T, &is_ptr);
    if (is_ptr && type_is_interface(typ))
        return NULL;
    /* fast path: exactly one match at depth 0 (a method or a direct field) */
    {
        Object *m = NULL, *f = NULL;
        int mi = -1, fi = -1;
        if (typ && typ->kind == TY_NAMED)
            m = named_method(typ, name, &mi);
        Type *u = under(typ);
        if (u && u->kind == TY_STRUCT) {
            for (int i = 0; i < u->nfields; i++)
                if (u->fields[i]->name == name) {
                    f = u->fields[i];
                    fi = i;
                    break;
                }
        }
        if ((m != NULL) != (f != NULL)) {
            int i = m ? mi : fi;
            Object *o = m ? m : f;
            if (m && (m->flags & OBJF_PTRRECV) && !is_ptr && !addressable) {
                *indirect = true;
                return NULL;
            }
            *path = i < 64 ? (int *)&single_index[i] : path_concat(c, NULL, 0, i);
            *npath = 1;
            *indirect = is_ptr;
            return o;
        }
    }
    VEC(Embedded) current = {0}, next = {0};
    Embedded start = {typ, NULL, 0, is_ptr, false};
    vec_push(c->arena, &current, start);
    VEC(Type *) seen = {0};
    Object *obj = NULL;
    for (int depth = 0; current.len > 0 && depth < 1000; depth++) {
        next.len = 0;
        for (int k = 0; k < current.len; k++) {
            Embedded e = current.items[k];
            Type *t = e.typ;
            if (t && t->kind == TY_NAMED) {
                bool dup = false;
                for (int s = 0; s < seen.len; s++)
                    if (seen.items[s] == t)
                        dup = true;
                if (dup)
                    continue;
                vec_push(c->arena, &seen, t);
                int mi;
                Object *m = named_method(t, name, &mi);
                if (m) {
                    *path = path_concat(c, e.path, e.npath, mi);
                    *npath = e.npath + 1;
                    if (obj || e.multiples)
                        return NULL; /* collision */
                    obj = m;
                    *indirect = e.indirect;
                    continue;
                }
            }
            Type *u = under(t);
            if (!u)
                continue;
            if (u->kind == TY_STRUCT) {
                for (int i = 0; i < u->nfields; i++) {
                    Object *f = u->fields[i];
                    if (f->name == name) {
                        *path = path_concat(c, e.path, e.npath, i);
                        *npath = e.npath + 1;
                        if (obj || e.multiples)
                            return NULL;
                        obj = f;
                        *indirect = e.indirect;
                        continue;
                    }
                    if (!obj && (f->flags & OBJF_EMBEDDED)) {
                        bool p;
                        Type *ft = deref_type(f->type, &p);
                        Embedded ne = {ft, path_concat(c, e.path, e.npath, i), e.npath + 1, e.indirect || p,
                                       e.multiples};
                        vec_push(c->arena, &next, ne);
                    }
                }
            } else if (u->kind == TY_INTERFACE) {
                for (int i = 0; i < u->nmethods; i++) {
                    if (u->methods[i]->name == name) {
                        *path = path_concat(c, e.path, e.npath, i);
                        *npath = e.npath + 1;
                        if (obj || e.multiples)
                            return NULL;
                        obj = u->methods[i];
                        *indirect = e.indirect;
                    }
                }
            }
        }
        if (obj) {
            if (obj->kind == OBJ_FUNC && (obj->flags & OBJF_PTRRECV) && !*indirect && !addressable) {
                *path = NULL;
                *npath = 0;
                *indirect = true;
                return NULL;
            }
            return obj;
        }
        /* consolidate multiples: the same type twice at one depth */
        current.len = 0;
        for (int k = 0; k < next.len; k++) {
            Embedded ne = next.items[k];
            bool found = false;
            for (int j = 0; j < current.len; j++) {
                if (type_identical(current.items[j].typ, ne.typ)) {
                    current.items[j].multiples = true;
                    found = true;
                    break;
                }
            }
            if (!found)
                vec_push(c->arena, &current, ne);
        }
    }
    *path = NULL;
    *npath = 0;
    return NULL;
}

Object *lookup_field_or_method(Checker *c, Type *T, bool addressable, const char *name, int **path, int *npath,
                               bool *indirect)
{
    if (T && T->kind == TY_NAMED) {
        Type *u = under(T);
        if (u && u->kind == TY_POINTER) {
            Object *o = lookup_rec(c, u, false, name, path, npath, indirect);
            if (o && o->kind == OBJ_FUNC) {
                *path = NULL;
                *npath = 0;
                *indirect = false;
                return NULL;
            }
            return o;
        }
    }
    return lookup_rec(c, T, addressable, name, path, npath, indirect);
}

const char *signature_string(Arena *a, const Type *sig);

static const char *func_string(Checker *c, Object *f)
{
    return check_sprintf(c, "%s%s", f->name, signature_string(c->arena, f->type));
}

Object *missing_method(Checker *c, Type *V, Type *T, bool static_, Object **alt)
{
    *alt = NULL;
    Type *Ti = under(T);
    if (!Ti || Ti->kind != TY_INTERFACE || Ti->nmethods == 0)
        return NULL;
    Type *Vu = under(V);
    if (Vu && Vu->kind == TY_INTERFACE) {
        for (int i = 0; i < Ti->nmethods; i++) {
            Object *m = Ti->methods[i];
            Object *f = NULL;
            for (int j = 0; j < Vu->nmethods; j++)
                if (Vu->methods[j]->name == m->name)
                    f = Vu->methods[j];
            if (!f) {
                if (!static_)
                    continue;
                return m;
            }
            if (!type_identical(f->type, m->type)) {
                *alt = f;
                return m;
            }
        }
        return NULL;
    }
    for (int i = 0; i < Ti->nmethods; i++) {
        Object *m = Ti->methods[i];
        int *path, npath;
        bool ind;
        Object *obj = lookup_field_or_method(c, V, false, m->name, &path, &npath, &ind);
        bool found = obj != NULL;
        if (!found) {
            obj = lookup_field_or_method(c, new_pointer(c, V), false, m->name, &path, &npath, &ind);
            if (!obj) {
                /* a method whose name differs only in case (an unexported
                 * one is in another package than `error`: no match) */
                Type *vn = deref_type(V, NULL);
                if (vn && vn->kind == TY_NAMED)
                    for (int j = 0; j < vn->nmethods; j++)
                        if (strcasecmp(vn->methods[j]->name, m->name) == 0 &&
                            isupper((unsigned char)vn->methods[j]->name[0]))
                            obj = vn->methods[j];
            }
        }
        Object *f = obj && obj->kind == OBJ_FUNC ? obj : NULL;
        if (!f)
            return m;
        obj_decl(c, f, NULL);
        if (!found || !type_identical(f->type, m->type)) {
            *alt = f;
            return m;
        }
    }
    return NULL;
}

static bool is_interface_ptr(Type *t)
{
    Type *u = under(t);
    return u && u->kind == TY_POINTER && type_is_interface(u->elem);
}

const char *missing_method_reason(Checker *c, Type *V, Type *T, Object *m, Object *alt)
{
    const char *mname = check_sprintf(c, "%s method", m->name);
    if (alt) {
        if (m->name != alt->name)
            return check_sprintf(c, "(missing %s)\n\t\thave %s\n\t\twant %s", mname, func_string(c, alt),
                                 func_string(c, m));
        if (type_identical(m->type, alt->type))
            return check_sprintf(c, "(%s has pointer receiver)", mname);
        return check_sprintf(c, "(wrong type for %s)\n\t\thave %s\n\t\twant %s", mname, func_string(c, alt),
                             func_string(c, m));
    }
    if (is_interface_ptr(V))
        return check_sprintf(c, "(type %s is pointer to interface, not interface)", tstr(V));
    if (is_interface_ptr(T))
        return check_sprintf(c, "(type %s is pointer to interface, not interface)", tstr(T));
    return check_sprintf(c, "(missing %s)", mname);
}

const char *implements(Checker *c, Type *V, Type *T)
{
    Type *Vu = under(V), *Tu = under(T);
    if (!Vu || !Tu || Vu->kind == TY_INVALID || Tu->kind == TY_INVALID)
        return NULL;
    if (Tu->kind != TY_INTERFACE) {
        const char *cause = is_interface_ptr(Tu)
                                ? check_sprintf(c, "type %s is pointer to interface, not interface", tstr(T))
                                : check_sprintf(c, "%s is not an interface", tstr(T));
        return check_sprintf(c, "%s does not implement %s (%s)", tstr(V), tstr(T), cause);
    }
    if (Tu->nmethods == 0)
        return NULL;
    Object *alt;
    Object *m = missing_method(c, V, T, true, &alt);
    if (m)
        return check_sprintf(c, "%s does not implement %s %s", tstr(V), tstr(T),
                             missing_method_reason(c, V, T, m, alt));
    return NULL;
}

void type_assertion(Checker *c, Node *e, Operand *x, Type *T, bool type_switch)
{
    if (type_is_interface(T))
        return;
    Object *alt;
    Object *m = missing_method(c, T, x->type, false, &alt);
    if (!m)
        return;
    const char *cause = missing_method_reason(c, T, x->type, m, alt);
    if (type_switch)
        check_errorf(c, node_pos(e), "impossible type switch case: %s\n\t%s cannot have dynamic type %s %s",
                     expr_string(c, e), operand_string(c, x), tstr(T), cause);
    else
        check_errorf(c, node_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                     expr_string(c, e), tstr(T), tstr(x->type), cause);
}

/* ---- selectors ----------------------------------------------------------------- */

static Selection *new_selection(Checker *c, Node *e, SelKind kind, Object *obj, Type *xtype, int *path, int npath,
                                bool indirect)
{
    Selection *s = ARENA_NEW(c->arena, Selection);
    s->kind = kind;
    s->obj = obj;
    s->xtype = xtype;
    s->path = path;
    s->npath = npath;
    s->indirect = indirect;
    e->sel = s;
    e->obj = obj;
    e->u.selector.sel->obj = obj;
    return s;
}

/* The receiver's type after walking the embedded fields of the path. */
static Type *receiver_base(Type *xtype, const int *path, int npath)
{
    Type *t = xtype;
    for (int i = 0; i < npath - 1; i++) {
        Type *s = under(deref_type(t, NULL));
        if (!s || s->kind != TY_STRUCT || path[i] >= s->nfields)
            return t;
        t = s->fields[path[i]]->type;
    }
    return t;
}

static void method_receiver(Checker *c, Node *e, Selection *s, Operand *x)
{
    Object *m = s->obj;
    if (!m || !(m->flags & OBJF_METHOD) || type_is_interface(m->type->recv ? m->type->recv->type : NULL)) {
        s->recv = RECV_AS_IS;
        return;
    }
    Type *base = receiver_base(x->type, s->path, s->npath);
    bool base_ptr = base && base->kind == TY_POINTER;
    bool want_ptr = (m->flags & OBJF_PTRRECV) != 0;
    if (want_ptr && !base_ptr) {
        s->recv = RECV_ADDR;
        e->implicit |= IMPL_ADDR;
        if (!s->indirect)
            mark_addr_taken(c, e->u.selector.x);
    } else if (!want_ptr && base_ptr) {
        s->recv = RECV_DEREF;
        e->implicit |= IMPL_DEREF;
    } else {
        s->recv = RECV_AS_IS;
    }
}

void selector(Checker *c, Operand *x, Node *e, Type *def)
{
    (void)def;
    Node *xe = e->u.selector.x;
    Node *seln = e->u.selector.sel;
    const char *sel = seln->u.ident.name;
    if (xe->kind == N_IDENT) {
        Object *obj = lookup(c, xe->u.ident.name);
        if (obj && obj->kind == OBJ_PKG) {
            xe->obj = obj;
            xe->mode = MODE_PACKAGE;
            obj->flags |= OBJF_USED;
            Object *exp = package_member(c, obj, sel);
            if (!exp) {
                if (!(obj->flags & OBJF_UNSUPPORTED)) /* not a fake (unsupported) package */
                    check_errorf(c, seln->pos, "undefined: %s.%s", obj->name, sel);
                goto error;
            }
            if (exp->flags & OBJF_UNSUPPORTED) {
                check_errorf(c, seln->pos, "minigo: %s.%s is not supported", obj->name, sel);
                goto error;
            }
            new_selection(c, e, SEL_QUALIFIED, exp, NULL, NULL, 0, false);
            switch (exp->kind) {
            case OBJ_CONST:
                x->mode = OM_CONSTANT;
                x->type = exp->type;
                x->val = exp->cv;
                break;
            case OBJ_TYPE:
                x->mode = OM_TYPEXPR;
                x->type = exp->type;
                break;
            case OBJ_VAR:
                x->mode = OM_VARIABLE;
                x->type = exp->type;
                break;
            default:
                x->mode = OM_VALUE;
                x->type = exp->type;
                break;
            }
            x->expr = e;
            return;
        }
    }
    check_expr_or_type(c, x, xe);
    switch (x->mode) {
    case OM_BUILTIN:
        check_errorf(c, e->pos, "cannot select on %s", operand_string(c, x));
        goto error;
    case OM_INVALID:
        goto error;
    default:
        break;
    }
    int *path, npath;
    bool indirect;
    Object *obj = lookup_field_or_method(c, x->type, x->mode == OM_VARIABLE, sel, &path, &npath, &indirect);
    if (!obj) {
        Type *u = under(x->type);
        if (!u || u->kind == TY_INVALID)
            goto error;
        if (npath > 0) {
            check_errorf(c, seln->pos, "ambiguous selector %s.%s", expr_string(c, xe), sel);
            goto error;
        }
        if (indirect) {
            check_errorf(c, seln->pos, "cannot call pointer method %s on %s", sel, tstr(x->type));
            goto error;
        }
        const char *why;
        if (is_interface_ptr(x->type)) {
            why = check_sprintf(c, "type %s is pointer to interface, not interface", tstr(x->type));
        } else {
            why = check_sprintf(c, "type %s has no field or method %s", tstr(x->type), sel);
            if (sel[0]) {
                char *alt = arena_strdup(c->arena, sel);
                alt[0] = isupper((unsigned char)alt[0]) ? (char)tolower((unsigned char)alt[0])
                                                        : (char)toupper((unsigned char)alt[0]);
                const char *ialt = intern_cstr(c, alt);
                int *p2, n2;
                bool i2;
                if (lookup_field_or_method(c, x->type, x->mode == OM_VARIABLE, ialt, &p2, &n2, &i2))
                    why = check_sprintf(c, "%s, but does have %s", why, ialt);
            }
        }
        check_errorf(c, seln->pos, "%s.%s undefined (%s)", expr_string(c, xe), sel, why);
        goto error;
    }
    if (obj->kind == OBJ_FUNC)
        obj_decl(c, obj, NULL);
    if (x->mode == OM_TYPEXPR) {
        if (obj->kind != OBJ_FUNC) {
            check_errorf(c, seln->pos, "%s.%s undefined (type %s has no method %s)", expr_string(c, xe), sel,
                         tstr(x->type), sel);
            goto error;
        }
        new_selection(c, e, SEL_METHODEXPR, obj, x->type, path, npath, indirect);
        Type *sig = obj->type;
        Type *params = sig->params;
        const char *rname = "";
        if (params->nfields > 0 && params->fields[0]->name[0]) {
            rname = sig->recv && sig->recv->name[0] ? sig->recv->name : "_";
        }
        Object **vars = ARENA_ARRAY(c->arena, Object *, params->nfields + 1);
        vars[0] = object_new(c, OBJ_VAR, intern_cstr(c, rname), x->type, sig->recv ? sig->recv->pos : e->pos);
        for (int i = 0; i < params->nfields; i++)
            vars[i + 1] = params->fields[i];
        x->mode = OM_VALUE;
        x->type = new_func(c, new_tuple(c, vars, params->nfields + 1), sig->results, sig->variadic);
        add_decl_dep(c, obj);
    } else if (obj->kind == OBJ_VAR) {
        Selection *s = new_selection(c, e, SEL_FIELD, obj, x->type, path, npath, indirect);
        (void)s;
        if (deref_type(x->type, NULL) != x->type || (under(x->type) && under(x->type)->kind == TY_POINTER))
            e->implicit |= IMPL_DEREF;
        x->mode = (x->mode == OM_VARIABLE || indirect) ? OM_VARIABLE : OM_VALUE;
        x->type = obj->type;
    } else {
        Selection *s = new_selection(c, e, SEL_METHOD, obj, x->type, path, npath, indirect);
        method_receiver(c, e, s, x);
        x->mode = OM_VALUE;
        Type *sig = obj->type;
        if (!sig->norecv)
            sig->norecv = new_func(c, sig->params, sig->results, sig->variadic);
        x->type = sig->norecv;
        add_decl_dep(c, obj);
    }
    x->expr = e;
    return;
error:
    x->mode = OM_INVALID;
    x->expr = e;
}
