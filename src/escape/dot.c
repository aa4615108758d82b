/*
 * dot.c — each function's escape graph as Graphviz DOT text, for
 * `minigo report` (esc_write_dot).
 *
 * The graph only exists while its batch is being analysed (the batch arena
 * is reset afterwards), so under escape_analyze_with_graphs the driver calls
 * esc_dot_batch after solving, and the text of every function of the batch
 * is kept in the result, keyed by the checker's Func. A function's picture
 * holds its own locations plus the far ends of edges that cross into other
 * functions of the batch (a closure's captured variables, drawn dashed),
 * the heap as a root, and the flows esc_flow settled at once (a flow of an
 * address into something already escaping adds no edge: it marks the
 * source escaping directly), drawn dashed too. Edges point the way values
 * flow, src -> dst, and the graph is laid out bottom to top so the roots
 * (heap, results) end up on top.
 */
#include "graph.h"

#include <string.h>

typedef VEC(Location *) LocList;

typedef struct DotFunc {
    Batch *b;
    IrFunc *fn;
    StrBuf *out;
    PtrMap ids;           /* Location* -> its node id (const char *, in the paths arena) */
    PtrMap used_ids;      /* interned id text -> 1 (to keep ids unique) */
    InternTable names;
    Arena scratch;
} DotFunc;

/* The generated package initialiser has no Func: its graph is kept under
 * this address. */
static const char init_key;

const void *esc_dot_init_key(void) { return &init_key; }

void esc_dot_shortcut(Batch *b, Location *dst, Location *src, int derefs)
{
    DotEdge e = {dst, src, derefs};
    vec_push(b->a, &b->shortcuts, e);
}

/* A DOT double-quoted string. */
static void dot_quote(StrBuf *out, const char *s)
{
    sb_puts(out, "\"");
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            sb_append(out, "\\", 1);
        if (*s == '\n') {
            sb_puts(out, "\\n");
            continue;
        }
        sb_append(out, s, 1);
    }
    sb_puts(out, "\"");
}

static const char *loc_text(Batch *b, const Location *l)
{
    if (l == &b->heap_loc)
        return "{heap}";
    if (!l->n)
        return "{temp}";
    return node_str(b->ctx, l->n);
}

static const char *loc_kind(Batch *b, const Location *l)
{
    EscCtx *c = b->ctx;
    if (l == &b->heap_loc)
        return "root";
    if (!l->n)
        return "temporary";
    if (l->n->op != ONAME)
        return arena_printf(c->paths, "allocation %d:%d", l->n->pos.line, l->n->pos.col);
    if (l->result_index)
        return arena_printf(c->paths, "result %d", l->result_index);
    if (l->name && l->name->canon && l->name->canon != l->name)
        return "captured variable";
    switch (l->name ? l->name->class : PXXX) {
    case PPARAM: return "parameter";
    case PPARAMOUT: return "result";
    case PEXTERN: return "global";
    default: return "local";
    }
}

/* A readable node id, unique within the graph: "{heap}", "m", "m (2)". */
static const char *loc_id(DotFunc *d, Location *l)
{
    const char *id = ptrmap_get(&d->ids, l);
    if (id)
        return id;
    const char *base = loc_text(d->b, l);
    const char *cand = intern(&d->names, base, strlen(base));
    for (int k = 2; ptrmap_get(&d->used_ids, cand); k++) {
        char *s = arena_printf(&d->scratch, "%s (%d)", base, k);
        cand = intern(&d->names, s, strlen(s));
    }
    ptrmap_put(&d->used_ids, cand, (void *)1);
    ptrmap_put(&d->ids, l, (void *)cand);
    return cand;
}

static bool is_mine(DotFunc *d, const Location *l) { return l->curfn == d->fn && l != &d->b->heap_loc; }

