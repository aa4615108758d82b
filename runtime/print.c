/*
 * print.c — the print/println builtins, in Go's runtime format (stderr).
 *
 * Output between printlock and printunlock collects in the goroutine's
 * buffer and leaves with one write(2), so a println line is not torn.
 * Floats use Go's own printfloat algorithm (7 significant digits,
 * "+1.500000e+000"), ported operation for operation so the rounding
 * matches gc bit for bit.
 */
#include "rt.h"

#include <errno.h>
#include <unistd.h>

void rt_write_all(int fd, const void *p, int64_t n)
{
    const char *c = p;
    while (n > 0) {
        ssize_t w = write(fd, c, (size_t)n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;
        }
        c += w;
        n -= w;
    }
}

static void print_flush(G *g)
{
    rt_write_all(2, g->pbuf, g->plen);
    g->plen = 0;
}

void rt_print_bytes(const void *p, int64_t n)
{
    G *g = getg();
    if (g->printdepth == 0) {
        rt_write_all(2, p, n);
        return;
    }
    if (g->plen + n > (int64_t)sizeof g->pbuf) print_flush(g);
    if (n > (int64_t)sizeof g->pbuf) {
        rt_write_all(2, p, n);
        return;
    }
    memcpy(g->pbuf + g->plen, p, (size_t)n);
    g->plen += n;
}

void rt_print_cstr(const char *s) { rt_print_bytes(s, (int64_t)strlen(s)); }

void printlock(void) { getg()->printdepth++; }

void printunlock(void)
{
    G *g = getg();
    if (g->printdepth > 0 && --g->printdepth == 0) print_flush(g);
}

void printbool(bool v) { rt_print_cstr(v ? "true" : "false"); }

void printuint(uint64_t v)
{
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    rt_print_bytes(buf + i, (int64_t)sizeof buf - i);
}

void printint(int64_t v)
{
    if (v < 0) {
        rt_print_cstr("-");
        printuint(-(uint64_t)v);
        return;
    }
    printuint((uint64_t)v);
}

void printhex(uint64_t v)
{
    static const char dig[] = "0123456789abcdef";
    char buf[24];
    int i = sizeof buf;
    do {
        buf[--i] = dig[v % 16];
        v /= 16;
    } while (v);
    buf[--i] = 'x';
    buf[--i] = '0';
    rt_print_bytes(buf + i, (int64_t)sizeof buf - i);
}

void printpointer(const void *p) { printhex((uint64_t)(uintptr_t)p); }

void printfloat(double v)
{
    if (v != v) {
        rt_print_cstr("NaN");
        return;
    }
    if (v + v == v && v > 0) {
        rt_print_cstr("+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        rt_print_cstr("-Inf");
        return;
    }
    enum { N = 7 }; /* digits printed */
    char buf[N + 7];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < N; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < N; i++) {
        int s = (int)v;
        buf[i + 2] = (char)(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[N + 2] = 'e';
    buf[N + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[N + 3] = '-';
    }
    buf[N + 4] = (char)(e / 100 + '0');
    buf[N + 5] = (char)((e / 10) % 10 + '0');
    buf[N + 6] = (char)(e % 10 + '0');
    rt_print_bytes(buf, sizeof buf);
}

void printstring(GoString s) { rt_print_bytes(s.ptr, s.len); }

void printeface(GoEface e)
{
    rt_print_cstr("(");
    printpointer(e.type);
    rt_print_cstr(",");
    printpointer(e.data);
    rt_print_cstr(")");
}

void printslice(const GoSlice *s)
{
    rt_print_cstr("[");
    printint(s->len);
    rt_print_cstr("/");
    printint(s->cap);
    rt_print_cstr("]");
    printpointer(s->ptr);
}

void printsp(void) { rt_print_cstr(" "); }
void printnl(void) { rt_print_cstr("\n"); }
