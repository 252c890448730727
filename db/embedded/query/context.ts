import { Context } from 'mingo/core';
import { Lazy, type Iterator } from 'mingo/lazy';
import * as accumulatorOperators from 'mingo/operators/accumulator';
import * as expressionOperators from 'mingo/operators/expression';
import * as pipelineOperators from 'mingo/operators/pipeline';
import * as projectionOperators from 'mingo/operators/projection';
import * as queryOperators from 'mingo/operators/query';
import * as windowOperators from 'mingo/operators/window';
import { resolve } from 'mingo/util';
import { compareBson } from '../values/bson-compare.ts';
import { typeNameOf } from '../values/bson-type.ts';
import type { Doc } from '../values/doc-paths.ts';
import { sortDocs } from './sort.ts';

/**
 * MongoDB range operators compare only within one type bracket, in BSON order, with numbers
 * compared across int/long/double/decimal. mingo compares Decimal128 and Long by their strings,
 * so these replace its $gt/$gte/$lt/$lte.
 */
function rangeOperator(accept: (order: number) => boolean) {
  return (selector: string, operand: unknown) => (doc: Doc) => {
    const value = resolve(doc, selector, { unwrapArray: true });
    const candidates = Array.isArray(value) ? [value, ...value] : [value];
    const bracket = typeNameOf(operand);
    return candidates.some((candidate) => typeNameOf(candidate) === bracket && accept(compareBson(candidate, operand)));
  };
}

/** mingo's own $sort does not follow BSON type order (ObjectId, Decimal128, Long...), so ours replaces it. */
function $sort(collection: Iterator, spec: Doc): Iterator {
  return collection.transform((docs: unknown[]) => Lazy(sortDocs(docs as Doc[], spec)));
}

/** All mingo operators, with the BSON-aware comparisons and sort swapped in. */
export const MONGO_CONTEXT = Context.init({
  accumulator: { ...accumulatorOperators },
  expression: { ...expressionOperators },
  pipeline: { ...pipelineOperators, $sort } as never,
  projection: { ...projectionOperators },
  query: {
    ...queryOperators,
    $gt: rangeOperator((order) => order > 0),
    $gte: rangeOperator((order) => order >= 0),
    $lt: rangeOperator((order) => order < 0),
    $lte: rangeOperator((order) => order <= 0),
  } as never,
  window: { ...windowOperators },
});
