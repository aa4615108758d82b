/*
 * exprstr.c — expressions and operands as gc's messages spell them.
 *
 * expr_string prints source expressions like syntax.String (the ShortForm
 * printer): binary operators with a blank on each side, composite literal
 * and function literal bodies shown as {…}. operand_string is types2's
 * operandString: "x (variable of type int)", "5 (untyped int constant)",
 * "1 + 2 (untyped int constant 3)", "m["a"] (map index expression of type T)".
 */
#include <string.h>

#include "check.h"

static void write_expr(StrBuf *b, const Node *e, int depth);

static void write_list(StrBuf *b, const NodeList *l, int depth)
{
    for (int i = 0; i < l->len; i++) {
        if (i > 0)
            sb_puts(b, ", ");
        write_expr(b, l->items[i], depth + 1);
    }
}

static const Node *unparen_c(const Node *e)
{
    while (e && e->kind == N_PAREN)
        e = e->u.paren.x;
    return e;
}

/* printParameterList: names sharing a type print the type once. */
static void write_params(StrBuf *b, const NodeList *l, int depth)
{
    sb_puts(b, "(");
    for (int i = 0; i < l->len; i++) {
        const Node *f = l->items[i];
        if (i > 0)
            sb_puts(b, ", ");
        for (int k = 0; k < f->u.field.names.len; k++) {
            if (k > 0)
                sb_puts(b, ", ");
            write_expr(b, f->u.field.names.items[k], depth + 1);
        }
        if (f->u.field.names.len)
            sb_puts(b, " ");
        write_expr(b, unparen_c(f->u.field.type), depth + 1);
    }
    sb_puts(b, ")");
}

static void write_signature(StrBuf *b, const Node *ft, int depth)
{
    write_params(b, &ft->u.functype.params, depth);
    const NodeList *r = &ft->u.functype.results;
    if (r->len == 0)
        return;
    sb_puts(b, " ");
    if (r->len == 1 && r->items[0]->u.field.names.len == 0)
        write_expr(b, r->items[0]->u.field.type, depth + 1);
    else
        write_params(b, r, depth);
}

static void write_expr(StrBuf *b, const Node *e, int depth)
{
    if (!e)
        return;
    if (depth > 200) {
        sb_puts(b, "…");
        return;
    }
    switch (e->kind) {
    case N_BAD:
        sb_puts(b, "<bad expr>");
        break;
    case N_IDENT:
        sb_puts(b, e->u.ident.name);
        break;
    case N_BASICLIT:
        sb_append(b, e->u.lit.raw, (size_t)e->u.lit.rawlen);
        break;
    case N_FUNCLIT:
        write_expr(b, e->u.funclit.type, depth + 1);
        sb_puts(b, " {");
        if (e->u.funclit.body && e->u.funclit.body->u.block.stmts.len > 0)
            sb_puts(b, "…");
        sb_puts(b, "}");
        break;
    case N_COMPOSITE:
        if (e->u.composite.type)
            write_expr(b, e->u.composite.type, depth + 1);
        sb_puts(b, "{");
        if (e->u.composite.elts.len > 0)
            sb_puts(b, "…");
        sb_puts(b, "}");
        break;
    case N_PAREN:
        sb_puts(b, "(");
        write_expr(b, e->u.paren.x, depth + 1);
        sb_puts(b, ")");
        break;
    case N_SELECTOR:
        write_expr(b, e->u.selector.x, depth + 1);
        sb_puts(b, ".");
        write_expr(b, e->u.selector.sel, depth + 1);
        break;
    case N_INDEX:
        write_expr(b, e->u.index.x, depth + 1);
        sb_puts(b, "[");
        write_expr(b, e->u.index.index, depth + 1);
        sb_puts(b, "]");
        break;
    case N_SLICE:
        write_expr(b, e->u.slice.x, depth + 1);
        sb_puts(b, "[");
        write_expr(b, e->u.slice.lo, depth + 1);
        sb_puts(b, ":");
        write_expr(b, e->u.slice.hi, depth + 1);
        if (e->u.slice.max) {
            sb_puts(b, ":");
            write_expr(b, e->u.slice.max, depth + 1);
        }
        sb_puts(b, "]");
        break;
    case N_ASSERT:
        write_expr(b, e->u.assert.x, depth + 1);
        sb_puts(b, ".(");
        if (e->u.assert.type)
            write_expr(b, e->u.assert.type, depth + 1);
        else
            sb_puts(b, "type");
        sb_puts(b, ")");
        break;
    case N_CALL:
        write_expr(b, e->u.call.fun, depth + 1);
        sb_puts(b, "(");
        write_list(b, &e->u.call.args, depth);
        if (e->u.call.dots)
            sb_puts(b, "...");
        sb_puts(b, ")");
        break;
    case N_UNARY:
        sb_puts(b, op_string(e->u.unary.op));
        write_expr(b, e->u.unary.x, depth + 1);
        break;
    case N_BINARY:
        write_expr(b, e->u.binary.x, depth + 1);
        sb_puts(b, " ");
        sb_puts(b, op_string(e->u.binary.op));
        sb_puts(b, " ");
        write_expr(b, e->u.binary.y, depth + 1);
        break;
    case N_KEYVALUE:
        write_expr(b, e->u.kv.key, depth + 1);
        sb_puts(b, ": ");
        write_expr(b, e->u.kv.value, depth + 1);
        break;
    case N_ARRAYTYPE:
        sb_puts(b, "[");
        if (e->u.arraytype.len)
            write_expr(b, e->u.arraytype.len, depth + 1);
        sb_puts(b, "]");
        write_expr(b, e->u.arraytype.elem, depth + 1);
        break;
    case N_ELLIPSIS:
        sb_puts(b, "...");
        write_expr(b, e->u.ellipsis.elem, depth + 1);
        break;
    case N_MAPTYPE:
        sb_puts(b, "map[");
        write_expr(b, e->u.maptype.key, depth + 1);
        sb_puts(b, "]");
        write_expr(b, e->u.maptype.value, depth + 1);
        break;
    case N_CHANTYPE:
        sb_puts(b, "chan ");
        write_expr(b, e->u.chantype.elem, depth + 1);
        break;
    case N_FUNCTYPE:
        sb_puts(b, "func");
        write_signature(b, e, depth);
        break;
    case N_STRUCTTYPE: {
        sb_puts(b, "struct{");
        const NodeList *fl = &e->u.structtype.fields;
        for (int i = 0; i < fl->len; i++) {
            const Node *f = fl->items[i];
            if (i > 0)
                sb_puts(b, "; ");
            for (int k = 0; k < f->u.field.names.len; k++) {
                if (k > 0)
                    sb_puts(b, ", ");
                write_expr(b, f->u.field.names.items[k], depth + 1);
            }
            if (f->u.field.names.len)
                sb_puts(b, " ");
            write_expr(b, f->u.field.type, depth + 1);
            if (f->u.field.tag) {
                sb_puts(b, " ");
                write_expr(b, f->u.field.tag, depth + 1);
            }
        }
        sb_puts(b, "}");
        break;
    }
    case N_IFACETYPE: {
        sb_puts(b, "interface{");
        const NodeList *ml = &e->u.ifacetype.methods;
        for (int i = 0; i < ml->len; i++) {
            const Node *m = ml->items[i];
            if (i > 0)
                sb_puts(b, "; ");
            if (m->u.field.names.len) {
                write_expr(b, m->u.field.names.items[0], depth + 1);
                if (m->u.field.type && m->u.field.type->kind == N_FUNCTYPE)
                    write_signature(b, m->u.field.type, depth + 1);
            } else {
                write_expr(b, m->u.field.type, depth + 1);
            }
        }
        sb_puts(b, "}");
        break;
    }
    default:
        sb_puts(b, "?");
        break;
    }
}

