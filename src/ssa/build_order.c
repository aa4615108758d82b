/*
 * build_order.c — gc's evaluation order within a statement.
 *
 * The spec fixes the order of calls (left to right) but not when plain
 * operands are read relative to them, and gc reads them late: its order
 * pass (cmd/compile/internal/walk/order.go) first evaluates every call of
 * a statement into a temporary, in source order, and only then evaluates
 * the rest of the expression. So with gc
 *
 *     fmt.Println(c.n, c.Inc())      reads c.n after Inc
 *     y := g + bump()                reads g after bump
 *
 * and programs print what gc's binaries print only if minigo does the
 * same. Before a statement's expressions are built, this pass walks them
 * as order.go does and builds, ahead of the rest, what gc puts in a
 * temporary: calls with one result, && and || (their right side stays
 * conditional), and a non-addressable, non-constant operand converted to
 * an interface whose conversion takes the value's address (gc's addrTemp:
 * `!ok`, `P{x, y}`, `m[k]` of bools, bytes, structs, arrays...). The values are kept by node; when the
 * statement is then built normally, b_take_hoisted hands each one back
 * instead of evaluating the node again, exactly once.
 *
 * Function literals are not entered (their bodies are other functions);
 * calls with several results or none, builtins and conversions are not
 * hoisted themselves, but their operands are ordered.
 */
#include "build.h"

static void order(Builder *b, Node *e);

static void remember(Builder *b, Node *e, Value *v)
{
    if (!v)
        return;
    Hoisted h = {e, v};
    vec_push(b->a, &b->hoisted, h);
}

Value *b_take_hoisted(Builder *b, Node *e)
{
    for (int i = b->hoisted.len - 1; i >= 0; i--)
        if (b->hoisted.items[i].node == e) {
            Value *v = b->hoisted.items[i].v;
            b->hoisted.items[i] = b->hoisted.items[--b->hoisted.len];
            return v;
        }
    return NULL;
}

/* gc's dataWordFuncName reports needsaddr: the conversion to an interface
 * passes the value's address (convT, convTnoptr), so order.go copies the
 * operand into a temporary first. Pointer-shaped values are stored as
 * they are; 2-, 4- and 8-byte pointer-free scalars, strings and slices go
 * through convT16/32/64, convTstring and convTslice by value. */
static bool iface_conv_takes_address(Type *t)
{
    Type *u = t ? type_underlying(t) : NULL;
    if (!u || type_is_interface(u))
        return false;
    switch (u->kind) {
    case TY_POINTER: case TY_MAP: case TY_FUNC: case TY_STRING: case TY_SLICE:
        return false;
    default:
        break;
    }
    int64_t size = type_size(t);
    int align = type_align(t);
    if (size == 0)
        return false;
    if ((size == 2 && align == 2) || (size == 4 && align == 4 && !type_has_pointers(t)) ||
        (size == 8 && align == 8 && !type_has_pointers(t)))
        return false;
    return true;
}

/* Go's addressability, which is order.go's test in addrTemp: an
 * addressable operand is converted in place, read when the conversion
 * runs; anything else is copied into a temporary when ordered. */
static bool addressable(Node *e)
{
    for (int guard = 0; e && guard < 100000; guard++) {
        switch (e->kind) {
        case N_PAREN:
            e = e->u.paren.x;
            continue;
        case N_IDENT:
            return e->obj && e->obj->kind == OBJ_VAR;
        case N_UNARY:
            return e->u.unary.op == '*';
        case N_SELECTOR: {
            Type *t = e->u.selector.x->type ? type_underlying(e->u.selector.x->type) : NULL;
            if (!t || t->kind == TY_POINTER)
                return t != NULL;
            if (t->kind != TY_STRUCT)
                return false;
            e = e->u.selector.x;
            continue;
        }
        case N_INDEX: {
            Type *t = e->u.index.x->type ? type_underlying(e->u.index.x->type) : NULL;
            if (!t || t->kind == TY_MAP || t->kind == TY_STRING)
                return false;
            if (t->kind != TY_ARRAY)
                return true; /* slices and pointers to arrays */
            e = e->u.index.x;
            continue;
        }
        default:
            return false;
        }
    }
    return false;
}

