/*
 * types.c — Go types as LLVM types, and the runtime's type descriptors
 * (GoType / MapType of runtime/minigort.h) emitted as constant data.
 *
 * LLVM's natural struct layout on x86-64 is gc's amd64 layout for every
 * type of the subset (alignment <= 8, fields in order), so a Go struct is
 * a literal LLVM struct of its fields and offsets come from the target
 * data. One descriptor per distinct type: `any` equality and type switches
 * compare descriptor pointers, so types are looked up with type_identical;
 * the predeclared basic types use the runtime's own descriptors.
 */
#include <string.h>

#include "gen.h"

Type *gen_under(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u ? u : t;
}

void gen_types_init(Gen *g)
{
    LLVMContextRef c = g->ctx;
    g->t_void = LLVMVoidTypeInContext(c);
    g->t_i1 = LLVMInt1TypeInContext(c);
    g->t_i8 = LLVMInt8TypeInContext(c);
    g->t_i16 = LLVMInt16TypeInContext(c);
    g->t_i32 = LLVMInt32TypeInContext(c);
    g->t_i64 = LLVMInt64TypeInContext(c);
    g->t_f32 = LLVMFloatTypeInContext(c);
    g->t_f64 = LLVMDoubleTypeInContext(c);
    g->t_ptr = LLVMPointerTypeInContext(c, 0);
    LLVMTypeRef s[] = {g->t_ptr, g->t_i64, g->t_i64};
    g->t_str = LLVMStructTypeInContext(c, s, 2, false);
    g->t_slice = LLVMStructTypeInContext(c, s, 3, false);
    LLVMTypeRef e[] = {g->t_ptr, g->t_ptr};
    g->t_iface = LLVMStructTypeInContext(c, e, 2, false);
    /* GoType: { i64 size, i64 ptrdata, i8 kind, i8 align, i8 tflag, [5 x i8],
     * ptr equal, ptr hash, {ptr, i64} name, ptr elem, ptr key, i64 len,
     * ptr fields, i64 nfields, ptr string_method, ptr error_method, ptr ptrto } */
    LLVMTypeRef gt[] = {g->t_i64, g->t_i64, g->t_i8, g->t_i8, g->t_i8, LLVMArrayType2(g->t_i8, 5),
                        g->t_ptr, g->t_ptr, g->t_str, g->t_ptr, g->t_ptr, g->t_i64,
                        g->t_ptr, g->t_i64, g->t_ptr, g->t_ptr, g->t_ptr};
    g->t_gotype = LLVMStructCreateNamed(c, "runtime._type");
    LLVMStructSetBody(g->t_gotype, gt, 17, false);
    LLVMTypeRef mt[] = {g->t_gotype, g->t_ptr, g->t_i8, g->t_i8, g->t_i16, g->t_i32};
    g->t_maptype = LLVMStructCreateNamed(c, "runtime.maptype");
    LLVMStructSetBody(g->t_maptype, mt, 6, false);
    LLVMTypeRef ft[] = {g->t_str, g->t_ptr, g->t_i64, g->t_i8, g->t_i8, LLVMArrayType2(g->t_i8, 6)};
    g->t_field = LLVMStructCreateNamed(c, "runtime.structfield");
    LLVMStructSetBody(g->t_field, ft, 6, false);
}

bool gen_is_mem(Gen *g, Type *t) { return t == g->sp->types.mem || t == g->sp->types.void_; }

LLVMTypeRef gen_results_type(Gen *g, Type *results)
{
    int n = results ? results->nfields : 0;
    if (n == 0)
        return g->t_void;
    if (n == 1)
        return gen_type(g, results->fields[0]->type);
    LLVMTypeRef *el = calloc((size_t)n, sizeof *el);
    for (int i = 0; i < n; i++)
        el[i] = gen_type(g, results->fields[i]->type);
    LLVMTypeRef t = LLVMStructTypeInContext(g->ctx, el, (unsigned)n, false);
    free(el);
    return t;
}

