import { z } from 'zod';

/**
 * The matcher's vocabulary lives in data/faq/*.th.json so staff can extend it. Every file carries a
 * provenance header and is validated here when it is loaded; a bad file stops the start with the reason.
 */
const word = z.string().trim().min(1, 'คำต้องไม่ว่าง (empty word)').max(80, 'คำยาวเกิน 80 ตัวอักษร (word too long)');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'รหัสต้องเป็น a-z, 0-9 และ - (id must be kebab-case)');
const provenance = z.object({ source: z.string().min(20, 'ต้องบอกที่มาของข้อมูล (provenance.source is required)') }).passthrough();

export const conceptSchema = z.object({
  id,
  domain: id,
  terms: z.array(word).min(1, 'แนวคิดต้องมีอย่างน้อย 1 คำ (a concept needs terms)'),
  implies: z.array(id).optional(),
  related: z.array(id).optional(),
  agency: id.optional(),
});

export const thesaurusFileSchema = z.object({ provenance, concepts: z.array(conceptSchema).min(1) });

export const regionalFileSchema = z.object({
  provenance,
  pairs: z.array(z.object({ region: z.enum(['isan', 'northern', 'southern', 'chat']), form: word, central: word })).min(1),
});

export const codeMixFileSchema = z.object({ provenance, pairs: z.array(z.object({ form: word, thai: word })).min(1) });

export const agenciesFileSchema = z.object({
  provenance,
  agencies: z.array(z.object({ id, name: word, contact: word.optional() })),
});

export const functionWordsFileSchema = z.object({
  provenance,
  particles: z.array(word),
  finalOnlyParticles: z.array(word),
  chunkFinalParticles: z.array(word),
  questionWords: z.array(word),
  finalQuestionParticles: z.array(word),
  clauseMarkers: z.array(word),
  questionLeads: z.array(word),
  opinionCues: z.array(word),
});

export type Concept = z.infer<typeof conceptSchema>;
export type RegionalPair = z.infer<typeof regionalFileSchema>['pairs'][number];
export type CodeMixPair = z.infer<typeof codeMixFileSchema>['pairs'][number];
export type Agency = z.infer<typeof agenciesFileSchema>['agencies'][number];
export type FunctionWords = Omit<z.infer<typeof functionWordsFileSchema>, 'provenance'>;

export interface Vocabulary {
  concepts: Concept[];
  regional: RegionalPair[];
  codeMix: CodeMixPair[];
  agencies: Agency[];
}

/** Thrown when a vocabulary file is invalid; the message names the file and the field. */
export class VocabularyError extends Error {
  override name = 'VocabularyError';
}

export function parseVocabularyFile<T extends z.ZodType>(file: string, schema: T, data: unknown): z.infer<T> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.slice(0, 10).map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new VocabularyError(`ไฟล์คำศัพท์ ${file} ไม่ถูกต้อง (invalid vocabulary file):\n${problems.join('\n')}`);
}

/** Cross-file checks zod cannot see: concept links and agencies must exist, ids must be unique. */
export function checkVocabulary(vocabulary: Vocabulary): Vocabulary {
  const concepts = new Set<string>();
  const problems: string[] = [];
  for (const concept of vocabulary.concepts) {
    if (concepts.has(concept.id)) problems.push(`concept ${concept.id} is defined twice`);
    concepts.add(concept.id);
  }
  const agencies = new Set(vocabulary.agencies.map((agency) => agency.id));
  for (const concept of vocabulary.concepts) {
    for (const link of [...(concept.implies ?? []), ...(concept.related ?? [])]) {
      if (!concepts.has(link)) problems.push(`concept ${concept.id} links to unknown concept ${link}`);
    }
    if (concept.agency && !agencies.has(concept.agency)) problems.push(`concept ${concept.id} names unknown agency ${concept.agency}`);
  }
  if (problems.length > 0) throw new VocabularyError(`คำศัพท์ไม่สอดคล้องกัน (inconsistent vocabulary):\n  ${problems.join('\n  ')}`);
  return vocabulary;
}
