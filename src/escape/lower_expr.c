/*
 * lower_expr.c — expressions of the typed AST into gc's IR shapes.
 *
 * Each function below builds what gc's noder (irgen, Go 1.19) and its
 * transform*() functions build for the same syntax, in the same order,
 * because two things observable in -m output depend on that order:
 *
 *  - positions of implicit conversions. gc's noder sets base.Pos to the
 *    position of every non-constant expression it translates (pre-order,
 *    left to right, the right side of an assignment before its left), and
 *    an implicit conversion lands at base.Pos when it is inserted. Call
 *    arguments, composite literal elements and results first move base.Pos
 *    to the argument itself unless it is a name (ir.SetPos ignores names).
 *    So `fmt.Println(x, "a")` converts x at the '(' and "a" at "a".
 *  - the order closure variables are captured in (first use).
 *
 * Constants become OLITERAL nodes printed as their source text (gc keeps
 * the original expression: `c + 1`, `'x'`, `len(s)`).
 */
#include "lower.h"

#include <string.h>

Node *unparen(Node *e)
{
    while (e && e->kind == N_PAREN)
        e = e->u.paren.x;
    return e;
}

IrNode *ir_new(Arena *a, IrOp op, Pos pos, Type *t)
{
    IrNode *n = ARENA_NEW(a, IrNode);
    n->op = op;
    n->pos = pos;
    n->type = t;
    return n;
}

static IrNode *irn(Lower *L, IrOp op, Pos pos, Type *t) { return ir_new(L->a, op, pos, t); }

static Type *ptr_to(Lower *L, Type *elem)
{
    Type *t = ARENA_NEW(L->a, Type);
    t->kind = TY_POINTER;
    t->size = 8;
    t->align = 8;
    t->elem = elem;
    t->arena = L->a;
    return t;
}

/* gc keeps a constant's source text and its top operator (noder's
 * constExprOp), which decides where it needs parentheses. */
static int const_prec(Node *e)
{
    switch (e->kind) {
    case N_UNARY:
        return 7;
    case N_BINARY:
        switch (e->u.binary.op) {
        case '*': case '/': case '%': case OP_SHL: case OP_SHR: case '&': case OP_ANDNOT: return 6;
        case '+': case '-': case '|': case '^': return 5;
        case OP_EQ: case OP_NE: case '<': case OP_LE: case '>': case OP_GE: return 4;
        case OP_ANDAND: return 2;
        case OP_OROR: return 1;
        default: return 8;
        }
    default:
        return 8;
    }
}

IrNode *lit_node(Lower *L, Node *e)
{
    e = unparen(e);
    IrNode *n = irn(L, OLITERAL, e->pos, e->type);
    n->text = ast_expr_string(&L->ac, e);
    n->prec = const_prec(e);
    n->ast = e;
    return n;
}

void lower_setpos(Lower *L, IrNode *x)
{
    if (x && x->op != ONAME && pos_known(x->pos))
        L->bpos = x->pos;
}

/* gc's noder wraps names in element and argument positions in an implicit
 * paren carrying the use position (wrapname), so SetPos sees it. */
static void setpos_elem(Lower *L, IrNode *x, Node *ast)
{
    if (x && (x->op == ONAME || x->op == ONIL) && ast)
        L->bpos = unparen(ast)->pos;
    else
        lower_setpos(L, x);
}

IrNode *lower_conv(Lower *L, IrNode *x, Node *e)
{
    e = unparen(e);
    if (!x || !e || !(e->implicit & IMPL_TOIFACE))
        return x;
    IrNode *c = irn(L, OCONVIFACE, L->bpos, L->pkg->any_type);
    c->flags |= IRF_IMPLICIT;
    c->x = x;
    c->ast = e;
    return c;
}

/* A conversion decided by types (arguments that are temporaries of f(g())). */
static IrNode *conv_to(Lower *L, IrNode *x, Type *to)
{
    if (!x || !to || !type_is_interface(to) || !x->type || type_is_interface(x->type) ||
        x->type->kind == TY_UNTYPED_NIL || x->op == ONIL)
        return x;
    IrNode *c = irn(L, OCONVIFACE, L->bpos, to);
    c->flags |= IRF_IMPLICIT;
    c->x = x;
    return c;
}

/* ---- selectors -------------------------------------------------------------- */

