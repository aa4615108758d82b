/*
 * lower.c — functions and statements of the typed AST into gc's IR shapes
 * (see ir.h), the way gc's noder (irgen) and typecheck build them in 1.19:
 *
 *   x, y := a, b          [ODCL x; ODCL y] OAS2 x, y = a, b   (Def)
 *   var x T               ODCL x; OAS x = <nil>               (x.Defn NULL)
 *   var x = e             ODCL x; OAS x = e                   (at the name)
 *   for k, v := range s   [ODCL k; ODCL v] ORANGE              (vars declared outside the loop)
 *   return g()            [ODCL t1; ODCL t2; OAS2FUNC t1, t2 = g()] ORETURN t1, t2
 *
 * Declaration order matters: it is the order of each function's Dcl list,
 * which is the order gc reports "moved to heap" in. The noder declares a
 * `:=`'s names after translating its right side, a `var`'s before, range
 * variables before the range expression, and each type switch clause's
 * variable before the clause body.
 *
 * After a body is lowered, gc's deadcode pass runs on it (if and switch
 * with a constant condition, statements after a return in such a branch),
 * since escape analysis never sees that code.
 *
 * The package initialiser: what gc's staticinit cannot lay out in static
 * data (calls, maps, make, ...; see static_assign) is assigned in a
 * generated function "init", analysed last.
 *
 * This file is split by concern: functions, statements and the package
 * initialiser here, expressions in lower_expr.c.
 */
#include "lower.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static IrNode *irn(Lower *L, IrOp op, Pos pos, Type *t) { return ir_new(L->a, op, pos, t); }

static IrName *new_name(Lower *L, const char *sym, Object *o, Type *t, Pos pos, IrClass cls, IrFunc *fn)
{
    IrName *n = ARENA_NEW(L->a, IrName);
    n->sym = sym;
    n->obj = o;
    n->type = t;
    n->pos = pos;
    n->class = cls;
    n->curfn = fn;
    n->canon = n;
    n->blank = sym && sym[0] == '_' && sym[1] == 0;
    IrNode *node = irn(L, ONAME, pos, t);
    node->name = n;
    n->node = node;
    return n;
}

IrName *lower_declare_local(Lower *L, Object *o, Pos pos)
{
    IrName *n = new_name(L, o->name, o, o->type, pos, PAUTO, L->fn);
    if (!n->blank && L->fn)
        vec_push(L->a, &L->fn->dcl, n);
    ptrmap_put(&L->names, o, n);
    return n;
}

IrName *lower_temp(Lower *L, Type *t, Pos pos)
{
    IrFunc *fn = L->fn ? L->fn : L->initfn;
    const char *sym = arena_printf(L->a, ".autotmp_%d", fn ? fn->dcl.len : 0);
    IrName *n = new_name(L, sym, NULL, t, pos, PAUTO, fn);
    if (fn)
        vec_push(L->a, &fn->dcl, n);
    return n;
}

/* gc's ir.CaptureName: the closure variable of fn for n, made on first use. */
static IrName *capture(Lower *L, Pos pos, IrFunc *fn, IrName *n)
{
    if (!fn || n->curfn == fn)
        return n;
    for (int i = 0; i < fn->cvars.len; i++)
        if (fn->cvars.items[i]->canon == n)
            return fn->cvars.items[i];
    IrName *cv = new_name(L, n->sym, n->obj, n->type, pos, n->class, fn);
    cv->canon = n;
    vec_push(L->a, &fn->cvars, cv);
    return cv;
}

static bool is_func_local(IrName *n) { return n->class == PAUTO || n->class == PPARAM || n->class == PPARAMOUT; }

IrName *lower_name_of(Lower *L, Object *o, Pos use_pos)
{
    IrName *n = ptrmap_get(&L->names, o);
    if (!n) {
        if ((o->flags & (OBJF_GLOBAL | OBJF_IMPORTED)) || !o->owner) {
            const char *sym = (o->flags & OBJF_IMPORTED) ? arena_printf(L->a, "%s.%s", o->pkgpath, o->name) : o->name;
            n = new_name(L, sym, o, o->type, o->pos, PEXTERN, NULL);
        } else {
            IrFunc *owner = ptrmap_get(&L->funcs, o->owner);
            IrFunc *saved = L->fn;
            L->fn = owner;
            n = new_name(L, o->name, o, o->type, o->pos, PAUTO, owner);
            if (owner && !n->blank)
                vec_push(L->a, &owner->dcl, n);
            L->fn = saved;
        }
        ptrmap_put(&L->names, o, n);
    }
    if (is_func_local(n) && L->fn && n->curfn != L->fn)
        return capture(L, use_pos, L->fn, n);
    return n;
}

