/*
 * main.c — the `minigo` command. Mirrors the go tool: a subcommand, its
 * flags, then the files. Each subcommand runs the pipeline as far as it
 * needs (parse → check → ...) and prints what was asked for.
 *
 * The compiler runs on a thread with a large stack: the parser bounds
 * nesting (PARSE_MAX_DEPTH) so every recursive walk is bounded too, and a
 * big stack makes that bound safe under the sanitizers as well.
 */
#include "common/common.h"
#include "parser/parser.h"
#include "report/report.h"
#include "codegen/codegen.h"
#include "compare/compare.h"
#include "escape/escape.h"
#include "ssa/ssa.h"
#include "types/types.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { COMPILER_STACK = 1 << 30 }; /* 1 GiB of address space, touched only as needed */

typedef struct Options {
    const char *cmd;
    bool show_types;    /* check -types: print package-level declarations */
    const char *func;   /* ssa -func NAME: only this function */
    bool passes;        /* ssa -passes: print after every pass */
    bool check;         /* ssa -check (debug): verify after every pass */
    int mlevel;         /* escape/build -m: 1 decisions, 2 flows (-m=N, or -m repeated) */
    bool json;          /* escape -json: JSON lines on stdout (src/compare/escjson.c) */
    bool explain;       /* escape -explain: -m=2 with sentences on stdout (src/compare/explain.c) */
    bool verify_escape; /* build -verify-escape: decisions checked against the IR (src/codegen/verify_escape.c) */
    bool verbose;       /* build -v: with -verify-escape, a one-line summary */
    int opt_level;      /* build/run/ir: 2 (LLVM default<O2>), 0 with -N or -O0 */
    bool keep_vars;     /* build/run -N: every variable in memory, for the debugger */
    const char *output; /* build -o */
    bool asm_out;       /* build -S: native assembly to stdout */
    char **run_args;    /* run: the program's arguments */
    int nrun_args;
    CompareOptions compare; /* compare: mode, -w N, the two function names */
    const char **files;
    int nfiles;
} Options;

typedef struct Session {
    Options *opt;
    Arena arena;        /* AST, types and names: freed at exit */
    InternTable names;
    Diag diag;
    char **sources;     /* file contents, kept alive for the AST */
    Node **asts;
    Package *pkg;
    int status;
} Session;

typedef struct Command {
    const char *name;
    const char *usage;
    const char *summary;
    const char *issue; /* NULL when built; else where it is being built */
} Command;

static const Command commands[] = {
    {"check", "minigo check [-types] file.go...",
     "parse and type-check; print errors as file:line:col: msg (exit 1), or nothing (exit 0).\n"
     "  -types   also print every package-level declaration with its type", NULL},
    {"ast", "minigo ast file.go...", "print the typed syntax tree (for debugging minigo)", NULL},
    {"build", "minigo build [-o out] [-m[=N]] [-l] [-N] [-S] [-verify-escape [-v]] file.go...",
     "compile to a native executable; -m prints escape decisions as gc does.\n"
     "  -o out   the executable (default: the first file's name without .go)\n"
     "  -N       no optimisation (LLVM passes off)\n"
     "  -S       print the native assembly instead of linking\n"
     "  -verify-escape  check every escape decision against the emitted IR (stack: an alloca,\n"
     "           heap: a runtime allocation call); mismatches as file:line:col, exit 1;\n"
     "           -v adds a one-line summary", NULL},
    {"run", "minigo run [flags] file.go... [-- args]",
     "build to a temporary directory, run with args, forward the exit status, clean up", NULL},
    {"ssa", "minigo ssa [-func NAME] [-passes] file.go...",
     "print the SSA of functions in gc's GOSSAFUNC text form, after all passes.\n"
     "  -func NAME   only function NAME (gc's names: f, T.m, (*T).m, f.func1, main.f)\n"
     "  -passes      print the function as built, then after each pass", NULL},
    {"ir", "minigo ir [-O0|-O2] file.go...", "print the LLVM IR of the program (default -O0: as generated)", NULL},
    {"escape", "minigo escape [-m[=N]] [-l] [-json|-explain] file.go...",
     "print escape-analysis decisions only, as go tool compile -m does; any package name,\n"
     "  no main needed, no code generated. -m=2 (or -m -m) adds gc's flow explanations;\n"
     "  -l (no inlining) is accepted: minigo never inlines. Without -m, -m=1 is assumed.\n"
     "  -json: one JSON object a line on stdout for every decision (\"does not escape\" too, with\n"
     "  the -m=2 explanation as steps) and every map operation (runtime entry point and why);\n"
     "  schema: src/compare/escape-json.v1.schema.json\n"
     "  -explain: the -m=2 output on stdout, unchanged, each decision and flow preceded by a\n"
     "  plain-words sentence (after a blank line)", NULL},
    {"compare", "minigo compare [-ssa|-ir|-escape] [-w N] file.go FUNC_A FUNC_B",
     "show two functions side by side after the same phase, differing lines marked\n"
     "  (< only in A, > only in B, | changed), and a summary: loads, nil checks,\n"
     "  runtime calls, allocations, escape decisions that differ.\n"
     "  -ssa      SSA after all passes (default)\n"
     "  -ir       optimised (O2) LLVM IR\n"
     "  -escape   escape decisions (-m), parameters matched by position\n"
     "  -w N      total width (default: the terminal's, else 160); colour only on a terminal", NULL},
    {"report", "minigo report file.go... [-o out.html]",
     "write one self-contained HTML page (no network access) with, per function: the source\n"
     "  with each line's escape decisions, the SSA after every pass in columns (click a value\n"
     "  to highlight its uses), the -m=2 explanations, the LLVM IR (-O0 and O2) and the escape\n"
     "  graph drawn by Graphviz dot.\n"
     "  -o out.html   the page (default: the first file's name with .html for .go)", NULL},
    {"help", "minigo help [command]", "describe the commands", NULL},
};
enum { NCOMMANDS = sizeof commands / sizeof commands[0] };