static void write_node(DotFunc *d, Location *l)
{
    Batch *b = d->b;
    StrBuf *o = d->out;
    sb_puts(o, "  ");
    dot_quote(o, loc_id(d, l));
    const char *label = arena_printf(b->ctx->paths, "%s\n%s%s", loc_text(b, l), loc_kind(b, l),
                                     !is_mine(d, l) && l != &b->heap_loc && l->curfn
                                         ? arena_printf(b->ctx->paths, " of %s", l->curfn->name)
                                         : "");
    sb_puts(o, " [label=");
    dot_quote(o, label);
    if (l == &b->heap_loc)
        sb_puts(o, ", shape=doubleoctagon, style=filled, fillcolor=\"#8b1a1a\", fontcolor=white");
    else if (l->result_index)
        sb_printf(o, ", shape=house, style=\"filled%s\", fillcolor=\"%s\"", is_mine(d, l) ? "" : ",dashed",
                  l->escapes ? "#f4a0a0" : "#fff2b3");
    else {
        bool alloc = l->n && l->n->op != ONAME;
        Leaks none = {{0}};
        bool leaks = l->name && l->name->class == PPARAM && memcmp(&l->param_esc, &none, sizeof none) != 0;
        const char *fill = l->escapes ? "#f4a0a0" : alloc ? "#c8efc8" : leaks ? "#fde0b0" : "#ffffff";
        sb_printf(o, ", shape=%s, style=\"filled%s\", fillcolor=\"%s\"", alloc ? "box" : "ellipse",
                  is_mine(d, l) ? "" : ",dashed", fill);
    }
    sb_printf(o, ", tooltip=");
    Leaks none = {{0}};
    bool leaks = !l->escapes && l->name && l->name->class == PPARAM && memcmp(&l->param_esc, &none, sizeof none) != 0;
    dot_quote(o, arena_printf(b->ctx->paths, "%s: %s", loc_text(b, l),
                              l->escapes ? "escapes" : leaks ? "leaks (its value flows out)" : "does not escape"));
    sb_puts(o, "];\n");
}

static const char *derefs_label(int derefs)
{
    static const char *const labels[] = {"-1 (&)", "0", "1 (*)", "2 (**)", "3 (***)"};
    return derefs >= -1 && derefs <= 3 ? labels[derefs + 1] : "4+";
}

static void write_edge(DotFunc *d, Location *src, Location *dst, int derefs, Note *notes, bool shortcut)
{
    StrBuf *o = d->out;
    sb_puts(o, "  ");
    dot_quote(o, loc_id(d, src));
    sb_puts(o, " -> ");
    dot_quote(o, loc_id(d, dst));
    sb_puts(o, " [label=");
    dot_quote(o, derefs_label(derefs));
    if (derefs < 0)
        sb_puts(o, ", color=\"#c00000\", fontcolor=\"#c00000\", penwidth=1.6");
    if (shortcut)
        sb_puts(o, ", style=dashed");
    StrBuf tip = {0};
    sb_printf(&tip, "%s = %s%s", loc_text(d->b, dst), derefs < 0 ? "&" : "", loc_text(d->b, src));
    for (int i = 0; i < derefs; i++)
        sb_puts(&tip, " (deref)");
    for (Note *n = notes; n; n = n->next)
        sb_printf(&tip, "\nfrom %s (%s)", node_str(d->b->ctx, n->where), n->why);
    if (shortcut)
        sb_puts(&tip, "\n(into an escaping location: settled at once)");
    sb_puts(o, ", tooltip=");
    dot_quote(o, tip.data);
    sb_free(&tip);
    sb_puts(o, "];\n");
}

static bool edge_wanted(DotFunc *d, Location *src, Location *dst)
{
    return dst != &d->b->blank_loc && (is_mine(d, src) || is_mine(d, dst));
}

/* Temporaries without a flow of this function are left out. */
static bool loc_has_flow(DotFunc *d, Location *l)
{
    Batch *b = d->b;
    if (l->edges.len)
        return true;
    for (int i = 0; i < b->all_locs.len; i++) {
        Location *x = b->all_locs.items[i];
        for (int k = 0; k < x->edges.len; k++)
            if (x->edges.items[k].src == l)
                return true;
    }
    for (int k = 0; k < b->heap_loc.edges.len; k++)
        if (b->heap_loc.edges.items[k].src == l)
            return true;
    for (int k = 0; k < b->shortcuts.len; k++)
        if (b->shortcuts.items[k].src == l || b->shortcuts.items[k].dst == l)
            return true;
    return false;
}

