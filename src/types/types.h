/*
 * types.h — the type checker of minigo: Go 1.19's types2 rules for the
 * subset in DESIGN.md, over the AST of src/parser/ast.h.
 *
 * types_check resolves every name, gives every expression a type and a mode,
 * folds constants exactly (GMP), and leaves annotations later phases read
 * instead of re-deriving Go's rules:
 *
 *   Node.type      expressions: the type of the value. Untyped constants that
 *                  were used in a typed context carry their final type (the
 *                  root of a constant expression does; its sub-expressions may
 *                  stay untyped: read the root's cv). Type expressions: the type
 *                  denoted. A multi-value call: a TY_TUPLE.
 *   Node.mode      ExprMode (ast.h): MODE_CONSTANT (use cv), MODE_VARIABLE
 *                  (addressable), MODE_MAPINDEX (m[k]), MODE_VALUE,
 *                  MODE_COMMAOK (a type assertion x.(T)), MODE_TYPEEXPR,
 *                  MODE_NOVALUE (call without results), MODE_BUILTIN,
 *                  MODE_PACKAGE (the `fmt` in fmt.Println). m[k] or x.(T)
 *                  used as `v, ok := ...` also has IMPL_COMMAOK.
 *   Node.cv        MODE_CONSTANT: the exact value, already converted to the
 *                  node's type (e.g. float64-rounded). See ConstValue.
 *                  Any node with mode MODE_CONSTANT is evaluated from its own
 *                  cv and type (never from obj->cv: `iota`, or a constant
 *                  converted at its use, differ from the declaration).
 *   Node.obj       N_IDENT: the Object it denotes or declares (fields in keyed
 *                  struct literals, labels, the `_` of a declaration: a fresh
 *                  object named "_"). N_FUNCDECL: the function object.
 *                  N_FUNCLIT: a synthetic OBJ_FUNC object whose ->func
 *                  describes the closure. N_CASE of a type switch with a
 *                  binding (v := x.(type)): the clause's implicit variable.
 *                  N_CALL of a builtin: the builtin object (obj->id is the
 *                  BuiltinId). N_SELECTOR: the selected field/method/member
 *                  (also in sel->obj).
 *   Node.sel       N_SELECTOR: a Selection (field path with embedded steps,
 *                  method with receiver adjustment, qualified identifier).
 *   Node.implicit  flags IMPL_* below; for N_CALL the low bits hold a CallKind.
 *
 * Objects (variables, constants, types, functions, labels, packages) record
 * where they are declared, the function owning them, and what later phases
 * need to know: parameter/result, captured by a closure, address taken.
 * Every function body (declared function, method, function literal) has a
 * Func describing its signature, parameters, locals, closures and captures.
 *
 * The package (Package) lists its objects in source order, its functions,
 * and the package-level variables in Go's initialisation order.
 */
#ifndef MINIGO_TYPES_H
#define MINIGO_TYPES_H

#include <stdio.h>

#include "../common/common.h"
#include "../parser/ast.h"

typedef struct Type Type;
typedef struct Object Object;
typedef struct ConstValue ConstValue;
typedef struct Scope Scope;
typedef struct Func Func;
typedef struct Selection Selection;
typedef struct Package Package;

/* ---- types -------------------------------------------------------------- */

typedef enum TypeKind {
    TY_INVALID, /* the type of an erroneous expression */
    /* basic types, in types2's order */
    TY_BOOL,
    TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64,
    TY_STRING,
    /* untyped kinds (constants, comparison results, nil) */
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    /* composite types */
    TY_POINTER,   /* elem */
    TY_ARRAY,     /* elem, len */
    TY_SLICE,     /* elem */
    TY_MAP,       /* key, elem */
    TY_STRUCT,    /* fields (Objects with OBJF_FIELD) */
    TY_FUNC,      /* params, results (tuples), variadic, recv */
    TY_INTERFACE, /* methods (only `error` has one) */
    TY_NAMED,     /* obj, underlying, methods */
    TY_TUPLE,     /* vars: the results of a multi-value call, or a parameter list */
    TY_KIND_COUNT
} TypeKind;

/* A type. Composite types are built by the checker for each type expression
 * (they are not hash-consed): compare types with type_identical, not ==.
 * byte and rune are distinct Type objects of kind TY_UINT8/TY_INT32 whose
 * name prints "byte"/"rune" (types2's aliases); they are identical to
 * uint8/int32. */
