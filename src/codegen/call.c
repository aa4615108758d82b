/*
 * call.c — calls: Go functions and methods, func values (closures, method
 * values), the runtime with its C signatures (runtime/minigort.h), fmt /
 * strconv / os, builtins inside defer, and `defer` / `go` themselves.
 *
 * One core (call_core) emits a call from LLVM argument values plus the SSA
 * value that names the callee, so the same code serves a direct call, the
 * thunk that runs a deferred call (arguments evaluated at the defer
 * statement and kept in a record: thunk(record) unpacks and calls), and a
 * `go` statement (run synchronously: minigo has one goroutine).
 */
#include <string.h>

#include "gen.h"

/* ---- runtime calls ---------------------------------------------------------------------------- */

static bool is_noreturn(const char *name)
{
    return strncmp(name, "runtime.panic", 13) == 0 || strcmp(name, "runtime.gopanic") == 0 ||
           strcmp(name, "os.Exit") == 0 || strcmp(name, "runtime.fatal") == 0;
}

LLVMValueRef gen_call_fn(FnGen *fg, LLVMValueRef callee, LLVMTypeRef fty, LLVMValueRef *args, int n)
{
    return LLVMBuildCall2(fg->b, fty, callee, args, (unsigned)n, "");
}

LLVMValueRef gen_rt(FnGen *fg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int n)
{
    Gen *g = fg->g;
    LLVMValueRef f = LLVMGetNamedFunction(g->mod, name);
    LLVMTypeRef fty;
    if (f)
        fty = LLVMGlobalGetValueType(f);
    else {
        LLVMTypeRef ps[16];
        for (int i = 0; i < n && i < 16; i++)
            ps[i] = LLVMTypeOf(args[i]);
        fty = LLVMFunctionType(ret, ps, (unsigned)n, false);
        f = gen_rt_decl(g, name, fty);
        if (is_noreturn(name))
            LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex,
                                    LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("noreturn", 8), 0));
    }
    return LLVMBuildCall2(fg->b, fty, f, args, (unsigned)n, "");
}

/* Call results as Go values. */
typedef struct Res {
    LLVMValueRef v[8];
    int n;
} Res;

static void res1(Res *r, LLVMValueRef x)
{
    r->v[0] = x;
    r->n = 1;
}

/* Appends x to out, split into scalars when it is a string or an `any`. */
static int flat(FnGen *fg, LLVMValueRef x, LLVMValueRef *out)
{
    LLVMTypeRef t = LLVMTypeOf(x);
    if (t == fg->g->t_str || t == fg->g->t_iface) {
        out[0] = LLVMBuildExtractValue(fg->b, x, 0, "");
        out[1] = LLVMBuildExtractValue(fg->b, x, 1, "");
        return 2;
    }
    if (t == fg->g->t_slice) { /* (ptr, len) */
        out[0] = LLVMBuildExtractValue(fg->b, x, 0, "");
        out[1] = LLVMBuildExtractValue(fg->b, x, 1, "");
        return 2;
    }
    out[0] = x;
    return 1;
}

static LLVMValueRef spill(FnGen *fg, LLVMValueRef x)
{
    LLVMValueRef p = fg_alloca(fg, LLVMTypeOf(x), "tmp");
    LLVMBuildStore(fg->b, x, p);
    return p;
}

static LLVMValueRef coerce_int(FnGen *fg, LLVMValueRef x, LLVMTypeRef want)
{
    LLVMTypeRef t = LLVMTypeOf(x);
    if (t == want)
        return x;
    if (LLVMGetTypeKind(t) == LLVMPointerTypeKind)
        return LLVMBuildPtrToInt(fg->b, x, want, "");
    if (LLVMGetTypeKind(t) == LLVMFloatTypeKind || LLVMGetTypeKind(t) == LLVMDoubleTypeKind)
        return LLVMBuildBitCast(fg->b, x, LLVMIntTypeInContext(fg->g->ctx, LLVMGetTypeKind(t) == LLVMFloatTypeKind ? 32 : 64), "");
    if (LLVMGetTypeKind(t) == LLVMIntegerTypeKind) {
        unsigned w = LLVMGetIntTypeWidth(t), ww = LLVMGetIntTypeWidth(want);
        return w > ww ? LLVMBuildTrunc(fg->b, x, want, "") : LLVMBuildZExt(fg->b, x, want, "");
    }
    /* a small struct or array key of regular memory: through memory */
    LLVMValueRef p = spill(fg, x);
    return LLVMBuildLoad2(fg->b, want, p, "");
}

