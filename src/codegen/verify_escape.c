/*
 * verify_escape.c — `minigo build -verify-escape`: every escape decision
 * checked against the LLVM IR actually emitted.
 *
 * Approach: while emitting, codegen tags each instruction that creates the
 * memory of an allocation site with !minigo.alloc !{!"KIND FILE:LINE:COL"}
 * (gen_tag_alloc): KIND is "alloc" (new, &T{}, composite literals, make,
 * closures, method values), "box" (an interface conversion's copy) or
 * "var" (a variable's storage); "static" marks a box that became read-only
 * data (a constant converted to an interface, as gc does), "design" an
 * allocation that is on the heap by minigo's design (a defer record). The
 * tag says only where the site is in the source, not what escape analysis
 * decided: after the module is emitted and verified, before any LLVM pass
 * (so mem2reg has not removed allocas, with or without -N), we walk every
 * instruction and read off what the IR really does at each tagged site:
 *
 *   stack   an alloca, or runtime.makemap_stack (a map in stack memory);
 *   heap    a call of runtime.newobject, makemap, makemap_small, makeslice.
 *
 * Then every decision of the EscResult (esc_foreach_decision) must agree:
 * a heap decision needs heap sites and no stack one at its position, a
 * stack decision no heap site (no site at all is fine: the SSA may keep
 * the value in registers or drop it; a heap decision on a line the SSA
 * removed as unreachable has nothing to check); a variable with a heap site must be
 * "moved to heap". A runtime allocation call with no tag must not exist,
 * except for the entry points that allocate on the heap by design (below).
 * Mismatches print as FILE:LINE:COL: escape says X but IR has Y.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

static const char TAG[] = "minigo.alloc";

/* Runtime calls that allocate on the heap whatever escape analysis says,
 * so they carry no tag and no decision is checked against them:
 *   growslice            append's grown backing array always lives on
 *                        the heap (gc does the same);
 *   concatstring2/s      minigo's runtime always allocates the result
 *                        (gc uses a 32-byte stack buffer when the result
 *                        does not escape: a speed difference only);
 *   slicebytetostring, slicerunetostring, stringtoslicebyte,
 *   stringtoslicerune, intstring
 *                        conversions: same as concatenation. */
static const char *const by_design[] = {
    "runtime.growslice",         "runtime.concatstring2",     "runtime.concatstrings",
    "runtime.slicebytetostring", "runtime.slicerunetostring", "runtime.stringtoslicebyte",
    "runtime.stringtoslicerune", "runtime.intstring",
};

/* The entry points whose call is an allocation site's heap memory. */
static const char *const heap_allocs[] = {"runtime.newobject", "runtime.makemap", "runtime.makemap_small",
                                          "runtime.makeslice"};

static bool in_list(const char *name, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(name, list[i]) == 0)
            return true;
    return false;
}

/* ---- tagging (while emitting) --------------------------------------------------------------- */

LLVMValueRef gen_tag_alloc(FnGen *fg, LLVMValueRef inst, const char *kind, Pos pos)
{
    Gen *g = fg->g;
    if (!g->opts->verify_escape || !inst)
        return inst;
    char buf[1024];
    int n = snprintf(buf, sizeof buf, "%s %s:%d:%d", kind, pos.file ? pos.file : "?", pos.line, pos.col);
    LLVMMetadataRef s = LLVMMDStringInContext2(g->ctx, buf, (size_t)(n < (int)sizeof buf ? n : (int)sizeof buf - 1));
    LLVMMetadataRef md = LLVMMDNodeInContext2(g->ctx, &s, 1);
    unsigned kid = LLVMGetMDKindIDInContext(g->ctx, TAG, sizeof TAG - 1);
    if (LLVMIsAGlobalVariable(inst))
        LLVMGlobalSetMetadata(inst, kid, md);
    else if (LLVMIsAInstruction(inst))
        LLVMSetMetadata(inst, kid, LLVMMetadataAsValue(g->ctx, md));
    return inst;
}

bool gen_flip_decision(Gen *g, bool heap)
{
    if (g->flip_pending) {
        g->flip_pending = false;
        return !heap;
    }
    return heap;
}

/* ---- reading the IR back ------------------------------------------------------------------ */

typedef enum Placed { PL_STACK, PL_HEAP, PL_STATIC, PL_DESIGN, PL_OTHER } Placed;

typedef struct Site {
    char kind[16];
    char pos[1000]; /* FILE:LINE:COL */
    Placed placed;
    const char *what; /* "an alloca", "runtime.newobject", ... */
    bool matched;
} Site;

typedef struct Decision {
    EscSiteKind kind;
    char pos[1000];
    bool heap;
} Decision;

typedef struct Verify {
    Gen *g;
    VEC(Site) sites;
    VEC(Decision) decisions;
    int mismatches;
    int untagged;
} Verify;

