/*
 * fmt_format.c — the formatting primitives of Go's fmt/format.go and the
 * strconv functions they use (quoting, IsPrint, float formatting).
 *
 * Each function is a close port of its Go counterpart, so flags, width and
 * precision interact exactly as in gc (e.g. "%05s" pads with zeros, "%x" on
 * a string with the space flag separates bytes). Floats: glibc's printf is
 * correctly rounded, so fixed-precision digits come from snprintf; the
 * shortest representation (%v, precision -1) is the shortest snprintf
 * precision that reads back to the same value. The digits then go through
 * Go's own fmtE/fmtF/%g decision, so exponents and trailing zeros match.
 */
#include "fmt.h"

#include <math.h>
#include <stdlib.h>

const char fmt_ldigits[] = "0123456789abcdefx";
const char fmt_udigits[] = "0123456789ABCDEFX";

extern const uint16_t rt_isPrint16[], rt_isNotPrint16[], rt_isNotPrint32[], rt_isGraphic[];
extern const uint32_t rt_isPrint32[];
extern const int rt_isPrint16_len, rt_isNotPrint16_len, rt_isPrint32_len, rt_isNotPrint32_len,
    rt_isGraphic_len;

/* ---- UTF-8 helpers ---------------------------------------------------- */

int64_t utf8_rune_count(const uint8_t *p, int64_t n)
{
    GoString s = {p, n};
    int64_t count = 0;
    for (int64_t k = 0; k < n; count++) k = p[k] < 0x80 ? k + 1 : decoderune(s, k).pos;
    return count;
}

void buf_rune(Buf *b, int32_t r)
{
    uint8_t tmp[4];
    buf_write(b, tmp, encoderune(tmp, r));
}

/* ---- strconv: IsPrint and quoting ------------------------------------- */

static int bsearch16(const uint16_t *a, int n, uint16_t x)
{
    int i = 0, j = n;
    while (i < j) {
        int h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1;
        else j = h;
    }
    return i;
}

static int bsearch32(const uint32_t *a, int n, uint32_t x)
{
    int i = 0, j = n;
    while (i < j) {
        int h = i + (j - i) / 2;
        if (a[h] < x) i = h + 1;
        else j = h;
    }
    return i;
}

bool strconv_isprint(int32_t r)
{
    if (r <= 0xFF) {
        if (0x20 <= r && r <= 0x7E) return true;
        if (0xA1 <= r && r <= 0xFF) return r != 0xAD;
        return false;
    }
    if (r < 0x10000) {
        uint16_t rr = (uint16_t)r;
        int i = bsearch16(rt_isPrint16, rt_isPrint16_len, rr);
        if (i >= rt_isPrint16_len || rr < rt_isPrint16[i & ~1] || rt_isPrint16[i | 1] < rr) return false;
        int j = bsearch16(rt_isNotPrint16, rt_isNotPrint16_len, rr);
        return j >= rt_isNotPrint16_len || rt_isNotPrint16[j] != rr;
    }
    uint32_t rr = (uint32_t)r;
    int i = bsearch32(rt_isPrint32, rt_isPrint32_len, rr);
    if (i >= rt_isPrint32_len || rr < rt_isPrint32[i & ~1] || rt_isPrint32[i | 1] < rr) return false;
    if (r >= 0x20000) return true;
    uint16_t r16 = (uint16_t)(r - 0x10000);
    int j = bsearch16(rt_isNotPrint32, rt_isNotPrint32_len, r16);
    return j >= rt_isNotPrint32_len || rt_isNotPrint32[j] != r16;
}

