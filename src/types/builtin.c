/*
 * builtin.c — calls of the builtin functions of the subset: append, cap,
 * copy, delete, len, make, new, panic, print, println, recover (types2's
 * builtins.go). The N_CALL's obj is the builtin object (obj->id tells which).
 */
#include <string.h>

#include "check.h"


static Type *array_ptr_deref(Type *t)
{
    Type *u = under(t);
    if (u && u->kind == TY_POINTER) {
        Type *a = under(u->elem);
        if (a && a->kind == TY_ARRAY)
            return a;
    }
    return u;
}

static bool b_append(Checker *c, Operand *x, Node *call, Operand *xs, int nargs)
{
    Type *S = x->type;
    Type *su = under(S);
    if (!su || su->kind != TY_SLICE) {
        const char *cause = x->mode == OM_NILVALUE ? "have untyped nil"
                                                   : check_sprintf(c, "have %s", operand_string(c, x));
        check_errorf(c, op_pos(x), "first argument to append must be a slice; %s", cause);
        return false;
    }
    Type *T = su->elem;
    /* append([]byte, string...) */
    if (nargs == 2 && call->u.call.dots) {
        Type *bytes = new_slice(c, c->u.byte_type);
        if (assignable_to(c, x, bytes, NULL)) {
            Operand *y = &xs[1];
            if (y->mode == OM_INVALID)
                return false;
            if (type_is_string(y->type)) {
                if (type_is_untyped(y->type))
                    update_expr_type(c, y->expr, c->u.typ[TY_STRING], true);
                x->mode = OM_VALUE;
                x->type = S;
                return true;
            }
        }
    }
    /* check as a call of func(S, ...T) S */
    Object **vars = ARENA_ARRAY(c->arena, Object *, 2);
    vars[0] = object_new(c, OBJ_VAR, c->s_empty, S, pos_make(NULL, 0, 0));
    vars[1] = object_new(c, OBJ_VAR, c->s_empty, new_slice(c, T), pos_make(NULL, 0, 0));
    Object **res = ARENA_ARRAY(c->arena, Object *, 1);
    res[0] = object_new(c, OBJ_VAR, c->s_empty, S, pos_make(NULL, 0, 0));
    Type *sig = new_func(c, new_tuple(c, vars, 2), new_tuple(c, res, 1), true);
    xs[0] = *x;
    arguments(c, call, sig, xs, nargs);
    x->mode = OM_VALUE;
    x->type = S;
    return true;
}

static bool b_len_cap(Checker *c, Operand *x, int id)
{
    OpMode mode = OM_INVALID;
    ConstValue *val = NULL;
    Type *t = array_ptr_deref(x->type);
    if (t) {
        switch (t->kind) {
        case TY_STRING:
        case TY_UNTYPED_STRING:
            if (id == BI_LEN) {
                if (x->mode == OM_CONSTANT) {
                    mode = OM_CONSTANT;
                    val = cv_make_int64(c, (int64_t)x->val->len);
                } else {
                    mode = OM_VALUE;
                }
            }
            break;
        case TY_ARRAY:
            mode = OM_VALUE;
            if (!c->has_call_or_recv) {
                mode = OM_CONSTANT;
                val = t->len >= 0 ? cv_make_int64(c, t->len) : cv_make_unknown(c);
            }
            break;
        case TY_SLICE:
            mode = OM_VALUE;
            break;
        case TY_MAP:
            if (id == BI_LEN)
                mode = OM_VALUE;
            break;
        default:
            break;
        }
    }
    if (mode == OM_INVALID && (!under(x->type) || under(x->type)->kind != TY_INVALID)) {
        check_errorf(c, op_pos(x), "invalid argument: %s for %s", operand_string(c, x), builtin_info[id].name);
        return false;
    }
    /* a string constant argument that is not folded gets its type */
    if (mode != OM_CONSTANT && type_is_untyped(x->type))
        update_expr_type(c, x->expr, type_default(x->type), true);
    x->mode = mode;
    x->type = c->u.typ[TY_INT];
    x->val = val;
    return true;
}

