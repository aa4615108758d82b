/*
 * parser.h — entry point of the front end's syntax half: source text in,
 * N_FILE tree out. The scanner (grammar/go.l) and the grammar
 * (grammar/go.y) are generated code driven from src/parser/parse.c.
 */
#ifndef MINIGO_PARSER_H
#define MINIGO_PARSER_H

#include "ast.h"

/* Deepest nesting of expressions, blocks or types the parser accepts; past
 * it the file gets one error at the offending token and parsing stops, so
 * no later (recursive) phase can overflow the C stack. */
enum { PARSE_MAX_DEPTH = 10000 };

/* Parses one file. Syntax errors (gc's wording, gc's position) and "minigo:
 * X is not supported" errors go to d; the parser recovers and continues
 * (at most d->max_errors). Returns the N_FILE node, or NULL when the file
 * could not be parsed at all. `path` is kept in every Pos (not copied). */
Node *parse_file(AstContext *c, Diag *d, const char *path, const char *src, size_t len);

#endif
