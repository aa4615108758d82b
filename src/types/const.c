/*
 * const.c — exact constant values (Go's go/constant, on GMP).
 *
 * Integers are arbitrary precision, floats exact rationals (like
 * go/constant's ratVal): 0.1 + 0.2 == 0.3 holds for untyped constants. A
 * value converted to float32/float64 is rounded to the nearest
 * representable number (half to even), as big.Rat.Float64 does. Like
 * go/constant, a float whose binary exponent is past +-4096 is kept as a
 * 512-bit approximation instead (1e646456992 would take 268 MB as a
 * fraction), on GMP's mpf; past big.Float's int32 exponent it is infinite:
 * a malformed literal, or an unknown result ("not representable").
 *
 * Values are immutable and live in the arena: their limbs are copied out of
 * the checker's GMP scratch registers and read back through read-only
 * mpz views (mpz_roinit_n), so no GMP-malloc'ed memory outlives a call.
 */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"

_Static_assert(sizeof(mp_limb_t) == sizeof(unsigned long), "limb size");

/* ---- construction ------------------------------------------------------- */

static ConstValue *cv_new(Checker *c, ConstKind k)
{
    ConstValue *v = ARENA_NEW(c->arena, ConstValue);
    v->kind = k;
    return v;
}

ConstValue *cv_make_unknown(Checker *c) { return cv_new(c, CV_UNKNOWN); }

ConstValue *cv_make_bool(Checker *c, bool b)
{
    ConstValue *v = cv_new(c, CV_BOOL);
    v->b = b;
    return v;
}

ConstValue *cv_make_string(Checker *c, const char *s, size_t len)
{
    ConstValue *v = cv_new(c, CV_STRING);
    v->str = arena_strndup(c->arena, s, len);
    v->len = len;
    return v;
}

/* GMP may read the first limb of a zero-sized integer */
static const unsigned long zero_limb[1] = {0};

static const unsigned long *copy_limbs(Checker *c, mpz_srcptr z, int *size)
{
    size_t n = mpz_size(z);
    *size = mpz_sgn(z) < 0 ? -(int)n : (int)n;
    if (n == 0)
        return zero_limb;
    unsigned long *l = ARENA_ARRAY(c->arena, unsigned long, n);
    memcpy(l, mpz_limbs_read(z), n * sizeof(mp_limb_t));
    return l;
}

ConstValue *cv_from_mpz(Checker *c, mpz_srcptr z)
{
    ConstValue *v = cv_new(c, CV_INT);
    v->zlimbs = copy_limbs(c, z, &v->zsize);
    return v;
}

ConstValue *cv_from_mpq(Checker *c, mpq_srcptr q)
{
    ConstValue *v = cv_new(c, CV_FLOAT);
    v->zlimbs = copy_limbs(c, mpq_numref(q), &v->zsize);
    v->dlimbs = copy_limbs(c, mpq_denref(q), &v->dsize);
    return v;
}

ConstValue *cv_make_int64(Checker *c, int64_t x)
{
    if (x >= 0 && x < 256) {
        if (!c->small_ints[x]) {
            ConstValue *v = cv_new(c, CV_INT);
            static const unsigned long limbs[256] = {
#define L4(n) n, n + 1, n + 2, n + 3
#define L16(n) L4(n), L4(n + 4), L4(n + 8), L4(n + 12)
#define L64(n) L16(n), L16(n + 16), L16(n + 32), L16(n + 48)
                L64(0), L64(64), L64(128), L64(192)
#undef L4
#undef L16
#undef L64
            };
            v->zlimbs = &limbs[x];
            v->zsize = x ? 1 : 0;
            c->small_ints[x] = v;
        }
        return c->small_ints[x];
    }
    mpz_set_si(c->z1, (long)x);
    return cv_from_mpz(c, c->z1);
}

/* ---- reading ------------------------------------------------------------ */

static mpz_srcptr ro_num(const ConstValue *v, mpz_t tmp)
{
    return mpz_roinit_n(tmp, (const mp_limb_t *)(v->zlimbs ? v->zlimbs : zero_limb), v->zsize);
}

void cv_get_mpz(const ConstValue *v, mpz_ptr out)
{
    mpz_t tmp;
    mpz_set(out, ro_num(v, tmp));
}

void cv_get_mpq(const ConstValue *v, mpq_ptr out)
{
    mpz_t tn, td;
    mpq_set_num(out, ro_num(v, tn));
    if (v->kind == CV_FLOAT)
        mpq_set_den(out, mpz_roinit_n(td, (const mp_limb_t *)v->dlimbs, v->dsize));
    else
        mpz_set_ui(mpq_denref(out), 1);
}

int cv_sign(Checker *c, const ConstValue *v)
{
    (void)c;
    switch (v->kind) {
    case CV_INT:
    case CV_FLOAT:
        return v->zsize > 0 ? 1 : v->zsize < 0 ? -1 : 0;
    default:
        return 1; /* unknown: not zero */
    }
}

/* ---- big floats (go/constant's floatVal) ---------------------------------- */

enum { BIG_PREC = 512, SMALL_EXP = 4096 };
#define BIG_MAXEXP 2147483647L    /* big.Float's MaxExp */
#define BIG_MINEXP (-2147483647L - 1)

