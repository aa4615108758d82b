/*
 * types.c — the predeclared type descriptors and the runtime's own error
 * types (runtime.errorString, runtime.plainError, runtime.boundsError,
 * *runtime.TypeAssertionError), whose values are what recover() returns
 * after a runtime panic.
 *
 * These descriptors are immutable singletons. A runtime error value is a
 * GoString holding the message; its Error method adds Go's "runtime error: "
 * prefix where gc's does.
 */
#include "rt.h"

#define REG GO_TFLAG_REGULAR_MEMORY
#define BASIC(cname, K, SZ, TF, NAME) \
    const GoType cname = {.size = SZ, .kind = K, .align = SZ, .tflag = TF, .name = GOSTR(NAME)};

BASIC(go_type_bool, GO_BOOL, 1, REG, "bool")
BASIC(go_type_int, GO_INT, 8, REG, "int")
BASIC(go_type_int8, GO_INT8, 1, REG, "int8")
BASIC(go_type_int16, GO_INT16, 2, REG, "int16")
BASIC(go_type_int32, GO_INT32, 4, REG, "int32")
BASIC(go_type_int64, GO_INT64, 8, REG, "int64")
BASIC(go_type_uint, GO_UINT, 8, REG, "uint")
BASIC(go_type_uint8, GO_UINT8, 1, REG, "uint8")
BASIC(go_type_uint16, GO_UINT16, 2, REG, "uint16")
BASIC(go_type_uint32, GO_UINT32, 4, REG, "uint32")
BASIC(go_type_uint64, GO_UINT64, 8, REG, "uint64")
BASIC(go_type_uintptr, GO_UINTPTR, 8, REG, "uintptr")
BASIC(go_type_float32, GO_FLOAT32, 4, 0, "float32")
BASIC(go_type_float64, GO_FLOAT64, 8, 0, "float64")

const GoType go_type_string = {
    .size = 16, .ptrdata = 8, .kind = GO_STRING, .align = 8,
    .equal = strequal, .hash = strhash, .name = GOSTR("string"),
};
const GoType go_type_eface = {
    .size = 16, .ptrdata = 16, .kind = GO_INTERFACE, .align = 8, .name = GOSTR("interface {}"),
};

/* ---- runtime error types ------------------------------------------------ */

static GoString error_with_prefix(void *recv)
{
    GoString parts[2] = {GOSTR("runtime error: "), *(GoString *)recv};
    return concatstrings(2, parts);
}

static GoString error_plain(void *recv) { return *(GoString *)recv; }

#define ERRTYPE(cname, NAME, METHOD)                                                     \
    const GoType cname = {                                                               \
        .size = 16, .ptrdata = 8, .kind = GO_STRING, .align = 8, .tflag = GO_TFLAG_NAMED, \
        .equal = strequal, .hash = strhash, .name = GOSTR(NAME), .error_method = METHOD,  \
    };

ERRTYPE(rt_type_errorString, "runtime.errorString", error_with_prefix)
ERRTYPE(rt_type_plainError, "runtime.plainError", error_plain)
ERRTYPE(rt_type_boundsError, "runtime.boundsError", error_with_prefix)
ERRTYPE(rt_type_typeAssertionError, "*runtime.TypeAssertionError", error_plain)

/* The layouts minigort.h promises the code generator. */
_Static_assert(sizeof(GoField) == 40, "GoField layout");
_Static_assert(sizeof(GoType) == 120 && offsetof(GoType, name) == 40 && offsetof(GoType, ptrto) == 112,
               "GoType layout");
_Static_assert(sizeof(MapType) == 136 && offsetof(MapType, flags) == 132, "MapType layout");
_Static_assert(sizeof(hmap) == 48 && sizeof(hiter) == 96, "hmap/hiter layout");
_Static_assert(sizeof(GoFrame) == 216, "GoFrame layout");
