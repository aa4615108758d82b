/*
 * dump.c — the tree as text: ast_dump for `minigo ast` (one node a line,
 * indented by depth, with its position, its key payload, the role it plays
 * in its parent and, once checked, its type), and ast_expr_string, gc's
 * one-line syntax printer (ShortForm) for messages.
 *
 * Both recurse; the parser bounds tree depth (PARSE_MAX_DEPTH), so they
 * cannot exhaust the stack.
 */
#include "ast.h"

#include <stdio.h>
#include <string.h>

/* ---- ast_dump ------------------------------------------------------------- */

typedef struct Dumper {
    FILE *out;
    const char *(*type_name)(const struct Type *);
} Dumper;

static void dump_node(Dumper *d, const Node *n, int indent, const char *role);

static void dump_list(Dumper *d, NodeList l, int indent, const char *role)
{
    for (int i = 0; i < l.len; i++)
        dump_node(d, l.items[i], indent, role);
}

static void print_raw(FILE *out, const char *s, int len)
{
    enum { MAX = 60 };
    for (int i = 0; i < len && i < MAX; i++) {
        char c = s[i];
        if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if ((unsigned char)c < 0x20)
            fprintf(out, "\\x%02x", (unsigned char)c);
        else
            fputc(c, out);
    }
    if (len > MAX)
        fprintf(out, "...(%d bytes)", len);
}

static void print_names(FILE *out, NodeList names)
{
    for (int i = 0; i < names.len; i++)
        fprintf(out, "%s%s", i ? "," : " ", names.items[i]->u.ident.name);
}

static const char *branch_name(int tok)
{
    switch (tok) {
    case BR_BREAK: return "break";
    case BR_CONTINUE: return "continue";
    case BR_GOTO: return "goto";
    default: return "fallthrough";
    }
}

/* The payload after "KIND line:col". */
static void dump_payload(Dumper *d, const Node *n)
{
    FILE *out = d->out;
    switch (n->kind) {
    case N_IDENT:
        fprintf(out, " %s", n->u.ident.name);
        break;
    case N_BASICLIT: {
        static const char *const kinds[] = {"INT", "FLOAT", "IMAG", "CHAR", "STRING"};
        fprintf(out, " %s ", kinds[n->u.lit.kind]);
        print_raw(out, n->u.lit.raw, n->u.lit.rawlen);
        break;
    }
    case N_UNARY:
        fprintf(out, " %s", op_string(n->u.unary.op));
        break;
    case N_BINARY:
        fprintf(out, " %s", op_string(n->u.binary.op));
        break;
    case N_ASSIGN:
        fprintf(out, " %s%s", n->u.assign.op == '=' || n->u.assign.op == OP_DEFINE ? "" : op_string(n->u.assign.op),
                n->u.assign.op == OP_DEFINE ? ":=" : "=");
        break;
    case N_INCDEC:
        fprintf(out, " %s", op_string(n->u.incdec.op));
        break;
    case N_CALL:
        if (n->u.call.dots)
            fputs(" ...", out);
        break;
    case N_SLICE:
        if (n->u.slice.full)
            fputs(" full", out);
        break;
    case N_CHANTYPE:
        fprintf(out, " %s", n->u.chantype.dir == 1 ? "send" : n->u.chantype.dir == 2 ? "recv" : "both");
        break;
    case N_FIELD:
        print_names(out, n->u.field.names);
        break;
    case N_BRANCH:
        fprintf(out, " %s", branch_name(n->u.branch.tok));
        if (n->u.branch.label)
            fprintf(out, " %s", n->u.branch.label->u.ident.name);
        break;
    case N_LABELED:
        fprintf(out, " %s", n->u.labeled.label->u.ident.name);
        break;
    case N_RANGE:
        fprintf(out, " %s", n->u.range.define ? ":=" : n->u.range.key ? "=" : "");
        break;
    case N_TYPESWITCH:
        if (n->u.typeswitch.bind)
            fprintf(out, " %s :=", n->u.typeswitch.bind->u.ident.name);
        break;
    case N_IMPORT:
        if (n->u.import.name)
            fprintf(out, " %s", n->u.import.name->u.ident.name);
        fputc(' ', out);
        print_raw(out, n->u.import.path->u.lit.raw, n->u.import.path->u.lit.rawlen);
        break;
    case N_VARSPEC:
    case N_CONSTSPEC:
        print_names(out, n->u.valuespec.names);
        if (n->kind == N_CONSTSPEC)
            fprintf(out, " iota=%d%s", n->u.valuespec.iota, n->u.valuespec.implicit ? " implicit" : "");
        break;
    case N_TYPESPEC:
        fprintf(out, " %s%s", n->u.typespec.name->u.ident.name, n->u.typespec.alias ? " =" : "");
        break;
    case N_FUNCDECL:
        fprintf(out, " %s", n->u.func.name->u.ident.name);
        break;
    case N_FILE:
        if (n->u.file.package)
            fprintf(out, " package %s", n->u.file.package->u.ident.name);
        break;
    default:
        break;
    }
}