static bool is_big(const ConstValue *v) { return v->kind == CV_FLOAT && v->dsize == 0; }

/* e with 2^(e-1) <= |v| < 2^e (big.Float's MantExp) */
static long big_exp(const ConstValue *v)
{
    mpz_t t;
    return (long)mpz_sizeinbase(ro_num(v, t), 2) + v->exp2;
}

static void mpf_scale(mpf_ptr f, long e)
{
    if (e > 0)
        mpf_mul_2exp(f, f, (mp_bitcnt_t)e);
    else if (e < 0)
        mpf_div_2exp(f, f, (mp_bitcnt_t)-e);
}

static void to_mpf(const ConstValue *v, mpf_ptr out)
{
    mpz_t t;
    if (is_big(v)) {
        mpf_set_z(out, ro_num(v, t));
        mpf_scale(out, v->exp2);
    } else if (v->kind == CV_FLOAT) {
        mpq_t q;
        mpq_init(q);
        cv_get_mpq(v, q);
        mpf_set_q(out, q);
        mpq_clear(q);
    } else {
        mpf_set_z(out, ro_num(v, t));
    }
}

static ConstValue *float_zero(Checker *c)
{
    mpq_set_ui(c->q3, 0, 1);
    return cv_from_mpq(c, c->q3);
}

/* go/constant's ToInt takes an approximate value within a few units in
 * the last place of an integer for that integer (rounding errors of
 * earlier operations): m * 2^exp2 with m >= 0 of BIG_PREC bits, rounded
 * to 4 bits less toward zero, then away from zero. */
static void snap_integer(mpz_ptr m, long exp2, mpz_ptr tmp)
{
    if (exp2 >= 0 || -exp2 > BIG_PREC)
        return; /* already an integer, or below 1 */
    mpz_tdiv_q_2exp(tmp, m, 4);
    mpz_mul_2exp(tmp, tmp, 4);
    if (mpz_scan1(tmp, 0) >= (mp_bitcnt_t)-exp2) {
        mpz_set(m, tmp);
        return;
    }
    mpz_add_ui(tmp, tmp, 16);
    if (mpz_scan1(tmp, 0) >= (mp_bitcnt_t)-exp2)
        mpz_set(m, tmp);
}

/* A float from an mpf result: exact again when its exponent is small (as
 * go/constant's ratVal), big otherwise, unknown when infinite. */
static ConstValue *from_mpf(Checker *c, mpf_srcptr f)
{
    if (mpf_sgn(f) == 0)
        return float_zero(c);
    long e;
    mpf_get_d_2exp(&e, f);
    if (e > BIG_MAXEXP)
        return cv_make_unknown(c);
    if (e < BIG_MINEXP)
        return float_zero(c);
    mpf_t t;
    mpf_init2(t, BIG_PREC + 64);
    mpf_set(t, f);
    mpf_scale(t, BIG_PREC - e);
    mpz_set_f(c->z1, t); /* BIG_PREC bits */
    mpf_clear(t);
    long exp2 = e - BIG_PREC;
    if (e > -SMALL_EXP && e < SMALL_EXP) {
        bool neg = mpz_sgn(c->z1) < 0;
        mpz_abs(c->z1, c->z1);
        snap_integer(c->z1, exp2, c->z2);
        if (neg)
            mpz_neg(c->z1, c->z1);
        mpq_set_z(c->q3, c->z1);
        if (exp2 > 0)
            mpq_mul_2exp(c->q3, c->q3, (mp_bitcnt_t)exp2);
        else if (exp2 < 0)
            mpq_div_2exp(c->q3, c->q3, (mp_bitcnt_t)-exp2);
        return cv_from_mpq(c, c->q3);
    }
    mp_bitcnt_t tz = mpz_scan1(c->z1, 0);
    mpz_tdiv_q_2exp(c->z1, c->z1, tz);
    ConstValue *v = cv_new(c, CV_FLOAT);
    v->zlimbs = copy_limbs(c, c->z1, &v->zsize);
    v->exp2 = exp2 + (long)tz;
    return v;
}

/* An exact fraction with a big exponent becomes a big float. */
static ConstValue *from_mpq_checked(Checker *c, mpq_srcptr q)
{
    if (mpq_sgn(q) != 0) {
        long e = (long)mpz_sizeinbase(mpq_numref(q), 2) - (long)mpz_sizeinbase(mpq_denref(q), 2);
        if (e >= SMALL_EXP - 1 || e <= -SMALL_EXP + 1) {
            mpf_t f;
            mpf_init2(f, BIG_PREC + 64);
            mpf_set_q(f, q);
            long fe;
            mpf_get_d_2exp(&fe, f);
            if (fe >= SMALL_EXP || fe <= -SMALL_EXP) {
                ConstValue *v = from_mpf(c, f);
                mpf_clear(f);
                return v;
            }
            mpf_clear(f);
        }
    }
    return cv_from_mpq(c, q);
}