static const char *callee_name(LLVMValueRef call)
{
    LLVMValueRef f = LLVMGetCalledValue(call);
    if (!f || !LLVMIsAFunction(f))
        return NULL;
    size_t n;
    return LLVMGetValueName2(f, &n);
}

/* The tag's string, or NULL. */
static const char *tag_of(LLVMValueRef md, unsigned *len)
{
    if (!md || LLVMGetMDNodeNumOperands(md) != 1)
        return NULL;
    LLVMValueRef op;
    LLVMGetMDNodeOperands(md, &op);
    return LLVMGetMDString(op, len);
}

static void add_site(Verify *v, const char *tag, unsigned len, Placed placed, const char *what)
{
    Site s = {.placed = placed, .what = what};
    const char *sp = memchr(tag, ' ', len);
    if (!sp)
        return;
    snprintf(s.kind, sizeof s.kind, "%.*s", (int)(sp - tag), tag);
    snprintf(s.pos, sizeof s.pos, "%.*s", (int)(len - (unsigned)(sp + 1 - tag)), sp + 1);
    if (strcmp(s.kind, "static") == 0) {
        snprintf(s.kind, sizeof s.kind, "box");
        s.placed = PL_STATIC;
    } else if (strcmp(s.kind, "design") == 0)
        s.placed = PL_DESIGN;
    vec_push(v->g->arena, &v->sites, s);
}

/* Where an untagged instruction is, for the message: its debug location,
 * else its function's name. */
static void where(char *buf, size_t n, LLVMValueRef inst, LLVMValueRef fn)
{
    unsigned flen = 0;
    const char *file = LLVMGetDebugLocFilename(inst, &flen);
    size_t fnlen;
    if (file && flen)
        snprintf(buf, n, "%.*s:%u:%u", (int)flen, file, LLVMGetDebugLocLine(inst), LLVMGetDebugLocColumn(inst));
    else
        snprintf(buf, n, "%s", LLVMGetValueName2(fn, &fnlen));
}

static void scan_instruction(Verify *v, LLVMValueRef fn, LLVMValueRef inst, unsigned kid)
{
    const char *name = LLVMIsACallInst(inst) ? callee_name(inst) : NULL;
    unsigned len = 0;
    const char *tag = tag_of(LLVMGetMetadata(inst, kid), &len);
    if (tag) {
        if (LLVMIsAAllocaInst(inst))
            add_site(v, tag, len, PL_STACK, "an alloca");
        else if (name && strcmp(name, "runtime.makemap_stack") == 0)
            add_site(v, tag, len, PL_STACK, "runtime.makemap_stack (a map in stack memory)");
        else if (name && in_list(name, heap_allocs, sizeof heap_allocs / sizeof *heap_allocs))
            add_site(v, tag, len, PL_HEAP, name);
        else if (name && in_list(name, by_design, sizeof by_design / sizeof *by_design))
            add_site(v, tag, len, PL_DESIGN, name);
        else
            add_site(v, tag, len, PL_OTHER, name ? name : "an instruction that is not an allocation");
        return;
    }
    if (name && in_list(name, heap_allocs, sizeof heap_allocs / sizeof *heap_allocs)) {
        char at[1100];
        where(at, sizeof at, inst, fn);
        fprintf(stderr, "%s: escape made no decision but IR has an untagged %s call\n", at, name);
        v->untagged++;
        v->mismatches++;
    }
}

static void scan_module(Verify *v)
{
    unsigned kid = LLVMGetMDKindIDInContext(v->g->ctx, TAG, sizeof TAG - 1);
    for (LLVMValueRef fn = LLVMGetFirstFunction(v->g->mod); fn; fn = LLVMGetNextFunction(fn))
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i))
                scan_instruction(v, fn, i, kid);
    for (LLVMValueRef gv = LLVMGetFirstGlobal(v->g->mod); gv; gv = LLVMGetNextGlobal(gv)) {
        size_t n = 0;
        LLVMValueMetadataEntry *all = LLVMGlobalCopyAllMetadata(gv, &n);
        for (size_t k = 0; k < n; k++)
            if (LLVMValueMetadataEntriesGetKind(all, (unsigned)k) == kid) {
                LLVMValueRef md = LLVMMetadataAsValue(v->g->ctx, LLVMValueMetadataEntriesGetMetadata(all, (unsigned)k));
                unsigned len = 0;
                const char *tag = tag_of(md, &len);
                if (tag)
                    add_site(v, tag, len, PL_STATIC, "read-only data");
            }
        if (all)
            LLVMDisposeValueMetadataEntries(all);
    }
}

/* ---- decisions ------------------------------------------------------------------------------- */

static const char *const site_kind[] = {"alloc", "box", "var"};

