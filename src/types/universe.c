/*
 * universe.c — the predeclared world: basic types (and the byte/rune
 * aliases), any, error, true/false/iota, nil and the builtin functions.
 *
 * Each checker builds its own universe in its arena (no mutable globals).
 * Predeclared names outside the subset (complex64, complex, close, ...) are
 * declared too, flagged OBJF_UNSUPPORTED, so using them reports
 * "minigo: X is not supported" instead of "undefined".
 */
#include <string.h>

#include "check.h"

static const struct {
    TypeKind kind;
    const char *name;
} basic_names[] = {
    {TY_INVALID, "invalid type"},
    {TY_BOOL, "bool"},       {TY_INT, "int"},         {TY_INT8, "int8"},
    {TY_INT16, "int16"},     {TY_INT32, "int32"},     {TY_INT64, "int64"},
    {TY_UINT, "uint"},       {TY_UINT8, "uint8"},     {TY_UINT16, "uint16"},
    {TY_UINT32, "uint32"},   {TY_UINT64, "uint64"},   {TY_UINTPTR, "uintptr"},
    {TY_FLOAT32, "float32"}, {TY_FLOAT64, "float64"}, {TY_STRING, "string"},
    {TY_UNTYPED_BOOL, "untyped bool"},     {TY_UNTYPED_INT, "untyped int"},
    {TY_UNTYPED_RUNE, "untyped rune"},     {TY_UNTYPED_FLOAT, "untyped float"},
    {TY_UNTYPED_STRING, "untyped string"}, {TY_UNTYPED_NIL, "untyped nil"},
};

static Object *declare_predecl(Checker *c, ObjKind kind, const char *name, Type *t)
{
    Object *o = object_new(c, kind, intern_cstr(c, name), t, pos_make(NULL, 0, 0));
    o->flags |= OBJF_PREDECL | OBJF_USED;
    scope_insert(c, c->u.scope, o);
    return o;
}

static void declare_unsupported(Checker *c, ObjKind kind, const char *name, const char *what)
{
    Object *o = declare_predecl(c, kind, name, c->u.invalid);
    o->flags |= OBJF_UNSUPPORTED;
    o->tag = what;
}

