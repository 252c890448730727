import { z } from 'zod';

/**
 * An officer finishing a move that needs words or a photo (resolve, forward, reject), or anyone
 * of the case adding notes. Typed state of the `case-work` flow.
 */
export const caseWorkStateSchema = z.object({
  ticket: z.string(),
  task: z.enum(['resolve', 'forward', 'reject', 'note']),
  /** From the status the card was drawn for: a problem report must be closed with a result photo. */
  needsPhoto: z.boolean().default(false),
  note: z.string().optional(),
  photoIds: z.array(z.string()).default([]),
  toOfficeCode: z.string().optional(),
  added: z.number().default(0),
});

export type CaseWorkState = z.infer<typeof caseWorkStateSchema>;

export type CaseWorkStep = 'note' | 'photo' | 'office' | 'reason' | 'ready' | 'notes';

export function nextWorkStep(state: CaseWorkState): CaseWorkStep {
  switch (state.task) {
    case 'resolve':
      if (!state.note) return 'note';
      return state.needsPhoto && state.photoIds.length === 0 ? 'photo' : 'ready';
    case 'forward':
      if (!state.toOfficeCode) return 'office';
      return state.note ? 'ready' : 'reason';
    case 'reject':
      return state.note ? 'ready' : 'reason';
    case 'note':
      return 'notes';
  }
}

export function newWorkState(ticket: string, task: CaseWorkState['task'], needsPhoto: boolean): CaseWorkState {
  return caseWorkStateSchema.parse({ ticket, task, needsPhoto });
}
