/*
 * svg.c — DOT text to inline SVG with Graphviz: `dot -Tsvg`, the DOT on
 * its stdin, the SVG read from its stdout.
 *
 * Both directions are driven by one poll loop, so a graph bigger than a
 * pipe buffer cannot deadlock us against dot. Its stdin is one end of a
 * socket pair rather than a pipe so that writing after dot died gives
 * EPIPE (send with MSG_NOSIGNAL) instead of a SIGPIPE that would end the
 * compiler. A dot that takes longer than DOT_TIMEOUT_MS is killed.
 */
#include "page.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

enum { DOT_TIMEOUT_MS = 30000, MAX_DOT_BYTES = 4 << 20 };

static long now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Starts dot with *in (write end, a socket) and *out (read end, a pipe). */
static int spawn_dot(pid_t *pid, int *in, int *out)
{
    int sv[2], pv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return errno;
    if (pipe2(pv, O_CLOEXEC) != 0) {
        int e = errno;
        close(sv[0]);
        close(sv[1]);
        return e;
    }
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, sv[1], 0);
    posix_spawn_file_actions_adddup2(&fa, pv[1], 1);
    char *argv[] = {"dot", "-Tsvg", NULL};
    int rc = posix_spawnp(pid, "dot", &fa, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&fa);
    close(sv[1]);
    close(pv[1]);
    if (rc != 0) {
        close(sv[0]);
        close(pv[0]);
        return rc;
    }
    shutdown(sv[0], SHUT_RD);
    *in = sv[0];
    *out = pv[0];
    return 0;
}

/* Feeds text to in while draining out into svg; false on timeout. */
static bool exchange(int in, int out, const char *text, StrBuf *svg)
{
    size_t len = strlen(text), off = 0;
    long deadline = now_ms() + DOT_TIMEOUT_MS;
    fcntl(in, F_SETFL, fcntl(in, F_GETFL) | O_NONBLOCK);
    if (len == 0) {
        close(in);
        in = -1;
    }
    for (;;) {
        struct pollfd p[2] = {{out, POLLIN, 0}, {in, POLLOUT, 0}};
        long left = deadline - now_ms();
        if (left <= 0) {
            if (in >= 0)
                close(in);
            return false;
        }
        if (poll(p, in >= 0 ? 2 : 1, (int)left) < 0 && errno != EINTR) {
            if (in >= 0)
                close(in);
            return false;
        }
        if (in >= 0 && (p[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
            ssize_t n = send(in, text + off, len - off, MSG_NOSIGNAL);
            if (n > 0)
                off += (size_t)n;
            if ((n < 0 && errno != EAGAIN && errno != EINTR) || off == len) {
                close(in); /* done, or dot stopped reading */
                in = -1;
            }
        }
        if (p[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            char buf[8192];
            ssize_t n = read(out, buf, sizeof buf);
            if (n == 0)
                break;
            if (n > 0)
                sb_append(svg, buf, (size_t)n);
            else if (errno != EINTR && errno != EAGAIN)
                break;
        }
    }
    if (in >= 0)
        close(in);
    return true;
}

char *svg_from_dot(const char *dot_text, const char **why)
{
    *why = NULL;
    if (strlen(dot_text) > MAX_DOT_BYTES) {
        *why = "the graph is too large to draw";
        return NULL;
    }
    pid_t pid;
    int in = -1, out = -1;
    int rc = spawn_dot(&pid, &in, &out);
    if (rc != 0) {
        *why = rc == ENOENT ? "Graphviz `dot` was not found on PATH (install graphviz: tools/deps.sh)"
                            : "could not start Graphviz `dot`";
        return NULL;
    }
    StrBuf svg = {0};
    bool done = exchange(in, out, dot_text, &svg);
    close(out);
    if (!done)
        kill(pid, SIGKILL);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (!done || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        *why = !done ? "Graphviz `dot` took too long and was stopped"
               : WIFEXITED(status) && WEXITSTATUS(status) == 127 ? "Graphviz `dot` was not found (install graphviz: tools/deps.sh)"
                                                                 : "Graphviz `dot` failed on this graph";
        sb_free(&svg);
        return NULL;
    }
    const char *start = svg.data ? strstr(svg.data, "<svg") : NULL;
    if (!start) {
        *why = "Graphviz `dot` printed no SVG";
        sb_free(&svg);
        return NULL;
    }
    size_t n = svg.len - (size_t)(start - svg.data);
    char *res = xmalloc(n + 1);
    memcpy(res, start, n);
    res[n] = 0;
    sb_free(&svg);
    return res;
}
