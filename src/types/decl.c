/*
 * decl.c — declarations: collecting package-level objects, checking them on
 * demand in dependency order with cycle detection (types2's objDecl with
 * white/grey/black colours), const/var/type/func declarations at package
 * and function level, methods, and the delayed validity checks of types.
 *
 * Package-level objects may be declared in any order: checking an
 * identifier that denotes a not-yet-checked object checks that object first
 * (obj_decl), with the current environment saved. A grey object met again
 * means a cycle: valid if it only goes through type definitions (type T
 * struct{ next *T }) or only through values with functions in between,
 * else "invalid recursive type" / "initialization cycle".
 */
#include <string.h>

#include "check.h"

/* ---- helpers ------------------------------------------------------------ */

void declare(Checker *c, Scope *s, Node *id, Object *obj)
{
    if (id)
        id->obj = obj;
    if (obj->name == c->s_blank)
        return;
    Object *alt = scope_insert(c, s, obj);
    if (alt) {
        ErrorBuilder e;
        err_begin(&e, obj->pos, "%s redeclared in this block", obj->name);
        if (pos_known(alt->pos))
            err_add(c, &e, alt->pos, "other declaration of %s", alt->name);
        err_report(c, &e);
        return;
    }
    if (obj->kind == OBJ_VAR && s->fn) {
        vec_push(c->arena, &s->vars, obj);
        if (!(obj->flags & (OBJF_PARAM | OBJF_RESULT)))
            vec_push(c->arena, &s->fn->locals, obj);
    }
}

void add_decl_dep(Checker *c, Object *obj)
{
    DeclInfo *from = c->decl;
    if (!from || !obj->info)
        return; /* not in a package-level declaration, or not a package-level object */
    objset_add(c, &from->deps, obj);
}

static DeclInfo *decl_info_new(Checker *c, Scope *file, Node *spec)
{
    DeclInfo *d = ARENA_NEW(c->arena, DeclInfo);
    d->file = file;
    d->spec = spec;
    return d;
}

static void declare_pkg_obj(Checker *c, Node *id, Object *obj, DeclInfo *d)
{
    obj->flags |= OBJF_GLOBAL;
    id->obj = obj;
    if (id->u.ident.name == c->s_init) {
        check_errorf(c, id->pos, "cannot declare init - must be func");
        return;
    }
    if (id->u.ident.name == c->s_main) {
        check_errorf(c, id->pos, "cannot declare main - must be func");
        return;
    }
    declare(c, c->pkg->scope, id, obj);
    obj->info = d;
    vec_push(c->arena, &c->pkg_objs, obj);
    obj->order = c->pkg_objs.len;
}

static void arity(Checker *c, Pos pos, NodeList *names, NodeList *inits, bool const_decl, bool inherited)
{
    int l = names->len, r = inits->len;
    if (l < r) {
        Node *n = inits->items[l];
        if (inherited) {
            Pos np = n->pos;
            check_errorf(c, pos, "extra init expr at %s:%d:%d", diag_path(c->arena, np.file), np.line, np.col);
        } else {
            check_errorf(c, node_pos(n), "extra init expr %s", expr_string(c, n));
        }
    } else if (l > r && (const_decl || r != 1)) {
        Node *n = names->items[r];
        check_errorf(c, n->pos, "missing init expr for %s", n->u.ident.name);
    }
}

/* ---- collecting package objects ------------------------------------------- */

/* The base type name of a receiver type expression (T, *T, (T), (*T)). */
static Node *unpack_recv(Node *rtyp, bool *ptr)
{
    *ptr = false;
    for (int guard = 0; rtyp && guard < 100; guard++) {
        if (rtyp->kind == N_PAREN)
            rtyp = rtyp->u.paren.x;
        else if (rtyp->kind == N_UNARY && rtyp->u.unary.op == '*') {
            *ptr = true;
            rtyp = rtyp->u.unary.x;
        } else
            break;
    }
    return rtyp && rtyp->kind == N_IDENT ? rtyp : NULL;
}

