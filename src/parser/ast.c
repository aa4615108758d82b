/*
 * ast.c — generic tree operations: allocation, lists, start positions
 * (gc's syntax.StartPos), deep copies, operator and kind names.
 *
 * The per-kind constructors the grammar calls are in build.c; printing
 * is in dump.c.
 */
#include "ast.h"

#include <stddef.h>
#include <string.h>

Node *ast_new(AstContext *c, NodeKind kind, Pos pos)
{
    Node *n = ARENA_NEW(c->arena, Node);
    n->kind = kind;
    n->pos = pos;
    n->depth = 1;
    return n;
}

/* ---- compact nodes ---------------------------------------------------------- */

#define PAYLOAD(k, member) [k] = offsetof(Node, u) + sizeof(((Node *)0)->u.member)
static const unsigned short payload_end[N_KIND_COUNT] = {
    [N_BAD] = offsetof(Node, u),
    PAYLOAD(N_IDENT, ident),
    PAYLOAD(N_BASICLIT, lit),
    PAYLOAD(N_COMPOSITE, composite),
    PAYLOAD(N_FUNCLIT, funclit),
    PAYLOAD(N_PAREN, paren),
    PAYLOAD(N_SELECTOR, selector),
    PAYLOAD(N_INDEX, index),
    PAYLOAD(N_SLICE, slice),
    PAYLOAD(N_ASSERT, assert),
    PAYLOAD(N_CALL, call),
    PAYLOAD(N_UNARY, unary),
    PAYLOAD(N_BINARY, binary),
    PAYLOAD(N_KEYVALUE, kv),
    PAYLOAD(N_ARRAYTYPE, arraytype),
    PAYLOAD(N_ELLIPSIS, ellipsis),
    PAYLOAD(N_MAPTYPE, maptype),
    PAYLOAD(N_CHANTYPE, chantype),
    PAYLOAD(N_FUNCTYPE, functype),
    PAYLOAD(N_STRUCTTYPE, structtype),
    PAYLOAD(N_IFACETYPE, ifacetype),
    PAYLOAD(N_FIELD, field),
    PAYLOAD(N_DECLSTMT, declstmt),
    [N_EMPTY] = offsetof(Node, u),
    PAYLOAD(N_LABELED, labeled),
    PAYLOAD(N_EXPRSTMT, exprstmt),
    PAYLOAD(N_INCDEC, incdec),
    PAYLOAD(N_ASSIGN, assign),
    PAYLOAD(N_GO, go_),
    PAYLOAD(N_DEFER, defer_),
    PAYLOAD(N_RETURN, return_),
    PAYLOAD(N_BRANCH, branch),
    PAYLOAD(N_BLOCK, block),
    PAYLOAD(N_IF, if_),
    PAYLOAD(N_CASE, case_),
    PAYLOAD(N_SWITCH, switch_),
    PAYLOAD(N_TYPESWITCH, typeswitch),
    PAYLOAD(N_FOR, for_),
    PAYLOAD(N_RANGE, range),
    PAYLOAD(N_SEND, send),
    PAYLOAD(N_SELECT, select_),
    PAYLOAD(N_IMPORT, import),
    PAYLOAD(N_VARSPEC, valuespec),
    PAYLOAD(N_CONSTSPEC, valuespec),
    PAYLOAD(N_TYPESPEC, typespec),
    PAYLOAD(N_FUNCDECL, func),
    PAYLOAD(N_FILE, file),
};
#undef PAYLOAD

size_t ast_node_size(NodeKind kind)
{
    size_t n = kind < N_KIND_COUNT && payload_end[kind] ? payload_end[kind] : sizeof(Node);
    return (n + sizeof(void *) - 1) & ~(sizeof(void *) - 1);
}

/* Slabs double from 32 KB to just under 4 MB (the arena hands a block
 * that big out as whole 2 MB pages); each keeps sizeof(Node) spare at its
 * end, so reading a whole Node from its last node stays inside it. */
enum { SLAB_MIN = 32 * 1024, SLAB_MAX = 4 * 1024 * 1024 - 64 };

Node *ast_new_compact(AstContext *c, NodeSlab *slab, NodeKind kind, Pos pos)
{
    size_t size = ast_node_size(kind);
    if (!slab->next || (size_t)(slab->end - slab->next) < size + sizeof(Node)) {
        size_t n = slab->size ? 2 * slab->size : SLAB_MIN;
        if (n > SLAB_MAX)
            n = SLAB_MAX;
        slab->size = n;
        slab->next = arena_alloc(c->arena, n); /* zeroed */
        slab->end = slab->next + n;
    }
    Node *node = (Node *)slab->next;
    slab->next += size;
    node->kind = kind;
    node->pos = pos;
    node->depth = 1;
    return node;
}

