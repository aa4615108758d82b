/*
 * ast.h — the syntax tree of a minigo package, built by the bison grammar
 * (grammar/go.y) through the constructors in src/parser, annotated in place
 * by the type checker (src/types), read by every later phase.
 *
 * One struct, Node, with a kind and a union of per-kind payloads, like
 * chibicc's Node but with the payloads named, so `n->u.call.args` says what
 * it is. Lists are arena vectors (NodeList).
 *
 * POSITIONS. Each node's `pos` is the position gc's syntax package gives the
 * same node (cmd/compile/internal/syntax/parser.go), because escape
 * diagnostics are printed at it:
 *   Name, BasicLit             first byte of the token
 *   Operation (unary)          the operator          (-x: the '-'; *p: the '*'; &x: the '&')
 *   Operation (binary)         the operator          (a + b: the '+')
 *   CallExpr                   the '('
 *   IndexExpr, SliceExpr       the '['
 *   SelectorExpr               the '.'
 *   AssertExpr (x.(T))         the '.'
 *   CompositeLit               the '{'
 *   KeyValueExpr               the ':'
 *   FuncLit                    the 'func' keyword
 *   ParenExpr                  the '('
 *   type expressions           their first token ('[', 'map', '*', 'struct', 'interface')
 *   FuncType                   its '(' (gc's funcType takes p.pos() after `func`; types2
 *                              reports `func() (type) is not an expression` there)
 *   AssignStmt                 the assignment operator (':=', '=', '+=', '++')
 *   other statements           their first token (keyword, or the label)
 *   declarations               the declared name (FuncDecl: the 'func' keyword is
 *                              kept in `pos`, the name's position in u.func.name->pos)
 * (syntax/parser.go `pexpr` takes `pos := p.pos()` before switching on the
 * token after the operand, i.e. at the '.', '[' or '('; checked against gc:
 * `m := make(map[string]int)` reports `make(...) escapes` at the '('.)
 *
 * Error messages from the type checker use the START of an expression (gc's
 * types2 reports at syntax.StartPos): use ast_start_pos(n), which walks to
 * the leftmost token like syntax.StartPos.
 *
 * Also: ExprStmt is at its expression's position (gc: s.pos = x.Pos());
 * SendStmt at the '<-'; a LabeledStmt at its label; N_FIELD at its first
 * name (or its type when unnamed); N_RANGE (the whole for) at 'for'.
 *
 * UNSUPPORTED Go (channels, select, goto, generics, complex numbers,
 * non-empty interfaces) is reported by the parser ("minigo: X is not
 * supported") where it is parsed; the nodes are still built (N_CHANTYPE,
 * N_SEND, N_SELECT, unary OP_ARROW, IMAG literals, BR_GOTO) so later
 * phases need not report them again (they may, identically: duplicates on
 * a line are dropped).
 *
 * TYPING. The checker fills `type`, `mode`, `cv` and `obj` (see
 * src/types/types.h); the parser leaves them zero.
 */
#ifndef MINIGO_AST_H
#define MINIGO_AST_H

#include "../common/common.h"

typedef struct Node Node;
typedef VEC(Node *) NodeList;

/* Defined by src/types/types.h; the tree only carries pointers to them. */
struct Type;
struct Object;
struct ConstValue;
struct Selection;

