/*
 * build.c — the constructors grammar/go.y calls, one per construct.
 *
 * Besides filling the node, a constructor does what gc's parser does at the
 * same point: the checks gc makes while parsing (a condition must be an
 * expression, a 3-index slice needs both bounds, go/defer need a call,
 * parameters are all named or all unnamed), the "minigo: X is not
 * supported" reports for Go outside the subset, and the depth bound: each
 * node records its subtree's height and the first node past
 * PARSE_MAX_DEPTH stops the parse.
 */
#include "syntax.h"

#include "go.tab.h"

#include <string.h>

/* ---- nodes and depth ------------------------------------------------------ */

static Node *node(Parser *p, NodeKind kind, Pos pos) { return ast_new_compact(p->c, &p->slab, kind, pos); }

static void deepen(Parser *p, Node *n, const Node *child)
{
    if (!child || child->depth < n->depth)
        return;
    n->depth = child->depth + 1;
    if (n->depth > PARSE_MAX_DEPTH && !p->lex->stop) {
        parse_error_at(p, n->pos, "exceeded max nesting depth");
        parse_stop(p);
    }
}

static void deepen_list(Parser *p, Node *n, NodeList l)
{
    for (int i = 0; i < l.len; i++)
        deepen(p, n, l.items[i]);
}

NodeList list1(Parser *p, Node *n)
{
    NodeList l = {0};
    ast_append(p->c, &l, n);
    return l;
}

NodeList list_add(Parser *p, NodeList l, Node *n)
{
    ast_append(p->c, &l, n);
    return l;
}

NodeList list_prepend(Parser *p, Node *n, NodeList l)
{
    NodeList out = list1(p, n);
    for (int i = 0; i < l.len; i++)
        ast_append(p->c, &out, l.items[i]);
    return out;
}

/* ---- expressions ---------------------------------------------------------- */

Node *mk_ident(Parser *p, Pos pos, const char *name)
{
    Node *n = node(p, N_IDENT, pos);
    /* names from the scanner are interned; the "." of `import . "p"` is not */
    n->u.ident.name = name[0] == '.' ? intern(p->c->names, name, 1) : name;
    return n;
}

Node *mk_bad(Parser *p, Pos pos) { return node(p, N_BAD, pos); }

Node *mk_lit(Parser *p, Pos pos, LitKind kind, const char *raw, int len)
{
    Node *n = node(p, N_BASICLIT, pos);
    n->u.lit.kind = kind;
    n->u.lit.raw = raw;
    n->u.lit.rawlen = len;
    if (kind == LIT_IMAG)
        unsupported(p, pos, "complex numbers");
    return n;
}

Node *mk_unary(Parser *p, Pos pos, int op, Node *x)
{
    Node *n = node(p, N_UNARY, pos);
    n->u.unary.op = op;
    n->u.unary.x = x;
    deepen(p, n, x);
    if (op == OP_ARROW)
        unsupported(p, pos, "channels");
    else if (op == '~')
        unsupported(p, pos, "generics");
    return n;
}

Node *mk_binary(Parser *p, Pos pos, int op, Node *x, Node *y)
{
    Node *n = node(p, N_BINARY, pos);
    n->u.binary.op = op;
    n->u.binary.x = x;
    n->u.binary.y = y;
    deepen(p, n, x);
    deepen(p, n, y);
    return n;
}

Node *mk_paren(Parser *p, Pos pos, Node *x)
{
    Node *n = node(p, N_PAREN, pos);
    n->u.paren.x = x;
    deepen(p, n, x);
    return n;
}

Node *mk_selector(Parser *p, Pos pos, Node *x, Node *sel)
{
    Node *n = node(p, N_SELECTOR, pos);
    n->u.selector.x = x;
    n->u.selector.sel = sel;
    deepen(p, n, x);
    return n;
}

Node *mk_index(Parser *p, Pos pos, Node *x, Node *index)
{
    Node *n = node(p, N_INDEX, pos);
    n->u.index.x = x;
    n->u.index.index = index;
    deepen(p, n, x);
    deepen(p, n, index);
    return n;
}