IrNode *lower_func_name(Lower *L, Object *fobj, Pos pos)
{
    (void)pos;
    IrName *n = ptrmap_get(&L->names, fobj);
    if (!n) {
        const char *sym = (fobj->flags & OBJF_IMPORTED) ? arena_printf(L->a, "%s.%s", fobj->pkgpath, fobj->name)
                                                        : fobj->name;
        n = new_name(L, sym, NULL, fobj->type, fobj->pos, PFUNC, NULL);
        n->fobj = fobj;
        n->func = fobj->func ? ptrmap_get(&L->funcs, fobj->func) : NULL;
        ptrmap_put(&L->names, fobj, n);
    }
    return n->node;
}

/* ---- deadcode (gc's deadcode.Func, the parts our subset reaches) ---------------- */

static bool const_bool(IrNode *c, bool *val)
{
    if (!c || c->op != OLITERAL || !c->ast || !c->ast->cv || c->ast->cv->kind != CV_BOOL)
        return false;
    *val = cv_bool(c->ast->cv);
    return true;
}

static const ConstValue *const_of(IrNode *n)
{
    return n && n->op == OLITERAL && n->ast ? n->ast->cv : NULL;
}

static bool const_equal(const ConstValue *a, const ConstValue *b)
{
    if (a->kind == CV_BOOL || b->kind == CV_BOOL)
        return a->kind == b->kind && cv_bool(a) == cv_bool(b);
    if (a->kind == CV_STRING || b->kind == CV_STRING)
        return a->kind == b->kind && a->len == b->len && memcmp(a->str, b->str, a->len) == 0;
    if (a->kind == CV_INT && b->kind == CV_INT)
        return a->zsize == b->zsize && memcmp(a->zlimbs, b->zlimbs, sizeof(unsigned long) * (size_t)abs(a->zsize)) == 0;
    return cv_float64(a) == cv_float64(b);
}

static bool has_fallthrough(IrList *body)
{
    for (int i = 0; i < body->len; i++)
        if (body->items[i]->op == OFALL)
            return true;
    return false;
}

/* deadcode's constant switch: keep only the case that always runs. */
static void deadcode_switch(IrNode *n)
{
    if (n->x && n->x->op == OTYPESW)
        return;
    ConstValue tru = {0};
    tru.kind = CV_BOOL;
    tru.b = true;
    const ConstValue *x = &tru;
    if (n->x) {
        x = const_of(n->x);
        if (!x)
            return;
    }
    IrNode *def = NULL;
    for (int i = 0; i < n->cases.len; i++) {
        IrNode *cas = n->cases.items[i];
        if (cas->list.len == 0) {
            def = cas;
            continue;
        }
        for (int j = 0; j < cas->list.len; j++) {
            const ConstValue *c = const_of(cas->list.items[j]);
            if (!c)
                return;
            if (const_equal(x, c)) {
                if (has_fallthrough(&cas->rlist))
                    return;
                cas->list.items[0] = cas->list.items[j];
                cas->list.len = 1;
                n->cases.items[0] = cas;
                n->cases.len = 1;
                return;
            }
        }
    }
    if (def) {
        if (has_fallthrough(&def->rlist))
            return;
        n->cases.items[0] = def;
        n->cases.len = 1;
        return;
    }
    n->cases.len = 0;
}

static void deadcode_stmts(IrList *l)
{
    int last_label = -1;
    for (int i = 0; i < l->len; i++)
        if (l->items[i] && l->items[i]->op == OLABEL)
            last_label = i;
    for (int i = 0; i < l->len; i++) {
        IrNode *n = l->items[i];
        bool cut = false;
        bool val;
        if (n->op == OIF && const_bool(n->x, &val)) {
            IrList *body;
            if (val) {
                n->rlist.len = 0;
                body = &n->list;
            } else {
                n->list.len = 0;
                body = &n->rlist;
            }
            if (body->len) {
                IrOp op = body->items[body->len - 1]->op;
                if ((op == ORETURN || op == OPANIC) && i > last_label)
                    cut = true;
            }
        }
        if (n->op == OSWITCH)
            deadcode_switch(n);
        if (n->init.len)
            deadcode_stmts(&n->init);
        switch (n->op) {
        case OBLOCK:
        case OFOR:
        case ORANGE:
            deadcode_stmts(&n->list);
            break;
        case OIF:
            deadcode_stmts(&n->list);
            deadcode_stmts(&n->rlist);
            break;
        case OSWITCH:
            for (int k = 0; k < n->cases.len; k++)
                deadcode_stmts(&n->cases.items[k]->rlist);
            break;
        default:
            break;
        }
        if (cut) {
            l->len = i + 1;
            break;
        }
    }
}

/* ---- statements ------------------------------------------------------------------ */

static void lower_block(Lower *L, IrList *out, Node *block)
{
    if (!block)
        return;
    if (block->kind != N_BLOCK) {
        lower_stmt(L, out, block);
        return;
    }
    for (int i = 0; i < block->u.block.stmts.len; i++)
        lower_stmt(L, out, block->u.block.stmts.items[i]);
}

