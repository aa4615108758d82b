/*
 * rd_expr.c — the error-path parser's expressions, types and parameter
 * lists: gc's operand, pexpr, binaryExpr, unaryExpr, complitexpr,
 * typeOrNil, funcType, structType, interfaceType, paramList, ... (see
 * rd.h), function by function, with gc's recovery calls in the same
 * places. Nodes are built for what later decisions look at.
 */
#include "rd.h"

#include <string.h>

Node *rd_node(Rd *p, NodeKind kind, Pos pos) { return ast_new(p->c, kind, pos); }

static Node *bad_expr(Rd *p) { return rd_node(p, N_BAD, p->pos); }

Node *rd_unparen(Node *x)
{
    while (x && x->kind == N_PAREN)
        x = x->u.paren.x;
    return x;
}

/* a ListExpr (x[a, b], several type arguments): an N_FIELD holding the list,
 * which no predicate below takes for an expression */
static Node *list_expr(Rd *p, NodeList l)
{
    Node *n = rd_node(p, N_FIELD, l.items[0]->pos);
    n->u.field.names = l;
    return n;
}

/* ---- names and literals --------------------------------------------------- */

Node *rd_name(Rd *p)
{
    if (p->kind == TOK_IDENT) {
        Node *n = rd_node(p, N_IDENT, p->pos);
        n->u.ident.name = p->val.name;
        rd_next(p);
        return n;
    }
    Node *n = rd_node(p, N_IDENT, p->pos);
    n->u.ident.name = "_";
    rd_syntax_error(p, "expecting name");
    RD_SKIP(p);
    return n;
}

static LitKind lit_kind(int kind)
{
    switch (kind) {
    case TOK_INT: return LIT_INT;
    case TOK_FLOAT: return LIT_FLOAT;
    case TOK_IMAG: return LIT_IMAG;
    case TOK_CHAR: return LIT_CHAR;
    default: return LIT_STRING;
    }
}

static bool is_literal(int kind)
{
    return kind == TOK_INT || kind == TOK_FLOAT || kind == TOK_IMAG || kind == TOK_CHAR ||
           kind == TOK_STRING;
}

/* The literal's `implicit` field marks a literal the scanner complained
 * about (gc's BasicLit.Bad). */
Node *rd_oliteral(Rd *p)
{
    if (!is_literal(p->kind))
        return NULL;
    Node *n = rd_node(p, N_BASICLIT, p->pos);
    n->u.lit.kind = lit_kind(p->kind);
    n->u.lit.raw = p->val.lit.raw;
    n->u.lit.rawlen = p->val.lit.len;
    n->implicit = p->bad;
    rd_next(p);
    return n;
}

Node *rd_qualified_name(Rd *p, Node *name)
{
    Node *x;
    if (name) {
        x = name;
    } else if (p->kind == TOK_IDENT) {
        x = rd_name(p);
    } else {
        x = rd_node(p, N_IDENT, p->pos);
        x->u.ident.name = "_";
        rd_syntax_error(p, "expecting name");
        RD_ADVANCE(p, '.', ';', '}');
    }
    if (p->kind == '.') {
        Node *s = rd_node(p, N_SELECTOR, p->pos);
        rd_next(p);
        s->u.selector.x = x;
        s->u.selector.sel = rd_name(p);
        x = s;
    }
    if (p->kind == '[') {
        /* gc's typeInstance */
        Node *t = rd_node(p, N_INDEX, p->pos);
        rd_want(p, '[');
        t->u.index.x = x;
        if (p->kind == ']') {
            rd_syntax_error(p, "expecting type");
            t->u.index.index = bad_expr(p);
        } else {
            bool comma;
            t->u.index.index = rd_type_list(p, &comma);
        }
        rd_want(p, ']');
        x = t;
    }
    return x;
}

/* ---- lists ------------------------------------------------------------------ */

/* gc's list(): elements separated by sep, closed by close; after an element
 * that is followed by neither, report and skip to a closing bracket. */