static bool valid_rune(int32_t r)
{
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

static void append_escaped_rune(Buf *b, int32_t r, uint8_t quote, bool ascii_only)
{
    static const char hex[] = "0123456789abcdef";
    if (r == quote || r == '\\') {
        buf_byte(b, '\\');
        buf_byte(b, (uint8_t)r);
        return;
    }
    if (ascii_only) {
        if (r < 0x80 && strconv_isprint(r)) {
            buf_byte(b, (uint8_t)r);
            return;
        }
    } else if (strconv_isprint(r)) {
        buf_rune(b, r);
        return;
    }
    switch (r) {
    case '\a': buf_cstr(b, "\\a"); return;
    case '\b': buf_cstr(b, "\\b"); return;
    case '\f': buf_cstr(b, "\\f"); return;
    case '\n': buf_cstr(b, "\\n"); return;
    case '\r': buf_cstr(b, "\\r"); return;
    case '\t': buf_cstr(b, "\\t"); return;
    case '\v': buf_cstr(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7f) {
        buf_cstr(b, "\\x");
        buf_byte(b, (uint8_t)hex[(r >> 4) & 0xF]);
        buf_byte(b, (uint8_t)hex[r & 0xF]);
        return;
    }
    if (!valid_rune(r)) r = 0xFFFD;
    if (r < 0x10000) {
        buf_cstr(b, "\\u");
        for (int s = 12; s >= 0; s -= 4) buf_byte(b, (uint8_t)hex[(r >> s) & 0xF]);
    } else {
        buf_cstr(b, "\\U");
        for (int s = 28; s >= 0; s -= 4) buf_byte(b, (uint8_t)hex[(r >> s) & 0xF]);
    }
}

void strconv_append_quote(Buf *b, GoString s, uint8_t quote, bool ascii_only)
{
    static const char hex[] = "0123456789abcdef";
    buf_byte(b, quote);
    for (int64_t k = 0; k < s.len;) {
        DecodeRune d = decoderune(s, k);
        if (d.pos - k == 1 && d.rune == 0xFFFD) {
            buf_cstr(b, "\\x");
            buf_byte(b, (uint8_t)hex[s.ptr[k] >> 4]);
            buf_byte(b, (uint8_t)hex[s.ptr[k] & 0xF]);
        } else {
            append_escaped_rune(b, (int32_t)d.rune, quote, ascii_only);
        }
        k = d.pos;
    }
    buf_byte(b, quote);
}

void strconv_append_quote_rune(Buf *b, int32_t r, bool ascii_only)
{
    buf_byte(b, '\'');
    if (!valid_rune(r)) r = 0xFFFD;
    append_escaped_rune(b, r, '\'', ascii_only);
    buf_byte(b, '\'');
}

bool strconv_can_backquote(GoString s)
{
    for (int64_t k = 0; k < s.len;) {
        DecodeRune d = decoderune(s, k);
        int64_t wid = d.pos - k;
        k = d.pos;
        if (wid > 1) {
            if (d.rune == 0xFEFF) return false;
            continue;
        }
        if (d.rune == 0xFFFD) return false;
        if ((d.rune < ' ' && d.rune != '\t') || d.rune == '`' || d.rune == 0x7F) return false;
    }
    return true;
}

/* ---- strconv: floats --------------------------------------------------- */

typedef struct Digits {
    char d[32];
    int nd; /* number of digits */
    int dp; /* decimal point position */
} Digits;

/* Parse snprintf's "%.Ne" output of a non-negative value into digits. */
static void digits_from_e(Digits *dg, const char *s)
{
    dg->nd = 0;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9') dg->d[dg->nd++] = *s;
    int exp = *s == 'e' ? atoi(s + 1) : 0;
    dg->dp = exp + 1;
    while (dg->nd > 0 && dg->d[dg->nd - 1] == '0') dg->nd--;
    if (dg->nd == 0) dg->dp = 0;
}

static void digits_fixed(Digits *dg, double a, int ndigits)
{
    char tmp[64];
    if (ndigits > 30) ndigits = 30;
    snprintf(tmp, sizeof tmp, "%.*e", ndigits - 1, a);
    digits_from_e(dg, tmp);
}

static void digits_shortest(Digits *dg, double a, int bitsize)
{
    char tmp[64];
    if (a == 0) {
        dg->nd = dg->dp = 0;
        return;
    }
    for (int p = 1; p <= 17; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, a);
        bool same = bitsize == 32 ? strtof(tmp, NULL) == (float)a : strtod(tmp, NULL) == a;
        if (same) break;
    }
    digits_from_e(dg, tmp);
}

static void fmt_e_digits(Buf *b, bool neg, const Digits *d, int prec, char fmt)
{
    if (neg) buf_byte(b, '-');
    buf_byte(b, (uint8_t)(d->nd ? d->d[0] : '0'));
    if (prec > 0) {
        buf_byte(b, '.');
        int i = 1;
        int m = d->nd < prec + 1 ? d->nd : prec + 1;
        if (i < m) {
            buf_write(b, d->d + i, m - i);
            i = m;
        }
        for (; i <= prec; i++) buf_byte(b, '0');
    }
    buf_byte(b, (uint8_t)fmt);
    int exp = d->nd == 0 ? 0 : d->dp - 1;
    buf_byte(b, exp < 0 ? '-' : '+');
    if (exp < 0) exp = -exp;
    if (exp < 10) {
        buf_byte(b, '0');
        buf_byte(b, (uint8_t)('0' + exp));
    } else if (exp < 100) {
        buf_byte(b, (uint8_t)('0' + exp / 10));
        buf_byte(b, (uint8_t)('0' + exp % 10));
    } else {
        buf_byte(b, (uint8_t)('0' + exp / 100));
        buf_byte(b, (uint8_t)('0' + exp / 10 % 10));
        buf_byte(b, (uint8_t)('0' + exp % 10));
    }
}

static void fmt_f_digits(Buf *b, bool neg, const Digits *d, int prec)
{
    if (neg) buf_byte(b, '-');
    if (d->dp > 0) {
        int m = d->nd < d->dp ? d->nd : d->dp;
        buf_write(b, d->d, m);
        for (; m < d->dp; m++) buf_byte(b, '0');
    } else {
        buf_byte(b, '0');
    }
    if (prec > 0) {
        buf_byte(b, '.');
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            buf_byte(b, (uint8_t)(0 <= j && j < d->nd ? d->d[j] : '0'));
        }
    }
}

