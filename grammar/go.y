/*
 * go.y — the grammar of Go (the minigo subset, plus enough of the rest to
 * say "not supported" instead of "syntax error"), as an LR(1) bison
 * parser that builds the tree of src/parser/ast.h.
 *
 * Shape. It follows gc's recursive-descent parser
 * (cmd/compile/internal/syntax/parser.go) where LR(1) allows:
 *   - types are expressions: `[]int{}`, `map[K]V(x)`, `*T` and `(T)` parse as
 *     operands, so call arguments (make([]int, 3)) need no separate rules;
 *     the type checker tells types from values;
 *   - a `{` after a type *name* opens a composite literal except directly in
 *     an if/for/switch header, where it opens the body. The scanner returns
 *     LBODY for the header's `{` (see Lexer.hdr); rules that may legally
 *     start with that brace (composite literals of explicit types, function
 *     literals, struct and interface types) take `lbrace` and give the
 *     header back to the scanner when they close (lex_header_resume);
 *   - parameter lists are parsed entry by entry and grouped afterwards, as
 *     gc's paramList does, because `(a, b int)` and `(int, string)` differ
 *     only after the last entry.
 * Every action is one constructor call from src/parser/build.c.
 *
 * Errors. Bison only decides whether the file is valid. At the first
 * syntax error (`parse.error custom`: yyreport_syntax_error) the parse
 * stops, and parse_file (src/parser/parse.c) reads the file again with the
 * error-path parser (src/parser/rd.h), a port of gc's recursive-descent
 * parser, which reports the first error and every follow-on one with gc's
 * words, positions and recovery. src/parser/errors.c still words bison's
 * first error from the LR stack (gc's wording in ~99.5% of files): that
 * message is used only if the error path finds nothing wrong, i.e. for a
 * construct the grammar rejects and gc accepts. The `error` rules below
 * come from before the error path existed; the stop makes them inert.
 * The tables are LALR with default reductions (see lr.type below), so the
 * stack errors.c reads may already hold reductions the bad token caused.
 *
 * Labels and branches of each function body are checked when the body is
 * reduced (body_open at its '{', the check in build.c), as gc's parser
 * does, so those errors come before any type error.
 *
 * Conflicts: none (%expect 0). A few shift/reduce choices are settled with
 * precedence, each the way gc's parser decides the same question:
 *   - a type name followed by `.` or `[` continues the type (qualified
 *     name, generic instance) rather than ending it;
 *   - a signature followed by `(`, `[`, `*` or `<-` takes it as the start
 *     of its result (func() (int), func() []int), as gc's funcResult does;
 *   - in a header, an explicit composite type or a func type followed by
 *     the LBODY brace takes it as its literal's brace: `for range []int{}
 *     {` and `if func() bool { ... }() {` (gc: complit_ok, funcBody).
 */

%code requires {
#include "parser/ast.h"
#ifndef YY_TYPEDEF_YY_SCANNER_T
#define YY_TYPEDEF_YY_SCANNER_T
typedef void *yyscan_t; /* flex's scanner handle */
#endif
typedef struct Parser Parser;
}

%code provides {
int yylex(YYSTYPE *yylval, YYLTYPE *yylloc, yyscan_t scanner);
}

%code {
#include "parser/syntax.h"

/* A rule's position is its first symbol's (gc's "first token"); an empty
 * rule takes the position of the symbol before it. */
#define YYLLOC_DEFAULT(Cur, Rhs, N) \
    do { (Cur) = (N) ? YYRHSLOC(Rhs, 1) : YYRHSLOC(Rhs, 0); } while (0)

/* Deep input is bounded by PARSE_MAX_DEPTH in the scanner (brackets) and
 * the constructors (tree depth); bison's own stack must never run out
 * before those limits do. Each nesting level uses a few stack entries. */
#define YYINITDEPTH 1024
#define YYMAXDEPTH (64 * PARSE_MAX_DEPTH + 100000)
static void yyerror(YYLTYPE *loc, yyscan_t scanner, Parser *p, const char *msg);

/* a broken if header: gc goes on to the '{' and parses the body */
#define if_broken(p, pos, errpos) mk_if_head((p), (pos), NULL, mk_exprstmt((p), mk_bad((p), (errpos))), false, (pos), 0)

/* gc's want()/name() after an error: skip the offending token and go on
 * as if the wanted one had been there, reporting the next error at once
 * (gc has no "three tokens" rule). Never at EOF, so recovery ends. */
#define skip_token(c)                                                    \
    do {                                                                 \
        if ((c) != TOK_YYEOF) {                                          \
            yyclearin;                                                   \
            yyerrok;                                                     \
        }                                                                \
    } while (0)
}