LLVMTypeRef gen_func_type(Gen *g, Type *sig)
{
    sig = gen_under(sig);
    int np = sig->params ? sig->params->nfields : 0;
    int n = 1 + (sig->recv ? 1 : 0) + np;
    LLVMTypeRef *ps = calloc((size_t)n, sizeof *ps);
    int k = 0;
    ps[k++] = g->t_ptr;
    if (sig->recv)
        ps[k++] = gen_type(g, sig->recv->type);
    for (int i = 0; i < np; i++)
        ps[k++] = gen_type(g, sig->params->fields[i]->type);
    LLVMTypeRef t = LLVMFunctionType(gen_results_type(g, sig->results), ps, (unsigned)n, false);
    free(ps);
    return t;
}

LLVMTypeRef gen_type(Gen *g, Type *t)
{
    if (!t || gen_is_mem(g, t))
        return g->t_void;
    Type *u = gen_under(t);
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL:
        return g->t_i1;
    case TY_INT8: case TY_UINT8:
        return g->t_i8;
    case TY_INT16: case TY_UINT16:
        return g->t_i16;
    case TY_INT32: case TY_UINT32: case TY_UNTYPED_RUNE:
        return g->t_i32;
    case TY_INT: case TY_INT64: case TY_UINT: case TY_UINT64: case TY_UINTPTR: case TY_UNTYPED_INT:
        return g->t_i64;
    case TY_FLOAT32:
        return g->t_f32;
    case TY_FLOAT64: case TY_UNTYPED_FLOAT:
        return g->t_f64;
    case TY_STRING: case TY_UNTYPED_STRING:
        return g->t_str;
    case TY_SLICE:
        return g->t_slice;
    case TY_INTERFACE:
        return g->t_iface;
    case TY_ARRAY:
        return LLVMArrayType2(gen_type(g, u->elem), (uint64_t)(u->len < 0 ? 0 : u->len));
    case TY_STRUCT: case TY_TUPLE: {
        int n = 0;
        LLVMTypeRef *el = calloc((size_t)u->nfields + 1, sizeof *el);
        for (int i = 0; i < u->nfields; i++)
            if (!gen_is_mem(g, u->fields[i]->type))
                el[n++] = gen_type(g, u->fields[i]->type);
        LLVMTypeRef r = LLVMStructTypeInContext(g->ctx, el, (unsigned)n, false);
        free(el);
        return r;
    }
    default: /* pointers, maps, funcs, nil */
        return g->t_ptr;
    }
}

int64_t gen_sizeof(Gen *g, Type *t)
{
    LLVMTypeRef lt = gen_type(g, t);
    if (lt == g->t_void)
        return 0;
    return (int64_t)LLVMABISizeOfType(g->td, lt);
}

bool gen_is_direct_iface(Type *t)
{
    Type *u = gen_under(t);
    return u->kind == TY_POINTER || u->kind == TY_MAP || u->kind == TY_FUNC;
}

/* ---- names as %T prints them ------------------------------------------------------ */

static void type_name_to(Gen *g, Type *t, StrBuf *sb);

static void tuple_names(Gen *g, Type *tup, StrBuf *sb, bool variadic)
{
    for (int i = 0; tup && i < tup->nfields; i++) {
        if (i)
            sb_puts(sb, ", ");
        Type *ft = tup->fields[i]->type;
        if (variadic && i == tup->nfields - 1) {
            sb_puts(sb, "...");
            ft = gen_under(ft)->elem;
        }
        type_name_to(g, ft, sb);
    }
}

static void type_name_to(Gen *g, Type *t, StrBuf *sb)
{
    if (t->kind == TY_NAMED) {
        if (t->obj && !(t->obj->flags & OBJF_PREDECL))
            sb_puts(sb, "main.");
        sb_puts(sb, t->name ? t->name : t->obj->name);
        return;
    }
    switch (t->kind) {
    case TY_POINTER:
        sb_puts(sb, "*");
        type_name_to(g, t->elem, sb);
        return;
    case TY_SLICE:
        sb_puts(sb, "[]");
        type_name_to(g, t->elem, sb);
        return;
    case TY_ARRAY:
        sb_printf(sb, "[%lld]", (long long)t->len);
        type_name_to(g, t->elem, sb);
        return;
    case TY_MAP:
        sb_puts(sb, "map[");
        type_name_to(g, t->key, sb);
        sb_puts(sb, "]");
        type_name_to(g, t->elem, sb);
        return;
    case TY_INTERFACE:
        if (t->nmethods == 0) {
            sb_puts(sb, "interface {}");
            return;
        }
        sb_puts(sb, type_string(t));
        return;
    case TY_STRUCT:
        if (t->nfields == 0) {
            sb_puts(sb, "struct {}");
            return;
        }
        sb_puts(sb, "struct { ");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                sb_puts(sb, "; ");
            if (!(t->fields[i]->flags & OBJF_EMBEDDED)) {
                sb_puts(sb, t->fields[i]->name);
                sb_puts(sb, " ");
            }
            type_name_to(g, t->fields[i]->type, sb);
        }
        sb_puts(sb, " }");
        return;
    case TY_FUNC: {
        sb_puts(sb, "func(");
        tuple_names(g, t->params, sb, t->variadic);
        sb_puts(sb, ")");
        int nr = t->results ? t->results->nfields : 0;
        if (nr == 1) {
            sb_puts(sb, " ");
            type_name_to(g, t->results->fields[0]->type, sb);
        } else if (nr > 1) {
            sb_puts(sb, " (");
            tuple_names(g, t->results, sb, false);
            sb_puts(sb, ")");
        }
        return;
    }
    default:
        sb_puts(sb, type_string(t));
    }
}