struct Type {
    TypeKind kind;
    int align;              /* bytes, gc's amd64 rules (see type_size) */
    int64_t size;           /* bytes; -1 until computed (type_size computes it) */
    const char *name;       /* basic: "int", "byte", "untyped int"...; named: the type name */
    const char *str;        /* cached type_string */
    Arena *arena;           /* where str is allocated */
    union { /* by kind; read only the members of t->kind */
        struct {            /* POINTER, SLICE, ARRAY, MAP (and basic types: elem = default type) */
            Type *elem;     /* element; MAP: value type; untyped basic: its default type */
            Type *key;      /* MAP */
            int64_t len;    /* ARRAY: length (-1 while unknown) */
        };
        struct {            /* STRUCT, TUPLE */
            Object **fields;/* STRUCT: fields in order; TUPLE: the variables */
            int nfields;
        };
        struct {            /* FUNC */
            Type *params, *results; /* two TY_TUPLEs, never NULL */
            Object *recv;   /* the receiver of a method signature, else NULL */
            Type *norecv;   /* with recv: the same signature without the receiver (cached) */
            bool variadic;  /* last parameter is ...T (its type is []T) */
        };
        struct {            /* INTERFACE, NAMED */
            Object **methods;   /* INTERFACE: its methods; NAMED: declared methods in source order */
            int nmethods, capmethods;
            Object *obj;        /* NAMED: the OBJ_TYPE object */
            Type *underlying;   /* NAMED: the underlying type, never a named type once
                                   checked (use type_underlying / under while checking) */
            Type *fromrhs;      /* NAMED: the type on the right of the declaration (internal) */
            bool valid_checked; /* NAMED: checked not to contain itself (internal) */
            bool is_any;        /* INTERFACE: the predeclared `any` (prints "any") */
        };
    };
};

/* gc's spelling of a type: "map[string]int", "*T", "func(int) string",
 * "[]any", "struct{a int; b string}", "interface{}", "untyped int". Named
 * types print unqualified (as gc does for its own package). The string is
 * cached in the type. */
const char *type_string(const Type *t);

Type *type_underlying(Type *t);                 /* NAMED -> underlying; others itself */
bool type_identical(const Type *a, const Type *b);
int64_t type_size(Type *t);                     /* gc amd64: int 8, string 16, slice 24, map 8, any 16, func 8 */
int type_align(Type *t);
bool type_has_pointers(Type *t);               /* gc's HasPointers (strings, slices, maps ... inside) */
bool type_is_untyped(const Type *t);
bool type_is_integer(const Type *t);            /* on the underlying type; untyped int/rune too */
bool type_is_unsigned(const Type *t);
bool type_is_float(const Type *t);
bool type_is_numeric(const Type *t);
bool type_is_string(const Type *t);
bool type_is_boolean(const Type *t);
bool type_is_interface(const Type *t);          /* any, interface{}, error, named interfaces */
bool type_is_comparable(Type *t);
bool type_has_nil(Type *t);
Type *type_default(Type *t);                    /* untyped int -> int, untyped rune -> rune ... */
/* Field offsets of a struct (after type_size): Object.offset of each field. */

/* ---- constant values ---------------------------------------------------- */

typedef enum ConstKind { CV_UNKNOWN, CV_BOOL, CV_STRING, CV_INT, CV_FLOAT } ConstKind;

/* A constant. Integers are arbitrary-precision (GMP limbs kept in the
 * arena: read them with cv_int64/cv_uint64 or cv_to_mpz), floats exact
 * rationals (typed float32/float64 constants are already rounded to their
 * type) — except, as in go/constant, a float whose binary exponent is past
 * +-4096 (1e5000, 1e-779137): a 512-bit approximation zlimbs * 2^exp2
 * with dsize == 0 ("big"; only const.c looks inside). Strings are byte
 * sequences (may hold NULs; str is NUL-terminated). */
struct ConstValue {
    ConstKind kind;
    bool b;                      /* CV_BOOL */
    const char *str;             /* CV_STRING */
    size_t len;
    int zsize;                   /* CV_INT: signed limb count of the integer; CV_FLOAT: of the numerator */
    const unsigned long *zlimbs; /* (mp_limb_t) */
    int dsize;                   /* CV_FLOAT: limb count of the denominator (> 0), 0 for a big float */
    const unsigned long *dlimbs;
    long exp2;                   /* big CV_FLOAT: the value is numerator * 2^exp2 */
};