/* Don't share global variables between the scanner and the parser. */
%define api.pure full
/* Token names TOK_IF, TOK_IDENT...: no clash with macros of system headers. */
%define api.token.prefix {TOK_}
/* Nodes carry gc's positions: a Pos per symbol. */
%locations
%define api.location.type {Pos}
/* The scanner handle goes to yylex; the parser state to the actions. */
%param {yyscan_t scanner}
%parse-param {Parser *p}
/* gc's wording is computed from the LR stack, see errors.c. */
%define parse.error custom
/* LALR tables (559 states) with default reductions: the error path
 * (rd.h) words every error, so bison need only tell valid from invalid,
 * and small tables keep the parser in cache. (Canonical LR(1) with
 * consistent-state default reductions, 10,450 states, made errors.c's
 * reading of the stack exact; its message is now only a fallback.) */
%define lr.type lalr
%expect 0

%initial-action { @$ = pos_make(p->lex->path, 1, 1); }

%union {
    Node *node;
    NodeList list;
    const char *name;                         /* IDENT: interned */
    struct { const char *raw; int len; } lit; /* literal text, arena copy */
    int op;                                   /* ASSIGN_OP: the operator; ';': its SemiKind */
    bool flag;
}

/* Token names are what errors.c sees on the stack (no aliases, so that
 * the keyword TYPE and the nonterminal type stay distinct). */
%token <name> IDENT
%token <lit> INT FLOAT IMAG CHAR STRING
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR FUNC
%token GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT STRUCT
%token SWITCH TYPE VAR
%token <op> ASSIGN_OP     /* op= ; the value is the operator */
%token OROR ANDAND EQ NE LE GE SHL SHR ANDNOT ARROW DEFINE INC DEC ELLIPSIS
%token LBODY              /* the `{` that opens an if/for/switch/select body */
%token TPARAMS            /* the `[` of `type T[P any]` */
%token <op> ';'

%type <node> pexpr pexpr_t pexpr_v uexpr expr oexpr operand_type comptype
%type <node> complit funclit elem elem_value type type_nonparen type_name
%type <node> chan_elem typelit struct_type iface_type signature param field_tag
%type <node> simple_stmt osimple_stmt stmt keyword_stmt block body if_stmt if_head for_stmt switch_stmt
%type <node> select_stmt range_clause case_clause comm_clause iface_elem union_elem
%type <node> func_decl receiver_opt func_body func_body_opt
%type <node> var_spec const_spec type_spec
%type <list> expr_list args arg_list elems elem_list params param_list result
%type <list> stmt_list case_list comm_list ident_list field_decls field_list field_decl
%type <list> iface_elems iface_list var_decl const_decl type_decl var_specs var_spec_list
%type <list> const_specs const_spec_list type_specs type_spec_list generic_args
%type <flag> lbrace ocomma

/* Lowest first. The two pseudo-tokens name rules that end a type or a
 * signature; tokens above them that may continue it win (shift). */
%precedence NORESULT TYPENAME
%precedence '(' '[' '.' ARROW LBODY
%left OROR
%left ANDAND
%left EQ NE '<' LE '>' GE
%left '+' '-' '|' '^'
%left '*' '/' '%' SHL SHR '&' ANDNOT

%%

/* ---- files ---------------------------------------------------------------- */

/* Imports are parsed with the declarations (gc checks their order), so
 * that error recovery has one place to resume at the top level. */
file:
    package_clause ';' package_done top_decls
  ;

/* gc gives up on a file whose package clause had errors */
package_done:
    %empty                               { if (p->lex->lexerrors) parse_stop(p); }
  ;

package_clause:
    PACKAGE IDENT                        { parse_package(p, @1, mk_ident(p, @2, $2)); }
  ;

import_decl:
    import_kw import_spec
  | import_kw '(' import_specs ')'
  ;

/* gc rejects an import after other declarations before parsing it */
import_kw:
    IMPORT                               { imports_first(p, @1); }
  ;

import_specs:
    %empty
  | import_spec_list
  | import_spec_list ';'
  ;

import_spec_list:
    import_spec
  | import_spec_list ';' import_spec
  ;

import_spec:
    STRING                               { add_import(p, @1, NULL, @1, $1.raw, $1.len); }
  | IDENT STRING                         { add_import(p, @1, mk_ident(p, @1, $1), @2, $2.raw, $2.len); }
  | '.' STRING                           { add_import(p, @1, mk_ident(p, @1, "."), @2, $2.raw, $2.len); }
  ;

top_decls:
    %empty
  | top_decls import_decl ';' resume
  | top_decls top_decl ';' resume
  | top_decls error top_decl ';' resume  /* gc resumes at const, type, var, func */
  ;

top_decl:
    var_decl                             { add_decls(p, $1); }
  | const_decl                           { add_decls(p, $1); }
  | type_decl                            { add_decls(p, $1); }
  | func_decl                            { add_decl(p, $1); }
  ;

/* ---- declarations --------------------------------------------------------- */

var_decl:
    VAR resume var_spec                  { $$ = finish_group(p, list1(p, $3), false); }
  | VAR resume '(' var_specs ')'         { $$ = finish_group(p, $4, true); }
  | VAR resume '(' error ')'             { $$ = (NodeList){0}; }
  ;
var_specs:
    %empty                               { $$ = (NodeList){0}; }
  | var_spec_list
  | var_spec_list ';'
  ;
