/*
 * check.c — the checker's driver and error reporting.
 *
 * types_check runs types2's phases in types2's order, because gc stops at
 * its tenth error and which ten it prints depends on the order they were
 * reported (diag sorts what it prints by position):
 *   0. branch and label checks (gc does them in the parser: syntax errors
 *      like "label L defined and not used" come before any type error);
 *   1. collect_objects: imports and package-level names, redeclarations;
 *   2. package_objects: types first, then everything else in source order,
 *      each checked on demand with cycle detection; function bodies are
 *      queued (later);
 *   3. the delayed queue: bodies, map key checks, recursive type checks...;
 *   4. initialisation order and cycles; 5. unused imports.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "check.h"

/* ---- errors ------------------------------------------------------------- */

Pos node_pos(const Node *n) { return n ? ast_start_pos(n) : pos_make(NULL, 0, 0); }

Pos op_pos(Operand *x) { return node_pos(x->expr); }

const char *check_sprintf(Checker *c, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *s = arena_alloc(c->arena, (size_t)n + 1);
    vsnprintf(s, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    va_end(ap);
    return s;
}

static void report(Checker *c, Pos pos, const char *msg)
{
    /* types2 drops follow-on errors about invalid operands/types */
    if (c->diag->nerrors > 0 && (strstr(msg, "invalid operand") || strstr(msg, "invalid type")))
        return;
    if (pos_known(c->errpos))
        pos = c->errpos;
    diag_error(c->diag, pos, "%s", msg);
}

static void vreport(Checker *c, Pos pos, const char *fmt, va_list ap)
{
    StrBuf b = {0};
    sb_vprintf(&b, fmt, ap);
    report(c, pos, b.data ? b.data : "");
    sb_free(&b);
}

void check_errorf(Checker *c, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(c, pos, fmt, ap);
    va_end(ap);
}

void check_soft_errorf(Checker *c, Pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vreport(c, pos, fmt, ap);
    va_end(ap);
}

void err_begin(ErrorBuilder *e, Pos pos, const char *fmt, ...)
{
    memset(e, 0, sizeof *e);
    e->pos = pos;
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&e->text, fmt, ap);
    va_end(ap);
}

void err_add(Checker *c, ErrorBuilder *e, Pos pos, const char *fmt, ...)
{
    sb_puts(&e->text, "\n\t");
    if (pos_known(pos))
        sb_printf(&e->text, "%s:%d:%d: ", diag_path(c->arena, pos.file), pos.line, pos.col);
    va_list ap;
    va_start(ap, fmt);
    sb_vprintf(&e->text, fmt, ap);
    va_end(ap);
}

void err_report(Checker *c, ErrorBuilder *e)
{
    report(c, e->pos, e->text.data ? e->text.data : "");
    sb_free(&e->text);
}

/* ---- delayed actions ---------------------------------------------------- */

Action *later(Checker *c, ActionKind kind)
{
    Action a = {0};
    a.kind = kind;
    vec_push(c->arena, &c->delayed, a);
    return &c->delayed.items[c->delayed.len - 1];
}

static void run_funcbody(Checker *c, Action *a)
{
    /* save and replace the environment */
    Scope *scope = c->scope;
    DeclInfo *decl = c->decl;
    ConstValue *iota = c->iota;
    Func *fn = c->fn;
    Type *sig = c->sig;
    Pos errpos = c->errpos;
    bool has_label = c->has_label;
    Object **labels = c->labels.items; /* the enclosing body's (a function literal is checked later) */
    int nlabels = c->labels.len, caplabels = c->labels.cap;

    c->scope = a->scope;
    c->decl = a->decl;
    c->iota = a->iota;
    c->errpos = pos_make(NULL, 0, 0);
    func_body(c, a->fn);

    c->scope = scope;
    c->decl = decl;
    c->iota = iota;
    c->fn = fn;
    c->sig = sig;
    c->errpos = errpos;
    c->has_label = has_label;
    c->labels.items = labels;
    c->labels.len = nlabels;
    c->labels.cap = caplabels;
}