/* +, -, *, / with a big operand, in 512-bit floating point */
static ConstValue *big_binary(Checker *c, ConstValue *x, int op, ConstValue *y)
{
    mpf_t a, b;
    mpf_init2(a, BIG_PREC + 64);
    mpf_init2(b, BIG_PREC + 64);
    to_mpf(x, a);
    to_mpf(y, b);
    ConstValue *r = NULL;
    switch (op) {
    case '+': mpf_add(a, a, b); break;
    case '-': mpf_sub(a, a, b); break;
    case '*': mpf_mul(a, a, b); break;
    case '/':
        if (mpf_sgn(b) == 0)
            r = cv_make_unknown(c);
        else
            mpf_div(a, a, b);
        break;
    default:
        r = cv_make_unknown(c);
    }
    if (!r)
        r = from_mpf(c, a);
    mpf_clears(a, b, NULL);
    return r;
}

static int big_cmp(const ConstValue *x, const ConstValue *y)
{
    mpf_t a, b;
    mpf_init2(a, BIG_PREC + 64);
    mpf_init2(b, BIG_PREC + 64);
    to_mpf(x, a);
    to_mpf(y, b);
    int r = mpf_cmp(a, b);
    mpf_clears(a, b, NULL);
    return r;
}

bool cv_is_int_fit64(const ConstValue *v, int64_t *out)
{
    if (v->zsize == 0 || ((v->zsize == 1 || v->zsize == -1) && v->zlimbs[0] <= (unsigned long)INT64_MAX)) {
        /* fast path: zero or one limb */
        int64_t x = v->zsize == 0 ? 0 : (int64_t)v->zlimbs[0];
        if (out)
            *out = v->zsize < 0 ? -x : x;
        return true;
    }
    mpz_t tmp;
    mpz_srcptr z = ro_num(v, tmp);
    if (!mpz_fits_slong_p(z))
        return false;
    if (out)
        *out = mpz_get_si(z);
    return true;
}

bool cv_is_uint_fit64(const ConstValue *v, uint64_t *out)
{
    mpz_t tmp;
    mpz_srcptr z = ro_num(v, tmp);
    if (mpz_sgn(z) < 0 || !mpz_fits_ulong_p(z))
        return false;
    if (out)
        *out = mpz_get_ui(z);
    return true;
}

size_t cv_bitlen(const ConstValue *v)
{
    mpz_t tmp;
    mpz_srcptr z = ro_num(v, tmp);
    return mpz_sgn(z) == 0 ? 0 : mpz_sizeinbase(z, 2);
}

int64_t cv_int64(const ConstValue *v)
{
    if (v->kind == CV_FLOAT)
        return (int64_t)cv_float64(v);
    return (int64_t)cv_uint64(v);
}

uint64_t cv_uint64(const ConstValue *v)
{
    if (v->kind != CV_INT || v->zsize == 0)
        return 0;
    uint64_t low = v->zlimbs[0];
    return v->zsize < 0 ? (uint64_t)0 - low : low;
}

bool cv_bool(const ConstValue *v) { return v->kind == CV_BOOL && v->b; }

/* Nearest binary float with `prec` mantissa bits and exponents in
 * [emin, emax] (of the leading bit), half to even, subnormals included.
 * Returns false on overflow. *m and *shift give value = m * 2^-shift. */
static bool round_binary(mpq_srcptr q, int prec, int emin, int emax, mpz_ptr m, long *shift, mpz_ptr r, mpz_ptr d)
{
    mpz_srcptr a0 = mpq_numref(q), b = mpq_denref(q);
    if (mpz_sgn(a0) == 0) {
        mpz_set_ui(m, 0);
        *shift = 0;
        return true;
    }
    mpz_abs(r, a0); /* r = |num| temporarily */
    long e = (long)mpz_sizeinbase(r, 2) - (long)mpz_sizeinbase(b, 2);
    /* make sure 2^e <= |a|/b < 2^(e+1) */
    if (e >= 0) {
        mpz_mul_2exp(d, b, (unsigned long)e);
        if (mpz_cmp(r, d) < 0)
            e--;
    } else {
        mpz_mul_2exp(d, r, (unsigned long)-e);
        if (mpz_cmp(d, b) < 0)
            e--;
    }
    if (e > emax + 1) /* certainly overflows */
        return false;
    long ebits = e < emin ? emin : e;
    long s = prec - 1 - ebits; /* m = round(|a|/b * 2^s) */
    if (s > 0 && (unsigned long)s > 100000UL + (unsigned long)prec) {
        /* underflows to zero */
        mpz_set_ui(m, 0);
        *shift = 0;
        return true;
    }
    if (s >= 0) {
        mpz_mul_2exp(m, r, (unsigned long)s);
        mpz_set(d, b);
    } else {
        mpz_set(m, r);
        mpz_mul_2exp(d, b, (unsigned long)-s);
    }
    mpz_tdiv_qr(m, r, m, d);
    mpz_mul_2exp(r, r, 1);
    int cmp = mpz_cmp(r, d);
    if (cmp > 0 || (cmp == 0 && mpz_odd_p(m)))
        mpz_add_ui(m, m, 1);
    /* overflow: m * 2^-s >= 2^(emax+1) */
    if ((long)mpz_sizeinbase(m, 2) - s > emax + 1 && mpz_sgn(m) != 0)
        return false;
    if (mpz_sgn(a0) < 0)
        mpz_neg(m, m);
    *shift = s;
    return true;
}