void universe_init(Checker *c)
{
    Universe *u = &c->u;
    u->scope = scope_new(c, NULL, NULL);
    for (size_t i = 0; i < sizeof basic_names / sizeof basic_names[0]; i++) {
        Type *t = type_new(c, basic_names[i].kind);
        t->name = basic_names[i].name;
        u->typ[basic_names[i].kind] = t;
    }
    u->invalid = u->typ[TY_INVALID];
    u->byte_type = type_new(c, TY_UINT8);
    u->byte_type->name = "byte";
    u->rune_type = type_new(c, TY_INT32);
    u->rune_type->name = "rune";

    /* default types of the untyped kinds (type_default reads elem) */
    u->typ[TY_UNTYPED_BOOL]->elem = u->typ[TY_BOOL];
    u->typ[TY_UNTYPED_INT]->elem = u->typ[TY_INT];
    u->typ[TY_UNTYPED_RUNE]->elem = u->rune_type;
    u->typ[TY_UNTYPED_FLOAT]->elem = u->typ[TY_FLOAT64];
    u->typ[TY_UNTYPED_STRING]->elem = u->typ[TY_STRING];

    for (int k = TY_BOOL; k <= TY_STRING; k++)
        declare_predecl(c, OBJ_TYPE, u->typ[k]->name, u->typ[k]);
    declare_predecl(c, OBJ_TYPE, "byte", u->byte_type);
    declare_predecl(c, OBJ_TYPE, "rune", u->rune_type);

    u->any_type = type_new(c, TY_INTERFACE);
    u->any_type->is_any = true;
    declare_predecl(c, OBJ_TYPE, "any", u->any_type);
    u->empty_iface = type_new(c, TY_INTERFACE);

    /* type error interface{ Error() string } */
    Object *eobj = declare_predecl(c, OBJ_TYPE, "error", NULL);
    Type *iface = type_new(c, TY_INTERFACE);
    Type *err = new_named(c, eobj, iface);
    Object *res = object_new(c, OBJ_VAR, c->s_empty, u->typ[TY_STRING], pos_make(NULL, 0, 0));
    Object **resv = ARENA_ARRAY(c->arena, Object *, 1);
    resv[0] = res;
    Type *sig = new_func(c, NULL, new_tuple(c, resv, 1), false);
    sig->recv = object_new(c, OBJ_VAR, c->s_empty, err, pos_make(NULL, 0, 0));
    Object *m = object_new(c, OBJ_FUNC, intern_cstr(c, "Error"), sig, pos_make(NULL, 0, 0));
    m->flags |= OBJF_METHOD | OBJF_PREDECL;
    iface->methods = ARENA_ARRAY(c->arena, Object *, 1);
    iface->methods[0] = m;
    iface->nmethods = iface->capmethods = 1;
    u->error_type = err;
    u->error_method = m;

    Object *t = declare_predecl(c, OBJ_CONST, "true", u->typ[TY_UNTYPED_BOOL]);
    t->cv = cv_make_bool(c, true);
    Object *f = declare_predecl(c, OBJ_CONST, "false", u->typ[TY_UNTYPED_BOOL]);
    f->cv = cv_make_bool(c, false);
    u->iota_obj = declare_predecl(c, OBJ_CONST, "iota", u->typ[TY_UNTYPED_INT]);
    u->iota_obj->cv = cv_make_int64(c, 0);
    u->nil_obj = declare_predecl(c, OBJ_NIL, "nil", u->typ[TY_UNTYPED_NIL]);

    static const struct {
        const char *name;
        int id;
    } builtins[] = {
        {"append", BI_APPEND}, {"cap", BI_CAP},         {"copy", BI_COPY},
        {"delete", BI_DELETE}, {"len", BI_LEN},         {"make", BI_MAKE},
        {"new", BI_NEW},       {"panic", BI_PANIC},     {"print", BI_PRINT},
        {"println", BI_PRINTLN}, {"recover", BI_RECOVER},
    };
    for (size_t i = 0; i < sizeof builtins / sizeof builtins[0]; i++) {
        Object *b = declare_predecl(c, OBJ_BUILTIN, builtins[i].name, u->invalid);
        b->id = builtins[i].id;
    }
    declare_unsupported(c, OBJ_TYPE, "complex64", "complex numbers");
    declare_unsupported(c, OBJ_TYPE, "complex128", "complex numbers");
    declare_unsupported(c, OBJ_BUILTIN, "complex", "complex numbers");
    declare_unsupported(c, OBJ_BUILTIN, "real", "complex numbers");
    declare_unsupported(c, OBJ_BUILTIN, "imag", "complex numbers");
    declare_unsupported(c, OBJ_BUILTIN, "close", "channels");
    declare_unsupported(c, OBJ_TYPE, "comparable", "generics");
}

const BuiltinInfo builtin_info[BI_COUNT] = {
    [BI_APPEND] = {"append", 1, true, EK_EXPRESSION},
    [BI_CAP] = {"cap", 1, false, EK_EXPRESSION},
    [BI_COPY] = {"copy", 2, false, EK_STATEMENT},
    [BI_DELETE] = {"delete", 2, false, EK_STATEMENT},
    [BI_LEN] = {"len", 1, false, EK_EXPRESSION},
    [BI_MAKE] = {"make", 1, true, EK_EXPRESSION},
    [BI_NEW] = {"new", 1, false, EK_EXPRESSION},
    [BI_PANIC] = {"panic", 1, false, EK_STATEMENT},
    [BI_PRINT] = {"print", 0, true, EK_STATEMENT},
    [BI_PRINTLN] = {"println", 0, true, EK_STATEMENT},
    [BI_RECOVER] = {"recover", 0, false, EK_STATEMENT},
    [BI_CLOSE] = {"close", 1, false, EK_STATEMENT},
    [BI_COMPLEX] = {"complex", 2, false, EK_EXPRESSION},
    [BI_REAL] = {"real", 1, false, EK_EXPRESSION},
    [BI_IMAG] = {"imag", 1, false, EK_EXPRESSION},
};
