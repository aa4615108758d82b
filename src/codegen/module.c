/*
 * module.c — the driver: one LLVM module per program.
 *
 * Every function body is built to SSA and run through the SSA passes
 * first (so the record layout of each function literal is known from its
 * MakeClosure sites before any body is emitted), then each SSA function is
 * lowered to LLVM (func.c). The program's entry is C's `main`, which calls
 * runtime.main (GC, seeds, os.Args) with main..entry: package variable
 * initialisers in Go's dependency order (the SSA "init"), the user's init
 * functions in source order, then main.main. The module is verified
 * (LLVMVerifyModule) before any pass runs; -O2 is LLVM's default<O2>.
 */
#include <stdlib.h>
#include <string.h>

#include <llvm-c/Analysis.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>

#include "gen.h"
#include "module.h"

const char *gen_func_name(Gen *g, Func *fn)
{
    StrBuf sb = {0};
    sb_printf(&sb, "main.%s", fn ? ssa_func_name(g->sp, fn) : "init");
    char *s = arena_strdup(g->arena, SBS(&sb));
    sb_free(&sb);
    return s;
}

LLVMValueRef gen_func_decl(Gen *g, Func *fn)
{
    const char *name = gen_func_name(g, fn);
    LLVMValueRef f = LLVMGetNamedFunction(g->mod, name);
    if (f)
        return f;
    LLVMTypeRef ft;
    if (fn)
        ft = gen_func_type(g, fn->sig);
    else {
        LLVMTypeRef p = g->t_ptr;
        ft = LLVMFunctionType(g->t_void, &p, 1, false);
    }
    f = LLVMAddFunction(g->mod, name, ft);
    /* Declared functions and methods keep an out-of-line copy with their Go
     * symbol (for gdb and -S, as gc does) even when LLVM inlines them;
     * function literals are internal. */
    if (fn && fn->outer)
        LLVMSetLinkage(f, LLVMInternalLinkage);
    return f;
}

LLVMValueRef gen_rt_decl(Gen *g, const char *name, LLVMTypeRef fty)
{
    LLVMValueRef f = LLVMGetNamedFunction(g->mod, name);
    if (f)
        return f;
    f = LLVMAddFunction(g->mod, name, fty);
    return f;
}

LLVMValueRef gen_func_value(Gen *g, Func *fn)
{
    StrBuf sb = {0};
    sb_printf(&sb, "%s\xc2\xb7" "f", gen_func_name(g, fn)); /* gc's main.f·f */
    LLVMValueRef gv = LLVMGetNamedGlobal(g->mod, SBS(&sb));
    if (!gv) {
        LLVMValueRef code = gen_func_decl(g, fn);
        LLVMValueRef init = LLVMConstStructInContext(g->ctx, &code, 1, false);
        gv = LLVMAddGlobal(g->mod, LLVMTypeOf(init), SBS(&sb));
        LLVMSetInitializer(gv, init);
        LLVMSetGlobalConstant(gv, true);
        LLVMSetLinkage(gv, LLVMInternalLinkage);
    }
    sb_free(&sb);
    return gv;
}

LLVMTypeRef gen_closure_record(Gen *g, Func *fn)
{
    for (int i = 0; i < g->closures.len; i++)
        if (g->closures.items[i].fn == fn)
            return g->closures.items[i].rec;
    return NULL;
}

LLVMValueRef gen_cstring(Gen *g, const char *s, size_t len)
{
    LLVMValueRef ptr;
    if (len == 0)
        ptr = LLVMConstNull(g->t_ptr);
    else {
        LLVMValueRef data = LLVMConstStringInContext2(g->ctx, s, len, true);
        ptr = LLVMAddGlobal(g->mod, LLVMTypeOf(data), "go.string");
        LLVMSetInitializer(ptr, data);
        LLVMSetGlobalConstant(ptr, true);
        LLVMSetLinkage(ptr, LLVMPrivateLinkage);
        LLVMSetUnnamedAddress(ptr, LLVMGlobalUnnamedAddr);
        LLVMSetAlignment(ptr, 1);
    }
    LLVMValueRef f[] = {ptr, LLVMConstInt(g->t_i64, len, false)};
    return LLVMConstStructInContext(g->ctx, f, 2, false);
}

/* The record type of each function literal, from its MakeClosure sites:
 * {ptr code, capture0, capture1, ...}. */
