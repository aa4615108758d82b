/*
 * irfmt.c — nodes and types printed as gc 1.19 prints them in -m messages
 * (cmd/compile/internal/ir/fmt.go exprFmt/stmtFmt, types/fmt.go tconv).
 *
 * The rules that show up in escape messages:
 *   - implicit nodes print as their operand (an implicit conversion of x
 *     to any prints "x"; the implicit &t of a method call prints "t");
 *   - composite literals print as "T{...}" ("T{}" when empty), the slice of
 *     a variadic call as "... argument", function literals "func literal";
 *   - a conversion prints "T(x)" when T has a name and "(T)(x)" otherwise
 *     ("([]byte)(s)", "(interface {})(t)");
 *   - operands are parenthesised by gc's OpPrec table;
 *   - types: "map[string]int", "struct { a int }", "interface {}", "any",
 *     "func(int) string".
 */
#include "ir.h"

#include <string.h>

/* ---- types -------------------------------------------------------------------- */

static void fmt_type(StrBuf *b, const Type *t, int depth);

static void fmt_tuple(StrBuf *b, const Type *tup, bool variadic, int depth)
{
    sb_puts(b, "(");
    for (int i = 0; tup && i < tup->nfields; i++) {
        if (i)
            sb_puts(b, ", ");
        Type *ft = tup->fields[i]->type;
        if (variadic && i == tup->nfields - 1 && ft && type_underlying(ft)->kind == TY_SLICE) {
            sb_puts(b, "...");
            fmt_type(b, type_underlying(ft)->elem, depth + 1);
        } else {
            fmt_type(b, ft, depth + 1);
        }
    }
    sb_puts(b, ")");
}

static void fmt_type(StrBuf *b, const Type *t, int depth)
{
    if (!t || depth > 50) {
        sb_puts(b, "<T>");
        return;
    }
    switch (t->kind) {
    case TY_NAMED:
        sb_puts(b, t->obj && t->obj->name ? t->obj->name : "?");
        return;
    case TY_POINTER:
        sb_puts(b, "*");
        fmt_type(b, t->elem, depth + 1);
        return;
    case TY_ARRAY:
        sb_printf(b, "[%lld]", (long long)t->len);
        fmt_type(b, t->elem, depth + 1);
        return;
    case TY_SLICE:
        sb_puts(b, "[]");
        fmt_type(b, t->elem, depth + 1);
        return;
    case TY_MAP:
        sb_puts(b, "map[");
        fmt_type(b, t->key, depth + 1);
        sb_puts(b, "]");
        fmt_type(b, t->elem, depth + 1);
        return;
    case TY_INTERFACE:
        if (t->is_any) {
            sb_puts(b, "any");
        } else if (t->nmethods == 0) {
            sb_puts(b, "interface {}");
        } else if (t->name) {
            sb_puts(b, t->name);
        } else {
            sb_puts(b, "interface {");
            for (int i = 0; i < t->nmethods; i++) {
                sb_puts(b, i ? "; " : " ");
                sb_puts(b, t->methods[i]->name);
                Type *mt = t->methods[i]->type;
                if (mt && mt->kind == TY_FUNC) {
                    fmt_tuple(b, mt->params, mt->variadic, depth);
                    if (mt->results && mt->results->nfields == 1) {
                        sb_puts(b, " ");
                        fmt_type(b, mt->results->fields[0]->type, depth + 1);
                    } else if (mt->results && mt->results->nfields > 1) {
                        sb_puts(b, " ");
                        fmt_tuple(b, mt->results, false, depth);
                    }
                }
            }
            sb_puts(b, " }");
        }
        return;
    case TY_FUNC:
        sb_puts(b, "func");
        fmt_tuple(b, t->params, t->variadic, depth);
        if (t->results && t->results->nfields == 1) {
            sb_puts(b, " ");
            fmt_type(b, t->results->fields[0]->type, depth + 1);
        } else if (t->results && t->results->nfields > 1) {
            sb_puts(b, " ");
            fmt_tuple(b, t->results, false, depth);
        }
        return;
    case TY_STRUCT:
        sb_puts(b, "struct {");
        for (int i = 0; i < t->nfields; i++) {
            Object *f = t->fields[i];
            sb_puts(b, i ? "; " : " ");
            if (!(f->flags & OBJF_EMBEDDED)) {
                sb_puts(b, f->name);
                sb_puts(b, " ");
            }
            fmt_type(b, f->type, depth + 1);
            if (f->tag)
                sb_printf(b, " \"%s\"", f->tag);
        }
        sb_puts(b, t->nfields ? " }" : "}");
        return;
    case TY_TUPLE:
        fmt_tuple(b, t, false, depth);
        return;
    default:
        sb_puts(b, t->name ? t->name : "?");
        return;
    }
}

