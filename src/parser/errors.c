/*
 * errors.c — syntax errors in gc's words.
 *
 * gc's parser is recursive descent: when it fails, it knows which function
 * it is in (argument list, statement list, if header...) and words the
 * message for it: "unexpected X in argument list; possibly missing comma
 * or )", "unexpected X at end of statement", "unexpected X, expecting
 * expression". An LR parser knows the same thing in another form: its
 * stack holds the symbols of every construct still open, innermost on top,
 * and the expected-token set says whether the current construct could end
 * here. report_syntax_error reads both:
 *
 *   1. special places gc words specially (package clause, imports, top
 *      level, `else`, if/for/switch headers);
 *   2. the innermost open bracket on the stack names the list being parsed
 *      (call arguments, composite literal, parameters, struct, grouped
 *      declaration, block); if the element before could end here, gc's
 *      list() message applies;
 *   3. otherwise the expected set is named as gc's parse function would:
 *      "expecting expression", "expecting type", "expecting name", or the
 *      one token wanted.
 *
 * The unexpected token is named as gc's syntaxErrorAt does: a name by
 * itself, "literal 42", "newline"/"semicolon"/"EOF" for ';', "comma".
 * gc prints at most one syntax error per line (base.ErrorfAt) and none at
 * EOF after a first error; both rules are kept here.
 *
 * Only the first error is worded here: the parse stops at it, and the
 * error-path parser (rd.h) reads the file again and reports every error
 * gc's way. This message is kept only when that finds nothing (a grammar
 * gap). (With the canonical LR(1) tables the grammar had before, this
 * agreed with gc's first error in ~99.5% of ~5,000 mutated files; the
 * LALR tables now used may have reduced a little before the error.)
 *
 * Debugging: MINIGO_SYNTAX_DEBUG=1 prints bison's view (lookahead,
 * expected tokens, stack) before each message.
 */
#include "syntax.h"

#include "go.tab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- reporting ------------------------------------------------------------ */

void parse_stop(Parser *p) { p->lex->stop = true; }

static void vparse_error_at(Parser *p, Pos pos, const char *fmt, va_list ap)
{
    if (p->lex->stop)
        return;
    diag_verror(p->d, pos, fmt, ap);
}

void parse_error_at(Parser *p, Pos pos, const char *fmt, ...)
{
    if (p->lex->stop)
        return;
    p->gc_errors++;
    va_list ap;
    va_start(ap, fmt);
    diag_verror(p->d, pos, fmt, ap);
    va_end(ap);
}

void syntax_error_at(Parser *p, Pos pos, const char *fmt, ...)
{
    if (p->lex->stop)
        return;
    p->gc_errors++; /* gc's parser counts it even if it is not printed */
    if (p->nsyntax > 0 && pos.line == p->syntax_line)
        return; /* gc: only one syntax error per line */
    p->nsyntax++;
    p->syntax_line = pos.line;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(p->d, pos, "syntax error: %s", msg);
}

static void report_unsupported(Parser *p, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vparse_error_at(p, pos, fmt, ap);
    va_end(ap);
}

/* not an error to gc: does not count in gc_errors */
void unsupported(Parser *p, Pos pos, const char *what)
{
    report_unsupported(p, pos, "minigo: %s is not supported", what);
}

/* ---- reading bison's view ------------------------------------------------- */

static bool is(const char *sym, const char *name) { return sym && strcmp(sym, name) == 0; }

static bool expects(const SyntaxErrorInfo *e, const char *name)
{
    for (int i = 0; i < e->nexpected; i++)
        if (is(e->expected[i], name))
            return true;
    return false;
}

/* the stack symbol i below the top (0 = top), or NULL */
static const char *at(const SyntaxErrorInfo *e, int i)
{
    return i >= 0 && i < e->nstack ? e->stack[i] : NULL;
}

static int find(const SyntaxErrorInfo *e, const char *name)
{
    for (int i = 0; i < e->nstack; i++)
        if (is(e->stack[i], name))
            return i;
    return -1;
}

/* Can an expression start here? (any literal stands for all of them) */
static bool expects_expr(const SyntaxErrorInfo *e) { return expects(e, "INT"); }