static void run_action(Checker *c, Action *a)
{
    switch (a->kind) {
    case ACT_FUNCBODY:
        run_funcbody(c, a);
        break;
    case ACT_MAPKEY:
        if (!type_is_comparable(a->type->key))
            check_errorf(c, node_pos(a->node), "invalid map key type %s", tstr(a->type->key));
        break;
    case ACT_EMBEDDED: {
        bool isptr;
        Type *t = deref_type(a->type, &isptr);
        Type *u = under(t);
        if (!u || t->kind == TY_INVALID)
            break;
        if (u->kind == TY_POINTER)
            check_errorf(c, a->pos, "embedded field type cannot be a pointer");
        else if (u->kind == TY_INTERFACE && isptr)
            check_errorf(c, a->pos, "embedded field type cannot be a pointer to an interface");
        break;
    }
    default:
        check_delayed_type_checks_one(c, a);
        break;
    }
}

void process_delayed(Checker *c, int top)
{
    for (int i = top; i < c->delayed.len; i++) {
        Action a = c->delayed.items[i]; /* the queue may grow (and move) */
        run_action(c, &a);
    }
    c->delayed.len = top;
}

/* ---- unused imports ------------------------------------------------------ */

static void unused_imports(Checker *c)
{
    for (int i = 0; i < c->imports.len; i++) {
        Object *o = c->imports.items[i];
        if (o->flags & OBJF_USED || o->name == c->s_blank)
            continue;
        const char *path = o->pkgpath;
        const char *elem = strrchr(path, '/');
        elem = elem ? elem + 1 : path;
        Node *imp = o->decl;
        Pos pos = imp ? imp->pos : o->pos;
        if (strcmp(o->name, elem) == 0 || strcmp(o->name, ".") == 0)
            check_soft_errorf(c, pos, "imported and not used: \"%s\"", path);
        else
            check_soft_errorf(c, pos, "imported and not used: \"%s\" as %s", path, o->name);
    }
}

/* ---- entry point -------------------------------------------------------- */

Package *types_check(Arena *arena, InternTable *names, Diag *d, Node **files, int nfiles)
{
    Checker *c = ARENA_NEW(arena, Checker);
    c->arena = arena;
    c->names = names;
    c->diag = d;
    mpz_inits(c->z1, c->z2, c->z3, NULL);
    mpq_inits(c->q1, c->q2, c->q3, NULL);
    c->scratch_live = true;
    c->parse_errors = d->nerrors;
    c->s_blank = intern_cstr(c, "_");
    c->s_empty = intern_cstr(c, "");
    c->s_func = intern_cstr(c, "func");
    c->s_init = intern_cstr(c, "init");
    c->s_main = intern_cstr(c, "main");
    c->s_iota = intern_cstr(c, "iota");
    c->s_error = intern_cstr(c, "error");
    c->s_true = intern_cstr(c, "true");
    c->s_false = intern_cstr(c, "false");

    Package *p = ARENA_NEW(arena, Package);
    p->checker = c;
    p->name = "main";
    c->pkg = p;
    universe_init(c);
    p->scope = scope_new(c, c->u.scope, NULL);
    p->any_type = c->u.any_type;
    p->error_type = c->u.error_type;
    for (int k = 0; k < TY_KIND_COUNT; k++)
        p->basic[k] = c->u.typ[k];
    p->byte_type = c->u.byte_type;
    p->rune_type = c->u.rune_type;
    c->scope = p->scope;

    collect_objects(c, files, nfiles);
    package_objects(c);
    process_delayed(c, 0);
    init_order(c);
    unused_imports(c);
    /* type A B: resolve chains so that `underlying` is never a named type */
    for (int i = 0; i < p->named.len; i++) {
        Type *t = p->named.items[i];
        Type *u = under(t);
        t->underlying = u && u->kind != TY_NAMED ? u : c->u.invalid;
    }
    for (int i = 0; i < c->pkg_objs.len; i++) {
        Object *o = c->pkg_objs.items[i];
        if (o->kind == OBJ_FUNC && o->func)
            vec_push(arena, &p->funcs, o->func);
    }
    /* gc's back end reports body-less functions, only when the package type-checked */
    if (d->nerrors == 0) {
        for (int i = 0; i < p->funcs.len; i++) {
            Func *fn = p->funcs.items[i];
            if (!fn->node->u.func.body && fn->obj->name != c->s_init)
                check_errorf(c, fn->obj->pos, "missing function body");
        }
    }
    types_free(p); /* the GMP scratch registers are not needed any more */
    return p;
}

void types_free(Package *p)
{
    if (!p || !p->checker)
        return;
    Checker *c = p->checker;
    if (c->scratch_live) {
        mpz_clears(c->z1, c->z2, c->z3, NULL);
        mpq_clears(c->q1, c->q2, c->q3, NULL);
        c->scratch_live = false;
    }
}