var_spec_list:
    var_spec                             { $$ = list1(p, $1); }
  | var_spec_list ';' var_spec           { $$ = list_add(p, $1, $3); }
  ;
var_spec:
    ident_list type                      { $$ = mk_valuespec(p, N_VARSPEC, $1, $2, (NodeList){0}); }
  | ident_list type '=' expr_list        { $$ = mk_valuespec(p, N_VARSPEC, $1, $2, $4); }
  | ident_list '=' expr_list             { $$ = mk_valuespec(p, N_VARSPEC, $1, NULL, $3); }
  ;

const_decl:
    CONST resume const_spec              { $$ = finish_group(p, list1(p, $3), false); }
  | CONST resume '(' const_specs ')'     { $$ = finish_group(p, $4, true); }
  | CONST resume '(' error ')'           { $$ = (NodeList){0}; }
  ;
const_specs:
    %empty                               { $$ = (NodeList){0}; }
  | const_spec_list
  | const_spec_list ';'
  ;
const_spec_list:
    const_spec                           { $$ = list1(p, $1); }
  | const_spec_list ';' const_spec       { $$ = list_add(p, $1, $3); }
  ;
const_spec:
    ident_list                           { $$ = mk_valuespec(p, N_CONSTSPEC, $1, NULL, (NodeList){0}); }
  | ident_list type                      { $$ = mk_valuespec(p, N_CONSTSPEC, $1, $2, (NodeList){0}); }
  | ident_list type '=' expr_list        { $$ = mk_valuespec(p, N_CONSTSPEC, $1, $2, $4); }
  | ident_list '=' expr_list             { $$ = mk_valuespec(p, N_CONSTSPEC, $1, NULL, $3); }
  ;

type_decl:
    TYPE resume type_spec                { $$ = finish_group(p, list1(p, $3), false); }
  | TYPE resume '(' type_specs ')'       { $$ = finish_group(p, $4, true); }
  | TYPE resume '(' error ')'            { $$ = (NodeList){0}; }
  ;
type_specs:
    %empty                               { $$ = (NodeList){0}; }
  | type_spec_list
  | type_spec_list ';'
  ;
type_spec_list:
    type_spec                            { $$ = list1(p, $1); }
  | type_spec_list ';' type_spec         { $$ = list_add(p, $1, $3); }
  ;
type_spec:
    IDENT type                           { $$ = mk_typespec(p, mk_ident(p, @1, $1), $2, false); }
  | IDENT '=' type                       { $$ = mk_typespec(p, mk_ident(p, @1, $1), $3, true); }
  | IDENT TPARAMS tparam_list ocomma ']' type
                                         { type_params(p, @2); $$ = mk_typespec(p, mk_ident(p, @1, $1), $6, false); }
  | IDENT TPARAMS tparam_list ocomma ']' '=' type
                                         { type_params(p, @2); $$ = mk_typespec(p, mk_ident(p, @1, $1), $7, true); }
  ;

ident_list:
    IDENT                                { $$ = list1(p, mk_ident(p, @1, $1)); }
  | ident_list ',' IDENT                 { $$ = list_add(p, $1, mk_ident(p, @3, $3)); }
  ;

/* After a statement or declaration: errors are reported again at once
 * (bison would otherwise stay silent for three tokens after a recovery;
 * gc reports every error, one per line). */
resume:
    %empty                               { yyerrok; }
  ;

/* generics: parsed so that valid Go gets "not supported", not a syntax error */
tparam_list:
    tparam_group
  | tparam_list ',' tparam_group
  ;
tparam_group:
    ident_list union_elem
  ;

func_decl:
    FUNC resume receiver_opt IDENT signature func_body_opt
        { $$ = mk_funcdecl(p, @1, $3 != NULL, $3 ? $3->u.functype.params : (NodeList){0},
                           mk_ident(p, @4, $4), $5, $6); }
  | FUNC resume receiver_opt IDENT '[' tparam_list ocomma ']' signature func_body_opt
        { type_params(p, @5);
          $$ = mk_funcdecl(p, @1, $3 != NULL, $3 ? $3->u.functype.params : (NodeList){0},
                           mk_ident(p, @4, $4), $9, $10); }
  ;

func_body_opt:
    %empty                               { $$ = NULL; }
  | func_body
  ;

func_body:
    '{'                                  { p->in_func++; body_open(p); }
    stmt_list '}'                        { p->in_func--; $$ = mk_block(p, @1, $3, @4); }
  ;

/* The receiver is a parameter list; it comes back in a functype's params. */
receiver_opt:
    %empty                               { $$ = NULL; }
  | params                               { $$ = mk_functype(p, @1, $1, (NodeList){0}); }
  ;

/* ---- types ---------------------------------------------------------------- */

type:
    type_nonparen
  | '(' type ')'                         { $$ = mk_paren(p, @1, $2); }
  ;

type_nonparen:
    type_name
  | typelit
  | ARROW CHAN type                      { $$ = mk_chantype(p, @1, 2, $3); }
  ;

