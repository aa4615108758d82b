/*
 * type.c — type representation: constructors, predicates, identity, gc's
 * spelling (type_string) and gc's amd64 sizes.
 *
 * Types are not hash-consed; identity is structural (types2's Identical):
 * basic types compare by kind (so byte == uint8), named types by object,
 * composite types by their parts. Predicates look through named types the
 * way types2's `under` does.
 */
#include <stdio.h>
#include <string.h>

#include "check.h"

/* ---- constructors ------------------------------------------------------- */

Type *type_new(Checker *c, TypeKind kind)
{
    Type *t = ARENA_NEW(c->arena, Type);
    t->kind = kind;
    t->size = -1;
    t->arena = c->arena;
    return t;
}

Type *new_pointer(Checker *c, Type *elem)
{
    Type *t = type_new(c, TY_POINTER);
    t->elem = elem;
    return t;
}

Type *new_slice(Checker *c, Type *elem)
{
    Type *t = type_new(c, TY_SLICE);
    t->elem = elem;
    return t;
}

Type *new_array(Checker *c, Type *elem, int64_t len)
{
    Type *t = type_new(c, TY_ARRAY);
    t->elem = elem;
    t->len = len;
    return t;
}

Type *new_map(Checker *c, Type *key, Type *elem)
{
    Type *t = type_new(c, TY_MAP);
    t->key = key;
    t->elem = elem;
    return t;
}

Type *new_tuple(Checker *c, Object **vars, int n)
{
    if (n == 0) { /* one shared empty tuple */
        if (!c->empty_tuple)
            c->empty_tuple = type_new(c, TY_TUPLE);
        return c->empty_tuple;
    }
    Type *t = type_new(c, TY_TUPLE);
    t->fields = vars;
    t->nfields = n;
    return t;
}

Type *new_func(Checker *c, Type *params, Type *results, bool variadic)
{
    Type *t = type_new(c, TY_FUNC);
    t->params = params ? params : new_tuple(c, NULL, 0);
    t->results = results ? results : new_tuple(c, NULL, 0);
    t->variadic = variadic;
    return t;
}

Type *new_named(Checker *c, Object *obj, Type *underlying)
{
    Type *t = type_new(c, TY_NAMED);
    t->obj = obj;
    t->name = obj->name;
    t->underlying = underlying;
    obj->type = t;
    return t;
}

void named_add_method(Checker *c, Type *named, Object *m)
{
    if (named->nmethods == named->capmethods) {
        int cap = named->capmethods ? named->capmethods * 2 : 4;
        Object **ms = ARENA_ARRAY(c->arena, Object *, cap);
        if (named->nmethods)
            memcpy(ms, named->methods, sizeof(Object *) * (size_t)named->nmethods);
        named->methods = ms;
        named->capmethods = cap;
    }
    named->methods[named->nmethods++] = m;
}

/* ---- predicates --------------------------------------------------------- */

/* The invalid type handed out by `under` for unresolvable chains. All its
 * lazily computed fields are preset, so it is never written to. */
static Type invalid_singleton = {.kind = TY_INVALID, .name = "invalid type", .size = 0, .align = 1,
                                 .str = "invalid type"};

/* A named type's underlying type may be another named type while
 * declarations are in progress (type A B); follow the chain. A cycle (type
 * A B; type B A) gives the invalid type; the recursive type check reports it.
 * A NULL underlying (declaration in progress) is returned as NULL. */
Type *under(Type *t)
{
    if (!t || t->kind != TY_NAMED)
        return t;
    Type *u = t->underlying;
    for (int guard = 0; u && u->kind == TY_NAMED; guard++) {
        if (guard > 1000)
            return &invalid_singleton;
        u = u->underlying;
    }
    if (u && t->underlying != u)
        t->underlying = u; /* resolved: cache */
    return u;
}

Type *type_underlying(Type *t) { return under(t); }

bool is_basic_kind(TypeKind k) { return k >= TY_INVALID && k <= TY_UNTYPED_NIL; }

static TypeKind ukind(const Type *t)
{
    const Type *u = under((Type *)t);
    return u ? u->kind : TY_INVALID;
}

