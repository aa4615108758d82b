/*
 * lexer.h — token support for the flex scanner (grammar/go.l) and literal
 * decoding for the type checker.
 *
 * The scanner proper is generated from grammar/go.l: flex recognises the
 * shape of every token with one DFA, and the helpers here finish the job the
 * way gc's syntax/scanner.go does: validating numbers, escapes and runes and
 * wording every lexical error exactly as gc does, at gc's position.
 *
 * State that gc keeps in its scanner struct lives in Lexer, flex's yyextra:
 * the position, the "a newline here is a semicolon" flag (Go's automatic
 * semicolon rule), and the header flag that makes the `{` after
 * `if x`/`for ...`/`switch ...` a block opener rather than a composite
 * literal brace (see lex_open / lex_header_resume).
 *
 * Literal decoding (lit_*) works on the raw text of a literal that the
 * scanner accepted, so it never reports errors: it only fails on text the
 * scanner would have rejected.
 */
#ifndef MINIGO_LEXER_H
#define MINIGO_LEXER_H

#include "../common/common.h"

/* ---- the scanner's state (flex's yyextra) ------------------------------- */

/* Why a semicolon token was produced, as gc's messages name it. */
typedef enum SemiKind { SEMI_SEMICOLON, SEMI_NEWLINE, SEMI_EOF } SemiKind;

/* One token as the error reporter needs it. */
typedef struct LexToken {
    int kind;         /* bison token kind (0 = none yet / EOF) */
    Pos pos;
    const char *text; /* into the source buffer (not NUL-terminated) */
    int len;
    SemiKind semi;    /* for ';' */
} LexToken;

typedef struct Lexer {
    const char *path; /* kept in every Pos */
    const char *src;  /* the whole file (outlives the AST) */
    size_t len;
    Diag *diag;
    Arena *arena;        /* literal copies */
    InternTable *names;  /* identifiers */

    /* position: byte offset of the next unread byte, current line and
     * the offset its first byte has; the token start is tok_off */
    size_t off, line_start, tok_off;
    int line;

    bool nlsemi; /* a newline or EOF here becomes ';' (Go's rule) */

    /* Control-clause headers: after if/for/switch/select, a `{` at the
     * header's own bracket level opens the body (token LBODY). Each open
     * ( or [ saves the flag; ) and ] restore it. */
    bool hdr;
    unsigned char *saved; /* saved hdr per open ( or [ */
    int nsaved, capsaved;
    int nest;             /* open ( [ { right now */
    int max_nest;         /* PARSE_MAX_DEPTH */
    int type_group;       /* nest level inside `type (`, 0 outside */

    LexToken cur, prev;   /* the lookahead and the token before it */
    int lexerrors;        /* lexical errors reported */
    bool stop;            /* fatal: report nothing more, return EOF */
} Lexer;

void lex_init(Lexer *L, const char *path, const char *src, size_t len, Diag *d,
              Arena *a, InternTable *names, int max_nest);
void lex_free(Lexer *L);