static LLVMValueRef map_stack(FnGen *fg, Type *mt, LLVMValueRef hint, bool small, Pos pos)
{
    Gen *g = fg->g;
    LLVMValueRef t = gen_type_desc(g, mt);
    LLVMValueRef h = gen_tag_alloc(fg, fg_alloca(fg, LLVMArrayType2(g->t_i64, 6), "hmap"), "alloc", pos);
    if (small) {
        Type *u = gen_under(mt);
        int64_t ks = gen_sizeof(g, u->key), es = gen_sizeof(g, u->elem);
        ks = ks > 128 ? 8 : ks;
        es = es > 128 ? 8 : es;
        int64_t bs = 8 + 8 * ks + 8 * es + 8;
        LLVMValueRef bucket = fg_alloca(fg, LLVMArrayType2(g->t_i64, (uint64_t)(bs + 7) / 8), "bucket");
        LLVMValueRef a[] = {t, h, bucket};
        return gen_rt(fg, "runtime.makemap_stack", g->t_ptr, a, 3);
    }
    fg_zero(fg, h, 48);
    LLVMValueRef a[] = {t, hint, h};
    /* the hmap is on the stack; its buckets come from the heap, as in gc */
    return gen_tag_alloc(fg, gen_rt(fg, "runtime.makemap", g->t_ptr, a, 3), "design", pos);
}

/* -verify-escape: p is the memory of v's allocation site (verify_escape.c). */
static LLVMValueRef tag_site(FnGen *fg, LLVMValueRef p, Value *v)
{
    return v->node ? gen_tag_alloc(fg, p, "alloc", v->node->pos) : p;
}

static bool const_small_hint(Value *hint)
{
    return hint && hint->op == OpConstInt && hint->auxint <= 8;
}

/* A call of runtime entry point rt. a: argument values (no mem); sa: the
 * SSA arguments when known (for escape decisions and constants). */
