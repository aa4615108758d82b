/*
 * rd_parse.c — the error-path parser (see rd.h): tokens, gc's error
 * reporting and recovery primitives (got, want, advance, list), files,
 * declarations and statements. Each function is gc's function of the same
 * name in cmd/compile/internal/syntax/parser.go (Go 1.19), with its
 * recovery calls in the same places; what gc builds and minigo does not
 * need is dropped.
 */
#include "rd.h"

#include <stdio.h>
#include <string.h>

#include "lex.yy.h"

/* ---- tokens ------------------------------------------------------------------ */

void rd_next(Rd *p)
{
    YYSTYPE val;
    YYLTYPE loc;
    int errors = p->lex->lexerrors;
    int kind = yylex(&val, &loc, p->scanner);
    /* gc's scanner has one '{' and one '['; minigo's tells the header's
     * body brace and type parameters apart for the grammar */
    if (kind == TOK_LBODY)
        kind = '{';
    else if (kind == TOK_TPARAMS)
        kind = '[';
    p->kind = kind;
    p->pos = loc;
    p->val = val;
    p->bad = p->lex->lexerrors > errors;
    p->ntokens++;
}

bool rd_got(Rd *p, int kind)
{
    if (p->kind == kind) {
        rd_next(p);
        return true;
    }
    return false;
}

void rd_want(Rd *p, int kind)
{
    if (!rd_got(p, kind)) {
        rd_syntax_error(p, "expecting %s", rd_tokstring(kind));
        RD_SKIP(p);
    }
}

/* gc's gotAssign: `=`, or `:=` with an error */
static bool got_assign(Rd *p)
{
    if (p->kind == TOK_DEFINE)
        rd_syntax_error(p, "expecting =");
    if (p->kind == TOK_DEFINE || p->kind == '=') {
        rd_next(p);
        return true;
    }
    return false;
}

/* Words for tokens in "expecting X" (gc's tokstring). */
const char *rd_tokstring(int kind)
{
    switch (kind) {
    case ',': return "comma";
    case ';': return "semicolon or newline";
    case '(': return "(";
    case ')': return ")";
    case '[': return "[";
    case ']': return "]";
    case '{': return "{";
    case '}': return "}";
    case ':': return ":";
    case '=': return "=";
    case TOK_CHAN: return "chan";
    case TOK_STRUCT: return "struct";
    case TOK_INTERFACE: return "interface";
    case TOK_FOR: return "for";
    case TOK_IF: return "if";
    case TOK_SWITCH: return "switch";
    case TOK_SELECT: return "select";
    case TOK_GO: return "go";
    case TOK_DEFER: return "defer";
    case 0: return "EOF";
    }
    return "?";
}

/* The current token as gc's syntaxErrorAt names it. */
static const char *token_name(Rd *p)
{
    const LexToken *t = &p->lex->cur;
    switch (p->kind) {
    case 0:
        return "EOF";
    case ';':
        return t->semi == SEMI_NEWLINE ? "newline" : t->semi == SEMI_EOF ? "EOF" : "semicolon";
    case ',':
        return "comma";
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING:
        return arena_printf(p->c->arena, "literal %.*s", t->len, t->text);
    }
    return arena_strndup(p->c->arena, t->text, (size_t)t->len);
}

static bool has_errors(const Rd *p) { return p->errcnt > 0 || p->lex->lexerrors > 0; }

static void report(Rd *p, Pos pos, const char *text)
{
    p->errcnt++;
    if (p->stopped)
        return;
    if (strncmp(text, "syntax error", 12) == 0) {
        /* gc's base.ErrorfAt: one syntax error per line */
        if (p->syntax_line == pos.line)
            return;
        p->syntax_line = pos.line;
    }
    diag_error(p->d, pos, "%s", text);
}

void rd_error_at(Rd *p, Pos pos, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    report(p, pos, msg);
}

static bool has_prefix(const char *s, const char *prefix) { return strncmp(s, prefix, strlen(prefix)) == 0; }

/* gc's syntaxErrorAt: "in ...", "at ...", "after ..." and "expecting ..."
 * messages are about the current token ("unexpected X in ..."); others
 * are printed as they are. */