static Object *struct_field(Type *t, int index)
{
    Type *u = type_underlying(t);
    if (u && u->kind == TY_POINTER)
        u = type_underlying(u->elem);
    if (!u || u->kind != TY_STRUCT || index < 0 || index >= u->nfields)
        return NULL;
    return u->fields[index];
}

static bool is_pointer(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    return u && u->kind == TY_POINTER;
}

/* x.f1.f2... along the first n steps of a selection path. */
static IrNode *walk_fields(Lower *L, IrNode *x, const int *path, int n, Pos pos)
{
    for (int i = 0; i < n; i++) {
        Object *f = struct_field(x->type, path[i]);
        if (!f)
            break;
        IrNode *d = irn(L, is_pointer(x->type) ? ODOTPTR : ODOT, pos, f->type);
        d->x = x;
        d->text = f->name;
        d->sym = f;
        x = d;
    }
    return x;
}

/* The receiver of a method call or method value after gc's implicit &x / *x. */
static IrNode *method_receiver(Lower *L, Node *sel)
{
    Selection *s = sel->sel;
    IrNode *x = lower_expr(L, sel->u.selector.x);
    x = walk_fields(L, x, s->path, s->npath - 1, sel->pos);
    if (s->recv == RECV_ADDR) {
        IrNode *a = irn(L, OADDR, sel->pos, ptr_to(L, x->type));
        a->flags |= IRF_IMPLICIT;
        a->x = x;
        x = a;
    } else if (s->recv == RECV_DEREF) {
        Type *u = type_underlying(x->type);
        IrNode *d = irn(L, ODEREF, sel->pos, u && u->kind == TY_POINTER ? u->elem : x->type);
        d->flags |= IRF_IMPLICIT;
        d->x = x;
        x = d;
    }
    return x;
}

static IrFunc *func_of(Lower *L, Object *o)
{
    return o && o->kind == OBJ_FUNC && o->func ? ptrmap_get(&L->funcs, o->func) : NULL;
}

static IrNode *method_expr(Lower *L, Type *recvtype, Object *m, Pos pos, Type *t)
{
    IrNode *tn = irn(L, OTYPE, pos, recvtype);
    IrNode *n = irn(L, OMETHEXPR, pos, t);
    n->x = tn;
    n->text = m->name;
    n->sym = m;
    n->fn = func_of(L, m);
    return n;
}

static IrNode *lower_selector(Lower *L, Node *e)
{
    Selection *s = e->sel;
    if (!s)
        return irn(L, ONIL, e->pos, e->type);
    switch (s->kind) {
    case SEL_QUALIFIED:
        if (s->obj->kind == OBJ_FUNC)
            return lower_func_name(L, s->obj, e->pos);
        return lower_name_of(L, s->obj, e->pos)->node;
    case SEL_FIELD: {
        IrNode *x = lower_expr(L, e->u.selector.x);
        return walk_fields(L, x, s->path, s->npath, e->pos);
    }
    case SEL_METHOD: {
        IrNode *x = method_receiver(L, e);
        IrNode *n = irn(L, OMETHVALUE, e->pos, e->type);
        n->x = x;
        n->text = s->obj->name;
        n->sym = s->obj;
        n->fn = func_of(L, s->obj);
        n->ast = e;
        return n;
    }
    case SEL_METHODEXPR:
        return method_expr(L, s->xtype, s->obj, e->pos, e->type);
    }
    return irn(L, ONIL, e->pos, e->type);
}

/* ---- composite literals ------------------------------------------------------ */