/* Report a lexical error at byte offset `off` of the source (gc's words). */
void lex_error_at(Lexer *L, size_t off, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* The position of byte offset off (which must be in the current token or
 * before it on the current line). */
Pos lex_pos_at(Lexer *L, size_t off);

/* Bookkeeping called from the flex rules. `text` is yytext. */
void lex_newlines(Lexer *L, const char *text, size_t len);   /* token contained '\n's */
bool lex_open(Lexer *L, char c);   /* ( [ {: false when nesting is too deep (reported) */
void lex_close(Lexer *L, char c);  /* ) ] } */
/* The parser calls this when a composite literal, function literal, struct
 * or interface type whose `{` arrived as the header's LBODY is closed: the
 * header goes on, so the next `{` at its level is the body again (old gc's
 * "fixlbrace"). */
void lex_header_resume(Lexer *L);
/* After `type T` and a `[`: do the next bytes read like type parameters
 * (`[P any]`, `[K comparable, V any]`) rather than an array length
 * (`[N]`, `[N*2]`)? Decides gc's way by looking at the raw source. */
bool lex_type_params_follow(Lexer *L);

/* Token checks: report gc's errors for malformed tokens. */
typedef enum { LEX_INT, LEX_FLOAT, LEX_IMAG } LexNumKind;
LexNumKind lex_check_number(Lexer *L, const char *text, size_t len);
void lex_check_string(Lexer *L, const char *text, size_t len, bool terminated);
void lex_check_raw_string(Lexer *L, const char *text, size_t len, bool terminated);
void lex_check_rune(Lexer *L, const char *text, size_t len, bool terminated);
void lex_check_ident(Lexer *L, const char *text, size_t len); /* non-ASCII runes */
void lex_check_comment(Lexer *L, const char *text, size_t len, bool terminated);
void lex_bad_char(Lexer *L, const char *text, size_t len);    /* a byte no rule wants */

/* ---- Unicode and UTF-8 -------------------------------------------------- */

/* Decode one rune from s[0..n). Returns its length (1..4) and sets *r, or
 * returns 1 with *r = -1 for an invalid or truncated sequence (gc skips one
 * byte in that case), 0 when n == 0. */
int utf8_decode(const char *s, size_t n, int32_t *r);
int utf8_encode(char *buf, int32_t r); /* 1..4 bytes; invalid runes as U+FFFD */

bool unicode_is_letter(int32_t r); /* Go's unicode.IsLetter */
bool unicode_is_digit(int32_t r);  /* Go's unicode.IsDigit */
bool unicode_is_print(int32_t r);  /* Go's strconv.IsPrint */

/* Go's fmt %#U: "U+0040 '@'" (the quoted char only when printable). */
const char *fmt_rune_U(char buf[32], int32_t r);
/* Go's strconv.QuoteRune (fmt %q of a rune): 'a', '\n', '\x00', '\u00ad'. */
const char *fmt_rune_q(char buf[32], int32_t r);

/* ---- literal decoding (for the type checker) ---------------------------- */

/* The value of a string literal ("..." with escapes, or `raw` with its
 * carriage returns dropped) as bytes, NUL-terminated in the arena (the
 * value itself may contain NULs: use *outlen). False if the text is not a
 * valid string literal. */
bool lit_unquote_string(Arena *a, const char *raw, int rawlen, char **out, size_t *outlen);

/* The value of a rune literal 'x'. False if malformed. */
bool lit_decode_rune(const char *raw, int rawlen, int32_t *out);

/* A number literal split for exact conversion (to GMP):
 *   value = digits (an integer in `base`) * base^-frac_digits * E
 * where E = 10^exp for decimal mantissas and 2^exp for hexadecimal ones
 * (a 'p' exponent). Underscores and the base prefix are removed.
 *   0x1_0p-2  -> base 16, digits "10", frac_digits 0, exp -2 (binary)
 *   1.5e3     -> base 10, digits "15", frac_digits 1, exp 3 (decimal)
 *   0755      -> base 8,  digits "755"
 * For integers (is_float false) frac_digits and exp are 0 and `digits` can
 * go straight to mpz_set_str(z, digits, base). */
typedef struct LitNumber {
    int base;         /* 2, 8, 10 or 16 */
    char *digits;     /* arena, NUL-terminated, at least one digit */
    int frac_digits;  /* digits after the radix point */
    long exp;         /* exponent (clamped to +-1e9) */
    bool exp_binary;  /* exp is a power of 2 (hex float), else of 10 */
    bool is_float;
    bool imag;        /* trailing 'i' */
} LitNumber;
bool lit_number(Arena *a, const char *raw, int rawlen, LitNumber *out);

/* Strip '_' and report the base: the text after any 0x/0o/0b prefix (a
 * legacy octal 0777 keeps no leading 0 either) with underscores removed,
 * in the arena. A convenience for integers; see lit_number for floats. */
char *lit_int_digits(Arena *a, const char *raw, int rawlen, int *base);

#endif
