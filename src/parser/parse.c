/*
 * parse.c — parse_file: runs the flex scanner and the bison parser over one
 * source buffer and returns its N_FILE.
 *
 * Two passes, the second only for broken files. Bison parses the file
 * into the tree, reporting into a private Diag. If it found no syntax
 * error, its messages (lexical errors, gc's accept-but-complain checks,
 * "minigo: X is not supported") are passed on. If it did, it stopped at
 * the first one, and the file is read again by the error-path parser
 * (rd.h), a port of gc's recursive-descent parser whose messages — the
 * first error and every follow-on one, with gc's recovery — replace the
 * first pass's. The scanner state (Lexer) and the parser state (Parser)
 * live on this function's stack; the tree is in the caller's arena.
 * Declarations are added to the N_FILE as they are reduced, so a parse
 * that stops early returns everything before the point where it stopped.
 */
#include "syntax.h"

#include <limits.h>

#include "go.tab.h"
#include "lex.yy.h"

/* A Diag that only collects: no limit, never printed. */
static void private_diag(Diag *d)
{
    diag_init(d);
    d->max_errors = 0;
}

/* Pass src's messages on to d, in the order they arrived. */
static void replay(Diag *d, const Diag *src)
{
    for (int i = 0; i < src->errors.len; i++)
        diag_error(d, src->errors.items[i].pos, "%s", src->errors.items[i].text);
}

Node *parse_file(AstContext *c, Diag *d, const char *path, const char *src, size_t len)
{
    if (len > INT_MAX) {
        diag_error(d, pos_make(path, 1, 1), "file too large");
        return NULL;
    }
    Diag first;
    private_diag(&first);
    Lexer lex;
    lex_init(&lex, path, src, len, &first, c->arena, c->names, PARSE_MAX_NEST);
    Parser p = {0};
    p.c = c;
    p.d = &first;
    p.lex = &lex;
    p.file = ast_new(c, N_FILE, pos_make(path, 1, 1));

    yyscan_t scanner;
    if (yylex_init_extra(&lex, &scanner) != 0)
        diag_fatal("parser", "cannot create the scanner");
    YY_BUFFER_STATE buf = yy_scan_bytes(src, (int)len, scanner);
    p.scanner = scanner;
    yyparse(scanner, &p);
    yy_delete_buffer(buf, scanner);
    yylex_destroy(scanner);
    lex_free(&lex);

    if (p.rejected || p.nsyntax > 0) {
        Diag second;
        private_diag(&second);
        rd_parse(c, &second, path, src, len);
        /* nothing found: a construct the grammar rejects and gc accepts;
         * bison's message stands */
        replay(d, second.nerrors > 0 ? &second : &first);
        diag_free(&second);
    } else {
        replay(d, &first);
    }
    diag_free(&first);

    if (!p.file->u.file.package)
        return NULL; /* no package clause: nothing to check */
    return p.file;
}
