import type { Response } from 'express';
import type { CaseActor } from '../../domain/cases/case-types.ts';
import { actorOf } from '../auth/require-actor.ts';

/** The verified caller as the case domain sees them: the user id only ever comes from the ID token. */
export function caseActorOf(res: Response): CaseActor & { lineUserId: string } {
  const actor = actorOf(res);
  return { lineUserId: actor.lineUserId, role: actor.role, officeCode: actor.officeCode, name: actor.name };
}
