/*
 * expr.c — constants, arithmetic with Go's integer semantics, comparisons,
 * conversions and the `any` operations.
 *
 * Go wraps on overflow (plain LLVM add/sub/mul without nsw/nuw), defines
 * MinInt / -1 == MinInt and MinInt % -1 == 0 (LLVM's sdiv would trap, so
 * the divisor -1 is special-cased), and gives 0 (or the sign) for shifts
 * of the width or more (LLVM's shifts would be poison): every shift
 * selects on the count. Division by zero and negative shift counts are
 * checked by the SSA before these ops run.
 */
#include <string.h>

#include "gen.h"

static bool is_signed(Type *t) { return type_is_integer(t) && !type_is_unsigned(t); }

LLVMValueRef gen_to_i64(FnGen *fg, LLVMValueRef x, Type *t)
{
    LLVMTypeRef xt = LLVMTypeOf(x);
    if (xt == fg->g->t_i64 || LLVMGetTypeKind(xt) != LLVMIntegerTypeKind)
        return x;
    if (t && !is_signed(t))
        return LLVMBuildZExt(fg->b, x, fg->g->t_i64, "");
    return LLVMBuildSExt(fg->b, x, fg->g->t_i64, "");
}

LLVMValueRef gen_const(FnGen *fg, Value *v)
{
    Gen *g = fg->g;
    LLVMTypeRef t = gen_type(g, v->type);
    switch (v->op) {
    case OpConstInt:
        if (LLVMGetTypeKind(t) == LLVMPointerTypeKind)
            return LLVMConstNull(t);
        if (LLVMGetTypeKind(t) == LLVMFloatTypeKind || LLVMGetTypeKind(t) == LLVMDoubleTypeKind)
            return LLVMConstReal(t, (double)v->auxint);
        return LLVMConstInt(t, (unsigned long long)v->auxint, false);
    case OpConstFloat: {
        double d;
        memcpy(&d, &v->auxint, sizeof d);
        if (LLVMGetTypeKind(t) == LLVMIntegerTypeKind)
            return LLVMConstInt(t, (unsigned long long)(int64_t)d, false);
        return LLVMConstReal(t, d);
    }
    case OpConstBool:
        return LLVMConstInt(g->t_i1, v->auxint != 0, false);
    case OpConstString:
        return gen_cstring(g, v->aux.str ? v->aux.str : "", (size_t)v->auxint);
    default:
        return t == g->t_void ? NULL : LLVMConstNull(t);
    }
}

/* ---- arithmetic ------------------------------------------------------------------------------ */

static LLVMValueRef gen_div(FnGen *fg, Value *v, LLVMValueRef x, LLVMValueRef y)
{
    LLVMBuilderRef b = fg->b;
    Type *t = v->type;
    if (type_is_float(t))
        return LLVMBuildFDiv(b, x, y, "");
    if (!is_signed(t))
        return v->op == OpDiv ? LLVMBuildUDiv(b, x, y, "") : LLVMBuildURem(b, x, y, "");
    LLVMTypeRef lt = LLVMTypeOf(x);
    LLVMValueRef minus1 = LLVMConstAllOnes(lt);
    LLVMValueRef is_m1 = LLVMBuildICmp(b, LLVMIntEQ, y, minus1, "");
    LLVMValueRef safe = LLVMBuildSelect(b, is_m1, LLVMConstInt(lt, 1, false), y, "");
    if (v->op == OpDiv) {
        LLVMValueRef q = LLVMBuildSDiv(b, x, safe, "");
        return LLVMBuildSelect(b, is_m1, LLVMBuildNeg(b, x, ""), q, "");
    }
    LLVMValueRef r = LLVMBuildSRem(b, x, safe, "");
    return LLVMBuildSelect(b, is_m1, LLVMConstNull(lt), r, "");
}