static void call_runtime(FnGen *fg, Value *v, const RuntimeFn *rt, LLVMValueRef *a, Value **sa, int n, Res *res)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    LLVMValueRef args[16];
    int k = 0;
    const char *name = rt->name;
    switch (rt->id) {
    case RT_newobject: {
        Type *t = sa && sa[0]->op == OpTypeAddr ? sa[0]->aux.type : gen_under(v->type)->elem;
        if (!fg_on_heap(fg, v->node)) {
            LLVMTypeRef lt = gen_type(g, t);
            LLVMValueRef p = fg_alloca(fg, lt == g->t_void ? g->t_i8 : lt, "new");
            fg_zero(fg, p, gen_sizeof(g, t));
            res1(res, tag_site(fg, p, v));
        } else
            res1(res, tag_site(fg, fg_heap_alloc(fg, t), v));
        return;
    }
    case RT_makemap_small:
        if (!fg_on_heap(fg, v->node))
            res1(res, map_stack(fg, v->type, NULL, true, v->node ? v->node->pos : v->pos));
        else
            res1(res, tag_site(fg, gen_rt(fg, name, g->t_ptr, NULL, 0), v));
        return;
    case RT_makemap: {
        LLVMValueRef hint = gen_to_i64(fg, a[1], sa ? sa[1]->type : NULL);
        if (!fg_on_heap(fg, v->node))
            res1(res, map_stack(fg, v->type, hint, sa && const_small_hint(sa[1]), v->node ? v->node->pos : v->pos));
        else {
            LLVMValueRef x[] = {a[0], hint, LLVMConstNull(g->t_ptr)};
            res1(res, tag_site(fg, gen_rt(fg, name, g->t_ptr, x, 3), v));
        }
        return;
    }
    case RT_makeslice: {
        /* make([]T, n, c) that does not escape, with a constant size of at
         * most 64 KiB: the array is an alloca, as gc does */
        Type *et = sa && sa[0]->op == OpTypeAddr ? sa[0]->aux.type : NULL;
        Value *capv = sa ? sa[2] : NULL;
        if (et && capv && capv->op == OpConstInt && capv->auxint >= 0 && !fg_on_heap(fg, v->node) &&
            sa[1]->op == OpConstInt && sa[1]->auxint >= 0 && sa[1]->auxint <= capv->auxint &&
            capv->auxint * gen_sizeof(g, et) <= 65536) {
            LLVMTypeRef lt = gen_type(g, et);
            LLVMTypeRef at = LLVMArrayType2(lt == g->t_void ? g->t_i8 : lt, (uint64_t)capv->auxint);
            LLVMValueRef p = fg_alloca(fg, at, "makeslice");
            fg_zero(fg, p, (int64_t)LLVMABISizeOfType(g->td, at));
            res1(res, tag_site(fg, p, v));
            return;
        }
        LLVMValueRef x[] = {a[0], gen_to_i64(fg, a[1], sa ? sa[1]->type : NULL), gen_to_i64(fg, a[2], sa ? sa[2]->type : NULL)};
        res1(res, tag_site(fg, gen_rt(fg, name, g->t_ptr, x, 3), v));
        return;
    }
    case RT_growslice: {
        LLVMValueRef s = spill(fg, a[1]);
        LLVMValueRef x[] = {a[0], s, gen_to_i64(fg, a[2], sa ? sa[2]->type : NULL)};
        gen_rt(fg, name, g->t_void, x, 3);
        res1(res, LLVMBuildLoad2(b, g->t_slice, s, ""));
        return;
    }
    case RT_stringtoslicebyte: case RT_stringtoslicerune: {
        LLVMValueRef out = fg_alloca(fg, g->t_slice, "conv");
        args[k++] = out;
        k += flat(fg, a[0], args + k);
        tag_site(fg, gen_rt(fg, name, g->t_void, args, k), v);
        res1(res, LLVMBuildLoad2(b, g->t_slice, out, ""));
        return;
    }
    case RT_concatstrings: {
        if (n == 2) {
            k += flat(fg, a[0], args + k);
            k += flat(fg, a[1], args + k);
            res1(res, tag_site(fg, gen_rt(fg, "runtime.concatstring2", g->t_str, args, k), v));
            return;
        }
        LLVMTypeRef at = LLVMArrayType2(g->t_str, (uint64_t)n);
        LLVMValueRef parts = fg_alloca(fg, at, "parts");
        for (int i = 0; i < n; i++) {
            LLVMValueRef idx[] = {LLVMConstInt(g->t_i64, 0, false), LLVMConstInt(g->t_i64, (uint64_t)i, false)};
            LLVMBuildStore(b, a[i], LLVMBuildInBoundsGEP2(b, at, parts, idx, 2, ""));
        }
        LLVMValueRef x[] = {LLVMConstInt(g->t_i64, (uint64_t)n, false), parts};
        res1(res, tag_site(fg, gen_rt(fg, name, g->t_str, x, 2), v));
        return;
    }
    case RT_decoderune: {
        k += flat(fg, a[0], args + k);
        args[k++] = gen_to_i64(fg, a[1], sa ? sa[1]->type : NULL);
        LLVMTypeRef pr[] = {g->t_i64, g->t_i64};
        LLVMValueRef r = gen_rt(fg, name, LLVMStructTypeInContext(g->ctx, pr, 2, false), args, k);
        res->v[0] = LLVMBuildTrunc(b, LLVMBuildExtractValue(b, r, 0, ""), g->t_i32, "");
        res->v[1] = LLVMBuildExtractValue(b, r, 1, "");
        res->n = 2;
        return;
    }
    case RT_printslice:
        args[k++] = spill(fg, a[0]);
        gen_rt(fg, name, g->t_void, args, k);
        res->n = 0;
        return;
    case RT_gorecover: {
        /* self: only the function a panic's deferred call runs directly recovers */
        args[k++] = fg->frame ? fg->frame : LLVMConstNull(g->t_ptr);
        args[k++] = fg->fn;
        res1(res, gen_rt(fg, name, g->t_iface, args, k));
        return;
    }
    case RT_deferreturn:
        args[k++] = fg->frame ? fg->frame : LLVMConstNull(g->t_ptr);
        gen_rt(fg, name, g->t_void, args, k);
        res->n = 0;
        return;
    case RT_panicdottypeE:
        for (int i = 0; i < n; i++)
            args[k++] = LLVMTypeOf(a[i]) == g->t_iface ? LLVMBuildExtractValue(b, a[i], 0, "") : a[i];
        gen_rt(fg, name, g->t_void, args, k);
        res->n = 0;
        return;
    default:
        break;
    }
    /* the regular shapes: strings and any split, ints widened to i64 except
     * the fast32/fast64 keys, slices as (ptr, len) */
    bool fast32 = strstr(name, "_fast32") != NULL, fast64 = strstr(name, "_fast64") != NULL;
    bool ptrkey = strstr(name, "_fast64ptr") != NULL;
    for (int i = 0; i < n && k < 14; i++) {
        LLVMValueRef x = a[i];
        LLVMTypeRef t = LLVMTypeOf(x);
        if (i == 2 && (fast32 || fast64)) {
            args[k++] = ptrkey ? x : coerce_int(fg, x, fast32 ? g->t_i32 : g->t_i64);
            continue;
        }
        if (LLVMGetTypeKind(t) == LLVMIntegerTypeKind && t != g->t_i1)
            x = gen_to_i64(fg, x, sa ? sa[i]->type : NULL);
        if (t == g->t_f32)
            x = LLVMBuildFPExt(b, x, g->t_f64, "");
        k += flat(fg, x, args + k);
    }
    LLVMTypeRef ret = g->t_void;
    bool access2 = strncmp(name, "runtime.mapaccess2", 18) == 0;
    if (strncmp(name, "runtime.mapaccess1", 18) == 0 || strncmp(name, "runtime.mapassign", 17) == 0 ||
        rt->id == RT_makeslice)
        ret = g->t_ptr;
    else if (access2) {
        LLVMTypeRef pr[] = {g->t_ptr, g->t_i64};
        ret = LLVMStructTypeInContext(g->ctx, pr, 2, false);
    } else if (rt->id == RT_slicebytetostring || rt->id == RT_slicerunetostring || rt->id == RT_intstring ||
               rt->id == RT_concatstring2)
        ret = g->t_str;
    else if (rt->id == RT_cmpstring)
        ret = g->t_i64;
    else if (rt->id == RT_strequal || rt->id == RT_efaceeq)
        ret = g->t_i1;
    LLVMValueRef r = gen_rt(fg, name, ret, args, k);
    if (rt->id == RT_slicebytetostring || rt->id == RT_slicerunetostring || rt->id == RT_intstring ||
        rt->id == RT_concatstring2)
        tag_site(fg, r, v); /* heap by design (verify_escape.c) */
    if (gen_is_fast_map_call(rt))
        gen_mark_noalias_user(g, r);
    if (is_noreturn(name)) {
        res->n = 0;
        return;
    }
    if (access2) {
        res->v[0] = LLVMBuildExtractValue(b, r, 0, "");
        res->v[1] = LLVMBuildTrunc(b, LLVMBuildExtractValue(b, r, 1, ""), g->t_i1, "");
        res->n = 2;
        return;
    }
    if (ret == g->t_void)
        res->n = 0;
    else
        res1(res, r);
}