bool type_is_untyped(const Type *t)
{
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool is_typed(const Type *t) { return !type_is_untyped(t); }

bool type_is_integer(const Type *t)
{
    TypeKind k = ukind(t);
    return (k >= TY_INT && k <= TY_UINTPTR) || k == TY_UNTYPED_INT || k == TY_UNTYPED_RUNE;
}

bool type_is_unsigned(const Type *t)
{
    TypeKind k = ukind(t);
    return k >= TY_UINT && k <= TY_UINTPTR;
}

bool type_is_float(const Type *t)
{
    TypeKind k = ukind(t);
    return k == TY_FLOAT32 || k == TY_FLOAT64 || k == TY_UNTYPED_FLOAT;
}

bool type_is_numeric(const Type *t) { return type_is_integer(t) || type_is_float(t); }

bool type_is_string(const Type *t)
{
    TypeKind k = ukind(t);
    return k == TY_STRING || k == TY_UNTYPED_STRING;
}

bool type_is_boolean(const Type *t)
{
    TypeKind k = ukind(t);
    return k == TY_BOOL || k == TY_UNTYPED_BOOL;
}

bool type_is_interface(const Type *t) { return ukind(t) == TY_INTERFACE; }

bool is_const_type(Type *t)
{
    TypeKind k = ukind(t);
    return k >= TY_BOOL && k <= TY_UNTYPED_STRING;
}

bool all_ordered(Type *t) { return type_is_numeric(t) || type_is_string(t); }

bool has_name(Type *t) { return t && (t->kind == TY_NAMED || is_basic_kind(t->kind)); }

bool type_has_nil(Type *t)
{
    switch (ukind(t)) {
    case TY_SLICE: case TY_POINTER: case TY_FUNC: case TY_MAP: case TY_INTERFACE:
        return true;
    default:
        return false;
    }
}

bool is_bytes_or_runes(Type *t)
{
    Type *u = under(t);
    if (u && u->kind == TY_SLICE) {
        TypeKind k = ukind(u->elem);
        return k == TY_UINT8 || k == TY_INT32;
    }
    return false;
}

Type *deref_type(Type *t, bool *isptr)
{
    if (t && t->kind == TY_POINTER) {
        if (isptr)
            *isptr = true;
        return t->elem;
    }
    if (isptr)
        *isptr = false;
    return t;
}

/* comparable(T) with a seen-set bounded by recursion depth (types only nest
 * through named types, which cannot be recursive by value when valid). */
static bool comparable_rec(Type *t, int depth, Type **why)
{
    if (depth > 1000)
        return true;
    Type *u = under(t);
    if (!u)
        return true;
    switch (u->kind) {
    case TY_UNTYPED_NIL:
        return false;
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (!comparable_rec(u->fields[i]->type, depth + 1, NULL)) {
                if (why)
                    *why = u->fields[i]->type;
                return false;
            }
        return true;
    case TY_ARRAY:
        if (!comparable_rec(u->elem, depth + 1, NULL)) {
            if (why)
                *why = t;
            return false;
        }
        return true;
    case TY_SLICE: case TY_MAP: case TY_FUNC: case TY_TUPLE:
        return false;
    default:
        return true;
    }
}

bool type_is_comparable(Type *t) { return comparable_rec(t, 0, NULL); }

const char *kind_string(Checker *c, Type *t)
{
    switch (ukind(t)) {
    case TY_ARRAY: return "array";
    case TY_SLICE: return "slice";
    case TY_STRUCT: return "struct";
    case TY_POINTER: return "pointer";
    case TY_FUNC: return "func";
    case TY_INTERFACE: return "interface";
    case TY_MAP: return "map";
    default: return check_sprintf(c, "%s", tstr(t));
    }
}

const char *incomparable_cause(Checker *c, Type *t)
{
    switch (ukind(t)) {
    case TY_SLICE: case TY_FUNC: case TY_MAP:
        return check_sprintf(c, "%s can only be compared to nil", kind_string(c, t));
    default:
        break;
    }
    Type *why = NULL;
    Type *u = under(t);
    if (u && comparable_rec(t, 0, &why))
        return "";
    if (!why)
        return "";
    if (u->kind == TY_STRUCT)
        return check_sprintf(c, "struct containing %s cannot be compared", tstr(why));
    return check_sprintf(c, "%s cannot be compared", tstr(why));
}

Type *type_default(Type *t)
{
    /* the checker's universe holds the targets; reach it through the
     * untyped type's `elem` link set up by universe_init */
    if (type_is_untyped(t) && t->kind != TY_UNTYPED_NIL && t->elem)
        return t->elem;
    return t;
}

/* ---- identity ----------------------------------------------------------- */

static bool identical(const Type *x, const Type *y, bool cmp_tags, int depth)
{
    if (x == y)
        return true;
    if (!x || !y || depth > 10000)
        return false;
    if (is_basic_kind(x->kind) || is_basic_kind(y->kind))
        return x->kind == y->kind && is_basic_kind(x->kind);
    if (x->kind != y->kind)
        return false;
    switch (x->kind) {
    case TY_ARRAY:
        return x->len == y->len && identical(x->elem, y->elem, cmp_tags, depth + 1);
    case TY_SLICE:
    case TY_POINTER:
        return identical(x->elem, y->elem, cmp_tags, depth + 1);
    case TY_MAP:
        return identical(x->key, y->key, cmp_tags, depth + 1) &&
               identical(x->elem, y->elem, cmp_tags, depth + 1);
    case TY_STRUCT:
        if (x->nfields != y->nfields)
            return false;
        for (int i = 0; i < x->nfields; i++) {
            Object *f = x->fields[i], *g = y->fields[i];
            if ((f->flags & OBJF_EMBEDDED) != (g->flags & OBJF_EMBEDDED) || f->name != g->name)
                return false;
            if (cmp_tags) {
                const char *ft = f->tag ? f->tag : "", *gt = g->tag ? g->tag : "";
                if (strcmp(ft, gt) != 0)
                    return false;
            }
            if (!identical(f->type, g->type, cmp_tags, depth + 1))
                return false;
        }
        return true;
    case TY_TUPLE:
        if (x->nfields != y->nfields)
            return false;
        for (int i = 0; i < x->nfields; i++)
            if (!identical(x->fields[i]->type, y->fields[i]->type, cmp_tags, depth + 1))
                return false;
        return true;
    case TY_FUNC:
        return x->variadic == y->variadic &&
               identical(x->params, y->params, cmp_tags, depth + 1) &&
               identical(x->results, y->results, cmp_tags, depth + 1);
    case TY_INTERFACE:
        if (x->nmethods != y->nmethods)
            return false;
        for (int i = 0; i < x->nmethods; i++)
            if (x->methods[i]->name != y->methods[i]->name ||
                !identical(x->methods[i]->type, y->methods[i]->type, cmp_tags, depth + 1))
                return false;
        return true;
    case TY_NAMED:
        return x->obj == y->obj;
    default:
        return false;
    }
}

bool type_identical(const Type *a, const Type *b) { return identical(a, b, true, 0); }
bool identical_ignore_tags(const Type *a, const Type *b) { return identical(a, b, false, 0); }

/* ---- type_string -------------------------------------------------------- */

static void write_type(StrBuf *b, const Type *t, int depth, const char *q);

static void write_tuple(StrBuf *b, const Type *tup, bool variadic, int depth, const char *q)
{
    sb_puts(b, "(");
    if (tup) {
        for (int i = 0; i < tup->nfields; i++) {
            Object *v = tup->fields[i];
            if (i > 0)
                sb_puts(b, ", ");
            if (v->name && v->name[0]) {
                sb_puts(b, v->name);
                sb_puts(b, " ");
            }
            const Type *vt = v->type;
            if (variadic && i == tup->nfields - 1 && vt && vt->kind == TY_SLICE) {
                sb_puts(b, "...");
                vt = vt->elem;
            }
            write_type(b, vt, depth + 1, q);
        }
    }
    sb_puts(b, ")");
}

static void write_signature(StrBuf *b, const Type *sig, int depth, const char *q)
{
    write_tuple(b, sig->params, sig->variadic, depth, q);
    int n = sig->results ? sig->results->nfields : 0;
    if (n == 0)
        return;
    sb_puts(b, " ");
    Object *r0 = sig->results->fields[0];
    if (n == 1 && !(r0->name && r0->name[0])) {
        write_type(b, r0->type, depth + 1, q);
        return;
    }
    write_tuple(b, sig->results, false, depth, q);
}

static void write_quoted(StrBuf *b, const char *s)
{
    sb_puts(b, "\"");
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\')
            sb_printf(b, "\\%c", *p);
        else if (*p < 0x20 || *p == 0x7f)
            sb_printf(b, "\\x%02x", *p);
        else
            sb_append(b, (const char *)p, 1);
    }
    sb_puts(b, "\"");
}

