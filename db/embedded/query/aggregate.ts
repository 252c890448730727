import { Aggregator } from 'mingo/aggregator';
import { errors } from '../errors.ts';
import type { Doc } from '../values/doc-paths.ts';
import { MONGO_CONTEXT } from './context.ts';
import { rejectScripts } from './filter.ts';

const UNSUPPORTED_STAGES: Record<string, string> = {
  $changeStream: 'Change streams ($changeStream)',
  $out: 'The $out stage',
  $merge: 'The $merge stage',
  $search: 'Atlas Search ($search)',
  $geoNear: 'The $geoNear stage',
};

function stageName(stage: Doc): string {
  return Object.keys(stage)[0] ?? '';
}

function assertSupported(pipeline: Doc[]): void {
  rejectScripts(pipeline);
  for (const stage of pipeline) {
    const feature = UNSUPPORTED_STAGES[stageName(stage)];
    if (feature) throw errors.unsupported(feature);
  }
}

export interface PipelineInput {
  /** Returns the documents matching the leading $match (through an index when possible), decoded afresh: stages may change them. */
  source(filter: Doc | undefined): Doc[];
  /** Documents of another collection in the same database, for $lookup/$unionWith/$graphLookup. */
  resolve(collection: string): Doc[];
  /** How many documents match, without decoding them when an index knows (countDocuments' pipeline). */
  count(filter: Doc | undefined): number;
}

/**
 * The driver's countDocuments is `[{$match}, {$group: {_id: 1, n: {$sum: 1}}}]`, and `$count` says
 * the same: both answer with the number of matches alone, one document or none when there are none.
 */
function countOnly(rest: Doc[]): ((n: number) => Doc[]) | null {
  const [stage, ...more] = rest;
  if (!stage || more.length > 0) return null;
  if (typeof stage.$count === 'string') return (n) => [{ [stage.$count as string]: n }];
  const group = stage.$group as Doc | undefined;
  if (!group || Object.keys(stage).length !== 1) return null;
  const { _id: id, ...accumulators } = group;
  const names = Object.keys(accumulators);
  const sum = names.length === 1 ? (accumulators[names[0]!] as Doc | undefined) : undefined;
  if (typeof id !== 'number' || !sum || Object.keys(sum).length !== 1 || sum.$sum !== 1) return null;
  return (n) => [{ _id: id, [names[0]!]: n }];
}

export function runPipeline(pipeline: Doc[], input: PipelineInput): Doc[] {
  if (!Array.isArray(pipeline)) throw errors.typeMismatch("'pipeline' option must be specified as an array");
  assertSupported(pipeline);
  const first = pipeline[0];
  const leadingMatch = first && stageName(first) === '$match' ? (first.$match as Doc) : undefined;
  const rest = leadingMatch ? pipeline.slice(1) : pipeline;
  const counted = countOnly(rest);
  if (counted) {
    const n = input.count(leadingMatch);
    return n > 0 ? counted(n) : [];
  }
  const docs = input.source(leadingMatch);
  if (rest.length === 0) return docs;
  const aggregator = new Aggregator(rest, {
    context: MONGO_CONTEXT,
    scriptEnabled: false,
    collectionResolver: (name: string) => input.resolve(name),
  });
  return aggregator.run(docs) as Doc[];
}