/* ---- fmt, strconv, os --------------------------------------------------------------------------- */

static void call_imported(FnGen *fg, Object *o, LLVMValueRef *a, int n, Res *res)
{
    Gen *g = fg->g;
    LLVMValueRef args[8];
    int k = 0;
    for (int i = 0; i < n && k < 6; i++)
        k += flat(fg, LLVMTypeOf(a[i]) == g->t_i1 ? a[i] : gen_to_i64(fg, a[i], NULL), args + k);
    StrBuf sb = {0};
    sb_printf(&sb, "%s.%s", o->pkgpath, o->name);
    const char *name = SBS(&sb);
    switch (o->id) {
    case PM_FMT_PRINTLN: case PM_FMT_PRINT: case PM_FMT_PRINTF:
        res->v[0] = gen_rt(fg, name, g->t_i64, args, k);
        res->v[1] = LLVMConstNull(g->t_iface);
        res->n = 2;
        break;
    case PM_FMT_SPRINTF: case PM_FMT_SPRINT: case PM_FMT_SPRINTLN: case PM_STRCONV_ITOA:
        res1(res, gen_rt(fg, name, g->t_str, args, k));
        break;
    case PM_OS_EXIT:
        gen_rt(fg, name, g->t_void, args, k);
        res->n = 0;
        break;
    default:
        res->n = 0;
        break;
    }
    sb_free(&sb);
}

/* ---- builtins in defer / go ------------------------------------------------------------------------ */

static void print_one(FnGen *fg, LLVMValueRef x, Type *t)
{
    Gen *g = fg->g;
    Type *u = gen_under(t);
    LLVMValueRef args[2];
    int k = 0;
    const char *fn;
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL:
        fn = "runtime.printbool";
        args[k++] = x;
        break;
    case TY_FLOAT32: case TY_FLOAT64: case TY_UNTYPED_FLOAT:
        fn = "runtime.printfloat";
        args[k++] = u->kind == TY_FLOAT32 ? LLVMBuildFPExt(fg->b, x, g->t_f64, "") : x;
        break;
    case TY_STRING: case TY_UNTYPED_STRING:
        fn = "runtime.printstring";
        k += flat(fg, x, args);
        break;
    case TY_INTERFACE:
        fn = "runtime.printeface";
        k += flat(fg, x, args);
        break;
    case TY_SLICE:
        fn = "runtime.printslice";
        args[k++] = spill(fg, x);
        break;
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_UNTYPED_NIL:
        fn = "runtime.printpointer";
        args[k++] = x;
        break;
    default:
        if (type_is_unsigned(t)) {
            fn = "runtime.printuint";
            args[k++] = LLVMBuildZExt(fg->b, x, g->t_i64, "");
            if (LLVMTypeOf(x) == g->t_i64)
                args[0] = x;
        } else {
            fn = "runtime.printint";
            args[k++] = gen_to_i64(fg, x, t);
        }
    }
    gen_rt(fg, fn, g->t_void, args, k);
}

static void call_builtin(FnGen *fg, Object *o, LLVMValueRef *a, Type **at, int n, Res *res)
{
    Gen *g = fg->g;
    res->n = 0;
    switch (o->id) {
    case BI_PRINT: case BI_PRINTLN:
        gen_rt(fg, "runtime.printlock", g->t_void, NULL, 0);
        for (int i = 0; i < n; i++) {
            if (i > 0 && o->id == BI_PRINTLN)
                gen_rt(fg, "runtime.printsp", g->t_void, NULL, 0);
            print_one(fg, a[i], at[i]);
        }
        if (o->id == BI_PRINTLN)
            gen_rt(fg, "runtime.printnl", g->t_void, NULL, 0);
        gen_rt(fg, "runtime.printunlock", g->t_void, NULL, 0);
        break;
    case BI_PANIC: {
        LLVMValueRef e = n > 0 ? gen_make_iface(fg, a[0], at[0], NULL) : LLVMConstNull(g->t_iface);
        LLVMValueRef args[2];
        int k = flat(fg, e, args);
        gen_rt(fg, "runtime.gopanic", g->t_void, args, k);
        break;
    }
    case BI_RECOVER: { /* `defer recover()`: not called by a deferred function, so nil (as gc) */
        LLVMValueRef fr[] = {LLVMConstNull(g->t_ptr), LLVMConstNull(g->t_ptr)};
        gen_rt(fg, "runtime.gorecover", g->t_iface, fr, 2);
        break;
    }
    default:
        break;
    }
}

/* ---- Go calls ------------------------------------------------------------------------------------- */

static void split_results(FnGen *fg, LLVMValueRef call, Type *results, Res *res)
{
    int n = results ? results->nfields : 0;
    res->n = n;
    if (n == 1)
        res->v[0] = call;
    else
        for (int i = 0; i < n && i < 8; i++)
            res->v[i] = LLVMBuildExtractValue(fg->b, call, (unsigned)i, "");
}