Pos rd_list(Rd *p, const char *context, int sep, int close, bool (*elem)(Rd *, void *), void *arg)
{
    bool done = false;
    while (p->kind != 0 && p->kind != close && !done && !p->stopped) {
        long before = p->ntokens;
        done = elem(p, arg);
        if (!rd_got(p, sep) && p->kind != close) {
            rd_syntax_error(p, "in %s; possibly missing %s or %s", context, rd_tokstring(sep),
                            rd_tokstring(close));
            RD_ADVANCE(p, ')', ']', '}');
            if (p->kind != close)
                return p->pos;
        }
        if (p->ntokens == before && !done)
            break; /* no progress (cannot happen in gc's grammar; a guard) */
    }
    Pos pos = p->pos;
    rd_want(p, close);
    return pos;
}

NodeList rd_expr_list(Rd *p)
{
    NodeList l = {0};
    ast_append(p->c, &l, rd_expr(p));
    while (rd_got(p, ','))
        ast_append(p->c, &l, rd_expr(p));
    return l;
}

/* gc's typeList: an expression, then types, comma separated; *comma says
 * whether there was a comma. */
Node *rd_type_list(Rd *p, bool *comma)
{
    *comma = false;
    p->xnest++;
    Node *x = rd_expr(p);
    if (rd_got(p, ',')) {
        *comma = true;
        Node *t = rd_type_or_nil(p);
        if (t) {
            NodeList l = {0};
            ast_append(p->c, &l, x);
            ast_append(p->c, &l, t);
            while (rd_got(p, ',')) {
                t = rd_type_or_nil(p);
                if (!t)
                    break;
                ast_append(p->c, &l, t);
            }
            x = list_expr(p, l);
        }
    }
    p->xnest--;
    return x;
}

/* ---- expressions -------------------------------------------------------------- */

Node *rd_expr(Rd *p) { return rd_binary_expr(p, NULL, 0); }

static Node *unary_expr(Rd *p);

static int binary_prec(int kind)
{
    switch (kind) {
    case TOK_OROR: return 1;
    case TOK_ANDAND: return 2;
    case TOK_EQ: case TOK_NE: case '<': case TOK_LE: case '>': case TOK_GE: return 3;
    case '+': case '-': case '|': case '^': return 4;
    case '*': case '/': case '%': case TOK_SHL: case TOK_SHR: case '&': case TOK_ANDNOT: return 5;
    }
    return 0;
}

static int binary_op(int kind)
{
    switch (kind) {
    case TOK_OROR: return OP_OROR;
    case TOK_ANDAND: return OP_ANDAND;
    case TOK_EQ: return OP_EQ;
    case TOK_NE: return OP_NE;
    case TOK_LE: return OP_LE;
    case TOK_GE: return OP_GE;
    case TOK_SHL: return OP_SHL;
    case TOK_SHR: return OP_SHR;
    case TOK_ANDNOT: return OP_ANDNOT;
    }
    return kind;
}

Node *rd_binary_expr(Rd *p, Node *x, int prec)
{
    if (!x)
        x = unary_expr(p);
    while (binary_prec(p->kind) > prec) {
        Node *t = rd_node(p, N_BINARY, p->pos);
        t->u.binary.op = binary_op(p->kind);
        int tprec = binary_prec(p->kind);
        rd_next(p);
        t->u.binary.x = x;
        t->u.binary.y = rd_binary_expr(p, NULL, tprec);
        x = t;
    }
    return x;
}

static Node *unary_expr(Rd *p)
{
    if (!rd_enter(p))
        return bad_expr(p);
    Node *result;
    switch (p->kind) {
    case '*': case '+': case '-': case '!': case '^': case '~': case '&': {
        Node *x = rd_node(p, N_UNARY, p->pos);
        x->u.unary.op = p->kind;
        rd_next(p);
        x->u.unary.x = unary_expr(p);
        if (x->u.unary.op == '&') /* a parenthesized composite literal */
            x->u.unary.x = rd_unparen(x->u.unary.x);
        result = x;
        break;
    }
    case TOK_ARROW: {
        /* a receive, or a receive-only channel type <-chan E */
        Pos pos = p->pos;
        rd_next(p);
        Node *x = unary_expr(p);
        if (x->kind == N_CHANTYPE) {
            /* re-associate: <-(chan E) is (<-chan E) */
            int dir = 1; /* send-only */
            Node *t = x;
            while (dir == 1) {
                if (t->kind != N_CHANTYPE)
                    break;
                dir = t->u.chantype.dir;
                if (dir == 2)
                    rd_syntax_error(p, "unexpected <-, expecting chan");
                t->u.chantype.dir = 2;
                t = t->u.chantype.elem;
            }
            if (dir == 1)
                rd_syntax_error(p, "unexpected %s, expecting chan", ast_expr_string(p->c, t));
            result = x;
            break;
        }
        Node *o = rd_node(p, N_UNARY, pos);
        o->u.unary.op = OP_ARROW;
        o->u.unary.x = x;
        result = o;
        break;
    }
    default:
        result = rd_pexpr(p, NULL, true);
    }
    rd_leave(p);
    return result;
}

