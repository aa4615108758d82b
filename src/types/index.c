/*
 * index.c — index and slice expressions, composite literals (types2's
 * index.go and the composite-literal part of expr.go).
 *
 * An elided element literal of pointer type ([]*T{{...}}) means &T{...}:
 * its N_COMPOSITE gets type *T and the IMPL_ADDR flag.
 */
#include <string.h>

#include "check.h"

/* ---- indices ----------------------------------------------------------------- */

bool is_valid_index(Checker *c, Operand *x, const char *what, bool allow_negative)
{
    if (x->mode == OM_INVALID)
        return false;
    convert_untyped(c, x, c->u.typ[TY_INT]);
    if (x->mode == OM_INVALID)
        return false;
    if (!type_is_integer(x->type)) {
        check_errorf(c, op_pos(x), "invalid argument: %s %s must be integer", what, operand_string(c, x));
        return false;
    }
    if (x->mode == OM_CONSTANT) {
        if (!allow_negative && cv_sign(c, x->val) < 0 && x->val->kind != CV_UNKNOWN) {
            check_errorf(c, op_pos(x), "invalid argument: %s %s must not be negative", what, operand_string(c, x));
            return false;
        }
        ConstValue *v = x->val;
        if (!representable_const(c, x->val, c->u.typ[TY_INT], &v)) {
            check_errorf(c, op_pos(x), "invalid argument: %s %s overflows int", what, operand_string(c, x));
            return false;
        }
        x->val = v;
    }
    return true;
}

bool check_index(Checker *c, Node *index, int64_t max, Type **typ_out, int64_t *val_out)
{
    *typ_out = c->u.invalid;
    *val_out = -1;
    Operand x = {0};
    check_expr(c, &x, index);
    if (!is_valid_index(c, &x, "index", false))
        return false;
    if (x.mode != OM_CONSTANT) {
        *typ_out = x.type;
        return true;
    }
    if (x.val->kind == CV_UNKNOWN)
        return false;
    int64_t v = 0;
    cv_is_int_fit64(x.val, &v);
    if (max >= 0 && v >= max) {
        check_errorf(c, op_pos(&x), "invalid argument: index %s out of bounds [0:%lld]", cv_string(c->arena, x.val),
                     (long long)max);
        return false;
    }
    *typ_out = x.type;
    *val_out = v;
    return true;
}