static void dot_edges_into(DotFunc *d, Location *dst, PtrMap *seen, LocList *extra)
{
    for (int k = 0; k < dst->edges.len; k++) {
        Edge *e = &dst->edges.items[k];
        if (!edge_wanted(d, e->src, dst))
            continue;
        Location *ends[2] = {e->src, dst};
        for (int j = 0; j < 2; j++)
            if (!ptrmap_get(seen, ends[j])) {
                ptrmap_put(seen, ends[j], (void *)1);
                vec_push(&d->scratch, extra, ends[j]);
            }
        write_edge(d, e->src, dst, e->derefs, e->notes, false);
    }
}

static void dot_func(Batch *b, IrFunc *fn, StrBuf *out)
{
    DotFunc d = {.b = b, .fn = fn, .out = out};
    arena_init(&d.scratch);
    intern_init(&d.names, &d.scratch);
    PtrMap seen = {0};
    LocList nodes = {0};
    sb_printf(out, "digraph \"escape\" {\n  rankdir=BT;\n  node [fontname=\"monospace\", fontsize=10];\n"
                   "  edge [fontname=\"monospace\", fontsize=9];\n");
    ptrmap_put(&seen, &b->heap_loc, (void *)1);
    vec_push(&d.scratch, &nodes, &b->heap_loc);
    for (int i = 0; i < b->all_locs.len; i++) {
        Location *l = b->all_locs.items[i];
        if (is_mine(&d, l) && (l->n || loc_has_flow(&d, l)) && !ptrmap_get(&seen, l)) {
            ptrmap_put(&seen, l, (void *)1);
            vec_push(&d.scratch, &nodes, l);
        }
    }
    /* Edges first into a buffer: they may add nodes of other functions. */
    StrBuf edges = {0};
    d.out = &edges;
    dot_edges_into(&d, &b->heap_loc, &seen, &nodes);
    for (int i = 0; i < b->all_locs.len; i++)
        dot_edges_into(&d, b->all_locs.items[i], &seen, &nodes);
    for (int k = 0; k < b->shortcuts.len; k++) {
        DotEdge *e = &b->shortcuts.items[k];
        if (!edge_wanted(&d, e->src, e->dst))
            continue;
        Location *ends[2] = {e->src, e->dst};
        for (int j = 0; j < 2; j++)
            if (!ptrmap_get(&seen, ends[j])) {
                ptrmap_put(&seen, ends[j], (void *)1);
                vec_push(&d.scratch, &nodes, ends[j]);
            }
        write_edge(&d, e->src, e->dst, e->derefs, NULL, true);
    }
    d.out = out;
    sb_puts(out, "  { rank=max; ");
    for (int i = 0; i < nodes.len; i++)
        if (nodes.items[i] == &b->heap_loc || nodes.items[i]->result_index) {
            dot_quote(out, loc_id(&d, nodes.items[i]));
            sb_puts(out, "; ");
        }
    sb_puts(out, "}\n");
    for (int i = 0; i < nodes.len; i++)
        write_node(&d, nodes.items[i]);
    if (edges.data)
        sb_puts(out, edges.data);
    sb_puts(out, "}\n");
    sb_free(&edges);
    ptrmap_free(&seen);
    ptrmap_free(&d.ids);
    ptrmap_free(&d.used_ids);
    intern_free(&d.names);
    arena_free(&d.scratch);
}

void esc_dot_batch(Batch *b)
{
    EscCtx *c = b->ctx;
    PtrMap done = {0};
    for (int i = 0; i < b->all_locs.len; i++) {
        IrFunc *fn = b->all_locs.items[i]->curfn;
        if (!fn || ptrmap_get(&done, fn))
            continue;
        ptrmap_put(&done, fn, (void *)1);
        StrBuf text = {0};
        dot_func(b, fn, &text);
        const void *key = fn->src ? (const void *)fn->src : esc_dot_init_key();
        ptrmap_put(&c->dot, key, arena_strndup(c->ip->arena, text.data, text.len));
        sb_free(&text);
    }
    ptrmap_free(&done);
}
