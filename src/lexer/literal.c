/*
 * literal.c — the values of literals, for the type checker.
 *
 * The scanner has already reported every malformed literal, so these
 * functions only decode (like strconv.Unquote and gc's constant.MakeFromLiteral)
 * and return false on text the scanner would have rejected.
 */
#include "lexer.h"

#include <string.h>

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 'a' - 'A';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return 99;
}

/* Decode one escape after the backslash at s[0]; appends to out (if not
 * NULL, UTF-8 for \u and \U, a raw byte for \x and octal). Returns the
 * number of bytes consumed after the backslash, 0 if invalid. *rune gets the
 * value (for rune literals). */
static int decode_escape(const char *s, int n, char quote, char *out, int *outn, int32_t *rune)
{
    if (n < 1)
        return 0;
    int c = (unsigned char)s[0], len, base;
    int32_t v;
    switch (c) {
    case 'a': v = '\a'; goto simple;
    case 'b': v = '\b'; goto simple;
    case 'f': v = '\f'; goto simple;
    case 'n': v = '\n'; goto simple;
    case 'r': v = '\r'; goto simple;
    case 't': v = '\t'; goto simple;
    case 'v': v = '\v'; goto simple;
    case '\\': v = '\\'; goto simple;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        len = 3, base = 8;
        break;
    case 'x': len = 2, base = 16; break;
    case 'u': len = 4, base = 16; break;
    case 'U': len = 8, base = 16; break;
    default:
        if (c == quote) {
            v = c;
            goto simple;
        }
        return 0;
    }
    {
        int skip = base == 8 ? 0 : 1; /* the x/u/U letter */
        if (n < skip + len)
            return 0;
        uint32_t x = 0;
        for (int i = 0; i < len; i++) {
            int d = digit_value((unsigned char)s[skip + i]);
            if (d >= base)
                return 0;
            x = x * (uint32_t)base + (uint32_t)d;
        }
        if (c == 'u' || c == 'U') {
            if (x > 0x10FFFF || (x >= 0xD800 && x < 0xE000))
                return 0;
            if (out)
                *outn += utf8_encode(out + *outn, (int32_t)x);
        } else {
            if (x > 255)
                return 0;
            if (out)
                out[(*outn)++] = (char)x;
        }
        *rune = (int32_t)x;
        return skip + len;
    }
simple:
    if (out)
        out[(*outn)++] = (char)v;
    *rune = v;
    return 1;
}

bool lit_unquote_string(Arena *a, const char *raw, int rawlen, char **out, size_t *outlen)
{
    if (rawlen < 2)
        return false;
    char q = raw[0];
    if ((q != '"' && q != '`') || raw[rawlen - 1] != q)
        return false;
    /* The value is never longer than the literal's body. */
    char *buf = arena_alloc(a, (size_t)rawlen);
    int n = 0;
    const char *s = raw + 1, *end = raw + rawlen - 1;
    if (q == '`') {
        for (; s < end; s++)
            if (*s != '\r')
                buf[n++] = *s;
    } else {
        while (s < end) {
            if (*s == '\n' || *s == '"')
                return false;
            if (*s != '\\') {
                buf[n++] = *s++;
                continue;
            }
            int32_t r;
            int k = decode_escape(s + 1, (int)(end - s - 1), '"', buf, &n, &r);
            if (k == 0)
                return false;
            s += 1 + k;
        }
    }
    buf[n] = 0;
    *out = buf;
    *outlen = (size_t)n;
    return true;
}

bool lit_decode_rune(const char *raw, int rawlen, int32_t *out)
{
    if (rawlen < 3 || raw[0] != '\'' || raw[rawlen - 1] != '\'')
        return false;
    const char *s = raw + 1;
    int n = rawlen - 2;
    if (s[0] == '\\') {
        int32_t r;
        int k = decode_escape(s + 1, n - 1, '\'', NULL, NULL, &r);
        if (k == 0 || 1 + k != n)
            return false;
        *out = r;
        return true;
    }
    int32_t r;
    int w = utf8_decode(s, (size_t)n, &r);
    if (r < 0 || w != n)
        return false;
    *out = r;
    return true;
}

static int lowerc(int c) { return c | ('a' - 'A'); }

bool lit_number(Arena *a, const char *raw, int rawlen, LitNumber *out)
{
    memset(out, 0, sizeof *out);
    const char *s = raw, *end = raw + rawlen;
    out->base = 10;
    if (end > s && end[-1] == 'i') {
        out->imag = true;
        end--;
    }
    bool legacy_octal = false;
    if (end - s >= 2 && s[0] == '0') {
        switch (lowerc((unsigned char)s[1])) {
        case 'x': out->base = 16; s += 2; break;
        case 'o': out->base = 8; s += 2; break;
        case 'b': out->base = 2; s += 2; break;
        default: legacy_octal = true; break;
        }
    }
    char *digits = arena_alloc(a, (size_t)(end - s) + 2);
    int n = 0;
    bool point = false;
    for (; s < end; s++) {
        int c = (unsigned char)*s;
        if (c == '_')
            continue;
        if (c == '.') {
            if (point)
                return false;
            point = true;
            out->is_float = true;
            continue;
        }
        int lc = lowerc(c);
        if ((out->base == 16 && lc == 'p') || (out->base != 16 && lc == 'e')) {
            out->is_float = true;
            out->exp_binary = out->base == 16;
            s++;
            bool neg = false;
            if (s < end && (*s == '+' || *s == '-'))
                neg = *s++ == '-';
            long e = 0;
            bool any = false;
            for (; s < end; s++) {
                if (*s == '_')
                    continue;
                if (*s < '0' || *s > '9')
                    return false;
                any = true;
                if (e < 1000000000L)
                    e = e * 10 + (*s - '0');
            }
            if (!any)
                return false;
            if (e > 1000000000L)
                e = 1000000000L;
            out->exp = neg ? -e : e;
            break;
        }
        if (digit_value(c) >= out->base)
            return false;
        digits[n++] = (char)c;
        if (point)
            out->frac_digits++;
    }
    if (n == 0)
        return false;
    digits[n] = 0;
    /* 0777 is octal, but 0777.5, 09e1 and 0.5 are decimal floats */
    if (legacy_octal && !out->is_float) {
        out->base = 8;
        for (int i = 0; i < n; i++)
            if (digits[i] > '7')
                return false;
    }
    if (out->base == 8 || out->base == 2) {
        if (out->is_float)
            return false;
    }
    if (out->base == 16 && out->is_float && !out->exp_binary)
        return false; /* hex mantissa needs a p exponent */
    /* legacy octal: drop the leading 0s except one */
    if (legacy_octal && !out->is_float) {
        int i = 0;
        while (i < n - 1 && digits[i] == '0')
            i++;
        digits += i;
    }
    out->digits = digits;
    return true;
}

char *lit_int_digits(Arena *a, const char *raw, int rawlen, int *base)
{
    LitNumber num;
    if (!lit_number(a, raw, rawlen, &num) || num.is_float) {
        *base = 10;
        return NULL;
    }
    *base = num.base;
    return num.digits;
}