const char *gen_go_type_name(Gen *g, Type *t)
{
    StrBuf sb = {0};
    type_name_to(g, t, &sb);
    char *s = arena_strdup(g->arena, SBS(&sb));
    sb_free(&sb);
    return s;
}

/* ---- descriptors ------------------------------------------------------------------- */

static const char *predeclared_desc(Type *t)
{
    if (t->kind == TY_NAMED)
        return NULL;
    switch (t->kind) {
    case TY_BOOL: return "type.bool";
    case TY_INT: return "type.int";
    case TY_INT8: return "type.int8";
    case TY_INT16: return "type.int16";
    case TY_INT32: return "type.int32";
    case TY_INT64: return "type.int64";
    case TY_UINT: return "type.uint";
    case TY_UINT8: return "type.uint8";
    case TY_UINT16: return "type.uint16";
    case TY_UINT32: return "type.uint32";
    case TY_UINT64: return "type.uint64";
    case TY_UINTPTR: return "type.uintptr";
    case TY_FLOAT32: return "type.float32";
    case TY_FLOAT64: return "type.float64";
    case TY_STRING: return "type.string";
    case TY_INTERFACE: return t->nmethods == 0 ? "type.eface" : NULL;
    default: return NULL;
    }
}

static int go_kind(Type *t)
{
    Type *u = gen_under(t);
    switch (u->kind) {
    case TY_BOOL: return 1;
    case TY_INT: return 2;
    case TY_INT8: return 3;
    case TY_INT16: return 4;
    case TY_INT32: return 5;
    case TY_INT64: return 6;
    case TY_UINT: return 7;
    case TY_UINT8: return 8;
    case TY_UINT16: return 9;
    case TY_UINT32: return 10;
    case TY_UINT64: return 11;
    case TY_UINTPTR: return 12;
    case TY_FLOAT32: return 13;
    case TY_FLOAT64: return 14;
    case TY_ARRAY: return 17;
    case TY_FUNC: return 19 | 0x20;
    case TY_INTERFACE: return 20;
    case TY_MAP: return 21 | 0x20;
    case TY_POINTER: return 22 | 0x20;
    case TY_SLICE: return 23;
    case TY_STRING: return 24;
    case TY_STRUCT: return 25;
    default: return 0;
    }
}

static bool has_pointers(Type *t)
{
    Type *u = gen_under(t);
    switch (u->kind) {
    case TY_STRING: case TY_SLICE: case TY_INTERFACE: case TY_MAP: case TY_POINTER: case TY_FUNC:
        return true;
    case TY_ARRAY:
        return u->len > 0 && has_pointers(u->elem);
    case TY_STRUCT:
        for (int i = 0; i < u->nfields; i++)
            if (has_pointers(u->fields[i]->type))
                return true;
        return false;
    default:
        return false;
    }
}

/* No floats, strings, interfaces (== is not memcmp), and no padding. */
static bool regular_memory(Gen *g, Type *t)
{
    Type *u = gen_under(t);
    switch (u->kind) {
    case TY_FLOAT32: case TY_FLOAT64: case TY_STRING: case TY_INTERFACE: case TY_SLICE: case TY_MAP:
    case TY_FUNC:
        return false;
    case TY_ARRAY:
        return regular_memory(g, u->elem);
    case TY_STRUCT: {
        int64_t sum = 0;
        for (int i = 0; i < u->nfields; i++) {
            if (!regular_memory(g, u->fields[i]->type))
                return false;
            sum += gen_sizeof(g, u->fields[i]->type);
        }
        return sum == gen_sizeof(g, t);
    }
    default:
        return true;
    }
}

