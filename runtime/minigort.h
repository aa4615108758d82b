/*
 * minigort.h — the one public header of minigo's C runtime (libminigort.a).
 *
 * The code generator calls these entry points from LLVM IR; C tests and the
 * benchmarks call them from C. Everything here is plain C with a fixed
 * x86-64 SysV layout, so each signature below also says how it looks in IR.
 *
 * ABI conventions (x86-64 SysV):
 *   GoString  {ptr, i64}        by value = TWO scalar arguments (ptr, i64);
 *                                returned in RAX:RDX as IR type {ptr, i64}.
 *   GoSlice   {ptr, i64, i64}   never passed by value here: entry points take
 *                                (ptr, len) words or a GoSlice* to update.
 *   map       hmap*             nil map = NULL.
 *   any       GoEface {type, data}: by value = two scalar arguments.
 *                                data holds the value itself when the type is
 *                                pointer-shaped (GO_KIND_DIRECT_IFACE: pointers,
 *                                maps, funcs); otherwise data points to an
 *                                immutable copy of the value (codegen boxes it
 *                                with runtime.newobject, or points at constant
 *                                data). A nil `any` is {NULL, NULL}.
 *   bool      i8 (0/1) in C; IR `zeroext i1` or i8 both work.
 *   int       int64_t (i64).
 *
 * Symbols carry Go's names through asm labels (runtime.mapassign_faststr,
 * fmt.Println, strconv.Itoa, os.Exit), so `b runtime.mapassign_faststr` works
 * in gdb; in IR declare them with those names (quoted: @"runtime.makemap").
 *
 * Nothing in here knows about the compiler; the compiler knows the runtime
 * only through the names and signatures documented in this file.
 */
#ifndef MINIGO_RUNTIME_H
#define MINIGO_RUNTIME_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define GO_SYM(name) __asm__(name)

/* ======================================================================
 * Basic value layouts
 * ====================================================================== */

typedef struct GoString {
    const uint8_t *ptr;
    int64_t len;
} GoString;

typedef struct GoSlice {
    void *ptr;
    int64_t len;
    int64_t cap;
} GoSlice;

typedef struct GoType GoType;

typedef struct GoEface {
    const GoType *type; /* NULL for a nil interface */
    void *data;         /* see "any" above */
} GoEface;

/* A string literal as a GoString (for C callers). */
#define GOSTR(lit) ((GoString){(const uint8_t *)(lit), (int64_t)sizeof(lit) - 1})

/* ======================================================================
 * Type descriptors
 *
 * One GoType per type of the program, emitted by the code generator as
 * constant data (one descriptor per distinct type: `any` equality and type
 * switches compare descriptor pointers). Modelled on Go's runtime/type.go
 * `_type`, flattened into one struct: the per-kind fields that do not apply
 * are zero. A map type's descriptor is the `typ` member of a MapType.
 * ====================================================================== */

/* reflect.Kind numbering, as Go's runtime uses it. */
enum GoKind {
    GO_INVALID, GO_BOOL, GO_INT, GO_INT8, GO_INT16, GO_INT32, GO_INT64,
    GO_UINT, GO_UINT8, GO_UINT16, GO_UINT32, GO_UINT64, GO_UINTPTR,
    GO_FLOAT32, GO_FLOAT64, GO_COMPLEX64, GO_COMPLEX128,
    GO_ARRAY, GO_CHAN, GO_FUNC, GO_INTERFACE, GO_MAP, GO_POINTER, GO_SLICE,
    GO_STRING, GO_STRUCT, GO_UNSAFEPOINTER,
};
#define GO_KIND_MASK 0x1f
#define GO_KIND_DIRECT_IFACE 0x20 /* value stored directly in GoEface.data */

/* GoType.tflag bits. */
enum {
    GO_TFLAG_NAMED = 1,          /* a defined type: name is "main.T" */
    GO_TFLAG_REGULAR_MEMORY = 2, /* == is memcmp over size bytes, hash is
                                    memhash: no floats, strings, interfaces,
                                    padding */
};

