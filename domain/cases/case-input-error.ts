/** A filing the domain cannot accept (unknown category, an area outside the data); the API maps it to 400. */
export class CaseInputError extends Error {
  override name = 'CaseInputError';
  readonly field: string;
  readonly problem: 'unknown_category' | 'kind_mismatch' | 'unknown_area' | 'photo_not_yours';
  constructor(field: string, problem: CaseInputError['problem']) {
    super(`${field}: ${problem}`);
    this.field = field;
    this.problem = problem;
  }
}