static void call_closure(FnGen *fg, LLVMValueRef fv, Type *ft, LLVMValueRef *a, int n, Res *res)
{
    Gen *g = fg->g;
    Type *sig = gen_under(ft);
    fg_nil_check(fg, fv);
    LLVMValueRef code = LLVMBuildLoad2(fg->b, g->t_ptr, fv, "code");
    LLVMValueRef *args = calloc((size_t)n + 1, sizeof *args);
    args[0] = fv;
    for (int i = 0; i < n; i++)
        args[i + 1] = a[i];
    LLVMTypeRef fty = gen_func_type(g, sig);
    LLVMValueRef call = LLVMBuildCall2(fg->b, fty, code, args, (unsigned)n + 1, "");
    free(args);
    split_results(fg, call, sig->results, res);
}

static void call_func(FnGen *fg, Func *fn, LLVMValueRef *a, int n, Res *res)
{
    Gen *g = fg->g;
    LLVMValueRef f = gen_func_decl(g, fn);
    LLVMValueRef *args = calloc((size_t)n + 1, sizeof *args);
    args[0] = LLVMConstNull(g->t_ptr);
    for (int i = 0; i < n; i++)
        args[i + 1] = a[i];
    LLVMValueRef call = LLVMBuildCall2(fg->b, LLVMGlobalGetValueType(f), f, args, (unsigned)n + 1, "");
    free(args);
    split_results(fg, call, gen_under(fn->sig)->results, res);
}

/* x.Error() / x.String() on an interface: through the descriptor's wrapper,
 * which takes a pointer to the value. */
static void call_iface(FnGen *fg, Object *m, LLVMValueRef x, Res *res)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    LLVMValueRef typ = LLVMBuildExtractValue(b, x, 0, ""), data = LLVMBuildExtractValue(b, x, 1, "");
    fg_nil_check(fg, typ);
    unsigned field = m && strcmp(m->name, "String") == 0 ? 14 : 15;
    LLVMValueRef fp = LLVMBuildLoad2(b, g->t_ptr, LLVMBuildStructGEP2(b, g->t_gotype, typ, field, ""), "");
    LLVMValueRef kind = LLVMBuildLoad2(b, g->t_i8, LLVMBuildStructGEP2(b, g->t_gotype, typ, 2, ""), "");
    LLVMValueRef direct = LLVMBuildICmp(b, LLVMIntNE, LLVMBuildAnd(b, kind, LLVMConstInt(g->t_i8, 0x20, false), ""),
                                        LLVMConstInt(g->t_i8, 0, false), "");
    LLVMValueRef tmp = spill(fg, data);
    LLVMValueRef p = LLVMBuildSelect(b, direct, tmp, data, "");
    LLVMTypeRef pt = g->t_ptr;
    LLVMValueRef call = LLVMBuildCall2(b, LLVMFunctionType(g->t_str, &pt, 1, false), fp, &p, 1, "");
    res1(res, call);
}

/* The core: v names the callee (op, aux, rt); a/at are the arguments. */
static void call_core(FnGen *fg, Value *v, Op kind, LLVMValueRef *a, Type **at, Value **sa, int n, Res *res)
{
    res->n = 0;
    if (kind == OpClosureCall) {
        call_closure(fg, a[0], at[0], a + 1, n - 1, res);
        return;
    }
    if (kind == OpIfaceCall) {
        call_iface(fg, v->aux.obj, a[0], res);
        return;
    }
    if (v->rt) {
        call_runtime(fg, v, v->rt, a, sa, n, res);
        return;
    }
    Object *o = v->aux.obj;
    if (!o)
        return;
    if (o->kind == OBJ_BUILTIN)
        call_builtin(fg, o, a, at, n, res);
    else if (o->flags & OBJF_IMPORTED)
        call_imported(fg, o, a, n, res);
    else if (o->func)
        call_func(fg, o->func, a, n, res);
}

static void set_results(FnGen *fg, Value *v, Res *res)
{
    Gen *g = fg->g;
    if (ssa_is_tuple(v->type)) {
        int tn = ssa_tuple_len(v->type);
        LLVMValueRef *t = calloc((size_t)tn + 1, sizeof *t);
        int k = 0;
        for (int i = 0; i < tn; i++) {
            Type *et = ssa_tuple_elem(v->type, i);
            if (gen_is_mem(g, et))
                continue;
            t[i] = k < res->n ? res->v[k] : LLVMConstNull(gen_type(g, et));
            k++;
        }
        fg->tuples[v->id] = t;
    } else if (!gen_is_mem(g, v->type)) {
        fg->vals[v->id] = res->n > 0 ? res->v[0] : LLVMGetUndef(gen_type(g, v->type));
    }
}

/* ---- defer and go ------------------------------------------------------------------------------------ */

/* A slice argument of a deferred call whose backing array is on this
 * frame's stack (the `...` slice of defer fmt.Println(x) in a loop, which
 * gc builds only when the deferred call runs) gets its own heap copy. */
