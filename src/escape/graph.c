/*
 * graph.c — locations, holes and edges (gc's escape/graph.go and leaks.go).
 *
 * Holes are passed by value, as in gc. Notes (the "from x (why) at pos"
 * lines of -m=2) are only recorded when -m=2 is on, so the plain -m run
 * allocates nothing for them.
 */
#include "graph.h"

#include <string.h>

Hole hole_of(Location *l)
{
    Hole k = {0};
    k.dst = l;
    return k;
}

Hole hole_note(Batch *b, Hole k, const IrNode *where, const char *why)
{
    if (b->ctx->m >= 2 && where && why) {
        Note *n = ARENA_NEW(b->a, Note);
        n->next = k.notes;
        n->where = where;
        n->why = why;
        k.notes = n;
    }
    return k;
}

Hole hole_shift(Hole k, int delta)
{
    k.derefs += delta;
    if (k.derefs < -1)
        diag_fatal("escape", "derefs underflow: %d", k.derefs);
    k.addrtaken = delta < 0;
    return k;
}

Hole hole_deref(Batch *b, Hole k, const IrNode *where, const char *why)
{
    return hole_note(b, hole_shift(k, 1), where, why);
}

Hole hole_addr(Batch *b, Hole k, const IrNode *where, const char *why)
{
    return hole_note(b, hole_shift(k, -1), where, why);
}

Hole hole_dottype(Batch *b, Hole k, Type *t, const IrNode *where, const char *why)
{
    if (!type_is_interface(t) && !ir_is_direct_iface(t))
        k = hole_shift(k, 1);
    return hole_note(b, k, where, why);
}

Hole heap_hole(Batch *b) { return hole_of(&b->heap_loc); }
Hole discard_hole(Batch *b) { return hole_of(&b->blank_loc); }

void esc_flow(Batch *b, Hole k, Location *src)
{
    if (k.addrtaken)
        src->addrtaken = true;
    Location *dst = k.dst;
    if (dst == &b->blank_loc)
        return;
    if (dst == src && k.derefs >= 0) /* dst = dst, dst = *dst, ... */
        return;
    if (dst->escapes && k.derefs < 0) { /* dst = &src */
        if (b->ctx->keep_dot)
            esc_dot_shortcut(b, dst, src, k.derefs);
        if (b->ctx->m >= 2) {
            const char *pos = esc_pos(b->ctx, src->n->pos);
            esc_printf(b->ctx, "%s: %s escapes to heap:\n", pos, node_str(b->ctx, src->n));
            explain_flow(b, pos, dst, src, k.derefs, k.notes);
        }
        src->escapes = true;
        return;
    }
    Edge e = {src, k.derefs, k.notes};
    vec_push(b->a, &dst->edges, e);
}

Location *old_loc(IrName *n)
{
    Location *l = n->canon->loc;
    if (!l)
        diag_fatal("escape", "%s has no location", n->sym ? n->sym : "?");
    return l;
}

Location *new_loc(Escape *e, const IrNode *n, IrName *name, bool transient)
{
    Batch *b = e->b;
    Location *loc = ARENA_NEW(b->a, Location);
    loc->n = n;
    loc->name = name;
    loc->curfn = e->curfn;
    loc->loop_depth = e->loop_depth;
    loc->transient = transient;
    vec_push(b->a, &b->all_locs, loc);
    if (name) {
        if (name->loc)
            diag_fatal("escape", "%s already has a location", name->sym ? name->sym : "?");
        name->loc = loc;
    }
    return loc;
}

Hole tee_hole(Escape *e, Hole *ks, int nks)
{
    if (nks == 0)
        return discard_hole(e->b);
    if (nks == 1)
        return ks[0];
    Location *loc = new_loc(e, NULL, NULL, true);
    for (int i = 0; i < nks; i++) {
        if (ks[i].derefs < 0)
            diag_fatal("escape", "teeHole: negative derefs");
        esc_flow(e->b, ks[i], loc);
    }
    return hole_of(loc);
}

Hole later_hole(Escape *e, Hole k)
{
    Location *loc = new_loc(e, NULL, NULL, false);
    esc_flow(e->b, k, loc);
    return hole_of(loc);
}

Hole spill(Escape *e, Hole k, const IrNode *n)
{
    Location *loc = new_loc(e, n, NULL, true);
    esc_flow(e->b, hole_addr(e->b, k, n, "spill"), loc);
    return hole_of(loc);
}

/* ---- leaks ----------------------------------------------------------------------- */

int leaks_get(const Leaks *l, int i) { return (int)l->v[i] - 1; }

static void leaks_set(Leaks *l, int i, int derefs)
{
    int v = derefs + 1;
    if (v < 0)
        diag_fatal("escape", "invalid derefs count: %d", derefs);
    if (v > 255)
        v = 255;
    l->v[i] = (uint8_t)v;
}

void leaks_add(Leaks *l, int i, int derefs)
{
    int old = leaks_get(l, i);
    if (old < 0 || derefs < old)
        leaks_set(l, i, derefs);
}

bool loc_is_name(const Location *l, IrClass c)
{
    return l->n && l->n->op == ONAME && l->name && l->name->class == c;
}

void loc_leak_to(Location *l, Location *sink, int derefs)
{
    if (!sink->escapes && loc_is_name(sink, PPARAMOUT) && sink->curfn == l->curfn) {
        int ri = sink->result_index - 1;
        if (ri < NUM_ESC_RESULTS) {
            leaks_add(&l->param_esc, 1 + ri, derefs);
            return;
        }
    }
    leaks_add(&l->param_esc, 0, derefs);
}