static void format_digits(Buf *b, bool shortest, bool neg, const Digits *d, int prec, char fmt)
{
    switch (fmt) {
    case 'e': case 'E': fmt_e_digits(b, neg, d, prec, fmt); return;
    case 'f': fmt_f_digits(b, neg, d, prec); return;
    default: { /* g, G */
        int eprec = prec;
        if (eprec > d->nd && d->nd >= d->dp) eprec = d->nd;
        if (shortest) eprec = 6;
        int exp = d->dp - 1;
        if (exp < -4 || exp >= eprec) {
            if (prec > d->nd) prec = d->nd;
            fmt_e_digits(b, neg, d, prec - 1, (char)(fmt + 'e' - 'g'));
            return;
        }
        if (prec > d->dp) prec = d->nd;
        fmt_f_digits(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
    }
    }
}

/* %b: decimal mantissa "p" binary exponent, as strconv's fmtB. */
static void fmt_b(Buf *b, double v, int bitsize)
{
    char tmp[64];
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t bits;
        memcpy(&bits, &f, 4);
        bool neg = bits >> 31;
        int exp = (int)((bits >> 23) & 0xFF);
        uint64_t mant = bits & ((1u << 23) - 1);
        if (exp == 0) exp++;
        else mant |= 1u << 23;
        exp += -127 - 23;
        snprintf(tmp, sizeof tmp, "%s%llup%+d", neg ? "-" : "", (unsigned long long)mant, exp);
    } else {
        uint64_t bits;
        memcpy(&bits, &v, 8);
        bool neg = bits >> 63;
        int exp = (int)((bits >> 52) & 0x7FF);
        uint64_t mant = bits & ((1ull << 52) - 1);
        if (exp == 0) exp++;
        else mant |= 1ull << 52;
        exp += -1023 - 52;
        snprintf(tmp, sizeof tmp, "%s%llup%+d", neg ? "-" : "", (unsigned long long)mant, exp);
    }
    buf_cstr(b, tmp);
}