static IrNode *lower_complit(Lower *L, Node *e)
{
    Type *t = e->type;
    Type *u = type_underlying(t);
    if (u && u->kind == TY_POINTER) { /* elided &T{...} in []*T{{...}} */
        IrNode *p = irn(L, OPTRLIT, e->pos, t);
        Node tmp = *e;
        tmp.type = u->elem;
        tmp.implicit &= ~IMPL_ADDR;
        p->x = lower_complit(L, &tmp);
        p->x->ast = e;
        p->ast = e;
        return p;
    }
    IrOp op = OSTRUCTLIT;
    switch (u ? u->kind : TY_INVALID) {
    case TY_ARRAY: op = OARRAYLIT; break;
    case TY_SLICE: op = OSLICELIT; break;
    case TY_MAP: op = OMAPLIT; break;
    default: op = OSTRUCTLIT; break;
    }
    IrNode *n = irn(L, op, e->pos, t);
    n->ast = e;
    NodeList *elts = &e->u.composite.elts;
    for (int i = 0; i < elts->len; i++) {
        Node *el = elts->items[i];
        if (el->kind == N_KEYVALUE) {
            IrNode *kv = irn(L, op == OSTRUCTLIT ? OSTRUCTKEY : OKEY, el->pos, NULL);
            if (op == OSTRUCTLIT) {
                Node *k = el->u.kv.key;
                kv->text = k->kind == N_IDENT ? k->u.ident.name : "?";
            } else {
                kv->x = lower_expr(L, el->u.kv.key);
            }
            kv->y = lower_expr(L, el->u.kv.value);
            kv->ast = el;
            vec_push(L->a, &n->list, kv);
        } else {
            vec_push(L->a, &n->list, lower_expr(L, el));
        }
    }
    /* transformCompLit: conversions, each at its element; base.Pos restored after */
    Pos saved = L->bpos;
    L->bpos = e->pos;
    for (int i = 0; i < n->list.len; i++) {
        IrNode *el = n->list.items[i];
        Node *ast = elts->items[i];
        if (op == OMAPLIT) {
            L->bpos = el->pos;
            el->x = lower_conv(L, el->x, ast->u.kv.key);
            el->y = lower_conv(L, el->y, ast->u.kv.value);
        } else if (el->op == OKEY || el->op == OSTRUCTKEY) {
            L->bpos = el->pos;
            el->y = lower_conv(L, el->y, ast->u.kv.value);
        } else {
            setpos_elem(L, el, ast);
            IrNode *v = lower_conv(L, el, ast);
            if (op == OSTRUCTLIT) {
                Object *f = struct_field(t, i);
                IrNode *sk = irn(L, OSTRUCTKEY, L->bpos, NULL);
                sk->text = f ? f->name : "?";
                sk->y = v;
                v = sk;
            }
            n->list.items[i] = v;
        }
    }
    L->bpos = saved;
    return n;
}

/* ---- calls -------------------------------------------------------------------- */

static Type *tuple_at(Type *tuple, int i)
{
    return tuple && i < tuple->nfields ? tuple->fields[i]->type : NULL;
}

/* gc's RewriteMultiValueCall: t1, t2 := g(); the call's arguments become the temporaries. */
static void spread_temps(Lower *L, IrNode *owner, IrNode *inner, IrList *into)
{
    Type *tt = inner->type;
    IrNode *as = irn(L, OAS2FUNC, L->bpos, NULL);
    for (int i = 0; tt && tt->kind == TY_TUPLE && i < tt->nfields; i++) {
        IrName *tmp = lower_temp(L, tt->fields[i]->type, L->bpos);
        IrNode *d = irn(L, ODCL, L->bpos, NULL);
        d->name = tmp;
        vec_push(L->a, &as->init, d);
        vec_push(L->a, &as->list, tmp->node);
        vec_push(L->a, into, tmp->node);
        tmp->defn = as;
    }
    vec_push(L->a, &as->rlist, inner);
    vec_push(L->a, &owner->init, as);
}

/* Arguments of a call to a function of signature sig: typecheckaste's
 * conversions, then gc's FixVariadicCall (the ... argument slice).
 * args holds the lowered arguments from index first on (a method call has
 * its receiver before). */
void lower_call_args(Lower *L, IrNode *call, Node *ast, Type *sig, IrList *args, NodeList *asts, int first)
{
    Type *params = sig ? sig->params : NULL;
    int np = params ? params->nfields : 0;
    bool variadic = sig && sig->variadic;
    bool dots = ast && ast->u.call.dots;
    bool spread = ast && (ast->implicit & IMPL_SPREAD);
    int nargs = args->len - first;
    for (int i = 0; i < nargs; i++) {
        IrNode *a = args->items[first + i];
        Type *pt = NULL;
        if (variadic && i >= np - 1) {
            Type *st = tuple_at(params, np - 1);
            pt = dots ? st : (st ? type_underlying(st)->elem : NULL);
        } else {
            pt = tuple_at(params, i);
        }
        if (spread) {
            args->items[first + i] = conv_to(L, a, pt);
        } else {
            lower_setpos(L, a);
            args->items[first + i] = lower_conv(L, a, asts->items[i]);
        }
    }
    for (int i = first; i < args->len; i++) /* the call as gc prints it before FixVariadicCall */
        vec_push(L->a, &call->rlist, args->items[i]);
    if (variadic && !dots) {
        int vi = first + np - 1;
        Type *st = tuple_at(params, np - 1);
        IrNode *slice;
        if (args->len <= vi) {
            slice = irn(L, ONIL, call->pos, st);
        } else {
            slice = irn(L, OSLICELIT, call->pos, st);
            slice->flags |= IRF_IMPLICIT;
            for (int i = vi; i < args->len; i++)
                vec_push(L->a, &slice->list, args->items[i]);
            slice->ast = ast; /* the call node: "the ... argument of this call" */
        }
        args->len = vi;
        vec_push(L->a, args, slice);
        call->flags |= IRF_DDD;
    } else if (dots) {
        call->flags |= IRF_DDD;
    }
}