const char *expr_string(Checker *c, const Node *e)
{
    StrBuf b = {0};
    write_expr(&b, e, 0);
    const char *s = arena_strndup(c->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}

static const char *mode_string(OpMode m)
{
    switch (m) {
    case OM_INVALID: return "invalid operand";
    case OM_NOVALUE: return "no value";
    case OM_BUILTIN: return "built-in";
    case OM_TYPEXPR: return "type";
    case OM_CONSTANT: return "constant";
    case OM_VARIABLE: return "variable";
    case OM_MAPINDEX: return "map index expression";
    case OM_VALUE: return "value";
    case OM_NILVALUE: return "nil";
    case OM_COMMAOK: return "comma, ok expression";
    }
    return "?";
}

const char *operand_string(Checker *c, Operand *x)
{
    if (x->mode == OM_NILVALUE) {
        if (!x->type || x->type->kind == TY_INVALID)
            return "nil (with invalid type)";
        if (x->type->kind == TY_UNTYPED_NIL)
            return "nil";
        return check_sprintf(c, "nil (of type %s)", tstr(x->type));
    }
    StrBuf b = {0};
    const char *expr = "";
    if (x->expr) {
        expr = expr_string(c, x->expr);
    } else {
        switch (x->mode) {
        case OM_BUILTIN: expr = builtin_info[x->id].name; break;
        case OM_TYPEXPR: expr = tstr(x->type); break;
        case OM_CONSTANT: expr = cv_string(c->arena, x->val); break;
        default: break;
        }
    }
    if (expr[0]) {
        sb_puts(&b, expr);
        sb_puts(&b, " (");
    }
    bool has_type = false;
    switch (x->mode) {
    case OM_INVALID:
    case OM_NOVALUE:
    case OM_BUILTIN:
    case OM_TYPEXPR:
        break;
    default:
        if (x->type) {
            if (type_is_untyped(x->type)) {
                sb_puts(&b, x->type->name);
                sb_puts(&b, " ");
                break;
            }
            has_type = true;
        }
        break;
    }
    sb_puts(&b, mode_string(x->mode));
    if (x->mode == OM_CONSTANT && x->val) {
        const char *s = cv_string(c->arena, x->val);
        if (strcmp(s, expr) != 0) {
            sb_puts(&b, " ");
            sb_puts(&b, s);
        }
    }
    if (has_type) {
        if (x->type->kind != TY_INVALID) {
            sb_puts(&b, " of type ");
            sb_puts(&b, tstr(x->type));
        } else {
            sb_puts(&b, " with invalid type");
        }
    }
    if (expr[0])
        sb_puts(&b, ")");
    const char *s = arena_strndup(c->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}