static IrNode *one_stmt(Lower *L, Node *s)
{
    if (!s)
        return NULL;
    IrList l = {0};
    lower_stmt(L, &l, s);
    if (l.len == 0)
        return NULL;
    if (l.len == 1)
        return l.items[0];
    IrNode *b = irn(L, OBLOCK, s->pos, NULL);
    b->list = l;
    return b;
}

static void set_init(IrNode *n, IrNode *init, Lower *L)
{
    if (init)
        vec_push(L->a, &n->init, init);
}

static IrNode *new_dcl(Lower *L, IrName *n, Pos pos)
{
    IrNode *d = irn(L, ODCL, pos, NULL);
    d->name = n;
    return d;
}

/* Is ident a new variable of its := ? */
static bool declares(Node *ident)
{
    return ident->kind == N_IDENT && ident->obj && ident->obj->kind == OBJ_VAR && ident->obj->decl == ident;
}

/* The left side of a := : new names declared now (after the right side). */
static IrNode *define_target(Lower *L, Node *lhs, IrNameList *newnames)
{
    lhs = unparen(lhs);
    if (lhs->kind == N_IDENT && lhs->u.ident.name[0] == '_' && lhs->u.ident.name[1] == 0)
        return L->blank;
    if (declares(lhs)) {
        IrName *n = lower_declare_local(L, lhs->obj, lhs->pos);
        vec_push(L->a, newnames, n);
        return n->node;
    }
    return lower_expr(L, lhs);
}

static bool is_commaok(Node *rhs)
{
    rhs = unparen(rhs);
    return rhs && (rhs->implicit & IMPL_COMMAOK) && (rhs->kind == N_INDEX || rhs->kind == N_ASSERT);
}

/* a, b = f() where some result needs converting to its variable's type */
static bool multi_mismatch(IrList *lhs, Type *tuple)
{
    if (!tuple || tuple->kind != TY_TUPLE)
        return false;
    for (int i = 0; i < lhs->len && i < tuple->nfields; i++) {
        IrNode *x = lhs->items[i];
        if (x->op == ONAME && x->name->blank)
            continue;
        if (x->type && !type_identical(x->type, tuple->fields[i]->type))
            return true;
    }
    return false;
}

static void lower_assign(Lower *L, IrList *out, Node *s)
{
    NodeList *lhs = &s->u.assign.lhs, *rhs = &s->u.assign.rhs;
    int op = s->u.assign.op;
    if (op != '=' && op != OP_DEFINE) { /* x op= y: right side first */
        IrNode *n = irn(L, OASOP, s->pos, NULL);
        n->y = lower_expr(L, rhs->items[0]);
        n->x = lower_expr(L, lhs->items[0]);
        n->asop = op;
        vec_push(L->a, out, n);
        return;
    }
    IrList r = {0};
    for (int i = 0; i < rhs->len; i++)
        vec_push(L->a, &r, lower_expr(L, rhs->items[i]));
    IrNameList names = {0};
    IrList l = {0};
    for (int i = 0; i < lhs->len; i++)
        vec_push(L->a, &l, op == OP_DEFINE ? define_target(L, lhs->items[i], &names) : lower_expr(L, lhs->items[i]));
    IrNode *n;
    if (l.len == 1 && r.len == 1) {
        n = irn(L, OAS, s->pos, NULL);
        n->x = l.items[0];
        n->y = lower_conv(L, r.items[0], rhs->items[0]);
    } else {
        IrOp aop = OAS2;
        if (r.len == 1 && l.len == 2 && is_commaok(rhs->items[0]))
            aop = unparen(rhs->items[0])->kind == N_INDEX ? OAS2MAPR : OAS2DOTTYPE;
        else if (r.len == 1 && l.len > 1)
            aop = OAS2FUNC;
        n = irn(L, aop, s->pos, NULL);
        n->list = l;
        if (aop == OAS2FUNC && multi_mismatch(&l, r.items[0]->type)) {
            /* gc's RewriteMultiValueCall: t1, t2 := f(); a, b = conv(t1), conv(t2) */
            IrNode *as = irn(L, OAS2FUNC, L->bpos, NULL);
            Type *tt = r.items[0]->type;
            IrList temps = {0};
            for (int i = 0; i < tt->nfields; i++) {
                IrName *tmp = lower_temp(L, tt->fields[i]->type, L->bpos);
                vec_push(L->a, &as->init, new_dcl(L, tmp, L->bpos));
                vec_push(L->a, &as->list, tmp->node);
                tmp->defn = as;
                IrNode *x = tmp->node;
                Type *lt = l.items[i]->type;
                if (l.items[i] != L->blank && lt && type_is_interface(lt) && !type_is_interface(x->type)) {
                    IrNode *c = irn(L, OCONVIFACE, L->bpos, lt);
                    c->flags |= IRF_IMPLICIT;
                    c->x = x;
                    x = c;
                }
                vec_push(L->a, &temps, x);
            }
            vec_push(L->a, &as->rlist, r.items[0]);
            vec_push(L->a, &n->init, as);
            n->op = OAS2;
            r = temps;
            aop = OAS2;
            n->rlist = r;
        } else if (aop == OAS2) {
            for (int i = 0; i < r.len; i++)
                r.items[i] = lower_conv(L, r.items[i], rhs->items[i]);
        }
        n->rlist = r;
    }
    if (names.len) {
        n->flags |= IRF_DEF;
        for (int i = 0; i < names.len; i++) {
            names.items[i]->defn = n;
            vec_push(L->a, &n->init, new_dcl(L, names.items[i], names.items[i]->pos));
        }
    }
    vec_push(L->a, out, n);
}