static void dump_children(Dumper *d, const Node *n, int in)
{
#define K(f, role) dump_node(d, n->u.f, in, role)
#define KL(f, role) dump_list(d, n->u.f, in, role)
    switch (n->kind) {
    case N_COMPOSITE: K(composite.type, "type"); KL(composite.elts, NULL); break;
    case N_FUNCLIT: K(funclit.type, NULL); K(funclit.body, NULL); break;
    case N_PAREN: K(paren.x, NULL); break;
    case N_SELECTOR: K(selector.x, NULL); K(selector.sel, "sel"); break;
    case N_INDEX: K(index.x, NULL); K(index.index, "index"); break;
    case N_SLICE: K(slice.x, NULL); K(slice.lo, "lo"); K(slice.hi, "hi"); K(slice.max, "max"); break;
    case N_ASSERT: K(assert.x, NULL); K(assert.type, "type"); break;
    case N_CALL: K(call.fun, "fun"); KL(call.args, NULL); break;
    case N_UNARY: K(unary.x, NULL); break;
    case N_BINARY: K(binary.x, NULL); K(binary.y, NULL); break;
    case N_KEYVALUE: K(kv.key, "key"); K(kv.value, "value"); break;
    case N_ARRAYTYPE: K(arraytype.len, "len"); K(arraytype.elem, "elem"); break;
    case N_ELLIPSIS: K(ellipsis.elem, NULL); break;
    case N_MAPTYPE: K(maptype.key, "key"); K(maptype.value, "value"); break;
    case N_CHANTYPE: K(chantype.elem, NULL); break;
    case N_FUNCTYPE: KL(functype.params, "param"); KL(functype.results, "result"); break;
    case N_STRUCTTYPE: KL(structtype.fields, NULL); break;
    case N_IFACETYPE: KL(ifacetype.methods, NULL); break;
    case N_FIELD: K(field.type, NULL); K(field.tag, "tag"); break;
    case N_DECLSTMT: KL(declstmt.specs, NULL); break;
    case N_LABELED: K(labeled.stmt, NULL); break;
    case N_EXPRSTMT: K(exprstmt.x, NULL); break;
    case N_INCDEC: K(incdec.x, NULL); break;
    case N_ASSIGN: KL(assign.lhs, "lhs"); KL(assign.rhs, "rhs"); break;
    case N_GO: K(go_.call, NULL); break;
    case N_DEFER: K(defer_.call, NULL); break;
    case N_RETURN: KL(return_.results, NULL); break;
    case N_BLOCK: KL(block.stmts, NULL); break;
    case N_IF: K(if_.init, "init"); K(if_.cond, "cond"); K(if_.then, "then"); K(if_.els, "else"); break;
    case N_CASE: KL(case_.list, "case"); KL(case_.body, NULL); break;
    case N_SWITCH: K(switch_.init, "init"); K(switch_.tag, "tag"); KL(switch_.cases, NULL); break;
    case N_TYPESWITCH: K(typeswitch.init, "init"); K(typeswitch.x, "x"); KL(typeswitch.cases, NULL); break;
    case N_FOR: K(for_.init, "init"); K(for_.cond, "cond"); K(for_.post, "post"); K(for_.body, NULL); break;
    case N_RANGE: K(range.key, "key"); K(range.value, "value"); K(range.x, "x"); K(range.body, NULL); break;
    case N_SEND: K(send.ch, NULL); K(send.value, NULL); break;
    case N_SELECT: KL(select_.cases, NULL); break;
    case N_VARSPEC:
    case N_CONSTSPEC: K(valuespec.type, "type"); KL(valuespec.values, NULL); break;
    case N_TYPESPEC: K(typespec.type, NULL); break;
    case N_FUNCDECL: K(func.recv, "recv"); K(func.type, NULL); K(func.body, NULL); break;
    case N_FILE: KL(file.imports, NULL); KL(file.decls, NULL); break;
    default: break;
    }
#undef K
#undef KL
}