type_name:
    IDENT %prec TYPENAME                 { $$ = mk_ident(p, @1, $1); }
  | IDENT '.' IDENT %prec TYPENAME       { $$ = mk_selector(p, @2, mk_ident(p, @1, $1), mk_ident(p, @3, $3)); }
  | IDENT '[' generic_args ']'           { $$ = mk_generic_index(p, @2, mk_ident(p, @1, $1), $3); }
  | IDENT '.' IDENT '[' generic_args ']' { $$ = mk_generic_index(p, @4, mk_selector(p, @2, mk_ident(p, @1, $1),
                                                                                   mk_ident(p, @3, $3)), $5); }
  ;

generic_args:
    expr_list ocomma
  ;

typelit:
    '*' type                             { $$ = mk_unary(p, @1, '*', $2); }
  | '[' ']' type                         { $$ = mk_arraytype(p, @1, NULL, $3); }
  | '[' expr ']' type                    { $$ = mk_arraytype(p, @1, $2, $4); }
  | '[' ELLIPSIS ']' type                { $$ = mk_arraytype(p, @1, mk_ellipsis(p, @2, NULL), $4); }
  | MAP '[' type ']' type                { $$ = mk_maptype(p, @1, $3, $5); }
  | CHAN chan_elem                       { $$ = mk_chantype(p, @1, 0, $2); }
  | CHAN ARROW type                      { $$ = mk_chantype(p, @1, 1, $3); }
  | FUNC signature                       { $$ = $2; } /* at its (, as gc's FuncType */
  | func_skip signature                  { $$ = $2; } /* at its (, as gc's FuncType */
  | struct_type
  | iface_type
  ;

/* After `chan`, a `<-` is the channel's direction (chan<- T), so the
 * element type cannot itself start with one (gc: chan <-chan T is chan<-). */
chan_elem:
    type_name
  | typelit
  | '(' type ')'                         { $$ = mk_paren(p, @1, $2); }
  ;

struct_type:
    STRUCT lbrace field_decls '}'        { if ($2) lex_header_resume(p->lex); $$ = mk_structtype(p, @1, $3); }
  | STRUCT lbrace error '}'              { if ($2) lex_header_resume(p->lex); $$ = mk_structtype(p, @1, (NodeList){0}); }
  ;
field_decls:
    %empty                               { $$ = (NodeList){0}; }
  | field_list
  | field_list ';'
  ;
field_list:
    field_decl
  | field_list ';' field_decl            { $$ = $1; for (int i = 0; i < $3.len; i++) $$ = list_add(p, $$, $3.items[i]); }
  ;
/* As with parameters, a first name stays unreduced until the next token
 * tells a field (a T, a [N]T) from an embedded type (T, T[P]). */
field_decl:
    IDENT type field_tag                 { $$ = list1(p, mk_field(p, @1, list1(p, mk_ident(p, @1, $1)), $2, $3)); }
  | IDENT ',' ident_list type field_tag  { $$ = list1(p, mk_field(p, @1, list_prepend(p, mk_ident(p, @1, $1), $3), $4, $5)); }
  | IDENT field_tag                      { $$ = list1(p, mk_field(p, @1, (NodeList){0}, mk_ident(p, @1, $1), $2)); }
  | IDENT '[' expr ']' field_tag         { $$ = list1(p, mk_field(p, @1, (NodeList){0},
                                               mk_generic_index(p, @2, mk_ident(p, @1, $1), list1(p, $3)), $5)); }
  | IDENT '[' expr ',' generic_args ']' field_tag
                                         { $$ = list1(p, mk_field(p, @1, (NodeList){0},
                                               mk_generic_index(p, @2, mk_ident(p, @1, $1), list_prepend(p, $3, $5)), $7)); }
  | IDENT '.' IDENT field_tag            { $$ = list1(p, mk_field(p, @1, (NodeList){0},
                                               mk_selector(p, @2, mk_ident(p, @1, $1), mk_ident(p, @3, $3)), $4)); }
  | '*' type_name field_tag              { $$ = list1(p, mk_field(p, @1, (NodeList){0}, mk_unary(p, @1, '*', $2), $3)); }
  ;
field_tag:
    %empty                               { $$ = NULL; }
  | STRING                               { $$ = mk_lit(p, @1, LIT_STRING, $1.raw, $1.len); }
  ;

iface_type:
    INTERFACE lbrace iface_elems '}'     { if ($2) lex_header_resume(p->lex); $$ = mk_ifacetype(p, @1, $3); }
  ;
iface_elems:
    %empty                               { $$ = (NodeList){0}; }
  | iface_list
  | iface_list ';'
  ;
iface_list:
    iface_elem                           { $$ = list1(p, $1); }
  | iface_list ';' iface_elem            { $$ = list_add(p, $1, $3); }
  ;
iface_elem:
    IDENT signature                      { $$ = mk_method(p, mk_ident(p, @1, $1), $2); }
  | union_elem                           { $$ = mk_field(p, $1->pos, (NodeList){0}, $1, NULL); }
  ;
