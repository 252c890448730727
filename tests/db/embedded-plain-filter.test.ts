import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ObjectId } from 'bson';
import { compileQuery } from '../../db/embedded/query/filter.ts';
import { plainFilter } from '../../db/embedded/query/plain-filter.ts';
import { projectDocs } from '../../db/embedded/query/projection.ts';
import type { Doc } from '../../db/embedded/values/doc-paths.ts';

/** Decoded BSON documents are ordinary objects (fast-check's dictionaries have no prototype). */
const dict = <T>(key: fc.Arbitrary<string>, value: fc.Arbitrary<T>, constraints: fc.DictionaryConstraints) =>
  fc.dictionary(key, value, constraints).map((entries) => ({ ...entries }));

const ids = [new ObjectId('65a000000000000000000001'), new ObjectId('65a000000000000000000002')];
const dates = [new Date(Date.UTC(2026, 0, 1)), new Date(Date.UTC(2026, 5, 1))];
const field = fc.constantFrom('a', 'b', 'c');
const scalar = fc.oneof(
  fc.integer({ min: -2, max: 2 }),
  fc.constantFrom(1.5, 'x', 'y', '', true, false, null, ...ids, ...dates),
);
const value = fc.oneof(scalar, fc.array(fc.oneof(scalar, fc.array(scalar, { maxLength: 2 })), { maxLength: 3 }), dict(field, scalar, { maxKeys: 2 }));
const doc = dict(field, value, { maxKeys: 3 });

const operand = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 2 }) }, { weight: 1, arbitrary: dict(field, scalar, { maxKeys: 1 }) });
const operator = fc.oneof(
  fc.record({ op: fc.constantFrom('$eq', '$ne', '$lt', '$lte', '$gt', '$gte'), operand }),
  fc.record({ op: fc.constantFrom('$in', '$nin'), operand: fc.array(scalar, { maxLength: 3 }) }),
  fc.record({ op: fc.constant('$exists'), operand: fc.boolean() }),
);
const condition = fc.oneof(
  operand,
  fc.array(operator, { minLength: 1, maxLength: 2 }).map((ops) => Object.fromEntries(ops.map(({ op, operand: o }) => [op, o]))),
);
const fieldFilter = dict(fc.oneof({ weight: 6, arbitrary: field }, { weight: 1, arbitrary: fc.constantFrom('a.b', 'a.0') }), condition, { minKeys: 1, maxKeys: 2 });
const filter: fc.Arbitrary<Doc> = fc.oneof(
  { weight: 3, arbitrary: fieldFilter },
  { weight: 1, arbitrary: fc.array(fieldFilter, { minLength: 1, maxLength: 3 }).map((clauses) => ({ $or: clauses })) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('$and', '$nor', '$or'), fc.array(fieldFilter, { minLength: 1, maxLength: 2 }), fieldFilter).map(([op, clauses, rest]) => ({ ...rest, [op]: clauses })) },
);

describe('embedded plain filters and projections', () => {
  it('when a filter is plain, then matching it directly selects exactly the documents mingo selects', () => {
    let plainCount = 0;
    fc.assert(
      fc.property(filter, fc.array(doc, { minLength: 1, maxLength: 6 }), (query, docs) => {
        const plain = plainFilter(query);
        if (!plain) return;
        plainCount += 1;
        const reference = compileQuery(query);
        for (const candidate of docs) expect({ query, candidate, matched: plain(candidate) }).toEqual({ query, candidate, matched: reference.test(candidate) });
      }),
      { numRuns: 4_000 },
    );
    expect(plainCount).toBeGreaterThan(1_000);
  });

  it('when a filter has paths, null, regexes, sub-documents or other operators, then it is left to mingo', () => {
    expect(plainFilter({ 'a.b': 1 })).toBeNull();
    expect(plainFilter({ a: null })).toBeNull();
    expect(plainFilter({ a: /x/ })).toBeNull();
    expect(plainFilter({ a: { b: 1 } })).toBeNull();
    expect(plainFilter({ a: { $elemMatch: { b: 1 } } })).toBeNull();
    expect(plainFilter({ a: { $in: [null] } })).toBeNull();
    expect(plainFilter({ $or: [] })).toBeNull();
    expect(plainFilter({ $where: 'true' })).toBeNull();
    expect(plainFilter({ __proto__x: 1 })).not.toBeNull();
  });

  it('when a projection keeps or drops top-level fields, then applying it directly keeps the fields mingo keeps, in the order of the document', () => {
    const projection = fc.oneof(
      dict(fc.constantFrom('_id', 'a', 'b', 'c'), fc.constantFrom(1, true), { minKeys: 1, maxKeys: 3 }),
      dict(fc.constantFrom('_id', 'a', 'b', 'c'), fc.constantFrom(0, false), { minKeys: 1, maxKeys: 3 }),
      fc.tuple(fc.constantFrom(0, 1), dict(field, fc.constantFrom(1, 0), { minKeys: 1, maxKeys: 2 })).map(([id, rest]) => ({ _id: id, ...rest })),
    );
    const withId = doc.map((d) => ({ _id: ids[0], ...d }));
    fc.assert(
      fc.property(projection, fc.array(withId, { minLength: 1, maxLength: 3 }), (spec, docs) => {
        const flags = new Set(Object.entries(spec).filter(([name]) => name !== '_id').map(([, flag]) => Boolean(flag)));
        if (flags.size > 1) {
          // A mix of kept and dropped fields: MongoDB refuses it, and so does mingo, which the plain path defers to.
          expect(() => projectDocs(docs, spec, {})).toThrow();
          return;
        }
        let reference: Doc[];
        try {
          reference = compileQuery({}).find<Doc>(docs, spec).all();
        } catch {
          return; // mingo refuses a few projections MongoDB allows (keeping an empty array)
        }
        const projected = projectDocs(docs, spec, {});
        expect(projected).toEqual(reference);
        // MongoDB keeps the document's field order (mingo puts kept fields in the projection's order).
        expect(projected.map(Object.keys)).toEqual(docs.map((source, i) => Object.keys(source).filter((name) => name in (projected[i] as Doc))));
      }),
      { numRuns: 2_000 },
    );
  });
});
