/*
 * escjson.c — `minigo escape -json`: one JSON object a line for every
 * escape decision ("does not escape" ones included, which gc's -json
 * leaves out) and for every map operation, following the versioned schema
 * src/compare/escape-json.v1.schema.json.
 *
 * Approach: the escape phase's own -m=2 text is the source of truth (it is
 * gc-identical), so we run it into memory and turn it into structure:
 * a block "POS: X escapes to heap:" / "POS: parameter p leaks to ...:"
 * followed by "  flow: dst = src:" and "    from WHAT (REASON) at POS"
 * lines is the explanation of the decision printed later at the same POS.
 * Map operations come from the SSA after all passes, where each one is a
 * call of the runtime entry point it will use; the reason is read off the
 * map's key and value types as build_call.c chooses (key kind, key and
 * value sizes).
 */
#include "compare.h"

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

/* ---- parsed -m=2 lines ------------------------------------------------------ */

typedef struct MLine {
    const char *file;
    size_t nfile;
    int line, col;
    const char *msg; /* after "LINE:COL: " (indentation kept) */
} MLine;

/* "path.go:L:C: msg" */
static bool parse_mline(const char *s, MLine *m)
{
    const char *go = strstr(s, ".go:");
    int used = 0;
    if (!go || sscanf(go + 4, "%d:%d: %n", &m->line, &m->col, &used) != 2 || used == 0)
        return false;
    m->file = s;
    m->nfile = (size_t)(go + 3 - s);
    m->msg = go + 4 + used;
    /* sscanf's " " after ':' ate the indentation: give it back. */
    while (m->msg > go + 4 && m->msg[-1] == ' ' && m->msg[-2] == ' ')
        m->msg--;
    return true;
}

static bool same_pos(const MLine *a, const MLine *b) { return a->line == b->line && a->col == b->col; }

static const char *decision_kind(const char *msg)
{
    size_t n = strlen(msg);
    if (strncmp(msg, "leaking param content: ", 23) == 0)
        return "leaking-param-content";
    if (strncmp(msg, "leaking param: ", 15) == 0)
        return strstr(msg, " to result ") ? "leaking-param-to-result" : "leaking-param";
    if (strncmp(msg, "moved to heap: ", 15) == 0)
        return "moved-to-heap";
    if (n > 16 && strcmp(msg + n - 16, " escapes to heap") == 0)
        return "escapes-to-heap";
    if (n > 16 && strcmp(msg + n - 16, " does not escape") == 0)
        return "does-not-escape";
    return "other";
}

/* "    from WHAT (REASON) at FILE:L:C" as a step object. */
static void json_step(FILE *out, const char *s)
{
    const char *from = s + strspn(s, " ") + 5;
    const char *at = strstr(from, ") at ");
    const char *open = NULL;
    if (at) /* the reason's "(": the last one before ") at " */
        for (const char *p = from; p < at; p++)
            if (*p == '(')
                open = p;
    if (!at || !open || open == from) {
        fputs("{\"text\":", out);
        json_cstr(out, s + strspn(s, " "));
        fputc('}', out);
        return;
    }
    MLine where;
    fputs("{\"what\":", out);
    json_str(out, from, (size_t)(open - 1 - from));
    fputs(",\"why\":", out);
    json_str(out, open + 1, (size_t)(at - open - 1));
    char buf[512];
    snprintf(buf, sizeof buf, "%s: ", at + 5);
    if (parse_mline(buf, &where)) {
        fputs(",\"at\":", out);
        json_pos(out, where.file, where.nfile, where.line, where.col);
    }
    fputc('}', out);
}

/* The explanation blocks at m's position, from lines [0, upto): each block
 * is a header "...:" and its flow/from lines. */
static void json_explanation(FILE *out, MLine *ml, bool *used, int upto, const MLine *m)
{
    fputs("\"explanation\":[", out);
    bool first = true;
    for (int i = 0; i < upto; i++) {
        if (used[i] || !same_pos(&ml[i], m) || ml[i].msg[0] == ' ')
            continue;
        size_t n = strlen(ml[i].msg);
        if (n == 0 || ml[i].msg[n - 1] != ':')
            continue;
        used[i] = true;
        fprintf(out, "%s{\"summary\":", first ? "" : ",");
        first = false;
        json_str(out, ml[i].msg, n - 1);
        fputs(",\"flows\":[", out);
        bool fflow = true, open = false, fstep = true;
        for (int j = i + 1; j < upto && same_pos(&ml[j], m) && ml[j].msg[0] == ' '; j++) {
            used[j] = true;
            const char *t = ml[j].msg + strspn(ml[j].msg, " ");
            bool is_flow = strncmp(t, "flow: ", 6) == 0;
            if (is_flow || !open) { /* a new flow (or steps before any flow line) */
                if (open)
                    fputs("]}", out);
                fprintf(out, "%s{\"dst\":", fflow ? "" : ",");
                fflow = false;
                open = fstep = true;
                const char *eq = is_flow ? strstr(t, " = ") : NULL;
                size_t tn = strlen(t);
                if (eq) {
                    json_str(out, t + 6, (size_t)(eq - t - 6));
                    fputs(",\"src\":", out);
                    json_str(out, eq + 3, tn - (size_t)(eq + 3 - t) - (t[tn - 1] == ':'));
                } else
                    fputs("\"\",\"src\":\"\"", out);
                fputs(",\"steps\":[", out);
                if (is_flow)
                    continue;
            }
            if (!fstep)
                fputc(',', out);
            fstep = false;
            json_step(out, ml[j].msg);
        }
        if (open)
            fputs("]}", out);
        fputs("]}", out);
    }
    fputc(']', out);
}