/* T[A, B] or a type-context T[A]: an instantiation, which only generic code
 * has. The tree keeps the first argument. */
Node *mk_generic_index(Parser *p, Pos pos, Node *x, NodeList args)
{
    unsupported(p, pos, "generics");
    Node *n = mk_index(p, pos, x, args.len > 0 ? args.items[0] : NULL);
    deepen_list(p, n, args);
    return n;
}

Node *mk_slice(Parser *p, Pos pos, Node *x, Node *lo, Node *hi, Node *max, bool full,
               Pos colon2, Pos rbrack)
{
    Node *n = node(p, N_SLICE, pos);
    n->u.slice.x = x;
    n->u.slice.lo = lo;
    n->u.slice.hi = hi;
    n->u.slice.max = max;
    n->u.slice.full = full;
    if (full && !hi) {
        parse_error_at(p, colon2, "middle index required in 3-index slice");
        n->u.slice.hi = node(p, N_BAD, colon2);
    }
    if (full && !max) {
        parse_error_at(p, rbrack, "final index required in 3-index slice");
        n->u.slice.max = node(p, N_BAD, rbrack);
    }
    deepen(p, n, x);
    deepen(p, n, lo);
    deepen(p, n, hi);
    deepen(p, n, max);
    return n;
}

Node *mk_assert(Parser *p, Pos pos, Node *x, Node *type)
{
    Node *n = node(p, N_ASSERT, pos);
    n->u.assert.x = x;
    n->u.assert.type = type;
    deepen(p, n, x);
    deepen(p, n, type);
    return n;
}

Node *mk_call(Parser *p, Pos pos, Node *fun, NodeList args, bool dots, Pos rparen)
{
    Node *n = node(p, N_CALL, pos);
    n->u.call.fun = fun;
    n->u.call.args = args;
    n->u.call.dots = dots;
    n->u.call.rparen = rparen;
    deepen(p, n, fun);
    deepen_list(p, n, args);
    return n;
}

Node *mk_composite(Parser *p, Pos pos, Node *type, NodeList elts, Pos rbrace)
{
    Node *n = node(p, N_COMPOSITE, pos);
    n->u.composite.type = type;
    n->u.composite.elts = elts;
    n->u.composite.rbrace = rbrace;
    deepen(p, n, type);
    deepen_list(p, n, elts);
    return n;
}

Node *mk_keyvalue(Parser *p, Pos pos, Node *key, Node *value)
{
    Node *n = node(p, N_KEYVALUE, pos);
    n->u.kv.key = key;
    n->u.kv.value = value;
    deepen(p, n, key);
    deepen(p, n, value);
    return n;
}

void body_open(Parser *p)
{
    vec_push(p->c->arena, &p->body_errors, p->gc_errors + p->lex->lexerrors);
}

/* gc's funcBody: a body that parsed without errors has its labels and
 * branches checked now, while its nodes are in the cache. */
static void body_close(Parser *p, Node *body)
{
    if (p->body_errors.len == 0 || p->lex->stop)
        return;
    int errors = p->body_errors.items[--p->body_errors.len];
    if (errors == p->gc_errors + p->lex->lexerrors)
        check_body_branches(p->c->arena, p->d, body);
}

Node *mk_funclit(Parser *p, Pos pos, Node *type, Node *body)
{
    Node *n = node(p, N_FUNCLIT, pos);
    n->u.funclit.type = type;
    n->u.funclit.body = body;
    body_close(p, body);
    deepen(p, n, type);
    deepen(p, n, body);
    return n;
}

/* ---- types ---------------------------------------------------------------- */

Node *mk_arraytype(Parser *p, Pos pos, Node *len, Node *elem)
{
    Node *n = node(p, N_ARRAYTYPE, pos);
    n->u.arraytype.len = len;
    n->u.arraytype.elem = elem;
    deepen(p, n, len);
    deepen(p, n, elem);
    return n;
}