static Node *bare_complit_expr(Rd *p);

static bool complit_elem(Rd *p, void *arg)
{
    Node *lit = arg;
    Node *e = bare_complit_expr(p);
    if (p->kind == ':') {
        Node *kv = rd_node(p, N_KEYVALUE, p->pos);
        rd_next(p);
        kv->u.kv.key = e;
        kv->u.kv.value = bare_complit_expr(p);
        e = kv;
    }
    ast_append(p->c, &lit->u.composite.elts, e);
    return false;
}

static Node *complit_expr(Rd *p)
{
    Node *x = rd_node(p, N_COMPOSITE, p->pos);
    p->xnest++;
    rd_want(p, '{');
    x->u.composite.rbrace = rd_list(p, "composite literal", ',', '}', complit_elem, x);
    p->xnest--;
    return x;
}

static Node *bare_complit_expr(Rd *p)
{
    if (p->kind == '{')
        return complit_expr(p);
    return rd_expr(p);
}

static Node *func_body_or_nil(Rd *p, Node *ftype, Pos pos)
{
    if (p->kind != '{')
        return ftype;
    p->xnest++;
    Node *f = rd_node(p, N_FUNCLIT, pos);
    f->u.funclit.type = ftype;
    f->u.funclit.body = rd_func_body(p);
    p->xnest--;
    return f;
}

static Node *operand(Rd *p, bool keep_parens)
{
    switch (p->kind) {
    case TOK_IDENT:
        return rd_name(p);
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
        return rd_oliteral(p);
    case '(': {
        Pos pos = p->pos;
        rd_next(p);
        p->xnest++;
        Node *x = rd_expr(p);
        p->xnest--;
        rd_want(p, ')');
        /* parentheses are kept where an error may be about them: around a
         * composite literal's type, and in go/defer */
        if (p->kind == '{')
            keep_parens = true;
        if (keep_parens) {
            Node *px = rd_node(p, N_PAREN, pos);
            px->u.paren.x = x;
            x = px;
        }
        return x;
    }
    case TOK_FUNC: {
        Pos pos = p->pos;
        rd_next(p);
        Node *ftype = rd_func_type(p, "function type");
        return func_body_or_nil(p, ftype, pos);
    }
    case '[': case TOK_CHAN: case TOK_MAP: case TOK_STRUCT: case TOK_INTERFACE:
        return rd_type(p);
    default: {
        Node *x = bad_expr(p);
        rd_syntax_error(p, "expecting expression");
        RD_ADVANCE(p, ')', ']', '}');
        return x;
    }
    }
}

/* gc's isValue: must x be a value (not a type)? */
static bool is_value(const Node *x)
{
    switch (x->kind) {
    case N_BASICLIT: case N_COMPOSITE: case N_FUNCLIT: case N_SLICE: case N_ASSERT: case N_CALL:
        return true;
    case N_UNARY:
        return x->u.unary.op != '*';
    case N_BINARY:
        return true;
    case N_PAREN:
        return is_value(x->u.paren.x);
    case N_INDEX:
        return is_value(x->u.index.x) || (x->u.index.index && is_value(x->u.index.index));
    default:
        return false;
    }
}