/* As LLVM types (x86-64), for the code generator's constant data:
 *   GoField  = { {ptr, i64} name, ptr type, i64 offset, i8 embedded,
 *                i8 exported, [6 x i8] }                          40 bytes
 *   GoType   = { i64 size, i64 ptrdata, i8 kind, i8 align, i8 tflag,
 *                [5 x i8], ptr equal, ptr hash, {ptr, i64} name,
 *                ptr elem, ptr key, i64 len, ptr fields, i64 nfields,
 *                ptr string_method, ptr error_method, ptr ptrto } 120 bytes
 *   MapType  = { GoType typ, ptr hasher, i8 keysize, i8 elemsize,
 *                i16 bucketsize, i32 flags }                     136 bytes
 *   hmap 48 bytes, hiter 96 bytes, GoFrame 216 bytes (types.c checks). */
typedef struct GoField {
    GoString name;       /* "X"; for an embedded field the type's bare name */
    const GoType *type;
    uint64_t offset;
    uint8_t embedded;    /* 1 for an embedded field */
    uint8_t exported;    /* 1 if name starts with an upper-case letter:
                            fmt calls String()/Error() only through exported
                            fields, as reflect's CanInterface demands */
} GoField;

/* A method as fmt needs it: called with a pointer to a value of the
 * descriptor's own type (for descriptor *T: a pointer to the *T variable).
 * Codegen emits a small wrapper per method in the type's method set:
 *   value receiver  func (T) String():  wrapper(p) = T.String(*p)
 *   on *T's descriptor (method set of *T includes T's value methods):
 *                   wrapper(p) = T.String(**p)  or (*T).String(*p)
 * A value-receiver method appears in both T's and *T's descriptor; a
 * pointer-receiver method only in *T's, exactly as Go's method sets. */
typedef GoString (*GoStringMethod)(void *recv);

struct GoType {
    uint64_t size;
    uint64_t ptrdata;   /* bytes of prefix that may hold pointers; 0 means
                           pointer-free (allocated atomic, never scanned) */
    uint8_t kind;       /* enum GoKind | GO_KIND_DIRECT_IFACE */
    uint8_t align;
    uint8_t tflag;      /* GO_TFLAG_* */
    uint8_t _pad[5];
    /* Equality and hashing. Either may be NULL: the runtime then derives
     * them from the descriptor (memory compare for REGULAR_MEMORY, else
     * field/element-wise by kind). A non-comparable type (slice, map, func,
     * or containing one) panics when compared or hashed through `any`. */
    bool (*equal)(const void *a, const void *b);
    uint64_t (*hash)(const void *p, uint64_t seed);
    GoString name;             /* as %T prints it: "int", "main.T",
                                  "map[string]int", "[]*main.T",
                                  "interface {}", "func(int) string" */
    const GoType *elem;        /* Pointer, Slice, Array, Map (value type) */
    const GoType *key;         /* Map */
    int64_t len;               /* Array */
    const GoField *fields;     /* Struct */
    int64_t nfields;
    GoStringMethod string_method; /* String() string in the method set */
    GoStringMethod error_method;  /* Error() string in the method set */
    const GoType *ptrto;          /* descriptor of *T, or NULL */
};

/* MapType flag bits (Go's maptype.flags). */
enum {
    MAPTYPE_INDIRECT_KEY = 1,     /* key stored as pointer (size > 128) */
    MAPTYPE_INDIRECT_ELEM = 2,    /* elem stored as pointer (size > 128) */
    MAPTYPE_REFLEXIVE_KEY = 4,    /* k == k for every key (no floats/any) */
    MAPTYPE_NEED_KEY_UPDATE = 8,  /* overwrite key on update (+0/-0, strings) */
    MAPTYPE_HASH_MIGHT_PANIC = 16,/* key contains an interface */
};

/* Go's maptype. Bucket layout (8 slots):
 *   uint8 tophash[8]; key keys[8]; elem elems[8]; bucket *overflow
 * keysize = key size, or 8 if key size > 128 (indirect); same for elemsize;
 * bucketsize = 8 + 8*keysize + 8*elemsize + 8 (always a multiple of 8 in
 * the subset, whose types have alignment <= 8). */