static IrNode *lower_builtin(Lower *L, Node *e)
{
    NodeList *as = &e->u.call.args;
    int id = e->obj ? e->obj->id : 0;
    Node *a0 = as->len > 0 ? as->items[0] : NULL;
    Node *a1 = as->len > 1 ? as->items[1] : NULL;
    IrNode *n;
    switch (id) {
    case BI_LEN:
    case BI_CAP:
        n = irn(L, id == BI_LEN ? OLEN : OCAP, e->pos, e->type);
        n->x = lower_expr(L, a0);
        return n;
    case BI_NEW:
        n = irn(L, ONEW, e->pos, e->type);
        n->x = irn(L, OTYPE, a0->pos, a0->type);
        n->ast = e;
        return n;
    case BI_MAKE: {
        Type *t = a0->type;
        Type *u = type_underlying(t);
        n = irn(L, u && u->kind == TY_MAP ? OMAKEMAP : OMAKESLICE, e->pos, t);
        n->x = a1 ? lower_expr(L, a1) : NULL;
        n->y = as->len > 2 ? lower_expr(L, as->items[2]) : NULL;
        n->ast = e;
        return n;
    }
    case BI_APPEND: {
        n = irn(L, OAPPEND, e->pos, e->type);
        for (int i = 0; i < as->len; i++)
            vec_push(L->a, &n->list, lower_expr(L, as->items[i]));
        if (e->u.call.dots) {
            n->flags |= IRF_DDD;
        } else {
            for (int i = 1; i < n->list.len; i++)
                n->list.items[i] = lower_conv(L, n->list.items[i], as->items[i]);
        }
        n->ast = e;
        return n;
    }
    case BI_COPY:
        n = irn(L, OCOPY, e->pos, e->type);
        n->x = lower_expr(L, a0);
        n->y = lower_expr(L, a1);
        return n;
    case BI_DELETE:
        n = irn(L, ODELETE, e->pos, NULL);
        vec_push(L->a, &n->list, lower_expr(L, a0));
        vec_push(L->a, &n->list, lower_conv(L, lower_expr(L, a1), a1));
        return n;
    case BI_PANIC:
        n = irn(L, OPANIC, e->pos, NULL);
        n->x = lower_conv(L, lower_expr(L, a0), a0);
        return n;
    case BI_PRINT:
    case BI_PRINTLN:
        n = irn(L, id == BI_PRINT ? OPRINT : OPRINTN, e->pos, NULL);
        for (int i = 0; i < as->len; i++)
            vec_push(L->a, &n->list, lower_expr(L, as->items[i]));
        return n;
    case BI_RECOVER:
        return irn(L, ORECOVER, e->pos, e->type);
    default:
        n = irn(L, OLEN, e->pos, e->type); /* unsupported builtins: evaluate the operands */
        n->x = a0 ? lower_expr(L, a0) : NULL;
        return n;
    }
}

static bool is_byte_slice(Type *t, bool rune)
{
    Type *u = t ? type_underlying(t) : NULL;
    if (!u || u->kind != TY_SLICE)
        return false;
    Type *el = type_underlying(u->elem);
    return el && (rune ? el->kind == TY_INT32 : el->kind == TY_UINT8);
}

