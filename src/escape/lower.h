/*
 * lower.h — shared state of the AST → IR lowering (lower.c statements and
 * functions, lower_expr.c expressions). Internal to src/escape.
 */
#ifndef MINIGO_ESCAPE_LOWER_H
#define MINIGO_ESCAPE_LOWER_H

#include "ir.h"
#include "ptrmap.h"

typedef struct Lower {
    Arena *a;
    Package *pkg;
    IrPackage *ip;
    AstContext ac;      /* for ast_expr_string (constants print as their source) */
    PtrMap names;       /* Object* -> IrName* (variables, globals, functions) */
    PtrMap funcs;       /* Func* -> IrFunc* */
    IrFunc *fn;         /* function being lowered (NULL: package level) */
    IrFunc *initfn;     /* the generated package initialiser, when needed */
    Pos bpos;           /* gc noder's base.Pos: where implicit conversions land */
    IrNode *blank;      /* the blank identifier `_` as an assignment target */
    int nstmp;          /* gc's static temporaries main..stmp_N */
} Lower;

/* lower.c */
IrName *lower_declare_local(Lower *L, Object *o, Pos pos);
IrName *lower_name_of(Lower *L, Object *o, Pos use_pos);
IrName *lower_temp(Lower *L, Type *t, Pos pos);
IrFunc *lower_closure(Lower *L, Func *f);
void lower_stmt(Lower *L, IrList *out, Node *s);
IrNode *lower_func_name(Lower *L, Object *fobj, Pos pos);

/* lower_expr.c */
IrNode *lower_expr(Lower *L, Node *e);
/* e's lowering with the implicit conversion to an interface that the
 * context inserts (IMPL_TOIFACE) at the current base position. */
IrNode *lower_conv(Lower *L, IrNode *x, Node *e);
/* gc's ir.SetPos: names and named constants do not move base.Pos. */
void lower_setpos(Lower *L, IrNode *x);
Node *unparen(Node *e);
IrNode *lit_node(Lower *L, Node *e);
void lower_call_args(Lower *L, IrNode *call, Node *ast, Type *sig, IrList *args, NodeList *asts, int first);

#endif
