/*
 * parse.c — parse_file: runs the flex scanner and the bison parser over one
 * source buffer and returns its N_FILE.
 *
 * The scanner state (Lexer) and the parser state (Parser) live on this
 * function's stack for the duration of the parse; the tree they build is
 * in the caller's arena. Declarations are added to the N_FILE as they are
 * reduced, so even a parse that stops early (too many errors, nesting too
 * deep) returns everything before the point where it stopped.
 */
#include "syntax.h"

#include <limits.h>

#include "go.tab.h"
#include "lex.yy.h"

Node *parse_file(AstContext *c, Diag *d, const char *path, const char *src, size_t len)
{
    if (len > INT_MAX) {
        diag_error(d, pos_make(path, 1, 1), "file too large");
        return NULL;
    }
    Lexer lex;
    lex_init(&lex, path, src, len, d, c->arena, c->names, PARSE_MAX_DEPTH);
    Parser p = {0};
    p.c = c;
    p.d = d;
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

    if (!p.file->u.file.package)
        return NULL; /* no package clause: nothing to check */
    return p.file;
}