typedef enum NodeKind {
    N_BAD, /* placeholder left by error recovery */

    /* ---- expressions ---- */
    N_IDENT,     /* u.ident: name */
    N_BASICLIT,  /* u.lit: INT, FLOAT, IMAG, CHAR, STRING with its source text */
    N_COMPOSITE, /* u.composite: T{elts}; type NULL when elided ({1, 2} inside [][]int{...}) */
    N_FUNCLIT,   /* u.funclit: func(params) results { body } */
    N_PAREN,     /* u.paren: (x) */
    N_SELECTOR,  /* u.selector: x.sel */
    N_INDEX,     /* u.index: x[i] */
    N_SLICE,     /* u.slice: x[lo:hi] or x[lo:hi:max] */
    N_ASSERT,    /* u.assert: x.(T); type NULL for x.(type) in a type switch */
    N_CALL,      /* u.call: f(args), f(args...) ; also conversions T(x) */
    N_UNARY,     /* u.unary: op x, op one of + - ! ^ * & (and <- for the unsupported receive) */
    N_BINARY,    /* u.binary: x op y */
    N_KEYVALUE,  /* u.kv: key: value inside a composite literal */

    /* ---- type expressions ---- */
    N_ARRAYTYPE,  /* u.arraytype: [len]elem; len == NULL: []elem (slice); len is N_ELLIPSIS for [...]elem */
    N_ELLIPSIS,   /* u.ellipsis: ...elem (variadic parameter type), or the bare ... of [...]T */
    N_MAPTYPE,    /* u.maptype: map[key]value */
    N_CHANTYPE,   /* u.chantype: chan T (rejected: not supported) */
    N_FUNCTYPE,   /* u.functype: func(params) results */
    N_STRUCTTYPE, /* u.structtype: struct { fields } */
    N_IFACETYPE,  /* u.ifacetype: interface { methods } (only empty ones are supported) */
    N_FIELD,      /* u.field: names type "tag" — a struct field, parameter or result group */

    /* ---- statements ---- */
    N_DECLSTMT,   /* u.declstmt: var/const/type declaration inside a function */
    N_EMPTY,      /* ; */
    N_LABELED,    /* u.labeled: label: stmt */
    N_EXPRSTMT,   /* u.exprstmt: x (a call, usually) */
    N_INCDEC,     /* u.incdec: x++ / x-- */
    N_ASSIGN,     /* u.assign: lhs op rhs — op '=' ':=' or '+=' etc. */
    N_GO,         /* u.go_: go call */
    N_DEFER,      /* u.defer_: defer call */
    N_RETURN,     /* u.return_: return results */
    N_BRANCH,     /* u.branch: break/continue/goto/fallthrough [label] */
    N_BLOCK,      /* u.block: { stmts } */
    N_IF,         /* u.if_: if init; cond { then } else els */
    N_CASE,       /* u.case_: case list: body  (list empty: default) */
    N_SWITCH,     /* u.switch_: switch init; tag { cases } */
    N_TYPESWITCH, /* u.typeswitch: switch init; x := y.(type) { cases } */
    N_FOR,        /* u.for_: for init; cond; post { body } */
    N_RANGE,      /* u.range: for key, value := range x { body } */
    N_SEND,       /* ch <- v (rejected: not supported) */
    N_SELECT,     /* select {} (rejected: not supported) */

    /* ---- declarations ---- */
    N_IMPORT,   /* u.import: name "path" */
    N_VARSPEC,  /* u.valuespec: names type = values */
    N_CONSTSPEC,/* u.valuespec: names type = values (values/type copied from the previous spec when omitted; iota set) */
    N_TYPESPEC, /* u.typespec: name [=] type */
    N_FUNCDECL, /* u.func: func (recv) name(params) results { body } */
    N_FILE,     /* u.file: package clause, imports, declarations */
    N_KIND_COUNT
} NodeKind;

typedef enum LitKind { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING } LitKind;

/* Operator codes: the token's characters for single-char operators ('+',
 * '<', '!'...), the constants below for the multi-char ones. */
enum {
    OP_SHL = 256, /* << */
    OP_SHR,       /* >> */
    OP_ANDNOT,    /* &^ */
    OP_ANDAND,    /* && */
    OP_OROR,      /* || */
    OP_EQ,        /* == */
    OP_NE,        /* != */
    OP_LE,        /* <= */
    OP_GE,        /* >= */
    OP_ARROW,     /* <- */
    OP_DEFINE,    /* := */
    OP_INC,       /* ++ */
    OP_DEC,       /* -- */
};
/* For N_ASSIGN, u.assign.op is '=' , OP_DEFINE, or the binary operator of an
 * op-assignment ('+' for +=, OP_SHL for <<=, ...). */

/* Text of an operator as Go spells it: "+", "<<", "&^", ":=", ... */
const char *op_string(int op);