/* x[...]: index, instance or slice (gc's pexpr, case _Lbrack) */
static Node *index_or_slice(Rd *p, Node *x)
{
    Pos pos = p->pos;
    rd_next(p);
    if (p->kind == ']') {
        /* invalid empty instance, slice or index: accepted with a complaint */
        rd_syntax_error(p, "expecting operand");
        rd_next(p);
        return x;
    }
    Node *i = NULL;
    if (p->kind != ':') {
        bool comma;
        i = rd_type_list(p, &comma);
        if (comma || p->kind == ']') {
            rd_want(p, ']');
            Node *t = rd_node(p, N_INDEX, pos);
            t->u.index.x = x;
            t->u.index.index = i;
            return t;
        }
    }
    if (!rd_got(p, ':')) {
        rd_syntax_error(p, "expecting comma, : or ]");
        RD_ADVANCE(p, ',', ':', ']');
    }
    p->xnest++;
    Node *t = rd_node(p, N_SLICE, pos);
    t->u.slice.x = x;
    t->u.slice.lo = i;
    if (p->kind != ':' && p->kind != ']')
        t->u.slice.hi = rd_expr(p);
    if (p->kind == ':') {
        t->u.slice.full = true;
        if (!t->u.slice.hi) {
            rd_error_at(p, p->pos, "middle index required in 3-index slice");
            t->u.slice.hi = bad_expr(p);
        }
        rd_next(p);
        if (p->kind != ']') {
            t->u.slice.max = rd_expr(p);
        } else {
            rd_error_at(p, p->pos, "final index required in 3-index slice");
            t->u.slice.max = bad_expr(p);
        }
    }
    p->xnest--;
    rd_want(p, ']');
    return t;
}

static bool arg_elem(Rd *p, void *arg)
{
    Node *call = arg;
    ast_append(p->c, &call->u.call.args, rd_expr(p));
    call->u.call.dots = rd_got(p, TOK_ELLIPSIS);
    return call->u.call.dots;
}

Node *rd_pexpr(Rd *p, Node *x, bool keep_parens)
{
    if (!x)
        x = operand(p, keep_parens);
    for (;;) {
        if (p->stopped)
            return x;
        Pos pos = p->pos;
        switch (p->kind) {
        case '.':
            rd_next(p);
            if (p->kind == TOK_IDENT) {
                Node *t = rd_node(p, N_SELECTOR, pos);
                t->u.selector.x = x;
                t->u.selector.sel = rd_name(p);
                x = t;
            } else if (p->kind == '(') {
                rd_next(p);
                Node *t = rd_node(p, N_ASSERT, pos);
                t->u.assert.x = x;
                if (!rd_got(p, TOK_TYPE))
                    t->u.assert.type = rd_type(p);
                x = t;
                rd_want(p, ')');
            } else {
                rd_syntax_error(p, "expecting name or (");
                RD_ADVANCE(p, ';', ')');
            }
            continue;
        case '[':
            x = index_or_slice(p, x);
            continue;
        case '(': {
            Node *t = rd_node(p, N_CALL, pos);
            rd_next(p);
            t->u.call.fun = x;
            p->xnest++;
            t->u.call.rparen = rd_list(p, "argument list", ',', ')', arg_elem, t);
            p->xnest--;
            x = t;
            continue;
        }
        case '{': {
            /* a composite literal or the block after an expression? */
            Node *t = rd_unparen(x);
            bool complit_ok = false;
            switch (t->kind) {
            case N_IDENT: case N_SELECTOR:
                complit_ok = p->xnest >= 0;
                break;
            case N_INDEX:
                complit_ok = p->xnest >= 0 && !is_value(t);
                break;
            case N_ARRAYTYPE: case N_STRUCTTYPE: case N_MAPTYPE:
                complit_ok = true;
                break;
            default:
                break;
            }
            if (!complit_ok)
                return x;
            if (t != x)
                rd_syntax_error(p, "cannot parenthesize type in composite literal");
            Node *n = complit_expr(p);
            n->u.composite.type = x;
            x = n;
            continue;
        }
        default:
            return x;
        }
    }
}

/* ---- types ------------------------------------------------------------------ */

Node *rd_type(Rd *p)
{
    Node *t = rd_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        rd_syntax_error(p, "expecting type");
        RD_ADVANCE(p, ',', ':', ';', ')', ']', '}');
    }
    return t;
}

static Node *indirect(Rd *p, Pos pos, Node *x)
{
    Node *o = rd_node(p, N_UNARY, pos);
    o->u.unary.op = '*';
    o->u.unary.x = x;
    return o;
}

static Node *chan_elem(Rd *p)
{
    Node *t = rd_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        rd_syntax_error(p, "missing channel element type");
    }
    return t;
}

static Node *struct_type(Rd *p);
static Node *interface_type(Rd *p);
typedef struct ParamList ParamList;
static int param_list_named(Rd *p, int close, bool *first_named);
NodeList rd_param_fields(Rd *p, int close);
static NodeList func_result(Rd *p);