void ir_fmt_type(StrBuf *b, const Type *t) { fmt_type(b, t, 0); }

/* Does gc give t a symbol (prints T(x) rather than (T)(x))? */
static bool type_has_sym(const Type *t)
{
    if (!t)
        return false;
    if (t->kind == TY_NAMED)
        return true;
    if (t->kind == TY_INTERFACE)
        return t->is_any || (t->nmethods > 0 && t->name);
    return t->kind < TY_UNTYPED_BOOL && t->kind != TY_INVALID;
}

/* ---- nodes --------------------------------------------------------------------- */

const char *ir_op_name(IrOp op)
{
    switch (op) {
    case OADDR: return "&";
    case OADD: case OADDSTR: return "+";
    case OANDAND: return "&&";
    case OANDNOT: return "&^";
    case OAND: return "&";
    case OAPPEND: return "append";
    case OCAP: return "cap";
    case OBITNOT: return "^";
    case OCOPY: return "copy";
    case ODELETE: return "delete";
    case ODIV: return "/";
    case OEQ: return "==";
    case OGE: return ">=";
    case OGT: return ">";
    case ODEREF: return "*";
    case OLEN: return "len";
    case OLE: return "<=";
    case OLSH: return "<<";
    case OLT: return "<";
    case ONEG: return "-";
    case OMOD: return "%";
    case OMUL: return "*";
    case ONEW: return "new";
    case ONE: return "!=";
    case ONOT: return "!";
    case OOROR: return "||";
    case OOR: return "|";
    case OPANIC: return "panic";
    case OPLUS: return "+";
    case OPRINTN: return "println";
    case OPRINT: return "print";
    case ORECOVER: return "recover";
    case ORSH: return ">>";
    case OSUB: return "-";
    case OXOR: return "^";
    default: return "?";
    }
}

static int op_prec(const IrNode *n)
{
    switch (n->op) {
    case OAPPEND: case OBYTES2STR: case OARRAYLIT: case OSLICELIT: case ORUNES2STR:
    case OCALLFUNC: case OCAP: case OCONVIFACE: case OCONVNOP: case OCONV: case OCOPY:
    case ODELETE: case OLEN: case OMAKESLICE: case OMAPLIT: case ONAME:
    case ONEW: case ONIL: case OPANIC: case OPRINTN: case OPRINT: case ORUNESTR:
    case OSTR2BYTES: case OSTR2RUNES: case OSTRUCTLIT: case OINDEXMAP: case OINDEX:
    case OSLICE: case OSLICESTR: case OSLICEARR: case OSLICE3: case OSLICE3ARR:
    case ODOTPTR: case ODOTTYPE2: case ODOTTYPE: case ODOT: case OMETHVALUE: case OMETHEXPR:
        return 8;
    case OTYPE:
        return n->type && n->type->kind == TY_POINTER ? 7 : 8;
    case OLITERAL:
        return n->prec ? n->prec : 8;
    case OLINKSYMOFFSET:
        return 8;
    case ODOTMETH:
        return 8;
    case OPLUS: case ONOT: case OBITNOT: case ONEG: case OADDR: case ODEREF:
        return 7;
    case OMUL: case ODIV: case OMOD: case OLSH: case ORSH: case OAND: case OANDNOT:
        return 6;
    case OADD: case OSUB: case OOR: case OXOR:
        return 5;
    case OEQ: case OLT: case OLE: case OGE: case OGT: case ONE:
        return 4;
    case OANDAND:
        return 2;
    case OOROR:
        return 1;
    default:
        return 0;
    }
}