static void write_type(StrBuf *b, const Type *t, int depth, const char *q)
{
    if (!t) {
        sb_puts(b, "<nil>");
        return;
    }
    if (depth > 200) {
        sb_puts(b, "…");
        return;
    }
    if (t->str && !q) {
        sb_puts(b, t->str);
        return;
    }
    switch (t->kind) {
    case TY_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        write_type(b, t->elem, depth + 1, q);
        break;
    case TY_SLICE:
        sb_puts(b, "[]");
        write_type(b, t->elem, depth + 1, q);
        break;
    case TY_POINTER:
        sb_puts(b, "*");
        write_type(b, t->elem, depth + 1, q);
        break;
    case TY_MAP:
        sb_puts(b, "map[");
        write_type(b, t->key, depth + 1, q);
        sb_puts(b, "]");
        write_type(b, t->elem, depth + 1, q);
        break;
    case TY_STRUCT:
        sb_puts(b, "struct{");
        for (int i = 0; i < t->nfields; i++) {
            Object *f = t->fields[i];
            if (i > 0)
                sb_puts(b, "; ");
            if (!(f->flags & OBJF_EMBEDDED)) {
                sb_puts(b, f->name);
                sb_puts(b, " ");
            }
            write_type(b, f->type, depth + 1, q);
            if (f->tag && f->tag[0]) {
                sb_puts(b, " ");
                write_quoted(b, f->tag);
            }
        }
        sb_puts(b, "}");
        break;
    case TY_TUPLE:
        write_tuple(b, t, false, depth, q);
        break;
    case TY_FUNC:
        sb_puts(b, "func");
        write_signature(b, t, depth, q);
        break;
    case TY_INTERFACE:
        if (t->is_any) {
            sb_puts(b, "any");
            break;
        }
        sb_puts(b, "interface{");
        for (int i = 0; i < t->nmethods; i++) {
            if (i > 0)
                sb_puts(b, "; ");
            sb_puts(b, t->methods[i]->name);
            write_signature(b, t->methods[i]->type, depth + 1, q);
        }
        sb_puts(b, "}");
        break;
    case TY_NAMED:
        if (q && t->obj && !(t->obj->flags & OBJF_PREDECL))
            sb_puts(b, q);
        sb_puts(b, t->name);
        break;
    case TY_INVALID:
        sb_puts(b, "invalid type");
        break;
    default:
        sb_puts(b, t->name ? t->name : "?");
        break;
    }
}

