/*
 * syntax.h — inside the parser: the state the grammar (grammar/go.y) is
 * parsed with, and the node constructors its actions call, so that each
 * action is one call and the grammar reads like the Go spec.
 *
 * Constructors take the gc position of the node (see ast.h) and record the
 * subtree's nesting depth: a tree deeper than PARSE_MAX_DEPTH is reported
 * once ("exceeded max nesting depth") and the parse stops, so no later,
 * recursive phase can run out of C stack.
 */
#ifndef MINIGO_SYNTAX_H
#define MINIGO_SYNTAX_H

#include "../lexer/lexer.h"
#include "parser.h"

typedef struct Parser {
    AstContext *c;
    Diag *d;
    Lexer *lex;
    void *scanner;       /* yyscan_t */
    Node *file;          /* N_FILE, filled as declarations are reduced */
    Node *last_decl;     /* the last top-level declaration added */
    int syntax_line;     /* line of the last syntax error (gc: one per line) */
    int nsyntax;         /* syntax errors reported */
    int in_func;         /* > 0 inside a function body (gc's fnest) */
    bool stmt_open;      /* the statement list just reduced ends in a statement without ';' */
    bool rejected;       /* bison found a syntax error (and stopped) */
    int gc_errors;       /* errors gc would count too (not "minigo: ... not supported") */
    VEC(int) body_errors; /* per open function body: gc_errors + lexical errors at its '{' */
    NodeSlab slab;       /* where the nodes of the tree are allocated */
} Parser;

/* The error path (rd_parse.c, rd_expr.c): parse the file again the way
 * gc's recursive-descent parser does, reporting every error as gc does. */
void rd_parse(AstContext *c, Diag *d, const char *path, const char *src, size_t len);

/* ---- errors ------------------------------------------------------------- */

/* What bison knows at a syntax error, by symbol name (yysymbol_name: "name",
 * "'('", "stmt_list"...), for errors.c to word gc's message. */
enum { SYNTAX_EXPECTED_MAX = 128, SYNTAX_STACK_MAX = 64 };
typedef struct SyntaxErrorInfo {
    const char *lookahead; /* the unexpected token */
    Pos pos;               /* where it is */
    const char *expected[SYNTAX_EXPECTED_MAX]; /* tokens that could come instead */
    int nexpected;
    const char *stack[SYNTAX_STACK_MAX]; /* LR stack symbols, innermost first */
    int nstack;
} SyntaxErrorInfo;
void report_syntax_error(Parser *p, const SyntaxErrorInfo *info);