/* resolveBaseTypeName: follows aliases to the defined type in package scope. */
static Object *resolve_base_type_name(Checker *c, bool seen_ptr, Node *typ, bool *ptr)
{
    *ptr = seen_ptr;
    for (int guard = 0; guard < 100; guard++) {
        while (typ && typ->kind == N_PAREN)
            typ = typ->u.paren.x;
        if (typ && typ->kind == N_UNARY && typ->u.unary.op == '*') {
            if (*ptr)
                return NULL;
            *ptr = true;
            typ = typ->u.unary.x;
            while (typ && typ->kind == N_PAREN)
                typ = typ->u.paren.x;
        }
        if (!typ || typ->kind != N_IDENT)
            return NULL;
        Object *obj = scope_lookup(c->pkg->scope, typ->u.ident.name);
        if (!obj || obj->kind != OBJ_TYPE || !obj->info)
            return NULL;
        Node *tdecl = obj->info->spec;
        if (!tdecl->u.typespec.alias)
            return obj;
        typ = tdecl->u.typespec.type;
    }
    return NULL;
}

static void collect_import(Checker *c, Scope *file_scope, Node *imp)
{
    Node *path = imp->u.import.path;
    if (!path || path->kind != N_BASICLIT || path->u.lit.kind != LIT_STRING)
        return;
    Object *pkg = import_package(c, path->pos, imp);
    if (!pkg)
        return;
    Node *name = imp->u.import.name;
    if (name) {
        pkg->name = name->u.ident.name;
        name->obj = pkg;
    }
    pkg->pos = name ? name->pos : path->pos;
    if (pkg->name == c->s_init) {
        check_errorf(c, imp->pos, "cannot import package as init - init must be a func");
        return;
    }
    vec_push(c->arena, &c->imports, pkg);
    if (strcmp(pkg->name, ".") == 0) {
        check_errorf(c, name->pos, "minigo: dot imports is not supported");
        c->dot_import_failed = true;
        pkg->flags |= OBJF_USED;
        return;
    }
    declare(c, file_scope, NULL, pkg);
}

typedef struct MethodInfo {
    Object *obj;
    bool ptr;
    Node *recv; /* receiver base type name */
} MethodInfo;
typedef VEC(MethodInfo) MethodList;

static void collect_const_spec(Checker *c, Scope *file_scope, Node *s)
{
    bool inherited = s->u.valuespec.implicit;
    for (int i = 0; i < s->u.valuespec.names.len; i++) {
        Node *id = s->u.valuespec.names.items[i];
        Object *obj = object_new(c, OBJ_CONST, id->u.ident.name, NULL, id->pos);
        obj->decl = id;
        obj->spec = s;
        DeclInfo *d = decl_info_new(c, file_scope, s);
        d->vtyp = s->u.valuespec.type;
        d->init = i < s->u.valuespec.values.len ? s->u.valuespec.values.items[i] : NULL;
        d->inherited = inherited;
        d->iota = s->u.valuespec.iota;
        declare_pkg_obj(c, id, obj, d);
    }
    arity(c, s->pos, &s->u.valuespec.names, &s->u.valuespec.values, true, inherited);
}

static void collect_var_spec(Checker *c, Scope *file_scope, Node *s)
{
    int n = s->u.valuespec.names.len;
    Object **lhs = ARENA_ARRAY(c->arena, Object *, n);
    DeclInfo *d1 = NULL;
    NodeList *values = &s->u.valuespec.values;
    if (values->len <= 1) {
        d1 = decl_info_new(c, file_scope, s);
        d1->lhs = lhs;
        d1->nlhs = n;
        d1->vtyp = s->u.valuespec.type;
        d1->init = values->len == 1 ? values->items[0] : NULL;
    }
    for (int i = 0; i < n; i++) {
        Node *id = s->u.valuespec.names.items[i];
        Object *obj = object_new(c, OBJ_VAR, id->u.ident.name, NULL, id->pos);
        obj->decl = id;
        obj->spec = s;
        lhs[i] = obj;
        DeclInfo *d = d1;
        if (!d) {
            d = decl_info_new(c, file_scope, s);
            d->vtyp = s->u.valuespec.type;
            d->init = i < values->len ? values->items[i] : NULL;
        }
        declare_pkg_obj(c, id, obj, d);
    }
    if (!s->u.valuespec.type || values->len > 0)
        arity(c, s->pos, &s->u.valuespec.names, values, false, false);
}