static IrNode *lower_conversion(Lower *L, Node *e)
{
    Node *a0 = e->u.call.args.len ? e->u.call.args.items[0] : NULL;
    if (a0 && unparen(a0)->mode == MODE_CONSTANT && unparen(a0)->cv && unparen(a0)->cv->kind == CV_STRING &&
        is_byte_slice(e->type, true)) {
        /* typecheck turns []rune("const") into a slice literal of the runes */
        const ConstValue *cv = unparen(a0)->cv;
        IrNode *n = irn(L, OSLICELIT, e->pos, e->type);
        n->ast = e;
        for (size_t i = 0; i < cv->len;) {
            unsigned char c = (unsigned char)cv->str[i];
            i += c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
            IrNode *r = irn(L, OLITERAL, e->pos, type_underlying(e->type)->elem);
            r->text = "?";
            vec_push(L->a, &n->list, r);
        }
        return n;
    }
    IrNode *x = lower_expr(L, a0);
    Type *to = e->type, *from = x ? x->type : NULL;
    IrOp op = OCONVNOP;
    if (from && type_identical(to, from)) {
        op = OCONVNOP;
    } else if (type_is_interface(to)) {
        op = OCONVIFACE;
    } else if (type_is_string(to) && from && !type_is_string(from)) {
        if (is_byte_slice(from, false))
            op = OBYTES2STR;
        else if (is_byte_slice(from, true))
            op = ORUNES2STR;
        else
            op = ORUNESTR;
    } else if (type_is_string(from) && is_byte_slice(to, false)) {
        op = OSTR2BYTES;
    } else if (type_is_string(from) && is_byte_slice(to, true)) {
        op = OSTR2RUNES;
    } else if (type_is_numeric(to)) {
        op = OCONV;
    }
    IrNode *n = irn(L, op, e->pos, to);
    n->x = x;
    n->ast = e;
    return n;
}

static bool any_call(IrNode *n)
{
    if (!n)
        return false;
    switch (n->op) {
    case OCALLFUNC: case OAPPEND: case OCAP: case OCOPY: case ODELETE: case OLEN: case OMAKESLICE:
    case OMAKEMAP: case OPANIC: case OPRINT: case OPRINTN: case ORECOVER:
        return true;
    case OCLOSURE:
        return false;
    default:
        break;
    }
    if (any_call(n->x) || any_call(n->y) || any_call(n->z) || any_call(n->w))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (any_call(n->list.items[i]))
            return true;
    for (int i = 0; i < n->init.len; i++)
        if (any_call(n->init.items[i]))
            return true;
    return false;
}

/* gc's RewriteNonNameCall: f()(x) becomes t := f(); t(x) (also for the
 * receiver of a method call), so the callee is evaluated first. */
static IrNode *hoist_callee(Lower *L, IrNode *call, IrNode *fx)
{
    if (!any_call(fx))
        return fx;
    IrName *tmp = lower_temp(L, fx->type, call->pos);
    IrNode *as = irn(L, OAS, call->pos, NULL);
    as->flags |= IRF_DEF;
    IrNode *d = irn(L, ODCL, call->pos, NULL);
    d->name = tmp;
    vec_push(L->a, &as->init, d);
    as->x = tmp->node;
    as->y = fx;
    vec_push(L->a, &call->init, as);
    return tmp->node;
}