static Node *type_or_nil(Rd *p)
{
    Pos pos = p->pos;
    switch (p->kind) {
    case '*':
        rd_next(p);
        return indirect(p, pos, rd_type(p));
    case TOK_ARROW: {
        rd_next(p);
        rd_want(p, TOK_CHAN);
        Node *t = rd_node(p, N_CHANTYPE, pos);
        t->u.chantype.dir = 2;
        t->u.chantype.elem = chan_elem(p);
        return t;
    }
    case TOK_FUNC:
        rd_next(p);
        return rd_func_type(p, "function type");
    case '[':
        rd_next(p);
        if (rd_got(p, ']'))
            return rd_slice_type(p, pos);
        return rd_array_type(p, pos, NULL);
    case TOK_CHAN: {
        rd_next(p);
        Node *t = rd_node(p, N_CHANTYPE, pos);
        if (rd_got(p, TOK_ARROW))
            t->u.chantype.dir = 1;
        t->u.chantype.elem = chan_elem(p);
        return t;
    }
    case TOK_MAP: {
        rd_next(p);
        rd_want(p, '[');
        Node *t = rd_node(p, N_MAPTYPE, pos);
        t->u.maptype.key = rd_type(p);
        rd_want(p, ']');
        t->u.maptype.value = rd_type(p);
        return t;
    }
    case TOK_STRUCT:
        return struct_type(p);
    case TOK_INTERFACE:
        return interface_type(p);
    case TOK_IDENT:
        return rd_qualified_name(p, NULL);
    case '(': {
        rd_next(p);
        Node *t = rd_type(p);
        rd_want(p, ')');
        return t;
    }
    }
    return NULL;
}

Node *rd_type_or_nil(Rd *p)
{
    if (!rd_enter(p))
        return bad_expr(p);
    Node *t = type_or_nil(p);
    rd_leave(p);
    return t;
}

Node *rd_func_type(Rd *p, const char *context)
{
    Node *typ = rd_node(p, N_FUNCTYPE, p->pos);
    if (rd_got(p, '[')) {
        if (context)
            rd_syntax_error_at(p, typ->pos, "%s must have no type parameters", context);
        if (p->kind == ']') {
            rd_syntax_error(p, "empty type parameter list");
            rd_next(p);
        } else {
            rd_param_list(p, NULL, NULL, ']', true);
        }
    }
    rd_want(p, '(');
    typ->u.functype.params = rd_param_fields(p, ')');
    typ->u.functype.results = func_result(p);
    return typ;
}

Node *rd_array_type(Rd *p, Pos pos, Node *len)
{
    if (!len && !rd_got(p, TOK_ELLIPSIS)) {
        p->xnest++;
        len = rd_expr(p);
        p->xnest--;
    }
    if (p->kind == ',') {
        /* accepted for better error handling, with a complaint */
        rd_syntax_error(p, "unexpected comma; expecting ]");
        rd_next(p);
    }
    rd_want(p, ']');
    Node *t = rd_node(p, N_ARRAYTYPE, pos);
    t->u.arraytype.len = len ? len : rd_node(p, N_ELLIPSIS, pos);
    t->u.arraytype.elem = rd_type(p);
    return t;
}

Node *rd_slice_type(Rd *p, Pos pos)
{
    Node *t = rd_node(p, N_ARRAYTYPE, pos);
    t->u.arraytype.elem = rd_type(p);
    return t;
}

/* x [n]E (an array field or parameter) or x[n,] / x[n1, n2] (an instance);
 * an instance comes back as N_INDEX with x unset */
static Node *array_or_targs(Rd *p)
{
    Pos pos = p->pos;
    rd_want(p, '[');
    if (rd_got(p, ']'))
        return rd_slice_type(p, pos);
    bool comma;
    Node *n = rd_type_list(p, &comma);
    rd_want(p, ']');
    if (!comma) {
        Node *elem = rd_type_or_nil(p);
        if (elem) {
            Node *t = rd_node(p, N_ARRAYTYPE, pos);
            t->u.arraytype.len = n;
            t->u.arraytype.elem = elem;
            return t;
        }
    }
    Node *t = rd_node(p, N_INDEX, pos);
    t->u.index.index = n;
    return t;
}