Node *ast_ident(AstContext *c, Pos pos, const char *name, size_t len)
{
    Node *n = ast_new(c, N_IDENT, pos);
    n->u.ident.name = intern(c->names, name, len);
    return n;
}

/* Lists grow from 2 slots (most are short: one argument, one name), not
 * vec_push's 8, which matters at ~30 lists per 10 lines of Go. */
void ast_append(AstContext *c, NodeList *list, Node *n)
{
    if (list->len == list->cap) {
        int ncap = list->cap ? 2 * list->cap : 2;
        Node **items = ARENA_ARRAY(c->arena, Node *, ncap);
        if (list->len)
            memcpy(items, list->items, sizeof(Node *) * (size_t)list->len);
        list->items = items;
        list->cap = ncap;
    }
    list->items[list->len++] = n;
}

/* gc's syntax.StartPos (Go 1.19): the leftmost position of n. Its cases
 * are kept as they are there, quirks included (a slice expression and a
 * key:value pair start at their own position, the '[' and the ':'). */
Pos ast_start_pos(const Node *n)
{
    for (;;) {
        if (!n)
            return (Pos){0};
        switch (n->kind) {
        case N_FILE:
            return pos_make(n->pos.file, 1, 1);
        case N_COMPOSITE:
            if (!n->u.composite.type)
                return n->pos;
            n = n->u.composite.type;
            break;
        case N_SELECTOR:
            n = n->u.selector.x;
            break;
        case N_INDEX:
            n = n->u.index.x;
            break;
        case N_ASSERT:
            n = n->u.assert.x;
            break;
        case N_BINARY:
            n = n->u.binary.x;
            break;
        case N_CALL:
            n = n->u.call.fun;
            break;
        case N_SEND:
            n = n->u.send.ch;
            break;
        case N_ASSIGN:
            if (n->u.assign.lhs.len == 0)
                return n->pos;
            n = n->u.assign.lhs.items[0];
            break;
        case N_INCDEC:
            n = n->u.incdec.x;
            break;
        default:
            return n->pos;
        }
    }
}

/* ---- deep copy ------------------------------------------------------------ */

static NodeList clone_list(AstContext *c, NodeList l)
{
    NodeList out = {0};
    for (int i = 0; i < l.len; i++)
        ast_append(c, &out, ast_clone(c, l.items[i]));
    return out;
}

Node *ast_clone(AstContext *c, const Node *n)
{
    if (!n)
        return NULL;
    Node *m = ARENA_NEW(c->arena, Node);
    memcpy(m, n, ast_node_size(n->kind)); /* n may be a compact node */
#define C(f) m->u.f = ast_clone(c, n->u.f)
#define CL(f) m->u.f = clone_list(c, n->u.f)
    switch (n->kind) {
    case N_COMPOSITE: C(composite.type); CL(composite.elts); break;
    case N_FUNCLIT: C(funclit.type); C(funclit.body); break;
    case N_PAREN: C(paren.x); break;
    case N_SELECTOR: C(selector.x); C(selector.sel); break;
    case N_INDEX: C(index.x); C(index.index); break;
    case N_SLICE: C(slice.x); C(slice.lo); C(slice.hi); C(slice.max); break;
    case N_ASSERT: C(assert.x); C(assert.type); break;
    case N_CALL: C(call.fun); CL(call.args); break;
    case N_UNARY: C(unary.x); break;
    case N_BINARY: C(binary.x); C(binary.y); break;
    case N_KEYVALUE: C(kv.key); C(kv.value); break;
    case N_ARRAYTYPE: C(arraytype.len); C(arraytype.elem); break;
    case N_ELLIPSIS: C(ellipsis.elem); break;
    case N_MAPTYPE: C(maptype.key); C(maptype.value); break;
    case N_CHANTYPE: C(chantype.elem); break;
    case N_FUNCTYPE: CL(functype.params); CL(functype.results); break;
    case N_STRUCTTYPE: CL(structtype.fields); break;
    case N_IFACETYPE: CL(ifacetype.methods); break;
    case N_FIELD: CL(field.names); C(field.type); C(field.tag); break;
    case N_DECLSTMT: CL(declstmt.specs); break;
    case N_LABELED: C(labeled.label); C(labeled.stmt); break;
    case N_EXPRSTMT: C(exprstmt.x); break;
    case N_INCDEC: C(incdec.x); break;
    case N_ASSIGN: CL(assign.lhs); CL(assign.rhs); break;
    case N_GO: C(go_.call); break;
    case N_DEFER: C(defer_.call); break;
    case N_RETURN: CL(return_.results); break;
    case N_BRANCH: C(branch.label); break;
    case N_BLOCK: CL(block.stmts); break;
    case N_IF: C(if_.init); C(if_.cond); C(if_.then); C(if_.els); break;
    case N_CASE: CL(case_.list); CL(case_.body); break;
    case N_SWITCH: C(switch_.init); C(switch_.tag); CL(switch_.cases); break;
    case N_TYPESWITCH: C(typeswitch.init); C(typeswitch.bind); C(typeswitch.x); CL(typeswitch.cases); break;
    case N_FOR: C(for_.init); C(for_.cond); C(for_.post); C(for_.body); break;
    case N_RANGE: C(range.key); C(range.value); C(range.x); C(range.body); break;
    case N_SEND: C(send.ch); C(send.value); break;
    case N_SELECT: CL(select_.cases); break;
    case N_TYPESPEC: C(typespec.name); C(typespec.type); break;
    case N_VARSPEC:
    case N_CONSTSPEC: CL(valuespec.names); C(valuespec.type); CL(valuespec.values); break;
    default: break; /* leaves: IDENT, BASICLIT, BAD, EMPTY; decls are not cloned */
    }
#undef C
#undef CL
    return m;
}