void rd_syntax_error_at(Rd *p, Pos pos, const char *fmt, ...)
{
    if (p->kind == 0 && has_errors(p))
        return; /* no follow-up errors at EOF */
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *sep;
    if (msg[0] == '\0')
        sep = "";
    else if (has_prefix(msg, "in ") || has_prefix(msg, "at ") || has_prefix(msg, "after "))
        sep = " ";
    else if (has_prefix(msg, "expecting "))
        sep = ", ";
    else {
        report(p, pos, arena_printf(p->c->arena, "syntax error: %s", msg));
        return;
    }
    report(p, pos, arena_printf(p->c->arena, "syntax error: unexpected %s%s%s", token_name(p), sep, msg));
}

static bool in_stopset(int kind)
{
    switch (kind) {
    case TOK_BREAK: case TOK_CONST: case TOK_CONTINUE: case TOK_DEFER: case TOK_FALLTHROUGH:
    case TOK_FOR: case TOK_GO: case TOK_GOTO: case TOK_IF: case TOK_RETURN: case TOK_SELECT:
    case TOK_SWITCH: case TOK_TYPE: case TOK_VAR:
        return true;
    }
    return false;
}

static bool is_operator(int kind)
{
    switch (kind) {
    case TOK_OROR: case TOK_ANDAND: case TOK_EQ: case TOK_NE: case '<': case TOK_LE: case '>':
    case TOK_GE: case '+': case '-': case '|': case '^': case '/': case '%': case TOK_SHL:
    case TOK_SHR: case '&': case TOK_ANDNOT: case '!': case '~':
        return true;
    }
    return false;
}

static bool in_follow(const Rd *p, const int *follow, int kind)
{
    if (kind == 0)
        return true; /* never skip EOF */
    if (p->fnest > 0 && in_stopset(kind))
        return true;
    for (; *follow != -1; follow++)
        if (*follow == kind || (*follow == RD_OPERATOR && is_operator(kind)))
            return true;
    return false;
}

void rd_advance_(Rd *p, const int *follow)
{
    if (follow[0] == -1) {
        if (p->kind != 0)
            rd_next(p); /* exactly one token, for progress */
        return;
    }
    while (!in_follow(p, follow, p->kind))
        rd_next(p);
}

bool rd_enter(Rd *p)
{
    if (p->stopped)
        return false;
    if (++p->depth > RD_MAX_DEPTH) {
        diag_error(p->d, p->pos, "exceeded max nesting depth");
        p->stopped = true;
        p->lex->stop = true; /* the scanner returns EOF from now on */
        p->kind = 0;
        return false;
    }
    return true;
}

void rd_leave(Rd *p) { p->depth--; }

/* ---- declarations ---------------------------------------------------------------- */

/* One spec; a var spec comes back (its first name), for the branch check's
 * "jumps over declaration". */
typedef Node *(*DeclFunc)(Rd *p);

typedef struct Group {
    DeclFunc f;
    NodeList specs;
} Group;

static bool group_elem(Rd *p, void *arg)
{
    Group *g = arg;
    Node *spec = g->f(p);
    if (spec)
        ast_append(p->c, &g->specs, spec);
    p->ndecls++;
    p->last_decl_nobody = false;
    return false;
}

/* appendGroup(f) = f | "(" { f ";" } ")" . */
static NodeList append_group(Rd *p, DeclFunc f)
{
    Group g = {f, {0}};
    if (p->kind == '(') {
        rd_next(p);
        rd_list(p, "grouped declaration", ';', ')', group_elem, &g);
    } else {
        group_elem(p, &g);
    }
    return g.specs;
}

static Node *import_decl(Rd *p)
{
    if (p->kind == TOK_IDENT)
        rd_name(p);
    else if (p->kind == '.')
        rd_next(p);
    Node *path = rd_oliteral(p);
    if (!path) {
        rd_syntax_error(p, "missing import path");
        RD_ADVANCE(p, ';', ')');
        return NULL;
    }
    if (!path->implicit && path->u.lit.kind != LIT_STRING)
        rd_syntax_error(p, "import path must be a string");
    return NULL;
}

static Node *name_list(Rd *p)
{
    Node *first = rd_name(p);
    while (rd_got(p, ','))
        rd_name(p);
    return first;
}

