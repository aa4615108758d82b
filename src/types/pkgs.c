/*
 * pkgs.c — the imported packages minigo models: fmt, strconv and os, with
 * the members DESIGN.md lists and their real Go signatures:
 *
 *   fmt.Println(a ...any) (n int, err error)     fmt.Print, fmt.Printf(format string, a ...any) (...)
 *   fmt.Sprint(a ...any) string                  fmt.Sprintln, fmt.Sprintf(format string, a ...any) string
 *   strconv.Itoa(i int) string
 *   os.Exit(code int)                            os.Args []string
 *
 * Other real members of these packages are known by name so that using them
 * says "minigo: fmt.Errorf is not supported" rather than "undefined". Any
 * other import path is rejected; its package object is marked fake so
 * selectors on it report nothing more.
 */
#include <string.h>

#include "check.h"

static const char *const fmt_other[] = {
    "Append", "Appendf", "Appendln", "Errorf", "Fprint", "Fprintf", "Fprintln", "Fscan", "Fscanf", "Fscanln",
    "Scan", "Scanf", "Scanln", "Sscan", "Sscanf", "Sscanln", "Formatter", "GoStringer", "ScanState", "Scanner",
    "State", "Stringer", NULL,
};
static const char *const strconv_other[] = {
    "AppendBool", "AppendFloat", "AppendInt", "AppendQuote", "AppendQuoteRune", "AppendQuoteRuneToASCII",
    "AppendQuoteRuneToGraphic", "AppendQuoteToASCII", "AppendQuoteToGraphic", "AppendUint", "Atoi", "CanBackquote",
    "ErrRange", "ErrSyntax", "FormatBool", "FormatComplex", "FormatFloat", "FormatInt", "FormatUint", "IntSize",
    "IsGraphic", "IsPrint", "NumError", "ParseBool", "ParseComplex", "ParseFloat", "ParseInt", "ParseUint", "Quote",
    "QuoteRune", "QuoteRuneToASCII", "QuoteRuneToGraphic", "QuoteToASCII", "QuoteToGraphic", "QuotedPrefix",
    "Unquote", "UnquoteChar", NULL,
};
static const char *const os_other[] = {
    "Chdir", "Chmod", "Chown", "Chtimes", "Clearenv", "Create", "CreateTemp", "DevNull", "DirEntry", "DirFS",
    "Environ", "ErrClosed", "ErrDeadlineExceeded", "ErrExist", "ErrInvalid", "ErrNotExist", "ErrPermission",
    "ErrProcessDone", "Executable", "Expand", "ExpandEnv", "File", "FileInfo", "FileMode", "FindProcess", "Getegid",
    "Getenv", "Geteuid", "Getgid", "Getgroups", "Getpagesize", "Getpid", "Getppid", "Getuid", "Getwd", "Hostname",
    "Interrupt", "IsExist", "IsNotExist", "IsPathSeparator", "IsPermission", "IsTimeout", "Kill", "Lchown", "Link",
    "LinkError", "LookupEnv", "Lstat", "Mkdir", "MkdirAll", "MkdirTemp", "NewFile", "NewSyscallError", "Open",
    "OpenFile", "PathError", "PathListSeparator", "PathSeparator", "Pipe", "ProcAttr", "Process", "ProcessState",
    "ReadDir", "ReadFile", "Readlink", "Remove", "RemoveAll", "Rename", "SameFile", "Setenv", "Signal",
    "StartProcess", "Stat", "Stderr", "Stdin", "Stdout", "Symlink", "SyscallError", "TempDir", "Truncate",
    "Unsetenv", "UserCacheDir", "UserConfigDir", "UserHomeDir", "WriteFile", NULL,
};

static Object *param(Checker *c, const char *name, Type *t)
{
    Object *o = object_new(c, OBJ_VAR, intern_cstr(c, name), t, pos_make(NULL, 0, 0));
    o->flags |= OBJF_PARAM | OBJF_USED;
    o->owner = NULL;
    return o;
}

static Type *tuple2(Checker *c, Object *a, Object *b)
{
    int n = (a != NULL) + (b != NULL);
    Object **v = ARENA_ARRAY(c->arena, Object *, n + 1);
    int i = 0;
    if (a)
        v[i++] = a;
    if (b)
        v[i++] = b;
    return new_tuple(c, v, n);
}