int64_t cv_int64(const ConstValue *v);   /* CV_INT (wraps if it does not fit), CV_FLOAT truncated */
uint64_t cv_uint64(const ConstValue *v); /* two's complement bits of a CV_INT */
double cv_float64(const ConstValue *v);  /* nearest float64 (round half to even) */
bool cv_bool(const ConstValue *v);
/* go/constant's String(): ints in full, floats "%.6g", strings quoted (cut at 72). */
const char *cv_string(Arena *a, const ConstValue *v);

/* ---- objects ------------------------------------------------------------ */

typedef enum ObjKind {
    OBJ_BAD,
    OBJ_VAR,     /* variable, parameter, result, struct field (OBJF_FIELD) */
    OBJ_CONST,
    OBJ_TYPE,    /* type name (defined type or alias; predeclared types too) */
    OBJ_FUNC,    /* declared function, method (OBJF_METHOD), imported function, closure */
    OBJ_PKG,     /* an imported package name */
    OBJ_BUILTIN, /* len, append, ... (id: BuiltinId) */
    OBJ_LABEL,
    OBJ_NIL,     /* the predeclared nil */
} ObjKind;

enum {
    OBJF_USED       = 1 << 0,  /* variable read somewhere (gc's "declared but not used") */
    OBJF_PARAM      = 1 << 1,  /* function parameter (receiver: also OBJF_RECV) */
    OBJF_RESULT     = 1 << 2,  /* named or unnamed result variable */
    OBJF_RECV       = 1 << 3,
    OBJF_CAPTURED   = 1 << 4,  /* referenced from a function literal nested in its owner */
    OBJF_ADDRTAKEN  = 1 << 5,  /* &x, x.m() with a pointer method (auto &x), x[:] of an array,
                                  or &x.f / &x[i] reaching it through fields or array elements */
    OBJF_GLOBAL     = 1 << 6,  /* package-level variable/const/type/func */
    OBJF_FIELD      = 1 << 7,  /* struct field */
    OBJF_EMBEDDED   = 1 << 8,  /* embedded struct field */
    OBJF_METHOD     = 1 << 9,  /* method (func with receiver) */
    OBJF_PTRRECV    = 1 << 10, /* method with a pointer receiver */
    OBJF_IMPORTED   = 1 << 11, /* member of fmt/strconv/os (id: PkgMemberId) */
    OBJF_ALIAS      = 1 << 12, /* type alias (type A = B) */
    OBJF_PREDECL    = 1 << 13, /* predeclared (universe) object */
    OBJF_CLOSURE    = 1 << 14, /* OBJ_FUNC of a function literal */
    OBJF_DEFINED    = 1 << 15, /* OBJ_LABEL: the label statement was seen */
    OBJF_UNSUPPORTED= 1 << 16, /* predeclared name outside the subset (complex128, close...):
                                  using it reports "minigo: <tag> is not supported" */
};

struct Object {
    ObjKind kind;
    unsigned flags;       /* OBJF_* */
    const char *name;     /* interned; "_" for blank; "" for an unnamed parameter */
    Type *type;
    Pos pos;              /* the declaring identifier (gc's object position) */
    Node *decl;           /* declaring node: the N_IDENT for vars/consts/types/fields/params,
                             N_FUNCDECL for functions, N_FUNCLIT for closures,
                             N_IMPORT for packages, N_LABELED for labels */
    Func *owner;          /* function in whose body it is declared (NULL: package level) */
    union {               /* by kind: */
        ConstValue *cv;   /* OBJ_CONST: its value */
        Func *func;       /* OBJ_FUNC with a body: the body's description (NULL otherwise) */
    };
    int id;               /* OBJ_BUILTIN: BuiltinId; OBJF_IMPORTED: PkgMemberId;
                             OBJF_FIELD: index in the struct; parameters: index in the list */
    union {
        const char *pkgpath; /* OBJF_IMPORTED / OBJ_PKG: "fmt", "strconv", "os" */
        const char *tag;     /* OBJF_FIELD: the field's tag (unquoted), or NULL;
                                OBJF_UNSUPPORTED: what is not supported */
    };
    union {
        int64_t offset;   /* OBJF_FIELD: byte offset (valid after type_size of the struct) */
        struct {
            int order;    /* package-level objects: declaration order (1-based) */
            int color;    /* checker: declaration cycle detection (0 white, 1 black, >= 2 grey) */
        };
    };
    /* checker bookkeeping */
    struct DeclInfo *info;/* package-level objects: their declaration */
    Node *spec;           /* the N_VARSPEC/N_CONSTSPEC/N_TYPESPEC/N_FIELD declaring it */
};