Node *mk_ellipsis(Parser *p, Pos pos, Node *elem)
{
    Node *n = node(p, N_ELLIPSIS, pos);
    n->u.ellipsis.elem = elem;
    deepen(p, n, elem);
    return n;
}

Node *mk_maptype(Parser *p, Pos pos, Node *key, Node *value)
{
    Node *n = node(p, N_MAPTYPE, pos);
    n->u.maptype.key = key;
    n->u.maptype.value = value;
    deepen(p, n, key);
    deepen(p, n, value);
    return n;
}

Node *mk_chantype(Parser *p, Pos pos, int dir, Node *elem)
{
    Node *n = node(p, N_CHANTYPE, pos);
    n->u.chantype.dir = dir;
    n->u.chantype.elem = elem;
    deepen(p, n, elem);
    unsupported(p, pos, "channels");
    return n;
}

Node *mk_param(Parser *p, Pos pos, Node *name, Node *type)
{
    Node *n = node(p, N_FIELD, pos);
    if (name)
        ast_append(p->c, &n->u.field.names, name);
    n->u.field.type = type;
    deepen(p, n, type);
    return n;
}

/* gc's paramList: if no entry has both a name and a type, every entry is a
 * type (a lone name is a type name); otherwise each lone name takes the
 * type of the next typed entry, and `(a, b int, c string)` becomes the
 * fields [a b] int and [c] string. */
static NodeList group_params(Parser *p, NodeList raw)
{
    int named = 0;
    for (int i = 0; i < raw.len; i++) {
        Node *e = raw.items[i];
        if (e->u.field.names.len > 0 && e->u.field.type)
            named++;
    }
    if (named == 0) {
        for (int i = 0; i < raw.len; i++) {
            Node *e = raw.items[i];
            if (!e->u.field.type) {
                e->u.field.type = e->u.field.names.items[0];
                e->u.field.names = (NodeList){0};
            }
        }
        return raw;
    }

    NodeList out = {0};
    Pos bad = {0}; /* leftmost misplaced entry, as gc reports it */
    Node *pending = NULL; /* the field collecting lone names */
    for (int i = 0; i < raw.len; i++) {
        Node *e = raw.items[i];
        if (!e->u.field.type) {
            if (!pending) {
                pending = e;
                ast_append(p->c, &out, e);
            } else {
                ast_append(p->c, &pending->u.field.names, e->u.field.names.items[0]);
            }
            continue;
        }
        if (e->u.field.names.len == 0 && !pos_known(bad))
            bad = ast_start_pos(e->u.field.type);
        if (pending) {
            /* the lone names before this entry share its type */
            deepen(p, pending, e->u.field.type);
            pending->u.field.type = e->u.field.type;
            for (int k = 0; k < e->u.field.names.len; k++)
                ast_append(p->c, &pending->u.field.names, e->u.field.names.items[k]);
            pending = NULL;
        } else {
            ast_append(p->c, &out, e);
        }
    }
    if (pending) {
        if (!pos_known(bad))
            bad = pending->u.field.names.items[0]->pos;
        pending->u.field.type = node(p, N_BAD, pending->pos);
    }
    if (pos_known(bad))
        syntax_error_at(p, bad, "mixed named and unnamed parameters");
    return out;
}

Node *mk_functype(Parser *p, Pos pos, NodeList params, NodeList results)
{
    Node *n = node(p, N_FUNCTYPE, pos);
    n->u.functype.params = group_params(p, params);
    n->u.functype.results = group_params(p, results);
    deepen_list(p, n, n->u.functype.params);
    deepen_list(p, n, n->u.functype.results);
    return n;
}

NodeList mk_result_type(Parser *p, Node *type)
{
    return list1(p, mk_param(p, ast_start_pos(type), NULL, type));
}

Node *mk_structtype(Parser *p, Pos pos, NodeList fields)
{
    Node *n = node(p, N_STRUCTTYPE, pos);
    n->u.structtype.fields = fields;
    deepen_list(p, n, fields);
    return n;
}