/* embedded types and (generic) constraint unions: A | ~B */
union_elem:
    type
  | '~' type                             { $$ = mk_tilde(p, @1, $2); }
  | union_elem '|' type                  { $$ = mk_binary(p, @2, '|', $1, $3); }
  | union_elem '|' '~' type              { $$ = mk_binary(p, @2, '|', $1, mk_tilde(p, @3, $4)); }
  ;

/* (params) results; the user sets the position (its 'func'). */
signature:
    params result                        { $$ = mk_functype(p, @1, $1, $2); }
  ;
params:
    '(' ')'                              { $$ = (NodeList){0}; }
  | '(' param_list ocomma ')'            { $$ = $2; }
  | '(' error ')'                        { $$ = (NodeList){0}; }
  ;
param_list:
    param                                { $$ = list1(p, $1); }
  | param_list ',' param                 { $$ = list_add(p, $1, $3); }
  ;
/* One entry; a lone name is a name or a type until the list is complete. */
param:
    IDENT %prec TYPENAME                 { $$ = mk_param(p, @1, mk_ident(p, @1, $1), NULL); }
  | IDENT type                           { $$ = mk_param(p, @1, mk_ident(p, @1, $1), $2); }
  | IDENT ELLIPSIS type                  { $$ = mk_param(p, @1, mk_ident(p, @1, $1), mk_ellipsis(p, @2, $3)); }
  | ELLIPSIS type                        { $$ = mk_param(p, @1, NULL, mk_ellipsis(p, @1, $2)); }
  | IDENT '.' IDENT %prec TYPENAME       { $$ = mk_param(p, @1, NULL, mk_selector(p, @2, mk_ident(p, @1, $1), mk_ident(p, @3, $3))); }
  | IDENT '.' IDENT '[' generic_args ']' { $$ = mk_param(p, @1, NULL, mk_generic_index(p, @4,
                                               mk_selector(p, @2, mk_ident(p, @1, $1), mk_ident(p, @3, $3)), $5)); }
  | IDENT '[' expr ']' %prec TYPENAME    { $$ = mk_param(p, @1, NULL, mk_generic_index(p, @2, mk_ident(p, @1, $1), list1(p, $3))); }
  | IDENT '[' expr ',' generic_args ']'  { $$ = mk_param(p, @1, NULL, mk_generic_index(p, @2, mk_ident(p, @1, $1),
                                                                                  list_prepend(p, $3, $5))); }
  | typelit                              { $$ = mk_param(p, @1, NULL, $1); }
  | ARROW CHAN type                      { $$ = mk_param(p, @1, NULL, mk_chantype(p, @1, 2, $3)); }
  | '(' type ')'                         { $$ = mk_param(p, @1, NULL, mk_paren(p, @1, $2)); }
  ;
result:
    %empty %prec NORESULT                { $$ = (NodeList){0}; }
  | params
  | type_nonparen                        { $$ = mk_result_type(p, $1); }
  ;

/* ---- expressions ---------------------------------------------------------- */

expr:
    uexpr
  | expr OROR expr                       { $$ = mk_binary(p, @2, OP_OROR, $1, $3); }
  | expr ANDAND expr                     { $$ = mk_binary(p, @2, OP_ANDAND, $1, $3); }
  | expr EQ expr                         { $$ = mk_binary(p, @2, OP_EQ, $1, $3); }
  | expr NE expr                         { $$ = mk_binary(p, @2, OP_NE, $1, $3); }
  | expr '<' expr                        { $$ = mk_binary(p, @2, '<', $1, $3); }
  | expr LE expr                         { $$ = mk_binary(p, @2, OP_LE, $1, $3); }
  | expr '>' expr                        { $$ = mk_binary(p, @2, '>', $1, $3); }
  | expr GE expr                         { $$ = mk_binary(p, @2, OP_GE, $1, $3); }
  | expr '+' expr                        { $$ = mk_binary(p, @2, '+', $1, $3); }
  | expr '-' expr                        { $$ = mk_binary(p, @2, '-', $1, $3); }
  | expr '|' expr                        { $$ = mk_binary(p, @2, '|', $1, $3); }
  | expr '^' expr                        { $$ = mk_binary(p, @2, '^', $1, $3); }
  | expr '*' expr                        { $$ = mk_binary(p, @2, '*', $1, $3); }
  | expr '/' expr                        { $$ = mk_binary(p, @2, '/', $1, $3); }
  | expr '%' expr                        { $$ = mk_binary(p, @2, '%', $1, $3); }
  | expr SHL expr                        { $$ = mk_binary(p, @2, OP_SHL, $1, $3); }
  | expr SHR expr                        { $$ = mk_binary(p, @2, OP_SHR, $1, $3); }
  | expr '&' expr                        { $$ = mk_binary(p, @2, '&', $1, $3); }
  | expr ANDNOT expr                     { $$ = mk_binary(p, @2, OP_ANDNOT, $1, $3); }
  ;

