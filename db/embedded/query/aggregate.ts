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
}

export function runPipeline(pipeline: Doc[], input: PipelineInput): Doc[] {
  if (!Array.isArray(pipeline)) throw errors.typeMismatch("'pipeline' option must be specified as an array");
  assertSupported(pipeline);
  const first = pipeline[0];
  const leadingMatch = first && stageName(first) === '$match' ? (first.$match as Doc) : undefined;
  const rest = leadingMatch ? pipeline.slice(1) : pipeline;
  const docs = input.source(leadingMatch);
  if (rest.length === 0) return docs;
  const aggregator = new Aggregator(rest, {
    context: MONGO_CONTEXT,
    scriptEnabled: false,
    collectionResolver: (name: string) => input.resolve(name),
  });
  return aggregator.run(docs) as Doc[];
}
