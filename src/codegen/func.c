/*
 * func.c — one SSA function to one LLVM function.
 *
 * Blocks are emitted in reverse postorder, so every value's definition is
 * emitted before its uses (SSA values dominate their uses); phis get their
 * incoming values once every block is done. Memory states (mem, SelectN of
 * a call's memory) have no LLVM value: LLVM orders memory by itself.
 * Tuples (call results) are kept as arrays of LLVM values per SSA value,
 * taken apart by SelectN.
 *
 * Variables in memory (LocalAddr) are allocas in the entry block, zeroed
 * where the variable is declared, unless escape analysis moved them to the
 * heap (runtime.newobject there). A function with defer owns a GoFrame:
 * pushed on entry, with a _setjmp whose second return is the recovered
 * panic path — deferreturn, then the result slots reloaded (volatile, so
 * they stay in memory across the longjmp).
 */
#include <stdlib.h>
#include <string.h>

#include "gen.h"

LLVMValueRef fg_val(FnGen *fg, Value *v)
{
    LLVMValueRef r = fg->vals[v->id];
    if (!r) {
        if (gen_is_mem(fg->g, v->type))
            return NULL;
        /* a value of a zero-sized or unhandled kind: its zero */
        LLVMTypeRef t = gen_type(fg->g, v->type);
        return t == fg->g->t_void ? NULL : LLVMGetUndef(t);
    }
    return r;
}

LLVMValueRef fg_alloca(FnGen *fg, LLVMTypeRef t, const char *name)
{
    LLVMBuilderRef b = LLVMCreateBuilderInContext(fg->g->ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(fg->entry);
    if (first)
        LLVMPositionBuilderBefore(b, first);
    else
        LLVMPositionBuilderAtEnd(b, fg->entry);
    LLVMValueRef a = LLVMBuildAlloca(b, t, name);
    if (LLVMABIAlignmentOfType(fg->g->td, t) < 8)
        LLVMSetAlignment(a, 8);
    LLVMDisposeBuilder(b);
    return a;
}

void fg_zero(FnGen *fg, LLVMValueRef ptr, int64_t size)
{
    if (size <= 0)
        return;
    LLVMBuildMemSet(fg->b, ptr, LLVMConstInt(fg->g->t_i8, 0, false), LLVMConstInt(fg->g->t_i64, (uint64_t)size, false),
                    1);
}

LLVMValueRef fg_heap_alloc(FnGen *fg, Type *t)
{
    Gen *g = fg->g;
    int64_t size = gen_sizeof(g, t);
    LLVMValueRef arg = LLVMConstInt(g->t_i64, (uint64_t)(size ? size : 1), false);
    return gen_rt(fg, "runtime.newobject", g->t_ptr, &arg, 1);
}

bool fg_on_heap(FnGen *fg, Node *n)
{
    if (!fg->g->esc || !n)
        return true;
    if (!esc_node_known(fg->g->esc, n))
        return true;
    return gen_flip_decision(fg->g, esc_node_on_heap(fg->g->esc, n));
}

static void fg_panic_call(FnGen *fg, const char *name)
{
    LLVMValueRef call = gen_rt(fg, name, fg->g->t_void, NULL, 0);
    (void)call;
    LLVMBuildUnreachable(fg->b);
}

void fg_nil_check(FnGen *fg, LLVMValueRef p)
{
    Gen *g = fg->g;
    if (!fg->panicmem) {
        LLVMBasicBlockRef cur = LLVMGetInsertBlock(fg->b);
        fg->panicmem = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "panicmem");
        LLVMPositionBuilderAtEnd(fg->b, fg->panicmem);
        fg_panic_call(fg, "runtime.panicmem");
        LLVMPositionBuilderAtEnd(fg->b, cur);
    }
    LLVMValueRef isnil = LLVMBuildIsNull(fg->b, p, "");
    LLVMBasicBlockRef ok = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "nonnil");
    /* -N: right after the check, so that the registers it reloads on entry
     * share the check's line (appended at the end, they took the line of
     * whatever preceded them and `next` stopped on a line twice); the
     * optimised IR keeps its order (tests/compare's goldens) */
    if (g->opts->keep_vars)
        LLVMMoveBasicBlockAfter(ok, LLVMGetInsertBlock(fg->b));
    LLVMValueRef br = LLVMBuildCondBr(fg->b, isnil, fg->panicmem, ok);
    /* branch weights: the panic is cold */
    LLVMMetadataRef tuple[] = {LLVMMDStringInContext2(g->ctx, "branch_weights", 14),
                               LLVMValueAsMetadata(LLVMConstInt(g->t_i32, 1, false)),
                               LLVMValueAsMetadata(LLVMConstInt(g->t_i32, 1000000, false))};
    LLVMSetMetadata(br, LLVMGetMDKindIDInContext(g->ctx, "prof", 4),
                    LLVMMetadataAsValue(g->ctx, LLVMMDNodeInContext2(g->ctx, tuple, 3)));
    LLVMPositionBuilderAtEnd(fg->b, ok);
}