static IrNode *lower_call(Lower *L, Node *e)
{
    int kind = e->implicit & CALL_KIND_MASK;
    if (kind == CALL_CONVERSION)
        return lower_conversion(L, e);
    if (kind == CALL_BUILTIN)
        return lower_builtin(L, e);
    Node *fun = unparen(e->u.call.fun);
    IrNode *call = irn(L, OCALLFUNC, e->pos, e->type);
    call->ast = e;
    Type *sig = NULL;
    int first = 0;
    if (kind == CALL_METHOD && fun->kind == N_SELECTOR && fun->sel && fun->sel->xtype &&
        type_is_interface(fun->sel->xtype) && fun->sel->npath <= 1) {
        /* interface method call: gc's OCALLINTER, receiver and arguments leak */
        L->bpos = fun->pos;
        IrNode *dot = irn(L, ODOTMETH, fun->pos, fun->type);
        dot->x = lower_expr(L, fun->u.selector.x);
        dot->text = fun->sel->obj->name;
        call->x = dot;
        sig = fun->type;
        call->flags |= IRF_INTER | IRF_METHCALL;
    } else if (kind == CALL_METHOD && fun->kind == N_SELECTOR && fun->sel) {
        L->bpos = fun->pos;
        IrNode *recv = method_receiver(L, fun);
        Object *m = fun->sel->obj;
        call->x = method_expr(L, recv->type, m, fun->pos, fun->type);
        call->w = irn(L, ODOTMETH, fun->pos, fun->type);
        call->w->x = recv;
        call->w->text = m->name;
        vec_push(L->a, &call->list, recv);
        sig = fun->type;
        first = 1;
        call->flags |= IRF_METHCALL;
    } else {
        call->x = lower_expr(L, fun);
        sig = fun->type;
        if (fun->kind == N_FUNCLIT && call->x->fn)
            call->x->fn->closure_called = true;
    }
    Type *su = sig ? type_underlying(sig) : NULL;
    if (su && su->kind != TY_FUNC)
        su = NULL;
    NodeList *as = &e->u.call.args;
    for (int i = 0; i < as->len; i++)
        vec_push(L->a, &call->list, lower_expr(L, as->items[i]));
    L->bpos = e->pos; /* transformCall: ir.SetPos(n) */
    if (first) {
        IrNode *r = hoist_callee(L, call, call->list.items[0]);
        call->list.items[0] = r;
        call->w->x = r;
    } else if (call->flags & IRF_INTER) {
        call->x->x = hoist_callee(L, call, call->x->x);
    } else {
        call->x = hoist_callee(L, call, call->x);
    }
    IrNode *spread = NULL;
    if ((e->implicit & IMPL_SPREAD) && call->list.len == first + 1) {
        spread = call->list.items[first];
        call->list.len = first;
        spread_temps(L, call, spread, &call->list);
    }
    if (e->u.call.dots)
        call->flags |= IRF_ODDD;
    lower_call_args(L, call, e, su, &call->list, as, first);
    if (spread) { /* printed as written: f(g()) */
        call->flags |= IRF_SPREAD;
        call->rlist.len = 0;
        vec_push(L->a, &call->rlist, spread);
    }
    L->bpos = e->pos;
    return call;
}

/* ---- operators ------------------------------------------------------------------ */

static IrOp binary_op(int op)
{
    switch (op) {
    case '+': return OADD;
    case '-': return OSUB;
    case '|': return OOR;
    case '^': return OXOR;
    case '*': return OMUL;
    case '/': return ODIV;
    case '%': return OMOD;
    case OP_SHL: return OLSH;
    case OP_SHR: return ORSH;
    case '&': return OAND;
    case OP_ANDNOT: return OANDNOT;
    case OP_EQ: return OEQ;
    case OP_NE: return ONE;
    case '<': return OLT;
    case OP_LE: return OLE;
    case '>': return OGT;
    case OP_GE: return OGE;
    case OP_ANDAND: return OANDAND;
    case OP_OROR: return OOROR;
    default: return OADD;
    }
}

static IrNode *lower_binary(Lower *L, Node *e)
{
    IrNode *x = lower_expr(L, e->u.binary.x);
    IrNode *y = lower_expr(L, e->u.binary.y);
    IrOp op = binary_op(e->u.binary.op);
    if (op == OADD && e->type && type_is_string(e->type)) {
        IrNode *n = irn(L, OADDSTR, e->pos, e->type);
        if (x->op == OADDSTR) {
            for (int i = 0; i < x->list.len; i++)
                vec_push(L->a, &n->list, x->list.items[i]);
        } else {
            vec_push(L->a, &n->list, x);
        }
        vec_push(L->a, &n->list, y);
        n->ast = e;
        return n;
    }
    /* comparing an interface with a concrete value converts nothing in gc's
     * IR (walk compares the type and data words directly) */
    IrNode *n = irn(L, op, e->pos, e->type);
    n->x = x;
    n->y = y;
    return n;
}

static IrNode *lower_unary(Lower *L, Node *e)
{
    Node *x = unparen(e->u.unary.x);
    IrOp op;
    switch (e->u.unary.op) {
    case '&':
        if (x && x->kind == N_COMPOSITE) {
            IrNode *p = irn(L, OPTRLIT, e->pos, e->type);
            p->x = lower_expr(L, x);
            p->ast = e;
            return p;
        }
        op = OADDR;
        break;
    case '*': op = ODEREF; break;
    case '-': op = ONEG; break;
    case '+': op = OPLUS; break;
    case '^': op = OBITNOT; break;
    case '!': op = ONOT; break;
    default: op = ONOT; break;
    }
    IrNode *n = irn(L, op, e->pos, e->type);
    n->x = lower_expr(L, x);
    return n;
}