/* Builtin functions (Object.id of OBJ_BUILTIN; the N_CALL's obj). */
typedef enum BuiltinId {
    BI_APPEND = 1, BI_CAP, BI_COPY, BI_DELETE, BI_LEN, BI_MAKE, BI_NEW,
    BI_PANIC, BI_PRINT, BI_PRINTLN, BI_RECOVER,
    BI_CLOSE, BI_COMPLEX, BI_REAL, BI_IMAG, /* rejected: outside the subset */
    BI_COUNT
} BuiltinId;

/* Members of the supported imports (Object.id of OBJF_IMPORTED objects). */
typedef enum PkgMemberId {
    PM_FMT_PRINTLN = 1, PM_FMT_PRINTF, PM_FMT_SPRINTF, PM_FMT_SPRINT, PM_FMT_SPRINTLN,
    PM_FMT_PRINT, PM_STRCONV_ITOA, PM_OS_EXIT, PM_OS_ARGS,
    PM_COUNT
} PkgMemberId;

/* ---- functions ---------------------------------------------------------- */

/* A function body: declared function, method or function literal. */
struct Func {
    Node *node;            /* N_FUNCDECL or N_FUNCLIT */
    Object *obj;           /* its OBJ_FUNC object */
    Type *sig;             /* TY_FUNC (methods: sig->recv set) */
    const char *name;      /* gc's name: "f", "T.m", "(*T).m", "f.func1", "f.func1.1", "glob..func1" */
    Func *outer;           /* enclosing function of a literal; NULL for declared functions */
    Scope *scope;          /* the function's outermost scope (parameters and results) */
    Object *recv;          /* receiver variable or NULL */
    VEC(Object *) params;  /* parameters in order (without the receiver); blank ones too */
    VEC(Object *) results; /* result variables (unnamed ones have name "" ) */
    VEC(Object *) locals;  /* variables declared in the body (not in nested literals), in order */
    VEC(Object *) captures;/* literals: variables of enclosing functions used inside, in order of first use */
    VEC(Func *) closures;  /* literals directly nested in this body, in source order */
    int nclosures;         /* counter for gc's closure names */
    bool has_defer;        /* contains a defer statement */
    bool has_recover;      /* calls recover() */
    bool has_labels;
};

/* The body block (N_BLOCK) of a declared function or literal; NULL for a
 * declaration without a body or a synthetic Func without a node. */
Node *func_body_block(const Func *fn);

/* ---- selections, calls and implicit operations ---------------------------- */

typedef enum SelKind {
    SEL_FIELD = 1,   /* x.f (possibly through embedded fields) */
    SEL_METHOD,      /* x.m: method value, or the callee of a method call */
    SEL_METHODEXPR,  /* T.m or (*T).m: a function taking the receiver first */
    SEL_QUALIFIED,   /* fmt.Println, os.Args: obj is the package member */
} SelKind;

enum {
    RECV_AS_IS = 0,  /* receiver x is passed as is */
    RECV_ADDR,       /* x is addressable and the method wants *T: pass &x (x's OBJF_ADDRTAKEN set) */
    RECV_DEREF,      /* x is a pointer and the method wants T: pass *x */
};

struct Selection {
    SelKind kind;
    Object *obj;     /* the field, method (OBJ_FUNC, OBJF_METHOD) or package member */
    Type *xtype;     /* type of the operand x */
    const int *path; /* indices: embedded fields walked, then the final field/method index */
    int npath;       /*   (for methods the last index is in the named type's method list) */
    bool indirect;   /* a pointer is dereferenced on the way (x itself or an embedded *T) */
    int recv;        /* SEL_METHOD: RECV_* for the receiver after the embedded path */
};