static bool contains_kind(Type *t, TypeKind k1, TypeKind k2, TypeKind k3)
{
    Type *u = gen_under(t);
    if (u->kind == k1 || u->kind == k2 || u->kind == k3)
        return true;
    if (u->kind == TY_ARRAY)
        return contains_kind(u->elem, k1, k2, k3);
    if (u->kind == TY_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (contains_kind(u->fields[i]->type, k1, k2, k3))
                return true;
    return false;
}

static LLVMValueRef const_i(LLVMTypeRef t, uint64_t v) { return LLVMConstInt(t, v, false); }

/* A method String() string / Error() string in t's method set, as the
 * wrapper fmt calls with a pointer to a value of t. */
static LLVMValueRef method_wrapper(Gen *g, Type *t, const char *mname)
{
    Type *base = t;
    bool via_ptr = false;
    if (t->kind == TY_POINTER && t->elem->kind == TY_NAMED) {
        base = t->elem;
        via_ptr = true;
    }
    if (base->kind != TY_NAMED)
        return LLVMConstNull(g->t_ptr);
    for (int i = 0; i < base->nmethods; i++) {
        Object *m = base->methods[i];
        if (strcmp(m->name, mname) != 0 || !m->func)
            continue;
        Type *sig = gen_under(m->type);
        if ((sig->params && sig->params->nfields) || !sig->results || sig->results->nfields != 1 ||
            gen_under(sig->results->fields[0]->type)->kind != TY_STRING)
            return LLVMConstNull(g->t_ptr);
        if ((m->flags & OBJF_PTRRECV) && !via_ptr)
            return LLVMConstNull(g->t_ptr);
        return gen_string_method_wrapper(g, m, t, via_ptr);
    }
    return LLVMConstNull(g->t_ptr);
}

static LLVMValueRef fields_array(Gen *g, Type *u, LLVMTypeRef lt, int64_t *n)
{
    *n = u->nfields;
    if (u->nfields == 0)
        return LLVMConstNull(g->t_ptr);
    LLVMValueRef *el = calloc((size_t)u->nfields, sizeof *el);
    for (int i = 0; i < u->nfields; i++) {
        Object *f = u->fields[i];
        const char *nm = f->name;
        LLVMValueRef pad = LLVMConstNull(LLVMArrayType2(g->t_i8, 6));
        LLVMValueRef fv[] = {gen_cstring(g, nm, strlen(nm)), gen_type_desc(g, f->type),
                             const_i(g->t_i64, LLVMOffsetOfElement(g->td, lt, (unsigned)i)),
                             const_i(g->t_i8, (f->flags & OBJF_EMBEDDED) ? 1 : 0),
                             const_i(g->t_i8, nm[0] >= 'A' && nm[0] <= 'Z'), pad};
        el[i] = LLVMConstNamedStruct(g->t_field, fv, 6);
    }
    LLVMValueRef arr = LLVMConstArray2(g->t_field, el, (uint64_t)u->nfields);
    free(el);
    LLVMValueRef gv = LLVMAddGlobal(g->mod, LLVMTypeOf(arr), "type..fields");
    LLVMSetInitializer(gv, arr);
    LLVMSetGlobalConstant(gv, true);
    LLVMSetLinkage(gv, LLVMPrivateLinkage);
    return gv;
}

static LLVMValueRef gotype_value(Gen *g, Type *t, const char *name)
{
    Type *u = gen_under(t);
    LLVMTypeRef lt = gen_type(g, t);
    int64_t size = gen_sizeof(g, t);
    int align = lt == g->t_void ? 1 : (int)LLVMABIAlignmentOfType(g->td, lt);
    int tflag = (t->kind == TY_NAMED ? 1 : 0) | (regular_memory(g, t) ? 2 : 0);
    LLVMValueRef null = LLVMConstNull(g->t_ptr);
    LLVMValueRef elem = null, key = null, fields = null;
    int64_t len = 0, nfields = 0;
    if (u->kind == TY_POINTER || u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_MAP)
        elem = gen_type_desc(g, u->elem);
    if (u->kind == TY_MAP)
        key = gen_type_desc(g, u->key);
    if (u->kind == TY_ARRAY)
        len = u->len;
    if (u->kind == TY_STRUCT)
        fields = fields_array(g, u, lt, &nfields);
    LLVMValueRef v[] = {const_i(g->t_i64, (uint64_t)size), const_i(g->t_i64, has_pointers(t) ? (uint64_t)size : 0),
                        const_i(g->t_i8, (uint64_t)go_kind(t)), const_i(g->t_i8, (uint64_t)align),
                        const_i(g->t_i8, (uint64_t)tflag), LLVMConstNull(LLVMArrayType2(g->t_i8, 5)),
                        null, null, gen_cstring(g, name, strlen(name)), elem, key,
                        const_i(g->t_i64, (uint64_t)len), fields, const_i(g->t_i64, (uint64_t)nfields),
                        method_wrapper(g, t, "String"), method_wrapper(g, t, "Error"), null};
    return LLVMConstNamedStruct(g->t_gotype, v, 17);
}

static LLVMValueRef maptype_value(Gen *g, Type *t, const char *name)
{
    Type *u = gen_under(t);
    int64_t ks = gen_sizeof(g, u->key), es = gen_sizeof(g, u->elem);
    unsigned flags = 0;
    if (ks > 128) {
        ks = 8;
        flags |= 1;
    }
    if (es > 128) {
        es = 8;
        flags |= 2;
    }
    if (!contains_kind(u->key, TY_FLOAT32, TY_FLOAT64, TY_INTERFACE))
        flags |= 4;
    if (contains_kind(u->key, TY_FLOAT32, TY_FLOAT64, TY_STRING) || contains_kind(u->key, TY_INTERFACE, TY_INTERFACE, TY_INTERFACE))
        flags |= 8;
    if (contains_kind(u->key, TY_INTERFACE, TY_INTERFACE, TY_INTERFACE))
        flags |= 16;
    int64_t bucketsize = 8 + 8 * ks + 8 * es + 8;
    LLVMValueRef v[] = {gotype_value(g, t, name), LLVMConstNull(g->t_ptr), const_i(g->t_i8, (uint64_t)ks),
                        const_i(g->t_i8, (uint64_t)es), const_i(g->t_i16, (uint64_t)bucketsize),
                        const_i(g->t_i32, flags)};
    return LLVMConstNamedStruct(g->t_maptype, v, 6);
}

LLVMValueRef gen_type_desc(Gen *g, Type *t)
{
    if (t->kind == TY_NAMED && t->obj && (t->obj->flags & OBJF_PREDECL) && t->underlying &&
        t->underlying->kind == TY_INTERFACE && t->underlying->nmethods == 0)
        t = t->underlying; /* any */
    const char *pre = predeclared_desc(t);
    if (!pre && t->kind == TY_NAMED && t->obj && (t->obj->flags & OBJF_PREDECL) && t->underlying &&
        t->underlying->kind != TY_INTERFACE)
        pre = NULL;
    if (pre) {
        LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, pre);
        if (!gv) {
            gv = LLVMAddGlobal(g->mod, g->t_gotype, pre);
            LLVMSetGlobalConstant(gv, true);
        }
        return gv;
    }
    for (int i = 0; i < g->descs.len; i++)
        if (type_identical(g->descs.items[i].type, t))
            return g->descs.items[i].desc;
    const char *name = gen_go_type_name(g, t);
    bool is_map = gen_under(t)->kind == TY_MAP;
    StrBuf sb = {0};
    sb_printf(&sb, "type.%s", name);
    LLVMValueRef gv = LLVMAddGlobal(g->mod, is_map ? g->t_maptype : g->t_gotype, SBS(&sb));
    sb_free(&sb);
    LLVMSetLinkage(gv, LLVMInternalLinkage);
    LLVMSetGlobalConstant(gv, true);
    LLVMSetAlignment(gv, 8);
    TypeDesc d = {t, gv};
    vec_push(g->arena, &g->descs, d);
    LLVMSetInitializer(gv, is_map ? maptype_value(g, t, name) : gotype_value(g, t, name));
    return gv;
}