/* ---- names ---------------------------------------------------------------- */

const char *op_string(int op)
{
    switch (op) {
    case OP_SHL: return "<<";
    case OP_SHR: return ">>";
    case OP_ANDNOT: return "&^";
    case OP_ANDAND: return "&&";
    case OP_OROR: return "||";
    case OP_EQ: return "==";
    case OP_NE: return "!=";
    case OP_LE: return "<=";
    case OP_GE: return ">=";
    case OP_ARROW: return "<-";
    case OP_DEFINE: return ":=";
    case OP_INC: return "++";
    case OP_DEC: return "--";
    }
    switch (op) {
    case '+': return "+";
    case '-': return "-";
    case '*': return "*";
    case '/': return "/";
    case '%': return "%";
    case '&': return "&";
    case '|': return "|";
    case '^': return "^";
    case '<': return "<";
    case '>': return ">";
    case '=': return "=";
    case '!': return "!";
    case '~': return "~";
    }
    return "?";
}

const char *ast_kind_name(NodeKind k)
{
    static const char *const names[N_KIND_COUNT] = {
        [N_BAD] = "BAD", [N_IDENT] = "IDENT", [N_BASICLIT] = "BASICLIT",
        [N_COMPOSITE] = "COMPOSITE", [N_FUNCLIT] = "FUNCLIT", [N_PAREN] = "PAREN",
        [N_SELECTOR] = "SELECTOR", [N_INDEX] = "INDEX", [N_SLICE] = "SLICE",
        [N_ASSERT] = "ASSERT", [N_CALL] = "CALL", [N_UNARY] = "UNARY",
        [N_BINARY] = "BINARY", [N_KEYVALUE] = "KEYVALUE", [N_ARRAYTYPE] = "ARRAYTYPE",
        [N_ELLIPSIS] = "ELLIPSIS", [N_MAPTYPE] = "MAPTYPE", [N_CHANTYPE] = "CHANTYPE",
        [N_FUNCTYPE] = "FUNCTYPE", [N_STRUCTTYPE] = "STRUCTTYPE", [N_IFACETYPE] = "IFACETYPE",
        [N_FIELD] = "FIELD", [N_DECLSTMT] = "DECLSTMT", [N_EMPTY] = "EMPTY",
        [N_LABELED] = "LABELED", [N_EXPRSTMT] = "EXPRSTMT", [N_INCDEC] = "INCDEC",
        [N_ASSIGN] = "ASSIGN", [N_GO] = "GO", [N_DEFER] = "DEFER", [N_RETURN] = "RETURN",
        [N_BRANCH] = "BRANCH", [N_BLOCK] = "BLOCK", [N_IF] = "IF", [N_CASE] = "CASE",
        [N_SWITCH] = "SWITCH", [N_TYPESWITCH] = "TYPESWITCH", [N_FOR] = "FOR",
        [N_RANGE] = "RANGE", [N_SEND] = "SEND", [N_SELECT] = "SELECT", [N_IMPORT] = "IMPORT",
        [N_VARSPEC] = "VARSPEC", [N_CONSTSPEC] = "CONSTSPEC", [N_TYPESPEC] = "TYPESPEC",
        [N_FUNCDECL] = "FUNCDECL", [N_FILE] = "FILE",
    };
    if ((int)k < 0 || k >= N_KIND_COUNT || !names[k])
        return "?";
    return names[k];
}