Node *mk_field(Parser *p, Pos pos, NodeList names, Node *type, Node *tag)
{
    Node *n = node(p, N_FIELD, pos);
    n->u.field.names = names;
    n->u.field.type = type;
    n->u.field.tag = tag;
    deepen(p, n, type);
    return n;
}

Node *mk_ifacetype(Parser *p, Pos pos, NodeList elems)
{
    Node *n = node(p, N_IFACETYPE, pos);
    n->u.ifacetype.methods = elems;
    deepen_list(p, n, elems);
    if (elems.len > 0)
        unsupported(p, pos, "non-empty interfaces");
    return n;
}

Node *mk_tilde(Parser *p, Pos pos, Node *type)
{
    Node *n = node(p, N_UNARY, pos);
    n->u.unary.op = '~';
    n->u.unary.x = type;
    deepen(p, n, type);
    return n;
}

Node *mk_method(Parser *p, Node *name, Node *type)
{
    return mk_field(p, name->pos, list1(p, name), type, NULL);
}

/* ---- statements ----------------------------------------------------------- */

Node *mk_exprstmt(Parser *p, Node *x)
{
    Node *n = node(p, N_EXPRSTMT, x->pos);
    n->u.exprstmt.x = x;
    deepen(p, n, x);
    return n;
}

Node *mk_incdec(Parser *p, Pos pos, Node *x, int op)
{
    Node *n = node(p, N_INCDEC, pos);
    n->u.incdec.x = x;
    n->u.incdec.op = op;
    deepen(p, n, x);
    return n;
}

Node *mk_assign(Parser *p, Pos pos, int op, NodeList lhs, NodeList rhs)
{
    Node *n = node(p, N_ASSIGN, pos);
    n->u.assign.op = op;
    n->u.assign.lhs = lhs;
    n->u.assign.rhs = rhs;
    deepen_list(p, n, lhs);
    deepen_list(p, n, rhs);
    return n;
}

Node *mk_send(Parser *p, Pos pos, Node *ch, Node *value)
{
    Node *n = node(p, N_SEND, pos);
    n->u.send.ch = ch;
    n->u.send.value = value;
    deepen(p, n, ch);
    deepen(p, n, value);
    unsupported(p, pos, "channels");
    return n;
}

Node *mk_declstmt(Parser *p, Pos pos, NodeList specs)
{
    Node *n = node(p, N_DECLSTMT, pos);
    n->u.declstmt.specs = specs;
    deepen_list(p, n, specs);
    return n;
}

Node *mk_labeled(Parser *p, Node *label, Node *stmt, Pos colon)
{
    Node *n = node(p, N_LABELED, label->pos);
    n->u.labeled.label = label;
    n->u.labeled.stmt = stmt ? stmt : node(p, N_EMPTY, colon);
    deepen(p, n, n->u.labeled.stmt);
    return n;
}

/* go/defer: gc wants a call, not parenthesized. */
Node *mk_callstmt(Parser *p, Pos pos, NodeKind kind, Node *x)
{
    const char *what = kind == N_GO ? "go" : "defer";
    Node *n = node(p, kind, pos);
    if (x->kind == N_PAREN) {
        parse_error_at(p, x->pos, "expression in %s must not be parenthesized", what);
        while (x->kind == N_PAREN)
            x = x->u.paren.x;
    }
    if (x->kind != N_CALL) {
        parse_error_at(p, x->pos, "expression in %s must be function call", what);
        /* gc's callStmt assumes missing parentheses: x() is type-checked */
        Node *call = node(p, N_CALL, x->pos);
        call->u.call.fun = x;
        call->u.call.rparen = x->pos;
        deepen(p, call, x);
        x = call;
    }
    if (kind == N_GO)
        n->u.go_.call = x;
    else
        n->u.defer_.call = x;
    deepen(p, n, x);
    return n;
}

Node *mk_return(Parser *p, Pos pos, NodeList results)
{
    Node *n = node(p, N_RETURN, pos);
    n->u.return_.results = results;
    deepen_list(p, n, results);
    return n;
}