typedef struct MapType {
    GoType typ;      /* kind GO_MAP; typ.key and typ.elem are K and V */
    uint64_t (*hasher)(const void *key, uint64_t seed); /* NULL: derived */
    uint8_t keysize;
    uint8_t elemsize;
    uint16_t bucketsize;
    uint32_t flags;  /* MAPTYPE_* */
} MapType;

#define GO_MAX_KEY_SIZE 128
#define GO_MAX_ELEM_SIZE 128

/* Fill keysize, elemsize, bucketsize and flags of *t from t->typ.key and
 * t->typ.elem (which must be set); the formulas the code generator uses too. */
void maptype_layout(MapType *t) GO_SYM("runtime.maptype_layout");

/* Predeclared descriptors, immutable; codegen may reference them instead of
 * emitting its own for these types (they must then be the only ones). */
extern const GoType go_type_bool GO_SYM("type.bool");
extern const GoType go_type_int GO_SYM("type.int");
extern const GoType go_type_int8 GO_SYM("type.int8");
extern const GoType go_type_int16 GO_SYM("type.int16");
extern const GoType go_type_int32 GO_SYM("type.int32");
extern const GoType go_type_int64 GO_SYM("type.int64");
extern const GoType go_type_uint GO_SYM("type.uint");
extern const GoType go_type_uint8 GO_SYM("type.uint8");
extern const GoType go_type_uint16 GO_SYM("type.uint16");
extern const GoType go_type_uint32 GO_SYM("type.uint32");
extern const GoType go_type_uint64 GO_SYM("type.uint64");
extern const GoType go_type_uintptr GO_SYM("type.uintptr");
extern const GoType go_type_float32 GO_SYM("type.float32");
extern const GoType go_type_float64 GO_SYM("type.float64");
extern const GoType go_type_string GO_SYM("type.string");
extern const GoType go_type_eface GO_SYM("type.eface"); /* interface {} */

/* Equality and hashing by descriptor (what maps and `any ==` use). */
bool typeequal(const GoType *t, const void *a, const void *b) GO_SYM("runtime.typeequal");
uint64_t typehash(const GoType *t, const void *p, uint64_t seed) GO_SYM("runtime.typehash");
/* any == any: IR (ptr, ptr, ptr, ptr) -> i1. Panics for uncomparable types. */
bool efaceeq(GoEface a, GoEface b) GO_SYM("runtime.efaceeq");
/* Ready-made hash/equal functions for descriptors. */
bool strequal(const void *a, const void *b) GO_SYM("runtime.strequal");
uint64_t strhash(const void *p, uint64_t seed) GO_SYM("runtime.strhash");
bool memequal32(const void *a, const void *b) GO_SYM("runtime.memequal32");
bool memequal64(const void *a, const void *b) GO_SYM("runtime.memequal64");
uint64_t memhash32(const void *p, uint64_t seed) GO_SYM("runtime.memhash32");
uint64_t memhash64(const void *p, uint64_t seed) GO_SYM("runtime.memhash64");
uint64_t memhash(const void *p, uint64_t seed, uint64_t size) GO_SYM("runtime.memhash");

/* ======================================================================
 * Startup, memory, os
 * ====================================================================== */

/* The C `main` that codegen emits is `return runtime_main(argc, argv, f)`
 * where f runs package initialisation then main.main. Initialises the GC,
 * random seeds, signal handlers and os.Args; exits 0 when f returns. */
int runtime_main(int argc, char **argv, void (*mainfn)(void)) GO_SYM("runtime.main");
/* The same set-up without running anything (C tests, benchmarks). */
void runtime_init(int argc, char **argv) GO_SYM("runtime.init");