/* %x: hexadecimal mantissa and a binary exponent of at least two digits. */
static void fmt_x(Buf *b, double v, int64_t prec, char fmt)
{
    char tmp[80];
    if (prec < 0) snprintf(tmp, sizeof tmp, fmt == 'X' ? "%A" : "%a", v);
    else snprintf(tmp, sizeof tmp, fmt == 'X' ? "%.*A" : "%.*a", (int)(prec > 40 ? 40 : prec), v);
    char *p = strchr(tmp, fmt == 'X' ? 'P' : 'p');
    if (p && p[2] && !p[3]) { /* one exponent digit: pad to two */
        p[4] = 0;
        p[3] = p[2];
        p[2] = '0';
    }
    buf_cstr(b, tmp);
}

void strconv_append_float(Buf *b, double v, char fmt, int64_t prec, int bitsize)
{
    if (bitsize == 32) v = (float)v;
    if (isnan(v)) {
        buf_cstr(b, "NaN");
        return;
    }
    if (isinf(v)) {
        buf_cstr(b, v > 0 ? "+Inf" : "-Inf");
        return;
    }
    if (fmt == 'b') {
        fmt_b(b, v, bitsize);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        fmt_x(b, v, prec, fmt);
        return;
    }
    bool neg = signbit(v);
    double a = fabs(v);
    Digits d;
    if (prec < 0) {
        digits_shortest(&d, a, bitsize);
        int p = fmt == 'e' || fmt == 'E' ? d.nd - 1 : fmt == 'f' ? (d.nd - d.dp > 0 ? d.nd - d.dp : 0) : d.nd;
        format_digits(b, true, neg, &d, p, fmt);
        return;
    }
    if (fmt == 'f') {
        char tmp[400];
        int n = snprintf(tmp, sizeof tmp, "%s%.*f", neg ? "-" : "", (int)(prec > 300 ? 300 : prec), a);
        buf_write(b, tmp, n < (int)sizeof tmp ? n : (int)sizeof tmp - 1);
        return;
    }
    int ndigits = (int)(fmt == 'e' || fmt == 'E' ? prec + 1 : (prec == 0 ? 1 : prec));
    if (prec == 0 && (fmt == 'g' || fmt == 'G')) prec = 1;
    digits_fixed(&d, a, ndigits);
    if (a == 0) d.nd = d.dp = 0;
    format_digits(b, false, neg, &d, (int)prec, fmt);
}

/* ---- fmt/format.go -------------------------------------------------------- */

void fmt_clearflags(Fmt *f)
{
    memset(&f->f, 0, sizeof f->f);
    f->wid = f->prec = 0;
}

void fmt_write_padding(Fmt *f, int64_t n)
{
    if (n <= 0) return;
    uint8_t pad = f->f.zero ? '0' : ' ';
    for (int64_t i = 0; i < n; i++) buf_byte(f->buf, pad);
}

void fmt_pad(Fmt *f, const uint8_t *b, int64_t n)
{
    if (!f->f.widPresent || f->wid == 0) {
        buf_write(f->buf, b, n);
        return;
    }
    int64_t width = f->wid - utf8_rune_count(b, n);
    if (!f->f.minus) {
        fmt_write_padding(f, width);
        buf_write(f->buf, b, n);
    } else {
        buf_write(f->buf, b, n);
        fmt_write_padding(f, width);
    }
}

void fmt_pad_str(Fmt *f, GoString s) { fmt_pad(f, s.ptr, s.len); }

void fmt_boolean(Fmt *f, bool v) { fmt_pad_str(f, v ? GOSTR("true") : GOSTR("false")); }