uexpr:
    pexpr
  | '+' uexpr                            { $$ = mk_unary(p, @1, '+', $2); }
  | '-' uexpr                            { $$ = mk_unary(p, @1, '-', $2); }
  | '!' uexpr                            { $$ = mk_unary(p, @1, '!', $2); }
  | '^' uexpr                            { $$ = mk_unary(p, @1, '^', $2); }
  | '*' uexpr                            { $$ = mk_unary(p, @1, '*', $2); }
  | '&' uexpr                            { $$ = mk_unary(p, @1, '&', $2); }
  | ARROW uexpr                          { $$ = mk_unary(p, @1, OP_ARROW, $2); }
  | '~' uexpr                            { $$ = mk_unary(p, @1, '~', $2); }
  ;

pexpr:
    pexpr_t
  | pexpr_v
  ;

/* Primary expressions that may name a type: only these take `T{...}`. */
pexpr_t:
    IDENT                                { $$ = mk_ident(p, @1, $1); }
  | pexpr '.' IDENT                      { $$ = mk_selector(p, @2, $1, mk_ident(p, @3, $3)); }
  | pexpr '[' expr ']'                   { $$ = mk_index(p, @2, $1, $3); }
  | pexpr '[' expr ',' generic_args ']'  { $$ = mk_generic_index(p, @2, $1, list_prepend(p, $3, $5)); }
  | pexpr '[' expr ',' ']'               { $$ = mk_index(p, @2, $1, $3); } /* Index = "[" Expr [ "," ] "]" */
  ;

pexpr_v:
    INT                                  { $$ = mk_lit(p, @1, LIT_INT, $1.raw, $1.len); }
  | FLOAT                                { $$ = mk_lit(p, @1, LIT_FLOAT, $1.raw, $1.len); }
  | IMAG                                 { $$ = mk_lit(p, @1, LIT_IMAG, $1.raw, $1.len); }
  | CHAR                                 { $$ = mk_lit(p, @1, LIT_CHAR, $1.raw, $1.len); }
  | STRING                               { $$ = mk_lit(p, @1, LIT_STRING, $1.raw, $1.len); }
  | '(' expr ')'                         { $$ = mk_paren(p, @1, $2); }
  | '(' error ')'                        { $$ = mk_bad(p, @1); }
  | '(' expr error                       { $$ = mk_paren(p, @1, $2); skip_token(yychar); } /* gc's want(')') */
  | pexpr '.' '(' type ')'               { $$ = mk_assert(p, @2, $1, $4); }
  | pexpr '.' '(' TYPE ')'               { $$ = mk_assert(p, @2, $1, NULL); }
  | pexpr '[' oexpr ':' oexpr ']'        { $$ = mk_slice(p, @2, $1, $3, $5, NULL, false, @6, @6); }
  | pexpr '[' oexpr ':' oexpr ':' oexpr ']'
                                         { $$ = mk_slice(p, @2, $1, $3, $5, $7, true, @6, @8); }
  | pexpr '(' args ')'                   { $$ = mk_call(p, @2, $1, $3, false, @4); }
  | pexpr '(' error ')'                  { $$ = mk_call(p, @2, $1, (NodeList){0}, false, @4); }
  | pexpr '(' arg_list ELLIPSIS ocomma ')'
                                         { $$ = mk_call(p, @2, $1, $3, true, @6); }
  | complit
  | funclit
  | comptype %prec TYPENAME
  | operand_type
  ;

/* Types that are operands: conversions T(x), make/new arguments. */
operand_type:
    CHAN chan_elem                       { $$ = mk_chantype(p, @1, 0, $2); }
  | CHAN ARROW type                      { $$ = mk_chantype(p, @1, 1, $3); }
  | FUNC signature %prec TYPENAME        { $$ = $2; } /* at its (, as gc's FuncType */
  | func_skip signature %prec TYPENAME   { $$ = $2; } /* at its (, as gc's FuncType */
  | iface_type
  ;

/* Types whose `{` always opens a composite literal. */
comptype:
    '[' ']' type                         { $$ = mk_arraytype(p, @1, NULL, $3); }
  | '[' expr ']' type                    { $$ = mk_arraytype(p, @1, $2, $4); }
  | '[' ELLIPSIS ']' type                { $$ = mk_arraytype(p, @1, mk_ellipsis(p, @2, NULL), $4); }
  | MAP '[' type ']' type                { $$ = mk_maptype(p, @1, $3, $5); }
  | struct_type
  ;

complit:
    pexpr_t '{' elems '}'                { $$ = mk_composite(p, @2, $1, $3, @4); }
  | comptype lbrace elems '}'            { if ($2) lex_header_resume(p->lex); $$ = mk_composite(p, @2, $1, $3, @4); }
  | pexpr_t '{' error '}'                { $$ = mk_composite(p, @2, $1, (NodeList){0}, @4); }
  | comptype lbrace error '}'            { if ($2) lex_header_resume(p->lex); $$ = mk_composite(p, @2, $1, (NodeList){0}, @4); }
  ;

/* a brace that may be the header's (LBODY): true then */
lbrace:
    '{'                                  { $$ = false; }
  | LBODY                                { $$ = true; }
  ;

elems:
    %empty                               { $$ = (NodeList){0}; }
  | elem_list ocomma
  ;