bool ir_is_stmt(IrOp op)
{
    switch (op) {
    case ODCL: case OAS: case OASOP: case OAS2: case OAS2DOTTYPE: case OAS2MAPR: case OAS2FUNC:
    case OBLOCK: case OIF: case OFOR: case ORANGE: case OSWITCH: case OCASE: case ORETURN:
    case OGO: case ODEFER: case OBREAK: case OCONTINUE: case OFALL: case OLABEL:
        return true;
    default:
        return false;
    }
}

static void fmt_expr(StrBuf *b, const IrNode *n, int prec);
static void fmt_any(StrBuf *b, const IrNode *n);

static void fmt_list(StrBuf *b, const IrList *l, const char *sep)
{
    for (int i = 0; i < l->len; i++) {
        if (i)
            sb_puts(b, sep);
        fmt_any(b, l->items[i]);
    }
}

static void fmt_call_args(StrBuf *b, const IrNode *n)
{
    sb_puts(b, "(");
    fmt_list(b, &n->list, ", ");
    sb_puts(b, (n->flags & IRF_DDD) ? "...)" : ")");
}

static const IrNode *skip_implicit(const IrNode *n)
{
    while (n && (n->flags & IRF_IMPLICIT) &&
           (n->op == OADDR || n->op == ODEREF || n->op == OCONV || n->op == OCONVNOP || n->op == OCONVIFACE))
        n = n->x;
    return n;
}