/* Debug switches, like Go's GODEBUG: the environment variable MINIGODEBUG,
 * read once by runtime_init, holds comma-separated name=value settings
 * (unknown names are ignored; details in debug.c):
 *   mapgrow=1    a line on stderr when a map starts growing and when its
 *                evacuation is done, e.g.
 *                  mapgrow: map[int]int B=3->4 doubling count=52 noverflow=1
 *                  mapgrow: map[int]int B=4 evacuated count=60 noverflow=0
 *                (B = log2 of the bucket count; count = len(m) at that
 *                moment, the key being inserted not yet counted; noverflow
 *                = the overflow bucket counter of the old array at the
 *                start, of the new one when done; "same-size" instead of
 *                "doubling" for a grow that compacts overflow buckets)
 *   hashseed=N   fixed hash key and fastrand state from N instead of
 *                getrandom: bucket layout, overflow counts, growth timing
 *                and map iteration order repeat exactly from run to run.
 * Example: MINIGODEBUG=mapgrow=1,hashseed=1 ./prog   (examples/05-map-growth) */

/* Zeroed, GC-scanned memory (Boehm GC, conservative). */
void *newobject(int64_t size) GO_SYM("runtime.newobject");
/* Zeroed memory for one value of t: pointer-free types go to atomic
 * (unscanned) memory. */
void *newobject_typed(const GoType *t) GO_SYM("runtime.newobject_typed");
/* The general allocator: needzero false allows unzeroed atomic memory. */
void *mallocgc(uint64_t size, bool has_pointers, bool needzero) GO_SYM("runtime.mallocgc");
/* Go's malloc size classes: the size an allocation of `size` is rounded to. */
uint64_t roundupsize(uint64_t size) GO_SYM("runtime.roundupsize");
/* Random numbers for hash seeds and iteration order (wyrand seeded from
 * getrandom at startup). */
uint32_t fastrand(void) GO_SYM("runtime.fastrand");
uint64_t fastrand64(void) GO_SYM("runtime.fastrand64");

/* os.Args is a Go global of type []string; codegen loads it from this
 * symbol. os.Exit does not run deferred calls, as in Go. */
extern GoSlice os_Args GO_SYM("os.Args");
_Noreturn void os_Exit(int64_t code) GO_SYM("os.Exit");

/* ======================================================================
 * Maps (Go 1.19's hashmap, see map.c)
 * ====================================================================== */

enum {
    MAP_BUCKET_CNT = 8,
    /* hmap.flags */
    MAP_ITERATOR = 1,       /* there may be an iterator using buckets */
    MAP_OLD_ITERATOR = 2,   /* there may be an iterator using oldbuckets */
    MAP_HASH_WRITING = 4,   /* a goroutine is writing to the map */
    MAP_SAME_SIZE_GROW = 8, /* the current map growth is to a new map of the same size */
};

/* A growable array of bucket pointers (Go's *[]*bmap). */
typedef struct MapBucketList {
    void **ptr;
    int64_t len, cap;
} MapBucketList;

typedef struct MapExtra {
    MapBucketList *overflow;    /* overflow buckets of buckets, kept only for
                                   pointer-free buckets (allocated atomic) */
    MapBucketList *oldoverflow; /* the same for oldbuckets */
    void *nextOverflow;         /* next free preallocated overflow bucket */
} MapExtra;

/* Go's hmap, field for field (48 bytes). A map value is an hmap*. */
typedef struct hmap {
    int64_t count;      /* live cells == len(map); must be first (len()) */
    uint8_t flags;
    uint8_t B;          /* log2 of # of buckets (can hold 6.5 * 2^B items) */
    uint16_t noverflow; /* approximate number of overflow buckets */
    uint32_t hash0;     /* hash seed */
    void *buckets;      /* array of 2^B buckets; NULL if count == 0 */
    void *oldbuckets;   /* previous bucket array of half the size, non-NULL
                           only when growing */
    uintptr_t nevacuate;/* progress counter: buckets below it are evacuated */
    MapExtra *extra;
} hmap;

/* Go's hiter (12 words). Codegen allocates it (zeroed is not required),
 * calls mapiterinit, then loops while it.key != NULL, calling mapiternext. */
typedef struct hiter {
    void *key;          /* NULL at the end of iteration; must be first */
    void *elem;         /* must be second */
    const MapType *t;
    hmap *h;
    void *buckets;      /* bucket array at mapiterinit time */
    void *bptr;         /* current bucket */
    MapBucketList *overflow;    /* keeps overflow buckets alive */
    MapBucketList *oldoverflow; /* keeps old overflow buckets alive */
    uintptr_t startBucket;
    uint8_t offset;     /* intra-bucket offset to start from */
    bool wrapped;       /* already wrapped around from end of bucket array */
    uint8_t B;
    uint8_t i;
    uintptr_t bucket;
    uintptr_t checkBucket;
} hiter;

