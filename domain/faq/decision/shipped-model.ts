import modelFile from '../../../data/faq/decision-model.json' with { type: 'json' };
import { parseVocabularyFile } from '../vocabulary/vocabulary-schema.ts';
import { decisionModelSchema, type DecisionModel } from './decision-model.ts';

let shipped: DecisionModel | undefined;

/**
 * The decision model fitted by `npm run faq:calibrate`, validated on first use (the first question):
 * validating on import would stop the calibration itself from refitting a model whose features changed.
 */
export function shippedDecisionModel(): DecisionModel {
  shipped ??= parseVocabularyFile('decision-model.json', decisionModelSchema, modelFile);
  return shipped;
}