static void fmt_expr(StrBuf *b, const IrNode *n, int prec)
{
    n = skip_implicit(n);
    if (!n) {
        sb_puts(b, "<nil>");
        return;
    }
    int nprec = op_prec(n);
    if (prec > nprec) {
        sb_puts(b, "(");
        fmt_expr(b, n, 0);
        sb_puts(b, ")");
        return;
    }
    switch (n->op) {
    case ONIL:
        sb_puts(b, "nil");
        return;
    case OLITERAL:
        sb_puts(b, n->text ? n->text : "?");
        return;
    case ONAME:
        if (n->name && n->name->sym && strncmp(n->name->sym, "~b", 2) == 0)
            sb_puts(b, "_");
        else
            sb_puts(b, n->name && n->name->sym ? n->name->sym : "<S>");
        return;
    case OTYPE:
        ir_fmt_type(b, n->type);
        return;
    case OCLOSURE:
        sb_puts(b, "func literal");
        return;
    case OLINKSYMOFFSET:
        sb_puts(b, "(");
        ir_fmt_type(b, n->type);
        sb_printf(b, ")(%s)", n->text);
        return;
    case OARRAYLIT: case OSLICELIT: case OSTRUCTLIT: case OMAPLIT:
        if (n->flags & IRF_IMPLICIT) {
            sb_puts(b, "... argument");
            return;
        }
        ir_fmt_type(b, n->type);
        sb_puts(b, n->list.len ? "{...}" : "{}");
        return;
    case OPTRLIT:
        sb_puts(b, "&");
        fmt_any(b, n->x);
        return;
    case OKEY:
        fmt_any(b, n->x);
        sb_puts(b, ":");
        fmt_any(b, n->y);
        return;
    case OSTRUCTKEY:
        sb_puts(b, n->text);
        sb_puts(b, ":");
        fmt_any(b, n->y);
        return;
    case ODOT: case ODOTPTR: case OMETHVALUE: case OMETHEXPR: case ODOTMETH:
        fmt_expr(b, n->x, nprec);
        sb_puts(b, ".");
        sb_puts(b, n->text ? n->text : "<nil>");
        return;
    case ODOTTYPE: case ODOTTYPE2:
        fmt_expr(b, n->x, nprec);
        sb_puts(b, ".(");
        ir_fmt_type(b, n->type);
        sb_puts(b, ")");
        return;
    case OINDEX: case OINDEXMAP:
        fmt_expr(b, n->x, nprec);
        sb_puts(b, "[");
        fmt_any(b, n->y);
        sb_puts(b, "]");
        return;
    case OSLICE: case OSLICESTR: case OSLICEARR: case OSLICE3: case OSLICE3ARR:
        fmt_expr(b, n->x, nprec);
        sb_puts(b, "[");
        if (n->y)
            fmt_any(b, n->y);
        sb_puts(b, ":");
        if (n->z)
            fmt_any(b, n->z);
        if (n->op == OSLICE3 || n->op == OSLICE3ARR) {
            sb_puts(b, ":");
            if (n->w)
                fmt_any(b, n->w);
        }
        sb_puts(b, "]");
        return;
    case OCOPY:
        sb_puts(b, "copy(");
        fmt_any(b, n->x);
        sb_puts(b, ", ");
        fmt_any(b, n->y);
        sb_puts(b, ")");
        return;
    case OCONV: case OCONVIFACE: case OCONVNOP: case OBYTES2STR: case ORUNES2STR:
    case OSTR2BYTES: case OSTR2RUNES: case ORUNESTR:
        if (type_has_sym(n->type)) {
            ir_fmt_type(b, n->type);
        } else {
            sb_puts(b, "(");
            ir_fmt_type(b, n->type);
            sb_puts(b, ")");
        }
        sb_puts(b, "(");
        fmt_any(b, n->x);
        sb_puts(b, ")");
        return;
    case OCAP: case OLEN: case ONEW: case OPANIC:
        sb_puts(b, ir_op_name(n->op));
        sb_puts(b, "(");
        fmt_any(b, n->x);
        sb_puts(b, ")");
        return;
    case OAPPEND: case ODELETE: case ORECOVER: case OPRINT: case OPRINTN:
        sb_puts(b, ir_op_name(n->op));
        fmt_call_args(b, n);
        return;
    case OCALLFUNC:
        if (!(n->flags & IRF_FIXED) || (n->flags & IRF_SPREAD)) { /* as written */
            fmt_expr(b, n->w ? n->w : n->x, nprec);
            sb_puts(b, "(");
            fmt_list(b, &n->rlist, ", ");
            sb_puts(b, (n->flags & IRF_ODDD) ? "...)" : ")");
            return;
        }
        fmt_expr(b, n->x, nprec);
        fmt_call_args(b, n);
        return;
    case OMAKESLICE: case OMAKEMAP:
        sb_puts(b, "make(");
        ir_fmt_type(b, n->type);
        if (n->x) {
            sb_puts(b, ", ");
            fmt_any(b, n->x);
        }
        if (n->y) {
            sb_puts(b, ", ");
            fmt_any(b, n->y);
        }
        sb_puts(b, ")");
        return;
    case OPLUS: case ONEG: case OBITNOT: case ONOT: case OADDR:
        sb_puts(b, ir_op_name(n->op));
        if (n->x && n->x->op == n->op)
            sb_puts(b, " ");
        fmt_expr(b, n->x, nprec + 1);
        return;
    case ODEREF:
        sb_puts(b, "*");
        fmt_expr(b, n->x, nprec + 1);
        return;
    case OADD: case OAND: case OANDNOT: case ODIV: case OEQ: case OGE: case OGT: case OLE:
    case OLT: case OLSH: case OMOD: case OMUL: case ONE: case OOR: case ORSH: case OSUB:
    case OXOR: case OANDAND: case OOROR:
        fmt_expr(b, n->x, nprec);
        sb_printf(b, " %s ", ir_op_name(n->op));
        fmt_expr(b, n->y, nprec + 1);
        return;
    case OADDSTR:
        for (int i = 0; i < n->list.len; i++) {
            if (i)
                sb_puts(b, " + ");
            fmt_expr(b, n->list.items[i], nprec);
        }
        return;
    default:
        sb_puts(b, "<node>");
        return;
    }
}