static LLVMValueRef gen_shift(FnGen *fg, Value *v, LLVMValueRef x, LLVMValueRef y)
{
    LLVMBuilderRef b = fg->b;
    LLVMTypeRef xt = LLVMTypeOf(x), yt = LLVMTypeOf(y);
    unsigned w = LLVMGetIntTypeWidth(xt), yw = LLVMGetIntTypeWidth(yt);
    LLVMValueRef big = LLVMBuildICmp(b, LLVMIntUGE, y, LLVMConstInt(yt, w, false), "");
    LLVMValueRef n = y;
    if (yw > w)
        n = LLVMBuildTrunc(b, y, xt, "");
    else if (yw < w)
        n = LLVMBuildZExt(b, y, xt, "");
    n = LLVMBuildSelect(b, big, LLVMConstNull(xt), n, ""); /* keep the shift defined */
    if (v->op == OpLsh) {
        LLVMValueRef s = LLVMBuildShl(b, x, n, "");
        return LLVMBuildSelect(b, big, LLVMConstNull(xt), s, "");
    }
    if (is_signed(v->type)) {
        LLVMValueRef nn = LLVMBuildSelect(b, big, LLVMConstInt(xt, w - 1, false), n, "");
        return LLVMBuildAShr(b, x, nn, "");
    }
    LLVMValueRef s = LLVMBuildLShr(b, x, n, "");
    return LLVMBuildSelect(b, big, LLVMConstNull(xt), s, "");
}

LLVMValueRef gen_arith(FnGen *fg, Value *v)
{
    LLVMBuilderRef b = fg->b;
    LLVMValueRef x = v->nargs > 0 ? fg_val(fg, v->args[0]) : NULL;
    LLVMValueRef y = v->nargs > 1 ? fg_val(fg, v->args[1]) : NULL;
    bool fl = type_is_float(v->type);
    switch (v->op) {
    case OpNeg:
        return fl ? LLVMBuildFNeg(b, x, "") : LLVMBuildNeg(b, x, "");
    case OpCom:
        return LLVMBuildNot(b, x, "");
    case OpNot:
        return LLVMBuildNot(b, x, "");
    case OpAdd:
        return fl ? LLVMBuildFAdd(b, x, y, "") : LLVMBuildAdd(b, x, y, "");
    case OpSub:
        return fl ? LLVMBuildFSub(b, x, y, "") : LLVMBuildSub(b, x, y, "");
    case OpMul:
        return fl ? LLVMBuildFMul(b, x, y, "") : LLVMBuildMul(b, x, y, "");
    case OpDiv: case OpMod:
        return gen_div(fg, v, x, y);
    case OpAnd:
        return LLVMBuildAnd(b, x, y, "");
    case OpOr:
        return LLVMBuildOr(b, x, y, "");
    case OpXor:
        return LLVMBuildXor(b, x, y, "");
    case OpAndNot:
        return LLVMBuildAnd(b, x, LLVMBuildNot(b, y, ""), "");
    case OpLsh: case OpRsh:
        return gen_shift(fg, v, x, y);
    case OpEq: case OpNeq: case OpLess: case OpLeq:
        return gen_compare(fg, v->op, v->args[0]->type, x, y);
    case OpConvert:
        return gen_convert(fg, x, v->args[0]->type, v->type);
    case OpConvNop:
        return x;
    case OpIsInBounds: case OpIsSliceInBounds: {
        LLVMValueRef i = gen_to_i64(fg, x, v->args[0]->type), n = gen_to_i64(fg, y, v->args[1]->type);
        return LLVMBuildICmp(b, v->op == OpIsInBounds ? LLVMIntULT : LLVMIntULE, i, n, "");
    }
    default: {
        fprintf(stderr, "minigo: internal error in codegen: op %s is not handled\n", ssa_op_info[v->op].name);
        fg->g->errors++;
        LLVMTypeRef t = gen_type(fg->g, v->type);
        return t == fg->g->t_void ? NULL : LLVMGetUndef(t);
    }
    }
}

/* ---- comparisons ------------------------------------------------------------------------------ */

static LLVMValueRef eq_values(FnGen *fg, Type *t, LLVMValueRef x, LLVMValueRef y);

static LLVMValueRef eq_aggregate(FnGen *fg, Type *u, LLVMValueRef x, LLVMValueRef y)
{
    Gen *g = fg->g;
    LLVMValueRef r = LLVMConstInt(g->t_i1, 1, false);
    int n = u->kind == TY_STRUCT ? u->nfields : (int)u->len;
    for (int i = 0; i < n; i++) {
        Type *et = u->kind == TY_STRUCT ? u->fields[i]->type : u->elem;
        if (u->kind == TY_STRUCT && strcmp(u->fields[i]->name, "_") == 0)
            continue;
        LLVMValueRef a = LLVMBuildExtractValue(fg->b, x, (unsigned)i, "");
        LLVMValueRef c = LLVMBuildExtractValue(fg->b, y, (unsigned)i, "");
        r = LLVMBuildAnd(fg->b, r, eq_values(fg, et, a, c), "");
    }
    return r;
}