/* ---- variables ------------------------------------------------------------------------------ */

static bool is_result_slot(FnGen *fg, Value *v)
{
    for (int i = 0; i < fg->f->result_addrs.len; i++)
        if (fg->f->result_addrs.items[i] == v)
            return true;
    return false;
}

static bool local_on_heap(FnGen *fg, Value *v)
{
    Object *o = v->aux.obj;
    if (!o)
        return false;
    /* a named result moved to heap (captured by reference by a closure
     * that may outlive the frame) too: its slot is then a heap object */
    if (fg->g->esc)
        return esc_obj_moved_to_heap(fg->g->esc, o);
    return !is_result_slot(fg, v) && (o->flags & (OBJF_CAPTURED | OBJF_ADDRTAKEN)) != 0;
}

/* A variable's heap object. A named result's is made in the entry block,
 * where the recovered-panic path (which reloads the results) can see it. */
static LLVMValueRef heap_var(FnGen *fg, Value *v, Type *et)
{
    if (!is_result_slot(fg, v))
        return fg_heap_alloc(fg, et);
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(fg->b);
    LLVMValueRef first = LLVMGetFirstInstruction(fg->entry);
    if (first)
        LLVMPositionBuilderBefore(fg->b, first);
    else
        LLVMPositionBuilderAtEnd(fg->b, fg->entry);
    LLVMValueRef p = fg_heap_alloc(fg, et);
    LLVMPositionBuilderAtEnd(fg->b, cur);
    return p;
}

static LLVMValueRef gen_local_addr(FnGen *fg, Value *v)
{
    Type *et = gen_under(v->type)->elem;
    int64_t size = gen_sizeof(fg->g, et);
    if (local_on_heap(fg, v))
        return gen_debug_heap_var(fg, v->aux.obj, gen_tag_alloc(fg, heap_var(fg, v, et), "var", v->aux.obj->pos));
    const char *name = v->aux.obj ? v->aux.obj->name : "tmp";
    LLVMTypeRef lt = gen_type(fg->g, et);
    if (lt == fg->g->t_void)
        lt = fg->g->t_i8;
    LLVMValueRef a = fg_alloca(fg, lt, name);
    if (v->aux.obj)
        gen_tag_alloc(fg, a, "var", v->aux.obj->pos);
    fg_zero(fg, a, size);
    return gen_debug_slot_var(fg, v->aux.obj, a);
}

/* ---- values ------------------------------------------------------------------------------------ */