static Node *const_decl(Rd *p)
{
    name_list(p);
    if (p->kind != 0 && p->kind != ';' && p->kind != ')') {
        rd_type_or_nil(p);
        if (got_assign(p))
            rd_expr_list(p);
    }
    return NULL;
}

static Node *var_decl(Rd *p)
{
    Node *spec = rd_node(p, N_VARSPEC, p->pos);
    ast_append(p->c, &spec->u.valuespec.names, name_list(p));
    if (got_assign(p)) {
        rd_expr_list(p);
    } else {
        rd_type(p);
        if (got_assign(p))
            rd_expr_list(p);
    }
    return spec;
}

/* TypeSpec = identifier [ TypeParams ] [ "=" ] Type . */
static Node *type_decl(Rd *p)
{
    rd_name(p);
    Node *type = NULL;
    if (p->kind == '[') {
        /* an array or slice type, or type parameters */
        Pos pos = p->pos;
        rd_next(p);
        if (p->kind == TOK_IDENT) {
            Node *x = rd_name(p);
            if (p->kind != '[') {
                p->xnest++;
                x = rd_binary_expr(p, rd_pexpr(p, x, false), 0);
                p->xnest--;
            }
            Node *ptype;
            Node *pname = rd_extract_name(x, p->kind == ',', &ptype);
            if (pname && (ptype || p->kind != ']')) {
                rd_param_list(p, pname, ptype, ']', true);
                got_assign(p);
                type = rd_type_or_nil(p);
            } else {
                type = rd_array_type(p, pos, x);
            }
        } else if (p->kind == ']') {
            rd_next(p);
            type = rd_slice_type(p, pos);
        } else {
            type = rd_array_type(p, pos, NULL);
        }
    } else {
        got_assign(p);
        type = rd_type_or_nil(p);
    }
    if (!type) {
        rd_syntax_error(p, "in type declaration");
        RD_ADVANCE(p, ';', ')');
    }
    return NULL;
}

/* false when gc's funcDeclOrNil returns nil; *body: it had a body */
static bool func_decl_or_nil(Rd *p, bool *body)
{
    *body = false;
    int receivers = 0;
    if (rd_got(p, '(')) {
        receivers = rd_param_list(p, NULL, NULL, ')', false);
        if (receivers == 0)
            rd_error_at(p, p->pos, "method has no receiver");
        else if (receivers > 1)
            rd_error_at(p, p->pos, "method has multiple receivers");
    }
    if (p->kind != TOK_IDENT) {
        rd_syntax_error(p, "expecting name or (");
        RD_ADVANCE(p, '{', ';');
        return false;
    }
    rd_name(p);
    rd_func_type(p, receivers > 0 ? "method" : NULL); /* methods have no type parameters */
    if (p->kind == '{') {
        rd_func_body(p);
        *body = true;
    }
    return true;
}

static void file(Rd *p)
{
    if (!rd_got(p, TOK_PACKAGE)) {
        rd_syntax_error(p, "package statement must be first");
        return;
    }
    rd_name(p);
    rd_want(p, ';');
    if (has_errors(p))
        return; /* gc does not go on after errors in the package clause */

    while (rd_got(p, TOK_IMPORT)) {
        append_group(p, import_decl);
        rd_want(p, ';');
    }
    while (p->kind != 0 && !p->stopped) {
        switch (p->kind) {
        case TOK_CONST:
            rd_next(p);
            append_group(p, const_decl);
            break;
        case TOK_TYPE:
            rd_next(p);
            append_group(p, type_decl);
            break;
        case TOK_VAR:
            rd_next(p);
            append_group(p, var_decl);
            break;
        case TOK_FUNC: {
            rd_next(p);
            bool body;
            if (func_decl_or_nil(p, &body)) {
                p->ndecls++;
                p->last_decl_nobody = !body;
            }
            break;
        }
        default:
            if (p->kind == '{' && p->ndecls > 0 && p->last_decl_nobody)
                rd_syntax_error(p, "unexpected semicolon or newline before {");
            else
                rd_syntax_error(p, "non-declaration statement outside function body");
            RD_ADVANCE(p, TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC);
            continue;
        }
        if (p->kind != 0 && !rd_got(p, ';')) {
            rd_syntax_error(p, "after top level declaration");
            RD_ADVANCE(p, TOK_CONST, TOK_TYPE, TOK_VAR, TOK_FUNC);
        }
    }
}