static LLVMValueRef eq_values(FnGen *fg, Type *t, LLVMValueRef x, LLVMValueRef y)
{
    Gen *g = fg->g;
    Type *u = gen_under(t);
    LLVMBuilderRef b = fg->b;
    switch (u->kind) {
    case TY_STRING: {
        LLVMValueRef a[] = {LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, x, 1, ""),
                            LLVMBuildExtractValue(b, y, 0, ""), LLVMBuildExtractValue(b, y, 1, "")};
        return gen_rt(fg, "runtime.strequal_val", g->t_i1, a, 4);
    }
    case TY_INTERFACE: {
        LLVMValueRef a[] = {LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, x, 1, ""),
                            LLVMBuildExtractValue(b, y, 0, ""), LLVMBuildExtractValue(b, y, 1, "")};
        return gen_rt(fg, "runtime.efaceeq", g->t_i1, a, 4);
    }
    case TY_STRUCT: case TY_ARRAY:
        return eq_aggregate(fg, u, x, y);
    case TY_FLOAT32: case TY_FLOAT64:
        return LLVMBuildFCmp(b, LLVMRealOEQ, x, y, "");
    case TY_SLICE:
        return LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, y, 0, ""), "");
    default:
        return LLVMBuildICmp(b, LLVMIntEQ, x, y, "");
    }
}

LLVMValueRef gen_compare(FnGen *fg, Op op, Type *t, LLVMValueRef x, LLVMValueRef y)
{
    LLVMBuilderRef b = fg->b;
    Type *u = gen_under(t);
    if (op == OpEq || op == OpNeq) {
        LLVMValueRef eq;
        if (u->kind == TY_INTERFACE) /* against nil (other cases were lowered to efaceeq) */
            eq = LLVMBuildICmp(b, LLVMIntEQ, LLVMBuildExtractValue(b, x, 0, ""), LLVMBuildExtractValue(b, y, 0, ""), "");
        else if (u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64)
            return LLVMBuildFCmp(b, op == OpEq ? LLVMRealOEQ : LLVMRealUNE, x, y, "");
        else
            eq = eq_values(fg, t, x, y);
        return op == OpEq ? eq : LLVMBuildNot(b, eq, "");
    }
    if (type_is_float(t))
        return LLVMBuildFCmp(b, op == OpLess ? LLVMRealOLT : LLVMRealOLE, x, y, "");
    if (type_is_unsigned(t))
        return LLVMBuildICmp(b, op == OpLess ? LLVMIntULT : LLVMIntULE, x, y, "");
    return LLVMBuildICmp(b, op == OpLess ? LLVMIntSLT : LLVMIntSLE, x, y, "");
}

/* ---- conversions --------------------------------------------------------------------------------- */

LLVMValueRef gen_convert(FnGen *fg, LLVMValueRef x, Type *from, Type *to)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    LLVMTypeRef tt = gen_type(g, to), ft = LLVMTypeOf(x);
    bool ffl = type_is_float(from), tfl = type_is_float(to);
    if (ffl && tfl) {
        if (ft == tt)
            return x;
        return tt == g->t_f64 ? LLVMBuildFPExt(b, x, tt, "") : LLVMBuildFPTrunc(b, x, tt, "");
    }
    if (ffl)
        return type_is_unsigned(to) ? LLVMBuildFPToUI(b, x, tt, "") : LLVMBuildFPToSI(b, x, tt, "");
    if (tfl)
        return is_signed(from) ? LLVMBuildSIToFP(b, x, tt, "") : LLVMBuildUIToFP(b, x, tt, "");
    if (LLVMGetTypeKind(ft) != LLVMIntegerTypeKind || LLVMGetTypeKind(tt) != LLVMIntegerTypeKind)
        return x;
    unsigned fw = LLVMGetIntTypeWidth(ft), tw = LLVMGetIntTypeWidth(tt);
    if (fw == tw)
        return x;
    if (fw > tw)
        return LLVMBuildTrunc(b, x, tt, "");
    return is_signed(from) ? LLVMBuildSExt(b, x, tt, "") : LLVMBuildZExt(b, x, tt, "");
}

