/*
 * scan.c — the scanner's state and its token checks.
 *
 * flex (grammar/go.l) finds where each token ends; the checks here then
 * walk the token's bytes with the same algorithm as gc's syntax/scanner.go
 * (number, escape, rune, stdString, rawString, fullComment) so that every
 * lexical error has gc's wording and gc's position: errors about a
 * character are reported at that character, errors about the whole token
 * ("string not terminated", "more than one character in rune literal") at
 * its first byte.
 *
 * Like gc's source.go, every byte of the file is checked once for NUL,
 * invalid UTF-8 and a misplaced byte order mark, whatever token (or
 * comment) it is in.
 */
#include "lexer.h"

#include <stdlib.h>
#include <string.h>

enum { BOM = 0xFEFF };

void lex_init(Lexer *L, const char *path, const char *src, size_t len, Diag *d,
              Arena *a, InternTable *names, int max_nest)
{
    memset(L, 0, sizeof *L);
    L->path = path;
    L->src = src;
    L->len = len;
    L->diag = d;
    L->arena = a;
    L->names = names;
    L->line = 1;
    L->max_nest = max_nest;
}

void lex_free(Lexer *L)
{
    free(L->saved);
    L->saved = NULL;
}

/* ---- positions and errors ----------------------------------------------- */

Pos lex_pos_at(Lexer *L, size_t off)
{
    int line = L->line;
    size_t start = L->line_start;
    for (size_t i = L->tok_off; i < off && i < L->len; i++) {
        if (L->src[i] == '\n') {
            line++;
            start = i + 1;
        }
    }
    return pos_make(L->path, line, (int)(off - start) + 1);
}

void lex_error_at(Lexer *L, size_t off, const char *fmt, ...)
{
    if (L->stop)
        return;
    va_list ap;
    va_start(ap, fmt);
    diag_verror(L->diag, lex_pos_at(L, off), fmt, ap);
    va_end(ap);
    L->lexerrors++;
}

void lex_newlines(Lexer *L, const char *text, size_t len)
{
    const char *p = text, *end = text + len;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        p++;
        L->line++;
        L->line_start = L->tok_off + (size_t)(p - text);
    }
}

/* ---- brackets and control-clause headers -------------------------------- */

bool lex_open(Lexer *L, char c)
{
    if (++L->nest > L->max_nest) {
        lex_error_at(L, L->tok_off, "exceeded max nesting depth");
        L->stop = true;
        return false;
    }
    if (c == '{')
        return true;
    if (L->nsaved == L->capsaved) {
        L->capsaved = L->capsaved ? 2 * L->capsaved : 64;
        L->saved = xrealloc(L->saved, (size_t)L->capsaved);
    }
    L->saved[L->nsaved++] = L->hdr;
    L->hdr = false;
    return true;
}

void lex_close(Lexer *L, char c)
{
    if (L->nest > 0)
        L->nest--;
    if (c != '}' && L->nsaved > 0)
        L->hdr = L->saved[--L->nsaved];
}

void lex_header_resume(Lexer *L) { L->hdr = true; }

/* ---- the byte-level checks of gc's source.nextch ------------------------ */

/* Checks the character at absolute offset i (i < L->len) and returns its
 * width. Reports NUL, invalid UTF-8 and a BOM past the start; *r gets the
 * rune (-1 when invalid). */
static int check_char(Lexer *L, size_t i, int32_t *r)
{
    unsigned char c = (unsigned char)L->src[i];
    if (c != 0 && c < 0x80) {
        *r = c;
        return 1;
    }
    if (c == 0) {
        lex_error_at(L, i, "invalid NUL character");
        *r = 0;
        return 1;
    }
    int w = utf8_decode(L->src + i, L->len - i, r);
    if (*r < 0)
        lex_error_at(L, i, "invalid UTF-8 encoding");
    else if (*r == BOM && i > 0)
        lex_error_at(L, i, "invalid BOM in the middle of the file");
    return w;
}

/* Is the character at i one gc's scanner reports and skips (NUL, invalid
 * UTF-8, a BOM)? */