static bool expects_type(const SyntaxErrorInfo *e)
{
    return expects(e, "MAP") && expects(e, "IDENT") && !expects_expr(e);
}

/* ---- naming the unexpected token (gc's syntaxErrorAt) --------------------- */

static const char *token_text(Parser *p, const LexToken *t)
{
    switch (t->kind) {
    case 0:
        return "EOF";
    case ';':
        return t->semi == SEMI_NEWLINE ? "newline" : t->semi == SEMI_EOF ? "EOF" : "semicolon";
    case ',':
        return "comma";
    }
    const char *s = arena_strndup(p->c->arena, t->text, (size_t)t->len);
    char c = t->text[0];
    bool literal = (c >= '0' && c <= '9') || c == '"' || c == '`' || c == '\'' ||
                   (c == '.' && t->len > 1 && t->text[1] >= '0' && t->text[1] <= '9');
    if (literal)
        return arena_printf(p->c->arena, "literal %s", s);
    return s;
}

/* ---- contexts ------------------------------------------------------------- */

typedef enum Ctx {
    CTX_NONE,
    CTX_ARGS,      /* f(...) */
    CTX_PARAMS,    /* func(...) */
    CTX_GROUP,     /* var ( ... ) */
    CTX_PAREN,     /* ( expr ) or ( type ) */
    CTX_COMPLIT,   /* T{ ... } */
    CTX_STRUCT,    /* struct { ... } */
    CTX_IFACE,     /* interface { ... } */
    CTX_BLOCK,     /* { statements } */
    CTX_INDEX,     /* x[ ... ] */
    CTX_BRACKET,   /* [N]T, map[K]V, type parameters */
} Ctx;

static bool is_open_brace(const char *s)
{
    return is(s, "'{'") || is(s, "lbrace") || is(s, "LBODY");
}

static bool is_block_content(const char *s)
{
    return s && (is(s, "stmt_list") || s[0] == '$' || is(s, "case_list") || is(s, "comm_list"));
}

/* What the brace at stack index i opens: a block, a composite literal, a
 * struct or an interface. */
static Ctx brace_ctx(const SyntaxErrorInfo *e, int i)
{
    const char *s = at(e, i), *below = at(e, i + 1), *above = at(e, i - 1);
    if (is(s, "LBODY") || is_block_content(above))
        return CTX_BLOCK;
    if (is(below, "STRUCT"))
        return CTX_STRUCT;
    if (is(below, "INTERFACE"))
        return CTX_IFACE;
    if (is(below, "pexpr_t") || is(below, "comptype") || is(below, "','") || is(below, "elems") ||
        is(below, "elem_list"))
        return CTX_COMPLIT;
    if (is(below, "':'"))
        return is(at(e, i + 2), "elem_value") ? CTX_COMPLIT : CTX_BLOCK;
    if (is_open_brace(below))
        return brace_ctx(e, i + 1) == CTX_COMPLIT ? CTX_COMPLIT : CTX_BLOCK;
    return CTX_BLOCK;
}

/* Is stack entry i a bracket closed further up? ( `[` `]` of `[]T` stay on
 * the stack until the type is reduced.) */
static bool closed_at(const SyntaxErrorInfo *e, int i)
{
    const char *s = e->stack[i];
    const char *close = is(s, "'('") ? "')'" : is(s, "'['") || is(s, "TPARAMS") ? "']'" : "'}'";
    int open = 0;
    for (int k = i - 1; k >= 0; k--) {
        const char *x = e->stack[k];
        if (is(x, close)) {
            if (open == 0)
                return true;
            open--;
        } else if ((is(close, "')'") && is(x, "'('")) ||
                   (is(close, "']'") && (is(x, "'['") || is(x, "TPARAMS"))) ||
                   (is(close, "'}'") && is_open_brace(x))) {
            open++;
        }
    }
    return false;
}