elem_list:
    elem                                 { $$ = list1(p, $1); }
  | elem_list ',' elem                   { $$ = list_add(p, $1, $3); }
  ;
elem:
    elem_value
  | elem_value ':' elem_value            { $$ = mk_keyvalue(p, @2, $1, $3); }
  ;
elem_value:
    expr
  | lbrace elems '}'                     { if ($1) lex_header_resume(p->lex); $$ = mk_composite(p, @1, NULL, $2, @3); }
  ;

funclit:
    FUNC signature lbrace                { p->in_func++; body_open(p); }
    stmt_list '}'                        { p->in_func--; if ($3) lex_header_resume(p->lex);
                                           $$ = mk_funclit(p, @1, $2, mk_block(p, @3, $5, @6)); }
  | func_skip signature lbrace           { p->in_func++; body_open(p); }
    stmt_list '}'                        { p->in_func--; if ($3) lex_header_resume(p->lex);
                                           $$ = mk_funclit(p, @1, $2, mk_block(p, @3, $5, @6)); }
  ;

/* func X(...) in an expression: gc's want('(') skips the X and goes on */
func_skip:
    FUNC error                           { skip_token(yychar); }
  ;

args:
    %empty                               { $$ = (NodeList){0}; }
  | arg_list ocomma
  ;
arg_list:
    expr                                 { $$ = list1(p, $1); }
  | arg_list ',' expr                    { $$ = list_add(p, $1, $3); }
  ;

expr_list:
    expr                                 { $$ = list1(p, $1); }
  | expr_list ',' expr                   { $$ = list_add(p, $1, $3); }
  ;

oexpr:
    %empty                               { $$ = NULL; }
  | expr
  ;

ocomma:
    %empty                               { $$ = false; }
  | ','                                  { $$ = true; }
  ;

/* ---- statements ----------------------------------------------------------- */

block:
    lbrace stmt_list '}'                 { $$ = mk_block(p, @1, $2, @3); }
  ;

/* the body of if, for, switch: opened by the header's LBODY */
body:
    LBODY stmt_list '}'                  { $$ = mk_block(p, @1, $2, @3); }
  ;

stmt_list:
    stmt                                 { $$ = (NodeList){0}; stmt_list_add(p, &$$, $1); }
  | stmt_list ';' resume stmt            { $$ = $1; stmt_list_add(p, &$$, $4); }
  ;

stmt:
    %empty                               { $$ = NULL; }
  | simple_stmt
  | keyword_stmt
  | IDENT ':' stmt                       { $$ = mk_labeled(p, mk_ident(p, @1, $1), $3, @2); }
  | block
  | error                                { $$ = NULL; }
  | error keyword_stmt                   { $$ = $2; } /* gc resumes at a statement keyword */
  ;

/* statements that start with a keyword: where gc's parser resumes after
 * an error (its stopset) */
keyword_stmt:
    var_decl                             { $$ = mk_declstmt(p, @1, $1); }
  | const_decl                           { $$ = mk_declstmt(p, @1, $1); }
  | type_decl                            { $$ = mk_declstmt(p, @1, $1); }
  | GO pexpr                             { $$ = mk_callstmt(p, @1, N_GO, $2); }
  | DEFER pexpr                          { $$ = mk_callstmt(p, @1, N_DEFER, $2); }
  | RETURN                               { $$ = mk_return(p, @1, (NodeList){0}); }
  | RETURN expr_list                     { $$ = mk_return(p, @1, $2); }
  | BREAK                                { $$ = mk_branch(p, @1, BR_BREAK, NULL); }
  | BREAK IDENT                          { $$ = mk_branch(p, @1, BR_BREAK, mk_ident(p, @2, $2)); }
  | CONTINUE                             { $$ = mk_branch(p, @1, BR_CONTINUE, NULL); }
  | CONTINUE IDENT                       { $$ = mk_branch(p, @1, BR_CONTINUE, mk_ident(p, @2, $2)); }
  | GOTO IDENT                           { $$ = mk_branch(p, @1, BR_GOTO, mk_ident(p, @2, $2)); }
  | FALLTHROUGH                          { $$ = mk_branch(p, @1, BR_FALLTHROUGH, NULL); }
  | if_stmt
  | for_stmt
  | switch_stmt
  | select_stmt
  ;

simple_stmt:
    expr                                 { $$ = mk_exprstmt(p, $1); }
  | expr INC                             { $$ = mk_incdec(p, @2, $1, OP_INC); }
  | expr DEC                             { $$ = mk_incdec(p, @2, $1, OP_DEC); }
  | expr ASSIGN_OP expr                  { $$ = mk_assign(p, @2, $2, list1(p, $1), list1(p, $3)); }
  | expr ARROW expr                      { $$ = mk_send(p, @2, $1, $3); }
  | expr_list '=' expr_list              { $$ = mk_assign(p, @2, '=', $1, $3); }
  | expr_list DEFINE expr_list           { $$ = mk_assign(p, @2, OP_DEFINE, $1, $3); }
  ;

osimple_stmt:
    %empty                               { $$ = NULL; }
  | simple_stmt
  ;

