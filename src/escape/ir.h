/*
 * ir.h — the gc-shaped tree escape analysis walks (internal to src/escape).
 *
 * gc's escape pass does not see Go source: it sees cmd/compile's IR after
 * type checking, where implicit operations are explicit nodes. Its -m
 * messages print those nodes (ir/fmt.go) at their positions, so to print
 * what gc prints we lower the typed AST into the same shapes first:
 *
 *   fmt.Println(x, "a")   OCALLFUNC fmt.Println [OSLICELIT(implicit: "... argument")
 *                                                [OCONVIFACE(implicit) x, OCONVIFACE "a"]]
 *   t.Set(p)  (*T recv)   OCALLFUNC (*T).Set [OADDR(implicit) t, p]   (gc's FixMethodCall)
 *   &T{...}               OPTRLIT [OSTRUCTLIT]
 *   a[:] (array a)        OSLICEARR [OADDR(implicit) a]
 *   x := f()              [ODCL x] OAS x f()
 *   return g() (2 vals)   [ODCL t1, t2; OAS2FUNC t1, t2 = g()] ORETURN t1, t2
 *
 * Variables are IrNames (gc's ir.Name), one per Object, plus temporaries
 * (".autotmp_N") and closure variables (one per capturing closure, whose
 * `canon` is the captured variable). An ONAME node points to its IrName.
 *
 * Positions follow gc's: a node's pos is the AST node's (see ast.h), and
 * an implicit conversion gets the position gc's noder had in base.Pos when
 * it inserted it (see lower.c, "positions of implicit conversions").
 */
#ifndef MINIGO_ESCAPE_IR_H
#define MINIGO_ESCAPE_IR_H

#include "escape.h"

typedef enum IrOp {
    OXXX,
    /* leaves */
    ONAME,      /* name */
    OLITERAL,   /* text: gc's printed form of the constant */
    ONIL,
    OTYPE,      /* a type operand (make(T), new(T)): type */
    OMETHEXPR,  /* T.m / (*T).m: x = OTYPE, text = "m", fn = the method */
    OLINKSYMOFFSET, /* part of a static variable, text "sym@off" (package initialisation) */
    /* unary */
    OADDR, ODEREF, OPLUS, ONEG, OBITNOT, ONOT,
    /* binary (x, y) */
    OADD, OSUB, OOR, OXOR, OMUL, ODIV, OMOD, OLSH, ORSH, OAND, OANDNOT,
    OEQ, ONE, OLT, OLE, OGT, OGE, OANDAND, OOROR,
    OADDSTR,    /* list: the operands of a + b + c on strings */
    /* selectors and indexing */
    ODOT, ODOTPTR,   /* x.text */
    OMETHVALUE,      /* x.m (not called): x, text, fn */
    ODOTMETH,        /* x.m of a method call before gc's FixMethodCall (printing only) */
    ODOTTYPE, ODOTTYPE2,
    OINDEX, OINDEXMAP, /* x[y] */
    OSLICE, OSLICEARR, OSLICE3, OSLICE3ARR, OSLICESTR, /* x[y:z:w] */
    /* conversions (x) */
    OCONV, OCONVNOP, OCONVIFACE, OBYTES2STR, ORUNES2STR, OSTR2BYTES, OSTR2RUNES, ORUNESTR,
    /* calls and builtins */
    OCALLFUNC,  /* x(list); isddd: f(xs...) */
    OLEN, OCAP, ONEW, OPANIC, /* x */
    OAPPEND, ODELETE, OPRINT, OPRINTN, ORECOVER, /* list */
    OCOPY,      /* copy(x, y) */
    OMAKESLICE, OMAKEMAP, /* make(type, x[, y]) */
    /* literals */
    OPTRLIT,    /* &x (x a composite literal) */
    OARRAYLIT, OSLICELIT, OSTRUCTLIT, OMAPLIT, /* list of elements (OKEY for keyed array/slice/map, OSTRUCTKEY) */
    OKEY,       /* x: y */
    OSTRUCTKEY, /* text: y */
    OCLOSURE,   /* fn */
    /* statements */
    ODCL,       /* var name */
    OAS,        /* x = y (y NULL: zero value); def: := */
    OASOP,      /* x op= y; incdec */
    OAS2, OAS2DOTTYPE, OAS2MAPR, OAS2FUNC, /* list = rlist */
    OBLOCK,     /* list */
    OIF,        /* if init; x { list } else { rlist } */
    OFOR,       /* for init; x; y(post) { list } */
    ORANGE,     /* for y(key), z(value) = range x { list } */
    OSWITCH,    /* switch init; x { cases } ; x may be OTYPESW */
    OCASE,      /* case list: body (rlist); name: type switch clause variable */
    OTYPESW,    /* name := x.(type) (name may be NULL) */
    ORETURN,    /* return list */
    OGO, ODEFER, /* x: the call */
    OBREAK, OCONTINUE, OFALL, OLABEL,
    OP_COUNT
} IrOp;

typedef struct IrNode IrNode;
typedef struct IrName IrName;
typedef struct IrFunc IrFunc;
typedef VEC(IrNode *) IrList;
typedef VEC(IrName *) IrNameList;

/* gc's ir.Class of a name */
typedef enum IrClass { PXXX, PEXTERN, PAUTO, PPARAM, PPARAMOUT, PFUNC } IrClass;