/* What an expression denotes, set by the type checker (gc's operand modes). */
typedef enum ExprMode {
    MODE_INVALID = 0, /* not checked, or erroneous */
    MODE_NOVALUE,     /* a call with no results */
    MODE_BUILTIN,     /* a builtin function name (len, append, ...) */
    MODE_TYPEEXPR,    /* the expression is a type */
    MODE_CONSTANT,    /* a constant; cv holds its value */
    MODE_VARIABLE,    /* addressable */
    MODE_MAPINDEX,    /* m[k]: assignable, not addressable */
    MODE_VALUE,       /* a computed value */
    MODE_COMMAOK,     /* may be used in a comma-ok assignment (m[k], x.(T)) */
    MODE_PACKAGE,     /* an imported package name (fmt) */
} ExprMode;

/* SIZE. A 200,000-line program has ~870,000 nodes, so the parser gives
 * each node only the bytes of its own kind's payload (ast_node_size): an
 * N_IDENT takes 64 bytes, not sizeof(Node). Consequences for every phase:
 * never change a node's kind to one with a bigger payload, and never write
 * another kind's payload; copying a whole node (`Node tmp = *n`) is fine,
 * the parser leaves room after each node for that read. */
struct Node {
    NodeKind kind : 8;
    ExprMode mode : 8;        /* filled by the type checker */
    unsigned implicit : 16;   /* checker-defined flags (implicit & and *, conversions...) */
    int depth;                /* parser: height of this subtree (<= PARSE_MAX_DEPTH) */
    Pos pos;                  /* gc's position for this node, see above */

    /* filled by the type checker */
    struct Type *type;        /* expression's type (for types: the type denoted) */
    struct Object *obj;       /* IDENT: the object it denotes; specs/funcs: the declared object */
    struct ConstValue *cv;    /* constant value when mode == MODE_CONSTANT */
    struct Selection *sel;    /* N_SELECTOR: what it selects (set by the checker, see types.h) */

    union {
        struct { const char *name; } ident;              /* interned */
        struct {
            LitKind kind;
            int rawlen;        /* length of raw */
            const char *raw;   /* source text of the literal, NUL-terminated */
        } lit;
        struct { Node *type; NodeList elts; Pos rbrace; } composite; /* elts: exprs or N_KEYVALUE */
        struct { Node *type; Node *body; } funclit;      /* type: N_FUNCTYPE; body: N_BLOCK */
        struct { Node *x; } paren;
        struct { Node *x; Node *sel; } selector;         /* sel: N_IDENT (its pos is the name's) */
        struct { Node *x; Node *index; } index;
        struct { Node *x, *lo, *hi, *max; bool full; } slice; /* full: 3-index form */
        struct { Node *x; Node *type; } assert;
        struct { Node *fun; NodeList args; bool dots; Pos rparen; } call; /* dots: f(xs...) */
        struct { int op; Node *x; } unary;
        struct { int op; Node *x, *y; } binary;
        struct { Node *key, *value; } kv;

        struct { Node *len; Node *elem; } arraytype;
        struct { Node *elem; } ellipsis;                 /* elem NULL for [...]T's bare ... */
        struct { Node *key, *value; } maptype;
        struct { int dir; Node *elem; } chantype;
        struct { NodeList params, results; } functype;   /* lists of N_FIELD */
        struct { NodeList fields; } structtype;          /* N_FIELD */
        struct { NodeList methods; } ifacetype;          /* N_FIELD (method: one name + N_FUNCTYPE; embedded: no names) */
        struct {
            NodeList names;   /* N_IDENT; empty for an unnamed parameter or an embedded field */
            Node *type;
            Node *tag;        /* N_BASICLIT string, or NULL */
        } field;