/* The innermost unclosed bracket on the stack, *depth its index. */
static Ctx innermost(const SyntaxErrorInfo *e, int *depth)
{
    for (int i = 0; i < e->nstack; i++) {
        const char *s = e->stack[i], *below = at(e, i + 1), *above = at(e, i - 1);
        *depth = i;
        if ((is(s, "'('") || is(s, "'['") || is(s, "TPARAMS") || is_open_brace(s)) && closed_at(e, i))
            continue;
        if (is(s, "'('")) {
            if (is(below, "pexpr"))
                return CTX_ARGS;
            if (is(below, "IMPORT") || is(below, "import_kw") || is(below, "VAR") || is(below, "CONST") ||
                is(below, "TYPE"))
                return CTX_GROUP;
            /* after func, a func or method name, a receiver: parameters;
             * after a parameter's name: a parenthesized type */
            bool param_type = is(below, "IDENT") && (is(at(e, i + 2), "'('") || is(at(e, i + 2), "','"));
            if (is(above, "param_list") || is(above, "param") || is(below, "FUNC") ||
                (is(below, "IDENT") && !param_type) || is(below, "params") || is(below, "']'"))
                return CTX_PARAMS;
            return CTX_PAREN;
        }
        if (is(s, "'['") || is(s, "TPARAMS"))
            return is(below, "pexpr") ? CTX_INDEX : CTX_BRACKET;
        if (is_open_brace(s))
            return brace_ctx(e, i);
    }
    *depth = e->nstack;
    return CTX_NONE;
}

/* The token before the unexpected one. */
static int prev_kind(Parser *p) { return p->lex->prev.kind; }

/* Is the parser at the start of a statement (after ';', '{' or a case's
 * ':')? gc: "expecting }" there, "at end of statement" after one. */
static bool at_statement_start(Parser *p)
{
    int k = prev_kind(p);
    return k == ';' || k == '{' || k == ':' || k == TOK_LBODY;
}

/* Inside a function body? (a statement list or a body's action is on the
 * stack; a stack too deep to see whole is inside something) */
static bool in_function(const SyntaxErrorInfo *e)
{
    if (e->nstack >= SYNTAX_STACK_MAX)
        return true;
    for (int i = 0; i < e->nstack; i++)
        if (is_block_content(e->stack[i]) || is(e->stack[i], "LBODY"))
            return true;
    return false;
}

/* An if/for/switch/select header open above the innermost bracket:
 * its keyword, and how many ';' of the header are behind us. */
typedef struct Header {
    const char *keyword; /* "if", "for", "switch", "select" or NULL */
    int semis;
    bool range;          /* a for's range clause */
} Header;

static Header open_header(const SyntaxErrorInfo *e)
{
    Header h = {NULL, 0, false};
    for (int i = 0; i < e->nstack; i++) {
        const char *s = e->stack[i];
        if (is_open_brace(s) || is(s, "'('") || is(s, "'['") || is(s, "body"))
            break;
        if (is(s, "';'"))
            h.semis++;
        else if (is(s, "RANGE"))
            h.range = true;
        else if (is(s, "IF") || is(s, "if_head"))
            h.keyword = "if";
        else if (is(s, "FOR"))
            h.keyword = "for";
        else if (is(s, "SWITCH"))
            h.keyword = "switch";
        else if (is(s, "SELECT"))
            h.keyword = "select";
        if (h.keyword)
            return h;
    }
    h.semis = 0;
    h.range = false;
    return h;
}

static bool in_case_body(const SyntaxErrorInfo *e)
{
    for (int i = 0; i < e->nstack; i++) {
        const char *s = e->stack[i];
        if (is(s, "CASE") || is(s, "DEFAULT"))
            return true;
        if (is_open_brace(s))
            return false;
    }
    return false;
}

/* Parsing an import spec? (IMPORT above any bracket but its group's) */
static bool in_import(const SyntaxErrorInfo *e)
{
    for (int i = 0; i < e->nstack; i++) {
        const char *s = e->stack[i];
        if (is(s, "IMPORT") || is(s, "import_kw"))
            return true;
        if (is(s, "'('"))
            return is(at(e, i + 1), "IMPORT") || is(at(e, i + 1), "import_kw");
        if (is_open_brace(s) || is(s, "'['"))
            return false;
    }
    return false;
}

