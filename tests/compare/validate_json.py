#!/usr/bin/env python3
"""validate_json.py — checks JSON-lines output against a JSON Schema file,
stdlib only. Implements the subset of draft-07 the minigo schemas use:
type (string, integer, number, boolean, object, array, null), enum,
minimum, required, properties, additionalProperties: false, items, oneOf,
and $ref to "#/definitions/NAME". Any other keyword in the schema is an
error here, so the schema cannot silently use something unchecked.

Usage: validate_json.py SCHEMA.json [FILE.jsonl]   (stdin without FILE)
Prints each invalid line with the reason; exits 1 if any.
"""
import json
import sys

KNOWN = {'$schema', '$id', 'title', 'description', 'type', 'enum', 'minimum', 'required',
         'properties', 'additionalProperties', 'items', 'oneOf', '$ref', 'definitions'}
TYPES = {
    'string': lambda v: isinstance(v, str),
    'integer': lambda v: isinstance(v, int) and not isinstance(v, bool),
    'number': lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    'boolean': lambda v: isinstance(v, bool),
    'object': lambda v: isinstance(v, dict),
    'array': lambda v: isinstance(v, list),
    'null': lambda v: v is None,
}


def check_schema(s, where='#'):
    if not isinstance(s, dict):
        raise ValueError('%s: schema is not an object' % where)
    for k in s:
        if k not in KNOWN:
            raise ValueError('%s: keyword %s not supported by this validator' % (where, k))
    for k in ('properties', 'definitions'):
        for name, sub in s.get(k, {}).items():
            check_schema(sub, '%s/%s/%s' % (where, k, name))
    if 'items' in s:
        check_schema(s['items'], where + '/items')
    for i, sub in enumerate(s.get('oneOf', [])):
        check_schema(sub, '%s/oneOf/%d' % (where, i))


def errors(v, s, root, path='$'):
    """The reasons v does not match s (empty: it does)."""
    if '$ref' in s:
        ref = s['$ref']
        if not ref.startswith('#/definitions/'):
            return ['%s: unsupported $ref %s' % (path, ref)]
        return errors(v, root['definitions'][ref[len('#/definitions/'):]], root, path)
    if 'oneOf' in s:
        ok = [sub for sub in s['oneOf'] if not errors(v, sub, root, path)]
        if len(ok) != 1:
            return ['%s: matches %d of the oneOf alternatives, not exactly 1' % (path, len(ok))]
    if 'type' in s and not TYPES[s['type']](v):
        return ['%s: not of type %s' % (path, s['type'])]
    out = []
    if 'enum' in s and v not in s['enum']:
        out.append('%s: %r not one of %r' % (path, v, s['enum']))
    if 'minimum' in s and TYPES['number'](v) and v < s['minimum']:
        out.append('%s: %r below the minimum %r' % (path, v, s['minimum']))
    if isinstance(v, dict):
        for r in s.get('required', []):
            if r not in v:
                out.append('%s: missing %s' % (path, r))
        props = s.get('properties', {})
        for k, sub in v.items():
            if k in props:
                out += errors(sub, props[k], root, '%s.%s' % (path, k))
            elif s.get('additionalProperties', True) is False:
                out.append('%s: unexpected property %s' % (path, k))
    if isinstance(v, list) and 'items' in s:
        for i, item in enumerate(v):
            out += errors(item, s['items'], root, '%s[%d]' % (path, i))
    return out


def validate_lines(schema, lines):
    """[(line number, reason)] for every invalid line."""
    bad = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            v = json.loads(line)
        except ValueError as e:
            bad.append((n, 'not JSON: %s' % e))
            continue
        for e in errors(v, schema, schema):
            bad.append((n, e))
    return bad


def main():
    schema = json.load(open(sys.argv[1]))
    check_schema(schema)
    lines = (open(sys.argv[2]) if len(sys.argv) > 2 else sys.stdin).read().split('\n')
    bad = validate_lines(schema, lines)
    for n, e in bad:
        print('line %d: %s' % (n, e))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