Node *mk_branch(Parser *p, Pos pos, int tok, Node *label)
{
    Node *n = node(p, N_BRANCH, pos);
    n->u.branch.tok = tok;
    n->u.branch.label = label;
    if (tok == BR_GOTO)
        unsupported(p, pos, "goto statements");
    return n;
}

Node *mk_block(Parser *p, Pos pos, NodeList stmts, Pos rbrace)
{
    Node *n = node(p, N_BLOCK, pos);
    n->u.block.stmts = stmts;
    n->u.block.rbrace = rbrace;
    deepen_list(p, n, stmts);
    return n;
}

void stmt_list_add(Parser *p, NodeList *list, Node *stmt)
{
    p->stmt_open = stmt != NULL;
    if (stmt)
        ast_append(p->c, list, stmt);
}

/* "a, b" */
static const char *list_string(Parser *p, NodeList l)
{
    const char *out = "";
    for (int i = 0; i < l.len; i++)
        out = arena_printf(p->c->arena, "%s%s%s", out, i ? ", " : "", ast_expr_string(p->c, l.items[i]));
    return out;
}

/* gc's header(): the statement in a condition's place must be an
 * expression; a common slip is `if x = y`. */
static Node *condition(Parser *p, Node *s)
{
    if (!s)
        return NULL;
    if (s->kind == N_EXPRSTMT)
        return s->u.exprstmt.x;
    const char *text;
    if (s->kind == N_ASSIGN && s->u.assign.op == '=')
        /* gc parenthesizes both sides to highlight the '=' */
        text = arena_printf(p->c->arena, "assignment (%s) = (%s)", list_string(p, s->u.assign.lhs),
                            list_string(p, s->u.assign.rhs));
    else
        text = ast_expr_string(p->c, s);
    syntax_error_at(p, s->pos, "cannot use %s as value", text);
    return node(p, N_BAD, s->pos);
}

Node *mk_if_head(Parser *p, Pos pos, Node *init, Node *cond, bool has_semi, Pos semi,
                 int semi_kind)
{
    Node *n = node(p, N_IF, pos);
    n->u.if_.init = init;
    if (!cond) {
        if (!has_semi)
            syntax_error_at(p, p->lex->cur.pos, "missing condition in if statement");
        else if (semi_kind != SEMI_SEMICOLON)
            syntax_error_at(p, semi, "unexpected %s, expecting { after if clause",
                            semi_kind == SEMI_NEWLINE ? "newline" : "EOF");
        else
            syntax_error_at(p, semi, "missing condition in if statement");
        n->u.if_.cond = node(p, N_BAD, has_semi ? semi : p->lex->cur.pos);
    } else {
        n->u.if_.cond = condition(p, cond);
    }
    deepen(p, n, init);
    deepen(p, n, n->u.if_.cond);
    return n;
}

Node *if_finish(Parser *p, Node *n, Node *then, Node *els)
{
    n->u.if_.then = then;
    n->u.if_.els = els;
    deepen(p, n, then);
    deepen(p, n, els);
    return n;
}

Node *mk_for(Parser *p, Pos pos, Node *init, Node *cond, Node *post, Node *body)
{
    Node *n = node(p, N_FOR, pos);
    n->u.for_.init = init;
    n->u.for_.cond = condition(p, cond);
    if (post && post->kind == N_ASSIGN && post->u.assign.op == OP_DEFINE)
        syntax_error_at(p, post->pos, "cannot declare in post statement of for loop");
    n->u.for_.post = post;
    n->u.for_.body = body;
    deepen(p, n, init);
    deepen(p, n, n->u.for_.cond);
    deepen(p, n, post);
    deepen(p, n, body);
    return n;
}