/* mapaccess2's result: IR type {ptr, i64}; ok is 0 or 1. */
typedef struct MapAccess2 {
    void *elem;   /* never NULL: the zero value when absent */
    int64_t ok;
} MapAccess2;

/* make(map[K]V, hint): h may be NULL (allocate) or caller memory (zeroed,
 * with h->buckets optionally preset to a zeroed first bucket). */
hmap *makemap(const MapType *t, int64_t hint, hmap *h) GO_SYM("runtime.makemap");
/* make(map[K]V) or hint <= 8, on the heap. */
hmap *makemap_small(void) GO_SYM("runtime.makemap_small");
/* A map whose hmap and first bucket live in caller memory (the stack
 * allocation gc does for non-escaping small maps): zeroes both and seeds h.
 * bucket must be t->bucketsize bytes, 8-aligned. */
hmap *makemap_stack(const MapType *t, hmap *h, void *bucket) GO_SYM("runtime.makemap_stack");

/* Generic entry points: key points at a key value. */
void *mapaccess1(const MapType *t, hmap *h, const void *key) GO_SYM("runtime.mapaccess1");
MapAccess2 mapaccess2(const MapType *t, hmap *h, const void *key) GO_SYM("runtime.mapaccess2");
/* For elem types larger than 1024 bytes: zero points at a zero value. */
void *mapaccess1_fat(const MapType *t, hmap *h, const void *key, const void *zero) GO_SYM("runtime.mapaccess1_fat");
MapAccess2 mapaccess2_fat(const MapType *t, hmap *h, const void *key, const void *zero) GO_SYM("runtime.mapaccess2_fat");
/* Returns the elem slot to store into (panics on a nil map). */
void *mapassign(const MapType *t, hmap *h, const void *key) GO_SYM("runtime.mapassign");
void mapdelete(const MapType *t, hmap *h, const void *key) GO_SYM("runtime.mapdelete");
void mapiterinit(const MapType *t, hmap *h, hiter *it) GO_SYM("runtime.mapiterinit");
void mapiternext(hiter *it) GO_SYM("runtime.mapiternext");
void mapclear(const MapType *t, hmap *h) GO_SYM("runtime.mapclear");
/* The 64-bit hash map h uses for key (its seed mixed in): low B bits pick
 * the bucket, the top byte is the tophash. For tests and teaching. */
uint64_t maphash(const MapType *t, const hmap *h, const void *key) GO_SYM("runtime.maphash");
/* len(m) is h ? h->count : 0 (codegen may inline it). */
int64_t maplen(const hmap *h) GO_SYM("runtime.maplen");

/* Specialised variants, used by codegen when the elem size is <= 128 and
 * the key is: a string (faststr); 4 bytes of regular memory (fast32); 8
 * bytes of regular memory (fast64); a pointer (fast64ptr). Keys by value:
 *   faststr: (ptr t, ptr h, ptr key.ptr, i64 key.len)
 *   fast32:  (ptr t, ptr h, i32 key)   fast64: (ptr t, ptr h, i64 key) */
