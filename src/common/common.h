/*
 * common.h — what every phase of minigo shares: source positions, the arena
 * allocator, growable arrays, interned strings and the diagnostics module.
 *
 * Nothing here knows about Go; it is the toolbox the phases are built from.
 */
#ifndef MINIGO_COMMON_H
#define MINIGO_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ---- positions ---------------------------------------------------------- */

/* A point in a source file. line and col count from 1; col counts bytes, as
 * gc does (a tab is one column). line == 0 means "no position". */
typedef struct Pos {
    const char *file; /* path as given on the command line, e.g. "x.go" */
    int line;
    int col;
} Pos;

static inline Pos pos_make(const char *file, int line, int col)
{
    Pos p = {file, line, col};
    return p;
}
static inline bool pos_known(Pos p) { return p.line > 0; }
/* <0, 0, >0 like strcmp; compares file name, then line, then column. */
int pos_compare(Pos a, Pos b);

/* ---- arena -------------------------------------------------------------- */

/* A bump allocator: many small objects, freed all at once. Memory returned
 * by arena_alloc is zeroed and aligned for any scalar type. */
typedef struct ArenaChunk ArenaChunk;
typedef struct Arena {
    ArenaChunk *chunk; /* current chunk; older ones are linked behind it */
    size_t used;       /* bytes used in the current chunk */
    size_t total;      /* bytes handed out over the arena's life (statistics) */
} Arena;

void arena_init(Arena *a);
void *arena_alloc(Arena *a, size_t size);
char *arena_strndup(Arena *a, const char *s, size_t n);
char *arena_strdup(Arena *a, const char *s);
char *arena_printf(Arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void arena_free(Arena *a);

#define ARENA_NEW(a, T) ((T *)arena_alloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_alloc((a), sizeof(T) * (size_t)(n)))

/* ---- growable arrays ---------------------------------------------------- */

/* A vector whose storage comes from an arena (the old storage is simply
 * abandoned when it grows; the arena frees it at the end).
 *   VEC(Node *) list = {0};  vec_push(arena, &list, node);               */
#define VEC(T)       \
    struct {         \
        T *items;    \
        int len;     \
        int cap;     \
    }

void vec_grow_(Arena *a, void **items, int *cap, size_t elem_size, int need);
#define vec_push(arena, v, x)                                                \
    do {                                                                     \
        if ((v)->len == (v)->cap)                                            \
            vec_grow_((arena), (void **)&(v)->items, &(v)->cap,              \
                      sizeof(*(v)->items), (v)->len + 1);                    \
        (v)->items[(v)->len++] = (x);                                        \
    } while (0)

/* ---- growable text ------------------------------------------------------ */

/* A heap (malloc) string builder for output that may be large. */
typedef struct StrBuf {
    char *data; /* NUL-terminated once anything was appended */
    size_t len;
    size_t cap;
} StrBuf;

void sb_append(StrBuf *b, const char *s, size_t n);
void sb_puts(StrBuf *b, const char *s);
void sb_printf(StrBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(StrBuf *b, const char *fmt, va_list ap);
void sb_free(StrBuf *b);

/* ---- interned strings --------------------------------------------------- */

/* Identifiers are interned, so two names are equal iff their pointers are. */
typedef struct InternTable {
    Arena *arena;
    const char **slots; /* open addressing, power-of-two size */
    size_t cap;
    size_t count;
} InternTable;

void intern_init(InternTable *t, Arena *a);
const char *intern(InternTable *t, const char *s, size_t n);
void intern_free(InternTable *t);

/* ---- diagnostics -------------------------------------------------------- */

/* Three kinds of message, as in gc:
 *   diag_error  — a user error: counted, collected, printed sorted by
 *                 position, at most 10 then "too many errors"; exit 1.
 *   diag_note   — an -m style note, printed in the order given.
 *   diag_fatal  — an internal compiler error: names the phase, exit 2.
 * Errors are printed "file:line:col: message" with the file as the user
 * wrote it on the command line, prefixed "./" when it has no directory,
 * exactly as gc does. */
typedef struct DiagMsg {
    Pos pos;
    char *text;
    int seq; /* arrival order, to keep the sort stable */
} DiagMsg;

typedef struct Diag {
    VEC(DiagMsg) errors; /* pending, unsorted */
    Arena arena;
    int nerrors;        /* total user errors reported */
    int nsyntax;        /* of which "syntax error ..." or "minigo: X is not supported": gc
                           type-checks only when there are none (its base.SyntaxErrors());
                           lexer errors like "invalid digit" do not stop it */
    int max_errors;     /* 10 like gc; 0 = unlimited (gc's -e) */
    bool stopped;       /* too many errors: phases should stop early */
    Pos last_pos;       /* last non-syntax error reported, and its text: gc counts */
    const char *last_text; /*   an equal error on the same line only once */
    void *out;          /* FILE* for messages, stderr by default */
} Diag;

void diag_init(Diag *d);
void diag_free(Diag *d);
void diag_error(Diag *d, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void diag_verror(Diag *d, Pos pos, const char *fmt, va_list ap);
void diag_note(Diag *d, Pos pos, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Print pending errors sorted by position (duplicates on one line removed,
 * as gc's FlushErrors does). Returns the number of errors so far. */
int diag_flush(Diag *d);
/* The path as gc prints it: "x.go" -> "./x.go", "dir/x.go" unchanged. */
const char *diag_path(Arena *a, const char *file);
_Noreturn void diag_fatal(const char *phase, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* xmalloc and friends: malloc that never returns NULL (fatal "out of memory"). */
void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *read_file(const char *path, size_t *len); /* NULL + errno on failure */

#endif