static void lower_varspec(Lower *L, IrList *out, Node *spec)
{
    NodeList *names = &spec->u.valuespec.names, *values = &spec->u.valuespec.values;
    Pos pos = names->len ? names->items[0]->pos : spec->pos;
    L->bpos = pos;
    IrName **vars = ARENA_ARRAY(L->a, IrName *, names->len);
    for (int i = 0; i < names->len; i++) {
        Node *id = names->items[i];
        vars[i] = id->obj ? lower_declare_local(L, id->obj, id->pos) : NULL;
    }
    IrList vals = {0};
    for (int i = 0; i < values->len; i++)
        vec_push(L->a, &vals, lower_expr(L, values->items[i]));
    IrNode *as2 = NULL;
    if (vals.len && vals.len != names->len) {
        as2 = irn(L, OAS2FUNC, pos, NULL);
        as2->rlist = vals;
    }
    for (int i = 0; i < names->len; i++) {
        IrName *v = vars[i];
        if (!v)
            continue;
        if (!v->blank)
            vec_push(L->a, out, new_dcl(L, v, pos));
        if (as2) {
            vec_push(L->a, &as2->list, v->blank ? L->blank : v->node);
            v->defn = as2;
            continue;
        }
        IrNode *as = irn(L, OAS, pos, NULL);
        as->x = v->blank ? L->blank : v->node;
        if (vals.len) {
            as->y = lower_conv(L, vals.items[i], values->items[i]);
            v->defn = as;
        }
        vec_push(L->a, out, as);
    }
    if (as2)
        vec_push(L->a, out, as2);
}

static void lower_return(Lower *L, IrList *out, Node *s)
{
    IrNode *n = irn(L, ORETURN, s->pos, NULL);
    NodeList *rs = &s->u.return_.results;
    for (int i = 0; i < rs->len; i++)
        vec_push(L->a, &n->list, lower_expr(L, rs->items[i]));
    Func *f = L->fn ? L->fn->src : NULL;
    if (n->list.len == 1 && n->list.items[0]->type && n->list.items[0]->type->kind == TY_TUPLE) {
        IrNode *call = n->list.items[0];
        n->list.len = 0;
        IrList temps = {0};
        /* RewriteMultiValueCall puts the OAS2FUNC in the return's init */
        IrNode *as = irn(L, OAS2FUNC, L->bpos, NULL);
        Type *tt = call->type;
        for (int i = 0; i < tt->nfields; i++) {
            IrName *tmp = lower_temp(L, tt->fields[i]->type, L->bpos);
            vec_push(L->a, &as->init, new_dcl(L, tmp, L->bpos));
            vec_push(L->a, &as->list, tmp->node);
            vec_push(L->a, &temps, tmp->node);
            tmp->defn = as;
        }
        vec_push(L->a, &as->rlist, call);
        vec_push(L->a, &n->init, as);
        n->list = temps;
        /* typecheckaste converts the temporaries to the result types */
        for (int i = 0; f && i < n->list.len && i < f->results.len; i++) {
            Type *rt = f->results.items[i]->type;
            IrNode *x = n->list.items[i];
            if (rt && type_is_interface(rt) && x->type && !type_is_interface(x->type)) {
                IrNode *c = irn(L, OCONVIFACE, L->bpos, rt);
                c->flags |= IRF_IMPLICIT;
                c->x = x;
                n->list.items[i] = c;
            }
        }
    } else {
        for (int i = 0; i < n->list.len; i++) {
            lower_setpos(L, n->list.items[i]); /* names keep base.Pos */
            n->list.items[i] = lower_conv(L, n->list.items[i], rs->items[i]);
        }
    }
    vec_push(L->a, out, n);
}

static void lower_if(Lower *L, IrList *out, Node *s)
{
    IrNode *init = one_stmt(L, s->u.if_.init);
    IrNode *n = irn(L, OIF, s->pos, NULL);
    n->x = lower_expr(L, s->u.if_.cond);
    lower_block(L, &n->list, s->u.if_.then);
    if (s->u.if_.els)
        lower_block(L, &n->rlist, s->u.if_.els);
    set_init(n, init, L);
    vec_push(L->a, out, n);
}