double cv_float64(const ConstValue *v)
{
    if (v->kind != CV_INT && v->kind != CV_FLOAT)
        return 0;
    if (is_big(v)) /* far outside float64's range either way */
        return big_exp(v) > 0 ? (v->zsize < 0 ? -HUGE_VAL : HUGE_VAL) : (v->zsize < 0 ? -0.0 : 0.0);
    mpq_t q;
    mpz_t m, r, d;
    mpq_init(q);
    mpz_inits(m, r, d, NULL);
    cv_get_mpq(v, q);
    long s;
    double out;
    if (!round_binary(q, 53, -1022, 1023, m, &s, r, d))
        out = mpq_sgn(q) < 0 ? -HUGE_VAL : HUGE_VAL;
    else
        out = ldexp(mpz_get_d(m), (int)-s);
    mpq_clear(q);
    mpz_clears(m, r, d, NULL);
    return out;
}

/* Rounds x to float32 (bits 32) or float64 (bits 64); *ok false on overflow. */
ConstValue *cv_round_float(Checker *c, ConstValue *x, int bits, bool *ok)
{
    if (is_big(x)) { /* overflows, or rounds to zero */
        *ok = big_exp(x) < 0;
        return *ok ? float_zero(c) : NULL;
    }
    cv_get_mpq(x, c->q1);
    long s;
    bool fits = bits == 32 ? round_binary(c->q1, 24, -126, 127, c->z1, &s, c->z2, c->z3)
                           : round_binary(c->q1, 53, -1022, 1023, c->z1, &s, c->z2, c->z3);
    *ok = fits;
    if (!fits)
        return NULL;
    mpq_set_z(c->q2, c->z1);
    if (s > 0)
        mpq_div_2exp(c->q2, c->q2, (unsigned long)s);
    else if (s < 0)
        mpq_mul_2exp(c->q2, c->q2, (unsigned long)-s);
    return cv_from_mpq(c, c->q2);
}

/* ---- conversions between kinds -------------------------------------------- */

ConstValue *cv_to_int(Checker *c, ConstValue *v)
{
    if (v->kind == CV_INT)
        return v;
    if (v->kind == CV_FLOAT) {
        /* a big float is no integer (go/constant: not a "small" float) */
        if (v->dsize == 1 && v->dlimbs[0] == 1) {
            mpz_t tmp;
            return cv_from_mpz(c, ro_num(v, tmp));
        }
        return cv_make_unknown(c);
    }
    return cv_make_unknown(c);
}

ConstValue *cv_to_float(Checker *c, ConstValue *v)
{
    if (v->kind == CV_FLOAT)
        return v;
    if (v->kind == CV_INT) {
        cv_get_mpq(v, c->q1);
        return cv_from_mpq(c, c->q1);
    }
    return cv_make_unknown(c);
}

/* ---- representability ------------------------------------------------------ */

/* types2's representableConst for the basic type `typ` (amd64 sizes). */
bool representable_const(Checker *c, ConstValue *x, Type *typ, ConstValue **rounded)
{
    if (x->kind == CV_UNKNOWN)
        return true;
    Type *u = under(typ);
    TypeKind k = u->kind;
    if (type_is_integer(u)) {
        ConstValue *xi = cv_to_int(c, x);
        if (xi->kind != CV_INT)
            return false;
        if (rounded)
            *rounded = xi;
        int64_t i = 0;
        uint64_t ui;
        bool fits = cv_is_int_fit64(xi, &i);
        switch (k) {
        case TY_INT: case TY_INT64: return fits;
        case TY_INT8: return fits && i >= -128 && i <= 127;
        case TY_INT16: return fits && i >= -32768 && i <= 32767;
        case TY_INT32: return fits && i >= -2147483648LL && i <= 2147483647LL;
        case TY_UINT: case TY_UINT64: case TY_UINTPTR: return cv_is_uint_fit64(xi, &ui);
        case TY_UINT8: return fits && i >= 0 && i <= 255;
        case TY_UINT16: return fits && i >= 0 && i <= 65535;
        case TY_UINT32: return fits && i >= 0 && i <= 4294967295LL;
        case TY_UNTYPED_INT: case TY_UNTYPED_RUNE: return true;
        default: return false;
        }
    }
    if (type_is_float(u)) {
        ConstValue *xf = cv_to_float(c, x);
        if (xf->kind != CV_FLOAT)
            return false;
        if (k == TY_UNTYPED_FLOAT) {
            if (rounded)
                *rounded = xf;
            return true;
        }
        bool ok;
        ConstValue *r = cv_round_float(c, xf, k == TY_FLOAT32 ? 32 : 64, &ok);
        if (ok && rounded)
            *rounded = r;
        return ok;
    }
    if (type_is_string(u))
        return x->kind == CV_STRING;
    if (type_is_boolean(u))
        return x->kind == CV_BOOL;
    return false;
}

/* ---- arithmetic ----------------------------------------------------------- */