/* ---- any ----------------------------------------------------------------------------------------- */

LLVMValueRef gen_make_iface(FnGen *fg, LLVMValueRef x, Type *t, Node *site)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    if (type_is_interface(t))
        return x; /* any to any: the same two words */
    LLVMValueRef data;
    if (gen_is_direct_iface(t)) {
        data = x;
    } else {
        LLVMTypeRef lt = gen_type(g, t);
        if (lt == g->t_void) {
            data = g->zero_area ? g->zero_area : LLVMConstNull(g->t_ptr);
        } else if (LLVMIsConstant(x)) {
            LLVMValueRef gv = LLVMAddGlobal(g->mod, lt, "go.constbox");
            LLVMSetInitializer(gv, x);
            LLVMSetGlobalConstant(gv, true);
            LLVMSetLinkage(gv, LLVMPrivateLinkage);
            LLVMSetUnnamedAddress(gv, LLVMGlobalUnnamedAddr);
            data = site ? gen_tag_alloc(fg, gv, "static", site->pos) : gv;
        } else {
            /* the copy's own decision (esc_box_*), else the site's */
            bool heap = site && fg->g->esc && esc_box_known(fg->g->esc, site)
                            ? gen_flip_decision(fg->g, esc_box_on_heap(fg->g->esc, site))
                            : fg_on_heap(fg, site);
            data = heap ? fg_heap_alloc(fg, t) : fg_alloca(fg, lt, "box");
            /* no site: the temporaries of f(g()) (gc's .autotmp_N, which
             * have no AST node to key a decision): always on the heap */
            gen_tag_alloc(fg, data, site ? "box" : "design", site ? site->pos : (Pos){0});
            LLVMBuildStore(b, x, data);
        }
    }
    LLVMValueRef r = LLVMGetUndef(g->t_iface);
    r = LLVMBuildInsertValue(b, r, gen_type_desc(g, t), 0, "");
    return LLVMBuildInsertValue(b, r, data, 1, "");
}

/* Offset of GoType.error_method (field 15). */
static LLVMValueRef desc_field(FnGen *fg, LLVMValueRef desc, unsigned field)
{
    LLVMValueRef p = LLVMBuildStructGEP2(fg->b, fg->g->t_gotype, desc, field, "");
    return LLVMBuildLoad2(fg->b, fg->g->t_ptr, p, "");
}

LLVMValueRef gen_iface_is(FnGen *fg, LLVMValueRef x, Type *t)
{
    Gen *g = fg->g;
    LLVMBuilderRef b = fg->b;
    LLVMValueRef typ = LLVMBuildExtractValue(b, x, 0, "");
    if (!type_is_interface(t))
        return LLVMBuildICmp(b, LLVMIntEQ, typ, gen_type_desc(g, t), "");
    LLVMValueRef nonnil = LLVMBuildIsNotNull(b, typ, "");
    if (gen_under(t)->nmethods == 0)
        return nonnil;
    /* error: the dynamic type has Error() string. Branch so nil is never read. */
    LLVMBasicBlockRef cur = LLVMGetInsertBlock(b);
    LLVMBasicBlockRef look = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "implements");
    LLVMBasicBlockRef done = LLVMAppendBasicBlockInContext(g->ctx, fg->fn, "implements.done");
    LLVMBuildCondBr(b, nonnil, look, done);
    LLVMPositionBuilderAtEnd(b, look);
    LLVMValueRef has = LLVMBuildIsNotNull(b, desc_field(fg, typ, 15), "");
    LLVMBuildBr(b, done);
    LLVMPositionBuilderAtEnd(b, done);
    LLVMValueRef phi = LLVMBuildPhi(b, g->t_i1, "");
    LLVMValueRef vals[] = {LLVMConstInt(g->t_i1, 0, false), has};
    LLVMBasicBlockRef bbs[] = {cur, look};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

LLVMValueRef gen_iface_unbox(FnGen *fg, LLVMValueRef x, Type *t)
{
    Gen *g = fg->g;
    if (type_is_interface(t))
        return x;
    LLVMValueRef data = LLVMBuildExtractValue(fg->b, x, 1, "");
    if (gen_is_direct_iface(t))
        return data;
    LLVMTypeRef lt = gen_type(g, t);
    if (lt == g->t_void)
        return NULL;
    return LLVMBuildLoad2(fg->b, lt, data, "");
}