Node *mk_range_clause(Parser *p, Pos range_pos, NodeList lhs, int op, Node *x)
{
    Node *n = node(p, N_RANGE, range_pos);
    n->u.range.range_pos = range_pos;
    n->u.range.define = op == OP_DEFINE;
    if (lhs.len > 0)
        n->u.range.key = lhs.items[0];
    if (lhs.len > 1)
        n->u.range.value = lhs.items[1];
    if (lhs.len > 2)
        /* gc's types2: "range clause permits at most two iteration variables" */
        parse_error_at(p, lhs.items[2]->pos, "range clause permits at most two iteration variables");
    n->u.range.x = x;
    deepen_list(p, n, lhs);
    deepen(p, n, x);
    return n;
}

Node *mk_for_range(Parser *p, Pos pos, Node *clause, Node *body)
{
    clause->pos = pos;
    clause->u.range.body = body;
    deepen(p, clause, body);
    return clause;
}

/* switch x := y.(type) and switch y.(type) are type switches. */
static bool is_type_guard(const Node *x)
{
    return x && x->kind == N_ASSERT && x->u.assert.type == NULL;
}

Node *mk_switch(Parser *p, Pos pos, Node *init, Node *tag, NodeList cases, Pos rbrace)
{
    Node *n;
    if (tag && tag->kind == N_EXPRSTMT && is_type_guard(tag->u.exprstmt.x)) {
        n = node(p, N_TYPESWITCH, pos);
        n->u.typeswitch.x = tag->u.exprstmt.x->u.assert.x;
    } else if (tag && tag->kind == N_ASSIGN && tag->u.assign.op == OP_DEFINE &&
               tag->u.assign.lhs.len == 1 && tag->u.assign.rhs.len == 1 &&
               tag->u.assign.lhs.items[0]->kind == N_IDENT &&
               is_type_guard(tag->u.assign.rhs.items[0])) {
        n = node(p, N_TYPESWITCH, pos);
        n->u.typeswitch.bind = tag->u.assign.lhs.items[0];
        n->u.typeswitch.x = tag->u.assign.rhs.items[0]->u.assert.x;
    } else {
        n = node(p, N_SWITCH, pos);
        n->u.switch_.init = init;
        n->u.switch_.tag = condition(p, tag);
        n->u.switch_.cases = cases;
        n->u.switch_.rbrace = rbrace;
        deepen(p, n, init);
        deepen(p, n, n->u.switch_.tag);
        deepen_list(p, n, cases);
        return n;
    }
    n->u.typeswitch.init = init;
    n->u.typeswitch.cases = cases;
    n->u.typeswitch.rbrace = rbrace;
    deepen(p, n, init);
    deepen(p, n, n->u.typeswitch.x);
    deepen_list(p, n, cases);
    return n;
}

Node *mk_case(Parser *p, Pos pos, NodeList list, Pos colon, NodeList body)
{
    /* `case 1: x++ case 2:` — gc's stmtList wants a ';' after x++ (the
     * grammar lets the clause end at the next case) */
    const LexToken *t = &p->lex->cur;
    if (p->stmt_open && (t->kind == TOK_CASE || t->kind == TOK_DEFAULT))
        syntax_error_at(p, t->pos, "unexpected %s at end of statement", t->kind == TOK_CASE ? "case" : "default");
    Node *n = node(p, N_CASE, pos);
    n->u.case_.list = list;
    n->u.case_.colon = colon;
    n->u.case_.body = body;
    deepen_list(p, n, list);
    deepen_list(p, n, body);
    return n;
}

Node *mk_select(Parser *p, Pos pos, NodeList cases)
{
    Node *n = node(p, N_SELECT, pos);
    n->u.select_.cases = cases;
    deepen_list(p, n, cases);
    unsupported(p, pos, "select statements");
    return n;
}

/* ---- declarations --------------------------------------------------------- */

void parse_package(Parser *p, Pos pos, Node *name)
{
    p->file->pos = pos;
    p->file->u.file.package = name;
}

void add_import(Parser *p, Pos pos, Node *name, Pos path_pos, const char *raw, int len)
{
    Node *n = node(p, N_IMPORT, pos);
    n->u.import.name = name;
    n->u.import.path = mk_lit(p, path_pos, LIT_STRING, raw, len);
    ast_append(p->c, &p->file->u.file.imports, n);
}