const char *type_string(const Type *t)
{
    if (!t)
        return "<nil>";
    if (t->str)
        return t->str;
    StrBuf b = {0};
    write_type(&b, t, 0, NULL);
    const char *s = arena_strndup(t->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    /* cache only types that cannot change any more: named types and
     * composite types whose printing is complete */
    ((Type *)t)->str = s;
    return s;
}

const char *tstr(const Type *t) { return t ? type_string(t) : "<nil>"; }

/* Signature text without "func" (for method descriptions). */
const char *type_string_qualified(Arena *a, const Type *t, const char *q)
{
    StrBuf b = {0};
    write_type(&b, t, 0, q);
    const char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}

const char *signature_string_qualified(Arena *a, const Type *sig, const char *q)
{
    StrBuf b = {0};
    write_signature(&b, sig, 0, q);
    const char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}

const char *signature_string(Arena *a, const Type *sig)
{
    StrBuf b = {0};
    write_signature(&b, sig, 0, NULL);
    const char *s = arena_strndup(a, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}

/* ---- sizes (gc, amd64) -------------------------------------------------- */

static int64_t rnd(int64_t o, int64_t a) { return (o + a - 1) / a * a; }

static void compute_size(Type *t, int depth);

int64_t type_size(Type *t)
{
    if (!t)
        return 0;
    if (t->size < 0)
        compute_size(t, 0);
    return t->size;
}

int type_align(Type *t)
{
    if (!t)
        return 1;
    if (t->size < 0)
        compute_size(t, 0);
    return t->align;
}

static void compute_size(Type *t, int depth)
{
    if (depth > 10000) {
        t->size = 0;
        t->align = 1;
        return;
    }
    int64_t size = 8;
    int align = 8;
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8: size = 1; break;
    case TY_INT16: case TY_UINT16: size = 2; break;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32: size = 4; break;
    case TY_INT: case TY_UINT: case TY_UINTPTR: case TY_INT64: case TY_UINT64: case TY_FLOAT64:
    case TY_POINTER: case TY_MAP: case TY_FUNC:
        size = 8;
        break;
    case TY_STRING: case TY_INTERFACE: size = 16; break;
    case TY_SLICE: size = 24; break;
    case TY_ARRAY: {
        if (t->elem->size < 0)
            compute_size(t->elem, depth + 1);
        size = t->len <= 0 ? 0 : t->elem->size * t->len;
        align = t->elem->align;
        t->size = size;
        t->align = align;
        return;
    }
    case TY_STRUCT: {
        int64_t o = 0;
        int maxa = 1;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i]->type;
            if (ft->size < 0)
                compute_size(ft, depth + 1);
            o = rnd(o, ft->align);
            t->fields[i]->offset = o;
            o += ft->size;
            if (ft->align > maxa)
                maxa = ft->align;
        }
        if (t->nfields > 0) {
            Object *last = t->fields[t->nfields - 1];
            if (last->type->size == 0 && last->offset > 0)
                o = last->offset + 1;
        }
        t->size = rnd(o, maxa);
        t->align = maxa;
        return;
    }
    case TY_NAMED: {
        Type *u = under(t);
        if (!u) {
            t->size = 0;
            t->align = 1;
            return;
        }
        if (u->size < 0)
            compute_size(u, depth + 1);
        t->size = u->size;
        t->align = u->align;
        return;
    }
    case TY_TUPLE: {
        int64_t o = 0;
        for (int i = 0; i < t->nfields; i++) {
            Type *ft = t->fields[i]->type;
            if (ft->size < 0)
                compute_size(ft, depth + 1);
            o = rnd(o, ft->align) + ft->size;
        }
        size = o;
        break;
    }
    default:
        size = 8;
        break;
    }
    t->size = size;
    if (t->kind == TY_STRING || t->kind == TY_INTERFACE || t->kind == TY_SLICE)
        align = 8;
    else
        align = size < 1 ? 1 : size > 8 ? 8 : (int)size;
    t->align = align;
}

/* gc's HasPointers: whether values of t hold pointers the collector must see. */
bool type_has_pointers(Type *t)
{
    for (int guard = 0; t && guard < 1000; guard++) {
        Type *u = type_underlying(t);
        if (!u)
            return false;
        switch (u->kind) {
        case TY_STRING: case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_FUNC:
        case TY_INTERFACE: case TY_UNTYPED_STRING: case TY_UNTYPED_NIL:
            return true;
        case TY_ARRAY:
            if (u->len <= 0)
                return false;
            t = u->elem;
            continue;
        case TY_STRUCT:
            for (int i = 0; i < u->nfields; i++)
                if (type_has_pointers(u->fields[i]->type))
                    return true;
            return false;
        case TY_TUPLE:
            for (int i = 0; i < u->nfields; i++)
                if (type_has_pointers(u->fields[i]->type))
                    return true;
            return false;
        default:
            return false;
        }
    }
    return false;
}