static bool skipped_char(Lexer *L, size_t i)
{
    unsigned char c = (unsigned char)L->src[i];
    if (c == 0)
        return true;
    if (c < 0x80)
        return false;
    int32_t r;
    utf8_decode(L->src + i, L->len - i, &r);
    return r < 0 || r == BOM;
}

/* Check every character of [from, to) with check_char. */
static void check_span(Lexer *L, size_t from, size_t to)
{
    for (size_t i = from; i < to;) {
        unsigned char c = (unsigned char)L->src[i];
        if (c != 0 && c < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        i += (size_t)check_char(L, i, &r);
    }
}

void lex_check_comment(Lexer *L, const char *text, size_t len, bool terminated)
{
    size_t start = L->tok_off;
    (void)text;
    check_span(L, start, start + len);
    if (!terminated)
        lex_error_at(L, start, "comment not terminated");
}

void lex_bad_char(Lexer *L, const char *text, size_t len)
{
    size_t at = L->tok_off;
    int32_t r;
    unsigned char c = (unsigned char)text[0];
    (void)len;
    if (c == 0 || c >= 0x80) {
        check_char(L, at, &r); /* NUL, invalid UTF-8 or BOM */
        return;
    }
    char buf[32];
    lex_error_at(L, at, "invalid character %s", fmt_rune_U(buf, c));
}

void lex_check_ident(Lexer *L, const char *text, size_t len)
{
    size_t start = L->tok_off;
    (void)text;
    for (size_t i = start; i < start + len;) {
        int32_t r;
        int w = check_char(L, i, &r);
        if (r >= 0x80 && r != BOM) { /* gc skips a BOM (reported) like a bad byte */
            char buf[32];
            if (unicode_is_letter(r)) {
                /* ok */
            } else if (unicode_is_digit(r)) {
                if (i == start)
                    lex_error_at(L, i, "identifier cannot begin with digit %s", fmt_rune_U(buf, r));
            } else {
                lex_error_at(L, i, "invalid character %s in identifier", fmt_rune_U(buf, r));
            }
        }
        i += (size_t)w;
    }
}

/* ---- numbers (gc's scanner.number) -------------------------------------- */

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
    }
}

static int lower(int c) { return c | ('a' - 'A'); }
static bool is_decimal(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c) { return is_decimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* gc's invalidSep: index of the first misplaced '_' in x, or -1. */
static int invalid_sep(const char *x, size_t n)
{
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = (unsigned char)x[i];
        if (d == '_') {
            if (p != '0')
                return (int)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (int)i - 1;
            d = '.';
        }
    }
    if (d == '_')
        return (int)n - 1;
    return -1;
}

typedef struct NumScan {
    const char *s;
    size_t n, i; /* text, its length, the current index (s[i] is gc's s.ch) */
} NumScan;

static int ns_ch(NumScan *ns) { return ns->i < ns->n ? (unsigned char)ns->s[ns->i] : -1; }

/* gc's digits(): bit 0 = a digit seen, bit 1 = a '_' seen. */
static int ns_digits(NumScan *ns, int base, int *invalid)
{
    int digsep = 0;
    if (base <= 10) {
        int max = '0' + base;
        for (int c; (c = ns_ch(ns)) >= 0 && (is_decimal(c) || c == '_'); ns->i++) {
            if (c == '_')
                digsep |= 2;
            else {
                digsep |= 1;
                if (c >= max && invalid && *invalid < 0)
                    *invalid = (int)ns->i;
            }
        }
    } else {
        for (int c; (c = ns_ch(ns)) >= 0 && (is_hex(c) || c == '_'); ns->i++)
            digsep |= c == '_' ? 2 : 1;
    }
    return digsep;
}