static bool field_decl(Rd *p, void *arg)
{
    (void)arg;
    switch (p->kind) {
    case TOK_IDENT: {
        Node *name = rd_name(p);
        if (p->kind == '.' || is_literal(p->kind) || p->kind == ';' || p->kind == '}') {
            /* embedded type */
            rd_qualified_name(p, name);
            rd_oliteral(p);
            break;
        }
        int names = 1;
        while (rd_got(p, ',')) {
            rd_name(p);
            names++;
        }
        if (names == 1 && p->kind == '[') {
            Node *t = array_or_targs(p);
            if (t->kind == N_INDEX) { /* embedded T[P1, P2] */
                rd_oliteral(p);
                break;
            }
        } else {
            rd_type(p);
        }
        rd_oliteral(p);
        break;
    }
    case '*':
        rd_next(p);
        if (p->kind == '(') {
            rd_syntax_error(p, "cannot parenthesize embedded type");
            rd_next(p);
            rd_qualified_name(p, NULL);
            rd_got(p, ')');
        } else {
            rd_qualified_name(p, NULL);
        }
        rd_oliteral(p);
        break;
    case '(':
        rd_syntax_error(p, "cannot parenthesize embedded type");
        rd_next(p);
        if (p->kind == '*')
            rd_next(p);
        rd_qualified_name(p, NULL);
        rd_got(p, ')');
        rd_oliteral(p);
        break;
    default:
        rd_syntax_error(p, "expecting field name or embedded type");
        RD_ADVANCE(p, ';', '}');
    }
    return false;
}

static Node *struct_type(Rd *p)
{
    Node *t = rd_node(p, N_STRUCTTYPE, p->pos);
    rd_want(p, TOK_STRUCT);
    rd_want(p, '{');
    rd_list(p, "struct type", ';', '}', field_decl, NULL);
    return t;
}

/* EmbeddedTerm = [ "~" ] Type . */
static Node *embedded_term(Rd *p)
{
    if (p->kind == '~') {
        Node *t = rd_node(p, N_UNARY, p->pos);
        t->u.unary.op = '~';
        rd_next(p);
        t->u.unary.x = rd_type(p);
        return t;
    }
    Node *t = rd_type_or_nil(p);
    if (!t) {
        t = bad_expr(p);
        rd_syntax_error(p, "expecting ~ term or type");
        RD_ADVANCE(p, RD_OPERATOR, ';', ')', ']', '}');
    }
    return t;
}

/* EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }; x: a first term or NULL */
static Node *embedded_elem(Rd *p, Node *x)
{
    if (!x)
        x = embedded_term(p);
    while (p->kind == '|') {
        Node *t = rd_node(p, N_BINARY, p->pos);
        t->u.binary.op = '|';
        rd_next(p);
        t->u.binary.x = x;
        t->u.binary.y = embedded_term(p);
        x = t;
    }
    return x;
}

/* gc's methodDecl; true when it parsed a method (a name and a signature) */
static bool method_decl(Rd *p)
{
    Node *name = rd_name(p);
    const char *context = "interface method";
    switch (p->kind) {
    case '(':
        rd_func_type(p, context);
        return true;
    case '[': {
        Pos pos = p->pos;
        rd_next(p);
        if (p->kind == ']') {
            Pos rpos = p->pos;
            rd_next(p);
            if (p->kind == '(') {
                rd_error_at(p, rpos, "empty type parameter list");
                rd_func_type(p, context);
                return true;
            }
            rd_error_at(p, rpos, "empty type argument list");
            return false;
        }
        /* a type argument list looks like a parameter list of types */
        bool first_named = false;
        int n = param_list_named(p, ']', &first_named);
        if (n == 0) {
            if (p->kind == '(') {
                rd_func_type(p, context);
                return true;
            }
            return false;
        }
        if (first_named) {
            rd_func_type(p, context);
            rd_error_at(p, pos, "interface method must have no type parameters");
            return true;
        }
        return false; /* embedded instance */
    }
    default:
        rd_qualified_name(p, name);
        return false;
    }
}

static bool iface_elem(Rd *p, void *arg)
{
    (void)arg;
    if (p->kind == TOK_IDENT) {
        if (method_decl(p))
            return false;
        /* an embedded name: gc's embeddedElem goes on with its `|` terms;
         * the name itself is already parsed */
        Node *x = rd_node(p, N_IDENT, p->pos);
        embedded_elem(p, x);
        return false;
    }
    embedded_elem(p, NULL);
    return false;
}

static Node *interface_type(Rd *p)
{
    Node *t = rd_node(p, N_IFACETYPE, p->pos);
    rd_want(p, TOK_INTERFACE);
    rd_want(p, '{');
    rd_list(p, "interface type", ';', '}', iface_elem, NULL);
    return t;
}

