/*
 * verify.c — a self-check of the checker's annotations, for tests and for
 * later phases' debug modes: after a successful check, every expression a
 * later phase evaluates must have a mode and a typed (non-untyped) type,
 * every identifier an object, every call a CallKind, every selector a
 * Selection. Constant expressions are exempt below their root (their value
 * is the root's cv), as are type expressions.
 */
#include <stdio.h>

#include "check.h"

typedef struct Verifier {
    FILE *out;
    int problems;
} Verifier;

static void problem(Verifier *v, const Node *n, const char *what)
{
    v->problems++;
    if (v->out)
        fprintf(v->out, "%s:%d:%d: verify: %s %s\n", n->pos.file ? n->pos.file : "?", n->pos.line, n->pos.col,
                ast_kind_name(n->kind), what);
}

static void vnode(Verifier *v, Node *n, int depth);

static void vlist(Verifier *v, NodeList *l, int depth)
{
    for (int i = 0; i < l->len; i++)
        vnode(v, l->items[i], depth + 1);
}

static bool is_expr_kind(NodeKind k) { return k >= N_IDENT && k <= N_KEYVALUE; }

static void vexpr(Verifier *v, Node *n, int depth)
{
    if (n->kind == N_KEYVALUE) {
        vnode(v, n->u.kv.value, depth + 1);
        if (n->u.kv.key->kind != N_IDENT)
            vnode(v, n->u.kv.key, depth + 1);
        return;
    }
    if (n->mode == MODE_TYPEEXPR || n->mode == MODE_PACKAGE)
        return;
    if (n->mode == MODE_INVALID) {
        problem(v, n, "has no mode");
        return;
    }
    if (!n->type) {
        problem(v, n, "has no type");
        return;
    }
    if (n->mode == MODE_CONSTANT) {
        if (!n->cv)
            problem(v, n, "constant without value");
        if (type_is_untyped(n->type) && n->type->kind != TY_UNTYPED_NIL)
            problem(v, n, "constant left untyped");
        return; /* operands of a constant are not evaluated */
    }
    if (n->mode == MODE_BUILTIN)
        return;
    if (type_is_untyped(n->type) && n->type->kind != TY_UNTYPED_NIL)
        problem(v, n, "value left untyped");
    switch (n->kind) {
    case N_IDENT:
        if (!n->obj)
            problem(v, n, "identifier without object");
        break;
    case N_SELECTOR:
        if (!n->sel)
            problem(v, n, "selector without selection");
        else if (n->sel->kind != SEL_QUALIFIED)
            vnode(v, n->u.selector.x, depth + 1);
        break;
    case N_CALL:
        if (!(n->implicit & CALL_KIND_MASK))
            problem(v, n, "call without kind");
        if ((n->implicit & CALL_KIND_MASK) != CALL_CONVERSION && (n->implicit & CALL_KIND_MASK) != CALL_BUILTIN)
            vnode(v, n->u.call.fun, depth + 1);
        if ((n->implicit & CALL_KIND_MASK) == CALL_BUILTIN && n->obj &&
            (n->obj->id == BI_MAKE || n->obj->id == BI_NEW)) {
            for (int i = 1; i < n->u.call.args.len; i++)
                vnode(v, n->u.call.args.items[i], depth + 1);
        } else {
            vlist(v, &n->u.call.args, depth);
        }
        break;
    case N_FUNCLIT:
        if (!n->obj || !n->obj->func)
            problem(v, n, "function literal without Func");
        vnode(v, n->u.funclit.body, depth + 1);
        break;
    case N_COMPOSITE:
        vlist(v, &n->u.composite.elts, depth);
        break;
    case N_PAREN: vnode(v, n->u.paren.x, depth + 1); break;
    case N_INDEX:
        vnode(v, n->u.index.x, depth + 1);
        vnode(v, n->u.index.index, depth + 1);
        break;
    case N_SLICE:
        vnode(v, n->u.slice.x, depth + 1);
        vnode(v, n->u.slice.lo, depth + 1);
        vnode(v, n->u.slice.hi, depth + 1);
        vnode(v, n->u.slice.max, depth + 1);
        break;
    case N_ASSERT: vnode(v, n->u.assert.x, depth + 1); break;
    case N_UNARY: vnode(v, n->u.unary.x, depth + 1); break;
    case N_BINARY:
        vnode(v, n->u.binary.x, depth + 1);
        vnode(v, n->u.binary.y, depth + 1);
        break;
    default:
        break;
    }
}