void imports_first(Parser *p, Pos pos)
{
    if (p->file->u.file.decls.len > 0)
        syntax_error_at(p, pos, "non-declaration statement outside function body");
}

Node *mk_valuespec(Parser *p, NodeKind kind, NodeList names, Node *type, NodeList values)
{
    Node *n = node(p, kind, names.items[0]->pos);
    n->u.valuespec.names = names;
    n->u.valuespec.type = type;
    n->u.valuespec.values = values;
    n->u.valuespec.group = n;
    deepen(p, n, type);
    deepen_list(p, n, values);
    return n;
}

Node *mk_typespec(Parser *p, Node *name, Node *type, bool alias)
{
    Node *n = node(p, N_TYPESPEC, name->pos);
    n->u.typespec.name = name;
    n->u.typespec.type = type;
    n->u.typespec.alias = alias;
    deepen(p, n, type);
    return n;
}

NodeList finish_group(Parser *p, NodeList specs, bool grouped)
{
    (void)grouped;
    Node *first = specs.len > 0 ? specs.items[0] : NULL;
    Node *last_with_values = NULL;
    for (int i = 0; i < specs.len; i++) {
        Node *s = specs.items[i];
        if (s->kind == N_TYPESPEC)
            continue;
        s->u.valuespec.group = first;
        if (s->kind != N_CONSTSPEC)
            continue;
        s->u.valuespec.iota = i;
        if (s->u.valuespec.type || s->u.valuespec.values.len > 0) {
            last_with_values = s;
        } else if (last_with_values) {
            /* const ( A T = iota; B ): B repeats T and iota, in its own nodes */
            s->u.valuespec.implicit = true;
            s->u.valuespec.type = ast_clone(p->c, last_with_values->u.valuespec.type);
            for (int k = 0; k < last_with_values->u.valuespec.values.len; k++)
                ast_append(p->c, &s->u.valuespec.values,
                           ast_clone(p->c, last_with_values->u.valuespec.values.items[k]));
        }
    }
    return specs;
}

static int count_fields(NodeList fields)
{
    int n = 0;
    for (int i = 0; i < fields.len; i++) {
        int names = fields.items[i]->u.field.names.len;
        n += names > 0 ? names : 1;
    }
    return n;
}

/* gc keeps only the first receiver ((a, b T) is `a T` to the checker) */
static Node *first_receiver(Parser *p, Node *field)
{
    if (field->u.field.names.len <= 1)
        return field;
    Node *f = node(p, N_FIELD, field->pos);
    ast_append(p->c, &f->u.field.names, field->u.field.names.items[0]);
    f->u.field.type = field->u.field.type;
    f->depth = field->depth;
    return f;
}

Node *mk_funcdecl(Parser *p, Pos pos, bool has_recv, NodeList recv, Node *name, Node *type,
                  Node *body)
{
    Node *n = node(p, N_FUNCDECL, pos);
    if (has_recv) {
        int count = count_fields(recv);
        if (count == 0)
            parse_error_at(p, name->pos, "method has no receiver");
        else if (count > 1)
            parse_error_at(p, name->pos, "method has multiple receivers");
        if (recv.len > 0)
            n->u.func.recv = first_receiver(p, recv.items[0]);
    }
    n->u.func.name = name;
    n->u.func.type = type;
    n->u.func.body = body;
    if (body)
        body_close(p, body);
    deepen(p, n, n->u.func.recv);
    deepen(p, n, type);
    deepen(p, n, body);
    return n;
}

void add_decl(Parser *p, Node *decl)
{
    ast_append(p->c, &p->file->u.file.decls, decl);
    p->last_decl = decl;
}

void add_decls(Parser *p, NodeList decls)
{
    for (int i = 0; i < decls.len; i++)
        add_decl(p, decls.items[i]);
}

void type_params(Parser *p, Pos pos) { unsupported(p, pos, "generics"); }