/* In x[...], is the first index being parsed (no ':' yet)? */
static bool first_index(const SyntaxErrorInfo *e, int bracket)
{
    for (int i = 0; i < bracket; i++)
        if (is(e->stack[i], "':'"))
            return false;
    return true;
}

/* Is stack entry i inside the parenthesized group of keyword kw? */
static bool in_group_of(const SyntaxErrorInfo *e, int i, const char *kw)
{
    for (; i < e->nstack; i++) {
        if (is(e->stack[i], "'('"))
            return is(at(e, i + 1), kw);
        if (!is(e->stack[i], "';'") && !is(e->stack[i], "type_spec_list"))
            return false;
    }
    return false;
}

/* Is a type declaration's type wanted here (type T = ., type T .)? */
static bool in_type_decl(const SyntaxErrorInfo *e)
{
    int i = 0;
    if (is(at(e, i), "'='"))
        i++;
    if (!is(at(e, i), "IDENT"))
        return false;
    const char *below = at(e, i + 1);
    return is(below, "TYPE") || ((is(below, "';'") || is(below, "'('")) && in_group_of(e, i + 1, "TYPE"));
}

/* ---- the message ---------------------------------------------------------- */

/* A statement could end here: gc's stmtList then wants ';' or '}'. */
static void statement_list_error(Parser *p, const SyntaxErrorInfo *e, const char *tok)
{
    if (p->lex->cur.kind == 0)
        syntax_error_at(p, e->pos, "unexpected EOF, expecting }");
    else if (!at_statement_start(p))
        syntax_error_at(p, e->pos, "unexpected %s at end of statement", tok);
    else if (in_case_body(e))
        syntax_error_at(p, e->pos, "unexpected %s, expecting case or default or }", tok);
    else
        syntax_error_at(p, e->pos, "unexpected %s, expecting }", tok);
}

/* The header of if/for/switch is complete or broken off (gc's header()). */
static bool header_error(Parser *p, const SyntaxErrorInfo *e, Header h, const char *tok)
{
    /* a simple statement has been parsed and could end here (else gc is
     * still parsing one: "expecting expression" and the like) */
    int k = prev_kind(p);
    bool complete = (expects(e, "LBODY") || expects(e, "';'")) && k != ';' && k != TOK_IF &&
                    k != TOK_FOR && k != TOK_SWITCH;
    if (strcmp(h.keyword, "select") == 0) {
        syntax_error_at(p, e->pos, "missing { after select clause");
        return true;
    }
    if (strcmp(h.keyword, "for") == 0 && h.semis == 1 && p->lex->cur.kind == TOK_LBODY &&
        prev_kind(p) == ';') {
        syntax_error_at(p, e->pos, "unexpected %s, expecting for loop condition", tok);
        return true;
    }
    if (!complete)
        return false;
    if (h.range) {
        syntax_error_at(p, e->pos, "unexpected %s, expecting { after for clause", tok);
    } else if (h.semis == 0) {
        syntax_error_at(p, e->pos, "unexpected %s, expecting {", tok);
    } else if (strcmp(h.keyword, "switch") == 0) {
        syntax_error_at(p, e->pos, "missing { after switch clause");
    } else if (strcmp(h.keyword, "for") == 0 && h.semis == 1) {
        syntax_error_at(p, e->pos, "unexpected %s, expecting semicolon or newline", tok);
    } else {
        syntax_error_at(p, e->pos, "unexpected %s, expecting { after %s clause", tok, h.keyword);
    }
    return true;
}

/* gc's list(): an element was just parsed and neither the separator nor
 * the closing token follows. */
static const char *const list_names[] = {
    [CTX_ARGS] = "argument list; possibly missing comma or )",
    [CTX_PARAMS] = "parameter list; possibly missing comma or )",
    [CTX_GROUP] = "grouped declaration; possibly missing semicolon or newline or )",
    [CTX_COMPLIT] = "composite literal; possibly missing comma or }",
    [CTX_STRUCT] = "struct type; possibly missing semicolon or newline or }",
    [CTX_IFACE] = "interface type; possibly missing semicolon or newline or }",
};