static void dump_node(Dumper *d, const Node *n, int indent, const char *role)
{
    if (!n)
        return;
    fprintf(d->out, "%*s", 2 * indent, "");
    if (role)
        fprintf(d->out, "%s: ", role);
    fprintf(d->out, "%s %d:%d", ast_kind_name(n->kind), n->pos.line, n->pos.col);
    dump_payload(d, n);
    if (n->type && d->type_name)
        fprintf(d->out, " : %s", d->type_name(n->type));
    fputc('\n', d->out);
    dump_children(d, n, indent + 1);
}

void ast_dump(const Node *file, void *out, const char *(*type_name)(const struct Type *))
{
    Dumper d = {out, type_name};
    dump_node(&d, file, 0, NULL);
}

/* ---- gc's ShortForm printer ----------------------------------------------- */

static void expr(StrBuf *b, const Node *n);

static void expr_list(StrBuf *b, NodeList l)
{
    for (int i = 0; i < l.len; i++) {
        if (i)
            sb_puts(b, ", ");
        expr(b, l.items[i]);
    }
}

static void fields(StrBuf *b, NodeList l, const char *sep)
{
    for (int i = 0; i < l.len; i++) {
        const Node *f = l.items[i];
        if (i)
            sb_puts(b, sep);
        for (int k = 0; k < f->u.field.names.len; k++)
            sb_printf(b, "%s%s", k ? ", " : "", f->u.field.names.items[k]->u.ident.name);
        if (f->u.field.names.len && f->u.field.type)
            sb_puts(b, " ");
        expr(b, f->u.field.type);
    }
}

static void signature(StrBuf *b, const Node *ft)
{
    sb_puts(b, "(");
    fields(b, ft->u.functype.params, ", ");
    sb_puts(b, ")");
    NodeList r = ft->u.functype.results;
    if (r.len == 0)
        return;
    sb_puts(b, " ");
    if (r.len == 1 && r.items[0]->u.field.names.len == 0) {
        expr(b, r.items[0]->u.field.type);
        return;
    }
    sb_puts(b, "(");
    fields(b, r, ", ");
    sb_puts(b, ")");
}