/* The signature of a modelled member. */
static Type *member_type(Checker *c, int id)
{
    Type *any = c->u.any_type;
    Type *str = c->u.typ[TY_STRING];
    Type *intt = c->u.typ[TY_INT];
    Type *dots = new_slice(c, any);
    switch (id) {
    case PM_FMT_PRINTLN:
    case PM_FMT_PRINT:
        return new_func(c, tuple2(c, param(c, "a", dots), NULL),
                        tuple2(c, param(c, "n", intt), param(c, "err", c->u.error_type)), true);
    case PM_FMT_PRINTF:
        return new_func(c, tuple2(c, param(c, "format", str), param(c, "a", dots)),
                        tuple2(c, param(c, "n", intt), param(c, "err", c->u.error_type)), true);
    case PM_FMT_SPRINTF:
        return new_func(c, tuple2(c, param(c, "format", str), param(c, "a", dots)),
                        tuple2(c, param(c, "", str), NULL), true);
    case PM_FMT_SPRINT:
    case PM_FMT_SPRINTLN:
        return new_func(c, tuple2(c, param(c, "a", dots), NULL), tuple2(c, param(c, "", str), NULL), true);
    case PM_STRCONV_ITOA:
        return new_func(c, tuple2(c, param(c, "i", intt), NULL), tuple2(c, param(c, "", str), NULL), false);
    case PM_OS_EXIT:
        return new_func(c, tuple2(c, param(c, "code", intt), NULL), NULL, false);
    case PM_OS_ARGS:
        return new_slice(c, str);
    }
    return c->u.invalid;
}

static const struct {
    const char *pkg, *name;
    int id;
} members[] = {
    {"fmt", "Println", PM_FMT_PRINTLN},   {"fmt", "Printf", PM_FMT_PRINTF},   {"fmt", "Sprintf", PM_FMT_SPRINTF},
    {"fmt", "Sprint", PM_FMT_SPRINT},     {"fmt", "Sprintln", PM_FMT_SPRINTLN}, {"fmt", "Print", PM_FMT_PRINT},
    {"strconv", "Itoa", PM_STRCONV_ITOA}, {"os", "Exit", PM_OS_EXIT},         {"os", "Args", PM_OS_ARGS},
};

Object *import_package(Checker *c, Pos pos, Node *imp)
{
    Node *pathlit = imp->u.import.path;
    TypeKind k;
    ConstValue *v = cv_from_literal(c, LIT_STRING, pathlit->u.lit.raw, pathlit->u.lit.rawlen, &k);
    const char *path = v ? v->str : "";
    if (!path[0]) {
        check_errorf(c, pos, "invalid import path (empty string)");
        return NULL;
    }
    Object *pkg = object_new(c, OBJ_PKG, NULL, c->u.invalid, pos);
    pkg->decl = imp;
    pkg->pkgpath = arena_strdup(c->arena, path);
    const char *elem = strrchr(path, '/');
    pkg->name = intern_cstr(c, elem ? elem + 1 : path);
    if (strcmp(path, "fmt") == 0) {
        c->pkg->imports_fmt = true;
    } else if (strcmp(path, "strconv") == 0) {
        c->pkg->imports_strconv = true;
    } else if (strcmp(path, "os") == 0) {
        c->pkg->imports_os = true;
    } else {
        check_errorf(c, pos, "minigo: import \"%s\" is not supported", path);
        pkg->flags |= OBJF_UNSUPPORTED; /* a fake package: no follow-on errors */
        pkg->flags |= OBJF_USED;
    }
    return pkg;
}

Object *package_member(Checker *c, Object *pkg, const char *name)
{
    if (pkg->flags & OBJF_UNSUPPORTED)
        return NULL;
    /* members are created once per checker and cached in a scope per package */
    int which = strcmp(pkg->pkgpath, "fmt") == 0 ? 0 : strcmp(pkg->pkgpath, "strconv") == 0 ? 1 : 2;
    Scope *s = c->pkg_members[which];
    if (!s) {
        s = scope_new(c, NULL, NULL);
        c->pkg_members[which] = s;
    }
    Object *o = scope_lookup(s, name);
    if (o)
        return o;
    for (size_t i = 0; i < sizeof members / sizeof members[0]; i++) {
        if (strcmp(members[i].pkg, pkg->pkgpath) == 0 && strcmp(members[i].name, name) == 0) {
            int id = members[i].id;
            o = object_new(c, id == PM_OS_ARGS ? OBJ_VAR : OBJ_FUNC, name, member_type(c, id), pos_make(NULL, 0, 0));
            o->flags |= OBJF_IMPORTED | OBJF_USED | OBJF_GLOBAL;
            o->id = id;
            o->pkgpath = pkg->pkgpath;
            o->owner = NULL;
            scope_insert(c, s, o);
            return o;
        }
    }
    const char *const *others = strcmp(pkg->pkgpath, "fmt") == 0       ? fmt_other
                                : strcmp(pkg->pkgpath, "strconv") == 0 ? strconv_other
                                                                       : os_other;
    for (int i = 0; others[i]; i++) {
        if (strcmp(others[i], name) == 0) {
            o = object_new(c, OBJ_FUNC, name, c->u.invalid, pos_make(NULL, 0, 0));
            o->flags |= OBJF_UNSUPPORTED;
            o->pkgpath = pkg->pkgpath;
            scope_insert(c, s, o);
            return o;
        }
    }
    return NULL;
}