static LLVMValueRef defer_own_slice(FnGen *fg, LLVMValueRef s)
{
    Gen *g = fg->g;
    if (LLVMTypeOf(s) != g->t_slice || !LLVMIsAInsertValueInst(s))
        return s;
    LLVMValueRef p = s;
    while (p && LLVMIsAInsertValueInst(p) && LLVMGetNumOperands(p) >= 2) {
        unsigned nidx = LLVMGetNumIndices(p);
        const unsigned *idx = LLVMGetIndices(p);
        if (nidx == 1 && idx[0] == 0) {
            p = LLVMGetOperand(p, 1);
            break;
        }
        p = LLVMGetOperand(p, 0);
    }
    if (!p || !LLVMIsAAllocaInst(p))
        return s;
    LLVMTypeRef at = LLVMGetAllocatedType(p);
    LLVMValueRef size = LLVMConstInt(g->t_i64, LLVMABISizeOfType(g->td, at), false);
    LLVMValueRef copy = gen_tag_alloc(fg, gen_rt(fg, "runtime.newobject", g->t_ptr, &size, 1), "design", (Pos){0});
    LLVMBuildMemCpy(fg->b, copy, 8, p, 8, size);
    return LLVMBuildInsertValue(fg->b, s, copy, 0, "");
}

/* A wrapper between a panic's deferred call and the Go function it runs
 * (defer thunk, method value, pointer receiver) hands recover's right on:
 * see gorecover in runtime/minigort.h. Only a callee that calls recover
 * needs it, so other wrappers (method values called in loops) pay nothing. */
static void forward_recover(FnGen *tg, LLVMValueRef self, Func *callee)
{
    if (!callee || !callee->has_recover)
        return;
    LLVMValueRef args[] = {self, gen_func_decl(tg->g, callee)};
    gen_rt(tg, "runtime.deferwrap_forward", tg->g->t_void, args, 2);
}

static void forward_defer(FnGen *tg, LLVMValueRef thunk, Value *v, Op kind, LLVMValueRef *ta, int n)
{
    if (kind == OpClosureCall && n > 0) {
        LLVMValueRef args[] = {thunk, ta[0]};
        gen_rt(tg, "runtime.deferwrap_forward_closure", tg->g->t_void, args, 2);
        return;
    }
    Object *o = v->aux.obj;
    if (kind == OpStaticCall && !v->rt && o && o->kind != OBJ_BUILTIN && !(o->flags & OBJF_IMPORTED) && o->func)
        forward_recover(tg, thunk, o->func);
}

static void gen_defer(FnGen *fg, Value *v, LLVMValueRef *a, Type **at, int n)
{
    Gen *g = fg->g;
    Op kind = v->rt || v->aux.obj ? OpStaticCall : OpClosureCall;
    if (v->op == OpGo) { /* one goroutine: run it now */
        Res res;
        call_core(fg, v, kind, a, at, NULL, n, &res);
        return;
    }
    LLVMTypeRef *ft = calloc((size_t)n + 1, sizeof *ft);
    for (int i = 0; i < n; i++)
        ft[i] = LLVMTypeOf(a[i]);
    LLVMTypeRef rec = LLVMStructTypeInContext(g->ctx, ft, (unsigned)n, false);
    free(ft);
    LLVMValueRef recp = LLVMConstNull(g->t_ptr);
    for (int i = 0; i < n; i++)
        a[i] = defer_own_slice(fg, a[i]);
    if (n > 0) {
        int64_t size = (int64_t)LLVMABISizeOfType(g->td, rec);
        LLVMValueRef sz = LLVMConstInt(g->t_i64, (uint64_t)size, false);
        recp = gen_tag_alloc(fg, gen_rt(fg, "runtime.newobject", g->t_ptr, &sz, 1), "design", v->pos);
        for (int i = 0; i < n; i++)
            LLVMBuildStore(fg->b, a[i], LLVMBuildStructGEP2(fg->b, rec, recp, (unsigned)i, ""));
    }
    /* the thunk */
    char name[64];
    snprintf(name, sizeof name, "%s.deferwrap%d", LLVMGetValueName(fg->fn), ++g->nthunks);
    LLVMTypeRef pt = g->t_ptr;
    LLVMValueRef thunk = LLVMAddFunction(g->mod, name, LLVMFunctionType(g->t_void, &pt, 1, false));
    LLVMSetLinkage(thunk, LLVMInternalLinkage);
    FnGen *tg = fg_thunk_begin(g, thunk);
    LLVMValueRef *ta = calloc((size_t)n + 1, sizeof *ta);
    for (int i = 0; i < n; i++)
        ta[i] = LLVMBuildLoad2(tg->b, LLVMStructGetTypeAtIndex(rec, (unsigned)i),
                               LLVMBuildStructGEP2(tg->b, rec, tg->ctxp, (unsigned)i, ""), "");
    forward_defer(tg, thunk, v, kind, ta, n);
    Res res;
    call_core(tg, v, kind, ta, at, NULL, n, &res);
    LLVMBuildRetVoid(tg->b);
    free(ta);
    fg_thunk_end(tg);
    LLVMValueRef args[] = {fg->frame ? fg->frame : LLVMConstNull(g->t_ptr), thunk, recp};
    gen_rt(fg, "runtime.deferproc", g->t_void, args, 3);
}