void index_expr(Checker *c, Operand *x, Node *e)
{
    check_expr_or_type(c, x, e->u.index.x);
    if (x->mode == OM_INVALID) {
        use_expr(c, e->u.index.index);
        return;
    }
    if (x->mode == OM_TYPEXPR) {
        check_errorf(c, node_pos(e), "minigo: generics is not supported");
        x->mode = OM_INVALID;
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type *u = under(x->type);
    switch (u ? u->kind : TY_INVALID) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        valid = true;
        if (x->mode == OM_CONSTANT)
            length = (int64_t)x->val->len;
        if (type_is_untyped(x->type))
            update_expr_type(c, x->expr, c->u.typ[TY_STRING], true);
        x->mode = OM_VALUE;
        x->type = c->u.byte_type;
        break;
    case TY_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != OM_VARIABLE)
            x->mode = OM_VALUE;
        x->type = u->elem;
        break;
    case TY_POINTER: {
        Type *a = under(u->elem);
        if (a && a->kind == TY_ARRAY) {
            valid = true;
            length = a->len;
            x->mode = OM_VARIABLE;
            x->type = a->elem;
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        x->mode = OM_VARIABLE;
        x->type = u->elem;
        break;
    case TY_MAP: {
        Operand key = {0};
        check_expr(c, &key, e->u.index.index);
        assignment(c, &key, u->key, "map index");
        x->mode = OM_MAPINDEX;
        x->type = u->elem;
        x->expr = e;
        return;
    }
    default:
        break;
    }
    if (!valid) {
        check_errorf(c, e->pos, "invalid operation: cannot index %s", operand_string(c, x));
        x->mode = OM_INVALID;
        return;
    }
    Type *t;
    int64_t v;
    check_index(c, e->u.index.index, length, &t, &v);
}

void slice_expr(Checker *c, Operand *x, Node *e)
{
    Node *idx[3] = {e->u.slice.lo, e->u.slice.hi, e->u.slice.max};
    check_expr(c, x, e->u.slice.x);
    if (x->mode == OM_INVALID) {
        use_exprs(c, idx, 3);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type *u = under(x->type);
    switch (u ? u->kind : TY_INVALID) {
    case TY_STRING:
    case TY_UNTYPED_STRING:
        if (e->u.slice.full) {
            Node *at = idx[2] ? idx[2] : e;
            check_errorf(c, node_pos(at), "invalid operation: 3-index slice of string");
            x->mode = OM_INVALID;
            return;
        }
        valid = true;
        if (x->mode == OM_CONSTANT)
            length = (int64_t)x->val->len;
        if (type_is_untyped(x->type)) {
            update_expr_type(c, x->expr, c->u.typ[TY_STRING], true);
            x->type = c->u.typ[TY_STRING];
        }
        break;
    case TY_ARRAY:
        valid = true;
        length = u->len;
        if (x->mode != OM_VARIABLE) {
            check_errorf(c, op_pos(x), "invalid operation: %s (slice of unaddressable value)", operand_string(c, x));
            x->mode = OM_INVALID;
            return;
        }
        mark_addr_taken(c, e->u.slice.x);
        x->type = new_slice(c, u->elem);
        break;
    case TY_POINTER: {
        Type *a = under(u->elem);
        if (a && a->kind == TY_ARRAY) {
            valid = true;
            length = a->len;
            x->type = new_slice(c, a->elem);
        }
        break;
    }
    case TY_SLICE:
        valid = true;
        break;
    default:
        break;
    }
    if (!valid) {
        check_errorf(c, op_pos(x), "invalid operation: cannot slice %s", operand_string(c, x));
        x->mode = OM_INVALID;
        return;
    }
    x->mode = OM_VALUE;
    if (e->u.slice.full && (!idx[1] || !idx[2])) {
        check_errorf(c, node_pos(e), "2nd and 3rd index required in 3-index slice");
        x->mode = OM_INVALID;
        return;
    }
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            Type *t;
            int64_t r;
            check_index(c, idx[i], max, &t, &r);
            if (r >= 0)
                v = r;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    for (int i = 0; i < 2; i++) {
        if (ind[i] > 0) {
            for (int j = i + 1; j < 3; j++) {
                if (ind[j] >= 0 && ind[j] < ind[i]) {
                    Node *at = idx[j] ? idx[j] : e;
                    check_errorf(c, node_pos(at), "invalid slice indices: %lld < %lld", (long long)ind[j],
                                 (long long)ind[i]);
                    return;
                }
            }
        }
    }
}

/* ---- composite literals ------------------------------------------------------- */

/* A set of int64 (array literal indices). */
typedef struct IntSet {
    int64_t *keys;
    bool *used;
    int cap, count;
} IntSet;

static bool intset_add(Checker *c, IntSet *s, int64_t k)
{
    if ((s->count + 1) * 2 > s->cap) {
        int ncap = s->cap ? s->cap * 2 : 16;
        int64_t *ok = s->keys;
        bool *ou = s->used;
        int ocap = s->cap;
        s->keys = ARENA_ARRAY(c->arena, int64_t, ncap);
        s->used = ARENA_ARRAY(c->arena, bool, ncap);
        s->cap = ncap;
        s->count = 0;
        for (int i = 0; i < ocap; i++)
            if (ou[i])
                intset_add(c, s, ok[i]);
    }
    uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ULL;
    int i = (int)(h >> 33) & (s->cap - 1);
    while (s->used[i]) {
        if (s->keys[i] == k)
            return false;
        i = (i + 1) & (s->cap - 1);
    }
    s->used[i] = true;
    s->keys[i] = k;
    s->count++;
    return true;
}

static int64_t indexed_elts(Checker *c, NodeList *elts, Type *typ, int64_t length)
{
    IntSet visited = {0};
    int64_t index = 0, max = 0;
    for (int k = 0; k < elts->len; k++) {
        Node *e = elts->items[k];
        bool valid_index = false;
        Node *eval = e;
        if (e->kind == N_KEYVALUE) {
            Type *t;
            int64_t i;
            check_index(c, e->u.kv.key, length, &t, &i);
            if (t->kind != TY_INVALID) {
                if (i >= 0) {
                    index = i;
                    valid_index = true;
                } else {
                    check_errorf(c, node_pos(e), "index %s must be integer constant", expr_string(c, e->u.kv.key));
                }
            }
            eval = e->u.kv.value;
        } else if (length >= 0 && index >= length) {
            check_errorf(c, node_pos(e), "index %lld is out of bounds (>= %lld)", (long long)index, (long long)length);
        } else {
            valid_index = true;
        }
        if (valid_index && !intset_add(c, &visited, index))
            check_errorf(c, node_pos(e), "duplicate index %lld in array or slice literal", (long long)index);
        index++;
        if (index > max)
            max = index;
        Operand x = {0};
        check_expr_with_hint(c, &x, eval, typ);
        assignment(c, &x, typ, "array or slice literal");
    }
    return max;
}

/* Constant map keys seen in a literal (duplicates are errors). */
typedef struct KeySet {
    VEC(Operand) keys;
} KeySet;

static uint64_t key_hash(Checker *c, ConstValue *v)
{
    switch (v->kind) {
    case CV_BOOL:
        return v->b ? 1 : 2;
    case CV_STRING: {
        uint64_t h = 1469598103934665603ULL;
        for (size_t i = 0; i < v->len; i++)
            h = (h ^ (unsigned char)v->str[i]) * 1099511628211ULL;
        return h;
    }
    case CV_INT:
    case CV_FLOAT: {
        ConstValue *i = cv_to_int(c, v);
        if (i->kind == CV_INT)
            return cv_uint64(i) * 0x9E3779B97F4A7C15ULL;
        return (uint64_t)(cv_float64(v) * 1000.0);
    }
    default:
        return 0;
    }
}

typedef struct KeyTable {
    Operand *slots;
    uint64_t *hashes;
    int cap, count;
} KeyTable;

/* Returns true if an equal key (same value, and for interface-typed maps the
 * same type) was already in the table; else adds it. */
static bool keytable_add(Checker *c, KeyTable *t, Operand *x, bool key_is_iface)
{
    if ((t->count + 1) * 2 > t->cap) {
        KeyTable old = *t;
        t->cap = old.cap ? old.cap * 2 : 16;
        t->slots = ARENA_ARRAY(c->arena, Operand, t->cap);
        t->hashes = ARENA_ARRAY(c->arena, uint64_t, t->cap);
        t->count = 0;
        for (int i = 0; i < old.cap; i++)
            if (old.slots[i].val)
                keytable_add(c, t, &old.slots[i], key_is_iface);
    }
    uint64_t h = key_hash(c, x->val);
    int i = (int)(h & (uint64_t)(t->cap - 1));
    while (t->slots[i].val) {
        if (t->hashes[i] == h && cv_equal_key(c, t->slots[i].val, x->val) &&
            (!key_is_iface || type_identical(t->slots[i].type, x->type)))
            return true;
        i = (i + 1) & (t->cap - 1);
    }
    t->slots[i] = *x;
    t->hashes[i] = h;
    t->count++;
    return false;
}

void composite_lit(Checker *c, Operand *x, Node *e, Type *hint)
{
    Type *typ, *base;
    Node *te = e->u.composite.type;
    if (te) {
        if (te->kind == N_ARRAYTYPE && te->u.arraytype.len && te->u.arraytype.len->kind == N_ELLIPSIS) {
            typ = new_array(c, check_var_type(c, te->u.arraytype.elem), -1);
            base = typ;
        } else {
            typ = check_typ(c, te);
            base = typ;
        }
    } else if (hint) {
        typ = hint;
        Type *u = under(hint);
        base = u;
        if (u && u->kind == TY_POINTER) {
            base = u->elem;
            e->implicit |= IMPL_ADDR; /* []*T{{...}}: &T{...} */
        }
    } else {
        check_errorf(c, node_pos(e), "missing type in composite literal");
        x->mode = OM_INVALID;
        return;
    }
    Type *utyp = under(base);
    NodeList *elts = &e->u.composite.elts;
    switch (utyp ? utyp->kind : TY_INVALID) {
    case TY_STRUCT: {
        if (elts->len == 0)
            break;
        int nf = utyp->nfields;
        if (elts->items[0]->kind == N_KEYVALUE) {
            bool *visited = ARENA_ARRAY(c->arena, bool, nf + 1);
            for (int k = 0; k < elts->len; k++) {
                Node *kv = elts->items[k];
                if (kv->kind != N_KEYVALUE) {
                    check_errorf(c, node_pos(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Node *key = kv->u.kv.key;
                check_expr(c, x, kv->u.kv.value);
                if (key->kind != N_IDENT) {
                    check_errorf(c, node_pos(kv), "invalid field name %s in struct literal", expr_string(c, key));
                    continue;
                }
                int i = -1;
                if (key->u.ident.name != c->s_blank)
                    for (int j = 0; j < nf; j++)
                        if (utyp->fields[j]->name == key->u.ident.name) {
                            i = j;
                            break;
                        }
                if (i < 0) {
                    check_errorf(c, key->pos, "unknown field '%s' in struct literal of type %s", key->u.ident.name,
                                 tstr(base));
                    continue;
                }
                Object *fld = utyp->fields[i];
                key->obj = fld;
                key->type = fld->type;
                key->mode = MODE_VARIABLE;
                assignment(c, x, fld->type, "struct literal");
                if (visited[i]) {
                    check_errorf(c, node_pos(kv), "duplicate field name %s in struct literal", key->u.ident.name);
                    continue;
                }
                visited[i] = true;
            }
        } else {
            for (int i = 0; i < elts->len; i++) {
                Node *el = elts->items[i];
                if (el->kind == N_KEYVALUE) {
                    check_errorf(c, node_pos(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                check_expr(c, x, el);
                if (i >= nf) {
                    check_errorf(c, op_pos(x), "too many values in %s{…}", tstr(base));
                    break;
                }
                assignment(c, x, utyp->fields[i]->type, "struct literal");
            }
            if (elts->len < nf)
                check_errorf(c, e->u.composite.rbrace, "too few values in %s{…}", tstr(base));
        }
        break;
    }
    case TY_ARRAY: {
        int64_t n = indexed_elts(c, elts, utyp->elem, utyp->len);
        if (utyp->len < 0) {
            utyp->len = n;
            utyp->str = NULL;
            if (te) {
                te->type = utyp;
                te->mode = MODE_TYPEEXPR;
            }
        }
        break;
    }
    case TY_SLICE:
        indexed_elts(c, elts, utyp->elem, -1);
        break;
    case TY_MAP: {
        KeyTable seen = {0}; /* allocated only from the 9th constant key on */
        Operand small[8];
        int nsmall = 0;
        bool key_iface = type_is_interface(utyp->key);
        for (int k = 0; k < elts->len; k++) {
            Node *kv = elts->items[k];
            if (kv->kind != N_KEYVALUE) {
                check_errorf(c, node_pos(kv), "missing key in map literal");
                continue;
            }
            check_expr_with_hint(c, x, kv->u.kv.key, utyp->key);
            assignment(c, x, utyp->key, "map literal");
            if (x->mode == OM_INVALID)
                continue;
            if (x->mode == OM_CONSTANT && x->val && x->val->kind != CV_UNKNOWN) {
                bool dup = false;
                if (nsmall < 8 && seen.cap == 0) {
                    for (int j = 0; j < nsmall && !dup; j++)
                        dup = cv_equal_key(c, small[j].val, x->val) &&
                              (!key_iface || type_identical(small[j].type, x->type));
                    if (!dup)
                        small[nsmall++] = *x;
                } else {
                    if (seen.cap == 0)
                        for (int j = 0; j < nsmall; j++)
                            keytable_add(c, &seen, &small[j], key_iface);
                    dup = keytable_add(c, &seen, x, key_iface);
                }
                if (dup) {
                    check_errorf(c, op_pos(x), "duplicate key %s in map literal", cv_string(c->arena, x->val));
                    continue;
                }
            }
            check_expr_with_hint(c, x, kv->u.kv.value, utyp->elem);
            assignment(c, x, utyp->elem, "map literal");
        }
        break;
    }
    default:
        for (int k = 0; k < elts->len; k++) {
            Node *el = elts->items[k];
            if (el->kind == N_KEYVALUE)
                el = el->u.kv.value;
            use_expr(c, el);
        }
        if (utyp && utyp->kind != TY_INVALID) {
            check_errorf(c, node_pos(e), "invalid composite literal type %s", tstr(typ));
            x->mode = OM_INVALID;
            return;
        }
        break; /* an invalid type (reported before): the literal still has type typ */
    }
    x->mode = OM_VALUE;
    x->type = typ;
    x->val = NULL;
}