static void lower_for(Lower *L, IrList *out, Node *s)
{
    IrNode *n = irn(L, OFOR, s->pos, NULL);
    IrNode *init = one_stmt(L, s->u.for_.init);
    n->x = lower_expr(L, s->u.for_.cond);
    n->y = one_stmt(L, s->u.for_.post);
    lower_block(L, &n->list, s->u.for_.body);
    set_init(n, init, L);
    vec_push(L->a, out, n);
}

static void lower_range(Lower *L, IrList *out, Node *s)
{
    IrNode *n = irn(L, ORANGE, s->u.range.range_pos, NULL);
    IrNameList names = {0};
    Node *k = s->u.range.key, *v = s->u.range.value;
    if (s->u.range.define) {
        n->y = k ? define_target(L, k, &names) : NULL;
        n->z = v ? define_target(L, v, &names) : NULL;
    } else {
        n->y = k ? lower_expr(L, k) : NULL;
        n->z = v ? lower_expr(L, v) : NULL;
    }
    n->x = lower_expr(L, s->u.range.x);
    lower_block(L, &n->list, s->u.range.body);
    for (int i = 0; i < names.len; i++) {
        names.items[i]->defn = n;
        vec_push(L->a, &n->init, new_dcl(L, names.items[i], names.items[i]->pos));
    }
    if (names.len)
        n->flags |= IRF_DEF;
    vec_push(L->a, out, n);
}

static void lower_switch(Lower *L, IrList *out, Node *s)
{
    IrNode *init = one_stmt(L, s->u.switch_.init);
    IrNode *n = irn(L, OSWITCH, s->pos, NULL);
    n->x = lower_expr(L, s->u.switch_.tag);
    NodeList *cs = &s->u.switch_.cases;
    for (int i = 0; i < cs->len; i++) {
        Node *c = cs->items[i];
        IrNode *cn = irn(L, OCASE, c->pos, NULL);
        for (int j = 0; j < c->u.case_.list.len; j++)
            vec_push(L->a, &cn->list, lower_expr(L, c->u.case_.list.items[j]));
        for (int j = 0; j < c->u.case_.body.len; j++)
            lower_stmt(L, &cn->rlist, c->u.case_.body.items[j]);
        vec_push(L->a, &n->cases, cn);
    }
    set_init(n, init, L);
    vec_push(L->a, out, n);
}

static void lower_typeswitch(Lower *L, IrList *out, Node *s)
{
    IrNode *init = one_stmt(L, s->u.typeswitch.init);
    IrNode *n = irn(L, OSWITCH, s->pos, NULL);
    IrNode *g = irn(L, OTYPESW, s->pos, NULL);
    g->x = lower_expr(L, s->u.typeswitch.x);
    g->flags = s->u.typeswitch.bind ? IRF_DEF : 0;
    n->x = g;
    NodeList *cs = &s->u.typeswitch.cases;
    for (int i = 0; i < cs->len; i++) {
        Node *c = cs->items[i];
        IrNode *cn = irn(L, OCASE, c->pos, NULL);
        if (s->u.typeswitch.bind && c->obj) {
            cn->name = lower_declare_local(L, c->obj, c->u.case_.colon);
            cn->name->defn = g;
        }
        for (int j = 0; j < c->u.case_.list.len; j++) {
            Node *t = c->u.case_.list.items[j];
            vec_push(L->a, &cn->list, irn(L, t->mode == MODE_TYPEEXPR ? OTYPE : ONIL, t->pos, t->type));
        }
        for (int j = 0; j < c->u.case_.body.len; j++)
            lower_stmt(L, &cn->rlist, c->u.case_.body.items[j]);
        vec_push(L->a, &n->cases, cn);
    }
    set_init(n, init, L);
    vec_push(L->a, out, n);
}

