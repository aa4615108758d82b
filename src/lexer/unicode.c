/*
 * unicode.c — UTF-8 decoding and the three rune classes Go's scanner uses
 * (letter, digit, printable), plus Go's %#U and %q formatting of a rune for
 * error messages.
 *
 * ASCII is classified by hand; everything else by binary search in range
 * tables generated from the Go toolchain (mkunicode.go), so an identifier
 * is valid for minigo exactly when it is valid for gc.
 */
#include "lexer.h"

#include <stdio.h>

typedef struct RuneRange {
    int32_t lo, hi;
} RuneRange;

#include "unicode_tables.h"

#define COUNT(a) ((int)(sizeof(a) / sizeof((a)[0])))

static bool in_ranges(const RuneRange *t, int n, int32_t r)
{
    int lo = 0, hi = n - 1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (r < t[mid].lo)
            hi = mid - 1;
        else if (r > t[mid].hi)
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

bool unicode_is_letter(int32_t r)
{
    if (r < 0x80)
        return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z');
    return in_ranges(letter_ranges, COUNT(letter_ranges), r);
}

bool unicode_is_digit(int32_t r)
{
    if (r < 0x80)
        return r >= '0' && r <= '9';
    return in_ranges(digit_ranges, COUNT(digit_ranges), r);
}

bool unicode_is_print(int32_t r)
{
    if (r < 0x80)
        return r >= 0x20 && r < 0x7f;
    return in_ranges(print_ranges, COUNT(print_ranges), r);
}

int utf8_decode(const char *str, size_t n, int32_t *r)
{
    const unsigned char *s = (const unsigned char *)str;
    if (n == 0) {
        *r = -1;
        return 0;
    }
    unsigned c = s[0];
    if (c < 0x80) {
        *r = (int32_t)c;
        return 1;
    }
    int len;
    int32_t v;
    unsigned lo = 0x80, hi = 0xBF; /* bounds of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2;
        v = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        v = c & 0x0F;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        v = c & 0x07;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        if (c == 0xF4)
            hi = 0x8F; /* > U+10FFFF */
    } else {
        *r = -1;
        return 1;
    }
    if ((size_t)len > n) {
        *r = -1;
        return 1;
    }
    for (int i = 1; i < len; i++) {
        unsigned b = s[i];
        unsigned blo = i == 1 ? lo : 0x80, bhi = i == 1 ? hi : 0xBF;
        if (b < blo || b > bhi) {
            *r = -1;
            return 1;
        }
        v = (v << 6) | (int32_t)(b & 0x3F);
    }
    *r = v;
    return len;
}

int utf8_encode(char *buf, int32_t r)
{
    unsigned char *b = (unsigned char *)buf;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
        r = 0xFFFD;
    if (r < 0x80) {
        b[0] = (unsigned char)r;
        return 1;
    }
    if (r < 0x800) {
        b[0] = (unsigned char)(0xC0 | (r >> 6));
        b[1] = (unsigned char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        b[0] = (unsigned char)(0xE0 | (r >> 12));
        b[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
        b[2] = (unsigned char)(0x80 | (r & 0x3F));
        return 3;
    }
    b[0] = (unsigned char)(0xF0 | (r >> 18));
    b[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3F));
    b[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3F));
    b[3] = (unsigned char)(0x80 | (r & 0x3F));
    return 4;
}

const char *fmt_rune_U(char buf[32], int32_t r)
{
    int n = snprintf(buf, 32, "U+%04X", (unsigned)r);
    if (unicode_is_print(r)) {
        buf[n++] = ' ';
        buf[n++] = '\'';
        n += utf8_encode(buf + n, r);
        buf[n++] = '\'';
        buf[n] = 0;
    }
    return buf;
}

const char *fmt_rune_q(char buf[32], int32_t r)
{
    static const char hex[] = "0123456789abcdef";
    int n = 0;
    buf[n++] = '\'';
    if (r == '\'' || r == '\\') {
        buf[n++] = '\\';
        buf[n++] = (char)r;
    } else if (unicode_is_print(r)) {
        n += utf8_encode(buf + n, r);
    } else {
        const char *esc = NULL;
        switch (r) {
        case '\a': esc = "\\a"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        case '\v': esc = "\\v"; break;
        }
        if (esc) {
            buf[n++] = esc[0];
            buf[n++] = esc[1];
        } else if (r >= 0 && (r < ' ' || r == 0x7f)) {
            n += snprintf(buf + n, 8, "\\x%c%c", hex[(r >> 4) & 0xF], hex[r & 0xF]);
        } else {
            if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000))
                r = 0xFFFD;
            if (r < 0x10000)
                n += snprintf(buf + n, 8, "\\u%04x", (unsigned)r);
            else
                n += snprintf(buf + n, 12, "\\U%08x", (unsigned)r);
        }
    }
    buf[n++] = '\'';
    buf[n] = 0;
    return buf;
}