static void fmt_stmt(StrBuf *b, const IrNode *n)
{
    switch (n->op) {
    case ODCL:
        sb_printf(b, "var %s ", n->name->sym);
        ir_fmt_type(b, n->name->type);
        return;
    case OAS:
        fmt_any(b, n->x);
        sb_puts(b, (n->flags & IRF_DEF) ? " := " : " = ");
        fmt_any(b, n->y);
        return;
    case OASOP:
        if (n->flags & IRF_INCDEC) {
            fmt_any(b, n->x);
            sb_puts(b, n->asop == '+' ? "++" : "--");
            return;
        }
        fmt_any(b, n->x);
        sb_printf(b, " %s= ", op_string(n->asop));
        fmt_any(b, n->y);
        return;
    case OAS2: case OAS2DOTTYPE: case OAS2MAPR: case OAS2FUNC:
        fmt_list(b, &n->list, ", ");
        sb_puts(b, (n->flags & IRF_DEF) ? " := " : " = ");
        fmt_list(b, &n->rlist, ", ");
        return;
    case OBLOCK:
        fmt_list(b, &n->list, "; ");
        return;
    case ORETURN:
        sb_puts(b, "return ");
        fmt_list(b, &n->list, ", ");
        return;
    case OGO:
        sb_puts(b, "go ");
        fmt_any(b, n->x);
        return;
    case ODEFER:
        sb_puts(b, "defer ");
        fmt_any(b, n->x);
        return;
    case OIF:
        sb_puts(b, "if ");
        fmt_any(b, n->x);
        sb_puts(b, " { ");
        fmt_list(b, &n->list, "; ");
        sb_puts(b, " }");
        if (n->rlist.len) {
            sb_puts(b, " else { ");
            fmt_list(b, &n->rlist, "; ");
            sb_puts(b, " }");
        }
        return;
    case OFOR: case ORANGE:
        sb_puts(b, "for loop");
        return;
    case OSWITCH:
        sb_puts(b, "switch statement");
        return;
    case OCASE:
        if (n->list.len) {
            sb_puts(b, "case ");
            fmt_list(b, &n->list, ", ");
        } else {
            sb_puts(b, "default");
        }
        sb_puts(b, ": ");
        fmt_list(b, &n->rlist, "; ");
        return;
    case OBREAK: sb_puts(b, "break"); return;
    case OCONTINUE: sb_puts(b, "continue"); return;
    case OFALL: sb_puts(b, "fallthrough"); return;
    case OLABEL: sb_puts(b, "label: "); return;
    default:
        return;
    }
}

static void fmt_any(StrBuf *b, const IrNode *n)
{
    if (!n) {
        sb_puts(b, "<nil>");
        return;
    }
    if (ir_is_stmt(n->op))
        fmt_stmt(b, n);
    else
        fmt_expr(b, n, 0);
}

void ir_fmt_node(StrBuf *b, const IrNode *n) { fmt_any(b, n); }
void ir_fmt_stmt_or_expr(StrBuf *b, const IrNode *n) { fmt_any(b, n); }

/* ---- gc's type predicates ---------------------------------------------------------- */

bool ir_is_untyped(Type *t) { return t && type_is_untyped(t); }

bool ir_has_pointers(Type *t) { return type_has_pointers(t); }

bool ir_is_direct_iface(Type *t)
{
    for (int guard = 0; t && guard < 1000; guard++) {
        Type *u = type_underlying(t);
        if (!u)
            return false;
        switch (u->kind) {
        case TY_POINTER: case TY_MAP: case TY_FUNC:
            return true;
        case TY_ARRAY:
            if (u->len != 1)
                return false;
            t = u->elem;
            continue;
        case TY_STRUCT:
            if (u->nfields != 1)
                return false;
            t = u->fields[0]->type;
            continue;
        default:
            return false;
        }
    }
    return false;
}