static bool is_hoistable_call(Node *e)
{
    int kind = e->implicit & CALL_KIND_MASK;
    if (kind == CALL_CONVERSION || kind == CALL_BUILTIN)
        return false;
    if (e->mode == MODE_CONSTANT || e->mode == MODE_NOVALUE)
        return false;
    return e->type && e->type->kind != TY_TUPLE;
}

static void order_list(Builder *b, NodeList *l)
{
    for (int i = 0; i < l->len; i++)
        order(b, l->items[i]);
}

static void order_call(Builder *b, Node *e)
{
    Node *fun = b_unparen(e->u.call.fun);
    int kind = e->implicit & CALL_KIND_MASK;
    if (kind != CALL_CONVERSION && kind != CALL_BUILTIN && fun) {
        if (fun->kind == N_SELECTOR)
            order(b, fun->u.selector.x);
        else if (kind == CALL_VALUE)
            order(b, fun);
    }
    order_list(b, &e->u.call.args);
}

/* Orders e's operands, not e itself. */
static void order_operands(Builder *b, Node *e)
{
    switch (e->kind) {
    case N_PAREN:
        order(b, e->u.paren.x);
        break;
    case N_SELECTOR:
        order(b, e->u.selector.x);
        break;
    case N_INDEX:
        order(b, e->u.index.x);
        order(b, e->u.index.index);
        break;
    case N_SLICE:
        order(b, e->u.slice.x);
        order(b, e->u.slice.lo);
        order(b, e->u.slice.hi);
        order(b, e->u.slice.max);
        break;
    case N_ASSERT:
        order(b, e->u.assert.x);
        break;
    case N_UNARY:
        order(b, e->u.unary.x);
        break;
    case N_BINARY:
        order(b, e->u.binary.x);
        order(b, e->u.binary.y);
        break;
    case N_KEYVALUE:
        order(b, e->u.kv.key);
        order(b, e->u.kv.value);
        break;
    case N_COMPOSITE:
        order_list(b, &e->u.composite.elts);
        break;
    case N_CALL:
        order_call(b, e);
        break;
    default: /* identifiers, literals, function literals, types */
        break;
    }
}

static void order(Builder *b, Node *e)
{
    if (!e || !b->cur || (e->mode == MODE_CONSTANT && e->cv))
        return;
    if (b->depth > 20000)
        return;
    b->depth++;
    if (e->kind == N_BINARY && (e->u.binary.op == OP_ANDAND || e->u.binary.op == OP_OROR)) {
        remember(b, e, b_expr_raw(b, e));
    } else if (e->kind == N_CALL && is_hoistable_call(e)) {
        order_call(b, e);
        remember(b, e, b_call(b, e));
    } else {
        order_operands(b, e);
        if ((e->implicit & IMPL_TOIFACE) && iface_conv_takes_address(e->type) && !addressable(e) &&
            e->kind != N_FUNCLIT)
            remember(b, e, b_expr_raw(b, e));
    }
    b->depth--;
}

void b_order_expr(Builder *b, Node *e) { order(b, e); }

void b_order_operands(Builder *b, Node *e)
{
    if (e && b->cur)
        order_operands(b, b_unparen(e));
}

void b_order_list(Builder *b, NodeList *l) { order_list(b, l); }

/* An assignment's targets: what a target reads (x and i of x[i] = v, p of
 * *p = v) is ordered like any operand; the target itself is not a value. */
void b_order_targets(Builder *b, NodeList *lhs)
{
    for (int i = 0; i < lhs->len; i++)
        b_order_operands(b, lhs->items[i]);
}