void gen_call(FnGen *fg, Value *v)
{
    Gen *g = fg->g;
    int n = 0;
    LLVMValueRef *a = calloc((size_t)v->nargs + 1, sizeof *a);
    Type **at = calloc((size_t)v->nargs + 1, sizeof *at);
    Value **sa = calloc((size_t)v->nargs + 1, sizeof *sa);
    for (int i = 0; i < v->nargs; i++) {
        Value *x = v->args[i];
        if (gen_is_mem(g, x->type))
            continue;
        a[n] = fg_val(fg, x);
        at[n] = x->type;
        sa[n] = x;
        if (!a[n]) /* a zero-sized value */
            a[n] = LLVMConstNull(LLVMStructTypeInContext(g->ctx, NULL, 0, false));
        n++;
    }
    if (v->op == OpDefer || v->op == OpGo) {
        gen_defer(fg, v, a, at, n);
    } else {
        Res res;
        call_core(fg, v, v->op, a, at, sa, n, &res);
        set_results(fg, v, &res);
    }
    free(a);
    free(at);
    free(sa);
}

/* ---- func values ---------------------------------------------------------------------------------- */

LLVMValueRef gen_closure_value(FnGen *fg, Value *v)
{
    Gen *g = fg->g;
    LLVMTypeRef rec = gen_closure_record(g, v->aux.fn);
    int64_t size = (int64_t)LLVMABISizeOfType(g->td, rec);
    LLVMValueRef p;
    if (fg_on_heap(fg, v->node)) {
        LLVMValueRef sz = LLVMConstInt(g->t_i64, (uint64_t)size, false);
        p = gen_rt(fg, "runtime.newobject", g->t_ptr, &sz, 1);
    } else
        p = fg_alloca(fg, rec, "closure");
    tag_site(fg, p, v);
    LLVMBuildStore(fg->b, gen_func_decl(g, v->aux.fn), LLVMBuildStructGEP2(fg->b, rec, p, 0, ""));
    for (int i = 0; i < v->nargs; i++) {
        LLVMValueRef x = fg_val(fg, v->args[i]);
        if (x)
            LLVMBuildStore(fg->b, x, LLVMBuildStructGEP2(fg->b, rec, p, (unsigned)i + 1, ""));
    }
    return p;
}

/* main.(*T).m for a value method m: the receiver arrives as *T. */
LLVMValueRef gen_func_addr(FnGen *fg, Object *f, Type *ft)
{
    Gen *g = fg->g;
    Type *fu = gen_under(ft);
    bool deref = (f->flags & OBJF_METHOD) && !(f->flags & OBJF_PTRRECV) && fu->kind == TY_FUNC && fu->params &&
                 fu->params->nfields > 0 && gen_under(fu->params->fields[0]->type)->kind == TY_POINTER &&
                 gen_under(gen_under(f->func->sig)->recv->type)->kind != TY_POINTER;
    if (!deref)
        return gen_func_value(g, f->func);
    const char *mname = gen_func_name(g, f->func); /* main.T.m */
    StrBuf sb = {0};
    const char *dot = strchr(mname + 5, '.');
    sb_printf(&sb, "main.(*%.*s)%s", dot ? (int)(dot - mname - 5) : 0, mname + 5, dot ? dot : "");
    LLVMValueRef w = LLVMGetNamedFunction(g->mod, SBS(&sb));
    if (!w) {
        w = LLVMAddFunction(g->mod, SBS(&sb), gen_func_type(g, ft));
        LLVMSetLinkage(w, LLVMInternalLinkage);
        FnGen *tg = fg_thunk_begin(g, w);
        unsigned np = LLVMCountParams(w);
        LLVMValueRef *args = calloc(np, sizeof *args);
        args[0] = LLVMConstNull(g->t_ptr);
        Type *recvt = gen_under(f->func->sig)->recv->type;
        LLVMValueRef p = LLVMGetParam(w, 1);
        fg_nil_check(tg, p);
        args[1] = LLVMBuildLoad2(tg->b, gen_type(g, recvt), p, "");
        for (unsigned i = 2; i < np; i++)
            args[i] = LLVMGetParam(w, i);
        LLVMValueRef m = gen_func_decl(g, f->func);
        forward_recover(tg, w, f->func);
        LLVMValueRef call = LLVMBuildCall2(tg->b, LLVMGlobalGetValueType(m), m, args, np, "");
        if (LLVMGetReturnType(LLVMGlobalGetValueType(w)) == g->t_void)
            LLVMBuildRetVoid(tg->b);
        else
            LLVMBuildRet(tg->b, call);
        free(args);
        fg_thunk_end(tg);
    }
    sb_puts(&sb, "\xc2\xb7" "f");
    LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, SBS(&sb));
    if (!gv) {
        LLVMValueRef init = LLVMConstStructInContext(g->ctx, &w, 1, false);
        gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), SBS(&sb));
        LLVMSetInitializer(gv, init);
        LLVMSetGlobalConstant(gv, true);
        LLVMSetLinkage(gv, LLVMInternalLinkage);
    }
    sb_free(&sb);
    return gv;
}

