import modelFile from '../../../data/faq/decision-model.json' with { type: 'json' };
import { parseVocabularyFile } from '../vocabulary/vocabulary-schema.ts';
import { decisionModelSchema, type DecisionModel } from './decision-model.ts';

/** The decision model fitted by `npm run faq:calibrate`, validated when the matcher loads. */
export const SHIPPED_DECISION_MODEL: DecisionModel = parseVocabularyFile('decision-model.json', decisionModelSchema, modelFile);
