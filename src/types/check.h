/*
 * check.h — the type checker's internal interface, shared by the files of
 * src/types. Later phases include types.h only.
 *
 * The checker is a transliteration of Go 1.19's types2 for our subset: the
 * same phases (collect objects, check package-level objects with cycle
 * detection, check function bodies, initialisation order, unused imports),
 * the same operand model (Operand below is types2's operand) and the same
 * error messages at the same positions, so `minigo` and `go tool compile`
 * print the same diagnostics.
 */
#ifndef MINIGO_TYPES_CHECK_H
#define MINIGO_TYPES_CHECK_H

#include <gmp.h>

#include "types.h"
#include "../parser/parser.h"

/* types2's operand modes (the node's ExprMode is derived from them). */
typedef enum OpMode {
    OM_INVALID,
    OM_NOVALUE,
    OM_BUILTIN,
    OM_TYPEXPR,
    OM_CONSTANT,
    OM_VARIABLE,
    OM_MAPINDEX,
    OM_VALUE,
    OM_NILVALUE,
    OM_COMMAOK,
} OpMode;

typedef struct Operand {
    OpMode mode;
    Node *expr;        /* the expression (positions and messages) */
    Type *type;
    ConstValue *val;   /* OM_CONSTANT */
    int id;            /* OM_BUILTIN: BuiltinId */
} Operand;

/* What kind of expression a call or expression was (types2's exprKind):
 * decides whether it may stand as a statement. */
typedef enum ExprKind { EK_CONVERSION, EK_EXPRESSION, EK_STATEMENT } ExprKind;

/* types2's predeclaredFuncs (universe.c): name, minimum argument count,
 * variadic, and whether a call may stand as a statement. */
typedef struct BuiltinInfo {
    const char *name;
    int nargs;
    bool variadic;
    ExprKind kind;
} BuiltinInfo;
extern const BuiltinInfo builtin_info[BI_COUNT];

/* A set of objects (dependencies), open addressing on the pointer. */
typedef struct ObjSet {
    Object **slots;
    int cap, count;
    VEC(Object *) list; /* insertion order, for deterministic iteration */
} ObjSet;

/* A package-level declaration (types2's declInfo). */
typedef struct DeclInfo {
    Scope *file;       /* file scope of the declaration */
    Object **lhs;      /* n:1 variable declarations: all the variables */
    int nlhs;
    Node *vtyp;        /* const/var: the type expression or NULL */
    Node *init;        /* const/var: the initialiser or NULL */
    bool inherited;    /* const: init repeated from an earlier spec */
    Node *spec;        /* the N_VARSPEC / N_CONSTSPEC / N_TYPESPEC / N_FUNCDECL */
    int iota;          /* const */
    ObjSet deps;       /* package-level objects the initialiser or body refers to */
    VEC(Object *) methods; /* type: methods declared for it, attached when it is declared */
} DeclInfo;

struct Scope {
    Scope *parent;
    Object **slots;    /* linear while cap <= SCOPE_LINEAR, else a hash table */
    int cap, count;
    bool is_func;      /* the outermost scope of a function (parameters) */
    Func *fn;          /* function owning the scope (NULL: universe/package/file) */
    VEC(Object *) vars;   /* variables declared here, in order (for "declared but not used") */
    Scope *first_child, *last_child, *next_sibling; /* nested scopes in creation order */
};

/* A delayed action (types2's check.later): function bodies, and checks that
 * need complete types. Processed in queue order. */
typedef enum ActionKind {
    ACT_FUNCBODY,   /* fn: check its body in the saved environment */
    ACT_VALIDTYPE,  /* type: the named type is not invalidly recursive */
    ACT_MAPKEY,     /* type: map type whose key must be comparable; node: key expr */
    ACT_EMBEDDED,   /* type: embedded field type; pos */
    ACT_RECV,       /* obj: receiver variable to validate */
    ACT_FIELDUNIQ,  /* type: named struct type: fields vs methods */
} ActionKind;

typedef struct Action {
    ActionKind kind;
    Func *fn;
    Type *type;
    Node *node;
    Object *obj;
    Pos pos;
    /* saved environment for ACT_FUNCBODY */
    Scope *scope;
    struct DeclInfo *decl;
    ConstValue *iota;
} Action;