void *mapaccess1_faststr(const MapType *t, hmap *h, GoString key) GO_SYM("runtime.mapaccess1_faststr");
MapAccess2 mapaccess2_faststr(const MapType *t, hmap *h, GoString key) GO_SYM("runtime.mapaccess2_faststr");
void *mapassign_faststr(const MapType *t, hmap *h, GoString key) GO_SYM("runtime.mapassign_faststr");
void mapdelete_faststr(const MapType *t, hmap *h, GoString key) GO_SYM("runtime.mapdelete_faststr");
void *mapaccess1_fast32(const MapType *t, hmap *h, uint32_t key) GO_SYM("runtime.mapaccess1_fast32");
MapAccess2 mapaccess2_fast32(const MapType *t, hmap *h, uint32_t key) GO_SYM("runtime.mapaccess2_fast32");
void *mapassign_fast32(const MapType *t, hmap *h, uint32_t key) GO_SYM("runtime.mapassign_fast32");
void mapdelete_fast32(const MapType *t, hmap *h, uint32_t key) GO_SYM("runtime.mapdelete_fast32");
void *mapaccess1_fast64(const MapType *t, hmap *h, uint64_t key) GO_SYM("runtime.mapaccess1_fast64");
MapAccess2 mapaccess2_fast64(const MapType *t, hmap *h, uint64_t key) GO_SYM("runtime.mapaccess2_fast64");
void *mapassign_fast64(const MapType *t, hmap *h, uint64_t key) GO_SYM("runtime.mapassign_fast64");
void mapdelete_fast64(const MapType *t, hmap *h, uint64_t key) GO_SYM("runtime.mapdelete_fast64");
void *mapassign_fast64ptr(const MapType *t, hmap *h, void *key) GO_SYM("runtime.mapassign_fast64ptr");
/* Go has no access/delete _fast64ptr: pointer keys read with _fast64. */

/* ======================================================================
 * Strings
 * ====================================================================== */

/* a + b + ... in ONE allocation; parts is an array of n strings. */
GoString concatstrings(int64_t n, const GoString *parts) GO_SYM("runtime.concatstrings");
GoString concatstring2(GoString a, GoString b) GO_SYM("runtime.concatstring2");
/* -1, 0, +1 like strings.Compare; strequal_val is a == b. */
int64_t cmpstring(GoString a, GoString b) GO_SYM("runtime.cmpstring");
bool strequal_val(GoString a, GoString b) GO_SYM("runtime.strequal_val");
/* string(b) for b []byte given as (ptr, len): copies. */
GoString slicebytetostring(const uint8_t *ptr, int64_t len) GO_SYM("runtime.slicebytetostring");
/* []byte(s) and []rune(s): *out receives a new slice. */
void stringtoslicebyte(GoSlice *out, GoString s) GO_SYM("runtime.stringtoslicebyte");
void stringtoslicerune(GoSlice *out, GoString s) GO_SYM("runtime.stringtoslicerune");
/* string(r) for r []rune given as (ptr, len). */
GoString slicerunetostring(const int32_t *ptr, int64_t len) GO_SYM("runtime.slicerunetostring");
/* string(rune(v)): invalid code points give "\uFFFD". */
GoString intstring(int64_t v) GO_SYM("runtime.intstring");
/* for i, r := range s: decode the rune at byte k (k < len, s[k] >= 0x80
 * typically; ASCII may be decoded inline). IR result {i64, i64}. */
typedef struct DecodeRune {
    int64_t rune; /* 0xFFFD for an invalid encoding */
    int64_t pos;  /* index of the next rune */
} DecodeRune;
DecodeRune decoderune(GoString s, int64_t k) GO_SYM("runtime.decoderune");
/* Encode r as UTF-8 into buf (4 bytes); returns the length (Go's rules:
 * surrogates and out-of-range runes encode U+FFFD). */
int encoderune(uint8_t *buf, int32_t r) GO_SYM("runtime.encoderune");
/* strconv.Itoa. */
GoString strconv_Itoa(int64_t v) GO_SYM("strconv.Itoa");

/* ======================================================================
 * Slices
 * ====================================================================== */

/* make([]T, len, cap): returns the zeroed array (panics with Go's
 * "makeslice: len out of range" / "cap out of range"). */
void *makeslice(const GoType *et, int64_t len, int64_t cap) GO_SYM("runtime.makeslice");
/* append: grow *s so that cap >= newlen, with Go 1.19's growth formula
 * (double below 256 elements, then +25% + 192, rounded up to a size
 * class). s->len is unchanged: the caller stores the new length. */
void growslice(const GoType *et, GoSlice *s, int64_t newlen) GO_SYM("runtime.growslice");
/* copy(dst, src) for elements of `width` bytes: returns min(len) */
int64_t slicecopy(void *dst, int64_t dstlen, const void *src, int64_t srclen, int64_t width) GO_SYM("runtime.slicecopy");

