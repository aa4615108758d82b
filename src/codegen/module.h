/*
 * module.h — a finished LLVM module with its target machine (module.c),
 * for link.c to emit and link.
 */
#ifndef MINIGO_CODEGEN_MODULE_H
#define MINIGO_CODEGEN_MODULE_H

#include <llvm-c/TargetMachine.h>

#include "gen.h"

typedef struct GenModule {
    Gen g;
    LLVMTargetMachineRef tm;
} GenModule;

/* Builds, verifies and optimises (opts->opt) the program; NULL after an
 * internal error (already reported). */
GenModule *gen_module_new(Package *pkg, Arena *arena, const CodegenOptions *opts);
void gen_module_free(GenModule *m);

#endif