/* The predeclared world (types2's universe), built once per checker. */
typedef struct Universe {
    Scope *scope;
    Type *typ[TY_KIND_COUNT];   /* basic and untyped types by kind */
    Type *byte_type, *rune_type;
    Type *any_type;             /* prints "any" */
    Type *empty_iface;          /* interface{} (panic, recover) */
    Type *error_type;           /* named "error" */
    Object *error_method;       /* Error() string */
    Type *invalid;
    Object *iota_obj;
    Object *nil_obj;
} Universe;

typedef struct Checker {
    Arena *arena;
    InternTable *names;
    Diag *diag;
    Package *pkg;
    Universe u;

    /* interned names compared by pointer */
    const char *s_blank, *s_empty, *s_func, *s_init, *s_main, *s_iota, *s_error, *s_true, *s_false;

    /* environment (types2's environment: saved/restored around declarations) */
    Scope *scope;       /* current scope */
    DeclInfo *decl;     /* package-level declaration being checked (dependencies) */
    ConstValue *iota;   /* value of iota in a constant declaration, else NULL */
    Pos errpos;         /* when known: position for errors (inherited const inits) */
    Func *fn;           /* function whose body is being checked, else NULL */
    Type *sig;          /* its signature */
    bool has_label;
    VEC(Object *) labels;   /* the labels of the function body being checked (stmt.c) */
    bool has_call_or_recv;

    VEC(Object *) objpath;   /* objects being declared (cycle detection) */
    VEC(Object *) imports;   /* OBJ_PKG objects, for "imported and not used" */
    VEC(Object *) pkg_objs;  /* package-level objects with a DeclInfo, in source order */
    VEC(Action) delayed;     /* types2's check.later queue */
    int nglobclosures;       /* counter for "glob..funcN" */
    Scope *pkg_members[3];   /* members of fmt, strconv, os (created on first use) */
    Node *arg_fun;           /* callee expression while its arguments are assigned (ARG_CONTEXT) */
    Type *empty_tuple;       /* the type of a call without results */
    ConstValue *small_ints[256]; /* shared values 0..255 (constants are immutable) */

    /* GMP scratch registers for constant arithmetic */
    mpz_t z1, z2, z3;
    mpq_t q1, q2, q3;
    bool scratch_live;
    bool dot_import_failed;
    int parse_errors;        /* errors reported before checking (bad literals were reported there) */  /* a rejected `import . "p"`: names it would declare are not reported */
} Checker;

static inline Node *unparen(Node *e)
{
    while (e && e->kind == N_PAREN)
        e = e->u.paren.x;
    return e;
}

/* ---- driver (check.c) ---- */
Action *later(Checker *c, ActionKind kind);
void process_delayed(Checker *c, int top);