static LLVMValueRef gen_map_len(FnGen *fg, LLVMValueRef m)
{
    Gen *g = fg->g;
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(fg->b);
    LLVMBasicBlockRef load = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "maplen");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "maplen.done");
    if (g->opts->keep_vars) { /* in line, for -N's line table (fg_nil_check) */
        LLVMMoveBasicBlockAfter(load, cur);
        LLVMMoveBasicBlockAfter(done, load);
    }
    LLVMBuildCondBr(fg->b, LLVMBuildIsNull(fg->b, m, ""), done, load);
    LLVMPositionBuilderAtEnd(fg->b, load);
    LLVMValueRef n = LLVMBuildLoad2(fg->b, g->t_i64, m, "count");
    LLVMBuildBr(fg->b, done);
    LLVMPositionBuilderAtEnd(fg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(fg->b, g->t_i64, "len");
    LLVMValueRef vals[] = {LLVMConstInt(g->t_i64, 0, false), n};
    LLVMBasicBlockRef bbs[] = {cur, load};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

static LLVMValueRef gen_aggregate(FnGen *fg, Value *v)
{
    LLVMBuilderRef b = fg->b;
    switch (v->op) {
    case OpStructMake: {
        LLVMValueRef s = LLVMGetUndef(gen_type(fg->g, v->type));
        for (int i = 0; i < v->nargs; i++)
            s = LLVMBuildInsertValue(b, s, fg_val(fg, v->args[i]), (unsigned)i, "");
        return s;
    }
    case OpStructField:
        return LLVMBuildExtractValue(b, fg_val(fg, v->args[0]), (unsigned)v->auxint, "");
    case OpStringMake: case OpSliceMake: {
        LLVMValueRef s = LLVMGetUndef(gen_type(fg->g, v->type));
        for (int i = 0; i < v->nargs; i++) {
            LLVMValueRef x = fg_val(fg, v->args[i]);
            if (i > 0)
                x = gen_to_i64(fg, x, v->args[i]->type);
            s = LLVMBuildInsertValue(b, s, x, (unsigned)i, "");
        }
        return s;
    }
    case OpStringPtr: case OpSlicePtr:
        return LLVMBuildExtractValue(b, fg_val(fg, v->args[0]), 0, "");
    case OpStringLen: case OpSliceLen:
        return LLVMBuildExtractValue(b, fg_val(fg, v->args[0]), 1, "");
    case OpSliceCap:
        return LLVMBuildExtractValue(b, fg_val(fg, v->args[0]), 2, "");
    default:
        return NULL;
    }
}

static LLVMValueRef gen_address(FnGen *fg, Value *v)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    switch (v->op) {
    case OpFieldAddr: {
        Type *st = gen_under(v->args[0]->type)->elem;
        LLVMValueRef p = fg_val(fg, v->args[0]);
        return LLVMBuildStructGEP2(b, gen_type(g, st), p, (unsigned)v->auxint, "");
    }
    case OpIndexAddr: {
        Type *at = gen_under(v->args[0]->type)->elem;
        LLVMValueRef idx[] = {LLVMConstInt(g->t_i64, 0, false), gen_to_i64(fg, fg_val(fg, v->args[1]), v->args[1]->type)};
        return LLVMBuildInBoundsGEP2(b, gen_type(g, at), fg_val(fg, v->args[0]), idx, 2, "");
    }
    case OpPtrIndex: {
        Type *et = gen_under(v->type)->elem;
        LLVMTypeRef lt = gen_type(g, et);
        LLVMValueRef idx = gen_to_i64(fg, fg_val(fg, v->args[1]), v->args[1]->type);
        if (lt == g->t_void)
            return fg_val(fg, v->args[0]);
        return LLVMBuildInBoundsGEP2(b, lt, fg_val(fg, v->args[0]), &idx, 1, "");
    }
    default:
        return NULL;
    }
}

static LLVMValueRef gen_global_addr(FnGen *fg, Value *v)
{
    Gen *g = fg->g;
    Object *o = v->aux.obj;
    if (!o) {
        if (!g->zero_area) {
            LLVMTypeRef zt = LLVMArrayType2(g->t_i8, 1 << 16);
            g->zero_area = LLVMAddGlobal(g->mod, zt, "runtime.zeroVal");
            LLVMSetInitializer(g->zero_area, LLVMConstNull(zt));
            LLVMSetLinkage(g->zero_area, LLVMInternalLinkage);
            LLVMSetAlignment(g->zero_area, 16);
        }
        return g->zero_area;
    }
    StrBuf sb = {0};
    if (o->flags & OBJF_IMPORTED)
        sb_printf(&sb, "%s.%s", o->pkgpath, o->name);
    else
        sb_printf(&sb, "main.%s", o->name);
    LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, SBS(&sb));
    if (!gv) {
        LLVMTypeRef t = gen_type(g, o->type);
        if (t == g->t_void)
            t = g->t_i8;
        gv = LLVMAddGlobal(g->mod, t, SBS(&sb));
        if (!(o->flags & OBJF_IMPORTED)) {
            LLVMSetInitializer(gv, LLVMConstNull(t));
            LLVMSetLinkage(gv, LLVMInternalLinkage);
        }
    }
    sb_free(&sb);
    return gv;
}

/* ---- alias scopes ---------------------------------------------------------------------------
 *
 * The specialised map entry points touch only map memory (hmap, buckets)
 * and runtime state, never a Go variable; Go code reaches map memory only
 * through the element and key pointers those calls return, used at once.
 * So loads of Go variables get !alias.scope {minigo.user} and the map calls
 * and the accesses through map pointers get !noalias {minigo.user}: LLVM
 * may then keep the map pointer loaded from *p in a register across
 * (*p)[k] = v in a loop (LICM), which gc cannot do. Only loads are scoped
 * (a store the runtime might read, such as a generic key temporary, stays
 * unscoped), and only in functions without defer. */