void lower_stmt(Lower *L, IrList *out, Node *s)
{
    if (!s)
        return;
    switch (s->kind) {
    case N_EXPRSTMT:
        vec_push(L->a, out, lower_expr(L, s->u.exprstmt.x));
        break;
    case N_INCDEC: {
        IrNode *n = irn(L, OASOP, s->pos, NULL);
        n->x = lower_expr(L, s->u.incdec.x);
        n->asop = s->u.incdec.op == OP_INC ? '+' : '-';
        n->flags |= IRF_INCDEC;
        vec_push(L->a, out, n);
        break;
    }
    case N_ASSIGN:
        lower_assign(L, out, s);
        break;
    case N_DECLSTMT:
        for (int i = 0; i < s->u.declstmt.specs.len; i++) {
            Node *spec = s->u.declstmt.specs.items[i];
            if (spec->kind == N_VARSPEC)
                lower_varspec(L, out, spec);
        }
        break;
    case N_GO:
    case N_DEFER: {
        IrNode *n = irn(L, s->kind == N_GO ? OGO : ODEFER, s->pos, NULL);
        n->x = lower_expr(L, s->kind == N_GO ? s->u.go_.call : s->u.defer_.call);
        vec_push(L->a, out, n);
        break;
    }
    case N_RETURN:
        lower_return(L, out, s);
        break;
    case N_BRANCH: {
        int tok = s->u.branch.tok;
        vec_push(L->a, out, irn(L, tok == BR_CONTINUE ? OCONTINUE : tok == BR_FALLTHROUGH ? OFALL : OBREAK, s->pos, NULL));
        break;
    }
    case N_BLOCK:
        lower_block(L, out, s);
        break;
    case N_IF:
        lower_if(L, out, s);
        break;
    case N_FOR:
        lower_for(L, out, s);
        break;
    case N_RANGE:
        lower_range(L, out, s);
        break;
    case N_SWITCH:
        lower_switch(L, out, s);
        break;
    case N_TYPESWITCH:
        lower_typeswitch(L, out, s);
        break;
    case N_LABELED:
        vec_push(L->a, out, irn(L, OLABEL, s->pos, NULL));
        lower_stmt(L, out, s->u.labeled.stmt);
        break;
    default:
        break;
    }
}

/* ---- functions ------------------------------------------------------------------- */

static IrName *declare_param(Lower *L, IrFunc *fn, Object *o, IrClass cls, int index)
{
    const char *sym = o->name && o->name[0] ? o->name : NULL;
    if (cls == PPARAMOUT && (!sym || (sym[0] == '_' && sym[1] == 0)))
        sym = arena_printf(L->a, "%s%d", sym ? "~b" : "~r", index);
    IrName *n = new_name(L, sym, o, o->type, o->pos, cls, fn);
    if (cls == PPARAMOUT)
        n->blank = false;
    if (sym && !n->blank)
        vec_push(L->a, &fn->dcl, n);
    if (o->name && o->name[0])
        ptrmap_put(&L->names, o, n);
    return n;
}

static void lower_body(Lower *L, IrFunc *fn)
{
    Func *f = fn->src;
    IrFunc *saved = L->fn;
    L->fn = fn;
    if (f->recv)
        vec_push(L->a, &fn->params, declare_param(L, fn, f->recv, PPARAM, 0));
    for (int i = 0; i < f->params.len; i++)
        vec_push(L->a, &fn->params, declare_param(L, fn, f->params.items[i], PPARAM, i));
    for (int i = 0; i < f->results.len; i++) {
        IrName *r = declare_param(L, fn, f->results.items[i], PPARAMOUT, i);
        r->result_index = i + 1;
        vec_push(L->a, &fn->results, r);
    }
    Node *body = f->node->kind == N_FUNCDECL ? f->node->u.func.body : f->node->u.funclit.body;
    lower_block(L, &fn->body, body);
    deadcode_stmts(&fn->body);
    L->fn = saved;
}

IrFunc *lower_closure(Lower *L, Func *f)
{
    IrFunc *fn = ptrmap_get(&L->funcs, f);
    if (!fn)
        return NULL;
    if (fn->lowered) /* a package-level literal met again in the initialiser */
        return fn;
    fn->lowered = true;
    fn->outer = L->fn;
    fn->hidden = L->fn != NULL;
    IrNode *c = irn(L, OCLOSURE, f->node->pos, f->sig);
    c->fn = fn;
    c->ast = f->node;
    fn->closure = c;
    if (L->fn)
        vec_push(L->a, &L->fn->inner, fn);
    lower_body(L, fn);
    /* FinishCaptureNames: the enclosing function captures what we did */
    for (int i = 0; i < fn->cvars.len && fn->outer; i++)
        capture(L, c->pos, fn->outer, fn->cvars.items[i]->canon);
    return fn;
}

static IrFunc *func_shell(Lower *L, Func *f)
{
    IrFunc *fn = ARENA_NEW(L->a, IrFunc);
    fn->src = f;
    fn->name = f->name;
    fn->sig = f->sig;
    ptrmap_put(&L->funcs, f, fn);
    return fn;
}

/* ---- the package initialiser ----------------------------------------------------- */

/* gc's staticinit (staticinit/sched.go StaticAssign): what it can lay out
 * in static data needs no code; what it cannot becomes an assignment in
 * init, possibly to a piece of a static temporary ("main..stmp_0"):
 *
 *   var r = &Reg{items: map[string]*int{}}
 *     r points to static main..stmp_0; init does
 *     (map[string]*int)(main..stmp_0@0) = map[string]*int{}
 */
typedef struct StaticTarget {
    const char *sym;   /* "main.r", "main..stmp_0" */
    int64_t off;
    IrName *global;    /* the variable itself when off == 0 and the whole of it */
} StaticTarget;

static bool static_assign(Lower *L, StaticTarget t, Node *e, Type *typ);

