/*
 * solve.c — the solver (gc's escape/solve.go).
 *
 * walk_all walks once from every location and from the heap, LIFO, and
 * re-walks a location when it becomes escaping or stops being transient
 * (each happens at most once), so it does Θ(locations) walks. walk_one is
 * Bellman-Ford from a root: the fewest dereferences from each location to
 * the root, floored at 0 past an address-of ("root = &l; l = x": x's
 * address does not reach root). When a location whose address reaches the
 * root can be outlived by it, the location escapes; when a parameter's
 * value reaches the heap or a result, that becomes its leak tag.
 *
 * The iteration order (LIFO queues, edges in insertion order) is gc's, so
 * the -m=2 explanations come out in gc's order.
 */
#include "graph.h"

#include <string.h>

/* Is closure c nested inside function f? gc compares names: "f.func1..." */
static bool contains_closure(IrFunc *f, IrFunc *c)
{
    if (f == c || !f || !c)
        return false;
    for (IrFunc *p = c->outer; p; p = p->outer)
        if (p == f)
            return true;
    return false;
}

bool outlives(Batch *b, Location *l, Location *other)
{
    (void)b;
    if (l->escapes)
        return true;
    if (loc_is_name(l, PPARAMOUT)) {
        /* directly called closures may return what their caller owns */
        if (contains_closure(other->curfn, l->curfn) && l->curfn->closure_called)
            return false;
        return true;
    }
    if (l->curfn == other->curfn && l->loop_depth < other->loop_depth)
        return true;
    if (contains_closure(l->curfn, other->curfn))
        return true;
    return false;
}

typedef struct Queue {
    Location **items;
    int len, cap;
} Queue;

static void q_push(Queue *q, Location *l)
{
    if (q->len == q->cap) {
        q->cap = q->cap ? q->cap * 2 : 64;
        q->items = xrealloc(q->items, (size_t)q->cap * sizeof *q->items);
    }
    q->items[q->len++] = l;
}

static void enqueue(Queue *todo, Location *l)
{
    if (!l->queued) {
        q_push(todo, l);
        l->queued = true;
    }
}

static void walk_one(Batch *b, Location *root, uint32_t walkgen, Queue *todo_all, Queue *stack)
{
    EscCtx *c = b->ctx;
    root->walkgen = walkgen;
    root->derefs = 0;
    root->dst = NULL;
    stack->len = 0;
    q_push(stack, root);
    while (stack->len > 0) {
        Location *l = stack->items[--stack->len];
        int derefs = l->derefs;
        bool address_of = derefs < 0;
        if (address_of) {
            derefs = 0;
            if (!root->transient && l->transient) {
                l->transient = false;
                enqueue(todo_all, l);
            }
        }
        if (outlives(b, root, l)) {
            if (loc_is_name(l, PPARAM)) {
                if (c->m >= 2 && !l->escapes) {
                    esc_printf(c, "%s: parameter %s leaks to %s with derefs=%d:\n", esc_pos(c, l->n->pos),
                               node_str(c, l->n), explain_loc(b, root), derefs);
                    explain_path(b, root, l);
                }
                loc_leak_to(l, root, derefs);
            }
            if (address_of && !l->escapes) {
                if (c->m >= 2) {
                    esc_printf(c, "%s: %s escapes to heap:\n", esc_pos(c, l->n->pos), node_str(c, l->n));
                    explain_path(b, root, l);
                }
                l->escapes = true;
                enqueue(todo_all, l);
                continue;
            }
        }
        for (int i = 0; i < l->edges.len; i++) {
            Edge *edge = &l->edges.items[i];
            if (edge->src->escapes)
                continue;
            int d = derefs + edge->derefs;
            if (edge->src->walkgen != walkgen || edge->src->derefs > d) {
                edge->src->walkgen = walkgen;
                edge->src->derefs = d;
                edge->src->dst = l;
                edge->src->dst_edge = i;
                q_push(stack, edge->src);
            }
        }
    }
}

void walk_all(Batch *b)
{
    Queue todo = {0}, stack = {0};
    for (int i = 0; i < b->all_locs.len; i++)
        enqueue(&todo, b->all_locs.items[i]);
    enqueue(&todo, &b->heap_loc);
    uint32_t walkgen = 0;
    while (todo.len > 0) {
        Location *root = todo.items[--todo.len];
        root->queued = false;
        walkgen++;
        walk_one(b, root, walkgen, &todo, &stack);
    }
    free(todo.items);
    free(stack.items);
}