static void collect_func(Checker *c, Scope *file_scope, Node *s, MethodList *methods)
{
    Node *id = s->u.func.name;
    const char *name = id->u.ident.name;
    Object *obj = object_new(c, OBJ_FUNC, name, NULL, id->pos);
    obj->decl = s;
    obj->spec = s;
    obj->flags |= OBJF_GLOBAL;
    id->obj = obj;
    s->obj = obj;
    Node *ftype = s->u.func.type;
    if (!s->u.func.recv) {
        if (name == c->s_init || name == c->s_main) {
            if (ftype->u.functype.params.len || ftype->u.functype.results.len)
                check_soft_errorf(c, id->pos, "func %s must have no arguments and no return values", name);
        }
        if (name == c->s_init) {
            if (!s->u.func.body)
                check_soft_errorf(c, id->pos, "missing function body");
        } else {
            declare(c, c->pkg->scope, id, obj);
        }
    } else {
        obj->flags |= OBJF_METHOD;
        bool ptr;
        Node *rtype = s->u.func.recv->u.field.type;
        Node *recv = unpack_recv(rtype, &ptr);
        if (recv && name != c->s_blank) {
            MethodInfo mi = {obj, ptr, recv};
            vec_push(c->arena, methods, mi);
        }
    }
    DeclInfo *d = decl_info_new(c, file_scope, s);
    obj->info = d;
    vec_push(c->arena, &c->pkg_objs, obj);
    obj->order = c->pkg_objs.len;
}

void collect_objects(Checker *c, Node **files, int nfiles)
{
    MethodList methods = {0};
    VEC(Scope *) file_scopes = {0};
    for (int f = 0; f < nfiles; f++) {
        Node *file = files[f];
        if (!file)
            continue;
        Scope *fs = scope_new(c, c->pkg->scope, NULL);
        vec_push(c->arena, &file_scopes, fs);
        Node *pkgname = file->u.file.package;
        if (pkgname && pkgname->u.ident.name != c->s_main && f == 0) {
            /* minigo builds commands: one package main */
            check_errorf(c, pkgname->pos, "minigo: package %s is not supported (only package main)",
                         pkgname->u.ident.name);
        }
        for (int i = 0; i < file->u.file.imports.len; i++)
            collect_import(c, fs, file->u.file.imports.items[i]);
        for (int i = 0; i < file->u.file.decls.len; i++) {
            Node *s = file->u.file.decls.items[i];
            switch (s->kind) {
            case N_CONSTSPEC:
                collect_const_spec(c, fs, s);
                break;
            case N_VARSPEC:
                collect_var_spec(c, fs, s);
                break;
            case N_TYPESPEC: {
                Node *id = s->u.typespec.name;
                Object *obj = object_new(c, OBJ_TYPE, id->u.ident.name, NULL, id->pos);
                obj->decl = id;
                obj->spec = s;
                if (s->u.typespec.alias)
                    obj->flags |= OBJF_ALIAS;
                declare_pkg_obj(c, id, obj, decl_info_new(c, fs, s));
                break;
            }
            case N_FUNCDECL:
                collect_func(c, fs, s, &methods);
                break;
            default:
                break;
            }
        }
    }
    /* names declared both by an import and at package level */
    for (int f = 0; f < file_scopes.len; f++) {
        Scope *fs = file_scopes.items[f];
        for (int i = 0; i < c->imports.len; i++) {
            Object *pkg = c->imports.items[i];
            if (scope_lookup(fs, pkg->name) != pkg)
                continue;
            Object *alt = scope_lookup(c->pkg->scope, pkg->name);
            if (alt) {
                ErrorBuilder e;
                err_begin(&e, alt->pos, "%s already declared through import of package %s (\"%s\")", alt->name,
                          pkg->name, pkg->pkgpath);
                err_add(c, &e, pkg->pos, "other declaration of %s", pkg->name);
                err_report(c, &e);
            }
        }
    }
    /* associate methods with their receiver base types */
    for (int i = 0; i < methods.len; i++) {
        MethodInfo *m = &methods.items[i];
        bool ptr;
        Object *base = resolve_base_type_name(c, m->ptr, m->recv, &ptr);
        if (base) {
            if (ptr)
                m->obj->flags |= OBJF_PTRRECV;
            vec_push(c->arena, &base->info->methods, m->obj);
        }
    }
}

/* ---- package objects ------------------------------------------------------ */

static void collect_methods(Checker *c, Object *obj);