static bool is_list(Ctx c)
{
    return c == CTX_ARGS || c == CTX_PARAMS || c == CTX_GROUP || c == CTX_COMPLIT ||
           c == CTX_STRUCT || c == CTX_IFACE;
}

/* At the start of a list element (just after the opener or a separator),
 * gc's element parser reports what it wanted. */
static bool element_start_error(Parser *p, const SyntaxErrorInfo *e, Ctx ctx, int depth,
                                const char *tok)
{
    int k = prev_kind(p);
    bool start = k == ',' || k == ';' || k == '(' || k == '{' || k == TOK_LBODY;
    if (!start)
        return false;
    switch (ctx) {
    case CTX_ARGS:
        if (find(e, "ELLIPSIS") >= 0 && find(e, "ELLIPSIS") < depth) {
            syntax_error_at(p, e->pos, "unexpected %s, expecting )", tok);
            return true;
        }
        return false; /* expecting expression */
    case CTX_COMPLIT:
        return false;
    case CTX_PARAMS:
        syntax_error_at(p, e->pos, "unexpected %s, expecting )", tok);
        return true;
    case CTX_GROUP:
        if (is(at(e, depth + 1), "IMPORT") || is(at(e, depth + 1), "import_kw"))
            return false; /* the import rule below */
        syntax_error_at(p, e->pos, "unexpected %s, expecting name", tok);
        return true;
    case CTX_STRUCT:
        syntax_error_at(p, e->pos, "unexpected %s, expecting field name or embedded type", tok);
        return true;
    case CTX_IFACE:
        syntax_error_at(p, e->pos, "unexpected %s, expecting ~ term or type", tok);
        return true;
    default:
        return false;
    }
}

/* Where the token after t starts, when it is on t's line (gc reports some
 * errors after consuming the offending token). */
static Pos after_token(Parser *p, const LexToken *t)
{
    Pos pos = t->pos;
    size_t off = (size_t)(t->text - p->lex->src) + (size_t)t->len;
    pos.col += t->len;
    while (off < p->lex->len && (p->lex->src[off] == ' ' || p->lex->src[off] == '\t' || p->lex->src[off] == '\r')) {
        off++;
        pos.col++;
    }
    return pos;
}

static bool is_literal_token(const char *la)
{
    return is(la, "INT") || is(la, "FLOAT") || is(la, "IMAG") || is(la, "CHAR") || is(la, "STRING");
}

