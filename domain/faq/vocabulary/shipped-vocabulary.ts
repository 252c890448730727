import agenciesFile from '../../../data/faq/agencies.th.json' with { type: 'json' };
import codeMixFile from '../../../data/faq/code-mix.th.json' with { type: 'json' };
import functionWordsFile from '../../../data/faq/function-words.th.json' with { type: 'json' };
import regionalFile from '../../../data/faq/regional-speech.th.json' with { type: 'json' };
import thesaurusFile from '../../../data/faq/thesaurus.th.json' with { type: 'json' };
import {
  agenciesFileSchema,
  checkVocabulary,
  codeMixFileSchema,
  functionWordsFileSchema,
  parseVocabularyFile,
  regionalFileSchema,
  thesaurusFileSchema,
  type FunctionWords,
  type Vocabulary,
} from './vocabulary-schema.ts';

/** The vocabulary shipped in data/faq/, imported as modules (no file reads) and validated once. */
export const SHIPPED_VOCABULARY: Vocabulary = checkVocabulary({
  concepts: parseVocabularyFile('thesaurus.th.json', thesaurusFileSchema, thesaurusFile).concepts,
  regional: parseVocabularyFile('regional-speech.th.json', regionalFileSchema, regionalFile).pairs,
  codeMix: parseVocabularyFile('code-mix.th.json', codeMixFileSchema, codeMixFile).pairs,
  agencies: parseVocabularyFile('agencies.th.json', agenciesFileSchema, agenciesFile).agencies,
});

const { provenance: _provenance, ...functionWords } = parseVocabularyFile('function-words.th.json', functionWordsFileSchema, functionWordsFile);

export const FUNCTION_WORDS: FunctionWords = functionWords;
