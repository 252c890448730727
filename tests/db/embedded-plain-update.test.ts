import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Context } from 'mingo/core';
import { updateOne } from 'mingo/updater';
import { applyPlainUpdate } from '../../db/embedded/query/plain-update.ts';
import { cloneDoc, pathValues, type Doc } from '../../db/embedded/values/doc-paths.ts';

/** What the embedded server did before the plain path: mingo's updater on a copy. */
function withMingo(doc: Doc, modifier: Doc): { doc: Doc; changed: boolean } | 'error' {
  const docs = [cloneDoc(doc)];
  try {
    const { modifiedCount } = updateOne(docs, {}, modifier as never, { cloneMode: 'copy' }, { context: Context.init(), scriptEnabled: false });
    return { doc: docs[0] as Doc, changed: modifiedCount > 0 };
  } catch {
    return 'error';
  }
}

/** mingo skips $slice when the array does not exist yet; MongoDB slices it (tested on its own below). */
function slicesNewArray(doc: Doc, modifier: Doc): boolean {
  const pushes = Object.entries((modifier.$push ?? {}) as Doc);
  return pushes.some(([path, value]) => (value as Doc | null)?.$slice !== undefined && pathValues(doc, path).length === 0);
}

/** Decoded BSON documents are ordinary objects (fast-check's dictionaries have no prototype). */
const dict = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>, constraints: fc.DictionaryConstraints) =>
  fc.dictionary(key, value, constraints).map((entries) => ({ ...entries }));

const field = fc.constantFrom('a', 'b', 'c');
const path = fc.oneof(field, fc.tuple(field, field).map(([x, y]) => `${x}.${y}`), fc.constantFrom('a.0', '$', 'a.$'));
const scalar = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom('x', 'y', null, true), fc.constant(new Date(Date.UTC(2026, 0, 1))));
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), dict(field, scalar, { maxKeys: 2 }));
const docValue = fc.oneof(value, dict(field, value, { maxKeys: 3 }));
const pushValue = fc.oneof(
  scalar,
  fc.record({ $each: fc.array(scalar, { maxLength: 3 }), $slice: fc.integer({ min: -3, max: 3 }).filter((n) => n !== 0) }, { requiredKeys: ['$each'] }),
  fc.record({ $each: fc.array(scalar, { maxLength: 2 }), $position: fc.constant(0) }),
);
const operation = fc.oneof(
  fc.record({ $set: dict(path, value, { minKeys: 1, maxKeys: 2 }) }),
  fc.record({ $unset: dict(path, fc.constant(''), { minKeys: 1, maxKeys: 2 }) }),
  fc.record({ $inc: dict(path, fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constant('x')), { minKeys: 1, maxKeys: 2 }) }),
  fc.record({ $min: dict(path, scalar, { minKeys: 1, maxKeys: 1 }), $max: dict(path, scalar, { minKeys: 1, maxKeys: 1 }) }),
  fc.record({ $push: dict(path, pushValue, { minKeys: 1, maxKeys: 1 }), $set: dict(path, value, { maxKeys: 1 }) }),
);

describe('embedded plain updates', () => {
  it('when an update is plain, then applying it directly gives what mingo gives, and the stored version is untouched', () => {
    let plainCount = 0;
    fc.assert(
      fc.property(dict(field, docValue, { maxKeys: 3 }), operation, (doc, modifier) => {
        const before = structuredClone(doc);
        const plain = applyPlainUpdate(doc, modifier);
        expect(doc).toEqual(before);
        if (!plain) return;
        plainCount += 1;
        const reference = withMingo(doc, modifier);
        if (reference === 'error' || slicesNewArray(doc, modifier)) return;
        expect(plain.doc).toEqual(reference.doc);
        // mingo counts some no-ops as changes (an empty $each); an unchanged document must really be unchanged.
        if (plain.changed) expect(reference.changed).toBe(true);
        else expect(plain.doc).toEqual(doc);
      }),
      { numRuns: 3_000 },
    );
    expect(plainCount).toBeGreaterThan(500);
  });

  it('when an update needs array positions, the positional $, $position, or has overlapping paths, then it is left to mingo', () => {
    expect(applyPlainUpdate({ a: [1, 2] }, { $set: { 'a.0': 5 } })).toBeNull();
    expect(applyPlainUpdate({ a: [{ b: 1 }] }, { $set: { 'a.$.b': 5 } })).toBeNull();
    expect(applyPlainUpdate({ a: [] }, { $push: { a: { $each: [1], $position: 0 } } })).toBeNull();
    expect(applyPlainUpdate({}, { $set: { a: 1 }, $inc: { 'a.b': 1 } })).toBeNull();
    // `a-c` sorts between `a` and `a.b`: the overlap must still be seen.
    expect(applyPlainUpdate({}, { $set: { a: 1, 'a-c': 2, 'a.b': 3 } })).toBeNull();
    expect(applyPlainUpdate({}, { $set: { 'a.b': 3, 'a-c': 2 }, $unset: { a: '' } })).toBeNull();
    expect(applyPlainUpdate({}, { $set: { ab: 1, 'a.b': 2 } })?.doc).toEqual({ ab: 1, a: { b: 2 } });
    expect(applyPlainUpdate({ a: 'x' }, { $inc: { a: 1 } })).toBeNull();
    expect(applyPlainUpdate({ a: 'x' }, { $set: { 'a.b': 1 } })).toBeNull();
    expect(applyPlainUpdate({}, { $set: { __proto__x: 1, 'b.__proto__': 1 } })).toBeNull();
  });

  it('when the FAQ counter counts an event, then the count goes up and only the latest event keys are kept', () => {
    const entry = { _id: 1, faqId: 'f', hitCount: 2, countedEvents: ['e1', 'e2', 'e3'] };
    const next = applyPlainUpdate(entry, { $inc: { hitCount: 1 }, $push: { countedEvents: { $each: ['e4'], $slice: -3 } } });
    expect(next).toEqual({ doc: { _id: 1, faqId: 'f', hitCount: 3, countedEvents: ['e2', 'e3', 'e4'] }, changed: true });
    expect(applyPlainUpdate({}, { $push: { list: { $each: [1, 2, 3], $slice: -2 } } })?.doc).toEqual({ list: [2, 3] });
    // MongoDB empties the array on $slice: 0 (mingo keeps it whole, hence the generator above leaves 0 out).
    expect(applyPlainUpdate(entry, { $push: { countedEvents: { $each: ['e4'], $slice: 0 } } })?.doc.countedEvents).toEqual([]);
  });
});