/* ---- statements ------------------------------------------------------------------- */

/* Statements are built as far as gc's branch check (rd_branches.c) looks
 * at them: blocks, labels, branches, loops, switches and the declarations
 * a goto may jump over; everything else is an N_EMPTY placeholder (which,
 * unlike a real empty statement, is not trimmed: its `implicit` is set). */

static Node *stmt_or_nil(Rd *p);
static NodeList stmt_list(Rd *p);

static Node *other_stmt(Rd *p, Pos pos)
{
    Node *n = rd_node(p, N_EMPTY, pos);
    n->implicit = 1;
    return n;
}

static Node *range_clause(Rd *p, NodeList *lhs, bool define)
{
    Node *r = rd_node(p, N_RANGE, p->pos);
    rd_next(p);
    if (lhs && lhs->len > 0)
        r->u.range.key = lhs->items[0];
    r->u.range.define = define;
    r->u.range.x = rd_expr(p);
    return r;
}

static bool is_type_guard(const Node *x) { return x && x->kind == N_ASSERT && !x->u.assert.type; }

static Node *expr_stmt(Rd *p, Node *x)
{
    Node *s = rd_node(p, N_EXPRSTMT, x->pos);
    s->u.exprstmt.x = x;
    return s;
}

static Node *assign(Rd *p, Pos pos, int op, NodeList lhs, NodeList rhs)
{
    Node *a = rd_node(p, N_ASSIGN, pos);
    a->u.assign.op = op;
    a->u.assign.lhs = lhs;
    a->u.assign.rhs = rhs;
    return a;
}

Node *rd_simple_stmt(Rd *p, NodeList *lhsp, int keyword)
{
    if (keyword == TOK_FOR && p->kind == TOK_RANGE)
        return range_clause(p, NULL, false);
    NodeList lhs = lhsp ? *lhsp : rd_expr_list(p);
    if (lhs.len == 1 && p->kind != '=' && p->kind != TOK_DEFINE) {
        Pos pos = p->pos;
        switch (p->kind) {
        case TOK_ASSIGN_OP: {
            int op = p->val.op;
            rd_next(p);
            NodeList rhs = {0};
            ast_append(p->c, &rhs, rd_expr(p));
            return assign(p, pos, op, lhs, rhs);
        }
        case TOK_INC:
        case TOK_DEC: {
            Node *s = rd_node(p, N_INCDEC, pos);
            s->u.incdec.x = lhs.items[0];
            s->u.incdec.op = p->kind == TOK_INC ? OP_INC : OP_DEC;
            rd_next(p);
            return s;
        }
        case TOK_ARROW: {
            Node *s = rd_node(p, N_SEND, pos);
            rd_next(p);
            s->u.send.ch = lhs.items[0];
            s->u.send.value = rd_expr(p);
            return s;
        }
        default:
            return expr_stmt(p, lhs.items[0]);
        }
    }
    if (p->kind == '=' || p->kind == TOK_DEFINE) {
        Pos pos = p->pos;
        int op = p->kind == TOK_DEFINE ? OP_DEFINE : '=';
        rd_next(p);
        if (keyword == TOK_FOR && p->kind == TOK_RANGE)
            return range_clause(p, &lhs, op == OP_DEFINE);
        NodeList rhs = rd_expr_list(p);
        if (rhs.len == 1 && is_type_guard(rhs.items[0]) && keyword == TOK_SWITCH && op == OP_DEFINE &&
            lhs.len == 1 && lhs.items[0]->kind == N_IDENT)
            return expr_stmt(p, rhs.items[0]); /* switch x := y.(type) */
        return assign(p, pos, op, lhs, rhs);
    }
    rd_syntax_error(p, "expecting := or = or comma");
    RD_ADVANCE(p, ';', '}');
    return expr_stmt(p, lhs.items[0]);
}