void package_objects(Checker *c)
{
    /* types first (aliases after defined types), then everything else, each
     * group in source order, as types2 does */
    for (int i = 0; i < c->pkg_objs.len; i++) {
        Object *o = c->pkg_objs.items[i];
        if (o->kind == OBJ_TYPE && !(o->flags & OBJF_ALIAS))
            obj_decl(c, o, NULL);
    }
    for (int i = 0; i < c->pkg_objs.len; i++) {
        Object *o = c->pkg_objs.items[i];
        if (o->kind == OBJ_TYPE && (o->flags & OBJF_ALIAS))
            obj_decl(c, o, NULL);
    }
    for (int i = 0; i < c->pkg_objs.len; i++) {
        Object *o = c->pkg_objs.items[i];
        if (o->kind != OBJ_TYPE)
            obj_decl(c, o, NULL);
    }
    for (int i = 0; i < c->pkg_objs.len; i++)
        vec_push(c->arena, &c->pkg->objects, c->pkg_objs.items[i]);
}

enum { WHITE = 0, BLACK = 1, GREY = 2 };

static bool valid_cycle(Checker *c, Object *obj);
static void cycle_error(Checker *c, Object **cycle, int n);
static void const_decl(Checker *c, Object *obj, Node *typ, Node *init, bool inherited, int iota);
static void var_decl(Checker *c, Object *obj, Object **lhs, int nlhs, Node *typ, Node *init);
static void type_decl(Checker *c, Object *obj, Node *tdecl, Type *def);
static void func_decl(Checker *c, Object *obj, DeclInfo *d);

void obj_decl(Checker *c, Object *obj, Type *def)
{
    if (obj->color == WHITE && obj->type) {
        obj->color = BLACK;
        return;
    }
    if (obj->color == BLACK)
        return;
    if (obj->color >= GREY) {
        switch (obj->kind) {
        case OBJ_CONST:
        case OBJ_VAR:
            if (!valid_cycle(c, obj) || !obj->type)
                obj->type = c->u.invalid;
            break;
        case OBJ_TYPE:
            if (!valid_cycle(c, obj))
                obj->type = c->u.invalid;
            break;
        case OBJ_FUNC:
            valid_cycle(c, obj);
            break;
        default:
            break;
        }
        return;
    }
    DeclInfo *d = obj->info;
    if (!d) {
        obj->color = BLACK;
        return;
    }
    vec_push(c->arena, &c->objpath, obj);
    obj->color = GREY + c->objpath.len - 1;

    /* save the environment; declarations start from their file scope */
    Scope *scope = c->scope;
    DeclInfo *decl = c->decl;
    ConstValue *iota = c->iota;
    Pos errpos = c->errpos;
    Func *fn = c->fn;
    Type *sig = c->sig;
    c->scope = d->file;
    c->decl = NULL;
    c->iota = NULL;
    c->errpos = pos_make(NULL, 0, 0);
    c->fn = NULL;
    c->sig = NULL;

    switch (obj->kind) {
    case OBJ_CONST:
        c->decl = d;
        const_decl(c, obj, d->vtyp, d->init, d->inherited, d->iota);
        break;
    case OBJ_VAR:
        c->decl = d;
        var_decl(c, obj, d->lhs, d->nlhs, d->vtyp, d->init);
        break;
    case OBJ_TYPE:
        type_decl(c, obj, d->spec, def);
        collect_methods(c, obj);
        break;
    case OBJ_FUNC:
        func_decl(c, obj, d);
        break;
    default:
        break;
    }

    c->scope = scope;
    c->decl = decl;
    c->iota = iota;
    c->errpos = errpos;
    c->fn = fn;
    c->sig = sig;
    c->objpath.len--;
    obj->color = BLACK;
}

static bool valid_cycle(Checker *c, Object *obj)
{
    int start = obj->color - GREY;
    if (start < 0 || start >= c->objpath.len)
        return true;
    Object **cycle = c->objpath.items + start;
    int n = c->objpath.len - start;
    int nval = 0, ndef = 0;
    for (int i = 0; i < n; i++) {
        Object *o = cycle[i];
        if (o->kind == OBJ_CONST || o->kind == OBJ_VAR)
            nval++;
        else if (o->kind == OBJ_TYPE && !(o->flags & OBJF_ALIAS))
            ndef++;
    }
    if (nval == n)
        return true;
    if (nval == 0 && ndef > 0)
        return true;
    cycle_error(c, cycle, n);
    return false;
}