        struct { NodeList specs; } declstmt;             /* N_VARSPEC / N_CONSTSPEC / N_TYPESPEC of one declaration */
        struct { Node *label; Node *stmt; } labeled;     /* label: N_IDENT */
        struct { Node *x; } exprstmt;
        struct { Node *x; int op; } incdec;              /* op OP_INC / OP_DEC */
        struct { int op; NodeList lhs, rhs; } assign;
        struct { Node *call; } go_;
        struct { Node *call; } defer_;
        struct { NodeList results; } return_;
        struct { int tok; Node *label; } branch;         /* tok: BR_BREAK... ; label N_IDENT or NULL */
        struct { NodeList stmts; Pos rbrace; } block;
        struct { Node *init, *cond, *then, *els; } if_; /* then: N_BLOCK; els: N_IF, N_BLOCK or NULL */
        struct { NodeList list; NodeList body; Pos colon; } case_; /* list empty = default */
        struct { Node *init, *tag; NodeList cases; Pos rbrace; } switch_; /* tag NULL: switch { } */
        struct {
            Node *init;
            Node *bind;   /* N_IDENT of `v := x.(type)`, or NULL */
            Node *x;      /* the operand x of x.(type) (not the N_ASSERT) */
            NodeList cases; /* N_CASE; list items are types (or the ident nil) */
            Pos rbrace;
        } typeswitch;
        struct { Node *init, *cond, *post, *body; } for_;
        struct { Node *ch, *value; } send;              /* N_SEND: ch <- value (pos: the <-) */
        struct { NodeList cases; } select_;             /* N_SELECT: N_CASE, list = the comm stmt */
        struct {
            Node *key, *value; /* either may be NULL (for range x / for k := range x) */
            bool define;       /* := rather than = */
            Node *x;
            Node *body;
            Pos range_pos;     /* position of the `range` keyword */
        } range;

        struct { Node *name; Node *path; } import;      /* name NULL, or N_IDENT (., _ or a name) */
        struct {
            NodeList names;   /* N_IDENT */
            Node *type;       /* may be NULL */
            NodeList values;  /* may be empty */
            int iota;         /* CONSTSPEC: index within its const group */
            bool implicit;    /* CONSTSPEC: type and values repeated from an earlier spec */
            Node *group;      /* first spec of its parenthesised group, or itself */
        } valuespec;
        struct { Node *name; Node *type; bool alias; } typespec; /* alias: type A = B */
        struct {
            Node *recv;       /* N_FIELD or NULL */
            Node *name;       /* N_IDENT */
            Node *type;       /* N_FUNCTYPE */
            Node *body;       /* N_BLOCK or NULL (declaration without body) */
        } func;
        struct {
            Node *package;    /* N_IDENT: the package name */
            NodeList imports; /* N_IMPORT */
            NodeList decls;   /* N_VARSPEC, N_CONSTSPEC, N_TYPESPEC, N_FUNCDECL in source order */
        } file;
    } u;
};

enum { BR_BREAK = 1, BR_CONTINUE, BR_GOTO, BR_FALLTHROUGH };

/* ---- constructors (src/parser/ast.c) ----------------------------------- */

typedef struct AstContext {
    Arena *arena;
    InternTable *names;
} AstContext;

Node *ast_new(AstContext *c, NodeKind kind, Pos pos);
/* The bytes a node of this kind occupies: the header and its payload. */
size_t ast_node_size(NodeKind kind);

/* Nodes of exactly their kind's size, bump-allocated from arena slabs
 * with room for a whole Node after the last one (the parser's). */
typedef struct NodeSlab {
    char *next, *end;
    size_t size;      /* of the last slab taken (they grow to CHUNK_MAX) */
} NodeSlab;
Node *ast_new_compact(AstContext *c, NodeSlab *slab, NodeKind kind, Pos pos);
/* A deep copy of a subtree (the parser repeats an implicit const group's
 * values with it, so each spec owns the nodes the checker annotates). */
Node *ast_clone(AstContext *c, const Node *n);
Node *ast_ident(AstContext *c, Pos pos, const char *name, size_t len);
void ast_append(AstContext *c, NodeList *list, Node *n);

/* The leftmost position of an expression or statement (gc's syntax.StartPos). */
Pos ast_start_pos(const Node *n);
/* The position just past the end is not needed by gc's messages. */

const char *ast_kind_name(NodeKind k);
/* An expression (or simple statement) as gc's syntax printer writes it in
 * messages ("x + f(y)", "[]int{…}", "func(…) {…}"), arena-allocated. */
const char *ast_expr_string(AstContext *c, const Node *n);
/* Print the tree (with types when checked) for `minigo ast`. */
void ast_dump(const Node *file, void *out /* FILE* */, const char *(*type_name)(const struct Type *));

#endif