static Node *labeled_stmt_or_nil(Rd *p, Node *label)
{
    Pos pos = p->pos; /* the ':' */
    rd_want(p, ':');
    Node *s = rd_node(p, N_LABELED, label->pos);
    s->u.labeled.label = label;
    if (p->kind == '}') {
        /* a statement must follow; before '}' it is an empty one */
        s->u.labeled.stmt = rd_node(p, N_EMPTY, p->pos);
        return s;
    }
    s->u.labeled.stmt = stmt_or_nil(p);
    if (s->u.labeled.stmt)
        return s;
    rd_syntax_error_at(p, pos, "missing statement after label");
    return NULL;
}

/* context is "" only where the caller saw the '{' */
static Node *block_stmt(Rd *p, const char *context)
{
    Node *b = rd_node(p, N_BLOCK, p->pos);
    if (!rd_got(p, '{')) {
        rd_syntax_error(p, "expecting { after %s", context);
        RD_ADVANCE(p, TOK_IDENT, '}');
        if (rd_got(p, '}'))
            return b;
    }
    b->u.block.stmts = stmt_list(p);
    rd_want(p, '}');
    return b;
}

Node *rd_func_body(Rd *p)
{
    int errors = p->errcnt + p->lex->lexerrors;
    p->fnest++;
    Node *body = block_stmt(p, "");
    p->fnest--;
    /* gc checks labels and branches of a body without errors */
    if (p->errcnt + p->lex->lexerrors == errors)
        check_body_branches(p->c->arena, p->d, body);
    return body;
}

static Node *decl_stmt(Rd *p, DeclFunc f)
{
    Node *s = rd_node(p, N_DECLSTMT, p->pos);
    rd_next(p);
    s->u.declstmt.specs = append_group(p, f);
    return s;
}

/* "a, b" */
static const char *list_string(Rd *p, NodeList l)
{
    const char *out = "";
    for (int i = 0; i < l.len; i++)
        out = arena_printf(p->c->arena, "%s%s%s", out, i ? ", " : "", ast_expr_string(p->c, l.items[i]));
    return out;
}

/* gc's header(): the clause of if, for and switch, up to the '{'. Returns
 * the condition (the switch tag), or a range clause. */
static Node *header(Rd *p, int keyword)
{
    rd_want(p, keyword);
    if (p->kind == '{') {
        if (keyword == TOK_IF)
            rd_syntax_error(p, "missing condition in if statement");
        return NULL;
    }
    int outer = p->xnest;
    p->xnest = -1;

    Node *init = NULL;
    if (p->kind != ';') {
        if (rd_got(p, TOK_VAR))
            rd_syntax_error(p, "var declaration not allowed in %s initializer", rd_tokstring(keyword));
        init = rd_simple_stmt(p, NULL, keyword);
        if (init->kind == N_RANGE) {
            p->xnest = outer;
            return init;
        }
    }

    Node *cond = NULL;
    bool have_semi = false;
    Pos semi_pos = {0};
    SemiKind semi_kind = SEMI_SEMICOLON;
    if (p->kind != '{') {
        if (p->kind == ';') {
            have_semi = true;
            semi_pos = p->pos;
            semi_kind = p->lex->cur.semi;
            rd_next(p);
        } else {
            rd_want(p, '{'); /* a better message than asking for ';' */
            if (p->kind != '{')
                RD_ADVANCE(p, '{', '}');
        }
        if (keyword == TOK_FOR) {
            if (p->kind != ';') {
                if (p->kind == '{') {
                    rd_syntax_error(p, "expecting for loop condition");
                    goto done;
                }
                cond = rd_simple_stmt(p, NULL, 0);
            }
            rd_want(p, ';');
            if (p->kind != '{') {
                Node *post = rd_simple_stmt(p, NULL, 0);
                if (post->kind == N_ASSIGN && post->u.assign.op == OP_DEFINE)
                    rd_syntax_error_at(p, post->pos, "cannot declare in post statement of for loop");
            }
        } else if (p->kind != '{') {
            cond = rd_simple_stmt(p, NULL, keyword);
        }
    } else {
        cond = init;
    }

done:
    p->xnest = outer;
    if (!cond) {
        if (keyword == TOK_IF && have_semi) {
            if (semi_kind != SEMI_SEMICOLON)
                rd_syntax_error_at(p, semi_pos, "unexpected %s, expecting { after if clause",
                                   semi_kind == SEMI_NEWLINE ? "newline" : "EOF");
            else
                rd_syntax_error_at(p, semi_pos, "missing condition in if statement");
        }
        return NULL;
    }
    if (cond->kind == N_EXPRSTMT)
        return cond->u.exprstmt.x;
    /* `if x = y`: gc highlights both sides of the '=' */
    const char *text;
    if (cond->kind == N_ASSIGN && cond->u.assign.op == '=')
        text = arena_printf(p->c->arena, "assignment (%s) = (%s)", list_string(p, cond->u.assign.lhs),
                            list_string(p, cond->u.assign.rhs));
    else
        text = ast_expr_string(p->c, cond);
    rd_syntax_error_at(p, cond->pos, "cannot use %s as value", text);
    return NULL;
}