static void cycle_error(Checker *c, Object **cycle, int n)
{
    int i = 0;
    for (int j = 1; j < n; j++)
        if (pos_compare(cycle[j]->pos, cycle[i]->pos) < 0)
            i = j;
    Object *obj = cycle[i];
    ErrorBuilder e;
    if (obj->kind == OBJ_TYPE)
        err_begin(&e, obj->pos, "invalid recursive type %s", obj->name);
    else
        err_begin(&e, obj->pos, "illegal cycle in declaration of %s", obj->name);
    for (int k = 0; k < n; k++) {
        err_add(c, &e, obj->pos, "%s refers to", obj->name);
        if (++i >= n)
            i = 0;
        obj = cycle[i];
    }
    err_add(c, &e, obj->pos, "%s", obj->name);
    err_report(c, &e);
}

/* ---- const / var ---------------------------------------------------------- */

static void const_decl(Checker *c, Object *obj, Node *typ, Node *init, bool inherited, int iota)
{
    ConstValue *saved_iota = c->iota;
    Pos saved_errpos = c->errpos;
    c->iota = cv_make_int64(c, iota);
    c->errpos = pos_make(NULL, 0, 0);
    obj->cv = cv_make_unknown(c);
    if (typ) {
        Type *t = check_typ(c, typ);
        if (!is_const_type(t)) {
            if (under(t) && under(t)->kind != TY_INVALID)
                check_errorf(c, node_pos(typ), "invalid constant type %s", tstr(t));
            obj->type = c->u.invalid;
            goto out;
        }
        obj->type = t;
    }
    Operand x = {0};
    if (init) {
        if (inherited)
            c->errpos = obj->pos;
        check_expr(c, &x, init);
    }
    init_const(c, obj, &x);
out:
    c->iota = saved_iota;
    c->errpos = saved_errpos;
}

static void var_decl(Checker *c, Object *obj, Object **lhs, int nlhs, Node *typ, Node *init)
{
    if (typ)
        obj->type = check_var_type(c, typ);
    if (!init) {
        if (!typ)
            obj->type = c->u.invalid;
        goto out;
    }
    if (!lhs || nlhs == 1) {
        Operand x = {0};
        check_expr(c, &x, init);
        init_var(c, obj, &x, "variable declaration");
        goto out;
    }
    if (typ)
        for (int i = 0; i < nlhs; i++)
            lhs[i]->type = obj->type;
    init_vars(c, lhs, nlhs, &init, 1, NULL);
out:
    if (obj->type && obj->type->kind == TY_INVALID)
        obj->flags |= OBJF_USED;
    for (int i = 0; i < nlhs; i++)
        if (lhs[i]->type && lhs[i]->type->kind == TY_INVALID)
            lhs[i]->flags |= OBJF_USED;
}

/* ---- types ---------------------------------------------------------------- */

static void type_decl(Checker *c, Object *obj, Node *tdecl, Type *def)
{
    (void)def;
    if (tdecl->u.typespec.alias) {
        Type *rhs = check_typ(c, tdecl->u.typespec.type);
        obj->type = rhs;
        return;
    }
    Type *named = new_named(c, obj, NULL);
    vec_push(c->arena, &c->pkg->named, named);
    Action *a = later(c, ACT_VALIDTYPE);
    a->type = named;
    a->obj = obj;
    Type *rhs = check_defined_type(c, tdecl->u.typespec.type, named);
    named->fromrhs = rhs;
    if (!named->underlying)
        named->underlying = c->u.invalid;
}

/* Methods declared for a type are attached when the type is declared. */
static void collect_methods(Checker *c, Object *obj)
{
    DeclInfo *d = obj->info;
    if (!d || d->methods.len == 0 || !obj->type || obj->type->kind != TY_NAMED)
        return;
    Type *base = obj->type;
    Action *a = later(c, ACT_FIELDUNIQ);
    a->type = base;
    for (int i = 0; i < d->methods.len; i++) {
        Object *m = d->methods.items[i];
        Object *alt = NULL;
        for (int j = 0; j < base->nmethods; j++)
            if (base->methods[j]->name == m->name)
                alt = base->methods[j];
        if (alt) {
            ErrorBuilder e;
            err_begin(&e, m->pos, "%s.%s redeclared in this block", obj->name, m->name);
            err_add(c, &e, alt->pos, "other declaration of %s", alt->name);
            err_report(c, &e);
            continue;
        }
        m->id = base->nmethods;
        named_add_method(c, base, m);
    }
    d->methods.len = 0;
}