/* main.T.m-fm: the code of a method value, the receiver in its record. */
static LLVMValueRef method_value_code(Gen *g, Object *m, LLVMTypeRef rec)
{
    Func *fn = m->func;
    StrBuf sb = {0};
    sb_printf(&sb, "%s-fm", gen_func_name(g, fn));
    LLVMValueRef w = LLVMGetNamedFunction(g->mod, SBS(&sb));
    if (w) {
        sb_free(&sb);
        return w;
    }
    Type *sig = gen_under(fn->sig);
    Type *norecv = sig->norecv ? sig->norecv : sig;
    LLVMTypeRef wt = gen_func_type(g, norecv);
    if (sig->norecv == NULL) {
        /* build the type without the receiver by hand */
        int np = sig->params ? sig->params->nfields : 0;
        LLVMTypeRef *ps = calloc((size_t)np + 1, sizeof *ps);
        ps[0] = g->t_ptr;
        for (int i = 0; i < np; i++)
            ps[i + 1] = gen_type(g, sig->params->fields[i]->type);
        wt = LLVMFunctionType(gen_results_type(g, sig->results), ps, (unsigned)np + 1, false);
        free(ps);
    }
    w = LLVMAddFunction(g->mod, SBS(&sb), wt);
    sb_free(&sb);
    LLVMSetLinkage(w, LLVMInternalLinkage);
    FnGen *tg = fg_thunk_begin(g, w);
    unsigned np = LLVMCountParams(w);
    LLVMValueRef *args = calloc(np + 1, sizeof *args);
    args[0] = LLVMConstNull(g->t_ptr);
    args[1] = LLVMBuildLoad2(tg->b, LLVMStructGetTypeAtIndex(rec, 1), LLVMBuildStructGEP2(tg->b, rec, tg->ctxp, 1, ""), "recv");
    for (unsigned i = 1; i < np; i++)
        args[i + 1] = LLVMGetParam(w, i);
    LLVMValueRef f = gen_func_decl(g, fn);
    forward_recover(tg, w, fn);
    LLVMValueRef call = LLVMBuildCall2(tg->b, LLVMGlobalGetValueType(f), f, args, np + 1, "");
    if (LLVMGetReturnType(wt) == g->t_void)
        LLVMBuildRetVoid(tg->b);
    else
        LLVMBuildRet(tg->b, call);
    free(args);
    fg_thunk_end(tg);
    return w;
}

LLVMValueRef gen_method_value(FnGen *fg, Object *m, LLVMValueRef recv, Node *site)
{
    Gen *g = fg->g;
    LLVMTypeRef el[] = {g->t_ptr, LLVMTypeOf(recv)};
    LLVMTypeRef rec = LLVMStructTypeInContext(g->ctx, el, 2, false);
    LLVMValueRef code = method_value_code(g, m, rec);
    LLVMValueRef p;
    if (fg_on_heap(fg, site)) {
        LLVMValueRef sz = LLVMConstInt(g->t_i64, LLVMABISizeOfType(g->td, rec), false);
        p = gen_rt(fg, "runtime.newobject", g->t_ptr, &sz, 1);
    } else
        p = fg_alloca(fg, rec, "methodvalue");
    if (site)
        gen_tag_alloc(fg, p, "alloc", site->pos);
    LLVMBuildStore(fg->b, code, LLVMBuildStructGEP2(fg->b, rec, p, 0, ""));
    LLVMBuildStore(fg->b, recv, LLVMBuildStructGEP2(fg->b, rec, p, 1, ""));
    return p;
}

/* GoString wrapper(void *p) for fmt: calls m with the value p points to. */
LLVMValueRef gen_string_method_wrapper(Gen *g, Object *m, Type *recvt, bool via_ptr)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s%s-fmt", gen_func_name(g, m->func), via_ptr ? "-ptr" : "");
    LLVMValueRef w = LLVMGetNamedFunction(g->mod, SBS(&sb));
    if (w) {
        sb_free(&sb);
        return w;
    }
    LLVMTypeRef pt = g->t_ptr;
    w = LLVMAddFunction(g->mod, SBS(&sb), LLVMFunctionType(g->t_str, &pt, 1, false));
    sb_free(&sb);
    LLVMSetLinkage(w, LLVMInternalLinkage);
    FnGen *tg = fg_thunk_begin(g, w);
    LLVMValueRef p = LLVMGetParam(w, 0);
    Type *named = via_ptr ? gen_under(recvt)->elem : recvt;
    LLVMValueRef recv;
    if (via_ptr) {
        LLVMValueRef ptr = LLVMBuildLoad2(tg->b, g->t_ptr, p, "");
        recv = (m->flags & OBJF_PTRRECV) ? ptr : LLVMBuildLoad2(tg->b, gen_type(g, named), ptr, "");
    } else
        recv = LLVMBuildLoad2(tg->b, gen_type(g, named), p, "");
    LLVMValueRef f = gen_func_decl(g, m->func);
    LLVMValueRef args[] = {LLVMConstNull(g->t_ptr), recv};
    LLVMValueRef call = LLVMBuildCall2(tg->b, LLVMGlobalGetValueType(f), f, args, 2, "");
    LLVMBuildRet(tg->b, call);
    fg_thunk_end(tg);
    return w;
}