static IrFunc *init_func(Lower *L)
{
    if (!L->initfn) {
        L->initfn = ARENA_NEW(L->a, IrFunc);
        L->initfn->name = "init";
    }
    return L->initfn;
}

static void dynamic_assign(Lower *L, StaticTarget t, Node *e, Type *typ)
{
    IrFunc *fn = init_func(L);
    L->fn = fn;
    Pos pos = unparen(e)->pos;
    L->bpos = pos;
    IrNode *rhs = lower_expr(L, e);
    IrNode *lhs;
    if (t.global && t.off == 0) {
        lhs = t.global->node;
    } else {
        lhs = irn(L, OLINKSYMOFFSET, pos, typ);
        lhs->text = arena_printf(L->a, "%s@%lld", t.sym, (long long)t.off);
    }
    IrNode *as = irn(L, OAS, pos, NULL);
    as->x = lhs;
    as->y = lower_conv(L, rhs, e);
    vec_push(L->a, &fn->body, as);
    L->fn = NULL;
}

static void assign_part(Lower *L, StaticTarget t, Node *e, Type *typ)
{
    if (!static_assign(L, t, e, typ))
        dynamic_assign(L, t, e, typ);
}

static StaticTarget static_temp(Lower *L)
{
    StaticTarget t = {arena_printf(L->a, "main..stmp_%d", L->nstmp++), 0, NULL};
    return t;
}

static int64_t elem_offset(Type *t, int i, Node *field)
{
    Type *u = type_underlying(t);
    if (u->kind == TY_STRUCT) {
        type_size(u);
        for (int k = 0; k < u->nfields; k++)
            if (field ? u->fields[k]->name == field->u.ident.name : k == i)
                return u->fields[k]->offset;
        return 0;
    }
    return (int64_t)i * type_size(u->elem);
}

static bool static_elems(Lower *L, StaticTarget t, Node *lit)
{
    Type *u = type_underlying(lit->type);
    NodeList *elts = &lit->u.composite.elts;
    int64_t index = 0;
    for (int i = 0; i < elts->len; i++) {
        Node *el = elts->items[i], *key = NULL;
        if (el->kind == N_KEYVALUE) {
            key = el->u.kv.key;
            el = el->u.kv.value;
            if (u->kind != TY_STRUCT && key->cv)
                index = cv_int64(key->cv);
        }
        int64_t off = u->kind == TY_STRUCT ? elem_offset(lit->type, i, key) : elem_offset(lit->type, (int)index, NULL);
        index++;
        Node *v = unparen(el);
        if (v->mode == MODE_CONSTANT && !(v->implicit & IMPL_TOIFACE))
            continue;
        StaticTarget part = {t.sym, t.off + off, NULL};
        assign_part(L, part, el, v->type);
    }
    return true;
}

static bool static_assign(Lower *L, StaticTarget t, Node *e, Type *typ)
{
    (void)typ;
    e = unparen(e);
    if (!e)
        return true;
    if (e->implicit & IMPL_TOIFACE) {
        /* the value goes into a static temporary (or the data word) */
        Node tmp = *e;
        tmp.implicit &= ~IMPL_TOIFACE;
        if (e->mode == MODE_CONSTANT)
            return true;
        StaticTarget a = ir_is_direct_iface(e->type) ? (StaticTarget){t.sym, t.off + 8, NULL} : static_temp(L);
        Node *copy = ARENA_NEW(L->a, Node);
        *copy = tmp;
        assign_part(L, a, copy, e->type);
        return true;
    }
    if (e->mode == MODE_CONSTANT)
        return true;
    switch (e->kind) {
    case N_IDENT:
        return true; /* nil, functions, static copies of other globals: no allocation sites */
    case N_FUNCLIT:
        return true;
    case N_SELECTOR:
        return e->sel && e->sel->kind == SEL_QUALIFIED;
    case N_UNARY: {
        if (e->u.unary.op != '&')
            return false;
        Node *x = unparen(e->u.unary.x);
        if (x->kind == N_IDENT || x->kind == N_SELECTOR)
            return true;
        if (x->kind != N_COMPOSITE)
            return false;
        StaticTarget a = static_temp(L);
        assign_part(L, a, x, x->type);
        return true;
    }
    case N_COMPOSITE: {
        Type *u = e->type ? type_underlying(e->type) : NULL;
        if (!u || u->kind == TY_MAP)
            return false;
        if (u->kind == TY_POINTER) { /* elided &T{...} */
            StaticTarget a = static_temp(L);
            Node *x = ARENA_NEW(L->a, Node);
            *x = *e;
            x->type = u->elem;
            x->implicit &= ~IMPL_ADDR;
            assign_part(L, a, x, u->elem);
            return true;
        }
        if (u->kind == TY_SLICE) {
            StaticTarget a = static_temp(L);
            return static_elems(L, a, e);
        }
        return static_elems(L, t, e);
    }
    default:
        return false;
    }
}

