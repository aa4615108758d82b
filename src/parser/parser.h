/*
 * parser.h — entry point of the front end's syntax half: source text in,
 * N_FILE tree out. The scanner (grammar/go.l) and the grammar
 * (grammar/go.y) are generated code driven from src/parser/parse.c.
 */
#ifndef MINIGO_PARSER_H
#define MINIGO_PARSER_H

#include "ast.h"

/* Two bounds keep every later, recursive phase within its stack; past
 * either the file gets one "exceeded max nesting depth" at the offending
 * token and parsing stops.
 *   PARSE_MAX_NEST   open ( [ { at once (the scanner counts them): true
 *                    nesting, bounded as go/parser bounds it.
 *   PARSE_MAX_DEPTH  height of the tree. gc has no such bound: it accepts
 *                    `1 + 1 + ... + 1` with 100,000 terms, a left-deep
 *                    chain 100,000 nodes high. minigo's own front end and
 *                    the SSA builder survive such a chain on the compiler
 *                    thread's 1 GiB stack (checked with ASan as well), but
 *                    the SSA builder silently replaces what is below its
 *                    own depth guard (20,000) with a zero value, and escape
 *                    analysis spells every subexpression of the chain
 *                    (24 GB for 100,000 string terms). Until they take deep
 *                    chains, the height stays bounded here. */
enum { PARSE_MAX_NEST = 10000, PARSE_MAX_DEPTH = 10000 };

/* Parses one file. Syntax errors (gc's wording, gc's position) and "minigo:
 * X is not supported" errors go to d; the parser recovers and continues
 * (at most d->max_errors). Returns the N_FILE node, or NULL when the file
 * could not be parsed at all. `path` is kept in every Pos (not copied). */
Node *parse_file(AstContext *c, Diag *d, const char *path, const char *src, size_t len);

#endif
