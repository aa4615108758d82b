/*
 * codegen.h — the code generator's entry points: LLVM IR from the SSA of a
 * checked package (LLVM 19 through llvm-c only), object emission with the
 * host target machine, and linking with cc against the C runtime.
 *
 * The command (src/main.c) calls one of these after type checking; escape
 * decisions (src/escape) are optional: without them every allocation site
 * that might escape goes to the heap.
 */
#ifndef MINIGO_CODEGEN_H
#define MINIGO_CODEGEN_H

#include <stdbool.h>
#include <stdio.h>

#include "../common/common.h"
#include "../types/types.h"

struct EscResult;

typedef struct CodegenOptions {
    int opt;                     /* 0: -N / -O0 (no LLVM passes), 2: default<O2> */
    bool keep_vars;              /* -N: every named variable in a stack slot (or on the heap),
                                    described for gdb at every line, as gc's -N does */
    const struct EscResult *esc; /* escape decisions, or NULL (heap for all that may escape) */
    const char *output;          /* build: executable path ("a.out"-like default chosen by the caller) */
    bool asm_out;                /* build -S: print the native assembly to stdout */
    bool keep_temps;             /* debugging: keep the object file */
    bool verify_escape;          /* build -verify-escape: check every decision against the IR */
    bool verify_verbose;         /* -v: a one-line summary of that check */
    int *escape_mismatches;      /* -verify-escape: set to the number of mismatches */
} CodegenOptions;

/* Prints the module's LLVM IR (after the optimisation level in opts) to out.
 * Returns 0, or 2 on an internal error (message on stderr). */
int codegen_print_ir(Package *pkg, Arena *arena, const CodegenOptions *opts, FILE *out);

/* Compiles to an object and links opts->output (or prints assembly with
 * asm_out). Returns 0 on success. */
int codegen_build(Package *pkg, Arena *arena, const CodegenOptions *opts);

/* minigo run: builds into a temporary directory, runs the executable with
 * args, removes the directory; returns the program's exit status (a signal
 * becomes 128+N as a shell reports it). */
int codegen_run(Package *pkg, Arena *arena, const CodegenOptions *opts, char **args, int nargs);

#endif