/* ======================================================================
 * print / println builtins (to stderr, Go's runtime format)
 *
 * println(a, b) compiles to: printlock(); printint(a); printsp();
 * printint(b); printnl(); printunlock(). Output between lock and unlock is
 * written with one write(2).
 * ====================================================================== */

void printlock(void) GO_SYM("runtime.printlock");
void printunlock(void) GO_SYM("runtime.printunlock");
void printbool(bool v) GO_SYM("runtime.printbool");
void printint(int64_t v) GO_SYM("runtime.printint");
void printuint(uint64_t v) GO_SYM("runtime.printuint");
void printhex(uint64_t v) GO_SYM("runtime.printhex");
void printfloat(double v) GO_SYM("runtime.printfloat");   /* +1.500000e+000 */
void printstring(GoString s) GO_SYM("runtime.printstring");
void printpointer(const void *p) GO_SYM("runtime.printpointer");
void printeface(GoEface e) GO_SYM("runtime.printeface");  /* (0x..,0x..) */
void printslice(const GoSlice *s) GO_SYM("runtime.printslice"); /* [len/cap]0x.. */
void printsp(void) GO_SYM("runtime.printsp");
void printnl(void) GO_SYM("runtime.printnl");

/* ======================================================================
 * fmt and strconv (fmt.c): the args of a variadic ...any call are passed
 * as (ptr, len) of the []any: IR (ptr args, i64 nargs). The (n, err)
 * results of Println/Printf/Print: only n is returned; err is always nil.
 * ====================================================================== */

int64_t fmt_Println(const GoEface *args, int64_t nargs) GO_SYM("fmt.Println");
int64_t fmt_Print(const GoEface *args, int64_t nargs) GO_SYM("fmt.Print");
int64_t fmt_Printf(GoString format, const GoEface *args, int64_t nargs) GO_SYM("fmt.Printf");
GoString fmt_Sprintf(GoString format, const GoEface *args, int64_t nargs) GO_SYM("fmt.Sprintf");
GoString fmt_Sprint(const GoEface *args, int64_t nargs) GO_SYM("fmt.Sprint");
GoString fmt_Sprintln(const GoEface *args, int64_t nargs) GO_SYM("fmt.Sprintln");

/* ======================================================================
 * defer, panic, recover
 *
 * Every activation of a function that contains `defer` owns a GoFrame
 * (stack memory, codegen's alloca) linked into the goroutine's frame list.
 * Generated code, in C terms:
 *
 *     GoFrame fr;
 *     deferframe_push(&fr);
 *     if (_setjmp(fr.jb) != 0)        // IR: call i32 @_setjmp(ptr) returns_twice
 *         goto recovered;             // a deferred call of THIS frame recovered
 *     ...body...
 *     deferproc(&fr, fn, closure);    // `defer f(x)`: codegen packs f and
 *                                     // the evaluated arguments in a closure
 *     ...
 *   ret:                              // every return path, results stored
 *     deferreturn(&fr);               // runs remaining defers LIFO, pops fr
 *     return results;                 // (named results reloaded from memory)
 *   recovered:
 *     deferreturn(&fr);
 *     return named results as they are now (zero if never set);
 *
 * Locals live across the setjmp (named results, anything read after
 * `recovered`) must be in memory (volatile / not promoted), as C's setjmp
 * rules say; LLVM honours `returns_twice` on _setjmp.
 *
 * gopanic(v) runs the deferred calls of the innermost frame first, frame by
 * frame; a deferred call that calls gorecover() stops the panic: gopanic
 * then longjmps to that frame's jb. With no recovery it prints
 * "panic: ..." (plus " [recovered]" and nested panics as gc does),
 * "goroutine 1 [running]:", and exits with status 2.
 *
 * gorecover(own_frame, self): own_frame is the calling function's own
 * GoFrame, or NULL if it has none; self is the calling function's code. It
 * returns the panic value (nil any if none) only when called directly by
 * the deferred function a panic is running, as Go demands: gopanic notes
 * the code it calls (the defer thunk), and each generated wrapper between
 * it and the Go function (thunk, method-value and pointer-receiver
 * wrappers) passes that on with deferwrap_forward(self, callee). A helper
 * the deferred function calls, a literal it calls, and `defer recover()`
 * itself all get nil, as with gc.
 * ====================================================================== */

