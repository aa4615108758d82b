/*
 * typexpr.c — identifiers and type expressions: name resolution (with
 * on-demand declaration of package-level objects, closure captures and
 * "used" marks), and the types denoted by [N]T, []T, *T, map[K]V,
 * struct{...}, func(...) ..., interface{} and type names.
 *
 * A type expression on the right of `type T ...` is built with T as `def`:
 * the new composite type becomes T's underlying type before its parts are
 * checked, so `type List struct{ next *List }` resolves (types2's
 * setUnderlying).
 */
#include <string.h>

#include "check.h"

Object *lookup(Checker *c, const char *name) { return scope_lookup_parent(c->scope, name); }

/* A variable of an enclosing function used inside a function literal is
 * captured by every literal between the use and the variable's owner. */
static void note_capture(Checker *c, Object *obj)
{
    if (!obj->owner || !c->fn || obj->owner == c->fn)
        return;
    obj->flags |= OBJF_CAPTURED;
    for (Func *f = c->fn; f && f != obj->owner; f = f->outer) {
        bool seen = false;
        for (int i = 0; i < f->captures.len; i++)
            if (f->captures.items[i] == obj) {
                seen = true;
                break;
            }
        if (seen)
            break; /* the outer literals have it too */
        vec_push(c->arena, &f->captures, obj);
    }
}