static Node *if_stmt(Rd *p)
{
    Node *s = rd_node(p, N_IF, p->pos);
    s->u.if_.cond = header(p, TOK_IF);
    s->u.if_.then = block_stmt(p, "if clause");
    if (rd_got(p, TOK_ELSE)) {
        if (p->kind == TOK_IF) {
            if (rd_enter(p)) {
                s->u.if_.els = if_stmt(p);
                rd_leave(p);
            }
        } else if (p->kind == '{') {
            s->u.if_.els = block_stmt(p, "");
        } else {
            rd_syntax_error(p, "else must be followed by if or statement block");
            RD_ADVANCE(p, TOK_IDENT, '}');
        }
    }
    return s;
}

static Node *case_clause(Rd *p, bool comm)
{
    Node *c = rd_node(p, N_CASE, p->pos);
    switch (p->kind) {
    case TOK_CASE:
        rd_next(p);
        if (comm)
            rd_simple_stmt(p, NULL, 0);
        else
            c->u.case_.list = rd_expr_list(p);
        break;
    case TOK_DEFAULT:
        rd_next(p);
        break;
    default:
        rd_syntax_error(p, "expecting case or default or }");
        RD_ADVANCE(p, ':', TOK_CASE, TOK_DEFAULT, '}');
    }
    c->u.case_.colon = p->pos;
    rd_want(p, ':');
    c->u.case_.body = stmt_list(p);
    return c;
}

/* switch and select: the clauses up to the '}' */
static NodeList clauses(Rd *p, const char *missing, bool comm)
{
    NodeList l = {0};
    if (!rd_got(p, '{')) {
        rd_syntax_error(p, "%s", missing);
        RD_ADVANCE(p, TOK_CASE, TOK_DEFAULT, '}');
    }
    while (p->kind != 0 && p->kind != '}' && !p->stopped) {
        long before = p->ntokens;
        ast_append(p->c, &l, case_clause(p, comm));
        if (p->ntokens == before)
            break; /* a guard: gc's clauses always consume a token */
    }
    rd_want(p, '}');
    return l;
}

static Node *call_stmt(Rd *p)
{
    Pos pos = p->pos;
    const char *what = p->kind == TOK_GO ? "go" : "defer";
    rd_next(p);
    Node *x = rd_pexpr(p, NULL, p->kind == '('); /* keep parentheses to report them */
    Node *t = rd_unparen(x);
    if (t != x) {
        rd_error_at(p, x->pos, "expression in %s must not be parenthesized", what);
        x = t;
    }
    if (x->kind != N_CALL)
        rd_error_at(p, x->pos, "expression in %s must be function call", what);
    return other_stmt(p, pos);
}

static Node *branch_stmt(Rd *p, int tok)
{
    Node *s = rd_node(p, N_BRANCH, p->pos);
    s->u.branch.tok = tok;
    rd_next(p);
    if (tok == BR_GOTO || (tok != BR_FALLTHROUGH && p->kind == TOK_IDENT))
        s->u.branch.label = rd_name(p);
    return s;
}

static Node *for_stmt(Rd *p)
{
    Node *s = rd_node(p, N_FOR, p->pos);
    header(p, TOK_FOR);
    s->u.for_.body = block_stmt(p, "for clause");
    return s;
}

static Node *switch_stmt(Rd *p)
{
    Pos pos = p->pos;
    Node *tag = header(p, TOK_SWITCH);
    /* fallthrough is reported differently in a type switch */
    Node *s = rd_node(p, is_type_guard(tag) ? N_TYPESWITCH : N_SWITCH, pos);
    NodeList cases = clauses(p, "missing { after switch clause", false);
    if (s->kind == N_TYPESWITCH)
        s->u.typeswitch.cases = cases;
    else
        s->u.switch_.cases = cases;
    return s;
}