/* types2's validType: a named type must not contain itself by value. */
static bool valid_type0(Checker *c, Type *t, Type **nest, int nnest, int depth)
{
    if (!t || depth > 1000)
        return true;
    switch (t->kind) {
    case TY_ARRAY:
        return valid_type0(c, t->elem, nest, nnest, depth + 1);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!valid_type0(c, t->fields[i]->type, nest, nnest, depth + 1))
                return false;
        return true;
    case TY_NAMED: {
        if (t->valid_checked)
            return true;
        if (t->underlying && t->underlying->kind == TY_INVALID)
            return false;
        for (int i = 0; i < nnest; i++) {
            if (nest[i] == t) {
                t->underlying = c->u.invalid;
                Object **objs = ARENA_ARRAY(c->arena, Object *, nnest - i);
                for (int j = i; j < nnest; j++)
                    objs[j - i] = nest[j]->obj;
                cycle_error(c, objs, nnest - i);
                return false;
            }
        }
        if (!t->obj || (!t->obj->info && !t->fromrhs))
            return true; /* predeclared (error) */
        Type **n2 = ARENA_ARRAY(c->arena, Type *, nnest + 1);
        if (nnest)
            memcpy(n2, nest, sizeof(Type *) * (size_t)nnest);
        n2[nnest] = t;
        if (!valid_type0(c, t->fromrhs, n2, nnest + 1, depth + 1))
            return false;
        t->valid_checked = true;
        return true;
    }
    default:
        return true;
    }
}

static void check_field_uniqueness(Checker *c, Type *base)
{
    Type *u = under(base);
    if (!u || u->kind != TY_STRUCT)
        return;
    for (int i = 0; i < u->nfields; i++) {
        Object *f = u->fields[i];
        if (f->name == c->s_blank)
            continue;
        for (int j = 0; j < base->nmethods; j++) {
            Object *m = base->methods[j];
            if (m->name == f->name) {
                ErrorBuilder e;
                err_begin(&e, m->pos, "field and method with the same name %s", f->name);
                err_add(c, &e, f->pos, "other declaration of %s", f->name);
                err_report(c, &e);
            }
        }
    }
}

static void validate_receiver(Checker *c, Object *recv)
{
    bool isptr;
    Type *rtyp = deref_type(recv->type, &isptr);
    if (!rtyp || rtyp->kind == TY_INVALID)
        return;
    if (rtyp->kind == TY_NAMED) {
        if (rtyp->obj->flags & OBJF_PREDECL) {
            check_errorf(c, recv->pos, "cannot define new methods on non-local type %s", tstr(rtyp));
            return;
        }
        Type *u = under(rtyp);
        if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE))
            check_errorf(c, recv->pos, "invalid receiver type %s (pointer or interface type)", tstr(rtyp));
        return;
    }
    if (is_basic_kind(rtyp->kind)) {
        check_errorf(c, recv->pos, "cannot define new methods on non-local type %s", tstr(rtyp));
        return;
    }
    check_errorf(c, recv->pos, "invalid receiver type %s", tstr(recv->type));
}

void check_delayed_type_checks_one(Checker *c, Action *a)
{
    switch (a->kind) {
    case ACT_VALIDTYPE:
        if (a->type && a->type->kind == TY_NAMED)
            valid_type0(c, a->type, NULL, 0, 0);
        break;
    case ACT_FIELDUNIQ:
        check_field_uniqueness(c, a->type);
        break;
    case ACT_RECV:
        validate_receiver(c, a->obj);
        break;
    default:
        break;
    }
}

/* ---- functions ------------------------------------------------------------ */

static const char *method_func_name(Checker *c, Object *obj, Node *recv)
{
    bool ptr;
    Node *base = unpack_recv(recv->u.field.type, &ptr);
    const char *tn = base ? base->u.ident.name : "?";
    if (ptr)
        return check_sprintf(c, "(*%s).%s", tn, obj->name);
    return check_sprintf(c, "%s.%s", tn, obj->name);
}

Func *func_new(Checker *c, Node *node, Object *obj, Func *outer)
{
    Func *fn = ARENA_NEW(c->arena, Func);
    fn->node = node;
    fn->obj = obj;
    fn->outer = outer;
    obj->func = fn;
    return fn;
}