/* ---- errors (check.c) ---- */
void check_errorf(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* A multi-part error (types2's error_): the first part at pos, each further
 * part on a "\n\t" line, prefixed "file:line:col: " when its pos is known. */
typedef struct ErrorBuilder {
    Pos pos;
    StrBuf text;
} ErrorBuilder;
void err_begin(ErrorBuilder *e, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void err_add(Checker *c, ErrorBuilder *e, Pos pos, const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void err_report(Checker *c, ErrorBuilder *e);
void check_soft_errorf(Checker *c, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
Pos node_pos(const Node *n);          /* syntax.StartPos */
Pos op_pos(Operand *x);               /* operand start position */
const char *check_sprintf(Checker *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* ---- strings for messages (exprstr.c) ---- */
const char *expr_string(Checker *c, const Node *e);   /* syntax.String (ShortForm) */
const char *operand_string(Checker *c, Operand *x);   /* types2's operandString */
const char *tstr(const Type *t);                      /* type_string, NULL-safe */

/* ---- types (type.c) ---- */
Type *type_new(Checker *c, TypeKind kind);
Type *new_pointer(Checker *c, Type *elem);
Type *new_slice(Checker *c, Type *elem);
Type *new_array(Checker *c, Type *elem, int64_t len);
Type *new_map(Checker *c, Type *key, Type *elem);
Type *new_tuple(Checker *c, Object **vars, int n);
Type *new_func(Checker *c, Type *params, Type *results, bool variadic);
Type *new_named(Checker *c, Object *obj, Type *underlying);
void named_add_method(Checker *c, Type *named, Object *m);
Type *under(Type *t);
bool is_typed(const Type *t);
bool is_const_type(Type *t);
bool is_basic_kind(TypeKind k);
bool all_ordered(Type *t);
bool is_bytes_or_runes(Type *t);
bool identical_ignore_tags(const Type *a, const Type *b);
const char *kind_string(Checker *c, Type *t);
const char *incomparable_cause(Checker *c, Type *t);
Type *deref_type(Type *t, bool *isptr);
bool has_name(Type *t);

/* ---- scopes and universe (scope.c, universe.c) ---- */
Scope *scope_new(Checker *c, Scope *parent, Func *fn);
Object *scope_insert(Checker *c, Scope *s, Object *obj); /* returns the existing object on conflict */
Object *object_new(Checker *c, ObjKind kind, const char *name, Type *type, Pos pos);
void universe_init(Checker *c);
const char *intern_cstr(Checker *c, const char *s);

/* ---- constants (const.c) ---- */
ConstValue *cv_make_bool(Checker *c, bool b);
ConstValue *cv_make_string(Checker *c, const char *s, size_t len);
ConstValue *cv_make_int64(Checker *c, int64_t v);
ConstValue *cv_make_unknown(Checker *c);
ConstValue *cv_from_literal(Checker *c, LitKind kind, const char *raw, int rawlen, TypeKind *kind_out);
ConstValue *cv_from_mpz(Checker *c, mpz_srcptr z);
ConstValue *cv_from_mpq(Checker *c, mpq_srcptr q);
void cv_get_mpz(const ConstValue *v, mpz_ptr out);   /* CV_INT */
void cv_get_mpq(const ConstValue *v, mpq_ptr out);   /* CV_INT or CV_FLOAT */
ConstValue *cv_to_int(Checker *c, ConstValue *v);    /* constant.ToInt: CV_UNKNOWN... if not integral */
ConstValue *cv_to_float(Checker *c, ConstValue *v);
int cv_sign(Checker *c, const ConstValue *v);
bool cv_is_int_fit64(const ConstValue *v, int64_t *out);
bool cv_is_uint_fit64(const ConstValue *v, uint64_t *out);
size_t cv_bitlen(const ConstValue *v);
ConstValue *cv_unary(Checker *c, int op, ConstValue *x, int prec_bits);
ConstValue *cv_binary(Checker *c, ConstValue *x, int op, ConstValue *y, bool intdiv);
ConstValue *cv_shift(Checker *c, ConstValue *x, int op, unsigned s);
bool cv_compare(Checker *c, ConstValue *x, int op, ConstValue *y);
bool cv_equal_key(Checker *c, ConstValue *a, ConstValue *b); /* same Go value (for duplicate keys) */
bool representable_const(Checker *c, ConstValue *x, Type *basic, ConstValue **rounded);
ConstValue *cv_round_float(Checker *c, ConstValue *x, int bits, bool *ok); /* 32 or 64 */

/* ---- declarations (decl.c) ---- */
void collect_objects(Checker *c, Node **files, int nfiles);
void package_objects(Checker *c);
void obj_decl(Checker *c, Object *obj, Type *def);
void decl_stmt(Checker *c, Node *s);
void add_decl_dep(Checker *c, Object *obj);
void declare(Checker *c, Scope *s, Node *id, Object *obj);
void objset_add(Checker *c, ObjSet *s, Object *o);
bool objset_has(ObjSet *s, Object *o);
void check_valid_types(Checker *c);
void init_order(Checker *c);

/* ---- type expressions (typexpr.c) ---- */
Type *check_typ(Checker *c, Node *e);
Type *check_var_type(Checker *c, Node *e);
Type *check_defined_type(Checker *c, Node *e, Type *def);
void check_func_type(Checker *c, Type *sig, Node *recv, Node *ftype, Func *fn, Scope *scope);
void check_ident(Checker *c, Operand *x, Node *e, Type *def, bool want_type);
void check_delayed_type_checks_one(Checker *c, Action *a);
int64_t array_length(Checker *c, Node *e);

/* ---- expressions (expr.c, index.c, call.c, builtin.c) ---- */
ExprKind raw_expr(Checker *c, Operand *x, Node *e, Type *hint);
void check_expr(Checker *c, Operand *x, Node *e);
void check_multi_expr(Checker *c, Operand *x, Node *e);
void check_expr_with_hint(Checker *c, Operand *x, Node *e, Type *hint);
void check_expr_or_type(Checker *c, Operand *x, Node *e);
void record(Checker *c, Operand *x);
void record_node(Checker *c, Node *e, OpMode mode, Type *t, ConstValue *v);
void update_expr_type(Checker *c, Node *e, Type *t, bool final);
void convert_untyped(Checker *c, Operand *x, Type *target);
void binary(Checker *c, Operand *x, Node *e, Node *lhs, Node *rhs, int op);
void comparison(Checker *c, Operand *x, Operand *y, int op, bool switch_case);
void single_value(Checker *c, Operand *x);
void use_exprs(Checker *c, Node **list, int n);
void use_expr(Checker *c, Node *e);
void composite_lit(Checker *c, Operand *x, Node *e, Type *hint);
void index_expr(Checker *c, Operand *x, Node *e);
void slice_expr(Checker *c, Operand *x, Node *e);
bool check_index(Checker *c, Node *index, int64_t max, Type **typ_out, int64_t *val_out);
bool is_valid_index(Checker *c, Operand *x, const char *what, bool allow_negative);
ExprKind call_expr(Checker *c, Operand *x, Node *e);
void selector(Checker *c, Operand *x, Node *e, Type *def);
bool builtin_call(Checker *c, Operand *x, Node *call, int id);
void conversion(Checker *c, Operand *x, Type *T);
/* buf (bufcap operands) is used when the results fit, else the arena */
Operand *expr_list(Checker *c, Node **elist, int n, bool allow_commaok, int *nout, bool *commaok, Operand *buf,
                   int bufcap);
void arguments(Checker *c, Node *call, Type *sig, Operand *args, int nargs);
void type_assertion(Checker *c, Node *e, Operand *x, Type *T, bool type_switch);
Object *lookup_field_or_method(Checker *c, Type *T, bool addressable, const char *name,
                               int **path, int *npath, bool *indirect);
Object *missing_method(Checker *c, Type *V, Type *T, bool static_, Object **alt);
const char *missing_method_reason(Checker *c, Type *V, Type *T, Object *m, Object *alt);
const char *implements(Checker *c, Type *V, Type *T);  /* NULL or the reason */
void mark_addr_taken(Checker *c, Node *e);
Object *lookup(Checker *c, const char *name);

/* ---- assignments (assign.c) ---- */
/* Context of argument assignments: formatted "argument to f" only when an
 * error is reported (c->arg_fun names the callee). */
extern const char ARG_CONTEXT[];
bool assignable_to(Checker *c, Operand *x, Type *T, const char **reason);
void assignment(Checker *c, Operand *x, Type *T, const char *context);
void implicit_type_and_value(Checker *c, Operand *x, Type *target, Type **newtype, ConstValue **val, int *code);
void invalid_conversion(Checker *c, int code, Operand *x, Type *target);
void init_const(Checker *c, Object *lhs, Operand *x);
Type *init_var(Checker *c, Object *lhs, Operand *x, const char *context);
Type *assign_var(Checker *c, Node *lhs, Operand *x);
void init_vars(Checker *c, Object **lhs, int nlhs, Node **rhs, int nrhs, Node *return_stmt);
void assign_vars(Checker *c, Node **lhs, int nlhs, Node **rhs, int nrhs);
void short_var_decl(Checker *c, Node *s);
enum { CODE_TRUNCATED = 1, CODE_OVERFLOW, CODE_INVALIDCONST, CODE_INVALIDUNTYPED, CODE_INCOMPATIBLE };

/* ---- statements (stmt.c) ---- */
void func_body(Checker *c, Func *fn);
bool is_terminating(Checker *c, Node *s, const char *label);
Func *func_new(Checker *c, Node *node, Object *obj, Func *outer);

/* ---- imported packages (pkgs.c) ---- */
Object *import_package(Checker *c, Pos pos, Node *imp);
Object *package_member(Checker *c, Object *pkg, const char *name);

#endif