static bool is_map_call(const RuntimeFn *rt)
{
    return rt && strncmp(rt->name, "runtime.map", 11) == 0 && strstr(rt->name, "_fast") != NULL;
}

/* The value a pointer is derived from (through field, index, copies). */
static Value *pointer_base(Value *p)
{
    for (int guard = 0; p && guard < 64; guard++) {
        if (p->op == OpFieldAddr || p->op == OpIndexAddr || p->op == OpPtrIndex || p->op == OpCopy ||
            p->op == OpConvNop)
            p = p->args[0];
        else if (p->op == OpSelectN)
            p = p->args[0];
        else
            break;
    }
    return p;
}

static bool map_derived(Value *p)
{
    Value *b = pointer_base(p);
    if (!b)
        return false;
    if (b->op == OpMapIterKey || b->op == OpMapIterElem)
        return true;
    return (b->op == OpStaticCall || b->op == OpPureCall) && b->rt && strncmp(b->rt->name, "runtime.map", 11) == 0;
}

static LLVMValueRef user_scope_list(Gen *g)
{
    LLVMMetadataRef dname = LLVMMDStringInContext2(g->ctx, "minigo", 6);
    LLVMMetadataRef domain = LLVMMDNodeInContext2(g->ctx, &dname, 1);
    LLVMMetadataRef sops[] = {LLVMMDStringInContext2(g->ctx, "minigo.user", 11), domain};
    LLVMMetadataRef scope = LLVMMDNodeInContext2(g->ctx, sops, 2);
    return LLVMMetadataAsValue(g->ctx, LLVMMDNodeInContext2(g->ctx, &scope, 1));
}

void gen_mark_noalias_user(Gen *g, LLVMValueRef inst)
{
    LLVMSetMetadata(inst, LLVMGetMDKindIDInContext(g->ctx, "noalias", 7), user_scope_list(g));
}

static void scope_access(FnGen *fg, Value *ptr, LLVMValueRef inst, bool is_load)
{
    Gen *g = fg->g;
    if (!inst || !LLVMIsAInstruction(inst))
        return;
    if (map_derived(ptr))
        gen_mark_noalias_user(g, inst);
    else if (is_load && !fg->f->has_defer)
        LLVMSetMetadata(inst, LLVMGetMDKindIDInContext(g->ctx, "alias.scope", 11), user_scope_list(g));
}

bool gen_is_fast_map_call(const RuntimeFn *rt) { return is_map_call(rt); }

static bool store_volatile(FnGen *fg, Value *ptr)
{
    return fg->frame && is_result_slot(fg, ptr);
}