static void func_decl(Checker *c, Object *obj, DeclInfo *d)
{
    Node *fdecl = d->spec;
    Type *sig = new_func(c, NULL, NULL, false);
    obj->type = sig; /* guard against cycles */
    int saved = obj->color;
    obj->color = BLACK;
    Func *fn = func_new(c, fdecl, obj, NULL);
    fn->sig = sig;
    fn->name = fdecl->u.func.recv ? method_func_name(c, obj, fdecl->u.func.recv) : obj->name;
    Scope *scope = scope_new(c, c->scope, fn);
    scope->is_func = true;
    fn->scope = scope;
    check_func_type(c, sig, fdecl->u.func.recv, fdecl->u.func.type, fn, scope);
    obj->color = saved;
    if (!fdecl->u.func.body)
        return; /* "missing function body" is reported after type checking, like gc */
    Action *a = later(c, ACT_FUNCBODY);
    a->fn = fn;
    a->scope = scope;
    a->decl = d;
    a->iota = NULL;
}

/* ---- declarations in function bodies ---------------------------------------- */

void decl_stmt(Checker *c, Node *s)
{
    NodeList *specs = &s->u.declstmt.specs;
    for (int k = 0; k < specs->len; k++) {
        Node *spec = specs->items[k];
        switch (spec->kind) {
        case N_CONSTSPEC: {
            int top = c->delayed.len;
            int n = spec->u.valuespec.names.len;
            Object **lhs = ARENA_ARRAY(c->arena, Object *, n);
            for (int i = 0; i < n; i++) {
                Node *id = spec->u.valuespec.names.items[i];
                Object *obj = object_new(c, OBJ_CONST, id->u.ident.name, NULL, id->pos);
                obj->decl = id;
                obj->spec = spec;
                lhs[i] = obj;
                Node *init = i < spec->u.valuespec.values.len ? spec->u.valuespec.values.items[i] : NULL;
                const_decl(c, obj, spec->u.valuespec.type, init, spec->u.valuespec.implicit,
                           spec->u.valuespec.iota);
            }
            arity(c, spec->pos, &spec->u.valuespec.names, &spec->u.valuespec.values, true,
                  spec->u.valuespec.implicit);
            process_delayed(c, top);
            for (int i = 0; i < n; i++)
                declare(c, c->scope, spec->u.valuespec.names.items[i], lhs[i]);
            break;
        }
        case N_VARSPEC: {
            int top = c->delayed.len;
            int n = spec->u.valuespec.names.len;
            Object **lhs0 = ARENA_ARRAY(c->arena, Object *, n);
            for (int i = 0; i < n; i++) {
                Node *id = spec->u.valuespec.names.items[i];
                Object *obj = object_new(c, OBJ_VAR, id->u.ident.name, NULL, id->pos);
                obj->decl = id;
                obj->spec = spec;
                id->obj = obj;
                lhs0[i] = obj;
            }
            NodeList *values = &spec->u.valuespec.values;
            for (int i = 0; i < n; i++) {
                Object **lhs = NULL;
                int nlhs = 0;
                Node *init = NULL;
                if (values->len == n) {
                    init = values->items[i];
                } else if (values->len == 1) {
                    lhs = lhs0;
                    nlhs = n;
                    init = values->items[0];
                } else if (i < values->len) {
                    init = values->items[i];
                }
                var_decl(c, lhs0[i], lhs, nlhs, spec->u.valuespec.type, init);
                if (values->len == 1)
                    break;
            }
            if (!spec->u.valuespec.type || values->len > 0)
                arity(c, spec->pos, &spec->u.valuespec.names, values, false, false);
            process_delayed(c, top);
            for (int i = 0; i < n; i++)
                declare(c, c->scope, spec->u.valuespec.names.items[i], lhs0[i]);
            break;
        }
        case N_TYPESPEC: {
            Node *id = spec->u.typespec.name;
            Object *obj = object_new(c, OBJ_TYPE, id->u.ident.name, NULL, id->pos);
            obj->decl = id;
            obj->spec = spec;
            if (spec->u.typespec.alias)
                obj->flags |= OBJF_ALIAS;
            declare(c, c->scope, id, obj);
            vec_push(c->arena, &c->objpath, obj);
            obj->color = GREY + c->objpath.len - 1;
            type_decl(c, obj, spec, NULL);
            c->objpath.len--;
            obj->color = BLACK;
            break;
        }
        default:
            break;
        }
    }
}
