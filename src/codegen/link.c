/*
 * link.c — object emission with the host target machine and linking with
 * cc against runtime/libminigort.a and Boehm GC (-lgc); `minigo run` builds
 * into a temporary directory, runs the program and removes the directory.
 *
 * The runtime library is found next to the minigo executable (the repo
 * root, or two levels up for build/debug/minigo), or at $MINIGO_RUNTIME.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "module.h"

static bool file_exists(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0;
}

static bool find_runtime(char *out, size_t n)
{
    const char *env = getenv("MINIGO_RUNTIME");
    if (env && file_exists(env)) {
        snprintf(out, n, "%s", env);
        return true;
    }
    char exe[PATH_MAX - 32];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0)
        return false;
    exe[len] = 0;
    for (int up = 0; up < 4; up++) {
        char *slash = strrchr(exe, '/');
        if (!slash)
            break;
        *slash = 0;
        snprintf(out, n, "%s/runtime/libminigort.a", exe);
        if (file_exists(out))
            return true;
    }
    return false;
}

/* Runs argv, waits; returns the exit status (128+signal for a signal). */
static int run_process(char **argv)
{
    pid_t pid = fork();
    if (pid < 0)
        return 127;
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        execvp(argv[0], argv);
        fprintf(stderr, "minigo: cannot run %s: %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int st = 0;
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(st))
        return WEXITSTATUS(st);
    if (WIFSIGNALED(st))
        return 128 + WTERMSIG(st);
    return 1;
}

static int emit_object(GenModule *m, const char *path, LLVMCodeGenFileType kind)
{
    char *err = NULL;
    if (LLVMTargetMachineEmitToFile(m->tm, m->g.mod, path, kind, &err)) {
        fprintf(stderr, "minigo: internal error in codegen: %s\n", err);
        LLVMDisposeMessage(err);
        return 2;
    }
    return 0;
}

/* ---- -S: assembly with Go source lines as comments ---------------------------------- */

typedef struct AsmFile {
    int num;
    char *path;
    char *text;  /* file contents, or NULL */
    size_t len;
} AsmFile;

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    StrBuf sb = {0};
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        sb_append(&sb, buf, n);
    fclose(f);
    *len = sb.len;
    return sb.data;
}

/* The text of line `line` (1-based) of f, without its newline. */
static void source_line(const AsmFile *f, int line, const char **start, int *n)
{
    *start = NULL;
    *n = 0;
    if (!f->text)
        return;
    const char *p = f->text, *end = f->text + f->len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return;
        p = nl + 1;
    }
    while (p < end && (*p == '\t' || *p == ' '))
        p++;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *n = (int)((nl ? nl : end) - p);
}

/* Copies the assembly to out; after every `.loc F L C` that starts a new
 * source line, a comment `# file.go:L  <the line>` (gc's -S shows the
 * line of each instruction the same way). */
static void print_annotated_asm(const char *s, size_t len, FILE *out)
{
    VEC(AsmFile) files = {0};
    Arena a;
    arena_init(&a);
    int last_file = -1, last_line = -1;
    const char *p = s, *end = s + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = (size_t)((nl ? nl : end) - p);
        fwrite(p, 1, n, out);
        fputc('\n', out);
        char line[1024];
        size_t m = n < sizeof line - 1 ? n : sizeof line - 1;
        memcpy(line, p, m);
        line[m] = 0;
        int num, ln, col;
        char dir[512], name[512];
        if (sscanf(line, " .file %d \"%511[^\"]\" \"%511[^\"]\"", &num, dir, name) == 3) {
            AsmFile f = {num, NULL, NULL, 0};
            StrBuf path = {0};
            sb_printf(&path, "%s/%s", dir, name);
            f.path = arena_strdup(&a, SBS(&path));
            sb_free(&path);
            f.text = slurp(f.path, &f.len);
            vec_push(&a, &files, f);
        } else if (sscanf(line, " .loc %d %d %d", &num, &ln, &col) == 3 && ln > 0 &&
                   (num != last_file || ln != last_line)) {
            last_file = num;
            last_line = ln;
            for (int i = 0; i < files.len; i++) {
                if (files.items[i].num != num)
                    continue;
                const char *src;
                int sn;
                source_line(&files.items[i], ln, &src, &sn);
                const char *base = strrchr(files.items[i].path, '/');
                fprintf(out, "\t# %s:%d\t%.*s\n", base ? base + 1 : files.items[i].path, ln, sn, src ? src : "");
            }
        }
        p = nl ? nl + 1 : end;
    }
    for (int i = 0; i < files.len; i++)
        free(files.items[i].text);
    arena_free(&a);
}