ConstValue *cv_unary(Checker *c, int op, ConstValue *x, int prec_bits)
{
    if (x->kind == CV_UNKNOWN)
        return x;
    switch (op) {
    case '+':
        return x;
    case '-':
        if (x->kind == CV_INT) {
            cv_get_mpz(x, c->z1);
            mpz_neg(c->z1, c->z1);
            return cv_from_mpz(c, c->z1);
        }
        if (is_big(x)) {
            ConstValue *v = cv_new(c, CV_FLOAT);
            *v = *x;
            v->zsize = -x->zsize;
            return v;
        }
        if (x->kind == CV_FLOAT) {
            cv_get_mpq(x, c->q1);
            mpq_neg(c->q1, c->q1);
            return cv_from_mpq(c, c->q1);
        }
        break;
    case '^':
        if (x->kind == CV_INT) {
            cv_get_mpz(x, c->z1);
            mpz_com(c->z1, c->z1); /* -x-1 */
            if (prec_bits > 0) {   /* unsigned: keep prec bits (x ^ (1<<prec - 1)) */
                mpz_set_ui(c->z2, 1);
                mpz_mul_2exp(c->z2, c->z2, (unsigned long)prec_bits);
                mpz_sub_ui(c->z2, c->z2, 1);
                mpz_and(c->z1, c->z1, c->z2);
            }
            return cv_from_mpz(c, c->z1);
        }
        break;
    case '!':
        if (x->kind == CV_BOOL)
            return cv_make_bool(c, !x->b);
        break;
    }
    return cv_make_unknown(c);
}

static ConstValue *string_concat(Checker *c, ConstValue *x, ConstValue *y)
{
    ConstValue *v = cv_new(c, CV_STRING);
    char *s = arena_alloc(c->arena, x->len + y->len + 1);
    memcpy(s, x->str, x->len);
    memcpy(s + x->len, y->str, y->len);
    v->str = s;
    v->len = x->len + y->len;
    return v;
}

ConstValue *cv_binary(Checker *c, ConstValue *x, int op, ConstValue *y, bool intdiv)
{
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return cv_make_unknown(c);
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        if (op == OP_ANDAND)
            return cv_make_bool(c, x->b && y->b);
        if (op == OP_OROR)
            return cv_make_bool(c, x->b || y->b);
        return cv_make_unknown(c);
    }
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        if (op == '+')
            return string_concat(c, x, y);
        return cv_make_unknown(c);
    }
    if (x->kind == CV_INT && y->kind == CV_INT && (op != '/' || intdiv)) {
        cv_get_mpz(x, c->z1);
        cv_get_mpz(y, c->z2);
        switch (op) {
        case '+': mpz_add(c->z1, c->z1, c->z2); break;
        case '-': mpz_sub(c->z1, c->z1, c->z2); break;
        case '*': mpz_mul(c->z1, c->z1, c->z2); break;
        case '/':
            if (mpz_sgn(c->z2) == 0)
                return cv_make_unknown(c);
            mpz_tdiv_q(c->z1, c->z1, c->z2);
            break;
        case '%':
            if (mpz_sgn(c->z2) == 0)
                return cv_make_unknown(c);
            mpz_tdiv_r(c->z1, c->z1, c->z2);
            break;
        case '&': mpz_and(c->z1, c->z1, c->z2); break;
        case '|': mpz_ior(c->z1, c->z1, c->z2); break;
        case '^': mpz_xor(c->z1, c->z1, c->z2); break;
        case OP_ANDNOT:
            mpz_com(c->z2, c->z2);
            mpz_and(c->z1, c->z1, c->z2);
            break;
        default:
            return cv_make_unknown(c);
        }
        return cv_from_mpz(c, c->z1);
    }
    if ((x->kind == CV_INT || x->kind == CV_FLOAT) && (y->kind == CV_INT || y->kind == CV_FLOAT)) {
        if (is_big(x) || is_big(y))
            return big_binary(c, x, op, y);
        cv_get_mpq(x, c->q1);
        cv_get_mpq(y, c->q2);
        switch (op) {
        case '+': mpq_add(c->q1, c->q1, c->q2); break;
        case '-': mpq_sub(c->q1, c->q1, c->q2); break;
        case '*': mpq_mul(c->q1, c->q1, c->q2); break;
        case '/':
            if (mpq_sgn(c->q2) == 0)
                return cv_make_unknown(c);
            mpq_div(c->q1, c->q1, c->q2);
            break;
        default:
            return cv_make_unknown(c);
        }
        return from_mpq_checked(c, c->q1);
    }
    return cv_make_unknown(c);
}

ConstValue *cv_shift(Checker *c, ConstValue *x, int op, unsigned s)
{
    if (x->kind != CV_INT)
        return cv_make_unknown(c);
    cv_get_mpz(x, c->z1);
    if (op == OP_SHL)
        mpz_mul_2exp(c->z1, c->z1, s);
    else
        mpz_fdiv_q_2exp(c->z1, c->z1, s);
    return cv_from_mpz(c, c->z1);
}

static int cmp_values(Checker *c, ConstValue *x, ConstValue *y)
{
    if (x->kind == CV_INT && y->kind == CV_INT) {
        cv_get_mpz(x, c->z1);
        cv_get_mpz(y, c->z2);
        return mpz_cmp(c->z1, c->z2);
    }
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        size_t n = x->len < y->len ? x->len : y->len;
        int r = memcmp(x->str, y->str, n);
        if (r)
            return r;
        return x->len < y->len ? -1 : x->len > y->len;
    }
    if (x->kind == CV_BOOL && y->kind == CV_BOOL)
        return x->b == y->b ? 0 : 1;
    if (is_big(x) || is_big(y))
        return big_cmp(x, y);
    cv_get_mpq(x, c->q1);
    cv_get_mpq(y, c->q2);
    return mpq_cmp(c->q1, c->q2);
}