static void lower_package_init(Lower *L)
{
    Package *p = L->pkg;
    for (int i = 0; i < p->inits.len; i++) {
        Initializer *in = &p->inits.items[i];
        if (!in->init)
            continue;
        if (in->nlhs == 1) {
            IrName *g = lower_name_of(L, in->lhs[0], in->lhs[0]->pos);
            StaticTarget t = {arena_printf(L->a, "main.%s", g->sym), 0, g};
            if (!static_assign(L, t, in->init, in->lhs[0]->type)) {
                IrFunc *fn = init_func(L);
                L->fn = fn;
                Pos pos = in->lhs[0]->pos;
                L->bpos = pos;
                IrNode *rhs = lower_expr(L, in->init);
                IrNode *as = irn(L, OAS, pos, NULL);
                as->x = g->node;
                as->y = lower_conv(L, rhs, in->init);
                vec_push(L->a, &fn->body, as);
                L->fn = NULL;
            }
            continue;
        }
        IrFunc *fn = init_func(L);
        L->fn = fn;
        Pos pos = in->lhs[0]->pos;
        L->bpos = pos;
        IrNode *rhs = lower_expr(L, in->init);
        IrNode *as = irn(L, OAS2FUNC, pos, NULL);
        for (int k = 0; k < in->nlhs; k++)
            vec_push(L->a, &as->list, lower_name_of(L, in->lhs[k], pos)->node);
        vec_push(L->a, &as->rlist, rhs);
        vec_push(L->a, &fn->body, as);
        L->fn = NULL;
    }
    if (L->initfn)
        vec_push(L->a, &L->ip->decls, L->initfn);
}

/* ---- package --------------------------------------------------------------------- */

/* Files in command-line order (the order their functions were checked in),
 * then line and column: gc's declaration order. */
static int func_rank_cmp(const void *a, const void *b)
{
    const IrFunc *x = *(IrFunc *const *)a, *y = *(IrFunc *const *)b;
    if (x->visit_id != y->visit_id)
        return x->visit_id - y->visit_id;
    Pos p = x->src->node->pos, q = y->src->node->pos;
    if (p.line != q.line)
        return p.line - q.line;
    return p.col - q.col;
}

IrPackage *ir_lower_package(Package *pkg, Arena *arena)
{
    Lower L = {0};
    L.a = arena;
    L.pkg = pkg;
    L.ac.arena = arena;
    IrPackage *ip = ARENA_NEW(arena, IrPackage);
    ip->pkg = pkg;
    ip->arena = arena;
    L.ip = ip;
    IrName *bn = new_name(&L, "_", NULL, NULL, (Pos){0}, PAUTO, NULL);
    bn->blank = true;
    L.blank = bn->node;
    for (int i = 0; i < pkg->all_funcs.len; i++)
        func_shell(&L, pkg->all_funcs.items[i]);
    for (int i = 0; i < pkg->var_closures.len; i++)
        if (!ptrmap_get(&L.funcs, pkg->var_closures.items[i]))
            func_shell(&L, pkg->var_closures.items[i]);
    /* top-level functions (and package-level function literals) in source order */
    VEC(IrFunc *) tops = {0};
    for (int i = 0; i < pkg->funcs.len; i++) {
        IrFunc *fn = ptrmap_get(&L.funcs, pkg->funcs.items[i]);
        if (fn && pkg->funcs.items[i]->node && pkg->funcs.items[i]->node->u.func.body)
            vec_push(arena, &tops, fn);
    }
    for (int i = 0; i < pkg->var_closures.len; i++)
        vec_push(arena, &tops, (IrFunc *)ptrmap_get(&L.funcs, pkg->var_closures.items[i]));
    if (pkg->var_closures.len && tops.len > 1) {
        /* rank files by first appearance; visit_id is free until escape analysis */
        VEC(const char *) files = {0};
        for (int i = 0; i < tops.len; i++) {
            const char *f = tops.items[i]->src->node->pos.file;
            int k = 0;
            while (k < files.len && strcmp(files.items[k], f) != 0)
                k++;
            if (k == files.len)
                vec_push(arena, &files, f);
            tops.items[i]->visit_id = k;
        }
        qsort(tops.items, (size_t)tops.len, sizeof *tops.items, func_rank_cmp);
        for (int i = 0; i < tops.len; i++)
            tops.items[i]->visit_id = 0;
    }
    for (int i = 0; i < tops.len; i++) {
        IrFunc *fn = tops.items[i];
        if (fn->src->node->kind == N_FUNCLIT) {
            L.fn = NULL;
            fn->closure = NULL;
            lower_closure(&L, fn->src);
            fn->hidden = false;
        } else {
            lower_body(&L, fn);
        }
        vec_push(arena, &ip->decls, fn);
    }
    L.fn = NULL;
    lower_package_init(&L);
    ptrmap_free(&L.names);
    ptrmap_free(&L.funcs);
    return ip;
}