if_stmt:
    if_head body                         { $$ = if_finish(p, $1, $2, NULL); }
  | if_head body ELSE if_stmt            { $$ = if_finish(p, $1, $2, $4); }
  | if_head body ELSE block              { $$ = if_finish(p, $1, $2, $4); }
  | IF error body                        { $$ = if_finish(p, if_broken(p, @1, @2), $3, NULL); }
  | IF error body ELSE if_stmt           { $$ = if_finish(p, if_broken(p, @1, @2), $3, $5); }
  | IF error body ELSE block             { $$ = if_finish(p, if_broken(p, @1, @2), $3, $5); }
  ;

/* The header; gc's checks of a missing or non-expression condition are
 * made when it is complete (mk_if_head). */
if_head:
    IF osimple_stmt                      { $$ = mk_if_head(p, @1, NULL, $2, false, @1, 0); }
  | IF osimple_stmt ';' osimple_stmt     { $$ = mk_if_head(p, @1, $2, $4, true, @3, $3); }
  ;

for_stmt:
    FOR osimple_stmt body                { $$ = mk_for(p, @1, NULL, $2, NULL, $3); }
  | FOR osimple_stmt ';' osimple_stmt ';' osimple_stmt body
                                         { $$ = mk_for(p, @1, $2, $4, $6, $7); }
  | FOR range_clause body                { $$ = mk_for_range(p, @1, $2, $3); }
  | FOR error body                       { $$ = mk_for(p, @1, NULL, NULL, NULL, $3); } /* gc: on to the '{' */
  ;

range_clause:
    RANGE expr                           { $$ = mk_range_clause(p, @1, (NodeList){0}, 0, $2); }
  | expr_list '=' RANGE expr             { $$ = mk_range_clause(p, @3, $1, '=', $4); }
  | expr_list DEFINE RANGE expr          { $$ = mk_range_clause(p, @3, $1, OP_DEFINE, $4); }
  ;

switch_stmt:
    SWITCH osimple_stmt LBODY case_list '}'
                                         { $$ = mk_switch(p, @1, NULL, $2, $4, @5); }
  | SWITCH osimple_stmt ';' osimple_stmt LBODY case_list '}'
                                         { $$ = mk_switch(p, @1, $2, $4, $6, @7); }
  | SWITCH error LBODY case_list '}'     { $$ = mk_switch(p, @1, NULL, NULL, $4, @5); }
  ;

case_list:
    %empty                               { $$ = (NodeList){0}; }
  | case_list case_clause                { $$ = list_add(p, $1, $2); }
  | error                                { $$ = (NodeList){0}; }
  ;

case_clause:
    CASE expr_list ':' stmt_list         { $$ = mk_case(p, @1, $2, @3, $4); }
  | DEFAULT ':' stmt_list                { $$ = mk_case(p, @1, (NodeList){0}, @2, $3); }
  ;

select_stmt:
    SELECT LBODY comm_list '}'           { $$ = mk_select(p, @1, $3); }
  | SELECT error LBODY comm_list '}'     { $$ = mk_select(p, @1, $4); }
  ;

comm_list:
    %empty                               { $$ = (NodeList){0}; }
  | comm_list comm_clause                { $$ = list_add(p, $1, $2); }
  ;

comm_clause:
    CASE simple_stmt ':' stmt_list       { $$ = mk_case(p, @1, list1(p, $2), @3, $4); }
  | DEFAULT ':' stmt_list                { $$ = mk_case(p, @1, (NodeList){0}, @2, $3); }
  ;

%%

/* Bison's own stack limit: reached only by input nested past what the
 * scanner and constructors count (see YYMAXDEPTH). */
static void yyerror(YYLTYPE *loc, yyscan_t scanner, Parser *p, const char *msg)
{
    (void)scanner;
    (void)msg;
    parse_error_at(p, *loc, "exceeded max nesting depth");
    parse_stop(p);
}

/* Hand the error reporter what gc's parser would know: the unexpected
 * token, the tokens that could have come instead, and the symbols on the
 * LR stack (what is being parsed), innermost first. */
static int yyreport_syntax_error(const yypcontext_t *ctx, yyscan_t scanner, Parser *p)
{
    (void)scanner;
    SyntaxErrorInfo info;
    info.lookahead = yysymbol_name(yypcontext_token(ctx));
    info.pos = *yypcontext_location(ctx);
    yysymbol_kind_t expected[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, expected, YYNTOKENS);
    info.nexpected = 0;
    for (int i = 0; i < n && i < SYNTAX_EXPECTED_MAX; i++)
        info.expected[info.nexpected++] = yysymbol_name(expected[i]);
    info.nstack = 0;
    for (const yy_state_t *s = ctx->yyssp; *s != 0 && info.nstack < SYNTAX_STACK_MAX; s--)
        if (yystos[*s] != YYSYMBOL_resume) /* bookkeeping, not syntax */
            info.stack[info.nstack++] = yysymbol_name((yysymbol_kind_t)yystos[*s]);
    report_syntax_error(p, &info);
    return 0;
}