static NodeList func_result(Rd *p)
{
    NodeList l = {0};
    if (rd_got(p, '('))
        return rd_param_fields(p, ')');
    Pos pos = p->pos;
    Node *t = rd_type_or_nil(p);
    if (t) {
        Node *f = rd_node(p, N_FIELD, pos);
        f->u.field.type = t;
        ast_append(p->c, &l, f);
    }
    return l;
}

/* ---- parameters ------------------------------------------------------------------ */

/* One parameter as gc's paramDeclOrNil leaves it: a name, a type, or both. */
typedef struct Param {
    Node *name;
    Node *type;
} Param;

struct ParamList {
    Rd *p;
    VEC(Param) list;
    Node *name;  /* a first name already parsed, or NULL */
    Node *type;  /* with its type, or NULL */
    int close;
};

/* gc's paramDeclOrNil; false when there was nothing (reported) */
static bool param_decl_or_nil(Rd *p, Node *name, int follow, Param *out)
{
    bool type_sets_ok = follow == ']';
    out->name = out->type = NULL;
    if (!name && type_sets_ok && p->kind == '~') {
        out->type = embedded_elem(p, NULL);
        return true;
    }
    if (p->kind == TOK_IDENT || name) {
        if (!name)
            name = rd_name(p);
        if (p->kind == '[') {
            Node *t = array_or_targs(p);
            if (t->kind == N_INDEX)
                t->u.index.x = name; /* name[...] */
            else
                out->name = name;    /* name [n]E */
            out->type = t;
            if (type_sets_ok && p->kind == '|')
                out->type = embedded_elem(p, out->type);
            return true;
        }
        if (p->kind == '.') {
            out->type = rd_qualified_name(p, name);
            if (type_sets_ok && p->kind == '|')
                out->type = embedded_elem(p, out->type);
            return true;
        }
        if (type_sets_ok && p->kind == '|') {
            out->type = embedded_elem(p, name);
            return true;
        }
        out->name = name;
    }
    if (p->kind == TOK_ELLIPSIS) {
        Node *t = rd_node(p, N_ELLIPSIS, p->pos);
        rd_next(p);
        t->u.ellipsis.elem = rd_type_or_nil(p);
        if (!t->u.ellipsis.elem) {
            t->u.ellipsis.elem = bad_expr(p);
            rd_syntax_error(p, "... is missing type");
        }
        out->type = t;
        return true;
    }
    if (type_sets_ok && p->kind == '~') {
        out->type = embedded_elem(p, NULL);
        return true;
    }
    out->type = rd_type_or_nil(p);
    if (type_sets_ok && p->kind == '|' && out->type)
        out->type = embedded_elem(p, out->type);
    if (out->name || out->type)
        return true;
    rd_syntax_error(p, "expecting %s", rd_tokstring(follow));
    RD_ADVANCE(p, ',', follow);
    return false;
}

static bool param_elem(Rd *p, void *arg)
{
    ParamList *pl = arg;
    Param par;
    bool ok;
    if (pl->type) {
        par.name = pl->name;
        par.type = pl->type;
        ok = true;
    } else {
        ok = param_decl_or_nil(p, pl->name, pl->close, &par);
    }
    pl->name = pl->type = NULL; /* the first name and type are used up */
    if (ok)
        vec_push(p->c->arena, &pl->list, par);
    return false;
}

/* gc's paramList: parses to the close token and checks that names are
 * used consistently. Returns the entries. */
static ParamList param_list(Rd *p, Node *name, Node *type, int close, bool require_names)
{
    ParamList pl = {p, {0}, name, type, close};
    if (name && type && p->kind == close) {
        rd_next(p);
        Param par = {name, type};
        vec_push(p->c->arena, &pl.list, par);
        return pl;
    }
    Pos end = rd_list(p, "parameter list", ',', close, param_elem, &pl);
    if (pl.list.len == 0)
        return pl;
    int named = 0, typed = 0;
    for (int i = 0; i < pl.list.len; i++) {
        if (pl.list.items[i].name && pl.list.items[i].type)
            named++;
        if (pl.list.items[i].type)
            typed++;
    }
    if (named == 0 && !require_names)
        return pl; /* all types */
    if (named == pl.list.len)
        return pl;
    /* some named: all must have names and types; report the leftmost */
    Pos pos = {0};
    Node *typ = NULL;
    for (int i = pl.list.len - 1; i >= 0; i--) {
        Param *par = &pl.list.items[i];
        if (par->type) {
            typ = par->type;
            if (!par->name)
                pos = ast_start_pos(typ);
        } else if (!typ) {
            pos = par->name->pos;
        }
    }
    if (pos_known(pos)) {
        const char *msg = "mixed named and unnamed parameters";
        if (require_names) {
            if (named == typed) {
                pos = end;
                msg = "missing type constraint";
            } else {
                msg = "type parameters must be named";
            }
        }
        rd_syntax_error_at(p, pos, "%s", msg);
    }
    return pl;
}