void check_ident(Checker *c, Operand *x, Node *e, Type *def, bool want_type)
{
    x->mode = OM_INVALID;
    x->expr = e;
    x->type = c->u.invalid;
    const char *name = e->u.ident.name;
    Object *obj = lookup(c, name);
    if (!obj) {
        if (name == c->s_blank)
            check_errorf(c, e->pos, "cannot use _ as value or type");
        else if (!c->dot_import_failed)
            check_errorf(c, e->pos, "undefined: %s", name);
        return;
    }
    e->obj = obj;
    if ((obj->flags & OBJF_UNSUPPORTED) && obj->kind != OBJ_PKG) {
        check_errorf(c, e->pos, "minigo: %s is not supported", obj->tag);
        return;
    }
    Type *typ = obj->type;
    if (!typ || (obj->kind == OBJ_TYPE && want_type)) {
        obj_decl(c, obj, def);
        typ = obj->type;
    }
    if (!typ)
        typ = c->u.invalid;
    switch (obj->kind) {
    case OBJ_PKG:
        check_errorf(c, e->pos, "use of package %s not in selector", obj->name);
        return;
    case OBJ_CONST:
        add_decl_dep(c, obj);
        if (typ->kind == TY_INVALID)
            return;
        if (obj == c->u.iota_obj) {
            if (!c->iota) {
                check_errorf(c, e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x->val = c->iota;
        } else {
            x->val = obj->cv ? obj->cv : cv_make_unknown(c);
        }
        x->mode = OM_CONSTANT;
        break;
    case OBJ_TYPE:
        x->mode = OM_TYPEXPR;
        break;
    case OBJ_VAR:
        obj->flags |= OBJF_USED;
        note_capture(c, obj);
        add_decl_dep(c, obj);
        if (typ->kind == TY_INVALID)
            return;
        x->mode = OM_VARIABLE;
        break;
    case OBJ_FUNC:
        add_decl_dep(c, obj);
        x->mode = OM_VALUE;
        break;
    case OBJ_BUILTIN:
        x->id = obj->id;
        x->mode = OM_BUILTIN;
        break;
    case OBJ_NIL:
        x->mode = OM_NILVALUE;
        break;
    default:
        return;
    }
    x->type = typ;
}

/* ---- type expressions ------------------------------------------------------ */

static void set_underlying(Type *def, Type *typ)
{
    if (def)
        def->underlying = typ;
}

static Type *typ_internal(Checker *c, Node *e, Type *def);

Type *check_defined_type(Checker *c, Node *e, Type *def)
{
    Type *t = typ_internal(c, e, def);
    e->type = t;
    e->mode = MODE_TYPEEXPR;
    return t;
}

Type *check_typ(Checker *c, Node *e) { return check_defined_type(c, e, NULL); }

Type *check_var_type(Checker *c, Node *e) { return check_defined_type(c, e, NULL); }

int64_t array_length(Checker *c, Node *e)
{
    if (e->kind == N_IDENT) {
        Object *obj = lookup(c, e->u.ident.name);
        if (!obj) {
            check_errorf(c, e->pos, "undeclared name %s for array length", e->u.ident.name);
            return -1;
        }
        if (obj->kind != OBJ_CONST) {
            check_errorf(c, e->pos, "invalid array length %s", e->u.ident.name);
            return -1;
        }
    }
    Operand x = {0};
    check_expr(c, &x, e);
    if (x.mode != OM_CONSTANT) {
        if (x.mode != OM_INVALID)
            check_errorf(c, op_pos(&x), "array length %s must be constant", operand_string(c, &x));
        return -1;
    }
    if (type_is_untyped(x.type) || type_is_integer(x.type)) {
        ConstValue *v = cv_to_int(c, x.val);
        if (v->kind == CV_INT) {
            if (representable_const(c, v, c->u.typ[TY_INT], NULL)) {
                int64_t n;
                if (cv_is_int_fit64(v, &n) && n >= 0)
                    return n;
                check_errorf(c, op_pos(&x), "invalid array length %s", operand_string(c, &x));
                return -1;
            }
        }
    }
    check_errorf(c, op_pos(&x), "array length %s must be integer", operand_string(c, &x));
    return -1;
}

/* The name an embedded field declares: T, *T, pkg.T. */
static Node *embedded_field_ident(Node *e)
{
    for (int guard = 0; e && guard < 100; guard++) {
        switch (e->kind) {
        case N_IDENT:
            return e;
        case N_UNARY:
            if (e->u.unary.op != '*')
                return NULL;
            if (e->u.unary.x && e->u.unary.x->kind == N_UNARY && e->u.unary.x->u.unary.op == '*')
                return NULL;
            e = e->u.unary.x;
            break;
        case N_SELECTOR:
            return e->u.selector.sel;
        default:
            return NULL;
        }
    }
    return NULL;
}

static const char *decode_tag(Checker *c, Node *tag)
{
    if (!tag || tag->kind != N_BASICLIT || tag->u.lit.kind != LIT_STRING)
        return NULL;
    TypeKind k;
    ConstValue *v = cv_from_literal(c, LIT_STRING, tag->u.lit.raw, tag->u.lit.rawlen, &k);
    return v ? v->str : NULL;
}

static void struct_type(Checker *c, Type *styp, Node *e)
{
    VEC(Object *) fields = {0};
    NodeList *list = &e->u.structtype.fields;
    for (int i = 0; i < list->len; i++) {
        Node *f = list->items[i];
        Type *typ = check_var_type(c, f->u.field.type);
        const char *tag = decode_tag(c, f->u.field.tag);
        int nnames = f->u.field.names.len;
        for (int k = 0; k < (nnames ? nnames : 1); k++) {
            Node *id;
            Pos pos;
            bool embedded = nnames == 0;
            Type *ftyp = typ;
            if (!embedded) {
                id = f->u.field.names.items[k];
                pos = id->pos;
            } else {
                pos = node_pos(f->u.field.type);
                id = embedded_field_ident(f->u.field.type);
                if (!id) {
                    check_errorf(c, pos, "invalid embedded field type %s", expr_string(c, f->u.field.type));
                    ftyp = c->u.invalid;
                    tag = NULL;
                }
                Action *a = later(c, ACT_EMBEDDED);
                a->type = typ;
                a->pos = pos;
            }
            const char *name = id ? id->u.ident.name : c->s_blank;
            Object *fld = object_new(c, OBJ_VAR, name, ftyp, pos);
            fld->flags |= OBJF_FIELD | OBJF_USED | (embedded ? OBJF_EMBEDDED : 0);
            fld->decl = id;
            fld->spec = f;
            fld->tag = tag;
            fld->owner = NULL;
            if (id && !embedded)
                id->obj = fld;
            /* duplicate field names: reported, and the field is dropped (types2) */
            bool dup = false;
            if (name != c->s_blank) {
                for (int j = 0; j < fields.len; j++) {
                    if (fields.items[j]->name == name) {
                        ErrorBuilder eb;
                        err_begin(&eb, pos, "%s redeclared", name);
                        err_add(c, &eb, fields.items[j]->pos, "other declaration of %s", name);
                        err_report(c, &eb);
                        dup = true;
                        break;
                    }
                }
            }
            if (dup)
                continue;
            fld->id = fields.len;
            vec_push(c->arena, &fields, fld);
        }
    }
    styp->fields = fields.items;
    styp->nfields = fields.len;
}

/* Parameters or results of one list; returns the variables. */
static Object **collect_params(Checker *c, Scope *scope, NodeList *list, bool variadic_ok, unsigned flags,
                               Func *fn, int *nout, bool *variadic)
{
    VEC(Object *) params = {0};
    *variadic = false;
    for (int i = 0; i < list->len; i++) {
        Node *field = list->items[i];
        Node *ftype = field->u.field.type;
        if (ftype && ftype->kind == N_ELLIPSIS) {
            if (variadic_ok && i == list->len - 1 && field->u.field.names.len <= 1)
                *variadic = true;
            else
                check_soft_errorf(c, ftype->pos, "can only use ... with final parameter in list");
            ftype = ftype->u.ellipsis.elem;
        }
        Type *typ = ftype ? check_var_type(c, ftype) : c->u.invalid;
        if (*variadic && i == list->len - 1) {
            typ = new_slice(c, typ);
            field->u.field.type->type = typ;
            field->u.field.type->mode = MODE_TYPEEXPR;
        }
        int nnames = field->u.field.names.len;
        for (int k = 0; k < (nnames ? nnames : 1); k++) {
            Node *id = nnames ? field->u.field.names.items[k] : NULL;
            const char *name = id ? id->u.ident.name : c->s_empty;
            Object *par = object_new(c, OBJ_VAR, name, typ, id ? id->pos : field->pos);
            par->flags |= flags | OBJF_USED;
            par->decl = id;
            par->spec = field;
            par->owner = fn;
            par->id = params.len;
            if (id)
                declare(c, scope, id, par);
            vec_push(c->arena, &params, par);
        }
    }
    *nout = params.len;
    return params.items;
}

void check_func_type(Checker *c, Type *sig, Node *recv, Node *ftype, Func *fn, Scope *scope)
{
    Scope *saved = c->scope;
    c->scope = scope;
    Object **recvs = NULL;
    int nrecv = 0;
    bool dummy;
    if (recv) {
        NodeList one = {0};
        vec_push(c->arena, &one, recv);
        recvs = collect_params(c, scope, &one, false, OBJF_PARAM | OBJF_RECV, fn, &nrecv, &dummy);
    }
    int np, nr;
    bool variadic;
    Object **params = collect_params(c, scope, &ftype->u.functype.params, true, OBJF_PARAM, fn, &np, &variadic);
    Object **results = collect_params(c, scope, &ftype->u.functype.results, false, OBJF_RESULT, fn, &nr, &dummy);
    if (recv) {
        Object *r;
        if (nrecv == 0) {
            r = object_new(c, OBJ_VAR, c->s_empty, c->u.invalid, recv->pos);
        } else {
            if (nrecv > 1)
                check_errorf(c, recvs[nrecv - 1]->pos, "method must have exactly one receiver");
            r = recvs[0];
        }
        sig->recv = r;
        Action *a = later(c, ACT_RECV);
        a->obj = r;
        if (fn)
            fn->recv = r;
    }
    sig->params = new_tuple(c, params, np);
    sig->results = new_tuple(c, results, nr);
    sig->variadic = variadic;
    if (fn) {
        for (int i = 0; i < np; i++)
            vec_push(c->arena, &fn->params, params[i]);
        for (int i = 0; i < nr; i++)
            vec_push(c->arena, &fn->results, results[i]);
    }
    ftype->type = sig;
    ftype->mode = MODE_TYPEEXPR;
    c->scope = saved;
}

static Type *typ_internal(Checker *c, Node *e, Type *def)
{
    Operand x = {0};
    switch (e->kind) {
    case N_BAD:
        break;
    case N_IDENT:
        check_ident(c, &x, e, def, true);
        switch (x.mode) {
        case OM_TYPEXPR:
            set_underlying(def, x.type);
            return x.type;
        case OM_INVALID:
            break;
        case OM_NOVALUE:
            check_errorf(c, op_pos(&x), "%s used as type", operand_string(c, &x));
            break;
        default:
            check_errorf(c, op_pos(&x), "%s is not a type", operand_string(c, &x));
            break;
        }
        break;
    case N_SELECTOR:
        selector(c, &x, e, def);
        record(c, &x);
        switch (x.mode) {
        case OM_TYPEXPR:
            set_underlying(def, x.type);
            return x.type;
        case OM_INVALID:
            break;
        case OM_NOVALUE:
            check_errorf(c, op_pos(&x), "%s used as type", operand_string(c, &x));
            break;
        default:
            check_errorf(c, op_pos(&x), "%s is not a type", operand_string(c, &x));
            break;
        }
        break;
    case N_PAREN:
        return check_defined_type(c, e->u.paren.x, def);
    case N_ARRAYTYPE: {
        if (!e->u.arraytype.len) {
            Type *typ = new_slice(c, NULL);
            set_underlying(def, typ);
            typ->elem = check_var_type(c, e->u.arraytype.elem);
            return typ;
        }
        Type *typ = new_array(c, NULL, -1);
        set_underlying(def, typ);
        if (e->u.arraytype.len->kind == N_ELLIPSIS)
            check_errorf(c, e->pos, "invalid use of [...] array (outside a composite literal)");
        else
            typ->len = array_length(c, e->u.arraytype.len);
        typ->elem = check_var_type(c, e->u.arraytype.elem);
        if (typ->len >= 0)
            return typ;
        break;
    }
    case N_ELLIPSIS:
        check_errorf(c, e->pos, "invalid use of '...'");
        if (e->u.ellipsis.elem)
            check_var_type(c, e->u.ellipsis.elem);
        break;
    case N_STRUCTTYPE: {
        Type *typ = type_new(c, TY_STRUCT);
        set_underlying(def, typ);
        struct_type(c, typ, e);
        return typ;
    }
    case N_UNARY:
        if (e->u.unary.op == '*') {
            Type *typ = new_pointer(c, c->u.invalid);
            set_underlying(def, typ);
            typ->elem = check_var_type(c, e->u.unary.x);
            if (typ->elem->kind == TY_INVALID)
                return c->u.invalid;
            return typ;
        }
        check_errorf(c, node_pos(e), "%s is not a type", expr_string(c, e));
        use_expr(c, e);
        break;
    case N_FUNCTYPE: {
        Type *typ = new_func(c, NULL, NULL, false);
        set_underlying(def, typ);
        Scope *scope = scope_new(c, c->scope, NULL);
        scope->is_func = true;
        check_func_type(c, typ, NULL, e, NULL, scope);
        return typ;
    }
    case N_IFACETYPE: {
        Type *typ = type_new(c, TY_INTERFACE);
        set_underlying(def, typ);
        if (e->u.ifacetype.methods.len > 0)
            check_errorf(c, e->pos, "minigo: non-empty interfaces is not supported");
        return typ;
    }
    case N_MAPTYPE: {
        Type *typ = new_map(c, NULL, NULL);
        set_underlying(def, typ);
        typ->key = check_var_type(c, e->u.maptype.key);
        typ->elem = check_var_type(c, e->u.maptype.value);
        Action *a = later(c, ACT_MAPKEY);
        a->type = typ;
        a->node = e->u.maptype.key;
        return typ;
    }
    case N_CHANTYPE:
        check_errorf(c, e->pos, "minigo: channels is not supported");
        break;
    default:
        check_errorf(c, node_pos(e), "%s is not a type", expr_string(c, e));
        use_expr(c, e);
        break;
    }
    set_underlying(def, c->u.invalid);
    return c->u.invalid;
}