static int build_to(Package *pkg, Arena *arena, const CodegenOptions *opts, const char *exe, const char *dir)
{
    GenModule *m = gen_module_new(pkg, arena, opts);
    if (!m)
        return 2;
    if (opts->asm_out) {
        LLVMMemoryBufferRef buf = NULL;
        char *err = NULL;
        if (LLVMTargetMachineEmitToMemoryBuffer(m->tm, m->g.mod, LLVMAssemblyFile, &err, &buf)) {
            fprintf(stderr, "minigo: internal error in codegen: %s\n", err);
            LLVMDisposeMessage(err);
            gen_module_free(m);
            return 2;
        }
        print_annotated_asm(LLVMGetBufferStart(buf), LLVMGetBufferSize(buf), stdout);
        LLVMDisposeMemoryBuffer(buf);
        gen_module_free(m);
        return 0;
    }
    char rt[PATH_MAX];
    bool have_rt = find_runtime(rt, sizeof rt);
    if (have_rt)
        gen_debug_gdb_scripts(&m->g, rt);
    char obj[PATH_MAX];
    snprintf(obj, sizeof obj, "%s/go.o", dir);
    int rc = emit_object(m, obj, LLVMObjectFile);
    gen_module_free(m);
    if (rc)
        return rc;
    if (!have_rt) {
        fprintf(stderr, "minigo: cannot find runtime/libminigort.a (build it with make, or set MINIGO_RUNTIME)\n");
        return 2;
    }
    const char *cc = getenv("CC") ? getenv("CC") : "cc";
    char *argv[] = {(char *)cc, "-o", (char *)exe, obj, rt, "-lgc", "-lm", NULL};
    rc = run_process(argv);
    if (!opts->keep_temps)
        unlink(obj);
    if (rc) {
        fprintf(stderr, "minigo: linking with %s failed (exit status %d)\n", cc, rc);
        return 2;
    }
    return 0;
}

static char *make_tempdir(void)
{
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    char *dir = malloc(strlen(tmp) + 32);
    sprintf(dir, "%s/minigo-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        fprintf(stderr, "minigo: cannot create a temporary directory: %s\n", strerror(errno));
        free(dir);
        return NULL;
    }
    return dir;
}

int codegen_build(Package *pkg, Arena *arena, const CodegenOptions *opts)
{
    char *dir = make_tempdir();
    if (!dir)
        return 2;
    int rc = build_to(pkg, arena, opts, opts->output, dir);
    rmdir(dir);
    free(dir);
    return rc;
}

int codegen_run(Package *pkg, Arena *arena, const CodegenOptions *opts, char **args, int nargs)
{
    char *dir = make_tempdir();
    if (!dir)
        return 2;
    char exe[PATH_MAX];
    snprintf(exe, sizeof exe, "%s/main", dir);
    int rc = build_to(pkg, arena, opts, exe, dir);
    if (rc == 0) {
        char **argv = calloc((size_t)nargs + 2, sizeof *argv);
        argv[0] = exe;
        for (int i = 0; i < nargs; i++)
            argv[i + 1] = args[i];
        fflush(stdout);
        fflush(stderr);
        /* like go run: ^C and ^\ go to the program; we stay to clean up */
        struct sigaction ign = {.sa_handler = SIG_IGN}, oint, oquit;
        sigaction(SIGINT, &ign, &oint);
        sigaction(SIGQUIT, &ign, &oquit);
        rc = run_process(argv);
        sigaction(SIGINT, &oint, NULL);
        sigaction(SIGQUIT, &oquit, NULL);
        free(argv);
    }
    unlink(exe);
    rmdir(dir);
    free(dir);
    return rc;
}