static void add_decision(void *ctx, EscSiteKind kind, Pos pos, bool heap)
{
    Verify *v = ctx;
    Decision d = {.kind = kind, .heap = heap};
    snprintf(d.pos, sizeof d.pos, "%s:%d:%d", pos.file ? pos.file : "?", pos.line, pos.col);
    vec_push(v->g->arena, &v->decisions, d);
}

static const char *said(const Decision *d)
{
    if (d->kind == ESC_SITE_VAR)
        return "moved to heap";
    if (d->kind == ESC_SITE_BOX)
        return d->heap ? "heap (the interface's copy escapes)" : "stack (the interface's copy does not escape)";
    return d->heap ? "heap (escapes to heap)" : "stack (does not escape)";
}

/* Whether any instruction comes from the line of pos (FILE:LINE:COL),
 * by its debug location. gc decides on code the SSA passes then remove as
 * unreachable (`case 20:` of `switch 10`); such a line has no code left,
 * and a heap decision there has nothing to be checked against. */
static bool line_has_code(Verify *v, const char *pos)
{
    const char *c2 = strrchr(pos, ':');
    const char *c1 = c2 ? c2 - 1 : NULL;
    while (c1 && c1 > pos && *c1 != ':')
        c1--;
    if (!c1 || c1 == pos)
        return true;
    unsigned line = (unsigned)atoi(c1 + 1);
    const char *base = pos;
    for (const char *p = pos; p < c1; p++)
        if (*p == '/')
            base = p + 1;
    size_t blen = (size_t)(c1 - base);
    for (LLVMValueRef fn = LLVMGetFirstFunction(v->g->mod); fn; fn = LLVMGetNextFunction(fn))
        for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
            for (LLVMValueRef i = LLVMGetFirstInstruction(bb); i; i = LLVMGetNextInstruction(i)) {
                unsigned flen = 0;
                const char *file = LLVMGetDebugLocLine(i) == line ? LLVMGetDebugLocFilename(i, &flen) : NULL;
                if (!file)
                    continue;
                const char *fb = file;
                for (unsigned k = 0; k < flen; k++)
                    if (file[k] == '/')
                        fb = file + k + 1;
                if ((size_t)(file + flen - fb) == blen && memcmp(fb, base, blen) == 0)
                    return true;
            }
    return false;
}

static void check_decision(Verify *v, const Decision *d)
{
    bool any = false;
    for (int i = 0; i < v->sites.len; i++) {
        Site *s = &v->sites.items[i];
        if (strcmp(s->kind, site_kind[d->kind]) != 0 || strcmp(s->pos, d->pos) != 0)
            continue;
        s->matched = true;
        any = true;
        bool ok = s->placed == PL_STATIC || s->placed == PL_DESIGN || (s->placed == PL_HEAP) == d->heap;
        if (s->placed == PL_OTHER)
            ok = false;
        if (!ok) {
            fprintf(stderr, "%s: escape says %s but IR has %s\n", d->pos, said(d), s->what);
            v->mismatches++;
        }
    }
    if (!any && d->heap && line_has_code(v, d->pos)) {
        fprintf(stderr, "%s: escape says %s but IR has no allocation for it\n", d->pos, said(d));
        v->mismatches++;
    }
}

/* A tagged heap site no decision covers: a variable must have been moved
 * to the heap; other sites without a decision are those gc does not
 * analyse (package initialisers), which live on the heap as globals do. */
static void check_unmatched(Verify *v, const Site *s)
{
    if (s->matched || s->placed != PL_HEAP)
        return;
    if (strcmp(s->kind, "var") == 0) {
        fprintf(stderr, "%s: escape says stack (not moved to heap) but IR has %s\n", s->pos, s->what);
        v->mismatches++;
    }
}

int gen_verify_escape(Gen *g)
{
    Verify v = {.g = g};
    scan_module(&v);
    esc_foreach_decision(g->esc, add_decision, &v);
    for (int i = 0; i < v.decisions.len; i++)
        check_decision(&v, &v.decisions.items[i]);
    for (int i = 0; i < v.sites.len; i++)
        check_unmatched(&v, &v.sites.items[i]);
    if (getenv("MINIGO_VERIFY_ESCAPE_DEBUG")) { /* hidden: what was compared */
        for (int i = 0; i < v.sites.len; i++)
            fprintf(stderr, "site %s %s: %s\n", v.sites.items[i].kind, v.sites.items[i].pos, v.sites.items[i].what);
        for (int i = 0; i < v.decisions.len; i++)
            fprintf(stderr, "decision %s %s: %s\n", site_kind[v.decisions.items[i].kind], v.decisions.items[i].pos,
                    v.decisions.items[i].heap ? "heap" : "stack");
    }
    if (g->opts->verify_verbose)
        fprintf(stderr, "verify-escape: %d decisions, %d tagged allocation sites in the IR, %d mismatches\n",
                v.decisions.len, v.sites.len, v.mismatches);
    return v.mismatches;
}