void fmt_unicode(Fmt *f, uint64_t u)
{
    uint8_t tmp[128];
    int64_t prec = 4;
    if (f->f.precPresent && f->prec > 4) prec = f->prec > 100 ? 100 : f->prec;
    int i = sizeof tmp;
    if (f->f.sharp && u <= 0x10FFFF && strconv_isprint((int32_t)u)) {
        uint8_t enc[4];
        int n = encoderune(enc, (int32_t)u);
        tmp[--i] = '\'';
        i -= n;
        memcpy(tmp + i, enc, (size_t)n);
        tmp[--i] = '\'';
        tmp[--i] = ' ';
    }
    while (u >= 16) {
        tmp[--i] = (uint8_t)fmt_udigits[u & 0xF];
        prec--;
        u >>= 4;
    }
    tmp[--i] = (uint8_t)fmt_udigits[u];
    prec--;
    while (prec > 0) {
        tmp[--i] = '0';
        prec--;
    }
    tmp[--i] = '+';
    tmp[--i] = 'U';
    bool old_zero = f->f.zero;
    f->f.zero = false;
    fmt_pad(f, tmp + i, (int64_t)sizeof tmp - i);
    f->f.zero = old_zero;
}

void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int32_t verb, const char *digits)
{
    bool negative = is_signed && (int64_t)u < 0;
    if (negative) u = -u;
    int64_t cap = 68;
    if (f->f.widPresent || f->f.precPresent) {
        int64_t width = 3 + f->wid + f->prec;
        if (width > cap) cap = width;
    }
    uint8_t small[68];
    uint8_t *buf = cap > 68 ? rt_alloc_noscan_nozero((uint64_t)cap) : small;
    int64_t prec = 0;
    if (f->f.precPresent) {
        prec = f->prec;
        if (prec == 0 && u == 0) {
            bool old_zero = f->f.zero;
            f->f.zero = false;
            fmt_write_padding(f, f->wid);
            f->f.zero = old_zero;
            return;
        }
    } else if (f->f.zero && f->f.widPresent) {
        prec = f->wid;
        if (negative || f->f.plus || f->f.space) prec--;
    }
    int64_t i = cap;
    switch (base) {
    case 10:
        while (u >= 10) {
            uint64_t next = u / 10;
            buf[--i] = (uint8_t)('0' + u - next * 10);
            u = next;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = (uint8_t)digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (uint8_t)('0' + (u & 7));
            u >>= 3;
        }
        break;
    default:
        while (u >= 2) {
            buf[--i] = (uint8_t)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = (uint8_t)digits[u];
    while (i > 0 && prec > cap - i) buf[--i] = '0';
    if (f->f.sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = (uint8_t)digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative) buf[--i] = '-';
    else if (f->f.plus) buf[--i] = '+';
    else if (f->f.space) buf[--i] = ' ';
    bool old_zero = f->f.zero;
    f->f.zero = false;
    fmt_pad(f, buf + i, cap - i);
    f->f.zero = old_zero;
}

static GoString truncate_string(Fmt *f, GoString s)
{
    if (f->f.precPresent) {
        int64_t n = f->prec;
        for (int64_t k = 0; k < s.len;) {
            if (--n < 0) return (GoString){s.ptr, k};
            k = s.ptr[k] < 0x80 ? k + 1 : decoderune(s, k).pos;
        }
    }
    return s;
}

void fmt_s(Fmt *f, GoString s) { fmt_pad_str(f, truncate_string(f, s)); }

void fmt_sbx(Fmt *f, GoString s, const char *digits)
{
    int64_t length = s.len;
    if (f->f.precPresent && f->prec < length) length = f->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (f->f.space) {
            if (f->f.sharp) width *= 2;
            width += length - 1;
        } else if (f->f.sharp) {
            width += 2;
        }
    } else {
        if (f->f.widPresent) fmt_write_padding(f, f->wid);
        return;
    }
    if (f->f.widPresent && f->wid > width && !f->f.minus) fmt_write_padding(f, f->wid - width);
    Buf *b = f->buf;
    if (f->f.sharp) {
        buf_byte(b, '0');
        buf_byte(b, (uint8_t)digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (f->f.space && i > 0) {
            buf_byte(b, ' ');
            if (f->f.sharp) {
                buf_byte(b, '0');
                buf_byte(b, (uint8_t)digits[16]);
            }
        }
        uint8_t c = s.ptr[i];
        buf_byte(b, (uint8_t)digits[c >> 4]);
        buf_byte(b, (uint8_t)digits[c & 0xF]);
    }
    if (f->f.widPresent && f->wid > width && f->f.minus) fmt_write_padding(f, f->wid - width);
}

void fmt_q(Fmt *f, GoString s)
{
    s = truncate_string(f, s);
    Buf tmp = {0};
    if (f->f.sharp && strconv_can_backquote(s)) {
        buf_byte(&tmp, '`');
        buf_str(&tmp, s);
        buf_byte(&tmp, '`');
    } else {
        strconv_append_quote(&tmp, s, '"', f->f.plus);
    }
    fmt_pad(f, tmp.p, tmp.len);
}

void fmt_c(Fmt *f, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    uint8_t tmp[4];
    fmt_pad(f, tmp, encoderune(tmp, r));
}

void fmt_qc(Fmt *f, uint64_t c)
{
    int32_t r = c > 0x10FFFF ? 0xFFFD : (int32_t)c;
    Buf tmp = {0};
    strconv_append_quote_rune(&tmp, r, f->f.plus);
    fmt_pad(f, tmp.p, tmp.len);
}

void fmt_float(Fmt *f, double v, int size, int32_t verb, int64_t prec)
{
    if (f->f.precPresent) prec = f->prec;
    Buf nb = {0};
    buf_byte(&nb, '+');
    strconv_append_float(&nb, v, (char)verb, prec, size);
    uint8_t *num = nb.p;
    int64_t n = nb.len;
    if (num[1] == '-' || num[1] == '+') {
        num++;
        n--;
    } else {
        num[0] = '+';
    }
    if (f->f.space && num[0] == '+' && !f->f.plus) num[0] = ' ';
    if (num[1] == 'I' || num[1] == 'N') {
        bool old_zero = f->f.zero;
        f->f.zero = false;
        if (num[1] == 'N' && !f->f.space && !f->f.plus) {
            num++;
            n--;
        }
        fmt_pad(f, num, n);
        f->f.zero = old_zero;
        return;
    }
    if (f->f.sharp && verb != 'b') {
        int64_t digits = 0;
        switch (verb) {
        case 'v': case 'g': case 'G': case 'x':
            digits = prec;
            if (digits == -1) digits = 6;
        }
        uint8_t tail[8];
        int64_t ntail = 0;
        bool has_point = false, saw_nonzero = false;
        for (int64_t i = 1; i < n; i++) {
            switch (num[i]) {
            case '.':
                has_point = true;
                break;
            case 'p': case 'P':
                memcpy(tail, num + i, (size_t)(n - i));
                ntail = n - i;
                n = i;
                break;
            case 'e': case 'E':
                if (verb != 'x' && verb != 'X') {
                    memcpy(tail, num + i, (size_t)(n - i));
                    ntail = n - i;
                    n = i;
                    break;
                }
                /* fallthrough */
            default:
                if (num[i] != '0') saw_nonzero = true;
                if (saw_nonzero) digits--;
            }
        }
        Buf nb2 = {0};
        buf_write(&nb2, num, n);
        if (!has_point) {
            if (n == 2 && num[1] == '0') digits--;
            buf_byte(&nb2, '.');
        }
        for (; digits > 0; digits--) buf_byte(&nb2, '0');
        buf_write(&nb2, tail, ntail);
        num = nb2.p;
        n = nb2.len;
    }
    if (f->f.plus || num[0] != '+') {
        if (f->f.zero && f->f.widPresent && f->wid > n) {
            buf_byte(f->buf, num[0]);
            fmt_write_padding(f, f->wid - n);
            buf_write(f->buf, num + 1, n - 1);
            return;
        }
        fmt_pad(f, num, n);
        return;
    }
    fmt_pad(f, num + 1, n - 1);
}