static void gen_value(FnGen *fg, Value *v)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    LLVMValueRef r = NULL;
    switch (v->op) {
    case OpInvalid: case OpInitMem: case OpPhi: case OpMakeResult:
        return;
    case OpArg:
        r = LLVMGetParam(fg->fn, (unsigned)v->auxint + 1);
        break;
    case OpClosureVar: {
        LLVMTypeRef rec = gen_closure_record(g, fg->f->fn);
        if (!rec) {
            r = LLVMGetUndef(gen_type(g, v->type));
            break;
        }
        LLVMValueRef p = LLVMBuildStructGEP2(b, rec, fg->ctxp, (unsigned)v->auxint + 1, "");
        r = LLVMBuildLoad2(b, gen_type(g, v->type), p, v->aux.obj ? v->aux.obj->name : "");
        gen_debug_capture(fg, v, r);
        break;
    }
    case OpCopy:
        r = fg_val(fg, v->args[0]);
        break;
    case OpSelectN: {
        LLVMValueRef *t = fg->tuples[v->args[0]->id];
        if (gen_is_mem(g, v->type))
            return;
        r = t ? t[v->auxint] : NULL;
        break;
    }
    case OpConstInt: case OpConstFloat: case OpConstBool: case OpConstString: case OpConstNil: case OpConstZero:
        r = gen_const(fg, v);
        break;
    case OpLocalAddr:
        r = gen_local_addr(fg, v);
        break;
    case OpGlobalAddr:
        r = gen_global_addr(fg, v);
        break;
    case OpFuncAddr:
        r = v->aux.obj && v->aux.obj->func ? gen_func_addr(fg, v->aux.obj, v->type) : LLVMConstNull(g->t_ptr);
        break;
    case OpTypeAddr:
        r = gen_type_desc(g, v->aux.type);
        break;
    case OpLoad: {
        LLVMTypeRef t = gen_type(g, v->type);
        if (t == g->t_void)
            return;
        r = LLVMBuildLoad2(b, t, fg_val(fg, v->args[0]), "");
        scope_access(fg, v->args[0], r, true);
        break;
    }
    case OpStore: {
        LLVMValueRef val = fg_val(fg, v->args[1]);
        if (val) {
            LLVMValueRef st = LLVMBuildStore(b, val, fg_val(fg, v->args[0]));
            if (store_volatile(fg, v->args[0]))
                LLVMSetVolatile(st, true);
            else
                scope_access(fg, v->args[0], st, false);
        }
        return;
    }
    case OpZero:
        fg_zero(fg, fg_val(fg, v->args[0]), gen_sizeof(g, v->aux.type));
        return;
    case OpMoveElems: {
        int64_t es = gen_sizeof(g, v->aux.type);
        LLVMValueRef n = gen_to_i64(fg, fg_val(fg, v->args[2]), v->args[2]->type);
        LLVMValueRef bytes = LLVMBuildMul(b, n, LLVMConstInt(g->t_i64, (uint64_t)es, false), "");
        LLVMBuildMemMove(b, fg_val(fg, v->args[0]), 1, fg_val(fg, v->args[1]), 1, bytes);
        return;
    }
    case OpNilCheck:
        fg_nil_check(fg, fg_val(fg, v->args[0]));
        return;
    case OpFieldAddr: case OpIndexAddr: case OpPtrIndex:
        r = gen_address(fg, v);
        break;
    case OpStructMake: case OpStructField: case OpStringMake: case OpStringPtr: case OpStringLen:
    case OpSliceMake: case OpSlicePtr: case OpSliceLen: case OpSliceCap:
        r = gen_aggregate(fg, v);
        break;
    case OpMakeIface:
        r = gen_make_iface(fg, fg_val(fg, v->args[0]), v->args[0]->type, v->node);
        break;
    case OpIfaceIs:
        r = gen_iface_is(fg, fg_val(fg, v->args[0]), v->aux.type);
        break;
    case OpIfaceUnbox:
        r = gen_iface_unbox(fg, fg_val(fg, v->args[0]), v->type);
        break;
    case OpMakeClosure:
        r = gen_closure_value(fg, v);
        break;
    case OpMethodValue:
        r = gen_method_value(fg, v->aux.obj, fg_val(fg, v->args[0]), v->node);
        break;
    case OpMapIterKey: case OpMapIterElem: {
        LLVMValueRef p = fg_val(fg, v->args[0]);
        if (v->op == OpMapIterElem)
            p = LLVMBuildGEP2(b, g->t_i8, p, (LLVMValueRef[]){LLVMConstInt(g->t_i64, 8, false)}, 1, "");
        r = LLVMBuildLoad2(b, g->t_ptr, p, "");
        break;
    }
    case OpMapLen:
        r = gen_map_len(fg, fg_val(fg, v->args[0]));
        break;
    case OpStaticCall: case OpClosureCall: case OpIfaceCall: case OpPureCall: case OpDefer: case OpGo:
        gen_call(fg, v);
        return;
    default:
        r = gen_arith(fg, v);
        break;
    }
    fg->vals[v->id] = r;
}

/* ---- blocks ----------------------------------------------------------------------------------- */

static void gen_terminator(FnGen *fg, Block *bl)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    switch (bl->kind) {
    case BlockPlain:
        LLVMBuildBr(b, fg->bbs[bl->succs[0]->id]);
        break;
    case BlockIf:
        LLVMBuildCondBr(b, fg_val(fg, bl->control), fg->bbs[bl->succs[0]->id], fg->bbs[bl->succs[1]->id]);
        break;
    case BlockRet: {
        LLVMTypeRef rt = LLVMGetReturnType(LLVMGlobalGetValueType(fg->fn));
        Value *mr = bl->control;
        int n = mr ? mr->nargs - 1 : 0;
        if (rt == g->t_void || n <= 0) {
            LLVMBuildRetVoid(b);
        } else if (n == 1) {
            LLVMBuildRet(b, fg_val(fg, mr->args[0]));
        } else {
            LLVMValueRef s = LLVMGetUndef(rt);
            for (int i = 0; i < n; i++)
                s = LLVMBuildInsertValue(b, s, fg_val(fg, mr->args[i]), (unsigned)i, "");
            LLVMBuildRet(b, s);
        }
        break;
    }
    default:
        LLVMBuildUnreachable(b);
        break;
    }
}