/* The entries as N_FIELDs the printer groups as gc's does: consecutive
 * names sharing one type (after gc's distribution) are one field. */
static NodeList param_fields(Rd *p, ParamList pl)
{
    NodeList out = {0};
    bool named = false;
    for (int i = 0; i < pl.list.len; i++)
        if (pl.list.items[i].name && pl.list.items[i].type)
            named = true;
    Node *pending = NULL; /* names waiting for the next type */
    for (int i = 0; i < pl.list.len; i++) {
        Param *par = &pl.list.items[i];
        if (!named) {
            Node *f = rd_node(p, N_FIELD, p->pos);
            f->u.field.type = par->type ? par->type : par->name;
            ast_append(p->c, &out, f);
            continue;
        }
        if (!pending) {
            pending = rd_node(p, N_FIELD, p->pos);
            ast_append(p->c, &out, pending);
        }
        if (par->name)
            ast_append(p->c, &pending->u.field.names, par->name);
        if (par->type) {
            pending->u.field.type = par->type;
            pending = NULL;
        }
    }
    return out;
}

int rd_param_list(Rd *p, Node *name, Node *type, int close, bool require_names)
{
    return param_list(p, name, type, close, require_names).list.len;
}

NodeList rd_param_fields(Rd *p, int close)
{
    return param_fields(p, param_list(p, NULL, NULL, close, false));
}

/* For `name[...]` in an interface: after gc's distribution, the first
 * entry has a name exactly when some entry had a name and a type. */
static int param_list_named(Rd *p, int close, bool *first_named)
{
    ParamList pl = param_list(p, NULL, NULL, close, false);
    int named = 0;
    for (int i = 0; i < pl.list.len; i++)
        if (pl.list.items[i].name && pl.list.items[i].type)
            named++;
    *first_named = named > 0;
    return pl.list.len;
}

/* ---- type declarations: array or type parameters? ------------------------------ */

/* gc's isTypeElem: x is certainly a type element (not also a value) */
static bool is_type_elem(const Node *x)
{
    switch (x->kind) {
    case N_ARRAYTYPE: case N_STRUCTTYPE: case N_FUNCTYPE: case N_IFACETYPE: case N_MAPTYPE:
    case N_CHANTYPE:
        return true;
    case N_UNARY:
        return is_type_elem(x->u.unary.x) || x->u.unary.op == '~';
    case N_BINARY:
        return is_type_elem(x->u.binary.x) || is_type_elem(x->u.binary.y);
    case N_PAREN:
        return is_type_elem(x->u.paren.x);
    default:
        return false;
    }
}

Node *rd_extract_name(Node *x, bool force, Node **rest)
{
    *rest = NULL;
    switch (x->kind) {
    case N_IDENT:
        return x;
    case N_BINARY:
        if (x->u.binary.op == '*' && x->u.binary.x->kind == N_IDENT &&
            (force || is_type_elem(x->u.binary.y))) {
            *rest = x->u.binary.y; /* name *T */
            return x->u.binary.x;
        }
        if (x->u.binary.op == '|') {
            Node *lhs;
            Node *name = rd_extract_name(x->u.binary.x, force || is_type_elem(x->u.binary.y), &lhs);
            if (name && lhs) {
                *rest = x;
                return name;
            }
        }
        break;
    case N_CALL:
        if (x->u.call.fun->kind == N_IDENT && x->u.call.args.len == 1 && !x->u.call.dots &&
            (force || is_type_elem(x->u.call.args.items[0]))) {
            *rest = x->u.call.args.items[0];
            return x->u.call.fun;
        }
        break;
    default:
        break;
    }
    return NULL;
}