static void vnode(Verifier *v, Node *n, int depth)
{
    if (!n || depth > PARSE_MAX_DEPTH + 100)
        return;
    if (is_expr_kind(n->kind)) {
        vexpr(v, n, depth);
        return;
    }
    switch (n->kind) {
    case N_DECLSTMT: vlist(v, &n->u.declstmt.specs, depth); break;
    case N_VARSPEC: vlist(v, &n->u.valuespec.values, depth); break;
    case N_LABELED: vnode(v, n->u.labeled.stmt, depth + 1); break;
    case N_EXPRSTMT: vnode(v, n->u.exprstmt.x, depth + 1); break;
    case N_INCDEC: vnode(v, n->u.incdec.x, depth + 1); break;
    case N_ASSIGN:
        for (int i = 0; i < n->u.assign.lhs.len; i++) {
            Node *l = n->u.assign.lhs.items[i];
            if (!(l->kind == N_IDENT && l->obj && l->obj->name[0] == '_' && !l->obj->name[1]))
                vnode(v, l, depth + 1);
        }
        vlist(v, &n->u.assign.rhs, depth);
        break;
    case N_GO: vnode(v, n->u.go_.call, depth + 1); break;
    case N_DEFER: vnode(v, n->u.defer_.call, depth + 1); break;
    case N_RETURN: vlist(v, &n->u.return_.results, depth); break;
    case N_BLOCK: vlist(v, &n->u.block.stmts, depth); break;
    case N_IF:
        vnode(v, n->u.if_.init, depth + 1);
        vnode(v, n->u.if_.cond, depth + 1);
        vnode(v, n->u.if_.then, depth + 1);
        vnode(v, n->u.if_.els, depth + 1);
        break;
    case N_CASE:
        vlist(v, &n->u.case_.body, depth);
        break;
    case N_SWITCH:
        vnode(v, n->u.switch_.init, depth + 1);
        vnode(v, n->u.switch_.tag, depth + 1);
        for (int i = 0; i < n->u.switch_.cases.len; i++) {
            vlist(v, &n->u.switch_.cases.items[i]->u.case_.list, depth);
            vnode(v, n->u.switch_.cases.items[i], depth + 1);
        }
        break;
    case N_TYPESWITCH:
        vnode(v, n->u.typeswitch.init, depth + 1);
        vnode(v, n->u.typeswitch.x, depth + 1);
        vlist(v, &n->u.typeswitch.cases, depth);
        break;
    case N_FOR:
        vnode(v, n->u.for_.init, depth + 1);
        vnode(v, n->u.for_.cond, depth + 1);
        vnode(v, n->u.for_.post, depth + 1);
        vnode(v, n->u.for_.body, depth + 1);
        break;
    case N_RANGE:
        vnode(v, n->u.range.x, depth + 1);
        vnode(v, n->u.range.body, depth + 1);
        break;
    case N_FUNCDECL:
        vnode(v, n->u.func.body, depth + 1);
        break;
    default:
        break;
    }
}

int types_verify(Package *p, Node **files, int nfiles, FILE *out)
{
    (void)p;
    Verifier v = {out, 0};
    for (int f = 0; f < nfiles; f++)
        if (files[f])
            vlist(&v, &files[f]->u.file.decls, 0);
    return v.problems;
}