static Node *select_stmt(Rd *p)
{
    Node *s = rd_node(p, N_SELECT, p->pos);
    rd_want(p, TOK_SELECT);
    s->u.select_.cases = clauses(p, "missing { after select clause", true);
    return s;
}

static Node *stmt(Rd *p)
{
    /* most statements start with a name */
    if (p->kind == TOK_IDENT) {
        NodeList lhs = rd_expr_list(p);
        if (lhs.len == 1 && lhs.items[0]->kind == N_IDENT && p->kind == ':')
            return labeled_stmt_or_nil(p, lhs.items[0]);
        return rd_simple_stmt(p, &lhs, 0);
    }
    switch (p->kind) {
    case TOK_VAR: return decl_stmt(p, var_decl);
    case TOK_CONST: return decl_stmt(p, const_decl);
    case TOK_TYPE: return decl_stmt(p, type_decl);
    case '{': return block_stmt(p, "");
    case '+': case '-': case '*': case '&': case '^': case '!': /* unary operators */
    case TOK_INT: case TOK_FLOAT: case TOK_IMAG: case TOK_CHAR: case TOK_STRING: case TOK_FUNC:
    case '(': case '[': case TOK_STRUCT: case TOK_MAP: case TOK_CHAN: case TOK_INTERFACE:
    case TOK_ARROW:
        return rd_simple_stmt(p, NULL, 0);
    case TOK_FOR: return for_stmt(p);
    case TOK_SWITCH: return switch_stmt(p);
    case TOK_SELECT: return select_stmt(p);
    case TOK_IF: return if_stmt(p);
    case TOK_FALLTHROUGH: return branch_stmt(p, BR_FALLTHROUGH);
    case TOK_BREAK: return branch_stmt(p, BR_BREAK);
    case TOK_CONTINUE: return branch_stmt(p, BR_CONTINUE);
    case TOK_GOTO: return branch_stmt(p, BR_GOTO);
    case TOK_GO:
    case TOK_DEFER:
        return call_stmt(p);
    case TOK_RETURN: {
        Pos pos = p->pos;
        rd_next(p);
        if (p->kind != ';' && p->kind != '}')
            rd_expr_list(p);
        return other_stmt(p, pos);
    }
    case ';':
        return rd_node(p, N_EMPTY, p->pos);
    }
    return NULL;
}

static Node *stmt_or_nil(Rd *p)
{
    if (!rd_enter(p))
        return NULL;
    Node *s = stmt(p);
    rd_leave(p);
    return s;
}

/* StatementList = { Statement ";" } . */
static NodeList stmt_list(Rd *p)
{
    NodeList l = {0};
    while (p->kind != 0 && p->kind != '}' && p->kind != TOK_CASE && p->kind != TOK_DEFAULT &&
           !p->stopped) {
        Node *s = stmt_or_nil(p);
        if (!s)
            break;
        ast_append(p->c, &l, s);
        /* ";" is optional before "}" */
        if (!rd_got(p, ';') && p->kind != '}') {
            rd_syntax_error(p, "at end of statement");
            RD_ADVANCE(p, ';', '}', TOK_CASE, TOK_DEFAULT);
            rd_got(p, ';'); /* avoid a spurious empty statement */
        }
    }
    return l;
}

/* ---- entry --------------------------------------------------------------------------- */

void rd_parse(AstContext *c, Diag *d, const char *path, const char *src, size_t len)
{
    Lexer lex;
    lex_init(&lex, path, src, len, d, c->arena, c->names, PARSE_MAX_NEST);
    yyscan_t scanner;
    if (yylex_init_extra(&lex, &scanner) != 0)
        diag_fatal("parser", "cannot create the scanner");
    YY_BUFFER_STATE buf = yy_scan_bytes(src, (int)len, scanner);
    Rd p = {0};
    p.c = c;
    p.d = d;
    p.lex = &lex;
    p.scanner = scanner;
    rd_next(&p);
    file(&p);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);
    lex_free(&lex);
}
