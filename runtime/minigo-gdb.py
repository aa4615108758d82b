# minigo-gdb.py — gdb pretty printers for minigo executables, the way Go's
# runtime/runtime-gdb.py serves gc's. Every executable minigo builds carries
# this file inline in its .debug_gdb_scripts section, which gdb runs when
# the executable is in its auto-load safe-path; allow it once with
#     add-auto-load-safe-path /path/to/your/programs     (in ~/.gdbinit)
# or per session with  gdb -iex 'add-auto-load-safe-path .' ./prog
# Without auto-loading, load it by hand:
#     (gdb) source runtime/minigo-gdb.py
#
# It keys on the Go type names minigo's DWARF carries (src/codegen/debug.c):
#   string       struct {str *uint8; len int}            -> "text"
#   []T          struct {array *T; len int; cap int}     -> [e0, e1, ...]
#   map[K]V      typedef of a pointer to the runtime's struct hmap
#                -> map[K]V <len N, B b> = {[k] = v, ...}, walking every
#                   bucket and its overflow chain, and during growth the
#                   not yet evacuated cells of the old buckets.
# Cells whose tophash is below minTopHash are empty, or in old buckets
# already evacuated, so each live entry is printed exactly once.
import gdb

BUCKET_CNT = 8
MIN_TOP_HASH = 5      # tophash below this marks empty / evacuated cells
SAME_SIZE_GROW = 8    # hmap.flags: growing to the same number of buckets


class StringPrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        n = int(self.val['len'])
        if n == 0:
            return ''
        return self.val['str'].string(encoding='utf-8', errors='replace', length=n)

    def display_hint(self):
        return 'string'


class SlicePrinter:
    def __init__(self, val):
        self.val = val

    def to_string(self):
        return '%s len %d cap %d' % (self.val.type.strip_typedefs().name or 'slice',
                                      int(self.val['len']), int(self.val['cap']))

    def children(self):
        arr = self.val['array']
        for i in range(int(self.val['len'])):
            yield '[%d]' % i, (arr + i).dereference()

    def display_hint(self):
        return 'array'


class MapPrinter:
    """A map is a typedef map[K]V of a pointer to hash<K,V>, whose buckets
    are bucket<K,V> {tophash [8]uint8; keys [8]K; elems [8]V; overflow}
    (keys/elems become indirectkeys/indirectelems [8]*K when stored behind
    a pointer)."""

    def __init__(self, val, name):
        self.val = val
        self.name = name

    def _hmap(self):
        p = self.val.cast(self.val.type.strip_typedefs())
        return None if int(p) == 0 else p.dereference()

    def to_string(self):
        h = self._hmap()
        if h is None:
            return '%s nil' % self.name
        return '%s <len %d, B %d>' % (self.name, int(h['count']), int(h['B']))

    @staticmethod
    def _slots(b, direct, indirect):
        names = [f.name for f in b.type.fields()]
        if direct in names:
            return b[direct], False
        return b[indirect], True

    def _bucket_cells(self, bp):
        """(key, elem) of every live cell of the bucket at bp and its overflow chain."""
        hops = 0
        while int(bp) != 0 and hops < 1 << 20:
            hops += 1
            b = bp.dereference()
            keys, kind = self._slots(b, 'keys', 'indirectkeys')
            elems, eind = self._slots(b, 'elems', 'indirectelems')
            for i in range(BUCKET_CNT):
                if int(b['tophash'][i]) < MIN_TOP_HASH:   # empty or evacuated
                    continue
                k, v = keys[i], elems[i]
                yield (k.dereference() if kind else k), (v.dereference() if eind else v)
            bp = b['overflow']

    def children(self):
        h = self._hmap()
        if h is None:
            return
        nb = 1 << int(h['B'])
        arrays = [(h['buckets'], nb)]
        if int(h['oldbuckets']) != 0:       # growing: unevacuated old cells too
            same = int(h['flags']) & SAME_SIZE_GROW
            arrays.append((h['oldbuckets'], nb if same else nb >> 1))
        n = 0
        for base, count in arrays:
            if int(base) == 0:
                continue
            for i in range(count):
                for k, v in self._bucket_cells(base + i):
                    yield '[%d]' % n, k
                    yield '[%d]' % (n + 1), v
                    n += 2

    def display_hint(self):
        return 'map'


def lookup_printer(val):
    t = val.type
    name = t.name or ''
    if t.code == gdb.TYPE_CODE_TYPEDEF and name.startswith('map['):
        return MapPrinter(val, name)
    s = t.strip_typedefs()
    sname = s.name or s.tag or ''
    if s.code == gdb.TYPE_CODE_STRUCT:
        if sname == 'string':
            return StringPrinter(val)
        if sname.startswith('[]'):
            return SlicePrinter(val)
    return None


def register():
    """Once per session: auto-loading and a `source` (or two executables)
    must not stack the printers."""
    lists = [gdb.pretty_printers] + [o.pretty_printers for o in gdb.objfiles()]
    if any(getattr(p, 'minigo', False) for l in lists for p in l):
        return
    lookup_printer.minigo = True
    gdb.pretty_printers.append(lookup_printer)
    print('minigo: Go string, slice and map printers loaded')


register()