/* The recovered-panic path of a function with defer: run the remaining
 * deferred calls, return the result slots as they are now. */
static void gen_recovered(FnGen *fg, LLVMBasicBlockRef bb)
{
    Gen *g = fg->g;
    LLVMPositionBuilderAtEnd(fg->b, bb);
    LLVMValueRef fr = fg->frame;
    gen_rt(fg, "runtime.deferreturn", g->t_void, &fr, 1);
    LLVMTypeRef rt = LLVMGetReturnType(LLVMGlobalGetValueType(fg->fn));
    Type *sig = fg->f->sig ? gen_under(fg->f->sig) : NULL;
    int n = sig && sig->results ? sig->results->nfields : 0;
    if (rt == g->t_void || n == 0) {
        LLVMBuildRetVoid(fg->b);
        return;
    }
    LLVMValueRef *vals = calloc((size_t)n, sizeof *vals);
    for (int i = 0; i < n; i++) {
        LLVMTypeRef t = gen_type(g, sig->results->fields[i]->type);
        if (i < fg->f->result_addrs.len && fg->vals[fg->f->result_addrs.items[i]->id]) {
            LLVMValueRef ld = LLVMBuildLoad2(fg->b, t, fg->vals[fg->f->result_addrs.items[i]->id], "");
            LLVMSetVolatile(ld, true);
            vals[i] = ld;
        } else
            vals[i] = LLVMConstNull(t);
    }
    if (n == 1)
        LLVMBuildRet(fg->b, vals[0]);
    else {
        LLVMValueRef s = LLVMGetUndef(rt);
        for (int i = 0; i < n; i++)
            s = LLVMBuildInsertValue(fg->b, s, vals[i], (unsigned)i, "");
        LLVMBuildRet(fg->b, s);
    }
    free(vals);
}

static void gen_frame(FnGen *fg, LLVMBasicBlockRef first, LLVMBasicBlockRef recovered)
{
    Gen *g = fg->g;
    LLVMTypeRef ft = LLVMArrayType2(g->t_i64, 216 / 8);
    fg->frame = LLVMBuildAlloca(fg->b, ft, "frame");
    LLVMSetAlignment(fg->frame, 16);
    LLVMValueRef fr = fg->frame;
    gen_rt(fg, "runtime.deferframe_push", g->t_void, &fr, 1);
    LLVMValueRef jb = LLVMBuildGEP2(fg->b, g->t_i8, fr, (LLVMValueRef[]){LLVMConstInt(g->t_i64, 16, false)}, 1, "jb");
    LLVMValueRef sj = gen_rt(fg, "_setjmp", g->t_i32, &jb, 1);
    LLVMValueRef callee = LLVMGetNamedFunction(g->mod, "_setjmp");
    unsigned kind = LLVMGetEnumAttributeKindForName("returns_twice", 13);
    LLVMAddAttributeAtIndex(callee, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, kind, 0));
    LLVMAddCallSiteAttribute(sj, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(g->ctx, kind, 0));
    LLVMValueRef again = LLVMBuildICmp(fg->b, LLVMIntNE, sj, LLVMConstInt(g->t_i32, 0, false), "");
    LLVMBuildCondBr(fg->b, again, recovered, first);
}