/* ---- functions by position --------------------------------------------------- */

static bool pos_le(int l1, int c1, int l2, int c2) { return l1 < l2 || (l1 == l2 && c1 <= c2); }

static bool covers(const Func *fn, int line, int col)
{
    const Node *n = fn->node;
    const Node *body = n->kind == N_FUNCLIT ? n->u.funclit.body : n->u.func.body;
    Pos a = n->pos, b = body ? body->u.block.rbrace : n->pos;
    return pos_le(a.line, a.col, line, col) && pos_le(line, col, b.line, b.col);
}

/* The innermost function whose text holds the position; a literal's own
 * position (its closure allocation) belongs to the enclosing function. */
static const char *func_at(SsaPackage *sp, const FuncList *fl, int line, int col)
{
    const Func *best = NULL;
    for (int i = 0; i < fl->len; i++) {
        const Func *fn = fl->items[i];
        if (!covers(fn, line, col))
            continue;
        if (fn->node->kind == N_FUNCLIT && fn->node->pos.line == line && fn->node->pos.col == col)
            continue;
        if (!best || pos_le(best->node->pos.line, best->node->pos.col, fn->node->pos.line, fn->node->pos.col))
            best = fn;
    }
    return best ? ssa_func_name(sp, (Func *)best) : "init";
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

/* The -m=N text of the package (malloc'd). */
static char *escape_text(Package *pkg, Arena *arena, int level)
{
    char *text = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&text, &len);
    if (!mf)
        diag_fatal("escape", "open_memstream failed");
    EscOptions eo = {level, mf, arena};
    esc_free(escape_analyze(pkg, &eo));
    fclose(mf);
    return text;
}

/* True if "L:C: msg" of m is a line of the -m=1 text: a decision (-m=2
 * adds explanation blocks and gc's "capturing by value" notes, which are
 * not decisions). */
static bool is_decision(const char *m1, const MLine *m)
{
    char key[64];
    snprintf(key, sizeof key, ".go:%d:%d: ", m->line, m->col);
    size_t kn = strlen(key), mn = strlen(m->msg);
    for (const char *p = strstr(m1, key); p; p = strstr(p + 1, key))
        if (strncmp(p + kn, m->msg, mn) == 0 && (p[kn + mn] == '\n' || p[kn + mn] == 0))
            return true;
    return false;
}

int escape_json(Package *pkg, Arena *arena, FILE *out)
{
    char *m1 = escape_text(pkg, arena, 1);
    char *text = escape_text(pkg, arena, 2);

    SsaPackage *sp = ssa_package_new(pkg, arena);
    FuncList funcs = {0};
    ssa_package_funcs(sp, arena, &funcs);

    /* Split into lines kept in place (text is ours). */
    int n = 0, cap = 64;
    MLine *ml = malloc((size_t)cap * sizeof *ml);
    for (char *p = text; p && *p;) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = 0;
        if (n == cap)
            ml = realloc(ml, (size_t)(cap *= 2) * sizeof *ml);
        if (!ml)
            diag_fatal("escape", "out of memory");
        if (parse_mline(p, &ml[n]))
            n++;
        p = nl ? nl + 1 : p + strlen(p);
    }
    bool *used = calloc((size_t)n + 1, sizeof *used);
    for (int i = 0; i < n; i++) {
        size_t mn = strlen(ml[i].msg);
        if (ml[i].msg[0] == ' ' || (mn > 0 && ml[i].msg[mn - 1] == ':') || !is_decision(m1, &ml[i]))
            continue; /* explanation lines are attached to their decision */
        fprintf(out, "{\"version\":%d,\"kind\":", SCHEMA_VERSION);
        json_cstr(out, decision_kind(ml[i].msg));
        fputs(",\"pos\":", out);
        json_pos(out, ml[i].file, ml[i].nfile, ml[i].line, ml[i].col);
        fputs(",\"function\":", out);
        json_cstr(out, func_at(sp, &funcs, ml[i].line, ml[i].col));
        fputs(",\"message\":", out);
        json_cstr(out, ml[i].msg);
        fputc(',', out);
        json_explanation(out, ml, used, i, &ml[i]);
        fputs("}\n", out);
    }
    for (int i = 0; i < funcs.len; i++)
        json_map_ops(out, ssa_build_func(sp, funcs.items[i]), m1);
    SsaFunc *init = ssa_build_init(sp);
    if (init)
        json_map_ops(out, init, m1);
    free(used);
    free(ml);
    free(text);
    free(m1);
    return 0;
}
