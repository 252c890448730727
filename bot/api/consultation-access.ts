import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import type { CaseService } from '../../domain/cases/case-service.ts';
import { acceptConsultation, findConsultation, type Consultation } from '../../domain/consultations/consultations.ts';
import type { ConsultationDelivery } from '../notifications/consultation-delivery.ts';
import { buildAcceptedNotice } from '../messages/consultation-messages.ts';
import { caseActorOf } from './case-actor.ts';

type Deps = { cases: CaseService; delivery: ConsultationDelivery };

/** The consultation of the route, when this account may see it: staff, or the villager it belongs to. */
export async function visible(req: Request, res: Response): Promise<Consultation | undefined> {
  const consultation = await findConsultation(String(req.params.id));
  const actor = caseActorOf(res);
  if (!consultation) {
    res.status(404).json({ error: 'not_found', message: 'ไม่พบการสนทนานี้ค่ะ' });
    return undefined;
  }
  if (actor.role !== 'staff' && actor.role !== 'admin' && consultation.villagerLineUserId !== actor.lineUserId) {
    res.status(403).json({ error: 'forbidden', message: 'บัญชีนี้ไม่มีสิทธิ์ดูการสนทนานี้ค่ะ' });
    return undefined;
  }
  return consultation;
}

/** Answering a waiting consultation takes it; one someone else took is theirs. */
export async function takenBy(deps: Deps, req: Request, res: Response): Promise<Consultation | undefined> {
  const consultation = await visible(req, res);
  if (!consultation) return undefined;
  const actor = caseActorOf(res);
  if (consultation.status === 'ended') {
    res.status(409).json({ error: 'already_ended', message: 'การสนทนานี้จบไปแล้วค่ะ' });
    return undefined;
  }
  if (consultation.staff?.lineUserId && consultation.staff.lineUserId !== actor.lineUserId) {
    res.status(409).json({ error: 'already_taken', message: `${consultation.staff.name ?? 'เจ้าหน้าที่ท่านอื่น'} ดูแลการสนทนานี้อยู่ค่ะ` });
    return undefined;
  }
  if (consultation.status === 'active') return consultation;
  const accepted = await acceptConsultation(deps.cases, String(consultation._id), actor, deps.cases.now());
  if (!accepted.ok) {
    res.status(409).json({ error: 'already_taken', message: 'เจ้าหน้าที่ท่านอื่นเพิ่งรับการสนทนานี้ไปค่ะ' });
    return undefined;
  }
  await deps.delivery.toVillager(accepted.consultation, 'accepted', buildAcceptedNotice(actor.name));
  return accepted.consultation;
}

/** The client's Idempotency-Key, scoped to the account; without one, every request is its own. */
export function requestKeyOf(req: Request, lineUserId: string): string {
  const key = req.get('idempotency-key');
  return key && /^[A-Za-z0-9_-]{8,80}$/.test(key) ? `api:${lineUserId}:${key}` : `api:${randomUUID()}`;
}
