/*
 * rd.h — inside the parser: the error-path parser, a port of gc's
 * recursive-descent parser (cmd/compile/internal/syntax/parser.go, Go
 * 1.19) that runs only on a file the bison grammar rejected.
 *
 * Why a second parser. gc's follow-on errors are a product of how its
 * recursive-descent functions recover: each want() skips one token, each
 * list() skips to a closing bracket, advance() stops at statement keywords
 * inside functions, a statement list ends at a '}' that really belonged to
 * an outer block, and so on. An LR parser's `error` rules cannot take the
 * same decisions (they see the state stack, not the call stack), so after
 * the first error minigo and gc drift apart. Valid programs never get
 * here: bison parses them (fast, into the real tree); when it finds a
 * syntax error, parse_file discards what the first pass reported and
 * reads the file again with this port, which reports every error as gc
 * does, in gc's order, with gc's recovery.
 *
 * The port builds just enough of a tree (src/parser/ast.h nodes, in the
 * arena) for the decisions and messages that look at parsed expressions:
 * unparen, isValue (composite literal or block?), extractName (array or
 * type parameters?), String (cannot use x = y as value). Statements and
 * declarations are parsed and dropped.
 */
#ifndef MINIGO_RD_H
#define MINIGO_RD_H

#include "syntax.h"

#include "go.tab.h"

typedef struct Rd {
    AstContext *c;
    Diag *d;
    Lexer *lex;
    void *scanner;     /* yyscan_t */

    /* the current token (gc's p.tok and friends) */
    int kind;          /* bison token kind; LBODY reads as '{', TPARAMS as '[' */
    Pos pos;
    YYSTYPE val;       /* IDENT: name; literals: raw text; ASSIGN_OP: operator */
    bool bad;          /* the scanner reported an error in this token */
    long ntokens;      /* tokens read, to detect a loop that makes no progress */

    int errcnt;        /* errors reported by the parser (gc's p.errcnt) */
    int fnest;         /* function nesting (advance stops at statement keywords) */
    int xnest;         /* expression nesting: < 0 in a control clause header */
    int depth;         /* recursion depth, bounded by RD_MAX_DEPTH */
    int syntax_line;   /* line of the last syntax error (gc: one per line) */
    bool stopped;      /* nesting too deep: report nothing more */

    int ndecls;            /* top-level declarations so far */
    bool last_decl_nobody; /* the last one is a func without a body */
} Rd;

/* Recursion bound: gc has none, but a hostile input must not exhaust the
 * C stack of the compiler thread (src/main.c: 1 GiB). */
enum { RD_MAX_DEPTH = 200000 };

/* Pseudo token for follow lists: any operator (gc's _Operator). */
enum { RD_OPERATOR = -2 };

/* rd_parse.c */
void rd_next(Rd *p);
bool rd_got(Rd *p, int kind);
void rd_want(Rd *p, int kind);
/* gc's advance: skip to a token of the -1-terminated follow list (plus
 * the statement keywords inside a function); an empty list skips one. */
void rd_advance_(Rd *p, const int *follow);
#define RD_ADVANCE(p, ...) rd_advance_((p), (const int[]){__VA_ARGS__, -1})
#define RD_SKIP(p) rd_advance_((p), (const int[]){-1})
void rd_error_at(Rd *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void rd_syntax_error_at(Rd *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#define rd_syntax_error(p, ...) rd_syntax_error_at((p), (p)->pos, __VA_ARGS__)
const char *rd_tokstring(int kind);
bool rd_enter(Rd *p); /* false when too deep (reported; parsing stops) */
void rd_leave(Rd *p);
Node *rd_func_body(Rd *p);
/* one simple statement (gc's simpleStmt); lhs: an already parsed list or NULL */
Node *rd_simple_stmt(Rd *p, NodeList *lhs, int keyword);



/* rd_expr.c */
Node *rd_node(Rd *p, NodeKind kind, Pos pos);
Node *rd_name(Rd *p);
Node *rd_expr(Rd *p);
Node *rd_binary_expr(Rd *p, Node *x, int prec);
Node *rd_pexpr(Rd *p, Node *x, bool keep_parens);
NodeList rd_expr_list(Rd *p);
/* gc's typeList: an expression, then types; *comma: was there a comma */
Node *rd_type_list(Rd *p, bool *comma);
Node *rd_type(Rd *p);
Node *rd_type_or_nil(Rd *p);
Node *rd_func_type(Rd *p, const char *context);
Node *rd_array_type(Rd *p, Pos pos, Node *len);
Node *rd_slice_type(Rd *p, Pos pos);
/* a parameter list after its opener; returns the number of entries */
int rd_param_list(Rd *p, Node *name, Node *type, int close, bool require_names);
Node *rd_qualified_name(Rd *p, Node *name);
Node *rd_oliteral(Rd *p);
Node *rd_unparen(Node *x);
/* gc's extractName for `type T[...`: the name and the rest, or NULL */
Node *rd_extract_name(Node *x, bool force, Node **rest);
Pos rd_list(Rd *p, const char *context, int sep, int close, bool (*elem)(Rd *, void *), void *arg);

#endif