LexNumKind lex_check_number(Lexer *L, const char *text, size_t len)
{
    size_t start = L->tok_off;
    (void)text;
    NumScan ns = {text, len, 0};
    LexNumKind kind = LEX_INT;
    bool ok = true;
    int base = 10, prefix = 0, digsep = 0, invalid = -1;
    bool seen_point = text[0] == '.';
    char q[32];

    if (!seen_point) {
        if (ns_ch(&ns) == '0') {
            ns.i++;
            switch (lower(ns_ch(&ns))) {
            case 'x': ns.i++; base = 16; prefix = 'x'; break;
            case 'o': ns.i++; base = 8; prefix = 'o'; break;
            case 'b': ns.i++; base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= ns_digits(&ns, base, &invalid);
        if (ns_ch(&ns) == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error_at(L, start + ns.i, "invalid radix point in %s literal", base_name(base));
                ok = false;
            }
            ns.i++;
            seen_point = true;
        }
    } else {
        ns.i++; /* the '.' */
    }
    if (seen_point) {
        kind = LEX_FLOAT;
        digsep |= ns_digits(&ns, base, &invalid);
    }
    if ((digsep & 1) == 0 && ok) {
        lex_error_at(L, start + ns.i, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int e = lower(ns_ch(&ns));
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error_at(L, start + ns.i, "%s exponent requires decimal mantissa", fmt_rune_q(q, ns_ch(&ns)));
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                lex_error_at(L, start + ns.i, "%s exponent requires hexadecimal mantissa", fmt_rune_q(q, ns_ch(&ns)));
                ok = false;
            }
        }
        ns.i++;
        kind = LEX_FLOAT;
        if (ns_ch(&ns) == '+' || ns_ch(&ns) == '-')
            ns.i++;
        digsep = ns_digits(&ns, 10, NULL) | (digsep & 2);
        if ((digsep & 1) == 0 && ok) {
            lex_error_at(L, start + ns.i, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == LEX_FLOAT && ok) {
        lex_error_at(L, start + ns.i, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (ns_ch(&ns) == 'i') {
        kind = LEX_IMAG;
        ns.i++;
    }
    if (kind == LEX_INT && invalid >= 0 && ok) {
        lex_error_at(L, start + (size_t)invalid, "invalid digit %s in %s literal",
                     fmt_rune_q(q, (unsigned char)text[invalid]), base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(text, len);
        if (i >= 0)
            lex_error_at(L, start + (size_t)i, "'_' must separate successive digits");
    }
    return kind;
}

/* ---- strings and runes (gc's stdString, rawString, rune, escape) -------- */

/* A cursor over the source for one quoted literal: at(i) is gc's s.ch,
 * -1 past the end of the file. Characters past the token's end (the newline
 * that stopped an unterminated literal) are visible but not checked. */
typedef struct QScan {
    Lexer *L;
    size_t i, end; /* absolute offsets: current char, end of the token */
} QScan;

static int32_t q_ch(QScan *q) { return q->i < q->L->len ? (unsigned char)q->L->src[q->i] : -1; }

/* Advance past the current char, checking it (NUL, UTF-8, BOM). */
static void q_next(QScan *q)
{
    int32_t r;
    q->i += (size_t)check_char(q->L, q->i, &r);
}

static int hexval(int32_t c)
{
    if (is_decimal(c))
        return c - '0';
    if (c >= 0 && lower(c) >= 'a' && lower(c) <= 'f')
        return lower(c) - 'a' + 10;
    return 99;
}

/* gc's escape(): the '\\' was consumed; false if the escape is invalid. */
static bool q_escape(QScan *q, int32_t quote)
{
    Lexer *L = q->L;
    int n;
    uint32_t base, max;
    int32_t c = q_ch(q);
    char buf[32];

    if (q->i >= q->end && c != '\n')
        c = -1; /* past the token: only a newline can be here, or EOF */
    switch (c) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        q_next(q);
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x':
        q_next(q);
        n = 2, base = 16, max = 255;
        break;
    case 'u':
        q_next(q);
        n = 4, base = 16, max = 0x10FFFF;
        break;
    case 'U':
        q_next(q);
        n = 8, base = 16, max = 0x10FFFF;
        break;
    default:
        if (c == quote) {
            q_next(q);
            return true;
        }
        if (c < 0)
            return true; /* the caller complains about EOF */
        lex_error_at(L, q->i, "unknown escape");
        return false;
    }

    uint32_t x = 0;
    for (int k = n; k > 0; k--) {
        c = q_ch(q);
        if (c < 0)
            return true;
        uint32_t d = (uint32_t)hexval(c);
        if (d >= base) {
            int32_t r = c;
            if (c >= 0x80)
                utf8_decode(L->src + q->i, L->len - q->i, &r);
            lex_error_at(L, q->i, "invalid character %s in %s escape", fmt_rune_q(buf, r),
                         base_name((int)base));
            return false;
        }
        x = x * base + d;
        q_next(q);
    }
    if (x > max && base == 8) {
        lex_error_at(L, q->i, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error_at(L, q->i, "escape is invalid Unicode code point %s", fmt_rune_U(buf, (int32_t)x));
        return false;
    }
    return true;
}

void lex_check_string(Lexer *L, const char *text, size_t len, bool terminated)
{
    size_t start = L->tok_off;
    (void)text;
    QScan q = {L, start + 1, start + len};
    (void)terminated;
    for (;;) {
        int32_t c = q.i < q.end ? q_ch(&q) : (q.i < L->len ? '\n' : -1);
        if (c == '"' && q.i + 1 == q.end)
            return;
        if (c == '\\') {
            q_next(&q);
            q_escape(&q, '"');
            continue;
        }
        if (c == '\n') {
            lex_error_at(L, q.i, "newline in string");
            return;
        }
        if (c < 0) {
            lex_error_at(L, start, "string not terminated");
            return;
        }
        q_next(&q);
    }
}

void lex_check_raw_string(Lexer *L, const char *text, size_t len, bool terminated)
{
    size_t start = L->tok_off;
    (void)text;
    check_span(L, start + 1, start + len - (terminated ? 1 : 0));
    if (!terminated)
        lex_error_at(L, start, "string not terminated");
}

void lex_check_rune(Lexer *L, const char *text, size_t len, bool terminated)
{
    size_t start = L->tok_off;
    (void)text;
    QScan q = {L, start + 1, start + len};
    bool ok = true;
    (void)terminated;
    for (int n = 0;; n++) {
        /* gc's scanner skips NUL, invalid UTF-8 and BOMs (each reported):
         * they are no characters of the rune */
        while (q.i < q.end && q.i + 1 < q.end && skipped_char(L, q.i))
            q_next(&q);
        int32_t c = q.i < q.end ? q_ch(&q) : (q.i < L->len ? '\n' : -1);
        if (c == '\'' && q.i + 1 == q.end) {
            if (ok) {
                if (n == 0)
                    lex_error_at(L, q.i, "empty rune literal or unescaped '");
                else if (n != 1)
                    lex_error_at(L, start, "more than one character in rune literal");
            }
            return;
        }
        if (c == '\\') {
            q_next(&q);
            if (!q_escape(&q, '\''))
                ok = false;
            continue;
        }
        if (c == '\n') {
            if (ok)
                lex_error_at(L, q.i, "newline in rune literal");
            return;
        }
        if (c < 0) {
            if (ok)
                lex_error_at(L, start, "rune literal not terminated");
            return;
        }
        q_next(&q);
    }
}

/* ---- type parameters or array length? ----------------------------------- */

/* Skip white space and comments from offset i. */
static size_t skip_blank(const Lexer *L, size_t i)
{
    while (i < L->len) {
        char c = L->src[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            i++;
        } else if (c == '/' && i + 1 < L->len && L->src[i + 1] == '/') {
            while (i < L->len && L->src[i] != '\n')
                i++;
        } else if (c == '/' && i + 1 < L->len && L->src[i + 1] == '*') {
            i += 2;
            while (i + 1 < L->len && !(L->src[i] == '*' && L->src[i + 1] == '/'))
                i++;
            i += 2;
        } else {
            break;
        }
    }
    return i;
}

static bool ident_byte(unsigned char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

bool lex_type_params_follow(Lexer *L)
{
    size_t i = skip_blank(L, L->off);
    size_t start = i;
    while (i < L->len && ident_byte((unsigned char)L->src[i]))
        i++;
    if (i == start || (L->src[start] >= '0' && L->src[start] <= '9'))
        return false; /* not a name: an array length */
    i = skip_blank(L, i);
    if (i >= L->len)
        return false;
    unsigned char c = (unsigned char)L->src[i];
    /* [P any], [P interface{...}], [P []E], [P ~int], [A, B any]; a name
     * followed by ], an operator, ( or . is an array length expression */
    return ident_byte(c) || c == '[' || c == '~' || c == ',';
}
