/*
 * fmt.h — shared between fmt_format.c (Go's fmt/format.go: padding,
 * integers, floats, strings, quoting) and fmt_print.c (Go's fmt/print.go:
 * argument handling driven by type descriptors).
 */
#ifndef MINIGO_FMT_H
#define MINIGO_FMT_H

#include "rt.h"

/* Go's fmt.fmtFlags plus width and precision. */
typedef struct FmtFlags {
    bool widPresent, precPresent;
    bool minus, plus, sharp, space, zero;
    bool plusV, sharpV; /* %+v and %#v */
} FmtFlags;

typedef struct Fmt {
    Buf *buf;
    FmtFlags f;
    int64_t wid, prec;
} Fmt;

void fmt_clearflags(Fmt *f);
void fmt_pad(Fmt *f, const uint8_t *b, int64_t n);
void fmt_pad_str(Fmt *f, GoString s);
void fmt_write_padding(Fmt *f, int64_t n);
void fmt_boolean(Fmt *f, bool v);
void fmt_integer(Fmt *f, uint64_t u, int base, bool is_signed, int32_t verb, const char *digits);
void fmt_unicode(Fmt *f, uint64_t u);
void fmt_c(Fmt *f, uint64_t c);
void fmt_qc(Fmt *f, uint64_t c);
void fmt_s(Fmt *f, GoString s);
void fmt_sbx(Fmt *f, GoString s, const char *digits);
void fmt_q(Fmt *f, GoString s);
void fmt_float(Fmt *f, double v, int size, int32_t verb, int64_t prec);

extern const char fmt_ldigits[];
extern const char fmt_udigits[];

/* strconv pieces */
bool strconv_isprint(int32_t r);
void strconv_append_quote(Buf *b, GoString s, uint8_t quote, bool ascii_only);
void strconv_append_quote_rune(Buf *b, int32_t r, bool ascii_only);
bool strconv_can_backquote(GoString s);
/* strconv.AppendFloat(v, fmt, prec, bitSize) */
void strconv_append_float(Buf *b, double v, char fmt, int64_t prec, int bitsize);
int64_t utf8_rune_count(const uint8_t *p, int64_t n);
void buf_rune(Buf *b, int32_t r);

#endif
