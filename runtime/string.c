/*
 * string.c — string concatenation, comparison, conversions, UTF-8.
 *
 * Strings are immutable {ptr, len}; bytes live in atomic (unscanned) GC
 * memory. An n-operand concatenation is one allocation of the summed
 * length, as gc's concatstrings; a concatenation with a single non-empty
 * operand returns that operand without copying. UTF-8 decoding follows
 * Go's runtime/utf8.go exactly (invalid sequences decode as U+FFFD and
 * advance one byte), so `for range` over a string yields gc's runes.
 */
#include "rt.h"

enum {
    RUNE_ERROR = 0xFFFD,
    MAX_RUNE = 0x10FFFF,
    SURROGATE_MIN = 0xD800,
    SURROGATE_MAX = 0xDFFF,
};

/* One-byte strings need no allocation. */
static const uint8_t single_bytes[256] = {
#define R16(b) b, b + 1, b + 2, b + 3, b + 4, b + 5, b + 6, b + 7, b + 8, b + 9, b + 10, b + 11, b + 12, b + 13, b + 14, b + 15
    R16(0), R16(16), R16(32), R16(48), R16(64), R16(80), R16(96), R16(112),
    R16(128), R16(144), R16(160), R16(176), R16(192), R16(208), R16(224), R16(240),
#undef R16
};

static uint8_t *rawstring(int64_t n) { return rt_alloc_noscan_nozero((uint64_t)n); }

GoString concatstrings(int64_t n, const GoString *parts)
{
    int64_t total = 0, count = 0, idx = 0;
    for (int64_t i = 0; i < n; i++) {
        if (parts[i].len == 0) continue;
        if (total + parts[i].len < total) rt_panicstring("string concatenation too long");
        total += parts[i].len;
        count++;
        idx = i;
    }
    if (count == 0) return (GoString){NULL, 0};
    if (count == 1) return parts[idx];
    uint8_t *p = rawstring(total), *q = p;
    for (int64_t i = 0; i < n; i++) {
        if (parts[i].len == 0) continue;
        memcpy(q, parts[i].ptr, (size_t)parts[i].len);
        q += parts[i].len;
    }
    return (GoString){p, total};
}

GoString concatstring2(GoString a, GoString b)
{
    GoString parts[2] = {a, b};
    return concatstrings(2, parts);
}

int64_t cmpstring(GoString a, GoString b)
{
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, (size_t)n) : 0;
    if (c != 0) return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool strequal_val(GoString a, GoString b)
{
    return a.len == b.len && (a.ptr == b.ptr || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

GoString slicebytetostring(const uint8_t *ptr, int64_t len)
{
    if (len == 0) return (GoString){NULL, 0};
    if (len == 1) return (GoString){&single_bytes[ptr[0]], 1};
    uint8_t *p = rawstring(len);
    memcpy(p, ptr, (size_t)len);
    return (GoString){p, len};
}

void stringtoslicebyte(GoSlice *out, GoString s)
{
    uint64_t cap = roundupsize((uint64_t)s.len);
    uint8_t *p = rt_alloc_noscan_nozero(cap);
    if (s.len) memcpy(p, s.ptr, (size_t)s.len);
    memset(p + s.len, 0, cap - (uint64_t)s.len);
    *out = (GoSlice){p, s.len, (int64_t)cap};
}

DecodeRune decoderune(GoString s, int64_t k)
{
    if (k >= s.len) return (DecodeRune){RUNE_ERROR, k + 1};
    const uint8_t *p = s.ptr + k;
    int64_t rem = s.len - k;
    uint8_t c = p[0];
#define CONT(i) (rem > (i) && p[i] >= 0x80 && p[i] <= 0xBF)
    if (c < 0x80) return (DecodeRune){c, k + 1};
    if (c >= 0xC0 && c < 0xE0) {
        if (CONT(1)) {
            int32_t r = (int32_t)(c & 0x1F) << 6 | (p[1] & 0x3F);
            if (r > 0x7F) return (DecodeRune){r, k + 2};
        }
    } else if (c >= 0xE0 && c < 0xF0) {
        if (CONT(1) && CONT(2)) {
            int32_t r = (int32_t)(c & 0x0F) << 12 | (int32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
            if (r > 0x7FF && !(r >= SURROGATE_MIN && r <= SURROGATE_MAX)) return (DecodeRune){r, k + 3};
        }
    } else if (c >= 0xF0 && c < 0xF8) {
        if (CONT(1) && CONT(2) && CONT(3)) {
            int32_t r = (int32_t)(c & 0x07) << 18 | (int32_t)(p[1] & 0x3F) << 12 |
                        (int32_t)(p[2] & 0x3F) << 6 | (p[3] & 0x3F);
            if (r > 0xFFFF && r <= MAX_RUNE) return (DecodeRune){r, k + 4};
        }
    }
#undef CONT
    return (DecodeRune){RUNE_ERROR, k + 1};
}

int encoderune(uint8_t *buf, int32_t r)
{
    uint32_t u = (uint32_t)r;
    if (u <= 0x7F) {
        buf[0] = (uint8_t)u;
        return 1;
    }
    if (u <= 0x7FF) {
        buf[0] = (uint8_t)(0xC0 | u >> 6);
        buf[1] = (uint8_t)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u > MAX_RUNE || (u >= SURROGATE_MIN && u <= SURROGATE_MAX)) u = RUNE_ERROR;
    if (u <= 0xFFFF) {
        buf[0] = (uint8_t)(0xE0 | u >> 12);
        buf[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (u & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | u >> 18);
    buf[1] = (uint8_t)(0x80 | ((u >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((u >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (u & 0x3F));
    return 4;
}

static int rune_len(int32_t r)
{
    uint8_t tmp[4];
    return encoderune(tmp, r);
}

void stringtoslicerune(GoSlice *out, GoString s)
{
    int64_t n = 0;
    for (int64_t k = 0; k < s.len; n++) k = decoderune(s, k).pos;
    uint64_t mem = roundupsize((uint64_t)n * 4);
    int32_t *p = rt_alloc(mem, false);
    int64_t i = 0;
    for (int64_t k = 0; k < s.len; i++) {
        DecodeRune d = decoderune(s, k);
        p[i] = (int32_t)d.rune;
        k = d.pos;
    }
    *out = (GoSlice){p, n, (int64_t)(mem / 4)};
}

GoString slicerunetostring(const int32_t *ptr, int64_t len)
{
    int64_t size = 0;
    for (int64_t i = 0; i < len; i++) size += rune_len(ptr[i]);
    if (size == 0) return (GoString){NULL, 0};
    uint8_t *p = rawstring(size), *q = p;
    for (int64_t i = 0; i < len; i++) q += encoderune(q, ptr[i]);
    return (GoString){p, size};
}

GoString intstring(int64_t v)
{
    int32_t r = (v < 0 || v > MAX_RUNE) ? RUNE_ERROR : (int32_t)v;
    if (r < 0x80) return (GoString){&single_bytes[r], 1};
    uint8_t *p = rawstring(4);
    int n = encoderune(p, r);
    return (GoString){p, n};
}

GoString strconv_Itoa(int64_t v)
{
    if (v >= 0 && v < 10) return (GoString){(const uint8_t *)"0123456789" + v, 1};
    char buf[24];
    int i = sizeof buf;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) buf[--i] = '-';
    return slicebytetostring((const uint8_t *)buf + i, (int64_t)sizeof buf - i);
}
