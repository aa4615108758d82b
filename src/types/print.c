/*
 * print.c — `minigo check -types`: one line per package-level declaration,
 * in source order, spelled like types2's ObjectString with the package
 * qualifier on the declared name and on the package's own named types:
 *
 *   const main.c untyped int = 3
 *   var main.m map[string]main.T
 *   type main.T struct{a int; next *main.T}
 *   func main.f(p *map[string]int, k string, v int)
 *   func (*main.T) set(v int)
 */
#include <stdio.h>

#include "check.h"

const char *type_string_qualified(Arena *a, const Type *t, const char *q);
const char *signature_string_qualified(Arena *a, const Type *sig, const char *q);

void types_print_decls(Package *p, FILE *out)
{
    Checker *c = p->checker;
    Arena *a = c ? c->arena : NULL;
    if (!a)
        return;
    const char *q = "main.";
    for (int i = 0; i < p->objects.len; i++) {
        Object *o = p->objects.items[i];
        switch (o->kind) {
        case OBJ_CONST:
            fprintf(out, "const main.%s %s", o->name, type_string_qualified(a, o->type, q));
            if (o->cv && o->cv->kind != CV_UNKNOWN)
                fprintf(out, " = %s", cv_string(a, o->cv));
            fputc('\n', out);
            break;
        case OBJ_VAR:
            fprintf(out, "var main.%s %s\n", o->name, type_string_qualified(a, o->type, q));
            break;
        case OBJ_TYPE:
            if (o->flags & OBJF_ALIAS)
                fprintf(out, "type main.%s = %s\n", o->name, type_string_qualified(a, o->type, q));
            else
                fprintf(out, "type main.%s %s\n", o->name,
                        type_string_qualified(a, o->type ? under(o->type) : NULL, q));
            break;
        case OBJ_FUNC: {
            Type *sig = o->type;
            if (!sig || sig->kind != TY_FUNC) {
                fprintf(out, "func main.%s\n", o->name);
                break;
            }
            if (sig->recv)
                fprintf(out, "func (%s) %s%s\n", type_string_qualified(a, sig->recv->type, q), o->name,
                        signature_string_qualified(a, sig, q));
            else
                fprintf(out, "func main.%s%s\n", o->name, signature_string_qualified(a, sig, q));
            break;
        }
        default:
            break;
        }
    }
}
