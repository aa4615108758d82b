/*
 * rtfuncs.h — the runtime entry points the SSA calls, by Go's names (the
 * C runtime exports the same symbols: runtime/minigort.h). One table, like
 * gc's typecheck/_builtin/runtime.go, so the SSA names a call precisely and
 * the code generator can map each name to its C signature.
 *
 *   RT(ident, "symbol", effect)
 *
 * effect  RT_PURE   reads no mutable memory: called without a mem argument;
 *         RT_READ   takes mem, yields no new memory state (allocation,
 *                   lookups: nothing the program can observe changes);
 *         RT_WRITE  takes mem and yields the new memory state.
 */

/* clang-format off */
#define SSA_RUNTIME_FUNCS(RT)                                   \
    /* allocation */                                            \
    RT(newobject,          "runtime.newobject",          RT_READ)  \
    RT(makeslice,          "runtime.makeslice",          RT_READ)  \
    RT(growslice,          "runtime.growslice",          RT_READ)  \
    RT(makemap_small,      "runtime.makemap_small",      RT_READ)  \
    RT(makemap,            "runtime.makemap",            RT_READ)  \
    /* maps */                                                  \
    RT(mapaccess1,         "runtime.mapaccess1",         RT_READ)  \
    RT(mapaccess1_fast32,  "runtime.mapaccess1_fast32",  RT_READ)  \
    RT(mapaccess1_fast64,  "runtime.mapaccess1_fast64",  RT_READ)  \
    RT(mapaccess1_faststr, "runtime.mapaccess1_faststr", RT_READ)  \
    RT(mapaccess1_fat,     "runtime.mapaccess1_fat",     RT_READ)  \
    RT(mapaccess2,         "runtime.mapaccess2",         RT_READ)  \
    RT(mapaccess2_fast32,  "runtime.mapaccess2_fast32",  RT_READ)  \
    RT(mapaccess2_fast64,  "runtime.mapaccess2_fast64",  RT_READ)  \
    RT(mapaccess2_faststr, "runtime.mapaccess2_faststr", RT_READ)  \
    RT(mapaccess2_fat,     "runtime.mapaccess2_fat",     RT_READ)  \
    RT(mapassign,          "runtime.mapassign",          RT_WRITE) \
    RT(mapassign_fast32,   "runtime.mapassign_fast32",   RT_WRITE) \
    RT(mapassign_fast64,   "runtime.mapassign_fast64",   RT_WRITE) \
    RT(mapassign_fast64ptr,"runtime.mapassign_fast64ptr",RT_WRITE) \
    RT(mapassign_faststr,  "runtime.mapassign_faststr",  RT_WRITE) \
    RT(mapdelete,          "runtime.mapdelete",          RT_WRITE) \
    RT(mapdelete_fast32,   "runtime.mapdelete_fast32",   RT_WRITE) \
    RT(mapdelete_fast64,   "runtime.mapdelete_fast64",   RT_WRITE) \
    RT(mapdelete_faststr,  "runtime.mapdelete_faststr",  RT_WRITE) \
    RT(mapclear,           "runtime.mapclear",           RT_WRITE) \
    RT(mapiterinit,        "runtime.mapiterinit",        RT_WRITE) \
    RT(mapiternext,        "runtime.mapiternext",        RT_WRITE) \
    /* strings */                                               \
    RT(concatstring2,      "runtime.concatstring2",      RT_READ)  \
    RT(concatstrings,      "runtime.concatstrings",      RT_READ)  \
    RT(slicebytetostring,  "runtime.slicebytetostring",  RT_READ)  \
    RT(slicerunetostring,  "runtime.slicerunetostring",  RT_READ)  \
    RT(stringtoslicebyte,  "runtime.stringtoslicebyte",  RT_READ)  \
    RT(stringtoslicerune,  "runtime.stringtoslicerune",  RT_READ)  \
    RT(intstring,          "runtime.intstring",          RT_READ)  \
    RT(decoderune,         "runtime.decoderune",         RT_PURE)  \
    RT(cmpstring,          "runtime.cmpstring",          RT_PURE)  \
    RT(strequal,           "runtime.strequal_val",       RT_PURE)  \
    RT(efaceeq,            "runtime.efaceeq",            RT_PURE)  \
    /* panics */                                                \
    RT(panicIndex,         "runtime.panicIndex",         RT_WRITE) \
    RT(panicSliceAlen,     "runtime.panicSliceAlen",     RT_WRITE) \
    RT(panicSliceAcap,     "runtime.panicSliceAcap",     RT_WRITE) \
    RT(panicSliceB,        "runtime.panicSliceB",        RT_WRITE) \
    RT(panicSlice3Alen,    "runtime.panicSlice3Alen",    RT_WRITE) \
    RT(panicSlice3Acap,    "runtime.panicSlice3Acap",    RT_WRITE) \
    RT(panicSlice3B,       "runtime.panicSlice3B",       RT_WRITE) \
    RT(panicSlice3C,       "runtime.panicSlice3C",       RT_WRITE) \
    RT(panicdivide,        "runtime.panicdivide",        RT_WRITE) \
    RT(panicshift,         "runtime.panicshift",         RT_WRITE) \
    RT(panicdottypeE,      "runtime.panicdottypeE",      RT_WRITE) \
    RT(gopanic,            "runtime.gopanic",            RT_WRITE) \
    RT(gorecover,          "runtime.gorecover",          RT_WRITE) \
    RT(deferreturn,        "runtime.deferreturn",        RT_WRITE) \
    /* print and println builtins */                            \
    RT(printlock,          "runtime.printlock",          RT_WRITE) \
    RT(printunlock,        "runtime.printunlock",        RT_WRITE) \
    RT(printbool,          "runtime.printbool",          RT_WRITE) \
    RT(printint,           "runtime.printint",           RT_WRITE) \
    RT(printuint,          "runtime.printuint",          RT_WRITE) \
    RT(printfloat,         "runtime.printfloat",         RT_WRITE) \
    RT(printstring,        "runtime.printstring",        RT_WRITE) \
    RT(printpointer,       "runtime.printpointer",       RT_WRITE) \
    RT(printeface,         "runtime.printeface",         RT_WRITE) \
    RT(printslice,         "runtime.printslice",         RT_WRITE) \
    RT(printsp,            "runtime.printsp",            RT_WRITE) \
    RT(printnl,            "runtime.printnl",            RT_WRITE)
/* clang-format on */