/* "syntax error: ..." at pos; at most one per line, as gc. */
void syntax_error_at(Parser *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A plain error (no "syntax error: " prefix, not limited per line). */
void parse_error_at(Parser *p, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* "minigo: WHAT is not supported" at pos. */
void unsupported(Parser *p, Pos pos, const char *what);
/* Stop the parse: the lexer returns EOF from now on, no more reports. */
void parse_stop(Parser *p);

/* A function body opens ('{'): remember the error count, so that its
 * labels and branches are checked at its end only if it had no errors
 * (gc's funcBody). */
void body_open(Parser *p);

/* branches.c: gc's checkBranches on one function body (an N_BLOCK). */
void check_body_branches(Arena *arena, Diag *d, Node *body);

/* ---- expressions -------------------------------------------------------- */

Node *mk_ident(Parser *p, Pos pos, const char *name);
Node *mk_bad(Parser *p, Pos pos); /* what error recovery leaves */
Node *mk_lit(Parser *p, Pos pos, LitKind kind, const char *raw, int len);
Node *mk_unary(Parser *p, Pos pos, int op, Node *x);
Node *mk_binary(Parser *p, Pos pos, int op, Node *x, Node *y);
Node *mk_paren(Parser *p, Pos pos, Node *x);
Node *mk_selector(Parser *p, Pos pos, Node *x, Node *sel);
Node *mk_index(Parser *p, Pos pos, Node *x, Node *index);
Node *mk_generic_index(Parser *p, Pos pos, Node *x, NodeList args);
/* x[lo:hi] or x[lo:hi:max]; colon2 is the second ':' and rbrack the ']'
 * (gc reports missing 3-index bounds there). */
Node *mk_slice(Parser *p, Pos pos, Node *x, Node *lo, Node *hi, Node *max, bool full,
               Pos colon2, Pos rbrack);
Node *mk_assert(Parser *p, Pos pos, Node *x, Node *type);
Node *mk_call(Parser *p, Pos pos, Node *fun, NodeList args, bool dots, Pos rparen);
Node *mk_composite(Parser *p, Pos pos, Node *type, NodeList elts, Pos rbrace);
Node *mk_keyvalue(Parser *p, Pos pos, Node *key, Node *value);
Node *mk_funclit(Parser *p, Pos pos, Node *type, Node *body);

/* ---- types -------------------------------------------------------------- */

Node *mk_arraytype(Parser *p, Pos pos, Node *len, Node *elem);
Node *mk_ellipsis(Parser *p, Pos pos, Node *elem);
Node *mk_maptype(Parser *p, Pos pos, Node *key, Node *value);
Node *mk_chantype(Parser *p, Pos pos, int dir, Node *elem);
/* params/results: raw parameter entries (N_FIELD with at most one name),
 * grouped here the way gc's paramList distributes types. */
Node *mk_functype(Parser *p, Pos pos, NodeList params, NodeList results);
Node *mk_param(Parser *p, Pos pos, Node *name, Node *type);
NodeList mk_result_type(Parser *p, Node *type);
Node *mk_structtype(Parser *p, Pos pos, NodeList fields);
Node *mk_field(Parser *p, Pos pos, NodeList names, Node *type, Node *tag);
Node *mk_ifacetype(Parser *p, Pos pos, NodeList elems);
Node *mk_method(Parser *p, Node *name, Node *type);
Node *mk_tilde(Parser *p, Pos pos, Node *type); /* ~T in a constraint (reported with its interface) */

/* ---- statements --------------------------------------------------------- */

Node *mk_exprstmt(Parser *p, Node *x);
Node *mk_incdec(Parser *p, Pos pos, Node *x, int op);
Node *mk_assign(Parser *p, Pos pos, int op, NodeList lhs, NodeList rhs);
Node *mk_send(Parser *p, Pos pos, Node *ch, Node *value);
Node *mk_declstmt(Parser *p, Pos pos, NodeList specs);
Node *mk_labeled(Parser *p, Node *label, Node *stmt, Pos after);
Node *mk_callstmt(Parser *p, Pos pos, NodeKind kind, Node *x);
Node *mk_return(Parser *p, Pos pos, NodeList results);
Node *mk_branch(Parser *p, Pos pos, int tok, Node *label);
Node *mk_block(Parser *p, Pos pos, NodeList stmts, Pos rbrace);
void stmt_list_add(Parser *p, NodeList *list, Node *stmt);
/* An N_IF from its header. cond is the simple statement in the condition's
 * place (gc insists it be an expression: "cannot use ... as value");
 * has_semi/semi/semi_kind describe the ';' after init, for gc's "missing
 * condition" messages. */
Node *mk_if_head(Parser *p, Pos pos, Node *init, Node *cond, bool has_semi, Pos semi,
                 int semi_kind);
Node *if_finish(Parser *p, Node *n, Node *then, Node *els);
Node *mk_for(Parser *p, Pos pos, Node *init, Node *cond, Node *post, Node *body);
/* range: an N_RANGE skeleton from the range clause, completed by mk_for_range */
Node *mk_range_clause(Parser *p, Pos range_pos, NodeList lhs, int op, Node *x);
Node *mk_for_range(Parser *p, Pos pos, Node *clause, Node *body);
Node *mk_switch(Parser *p, Pos pos, Node *init, Node *tag, NodeList cases, Pos rbrace);
Node *mk_case(Parser *p, Pos pos, NodeList list, Pos colon, NodeList body);
Node *mk_select(Parser *p, Pos pos, NodeList cases);

/* ---- declarations ------------------------------------------------------- */

void parse_package(Parser *p, Pos pos, Node *name);
void add_import(Parser *p, Pos pos, Node *name, Pos path_pos, const char *raw, int len);
/* an import declaration at pos: gc wants all of them before other declarations */
void imports_first(Parser *p, Pos pos);
Node *mk_valuespec(Parser *p, NodeKind kind, NodeList names, Node *type, NodeList values);
Node *mk_typespec(Parser *p, Node *name, Node *type, bool alias);
/* A one-spec declaration or a parenthesised group: sets group links, and
 * for const groups the iota values and the implicit repetition of the
 * previous type and values. */
NodeList finish_group(Parser *p, NodeList specs, bool grouped);
/* has_recv: a method, recv its parameter list (gc wants exactly one). */
Node *mk_funcdecl(Parser *p, Pos pos, bool has_recv, NodeList recv, Node *name, Node *type,
                  Node *body);
void add_decls(Parser *p, NodeList decls);
void add_decl(Parser *p, Node *decl);
/* generics: report once per construct */
void type_params(Parser *p, Pos pos);

/* list helpers */
NodeList list1(Parser *p, Node *n);
NodeList list_add(Parser *p, NodeList l, Node *n);
NodeList list_prepend(Parser *p, Node *n, NodeList l);

#endif