bool cv_compare(Checker *c, ConstValue *x, int op, ConstValue *y)
{
    if (x->kind == CV_UNKNOWN || y->kind == CV_UNKNOWN)
        return false;
    int r = cmp_values(c, x, y);
    switch (op) {
    case OP_EQ: return r == 0;
    case OP_NE: return r != 0;
    case '<': return r < 0;
    case OP_LE: return r <= 0;
    case '>': return r > 0;
    case OP_GE: return r >= 0;
    }
    return false;
}

bool cv_equal_key(Checker *c, ConstValue *a, ConstValue *b)
{
    bool anum = a->kind == CV_INT || a->kind == CV_FLOAT;
    bool bnum = b->kind == CV_INT || b->kind == CV_FLOAT;
    if (anum != bnum || (!anum && a->kind != b->kind))
        return false;
    return cmp_values(c, a, b) == 0;
}

/* ---- literals ----------------------------------------------------------- */

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

static void utf8_put(StrBuf *b, unsigned long r)
{
    char buf[4];
    int n;
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        buf[0] = (char)r;
        n = 1;
    } else if (r < 0x800) {
        buf[0] = (char)(0xC0 | (r >> 6));
        buf[1] = (char)(0x80 | (r & 0x3F));
        n = 2;
    } else if (r < 0x10000) {
        buf[0] = (char)(0xE0 | (r >> 12));
        buf[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (r & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (r >> 18));
        buf[1] = (char)(0x80 | ((r >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((r >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (r & 0x3F));
        n = 4;
    }
    sb_append(b, buf, (size_t)n);
}

/* Decodes one UTF-8 sequence; returns its length (1 for invalid bytes, *r = 0xFFFD). */
static int utf8_get(const unsigned char *s, const unsigned char *end, unsigned long *r)
{
    unsigned char c0 = s[0];
    if (c0 < 0x80) {
        *r = c0;
        return 1;
    }
    int n = c0 >= 0xF0 ? 4 : c0 >= 0xE0 ? 3 : c0 >= 0xC0 ? 2 : 0;
    if (n == 0 || s + n > end) {
        *r = 0xFFFD;
        return 1;
    }
    unsigned long v = c0 & (0x7F >> n);
    for (int i = 1; i < n; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *r = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (s[i] & 0x3F);
    }
    *r = v;
    return n;
}

/* Decodes one (possibly escaped) character of a rune or string literal at
 * *p. Byte escapes (\x, octal) in strings append raw bytes. */
static void decode_char(const char **p, const char *end, StrBuf *out, unsigned long *rune, bool *is_byte)
{
    const char *s = *p;
    *is_byte = false;
    if (*s != '\\') {
        int n = utf8_get((const unsigned char *)s, (const unsigned char *)end, rune);
        if (out)
            sb_append(out, s, (size_t)n);
        *p = s + n;
        return;
    }
    s++;
    unsigned long v = 0;
    int digits = 0, base = 0;
    switch (*s) {
    case 'a': v = 7; break;
    case 'b': v = 8; break;
    case 'f': v = 12; break;
    case 'n': v = 10; break;
    case 'r': v = 13; break;
    case 't': v = 9; break;
    case 'v': v = 11; break;
    case '\\': v = '\\'; break;
    case '\'': v = '\''; break;
    case '"': v = '"'; break;
    case 'x': digits = 2; base = 16; *is_byte = true; s++; break;
    case 'u': digits = 4; base = 16; s++; break;
    case 'U': digits = 8; base = 16; s++; break;
    default:
        if (*s >= '0' && *s <= '7') {
            digits = 3;
            base = 8;
            *is_byte = true;
        }
        break;
    }
    if (base) {
        for (int i = 0; i < digits && s < end; i++, s++) {
            int d = hexval((unsigned char)*s);
            if (d < 0 || d >= base)
                break;
            v = v * (unsigned long)base + (unsigned long)d;
        }
    } else {
        s++;
    }
    *rune = v;
    if (out) {
        if (*is_byte) {
            char ch = (char)(v & 0xFF);
            sb_append(out, &ch, 1);
        } else {
            utf8_put(out, v);
        }
    }
    *p = s;
}

static bool parse_int_lit(Checker *c, const char *raw, int len, mpz_ptr out)
{
    char small[64];
    char *buf = len < 64 ? small : xmalloc((size_t)len + 1);
    int n = 0;
    for (int i = 0; i < len; i++)
        if (raw[i] != '_')
            buf[n++] = raw[i];
    buf[n] = 0;
    int base = 10;
    const char *digits = buf;
    if (n > 1 && buf[0] == '0') {
        char p = buf[1];
        if (p == 'x' || p == 'X')
            base = 16, digits = buf + 2;
        else if (p == 'b' || p == 'B')
            base = 2, digits = buf + 2;
        else if (p == 'o' || p == 'O')
            base = 8, digits = buf + 2;
        else
            base = 8, digits = buf + 1;
    }
    bool ok = *digits && mpz_set_str(out, digits, base) == 0;
    (void)c;
    if (buf != small)
        free(buf);
    return ok;
}

/* Float literal: decimal (1.5e3) or hexadecimal (0x1.8p1): exact when
 * its binary exponent is small, else a big float (go/constant's
 * makeFloatFromLiteral); NULL when malformed or infinite. */
static ConstValue *parse_float_lit(Checker *c, const char *raw, int len)
{
    char *buf = xmalloc((size_t)len + 1);
    int n = 0;
    for (int i = 0; i < len; i++)
        if (raw[i] != '_')
            buf[n++] = raw[i];
    buf[n] = 0;
    bool hex = n > 1 && buf[0] == '0' && (buf[1] == 'x' || buf[1] == 'X');
    const char *p = hex ? buf + 2 : buf;
    char *mant = xmalloc((size_t)n + 2);
    int m = 0, frac = 0;
    bool seen_dot = false;
    for (; *p; p++) {
        if (*p == '.') {
            seen_dot = true;
            continue;
        }
        if ((hex && (*p == 'p' || *p == 'P')) || (!hex && (*p == 'e' || *p == 'E')))
            break;
        mant[m++] = *p;
        if (seen_dot)
            frac++;
    }
    mant[m] = 0;
    long exp = 0;
    bool ok = true;
    if (*p) {
        p++;
        char *endp;
        exp = strtol(p, &endp, 10); /* LONG_MIN/MAX when out of range: infinite or zero */
        if (*endp || p == endp)
            ok = false;
    }
    if (ok) {
        if (m == 0)
            mpz_set_ui(c->z2, 0);
        else if (mpz_set_str(c->z2, mant, hex ? 16 : 10) != 0)
            ok = false;
    }
    free(mant);
    free(buf);
    if (!ok)
        return NULL;
    if (mpz_sgn(c->z2) == 0)
        return float_zero(c);

    /* the value is z2 * 2^e2 or z2 * 10^e10; its binary exponent, roughly */
    long e2 = 0, e10 = 0;
    double est;
    if (hex) {
        e2 = exp > LONG_MAX / 2 ? LONG_MAX / 2 : exp < LONG_MIN / 2 ? LONG_MIN / 2 : exp - 4L * frac;
        est = (double)mpz_sizeinbase(c->z2, 2) + (double)e2;
    } else {
        e10 = exp > LONG_MAX / 2 ? LONG_MAX / 2 : exp < LONG_MIN / 2 ? LONG_MIN / 2 : exp - frac;
        est = (double)mpz_sizeinbase(c->z2, 2) + (double)e10 * 3.321928094887362;
    }
    if (est > (double)BIG_MAXEXP + 64)
        return NULL; /* infinite: gc's "malformed constant" */
    if (est < (double)BIG_MINEXP - 64)
        return float_zero(c);
    if (est < SMALL_EXP + 64 && est > -SMALL_EXP - 64) {
        /* exact */
        mpq_set_z(c->q1, c->z2);
        if (hex) {
            if (e2 > 0)
                mpq_mul_2exp(c->q1, c->q1, (unsigned long)e2);
            else if (e2 < 0)
                mpq_div_2exp(c->q1, c->q1, (unsigned long)-e2);
        } else {
            mpz_ui_pow_ui(c->z3, 10, (unsigned long)labs(e10));
            mpq_set_z(c->q3, c->z3);
            if (e10 > 0)
                mpq_mul(c->q1, c->q1, c->q3);
            else if (e10 < 0)
                mpq_div(c->q1, c->q1, c->q3);
        }
        mpq_canonicalize(c->q1);
        return from_mpq_checked(c, c->q1);
    }
    /* far out: 512-bit floating point */
    mpf_t f, t;
    mpf_init2(f, BIG_PREC + 64);
    mpf_init2(t, BIG_PREC + 64);
    mpf_set_z(f, c->z2);
    if (hex) {
        mpf_scale(f, e2);
    } else {
        mpf_set_ui(t, 10);
        mpf_pow_ui(t, t, (unsigned long)labs(e10));
        if (e10 > 0)
            mpf_mul(f, f, t);
        else
            mpf_div(f, f, t);
    }
    ConstValue *v = from_mpf(c, f);
    mpf_clears(f, t, NULL);
    return v->kind == CV_UNKNOWN ? NULL : v;
}

ConstValue *cv_from_literal(Checker *c, LitKind kind, const char *raw, int rawlen, TypeKind *kind_out)
{
    switch (kind) {
    case LIT_INT:
        *kind_out = TY_UNTYPED_INT;
        if (rawlen <= 2 && raw[0] >= '0' && raw[0] <= '9' && (rawlen == 1 || (raw[0] != '0' && raw[1] >= '0' && raw[1] <= '9')))
            return cv_make_int64(c, rawlen == 1 ? raw[0] - '0' : (raw[0] - '0') * 10 + raw[1] - '0');
        if (!parse_int_lit(c, raw, rawlen, c->z1))
            return NULL;
        return cv_from_mpz(c, c->z1);
    case LIT_FLOAT:
        *kind_out = TY_UNTYPED_FLOAT;
        return parse_float_lit(c, raw, rawlen);
    case LIT_CHAR: {
        *kind_out = TY_UNTYPED_RUNE;
        if (rawlen < 3)
            return NULL;
        const char *p = raw + 1, *end = raw + rawlen - 1;
        unsigned long r;
        bool is_byte;
        decode_char(&p, end, NULL, &r, &is_byte);
        mpz_set_ui(c->z1, r);
        return cv_from_mpz(c, c->z1);
    }
    case LIT_STRING: {
        *kind_out = TY_UNTYPED_STRING;
        StrBuf b = {0};
        if (rawlen >= 2 && raw[0] == '`') {
            for (int i = 1; i < rawlen - 1; i++)
                if (raw[i] != '\r')
                    sb_append(&b, raw + i, 1);
        } else if (rawlen >= 2) {
            const char *p = raw + 1, *end = raw + rawlen - 1;
            while (p < end) {
                unsigned long r;
                bool is_byte;
                decode_char(&p, end, &b, &r, &is_byte);
            }
        }
        ConstValue *v = cv_make_string(c, b.data ? b.data : "", b.len);
        sb_free(&b);
        return v;
    }
    case LIT_IMAG:
        break;
    }
    return NULL;
}

/* ---- printing (go/constant's String) ---------------------------------------- */

static void quote_go(StrBuf *b, const char *s, size_t len)
{
    sb_puts(b, "\"");
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        unsigned char ch = *p;
        if (ch < 0x80) {
            switch (ch) {
            case '\a': sb_puts(b, "\\a"); break;
            case '\b': sb_puts(b, "\\b"); break;
            case '\f': sb_puts(b, "\\f"); break;
            case '\n': sb_puts(b, "\\n"); break;
            case '\r': sb_puts(b, "\\r"); break;
            case '\t': sb_puts(b, "\\t"); break;
            case '\v': sb_puts(b, "\\v"); break;
            case '\\': sb_puts(b, "\\\\"); break;
            case '"': sb_puts(b, "\\\""); break;
            default:
                if (ch < 0x20 || ch == 0x7f)
                    sb_printf(b, "\\x%02x", ch);
                else
                    sb_append(b, (const char *)p, 1);
            }
            p++;
            continue;
        }
        unsigned long r;
        int n = utf8_get(p, end, &r);
        if (r == 0xFFFD && n == 1)
            sb_printf(b, "\\x%02x", ch);
        else
            sb_append(b, (const char *)p, (size_t)n);
        p += n;
    }
    sb_puts(b, "\"");
}

static size_t rune_count(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            n++;
    return n;
}

const char *cv_string(Arena *a, const ConstValue *v)
{
    switch (v->kind) {
    case CV_UNKNOWN:
        return "unknown";
    case CV_BOOL:
        return v->b ? "true" : "false";
    case CV_STRING: {
        StrBuf b = {0};
        quote_go(&b, v->str, v->len);
        if (rune_count(b.data, b.len) > 72) {
            size_t i = 0;
            for (int n = 0; n < 69; n++) {
                i++;
                while (i < b.len && ((unsigned char)b.data[i] & 0xC0) == 0x80)
                    i++;
            }
            b.len = i;
            b.data[i] = 0;
            sb_puts(&b, "...");
        }
        const char *s = arena_strndup(a, b.data, b.len);
        sb_free(&b);
        return s;
    }
    case CV_INT: {
        mpz_t tmp;
        mpz_srcptr z = ro_num(v, tmp);
        size_t n = mpz_sizeinbase(z, 10) + 2;
        char *s = arena_alloc(a, n);
        mpz_get_str(s, 10, z);
        return s;
    }
    case CV_FLOAT: {
        double d = cv_float64(v);
        if ((v->zsize == 0) == (d == 0) && !isinf(d)) {
            char buf[64];
            snprintf(buf, sizeof buf, "%.6g", d);
            return arena_strdup(a, buf);
        }
        /* out of float64 range: approximate mantissa and decimal exponent */
        mpz_t tn, td;
        mpz_srcptr num = ro_num(v, tn);
        long e2n, e2d = -v->exp2; /* a big float: num * 2^exp2 */
        double mn = mpz_get_d_2exp(&e2n, num), md = 1;
        if (!is_big(v))
            md = mpz_get_d_2exp(&e2d, mpz_roinit_n(td, (const mp_limb_t *)v->dlimbs, v->dsize));
        double mant = mn / md;
        long exp2 = e2n - e2d;
        double dd = (double)exp2 * (log(2) / log(10));
        long e = (long)dd;
        double m = mant * pow(10, dd - (double)e);
        double am = fabs(m);
        if (am < 1 - 0.5e-6) {
            m *= 10;
            e--;
        } else if (am >= 10) {
            m /= 10;
            e++;
        }
        char buf[96];
        snprintf(buf, sizeof buf, "%.6g", m);
        if (strcmp(buf, "10") == 0 || strcmp(buf, "-10") == 0) { /* rounding reached 10 */
            m /= 10;
            e++;
        }
        snprintf(buf, sizeof buf, "%.6ge%+ld", m, e);
        return arena_strdup(a, buf);
    }
    }
    return "?";
}