static IrNode *lower_index(Lower *L, Node *e)
{
    IrNode *x = lower_expr(L, e->u.index.x);
    IrNode *i = lower_expr(L, e->u.index.index);
    Type *u = x && x->type ? type_underlying(x->type) : NULL;
    if (u && u->kind == TY_MAP) {
        IrNode *n = irn(L, OINDEXMAP, e->pos, e->type);
        n->x = x;
        n->y = lower_conv(L, i, e->u.index.index);
        n->ast = e;
        return n;
    }
    if (u && u->kind == TY_POINTER) { /* p[i] on *[N]T: (*p)[i] */
        IrNode *d = irn(L, ODEREF, L->bpos, u->elem);
        d->flags |= IRF_IMPLICIT;
        d->x = x;
        x = d;
    }
    IrNode *n = irn(L, OINDEX, e->pos, e->type);
    n->x = x;
    n->y = i;
    return n;
}

static IrNode *lower_slice(Lower *L, Node *e)
{
    IrNode *x = lower_expr(L, e->u.slice.x);
    IrNode *lo = lower_expr(L, e->u.slice.lo);
    IrNode *hi = lower_expr(L, e->u.slice.hi);
    IrNode *max = lower_expr(L, e->u.slice.max);
    bool full = e->u.slice.full;
    Type *u = x && x->type ? type_underlying(x->type) : NULL;
    IrOp op = full ? OSLICE3 : OSLICE;
    if (u && type_is_string(u)) {
        op = OSLICESTR;
    } else if (u && u->kind == TY_ARRAY) {
        IrNode *a = irn(L, OADDR, L->bpos, ptr_to(L, x->type)); /* typecheck.NodAddr: at base.Pos */
        a->flags |= IRF_IMPLICIT;
        a->x = x;
        x = a;
        op = full ? OSLICE3ARR : OSLICEARR;
    } else if (u && u->kind == TY_POINTER) {
        op = full ? OSLICE3ARR : OSLICEARR;
    }
    IrNode *n = irn(L, op, e->pos, e->type);
    n->x = x;
    n->y = lo;
    n->z = hi;
    n->w = max;
    return n;
}

/* ---- expressions ------------------------------------------------------------------ */

IrNode *lower_expr(Lower *L, Node *e)
{
    e = unparen(e);
    if (!e)
        return NULL;
    if (e->mode == MODE_CONSTANT && e->cv)
        return lit_node(L, e);
    if (e->mode == MODE_TYPEEXPR)
        return irn(L, OTYPE, e->pos, e->type);
    if (e->kind == N_IDENT && e->u.ident.name[0] == '_' && e->u.ident.name[1] == 0)
        return L->blank; /* noder: ir.BlankNode, before base.Pos moves */
    L->bpos = e->pos;
    switch (e->kind) {
    case N_IDENT: {
        Object *o = e->obj;
        if (!o || o->kind == OBJ_NIL)
            return irn(L, ONIL, e->pos, e->type);
        if (o->kind == OBJ_FUNC)
            return lower_func_name(L, o, e->pos);
        if (o->kind != OBJ_VAR)
            return irn(L, ONIL, e->pos, e->type);
        if (o->name[0] == '_' && o->name[1] == 0)
            return L->blank;
        return lower_name_of(L, o, e->pos)->node;
    }
    case N_BASICLIT:
        return lit_node(L, e);
    case N_COMPOSITE:
        return lower_complit(L, e);
    case N_FUNCLIT: {
        IrFunc *f = e->obj && e->obj->func ? lower_closure(L, e->obj->func) : NULL;
        if (!f)
            return irn(L, ONIL, e->pos, e->type);
        return f->closure;
    }
    case N_SELECTOR:
        return lower_selector(L, e);
    case N_INDEX:
        return lower_index(L, e);
    case N_SLICE:
        return lower_slice(L, e);
    case N_ASSERT: {
        IrNode *n = irn(L, (e->implicit & IMPL_COMMAOK) ? ODOTTYPE2 : ODOTTYPE, e->pos, e->type);
        n->x = lower_expr(L, e->u.assert.x);
        return n;
    }
    case N_CALL:
        return lower_call(L, e);
    case N_UNARY:
        return lower_unary(L, e);
    case N_BINARY:
        return lower_binary(L, e);
    default:
        return irn(L, ONIL, e->pos, e->type);
    }
}