typedef struct GoDefer GoDefer;
typedef struct GoFrame {
    struct GoFrame *up; /* next outer frame with defers */
    GoDefer *defers;    /* pending deferred calls, most recent first */
    jmp_buf jb;         /* where a recovered panic resumes */
} GoFrame;

void deferframe_push(GoFrame *fr) GO_SYM("runtime.deferframe_push");
/* Queue fn(closure) to run when the frame returns or panics. */
void deferproc(GoFrame *fr, void (*fn)(void *closure), void *closure) GO_SYM("runtime.deferproc");
void deferreturn(GoFrame *fr) GO_SYM("runtime.deferreturn");
_Noreturn void gopanic(GoEface v) GO_SYM("runtime.gopanic");
GoEface gorecover(GoFrame *own_frame, void *self) GO_SYM("runtime.gorecover");
void deferwrap_forward(void *self, void *callee) GO_SYM("runtime.deferwrap_forward");
void deferwrap_forward_closure(void *self, void *closure) GO_SYM("runtime.deferwrap_forward_closure");

/* Runtime errors with Go's texts; all exit 2 unless recovered. */
_Noreturn void panicdivide(void) GO_SYM("runtime.panicdivide");     /* integer divide by zero */
_Noreturn void panicshift(void) GO_SYM("runtime.panicshift");       /* negative shift amount */
_Noreturn void panicmem(void) GO_SYM("runtime.panicmem");           /* nil dereference */
_Noreturn void panicnilmap(void) GO_SYM("runtime.panicnilmap");     /* assignment to entry in nil map */
/* x with length/cap y. Index: a[x] with len y; SliceAlen: a[:x] with
 * len y; SliceAcap: a[:x] cap y; SliceB: a[x:y]; Slice3Alen, Slice3Acap:
 * a[::x]; Slice3B: a[:x:y]; Slice3C: a[x:y:]. signed=0 prints x as uint. */
enum {
    BOUNDS_INDEX, BOUNDS_SLICE_ALEN, BOUNDS_SLICE_ACAP, BOUNDS_SLICE_B,
    BOUNDS_SLICE3_ALEN, BOUNDS_SLICE3_ACAP, BOUNDS_SLICE3_B, BOUNDS_SLICE3_C,
    BOUNDS_CONVERT,
};
_Noreturn void panicBounds(int64_t code, int64_t x, int64_t y, bool signed_x) GO_SYM("runtime.panicBounds");
_Noreturn void panicIndex(int64_t x, int64_t y) GO_SYM("runtime.panicIndex");
_Noreturn void panicSliceAlen(int64_t x, int64_t y) GO_SYM("runtime.panicSliceAlen");
_Noreturn void panicSliceAcap(int64_t x, int64_t y) GO_SYM("runtime.panicSliceAcap");
_Noreturn void panicSliceB(int64_t x, int64_t y) GO_SYM("runtime.panicSliceB");
_Noreturn void panicSlice3Alen(int64_t x, int64_t y) GO_SYM("runtime.panicSlice3Alen");
_Noreturn void panicSlice3Acap(int64_t x, int64_t y) GO_SYM("runtime.panicSlice3Acap");
_Noreturn void panicSlice3B(int64_t x, int64_t y) GO_SYM("runtime.panicSlice3B");
_Noreturn void panicSlice3C(int64_t x, int64_t y) GO_SYM("runtime.panicSlice3C");
/* Failed x.(T) on an `any`: "interface conversion: interface {} is string,
 * not int" (have == NULL: "is nil"). */
_Noreturn void panicdottype(const GoType *have, const GoType *want) GO_SYM("runtime.panicdottypeE");
/* fatal error: msg, exit 2, not recoverable (Go's throw/fatal). */
_Noreturn void runtime_fatal(const char *msg) GO_SYM("runtime.fatal");

#endif