/* N_CALL: node->implicit & CALL_KIND_MASK */
typedef enum CallKind {
    CALL_FUNC = 1,   /* call of a declared package-level function (fun is its N_IDENT) */
    CALL_METHOD,     /* x.m(args): fun is an N_SELECTOR with sel->kind SEL_METHOD */
    CALL_VALUE,      /* call of a func value (variable, closure, method value, method expression, result of a call) */
    CALL_IMPORTED,   /* fmt.Println(...) etc.: fun's sel->obj is the OBJF_IMPORTED member */
    CALL_CONVERSION, /* T(x): fun is a type expression; node->type is T */
    CALL_BUILTIN,    /* len(x) ...: node->obj is the builtin (obj->id) */
} CallKind;

enum {
    CALL_KIND_MASK = 0xf,
    IMPL_TOIFACE   = 1 << 4,  /* this expression's value is converted (boxed) to an interface
                                  type where it is used (assignment, argument, return, composite
                                  literal element, comparison with an interface, map key, panic).
                                  node->type is the value's own (concrete) type. */
    IMPL_SPREAD    = 1 << 5,  /* N_CALL: f(g()) with a multi-value g: the single argument's
                                  tuple is spread over the parameters */
    IMPL_VARIADIC  = 1 << 6,  /* N_CALL: the callee is variadic and the extra arguments are
                                  packed into a new slice (not set for f(xs...)) */
    IMPL_COMMAOK   = 1 << 7,  /* m[k] / x.(T) used as v, ok := ...: node->type is the value
                                  type, the second result is an untyped bool (bool) */
    IMPL_SHIFTLHS  = 1 << 8,  /* internal: untyped lhs of a non-constant shift */
    IMPL_PANICCALL = 1 << 9,  /* N_CALL: a call of builtin panic in a function with results
                                  (a terminating statement) */
    IMPL_ADDR      = 1 << 10, /* N_SELECTOR of a method call/value: receiver auto-addressed (&x);
                                  N_COMPOSITE with elided type of pointer element type
                                  ([]*T{{...}}): the literal is &T{...} (node->type is *T) */
    IMPL_DEREF     = 1 << 11, /* N_SELECTOR: receiver auto-dereferenced (*p) for a value method,
                                  or field selection through a pointer (p.f == (*p).f) */
    /* bits 12..15 are the checker's own bookkeeping */
};

/* ---- package ------------------------------------------------------------ */

/* One step of package initialisation: lhs = init (n:1 when nlhs > 1). */
typedef struct Initializer {
    Object **lhs;
    int nlhs;
    Node *init;   /* the initialiser expression */
} Initializer;

struct Package {
    const char *name;            /* "main" */
    Scope *scope;                /* package scope */
    VEC(Object *) objects;       /* package-level objects (const, var, type, func) in source order */
    VEC(Func *) funcs;           /* declared functions and methods (incl. init), in source order;
                                    their function literals hang off Func.closures */
    VEC(Func *) all_funcs;       /* every body checked: declared functions, methods and function
                                    literals, in the order the checker visited them */
    VEC(Func *) var_closures;    /* function literals inside package-level var initialisers */
    VEC(Initializer) inits;      /* package-level variables in initialisation order */
    VEC(Type *) named;           /* named types declared (package and local) in source order */
    bool imports_fmt, imports_strconv, imports_os;
    Type *any_type;              /* the predeclared any */
    Type *error_type;            /* the predeclared error */
    Type *basic[TY_KIND_COUNT];  /* predeclared basic and untyped types by kind */
    Type *byte_type, *rune_type;
    struct Checker *checker;     /* internal */
};

Package *types_check(Arena *arena, InternTable *names, Diag *d, Node **files, int nfiles);
/* One line per package-level declaration, gc-like:
 *   const main.c untyped int = 3
 *   var main.x int
 *   type main.T struct{a int}
 *   func main.f(p *map[string]int, k string, v int)
 *   func (main.T) m() int  /  func (*main.T) m()   */
void types_print_decls(Package *p, FILE *out);
/* Self-check of the annotations after a successful check (tests, debug
 * modes): prints each expression left without mode/type/object; returns the
 * number of problems. */
int types_verify(Package *p, Node **files, int nfiles, FILE *out);
/* Releases GMP scratch space (types_check does it before returning; everything
 * else lives in the arena). */
void types_free(Package *p);

/* Scopes are exposed for the AST dump and later phases. */
Object *scope_lookup(Scope *s, const char *name);        /* this scope only */
Object *scope_lookup_parent(Scope *s, const char *name); /* this scope and its parents */

#endif
