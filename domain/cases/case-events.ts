import type { CaseActionName } from './case-actions.ts';
import type { StoredCase } from './case-repository.ts';
import type { CaseActor } from './case-types.ts';

/**
 * What happened to a case, for whoever must be told. Each carries the history step it came
 * from (`step`), so telling people again after a retry reuses the same outbox keys.
 */
export type CaseEvent =
  | { type: 'filed'; case: StoredCase; actor: CaseActor }
  | { type: 'moved'; case: StoredCase; action: CaseActionName; actor: CaseActor; step: number; previousOfficeCode: string }
  | { type: 'noted'; case: StoredCase; actor: CaseActor; step: number }
  | { type: 'supported'; case: StoredCase; actor: CaseActor; step: number };

/** The port the domain tells events through; bot/notifications implements it with the outbox. */
export type CaseNotifier = (event: CaseEvent) => Promise<void>;