static bool b_copy(Checker *c, Operand *x, Operand *y)
{
    Type *dst = under(x->type);
    if (dst && dst->kind != TY_SLICE)
        dst = NULL;
    if (y->mode == OM_INVALID)
        return false;
    Type *src0 = under(y->type);
    Type *src = NULL;
    if (src0 && type_is_string(src0))
        src = new_slice(c, c->u.byte_type);
    else if (src0 && src0->kind == TY_SLICE)
        src = src0;
    if (!dst || !src) {
        check_errorf(c, op_pos(x), "invalid argument: copy expects slice arguments; found %s and %s",
                     operand_string(c, x), operand_string(c, y));
        return false;
    }
    if (!type_identical(dst->elem, src->elem)) {
        check_errorf(c, op_pos(x), "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                     operand_string(c, x), operand_string(c, y), tstr(dst->elem), tstr(src->elem));
        return false;
    }
    if (type_is_untyped(y->type))
        update_expr_type(c, y->expr, c->u.typ[TY_STRING], true);
    x->mode = OM_VALUE;
    x->type = c->u.typ[TY_INT];
    return true;
}

static bool b_delete(Checker *c, Operand *x, Operand *k)
{
    Type *m = under(x->type);
    if (!m || m->kind != TY_MAP) {
        check_errorf(c, op_pos(x), "invalid argument: %s is not a map", operand_string(c, x));
        return false;
    }
    *x = *k;
    if (x->mode == OM_INVALID)
        return false;
    assignment(c, x, m->key, "argument to delete");
    if (x->mode == OM_INVALID)
        return false;
    x->mode = OM_NOVALUE;
    return true;
}

static bool b_make(Checker *c, Operand *x, Node *call)
{
    Node **args = call->u.call.args.items;
    int nargs = call->u.call.args.len;
    Node *arg0 = args[0];
    Type *T = check_var_type(c, arg0);
    if (T->kind == TY_INVALID)
        return false;
    int min;
    Type *u = under(T);
    switch (u ? u->kind : TY_INVALID) {
    case TY_SLICE: min = 2; break;
    case TY_MAP: min = 1; break;
    default:
        check_errorf(c, node_pos(arg0), "invalid argument: cannot make %s; type must be slice, map, or channel",
                     expr_string(c, arg0));
        return false;
    }
    if (nargs < min || min + 1 < nargs) {
        check_errorf(c, node_pos(call), "invalid operation: %s expects %d or %d arguments; found %d",
                     expr_string(c, call), min, min + 1, nargs);
        return false;
    }
    int64_t sizes[2];
    int nsizes = 0;
    for (int i = 1; i < nargs; i++) {
        Type *typ;
        int64_t size;
        check_index(c, args[i], -1, &typ, &size);
        if (size >= 0 && nsizes < 2)
            sizes[nsizes++] = size;
    }
    if (nsizes == 2 && sizes[0] > sizes[1])
        check_errorf(c, node_pos(args[1]), "invalid argument: length and capacity swapped");
    x->mode = OM_VALUE;
    x->type = T;
    return true;
}

bool builtin_call(Checker *c, Operand *x, Node *call, int id)
{
    const BuiltinInfo *bin = &builtin_info[id];
    Node **args = call->u.call.args.items;
    int nargs = call->u.call.args.len;
    if (call->u.call.dots && id != BI_APPEND) {
        check_errorf(c, node_pos(call), "invalid operation: invalid use of ... with built-in %s", bin->name);
        use_exprs(c, args, nargs);
        return false;
    }
    bool saved_hcr = c->has_call_or_recv;
    if (id == BI_LEN || id == BI_CAP)
        c->has_call_or_recv = false;
    Operand *xs = NULL;
    Operand buf[6];
    if (id != BI_MAKE && id != BI_NEW) {
        bool commaok;
        xs = expr_list(c, args, nargs, false, &nargs, &commaok, buf, 6);
        if (nargs > 0) {
            *x = xs[0];
            if (x->mode == OM_INVALID) {
                if (id == BI_LEN || id == BI_CAP)
                    c->has_call_or_recv = saved_hcr;
                return false;
            }
        }
    }
    const char *msg = NULL;
    if (nargs < bin->nargs)
        msg = "not enough";
    else if (!bin->variadic && nargs > bin->nargs)
        msg = "too many";
    if (msg) {
        check_errorf(c, node_pos(call), "invalid operation: %s arguments for %s (expected %d, found %d)", msg,
                     expr_string(c, call), bin->nargs, nargs);
        if (id == BI_LEN || id == BI_CAP)
            c->has_call_or_recv = saved_hcr;
        return false;
    }
    bool ok = false;
    switch (id) {
    case BI_APPEND:
        ok = b_append(c, x, call, xs, nargs);
        break;
    case BI_LEN:
    case BI_CAP:
        ok = b_len_cap(c, x, id);
        c->has_call_or_recv = saved_hcr;
        break;
    case BI_COPY:
        ok = b_copy(c, x, &xs[1]);
        break;
    case BI_DELETE:
        ok = b_delete(c, x, &xs[1]);
        break;
    case BI_MAKE:
        ok = b_make(c, x, call);
        break;
    case BI_NEW: {
        Type *T = check_var_type(c, args[0]);
        if (T->kind == TY_INVALID)
            return false;
        x->mode = OM_VALUE;
        x->type = new_pointer(c, T);
        ok = true;
        break;
    }
    case BI_PANIC:
        if (c->sig && c->sig->results->nfields > 0)
            call->implicit |= IMPL_PANICCALL;
        assignment(c, x, c->u.empty_iface, "argument to panic");
        if (x->mode == OM_INVALID)
            return false;
        x->mode = OM_NOVALUE;
        ok = true;
        break;
    case BI_PRINT:
    case BI_PRINTLN: {
        const char *context = id == BI_PRINT ? "argument to print" : "argument to println";
        for (int i = 0; i < nargs; i++) {
            if (i > 0)
                *x = xs[i];
            assignment(c, x, NULL, context);
            if (x->mode == OM_INVALID)
                return false;
        }
        x->mode = OM_NOVALUE;
        ok = true;
        break;
    }
    case BI_RECOVER:
        x->mode = OM_VALUE;
        x->type = c->u.empty_iface;
        if (c->fn)
            c->fn->has_recover = true;
        ok = true;
        break;
    default:
        break;
    }
    return ok;
}
