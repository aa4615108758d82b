/*
 * os.c — program start-up, os.Args and os.Exit.
 *
 * runtime_main is what the generated C-level main calls: GC first (Boehm
 * must initialise before any allocation), then random seeds (or fixed ones:
 * MINIGODEBUG, debug.c), the fault
 * handlers that turn nil dereferences into panics, and os.Args; then the
 * program. Returning from main.main exits 0, as in Go.
 */
#include "rt.h"

#include <stdlib.h>

GoSlice os_Args;

void runtime_init(int argc, char **argv)
{
    G *g = getg();
    if (g->initialised) return;
    g->initialised = true;
    rt_gc_init();
    rt_seed_init(g);
    rt_debug_init(g); /* after the seeds: hashseed=N replaces them */
    rt_signals_init();
    GoString *args = rt_alloc(sizeof(GoString) * (uint64_t)(argc > 0 ? argc : 1), true);
    for (int i = 0; i < argc; i++) {
        size_t n = strlen(argv[i]);
        uint8_t *p = rt_alloc_noscan_nozero(n ? n : 1);
        memcpy(p, argv[i], n);
        args[i] = (GoString){p, (int64_t)n};
    }
    os_Args = (GoSlice){args, argc, argc};
}

int runtime_main(int argc, char **argv, void (*mainfn)(void))
{
    runtime_init(argc, argv);
    mainfn();
    exit(0);
}

void os_Exit(int64_t code) { exit((int)code); }