enum {
    IRF_IMPLICIT = 1 << 0, /* inserted by the compiler: printed as its operand */
    IRF_DDD      = 1 << 1, /* call with ... */
    IRF_DEF      = 1 << 2, /* := */
    IRF_INCDEC   = 1 << 3, /* x++ / x-- */
    IRF_METHCALL = 1 << 4, /* OCALLFUNC that was a method call (gc's OCALLMETH before FixMethodCall) */
    IRF_FIXED    = 1 << 5, /* OCALLFUNC seen by escape analysis: prints as fixed (w/rlist: the form before) */
    IRF_ODDD     = 1 << 6, /* the call as written had ... */
    IRF_SPREAD   = 1 << 7, /* f(g()): always printed as written (gc keeps the original node) */
    IRF_INTER    = 1 << 8, /* OCALLFUNC of an interface method (gc's OCALLINTER): x is ODOTMETH */
};

/* A variable: gc's ir.Name. */
struct IrName {
    const char *sym;      /* printed name: "x", "~r0", ".autotmp_3"; NULL for unnamed params */
    Object *obj;          /* the source variable; NULL for temporaries */
    Type *type;
    Pos pos;              /* declaration (closure variables: first use in the closure) */
    IrClass class;
    IrFunc *curfn;        /* owning function (closure var: the closure) */
    IrNode *defn;         /* defining statement (:=, var x = , range, type switch) or NULL */
    IrName *canon;        /* closure variable: the captured outer variable; else itself */
    IrFunc *func;         /* PFUNC: the function, when it has a body here */
    Object *fobj;         /* PFUNC: the function object (imported ones too) */
    bool byval;           /* closure variable captured by value */
    bool blank;
    struct Location *loc; /* canonical names: the location of the current batch */
    IrNode *node;         /* the ONAME node of this name (shared by all uses) */
    int result_index;     /* PPARAMOUT: 1-based index in the results */
};

struct IrNode {
    IrOp op;
    unsigned flags;      /* IRF_* */
    int asop;            /* OASOP: the operator (an IrOp); ORANGE: 0 */
    Pos pos;
    Type *type;          /* value type (NULL for statements) */
    IrName *name;        /* ONAME; ODCL; OCASE/OTYPESW of a type switch with binding */
    IrNode *x, *y, *z, *w;
    IrList list, rlist;
    IrList init;         /* statements run before (gc's Init()) */
    IrList cases;        /* OSWITCH */
    IrFunc *fn;          /* OCLOSURE: the literal; OMETHEXPR / OMETHVALUE: the method's body (or NULL) */
    Object *sym;         /* OMETHEXPR/OMETHVALUE: the method object; ODOT: the field */
    const char *text;    /* OLITERAL: printed form; selectors: the name; OSTRUCTKEY: field */
    Node *ast;           /* the source node (for decisions), or NULL */
    int esc;             /* result: 0 unknown, ESC_HEAP, ESC_NONE */
    int prec;            /* OLITERAL: gc's OpPrec of the constant expression's top operator */
};
enum { ESC_UNKNOWN, ESC_HEAP, ESC_NONE };

/* A function body as escape analysis sees it: gc's ir.Func. */
struct IrFunc {
    Func *src;            /* the checker's description */
    const char *name;     /* gc's name: "f", "T.m", "(*T).m", "f.func1" */
    IrFunc *outer;        /* closures: the enclosing function */
    Type *sig;
    IrList body;
    IrNameList dcl;       /* receiver, params, results, locals and temporaries in gc's order */
    IrNameList params;    /* receiver first, then the parameters (RecvsParams) */
    IrNameList results;
    IrNameList cvars;     /* closures: captured variables (closure names) in order of first use */
    IrNode *closure;      /* closures: the OCLOSURE node */
    VEC(IrFunc *) inner;  /* closures directly inside, in the order gc visits them */
    bool hidden;          /* a function literal */
    bool wrapper;         /* the closure gc wraps a go/defer call in (not reported) */
    bool lowered;         /* body built (package-level literals are lowered once, first) */
    bool closure_called;  /* called directly where it is written: func(){...}() */
    int esc_state;        /* escFuncUnknown .. escFuncTagged */
    struct Leaks *tags;   /* per params entry, once tagged: gc's leaks */
    int ntemps;
    int visit_id;         /* SCC walk */
};
enum { ESCF_UNKNOWN, ESCF_PLANNED, ESCF_STARTED, ESCF_TAGGED };

/* The lowered package. */
typedef struct IrPackage {
    Package *pkg;
    Arena *arena;
    VEC(IrFunc *) decls;  /* top-level functions in declaration order (then the generated init) */
    int nfuncs_all;
} IrPackage;

/* lower.c */
IrPackage *ir_lower_package(Package *pkg, Arena *arena);
IrNode *ir_new(Arena *a, IrOp op, Pos pos, Type *t);

/* irfmt.c: gc's %v of nodes and types, into a StrBuf */
void ir_fmt_node(StrBuf *b, const IrNode *n);
void ir_fmt_stmt_or_expr(StrBuf *b, const IrNode *n);
void ir_fmt_type(StrBuf *b, const Type *t);
const char *ir_op_name(IrOp op);
bool ir_is_stmt(IrOp op);

/* type helpers with gc's rules */
bool ir_has_pointers(Type *t);
bool ir_is_direct_iface(Type *t);
bool ir_is_untyped(Type *t);

#endif
