/*
 * print.c — the text dump, in the form gc prints for GOSSAFUNC
 * (cmd/compile/internal/ssa/print.go, Value.LongString):
 *
 *   viaPtr func(*map[string]int, string, int)
 *     b1:
 *       (?) v1 = InitMem <mem>
 *       (13) v6 = NilCheck <void> v2 v1
 *       (13) v7 = Load <map[string]int> v2 v1
 *       ...
 *       Ret v12
 *     b2: <- b1 b3
 *
 * One value a line: (LINE) vN = Op <type> [auxint] {aux} args. Lines are
 * the source lines of the AST node the value came from; (?) when none.
 * Blocks in creation order, phis first; the control line last.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ssa.h"

/* Appending without printf: the dump of a large program is mostly these. */
static void put_str(StrBuf *out, const char *s) { sb_append(out, s, strlen(s)); }

static void put_int(StrBuf *out, long long x)
{
    char buf[24];
    int n = 0;
    unsigned long long u = x < 0 ? 0ull - (unsigned long long)x : (unsigned long long)x;
    do {
        buf[sizeof buf - 1 - n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (x < 0)
        buf[sizeof buf - 1 - n++] = '-';
    sb_append(out, buf + sizeof buf - n, (size_t)n);
}

/* " vN", " bN", "[N]" and friends */
static void put_ref(StrBuf *out, const char *prefix, long long id)
{
    put_str(out, prefix);
    put_int(out, id);
}

static const char *block_kind_name(BlockKind k)
{
    switch (k) {
    case BlockPlain: return "Plain";
    case BlockIf: return "If";
    case BlockRet: return "Ret";
    case BlockExit: return "Exit";
    default: return "Invalid";
    }
}

/* Go's strconv.Quote for the bytes of a string constant. */
static void quote(StrBuf *out, const char *s, size_t n)
{
    sb_puts(out, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': sb_puts(out, "\\\""); break;
        case '\\': sb_puts(out, "\\\\"); break;
        case '\n': sb_puts(out, "\\n"); break;
        case '\t': sb_puts(out, "\\t"); break;
        case '\r': sb_puts(out, "\\r"); break;
        case '\a': sb_puts(out, "\\a"); break;
        case '\b': sb_puts(out, "\\b"); break;
        case '\f': sb_puts(out, "\\f"); break;
        case '\v': sb_puts(out, "\\v"); break;
        default:
            if (c < 0x20 || c == 0x7f)
                sb_printf(out, "\\x%02x", c);
            else
                sb_append(out, (const char *)&c, 1);
        }
    }
    sb_puts(out, "\"");
}

/* The shortest %g that reads back as the same double (Go's 'g', -1). */
static void float_text(StrBuf *out, double d)
{
    char buf[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    sb_puts(out, buf);
}

/* The callee's name as gc prints it: main.f, main.(*T).m, main.f.func1,
 * fmt.Println, runtime.mapassign_faststr, or a builtin's name. */
static void callee_name(SsaFunc *f, StrBuf *out, const Object *o)
{
    if (!o) {
        sb_puts(out, "?");
        return;
    }
    if (o->flags & OBJF_IMPORTED) {
        sb_printf(out, "%s.%s", o->pkgpath ? o->pkgpath : "?", o->name);
        return;
    }
    if (o->kind == OBJ_BUILTIN) {
        sb_puts(out, o->name);
        return;
    }
    sb_printf(out, "main.%s", o->func ? ssa_func_name(f->pkg, o->func) : o->name);
}

static void aux_text(SsaFunc *f, StrBuf *out, Value *v)
{
    const OpInfo *oi = &ssa_op_info[v->op];
    switch (oi->aux) {
    case AUX_INT:
        if (v->op == OpConstBool) {
            put_str(out, v->auxint ? " [true]" : " [false]");
        } else {
            put_ref(out, " [", v->auxint);
            put_str(out, "]");
        }
        break;
    case AUX_FLOAT: {
        double d;
        memcpy(&d, &v->auxint, sizeof d);
        sb_puts(out, " [");
        float_text(out, d);
        sb_puts(out, "]");
        break;
    }
    case AUX_STR:
        sb_puts(out, " {");
        quote(out, v->aux.str ? v->aux.str : "", (size_t)v->auxint);
        sb_puts(out, "}");
        break;
    case AUX_OBJ:
        if (v->op == OpArg || v->op == OpClosureVar) {
            put_ref(out, " [", v->auxint);
            put_str(out, "]");
        }
        if (!v->aux.obj)
            sb_puts(out, " {.autotmp}");
        else if (v->op == OpMethodValue && v->nargs > 0 && type_is_interface(v->args[0]->type)) {
            put_str(out, " {");
            put_str(out, v->aux.obj->name);
            put_str(out, "}");
        } else if (v->op == OpGlobalAddr || v->op == OpFuncAddr || v->op == OpMethodValue) {
            sb_puts(out, " {");
            callee_name(f, out, v->aux.obj);
            sb_puts(out, "}");
        } else if (!v->aux.obj->name || !v->aux.obj->name[0]) {
            /* gc calls unnamed results ~r0, ~r1, ... */
            put_ref(out, " {~r", v->aux.obj->id);
            put_str(out, "}");
        } else {
            put_str(out, " {");
            put_str(out, v->aux.obj->name);
            put_str(out, "}");
        }
        break;
    case AUX_TYPE:
        put_str(out, " {");
        put_str(out, type_string(v->aux.type));
        put_str(out, "}");
        break;
    case AUX_FUNC:
        sb_printf(out, " {main.%s}", v->aux.fn ? ssa_func_name(f->pkg, v->aux.fn) : "?");
        break;
    case AUX_RT:
        if (v->op == OpMakeMap)
            sb_printf(out, " [%lld]", (long long)v->auxint);
        sb_printf(out, " {%s}", v->rt ? v->rt->name : "runtime.?");
        break;
    case AUX_CALL:
        put_str(out, " {");
        if (v->rt)
            put_str(out, v->rt->name);
        else if (v->op == OpIfaceCall && v->aux.obj)
            put_str(out, v->aux.obj->name); /* the method, looked up at run time */
        else if (v->aux.obj)
            callee_name(f, out, v->aux.obj);
        else
            sb_puts(out, "closure");
        sb_puts(out, "}");
        break;
    case AUX_NONE:
        if (v->rt && (oi->flags & F_RT)) {
            put_str(out, " {");
            put_str(out, v->rt->name);
            put_str(out, "}");
        }
        break;
    }
    if (oi->aux == AUX_INT && v->rt) {
        put_str(out, " {");
        put_str(out, v->rt->name);
        put_str(out, "}");
    }
}

void ssa_value_string(SsaFunc *f, Value *v, StrBuf *out)
{
    put_ref(out, "v", v->id);
    put_str(out, " = ");
    put_str(out, ssa_op_info[v->op].name);
    put_str(out, " <");
    put_str(out, v->type ? type_string(v->type) : "?");
    put_str(out, ">");
    aux_text(f, out, v);
    for (int i = 0; i < v->nargs; i++)
        put_ref(out, " v", v->args[i] ? v->args[i]->id : 0);
}

/* gc prints a function's type without parameter names:
 * func(*map[string]int, string, int), func(int) (int, bool). */
static void signature(StrBuf *out, Type *sig)
{
    sb_puts(out, "func(");
    int np = sig && sig->params ? sig->params->nfields : 0;
    for (int i = 0; i < np; i++) {
        Type *t = sig->params->fields[i]->type;
        if (i > 0)
            sb_puts(out, ", ");
        if (sig->variadic && i == np - 1 && t && t->kind == TY_SLICE) {
            sb_puts(out, "...");
            t = t->elem;
        }
        sb_puts(out, type_string(t));
    }
    sb_puts(out, ")");
    int nr = sig && sig->results ? sig->results->nfields : 0;
    if (nr == 1)
        sb_printf(out, " %s", type_string(sig->results->fields[0]->type));
    if (nr > 1) {
        sb_puts(out, " (");
        for (int i = 0; i < nr; i++)
            sb_printf(out, "%s%s", i ? ", " : "", type_string(sig->results->fields[i]->type));
        sb_puts(out, ")");
    }
}

static void print_header(SsaFunc *f, StrBuf *out)
{
    sb_puts(out, f->name);
    sb_puts(out, " ");
    Func *fn = f->fn;
    if (fn && fn->recv)
        sb_printf(out, "method(%s) ", type_string(fn->recv->type));
    signature(out, f->sig);
    sb_puts(out, "\n");
}

void ssa_print(SsaFunc *f, FILE *out)
{
    StrBuf b = {0};
    print_header(f, &b);
    for (int i = 0; i < f->blocks.len; i++) {
        Block *blk = f->blocks.items[i];
        put_ref(&b, "  b", blk->id);
        put_str(&b, ":");
        if (blk->preds.len > 0) {
            put_str(&b, " <-");
            for (int k = 0; k < blk->preds.len; k++)
                put_ref(&b, " b", blk->preds.items[k]->id);
        }
        put_str(&b, "\n");
        for (int k = 0; k < blk->values.len; k++) {
            Value *v = blk->values.items[k];
            if (v->pos.line > 0) {
                put_ref(&b, "    (", v->pos.line);
                put_str(&b, ") ");
            } else {
                put_str(&b, "    (?) ");
            }
            ssa_value_string(f, v, &b);
            put_str(&b, "\n");
        }
        put_str(&b, "    ");
        put_str(&b, block_kind_name(blk->kind));
        if (blk->control)
            put_ref(&b, " v", blk->control->id);
        if (blk->nsuccs > 0) {
            put_str(&b, " ->");
            for (int k = 0; k < blk->nsuccs; k++)
                put_ref(&b, " b", blk->succs[k]->id);
        }
        put_str(&b, "\n");
    }
    if (b.data)
        fwrite(b.data, 1, b.len, out);
    sb_free(&b);
}
