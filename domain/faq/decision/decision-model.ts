import { z } from 'zod';
import { FEATURE_NAMES } from './decision-features.ts';

const logistic = z.object({ weights: z.array(z.number()), bias: z.number() });

/** The fitted decision model as `npm run faq:calibrate` writes it to data/faq/decision-model.json. */
export const decisionModelSchema = z
  .object({
    provenance: z.object({ source: z.string() }).passthrough(),
    fittedAt: z.string(),
    features: z.array(z.string()),
    /** Standardisation: x' = (x - mean) / scale. */
    mean: z.array(z.number()),
    scale: z.array(z.number()),
    /** P(the best-ranked entry is the right one). */
    answer: logistic,
    /** P(the right entry is among the first three). */
    choice: logistic,
    thresholds: z.object({ answer: z.number(), clarify: z.number(), closest: z.number() }),
    figures: z.unknown(),
  })
  .refine((model) => model.features.join() === FEATURE_NAMES.join(), {
    message: `the model's features differ from the matcher's (${FEATURE_NAMES.join(', ')}): run npm run faq:calibrate`,
  })
  .refine((model) => [model.mean, model.scale, model.answer.weights, model.choice.weights].every((list) => list.length === FEATURE_NAMES.length), {
    message: 'every weight list needs one value per feature',
  });

export type DecisionModel = z.infer<typeof decisionModelSchema>;
/** What deciding needs of a model: its standardisation, the two logistic fits and the thresholds. */
export type DecisionParameters = Pick<DecisionModel, 'mean' | 'scale' | 'answer' | 'choice' | 'thresholds'>;
export type LogisticParameters = z.infer<typeof logistic>;

export const sigmoid = (value: number): number => 1 / (1 + Math.exp(-value));

export function standardize(model: Pick<DecisionModel, 'mean' | 'scale'>, features: readonly number[]): number[] {
  return features.map((value, at) => (value - (model.mean[at] ?? 0)) / (model.scale[at] || 1));
}

export function probability(parameters: LogisticParameters, standardized: readonly number[]): number {
  let sum = parameters.bias;
  standardized.forEach((value, at) => (sum += value * (parameters.weights[at] ?? 0)));
  return sigmoid(sum);
}
