/*
 * escjson.c — `minigo escape -json`: one JSON object a line for every
 * escape decision ("does not escape" ones included, which gc's -json
 * leaves out) and for every map operation, following the versioned schema
 * src/compare/escape-json.v1.schema.json.
 *
 * Approach: the escape phase's own -m=2 text is the source of truth (it is
 * gc-identical); escflow.c turns it into decisions with their explanation
 * blocks, flows and steps (shared with `minigo escape -explain`), and this
 * file writes them out as JSON.
 * Map operations come from the SSA after all passes, where each one is a
 * call of the runtime entry point it will use; the reason is read off the
 * map's key and value types as build_call.c chooses (key kind, key and
 * value sizes).
 */
#include "compare.h"
#include "escflow.h"

#include "../escape/escape.h"
#include "../ssa/ssa.h"

#include <stdlib.h>
#include <string.h>

enum { SCHEMA_VERSION = 1 };

/* ---- JSON text ------------------------------------------------------------- */

static void json_str(FILE *out, const char *s, size_t n)
{
    fputc('"', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void json_cstr(FILE *out, const char *s) { json_str(out, s, strlen(s)); }

static void json_pos(FILE *out, const char *file, size_t nfile, int line, int col)
{
    fputs("{\"file\":", out);
    json_str(out, file, nfile);
    fprintf(out, ",\"line\":%d,\"col\":%d}", line, col);
}

/* ---- decisions ------------------------------------------------------------------ */

static void json_fpos(FILE *out, const EscFlowPos *p) { json_pos(out, p->file, strlen(p->file), p->line, p->col); }

static void json_step(FILE *out, const EscStep *st)
{
    if (!st->what) {
        fputs("{\"text\":", out);
        json_cstr(out, st->text);
        fputc('}', out);
        return;
    }
    fputs("{\"what\":", out);
    json_cstr(out, st->what);
    fputs(",\"why\":", out);
    json_cstr(out, st->why);
    if (st->has_at) {
        fputs(",\"at\":", out);
        json_fpos(out, &st->at);
    }
    fputc('}', out);
}

static void json_flow(FILE *out, const EscFlow *f)
{
    fputs("{\"dst\":", out);
    json_cstr(out, f->dst);
    fputs(",\"src\":", out);
    json_cstr(out, f->src);
    fputs(",\"steps\":[", out);
    for (int k = 0; k < f->nsteps; k++) {
        if (k)
            fputc(',', out);
        json_step(out, &f->steps[k]);
    }
    fputs("]}", out);
}

/* The explanation blocks of a decision: each a summary and its flows. */
static void json_explanation(FILE *out, const EscFlows *ef, const EscDecision *d)
{
    fputs("\"explanation\":[", out);
    for (int i = 0; i < d->nblocks; i++) {
        const EscBlock *b = &ef->blocks[d->blocks[i]];
        fprintf(out, "%s{\"summary\":", i ? "," : "");
        json_cstr(out, b->summary);
        fputs(",\"flows\":[", out);
        for (int j = 0; j < b->nflows; j++) {
            if (j)
                fputc(',', out);
            json_flow(out, &b->flows[j]);
        }
        fputs("]}", out);
    }
    fputc(']', out);
}

/* ---- map operations -------------------------------------------------------------- */

static Type *map_type_of(Value *v)
{
    if (v->type && type_underlying(v->type)->kind == TY_MAP)
        return type_underlying(v->type);
    for (int i = 0; i < v->nargs; i++) {
        Value *a = v->args[i];
        if (a->op == OpTypeAddr && a->aux.type && type_underlying(a->aux.type)->kind == TY_MAP)
            return type_underlying(a->aux.type);
        if (a->type && type_underlying(a->type)->kind == TY_MAP)
            return type_underlying(a->type);
    }
    return NULL;
}

static const char *map_reason(const char *rt, Type *key, int64_t ksize, int64_t vsize)
{
    if (strncmp(rt, "runtime.makemap", 15) == 0)
        return strcmp(rt, "runtime.makemap_small") == 0 ? "no size hint, or a constant hint of at most 8"
                                                        : "a size hint that is not a small constant";
    if (strstr(rt, "_faststr"))
        return "key kind string: the string fast path";
    if (strstr(rt, "_fast64ptr"))
        return "key is one 8-byte pointer: the 64-bit fast path for pointers";
    TypeKind kk = type_underlying(key)->kind;
    if (strstr(rt, "_fast64"))
        return kk == TY_POINTER ? "key is an 8-byte pointer: the 64-bit fast path"
                                : "key is 8 bytes of plain memory: the 64-bit fast path";
    if (strstr(rt, "_fast32"))
        return "key is 4 bytes of plain memory: the 32-bit fast path";
    if (strstr(rt, "mapiter") || strstr(rt, "mapclear"))
        return "iteration and clearing have one entry point for all maps";
    if (vsize > 128)
        return "value larger than 128 bytes: no fast path";
    if (kk == TY_FLOAT32 || kk == TY_FLOAT64)
        return "float key (NaN, +0 and -0 need the type's own hash and equality): the generic entry point";
    if (kk == TY_INTERFACE)
        return "interface key (hashed through its dynamic type): the generic entry point";
    (void)ksize;
    return "key is not 4 or 8 bytes of plain memory nor a string: the generic entry point";
}

/* Where the map made at line:col lives, from its -m=1 decision: "heap",
 * "stack", or NULL when there is none (e.g. a map made in the package
 * initialiser, which gc does not report). */
static const char *map_lives(const char *m1, int line, int col)
{
    char key[64];
    snprintf(key, sizeof key, ".go:%d:%d: ", line, col);
    for (const char *p = strstr(m1, key); p; p = strstr(p + 1, key)) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        if (n > 16 && strncmp(p + n - 16, " escapes to heap", 16) == 0)
            return "heap";
        if (n > 16 && strncmp(p + n - 16, " does not escape", 16) == 0)
            return "stack";
    }
    return NULL;
}

static void json_map_ops(FILE *out, SsaFunc *f, const char *m1)
{
    ssa_run_passes(f, NULL, NULL);
    for (int i = 0; i < f->blocks.len; i++) {
        Block *b = f->blocks.items[i];
        for (int j = 0; j < b->values.len; j++) {
            Value *v = b->values.items[j];
            const char *rt = v->rt ? v->rt->name : NULL;
            if (!rt || (strncmp(rt, "runtime.map", 11) != 0 && strncmp(rt, "runtime.makemap", 15) != 0))
                continue;
            Type *mt = map_type_of(v);
            fprintf(out, "{\"version\":%d,\"kind\":\"map-op\",\"pos\":", SCHEMA_VERSION);
            json_pos(out, v->pos.file ? v->pos.file : "", v->pos.file ? strlen(v->pos.file) : 0, v->pos.line,
                     v->pos.col);
            fputs(",\"function\":", out);
            json_cstr(out, f->name);
            fputs(",\"runtime\":", out);
            json_cstr(out, rt);
            if (mt) {
                int64_t ks = type_size(mt->key), vs = type_size(mt->elem);
                fputs(",\"map_type\":", out);
                json_cstr(out, type_string(mt));
                fputs(",\"key_type\":", out);
                json_cstr(out, type_string(mt->key));
                fputs(",\"key_kind\":", out);
                json_cstr(out, type_string(type_underlying(mt->key)));
                fprintf(out, ",\"key_size\":%lld,\"value_size\":%lld", (long long)ks, (long long)vs);
                fputs(",\"reason\":", out);
                json_cstr(out, map_reason(rt, mt->key, ks, vs));
            }
            const char *lives = strncmp(rt, "runtime.makemap", 15) == 0 ? map_lives(m1, v->pos.line, v->pos.col) : NULL;
            if (lives) {
                fputs(",\"lives\":", out);
                json_cstr(out, lives);
            }
            fputs("}\n", out);
        }
    }
    ssa_func_free(f);
}

/* ---- entry point ------------------------------------------------------------------ */

int escape_json(Package *pkg, Arena *arena, FILE *out)
{
    EscFlows *ef = esc_flows_collect(pkg, arena);
    for (int i = 0; i < ef->ndecisions; i++) {
        const EscDecision *d = &ef->decisions[i];
        fprintf(out, "{\"version\":%d,\"kind\":", SCHEMA_VERSION);
        json_cstr(out, d->kind);
        fputs(",\"pos\":", out);
        json_fpos(out, &d->pos);
        fputs(",\"function\":", out);
        json_cstr(out, d->function);
        fputs(",\"message\":", out);
        json_cstr(out, d->message);
        fputc(',', out);
        json_explanation(out, ef, d);
        fputs("}\n", out);
    }
    SsaPackage *sp = ssa_package_new(pkg, arena);
    FuncList funcs = {0};
    ssa_package_funcs(sp, arena, &funcs);
    for (int i = 0; i < funcs.len; i++)
        json_map_ops(out, ssa_build_func(sp, funcs.items[i]), ef->m1);
    SsaFunc *init = ssa_build_init(sp);
    if (init)
        json_map_ops(out, init, ef->m1);
    return 0;
}