static void scan_closures(Gen *g, SsaFunc *f)
{
    for (int i = 1; i < f->values.len; i++) {
        Value *v = f->values.items[i];
        if (!v || v->op != OpMakeClosure || gen_closure_record(g, v->aux.fn))
            continue;
        LLVMTypeRef *el = calloc((size_t)v->nargs + 1, sizeof *el);
        el[0] = g->t_ptr;
        for (int k = 0; k < v->nargs; k++)
            el[k + 1] = gen_type(g, v->args[k]->type);
        ClosureLayout cl = {v->aux.fn, LLVMStructTypeInContext(g->ctx, el, (unsigned)v->nargs + 1, false)};
        free(el);
        vec_push(g->arena, &g->closures, cl);
    }
}

/* main..entry: initialisers, init functions, main.main; C main calls it
 * through runtime.main. */
static void gen_entry(Gen *g, bool has_init)
{
    LLVMTypeRef vt = LLVMFunctionType(g->t_void, NULL, 0, false);
    LLVMValueRef entry = LLVMAddFunction(g->mod, "main..entry", vt);
    LLVMSetLinkage(entry, LLVMInternalLinkage);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(g->ctx);
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->ctx, entry, "entry"));
    Pos pos = pos_make(NULL, 1, 1);
    for (int i = 0; i < g->pkg->funcs.len; i++)
        if (g->pkg->funcs.items[i]->node && strcmp(g->pkg->funcs.items[i]->name, "main") == 0)
            pos = g->pkg->funcs.items[i]->node->pos;
    LLVMMetadataRef sp = gen_debug_func(g, entry, pos, NULL);
    if (sp)
        LLVMSetCurrentDebugLocation2(b, LLVMDIBuilderCreateDebugLocation(g->ctx, (unsigned)pos.line, 0, sp, NULL));
    LLVMValueRef null = LLVMConstNull(g->t_ptr);
    if (has_init) {
        LLVMValueRef f = gen_func_decl(g, NULL);
        LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, &null, 1, "");
    }
    Func *mainf = NULL;
    for (int i = 0; i < g->pkg->funcs.len; i++) {
        Func *fn = g->pkg->funcs.items[i];
        if (fn->recv || !fn->obj)
            continue;
        if (strcmp(fn->obj->name, "init") == 0) {
            LLVMValueRef f = gen_func_decl(g, fn);
            LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, &null, 1, "");
        } else if (strcmp(fn->obj->name, "main") == 0)
            mainf = fn;
    }
    if (mainf) {
        LLVMValueRef f = gen_func_decl(g, mainf);
        LLVMBuildCall2(b, LLVMGlobalGetValueType(f), f, &null, 1, "");
    }
    LLVMBuildRetVoid(b);
    LLVMSetCurrentDebugLocation2(b, NULL);

    LLVMTypeRef mp[] = {g->t_i32, g->t_ptr};
    LLVMValueRef cmain = LLVMAddFunction(g->mod, "main", LLVMFunctionType(g->t_i32, mp, 2, false));
    LLVMPositionBuilderAtEnd(b, LLVMAppendBasicBlockInContext(g->ctx, cmain, "entry"));
    LLVMTypeRef rp[] = {g->t_i32, g->t_ptr, g->t_ptr};
    LLVMTypeRef rty = LLVMFunctionType(g->t_i32, rp, 3, false);
    LLVMValueRef rmain = gen_rt_decl(g, "runtime.main", rty);
    LLVMValueRef args[] = {LLVMGetParam(cmain, 0), LLVMGetParam(cmain, 1), entry};
    LLVMValueRef rc = LLVMBuildCall2(b, rty, rmain, args, 3, "");
    LLVMBuildRet(b, rc);
    LLVMDisposeBuilder(b);
}

static LLVMTargetMachineRef host_machine(int opt)
{
    LLVMInitializeNativeTarget();
    LLVMInitializeNativeAsmPrinter();
    char *triple = LLVMGetDefaultTargetTriple();
    LLVMTargetRef target;
    char *err = NULL;
    if (LLVMGetTargetFromTriple(triple, &target, &err)) {
        fprintf(stderr, "minigo: internal error in codegen: %s\n", err);
        LLVMDisposeMessage(err);
        LLVMDisposeMessage(triple);
        return NULL;
    }
    char *cpu = LLVMGetHostCPUName(), *features = LLVMGetHostCPUFeatures();
    LLVMTargetMachineRef tm = LLVMCreateTargetMachine(target, triple, cpu, features,
                                                      opt ? LLVMCodeGenLevelDefault : LLVMCodeGenLevelNone,
                                                      LLVMRelocPIC, LLVMCodeModelDefault);
    LLVMDisposeMessage(cpu);
    LLVMDisposeMessage(features);
    LLVMDisposeMessage(triple);
    return tm;
}