static void word_syntax_error(Parser *p, const SyntaxErrorInfo *e)
{
    const LexToken *t = &p->lex->cur;
    Pos pos = e->pos;
    const char *tok = token_text(p, t);
    if (getenv("MINIGO_SYNTAX_DEBUG")) {
        fprintf(stderr, "la=%s prev=%d expected:", e->lookahead, p->lex->prev.kind);
        for (int i = 0; i < e->nexpected; i++)
            fprintf(stderr, " %s", e->expected[i]);
        fprintf(stderr, "\n  stack:");
        for (int i = 0; i < e->nstack; i++)
            fprintf(stderr, " %s", e->stack[i]);
        fprintf(stderr, "\n");
    }

    /* gc: no follow-up errors at EOF */
    if (t->kind == 0 && (p->nsyntax > 0 || p->d->nerrors > 0 || p->lex->lexerrors > 0))
        return;

    /* gc gives up on the file when the token after the package clause had
     * a lexical error (its parser checks for errors after reading it) */
    if (is(at(e, 0), "top_decls") && is(at(e, 1), "package_done") && p->lex->lexerrors > 0) {
        parse_stop(p);
        return;
    }
    /* package clause: gc gives up on the file after an error here */
    if (e->nstack == 0) {
        syntax_error_at(p, pos, "package statement must be first");
        parse_stop(p);
        return;
    }
    if (is(at(e, 0), "PACKAGE") || is(at(e, 0), "package_clause")) {
        if (is(at(e, 0), "PACKAGE"))
            syntax_error_at(p, pos, "unexpected %s, expecting name", tok);
        else
            syntax_error_at(p, pos, "unexpected %s, expecting semicolon or newline", tok);
        parse_stop(p);
        return;
    }

    /* import "path" (gc's importDecl: optional name, then the path) */
    if (in_import(e) && expects(e, "STRING") && !expects_expr(e)) {
        if (is_literal_token(e->lookahead))
            syntax_error_at(p, after_token(p, t), "import path must be a string");
        else
            syntax_error_at(p, pos, "missing import path");
        return;
    }

    if (!in_function(e)) {
        /* between top-level declarations */
        if (is(at(e, 0), "top_decls")) {
            if (t->kind == '{' && p->last_decl && p->last_decl->kind == N_FUNCDECL &&
                !p->last_decl->u.func.body)
                syntax_error_at(p, pos, "unexpected semicolon or newline before {");
            else
                syntax_error_at(p, pos, "non-declaration statement outside function body");
            return;
        }
        if (expects(e, "';'") && is(at(e, 1), "top_decls")) {
            syntax_error_at(p, pos, "unexpected %s after top level declaration", tok);
            return;
        }
        if ((is(at(e, 0), "FUNC") && is(at(e, 1), "top_decls")) ||
            (is(at(e, 0), "receiver_opt") && is(at(e, 1), "FUNC"))) {
            syntax_error_at(p, pos, "unexpected %s, expecting name or (", tok);
            return;
        }
    }

    /* gc's typeDecl: no type where one must be */
    if (expects_type(e) && in_type_decl(e)) {
        syntax_error_at(p, pos, "unexpected %s in type declaration", tok);
        return;
    }
    /* var/const/type NAME */
    if (is(at(e, 0), "VAR") || is(at(e, 0), "CONST") || is(at(e, 0), "TYPE")) {
        syntax_error_at(p, pos, "unexpected %s, expecting name", tok);
        return;
    }
    /* gc accepts `:=` for `=` in declarations, with an error */
    if (t->kind == TOK_DEFINE && expects(e, "'='") && !expects(e, "DEFINE")) {
        syntax_error_at(p, pos, "unexpected :=, expecting =");
        return;
    }
    /* else must be followed by if or a block */
    if (is(at(e, 0), "ELSE")) {
        syntax_error_at(p, pos, "else must be followed by if or statement block");
        return;
    }

    int depth;
    Ctx ctx = innermost(e, &depth);

    /* go/defer followed by no operand: gc also reports the missing call */
    if ((is(at(e, 0), "GO") || is(at(e, 0), "DEFER")) && expects_expr(e)) {
        syntax_error_at(p, pos, "unexpected %s, expecting expression", tok);
        parse_error_at(p, pos, "expression in %s must be function call", is(at(e, 0), "GO") ? "go" : "defer");
        return;
    }

    /* gc's paramDeclOrNil: `...` must be followed by a type */
    if (is(at(e, 0), "ELLIPSIS") && ctx == CTX_PARAMS && !expects_expr(e)) {
        syntax_error_at(p, pos, "... is missing type");
        return;
    }
    /* gc's fieldDecl: a name not followed by . ; } or a tag starts a
     * field, whose type comes next */
    if (ctx == CTX_STRUCT && is(at(e, 0), "IDENT") && (is(at(e, 1), "';'") || is_open_brace(at(e, 1))) &&
        t->kind != ',') {
        syntax_error_at(p, pos, "unexpected %s, expecting type", tok);
        return;
    }
    Header h = open_header(e);
    if (h.keyword && (ctx == CTX_BLOCK || ctx == CTX_NONE) && header_error(p, e, h, tok))
        return;

    if (is_list(ctx)) {
        if (element_start_error(p, e, ctx, depth, tok))
            return;
        int k = prev_kind(p);
        bool start = k == ',' || k == ';' || k == '(' || k == '{' || k == TOK_LBODY;
        const char *sep = ctx == CTX_ARGS || ctx == CTX_PARAMS || ctx == CTX_COMPLIT ? "','" : "';'";
        const char *close = ctx == CTX_ARGS || ctx == CTX_PARAMS || ctx == CTX_GROUP ? "')'" : "'}'";
        if (!start && (expects(e, sep) || expects(e, close))) {
            syntax_error_at(p, pos, "unexpected %s in %s", tok, list_names[ctx]);
            return;
        }
    }
    switch (ctx) {
    case CTX_BLOCK:
    case CTX_NONE:
        if (ctx == CTX_NONE && !in_function(e) && expects(e, "';'")) {
            syntax_error_at(p, pos, "unexpected %s after top level declaration", tok);
            return;
        }
        if (is(at(e, 0), "RETURN") && expects_expr(e)) {
            syntax_error_at(p, pos, "unexpected %s, expecting expression", tok);
            return;
        }
        if (expects(e, "';'") && (expects(e, "'}'") || expects(e, "CASE"))) {
            statement_list_error(p, e, tok);
            return;
        }
        if (expects(e, "CASE") && expects(e, "DEFAULT")) {
            syntax_error_at(p, pos, "unexpected %s, expecting case or default or }", tok);
            return;
        }
        if (expects(e, "'='") && expects(e, "DEFINE") && expects(e, "','") && !expects(e, "';'")) {
            syntax_error_at(p, pos, "unexpected %s, expecting := or = or comma", tok);
            return;
        }
        break;
    case CTX_PAREN:
        if (prev_kind(p) != '(' && expects(e, "')'")) {
            syntax_error_at(p, pos, "unexpected %s, expecting )", tok);
            return;
        }
        break;
    case CTX_INDEX:
        if (prev_kind(p) == '[' && t->kind == ']') {
            syntax_error_at(p, pos, "unexpected ], expecting operand");
            return;
        }
        if (prev_kind(p) != '[' && first_index(e, depth) && (expects(e, "']'") || expects(e, "':'"))) {
            syntax_error_at(p, pos, "unexpected %s, expecting comma, : or ]", tok);
            return;
        }
        break;
    case CTX_BRACKET:
        if (prev_kind(p) == '[' && t->kind == ']' && is(at(e, depth + 1), "IDENT")) {
            syntax_error_at(p, pos, "unexpected ], expecting type"); /* T[] */
            return;
        }
        if (t->kind == ',' && expects(e, "']'")) {
            syntax_error_at(p, pos, "unexpected comma; expecting ]");
            return;
        }
        if (prev_kind(p) != '[' && expects(e, "']'")) {
            syntax_error_at(p, pos, "unexpected %s, expecting ]", tok);
            return;
        }
        break;
    default:
        break;
    }

    /* what the innermost construct wanted next */
    if (expects_expr(e)) {
        syntax_error_at(p, pos, "unexpected %s, expecting expression", tok);
        return;
    }
    if (expects_type(e)) {
        syntax_error_at(p, pos, "unexpected %s, expecting type", tok);
        return;
    }
    if (expects(e, "IDENT") && expects(e, "'('") && is(at(e, 0), "'.'")) {
        syntax_error_at(p, pos, "unexpected %s, expecting name or (", tok);
        return;
    }
    if (expects(e, "':'") && in_case_body(e)) {
        syntax_error_at(p, pos, "unexpected %s, expecting :", tok);
        return;
    }
    static const struct {
        const char *sym, *text;
    } wanted[] = {
        {"IDENT", "name"}, {"')'", ")"}, {"']'", "]"}, {"'}'", "}"}, {"':'", ":"},
        {"'='", "="}, {"'('", "("}, {"'['", "["}, {"'{'", "{"}, {"LBODY", "{"},
        {"';'", "semicolon or newline"}, {"','", "comma"}, {"CHAN", "chan"},
    };
    for (size_t i = 0; i < sizeof wanted / sizeof wanted[0]; i++) {
        if (expects(e, wanted[i].sym)) {
            syntax_error_at(p, pos, "unexpected %s, expecting %s", tok, wanted[i].text);
            return;
        }
    }
    syntax_error_at(p, pos, "unexpected %s", tok);
}

/* The first syntax error ends the bison pass: parse_file then reads the
 * file again with the error-path parser (rd.h), whose messages replace
 * these unless it finds nothing wrong. */
void report_syntax_error(Parser *p, const SyntaxErrorInfo *e)
{
    if (p->lex->stop)
        return;
    word_syntax_error(p, e);
    p->rejected = true;
    parse_stop(p);
}