static const Command *find_command(const char *name)
{
    for (int i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static void print_help(FILE *out)
{
    fputs("minigo compiles a subset of Go and shows its work.\n\nUsage:\n\n", out);
    for (int i = 0; i < NCOMMANDS; i++)
        fprintf(out, "  %-60s\n      %s%s\n", commands[i].usage, commands[i].summary,
                commands[i].issue ? "  (not yet built)" : "");
    fputs("\nDiagnostics go to stderr as ./file.go:LINE:COL: message, as the go tool prints them.\n", out);
}

static void print_command_help(const Command *c, FILE *out)
{
    fprintf(out, "usage: %s\n\n%s\n", c->usage, c->summary);
    if (c->issue)
        fprintf(out, "\n(not yet built: the %s work is in progress)\n", c->issue);
}

/* ---- pipeline ------------------------------------------------------------ */

static bool load_and_parse(Session *s)
{
    Options *o = s->opt;
    s->sources = calloc((size_t)o->nfiles, sizeof *s->sources);
    s->asts = calloc((size_t)o->nfiles, sizeof *s->asts);
    AstContext ac = {&s->arena, &s->names};
    for (int i = 0; i < o->nfiles; i++) {
        size_t len = 0;
        s->sources[i] = read_file(o->files[i], &len);
        if (!s->sources[i]) {
            fprintf(stderr, "open %s: %s\n", o->files[i], strerror(errno));
            return false;
        }
        s->asts[i] = parse_file(&ac, &s->diag, o->files[i], s->sources[i], len);
    }
    /* gc type-checks after lexical and label errors; only syntax errors (and
     * minigo's unsupported features) stop it. type_check flushes everything
     * sorted together, as gc does. */
    if (s->diag.nsyntax > 0) {
        diag_flush(&s->diag);
        return false;
    }
    return true;
}

static bool type_check(Session *s)
{
    int n = 0;
    for (int i = 0; i < s->opt->nfiles; i++)
        if (s->asts[i])
            s->asts[n++] = s->asts[i];
    s->pkg = types_check(&s->arena, &s->names, &s->diag, s->asts, n);
    return diag_flush(&s->diag) == 0;
}

static const char *dump_type_name(const struct Type *t) { return t ? type_string(t) : NULL; }

/* ---- ssa ----------------------------------------------------------------- */

typedef struct SsaRun {
    Options *opt;
} SsaRun;

static void ssa_after_pass(SsaFunc *f, const SsaPass *p, void *ctx)
{
    SsaRun *r = ctx;
    if (r->opt->check)
        ssa_check(f, p->name);
    if (r->opt->passes) {
        printf("pass %s\n", p->name);
        ssa_print(f, stdout);
    }
}

/* Builds, checks and prints one function; frees its SSA. */
static void ssa_one(SsaRun *r, SsaFunc *f, bool *first)
{
    if (!*first)
        putchar('\n');
    *first = false;
    if (r->opt->check)
        ssa_check(f, "build");
    if (r->opt->passes) {
        printf("pass build\n");
        ssa_print(f, stdout);
    }
    ssa_run_passes(f, ssa_after_pass, r);
    if (!r->opt->passes)
        ssa_print(f, stdout);
    ssa_func_free(f);
}

static int run_ssa(Session *s)
{
    Options *o = s->opt;
    SsaRun r = {o};
    SsaPackage *sp = ssa_package_new(s->pkg, &s->arena);
    FuncList funcs = {0};
    ssa_package_funcs(sp, &s->arena, &funcs);
    bool first = true, found = false;
    for (int i = 0; i < funcs.len; i++) {
        if (o->func && !ssa_name_matches(funcs.items[i]->name, o->func))
            continue;
        found = true;
        ssa_one(&r, ssa_build_func(sp, funcs.items[i]), &first);
    }
    if (!o->func || ssa_name_matches("init", o->func)) {
        SsaFunc *init = ssa_build_init(sp);
        if (init) {
            found = true;
            ssa_one(&r, init, &first);
        }
    }
    if (o->func && !found) {
        fprintf(stderr, "minigo ssa: no function %s\n", o->func);
        return 1;
    }
    return 0;
}

/* ---- escape ---------------------------------------------------------------- */

static int run_escape(Session *s)
{
    EscOptions eo = {s->opt->mlevel ? s->opt->mlevel : 1, stderr, &s->arena};
    EscResult *r = escape_analyze(s->pkg, &eo);
    esc_free(r);
    return 0;
}

/* ---- build, run, ir ----------------------------------------------------------- */

static const char *default_output(Arena *a, const char *file)
{
    const char *base = strrchr(file, '/');
    base = base ? base + 1 : file;
    size_t n = strlen(base) - 3; /* without .go */
    char *out = arena_alloc(a, n + 1);
    memcpy(out, base, n);
    out[n] = 0;
    return out;
}

static int run_codegen(Session *s)
{
    Options *o = s->opt;
    EscOptions eo = {o->mlevel, stderr, &s->arena};
    EscResult *esc = escape_analyze(s->pkg, &eo);
    int mismatches = 0;
    CodegenOptions co = {.opt = o->opt_level, .keep_vars = o->keep_vars, .esc = esc, .asm_out = o->asm_out,
                         .verify_escape = o->verify_escape, .verify_verbose = o->verbose,
                         .escape_mismatches = &mismatches};
    int rc;
    if (strcmp(o->cmd, "ir") == 0)
        rc = codegen_print_ir(s->pkg, &s->arena, &co, stdout);
    else if (strcmp(o->cmd, "run") == 0)
        rc = codegen_run(s->pkg, &s->arena, &co, o->run_args, o->nrun_args);
    else {
        co.output = o->output ? o->output : default_output(&s->arena, o->files[0]);
        rc = codegen_build(s->pkg, &s->arena, &co);
        if (rc == 0 && mismatches > 0)
            rc = 1;
    }
    esc_free(esc);
    return rc;
}

/* `go tool compile` accepts any package name; our checker builds package main only,
 * so the escape command checks a library package as if it were main. */
static void escape_any_package(Session *s)
{
    const char *main_name = intern(&s->names, "main", 4);
    for (int i = 0; i < s->opt->nfiles; i++)
        if (s->asts[i] && s->asts[i]->u.file.package)
            s->asts[i]->u.file.package->u.ident.name = main_name;
}

static int run_command(Session *s)
{
    const char *cmd = s->opt->cmd;
    if (!load_and_parse(s))
        return 1;
    if (strcmp(cmd, "ast") == 0) {
        bool ok = type_check(s);
        for (int i = 0; i < s->opt->nfiles; i++)
            if (s->asts[i])
                ast_dump(s->asts[i], stdout, ok ? dump_type_name : NULL);
        return ok ? 0 : 1;
    }
    if (strcmp(cmd, "escape") == 0)
        escape_any_package(s);
    if (!type_check(s))
        return 1;
    if (strcmp(cmd, "escape") == 0)
        return s->opt->json      ? escape_json(s->pkg, &s->arena, stdout)
               : s->opt->explain ? escape_explain(s->pkg, &s->arena, stdout)
                                 : run_escape(s);
    if (strcmp(cmd, "ssa") == 0)
        return run_ssa(s);
    if (strcmp(cmd, "compare") == 0)
        return compare_run(s->pkg, &s->arena, &s->opt->compare, stdout);
    if (strcmp(cmd, "report") == 0) {
        const char *out = s->opt->output ? s->opt->output
                                         : arena_printf(&s->arena, "%s.html", default_output(&s->arena, s->opt->files[0]));
        ReportInput in = {s->opt->files, s->sources, s->opt->nfiles, out};
        return report_run(s->pkg, &s->arena, &in);
    }
    if (strcmp(cmd, "build") == 0 || strcmp(cmd, "run") == 0 || strcmp(cmd, "ir") == 0)
        return run_codegen(s);
    if (s->opt->show_types)
        types_print_decls(s->pkg, stdout);
    return 0;
}

static void *compiler_thread(void *arg)
{
    Session *s = arg;
    s->status = run_command(s);
    return NULL;
}

/* Runs the pipeline on a thread with COMPILER_STACK bytes of stack. */
static int run_with_big_stack(Session *s)
{
    pthread_attr_t attr;
    pthread_t th;
    if (pthread_attr_init(&attr) != 0 || pthread_attr_setstacksize(&attr, COMPILER_STACK) != 0 ||
        pthread_create(&th, &attr, compiler_thread, s) != 0) {
        /* Fall back to the main thread's stack. */
        return run_command(s);
    }
    pthread_join(th, NULL);
    pthread_attr_destroy(&attr);
    return s->status;
}

static void session_free(Session *s)
{
    if (s->sources)
        for (int i = 0; i < s->opt->nfiles; i++)
            free(s->sources[i]);
    free(s->sources);
    free(s->asts);
    intern_free(&s->names);
    diag_free(&s->diag);
    arena_free(&s->arena);
}

/* ---- flags ----------------------------------------------------------------- */

static int usage_error(const Command *c, const char *msg, const char *arg)
{
    fprintf(stderr, "minigo %s: %s%s%s\n", c->name, msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: %s\n", c->usage);
    return 2;
}

static int parse_flags(const Command *c, Options *o, int argc, char **argv)
{
    int i = 0;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *f = argv[i];
        if (strcmp(f, "--") == 0) {
            i++;
            break;
        }
        if (strcmp(f, "-h") == 0 || strcmp(f, "-help") == 0 || strcmp(f, "--help") == 0) {
            print_command_help(c, stdout);
            exit(0);
        }
        if (strcmp(c->name, "check") == 0 && strcmp(f, "-types") == 0) {
            o->show_types = true;
            continue;
        }
        if (strcmp(c->name, "build") == 0 || strcmp(c->name, "run") == 0) {
            if (strcmp(f, "-N") == 0) {
                o->opt_level = 0;
                o->keep_vars = true;
                continue;
            }
            if (strcmp(f, "-verify-escape") == 0 && strcmp(c->name, "build") == 0) {
                o->verify_escape = true;
                continue;
            }
            if (strcmp(f, "-v") == 0 && strcmp(c->name, "build") == 0) {
                o->verbose = true;
                continue;
            }
            if (strcmp(f, "-S") == 0 && strcmp(c->name, "build") == 0) {
                o->asm_out = true;
                continue;
            }
            if (strcmp(f, "-o") == 0 && strcmp(c->name, "build") == 0) {
                if (i + 1 >= argc)
                    return usage_error(c, "flag needs an argument", f);
                o->output = argv[++i];
                continue;
            }
        }
        if (strcmp(c->name, "report") == 0 && strcmp(f, "-o") == 0) {
            if (i + 1 >= argc)
                return usage_error(c, "flag needs an argument", f);
            o->output = argv[++i];
            continue;
        }
        if (strcmp(c->name, "ir") == 0 && (strcmp(f, "-O0") == 0 || strcmp(f, "-O2") == 0)) {
            o->opt_level = f[2] - '0';
            continue;
        }
        if (strcmp(c->name, "escape") == 0 || strcmp(c->name, "build") == 0 || strcmp(c->name, "run") == 0) {
            if (strcmp(f, "-m") == 0) {
                o->mlevel++;
                continue;
            }
            if (strncmp(f, "-m=", 3) == 0 && f[3] >= '0' && f[3] <= '9') {
                o->mlevel = atoi(f + 3);
                continue;
            }
            if (strcmp(f, "-l") == 0)
                continue;
            if (strcmp(f, "-json") == 0 && strcmp(c->name, "escape") == 0) {
                o->json = true;
                continue;
            }
            if (strcmp(f, "-explain") == 0 && strcmp(c->name, "escape") == 0) {
                o->explain = true;
                continue;
            }
        }
        if (strcmp(c->name, "ssa") == 0) {
            if (strcmp(f, "-passes") == 0) {
                o->passes = true;
                continue;
            }
            if (strcmp(f, "-check") == 0) { /* hidden: verify after every pass */
                o->check = true;
                continue;
            }
            if (strncmp(f, "-func=", 6) == 0) {
                o->func = f + 6;
                continue;
            }
            if (strcmp(f, "-func") == 0) {
                if (i + 1 >= argc)
                    return usage_error(c, "flag needs an argument", f);
                o->func = argv[++i];
                continue;
            }
        }
        if (strcmp(c->name, "compare") == 0) {
            if (strcmp(f, "-ssa") == 0 || strcmp(f, "-ir") == 0 || strcmp(f, "-escape") == 0) {
                o->compare.mode = f[1] == 's' ? CMP_SSA : f[1] == 'i' ? CMP_IR : CMP_ESCAPE;
                continue;
            }
            if (strcmp(f, "-w") == 0 || strncmp(f, "-w=", 3) == 0) {
                const char *n = f[2] == '=' ? f + 3 : i + 1 < argc ? argv[++i] : NULL;
                if (!n || atoi(n) <= 0)
                    return usage_error(c, "-w needs a positive width", n);
                o->compare.width = atoi(n);
                continue;
            }
        }
        return usage_error(c, "unknown flag", f);
    }
    o->files = (const char **)argv + i;
    o->nfiles = argc - i;
    if (strcmp(c->name, "compare") == 0) { /* file.go FUNC_A FUNC_B */
        if (argc - i != 3)
            return usage_error(c, "want one file and two function names", NULL);
        o->nfiles = 1;
        o->compare.func_a = argv[i + 1];
        o->compare.func_b = argv[i + 2];
        o->compare.color = -1;
    }
    if (strcmp(c->name, "report") == 0) { /* the flag may follow the files: file.go -o out.html */
        int n = 0;
        for (int k = i; k < argc; k++) {
            if (strcmp(argv[k], "-o") == 0) {
                if (k + 1 >= argc)
                    return usage_error(c, "flag needs an argument", argv[k]);
                o->output = argv[++k];
            } else if (argv[k][0] == '-' && argv[k][1])
                return usage_error(c, "unknown flag", argv[k]);
            else
                argv[i + n++] = argv[k];
        }
        o->nfiles = n;
    }
    if (strcmp(c->name, "run") == 0) { /* file.go... [--] args */
        int n = 0;
        while (i + n < argc && strlen(argv[i + n]) > 3 && strcmp(argv[i + n] + strlen(argv[i + n]) - 3, ".go") == 0)
            n++;
        o->nfiles = n;
        int rest = i + n;
        if (rest < argc && strcmp(argv[rest], "--") == 0)
            rest++;
        o->run_args = argv + rest;
        o->nrun_args = argc - rest;
    }
    if (o->nfiles == 0)
        return usage_error(c, "no .go files given", NULL);
    for (int k = 0; k < o->nfiles; k++) {
        size_t n = strlen(o->files[k]);
        if (n < 3 || strcmp(o->files[k] + n - 3, ".go") != 0)
            return usage_error(c, "not a .go file", o->files[k]);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stderr);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "help") == 0 || strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
        const Command *c = argc > 2 ? find_command(argv[2]) : NULL;
        if (c)
            print_command_help(c, stdout);
        else
            print_help(stdout);
        return 0;
    }
    const Command *c = find_command(name);
    if (!c) {
        fprintf(stderr, "minigo %s: unknown command\nRun 'minigo help' for usage.\n", name);
        return 2;
    }
    Options o = {.cmd = c->name, .opt_level = strcmp(c->name, "ir") == 0 ? 0 : 2};
    int rc = parse_flags(c, &o, argc - 2, argv + 2);
    if (rc)
        return rc;
    if (c->issue) {
        fprintf(stderr, "minigo %s: not yet built (the %s work is in progress)\n", c->name, c->issue);
        return 2;
    }
    Session s = {.opt = &o};
    arena_init(&s.arena);
    intern_init(&s.names, &s.arena);
    diag_init(&s.diag);
    rc = run_with_big_stack(&s);
    session_free(&s);
    return rc;
}