void gen_function(Gen *g, SsaFunc *f)
{
    FnGen fgs = {0}, *fg = &fgs;
    fg->g = g;
    fg->f = f;
    fg->fn = gen_func_decl(g, f->fn);
    fg->b = LLVMCreateBuilderInContext(g->ctx);
    fg->ctxp = LLVMGetParam(fg->fn, 0);
    fg->vals = calloc((size_t)f->values.len + 1, sizeof *fg->vals);
    fg->tuples = calloc((size_t)f->values.len + 1, sizeof *fg->tuples);
    fg->bbs = calloc((size_t)f->nblock_ids + 1, sizeof *fg->bbs);
    fg->bb_end = calloc((size_t)f->nblock_ids + 1, sizeof *fg->bb_end);
    if (f->fn && f->fn->has_recover)
        LLVMAddAttributeAtIndex(fg->fn, LLVMAttributeFunctionIndex,
                                LLVMCreateEnumAttribute(g->ctx, LLVMGetEnumAttributeKindForName("noinline", 8), 0));

    SsaDom dom;
    ssa_dominators(f, &dom);
    Pos fpos = f->fn && f->fn->node ? f->fn->node->pos : pos_make(NULL, 0, 0);
    if (!fpos.line && f->entry->values.len)
        fpos = f->entry->values.items[f->entry->values.len - 1]->pos;
    fg->disp = gen_debug_func(g, fg->fn, fpos, fg->f->sig);
    fg->last_line = fpos.line > 0 ? fpos.line : 1;
    gen_debug_scopes(fg);
    gen_debug_defs_begin(fg);
    fg->entry = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "entry");
    for (int i = 0; i < dom.nrpo; i++) {
        char name[32];
        snprintf(name, sizeof name, "b%d", dom.rpo[i]->id);
        fg->bbs[dom.rpo[i]->id] = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, name);
    }
    LLVMPositionBuilderAtEnd(fg->b, fg->entry);
    gen_debug_loc(fg, fpos);
    gen_debug_params(fg);
    LLVMBasicBlockRef first = fg->bbs[f->entry->id];
    LLVMBasicBlockRef recovered = NULL;
    if (f->has_defer) {
        recovered = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "recovered");
        gen_frame(fg, first, recovered);
    } else
        LLVMBuildBr(fg->b, first);

    for (int i = 0; i < dom.nrpo; i++) {
        Block *bl = dom.rpo[i];
        LLVMPositionBuilderAtEnd(fg->b, fg->bbs[bl->id]);
        for (int k = 0; k < bl->values.len; k++) {
            Value *v = bl->values.items[k];
            if (v->op == OpPhi && !gen_is_mem(g, v->type))
                fg->vals[v->id] = LLVMBuildPhi(fg->b, gen_type(g, v->type), "");
        }
        gen_debug_defs_at(fg, bl, NULL);
        for (int k = 0; k < bl->values.len; k++) {
            gen_debug_value_loc(fg, bl->values.items[k]);
            gen_value(fg, bl->values.items[k]);
            gen_debug_defs_at(fg, bl, bl->values.items[k]);
        }
        fg->bb_end[bl->id] = LLVMGetInsertBlock(fg->b);
        if (bl->control)
            gen_debug_loc(fg, bl->control->pos);
        gen_terminator(fg, bl);
    }
    /* phi incoming values */
    for (int i = 0; i < dom.nrpo; i++) {
        Block *bl = dom.rpo[i];
        for (int k = 0; k < bl->values.len; k++) {
            Value *v = bl->values.items[k];
            if (v->op != OpPhi || !fg->vals[v->id])
                continue;
            for (int p = 0; p < v->nargs && p < bl->preds.len; p++) {
                Block *pred = bl->preds.items[p];
                if (!fg->bb_end[pred->id])
                    continue;
                LLVMValueRef in = fg_val(fg, v->args[p]);
                LLVMBasicBlockRef from = fg->bb_end[pred->id];
                LLVMAddIncoming(fg->vals[v->id], &in, &from, 1);
            }
        }
    }
    if (recovered)
        gen_recovered(fg, recovered);
    ssa_dom_free(&dom);
    gen_debug_defs_end(fg);
    LLVMDisposeBuilder(fg->b);
    free(fg->vals);
    for (int i = 0; i <= f->values.len; i++)
        free(fg->tuples[i]);
    free(fg->tuples);
    free(fg->bbs);
    free(fg->bb_end);
}

FnGen *fg_thunk_begin(Gen *g, LLVMValueRef fn)
{
    FnGen *fg = calloc(1, sizeof *fg);
    fg->g = g;
    fg->fn = fn;
    fg->b = LLVMCreateBuilderInContext(g->ctx);
    fg->entry = LLVMAppendBasicBlockInContext(g->ctx, fn, "entry");
    fg->ctxp = LLVMGetParam(fn, 0);
    LLVMPositionBuilderAtEnd(fg->b, fg->entry);
    return fg;
}

void fg_thunk_end(FnGen *fg)
{
    LLVMDisposeBuilder(fg->b);
    free(fg);
}