static void expr(StrBuf *b, const Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_BAD: sb_puts(b, "<bad expr>"); break;
    case N_IDENT: sb_puts(b, n->u.ident.name); break;
    case N_BASICLIT: sb_append(b, n->u.lit.raw, (size_t)n->u.lit.rawlen); break;
    case N_COMPOSITE:
        expr(b, n->u.composite.type);
        sb_puts(b, n->u.composite.elts.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        expr(b, n->u.funclit.type);
        sb_puts(b, n->u.funclit.body && n->u.funclit.body->u.block.stmts.len ? " {…}" : " {}");
        break;
    case N_PAREN: sb_puts(b, "("); expr(b, n->u.paren.x); sb_puts(b, ")"); break;
    case N_SELECTOR: expr(b, n->u.selector.x); sb_puts(b, "."); expr(b, n->u.selector.sel); break;
    case N_INDEX: expr(b, n->u.index.x); sb_puts(b, "["); expr(b, n->u.index.index); sb_puts(b, "]"); break;
    case N_SLICE:
        expr(b, n->u.slice.x);
        sb_puts(b, "[");
        expr(b, n->u.slice.lo);
        sb_puts(b, ":");
        expr(b, n->u.slice.hi);
        if (n->u.slice.full) {
            sb_puts(b, ":");
            expr(b, n->u.slice.max);
        }
        sb_puts(b, "]");
        break;
    case N_ASSERT:
        expr(b, n->u.assert.x);
        sb_puts(b, ".(");
        if (n->u.assert.type)
            expr(b, n->u.assert.type);
        else
            sb_puts(b, "type");
        sb_puts(b, ")");
        break;
    case N_CALL:
        expr(b, n->u.call.fun);
        sb_puts(b, "(");
        expr_list(b, n->u.call.args);
        if (n->u.call.dots)
            sb_puts(b, "...");
        sb_puts(b, ")");
        break;
    case N_UNARY: sb_puts(b, op_string(n->u.unary.op)); expr(b, n->u.unary.x); break;
    case N_BINARY:
        expr(b, n->u.binary.x);
        sb_printf(b, " %s ", op_string(n->u.binary.op));
        expr(b, n->u.binary.y);
        break;
    case N_KEYVALUE: expr(b, n->u.kv.key); sb_puts(b, ": "); expr(b, n->u.kv.value); break;
    case N_ARRAYTYPE:
        sb_puts(b, "[");
        expr(b, n->u.arraytype.len);
        sb_puts(b, "]");
        expr(b, n->u.arraytype.elem);
        break;
    case N_ELLIPSIS: sb_puts(b, "..."); expr(b, n->u.ellipsis.elem); break;
    case N_MAPTYPE:
        sb_puts(b, "map[");
        expr(b, n->u.maptype.key);
        sb_puts(b, "]");
        expr(b, n->u.maptype.value);
        break;
    case N_CHANTYPE:
        sb_puts(b, n->u.chantype.dir == 1 ? "chan<- " : n->u.chantype.dir == 2 ? "<-chan " : "chan ");
        expr(b, n->u.chantype.elem);
        break;
    case N_FUNCTYPE: sb_puts(b, "func"); signature(b, n); break;
    case N_STRUCTTYPE:
        sb_puts(b, "struct{");
        fields(b, n->u.structtype.fields, "; ");
        sb_puts(b, "}");
        break;
    case N_IFACETYPE: sb_puts(b, n->u.ifacetype.methods.len ? "interface{…}" : "interface{}"); break;
    case N_EXPRSTMT: expr(b, n->u.exprstmt.x); break;
    case N_INCDEC: expr(b, n->u.incdec.x); sb_puts(b, op_string(n->u.incdec.op)); break;
    case N_SEND: expr(b, n->u.send.ch); sb_puts(b, " <- "); expr(b, n->u.send.value); break;
    case N_ASSIGN:
        expr_list(b, n->u.assign.lhs);
        if (n->u.assign.op == OP_DEFINE)
            sb_puts(b, " := ");
        else if (n->u.assign.op == '=')
            sb_puts(b, " = ");
        else
            sb_printf(b, " %s= ", op_string(n->u.assign.op));
        expr_list(b, n->u.assign.rhs);
        break;
    default: sb_printf(b, "<%s>", ast_kind_name(n->kind)); break;
    }
}

const char *ast_expr_string(AstContext *c, const Node *n)
{
    StrBuf b = {0};
    expr(&b, n);
    const char *s = arena_strndup(c->arena, b.data ? b.data : "", b.len);
    sb_free(&b);
    return s;
}
