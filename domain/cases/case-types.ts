import type { UserRole } from '../../models/line-user.ts';
import type { CasePriority, CaseStatus } from './case-statuses.ts';
import type { CaseKind } from './categories.ts';

/** Whoever acts on a case: a person with their role and office, or the system (jobs). */
export type CaseActor = { lineUserId: string | undefined; role: UserRole | 'system'; officeCode?: string | undefined; name?: string | undefined };

export const SYSTEM_ACTOR: CaseActor = { lineUserId: undefined, role: 'system', name: 'ระบบ' };

/** What the domain needs to know of a case to decide a move. */
export type CaseSnapshot = {
  ticket: string;
  kind: CaseKind;
  status: CaseStatus;
  officeCode: string;
  officeChain: string[];
  assignee: { lineUserId?: string | null; name?: string | null } | null;
  reporterLineUserId: string;
  followers: string[];
  resolvedAt: Date | null | undefined;
  rating: { score?: number | null } | null;
  priority: CasePriority;
  version: number;
};

export type CaseCommand =
  | { action: 'accept' }
  | { action: 'start'; note?: string | undefined }
  | { action: 'resolve'; note: string; photoIds: string[] }
  | { action: 'forward'; toOfficeCode: string; reason: string }
  | { action: 'reject'; reason: string }
  | { action: 'cancel'; reason?: string | undefined }
  | { action: 'confirm' }
  | { action: 'rate'; rating: number; comment?: string | undefined }
  | { action: 'reopen'; note: string }
  | { action: 'autoClose' };

/** Why a move was refused; the bot and the API put it into Thai (bot/messages/case-refusals.ts). */
export type CaseRefusal =
  | { code: 'not_found' }
  | { code: 'forbidden' }
  | { code: 'illegal_transition'; status: CaseStatus; action: CaseCommand['action'] }
  | { code: 'already_taken'; by: string | undefined }
  | { code: 'not_assignee'; assignee: string | undefined }
  | { code: 'needs_result_photo' }
  | { code: 'unknown_office' }
  | { code: 'forward_loop'; officeCode: string }
  | { code: 'reopen_window_passed'; days: number }
  | { code: 'already_rated' };

export class CaseRefusedError extends Error {
  override name = 'CaseRefusedError';
  readonly refusal: CaseRefusal;
  constructor(refusal: CaseRefusal) {
    super(refusal.code);
    this.refusal = refusal;
  }
}