GenModule *gen_module_new(Package *pkg, Arena *arena, const CodegenOptions *opts)
{
    GenModule *m = calloc(1, sizeof *m);
    m->tm = host_machine(opts->opt);
    if (!m->tm) {
        free(m);
        return NULL;
    }
    Gen *g = &m->g;
    g->pkg = pkg;
    g->arena = arena;
    g->opts = opts;
    g->esc = opts->esc;
    g->flip_pending = opts->verify_escape && getenv("MINIGO_VERIFY_ESCAPE_FLIP") != NULL;
    g->ctx = LLVMContextCreate();
    g->mod = LLVMModuleCreateWithNameInContext("main", g->ctx);
    char *triple = LLVMGetTargetMachineTriple(m->tm);
    LLVMSetTarget(g->mod, triple);
    LLVMDisposeMessage(triple);
    g->td = LLVMCreateTargetDataLayout(m->tm);
    char *dl = LLVMCopyStringRepOfTargetData(g->td);
    LLVMSetDataLayout(g->mod, dl);
    LLVMDisposeMessage(dl);
    gen_types_init(g);

    gen_debug_init(g, pkg->funcs.len && pkg->funcs.items[0]->node ? pkg->funcs.items[0]->node->pos.file : "main.go");
    g->sp = ssa_package_new(pkg, arena);
    g->sp->keep_vars = opts->keep_vars;
    FuncList funcs = {0};
    ssa_package_funcs(g->sp, arena, &funcs);
    VEC(SsaFunc *) built = {0};
    for (int i = 0; i < funcs.len; i++) {
        SsaFunc *f = ssa_build_func(g->sp, funcs.items[i]);
        ssa_run_passes(f, NULL, NULL);
        vec_push(arena, &built, f);
    }
    SsaFunc *init = ssa_build_init(g->sp);
    if (init) {
        ssa_run_passes(init, NULL, NULL);
        vec_push(arena, &built, init);
    }
    for (int i = 0; i < built.len; i++)
        scan_closures(g, built.items[i]);
    for (int i = 0; i < built.len; i++)
        gen_func_decl(g, built.items[i]->fn);
    for (int i = 0; i < built.len; i++)
        gen_function(g, built.items[i]);
    gen_entry(g, init != NULL);
    gen_debug_finish(g);
    /* descriptors may point at types made in a function's arena: free last */
    for (int i = 0; i < built.len; i++)
        ssa_func_free(built.items[i]);
    g->descs.len = 0;

    if (g->errors) {
        gen_module_free(m);
        return NULL;
    }
    char *err = NULL;
    if (LLVMVerifyModule(g->mod, LLVMReturnStatusAction, &err)) {
        fprintf(stderr, "minigo: internal error in codegen: the LLVM module does not verify:\n%s\n", err);
        LLVMDisposeMessage(err);
        if (getenv("MINIGO_DUMP_BAD_IR"))
            LLVMDumpModule(g->mod);
        gen_module_free(m);
        return NULL;
    }
    LLVMDisposeMessage(err);
    if (opts->verify_escape) { /* before any pass: the allocas are still there */
        int bad = gen_verify_escape(g);
        if (opts->escape_mismatches)
            *opts->escape_mismatches = bad;
    }
    if (opts->opt > 0) {
        LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions();
        LLVMErrorRef e = LLVMRunPasses(g->mod, "default<O2>", m->tm, po);
        LLVMDisposePassBuilderOptions(po);
        if (e) {
            char *msg = LLVMGetErrorMessage(e);
            fprintf(stderr, "minigo: internal error in codegen: %s\n", msg);
            LLVMDisposeErrorMessage(msg);
        }
    }
    return m;
}

void gen_module_free(GenModule *m)
{
    if (!m)
        return;
    LLVMDisposeModule(m->g.mod);
    LLVMDisposeTargetData(m->g.td);
    LLVMContextDispose(m->g.ctx);
    LLVMDisposeTargetMachine(m->tm);
    free(m);
}

int codegen_print_ir(Package *pkg, Arena *arena, const CodegenOptions *opts, FILE *out)
{
    GenModule *m = gen_module_new(pkg, arena, opts);
    if (!m)
        return 2;
    char *s = LLVMPrintModuleToString(m->g.mod);
    fputs(s, out);
    LLVMDisposeMessage(s);
    gen_module_free(m);
    return 0;
}
