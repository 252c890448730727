import type { CaseService } from '../../domain/cases/case-service.ts';
import { recordLine, type Consultation } from '../../domain/consultations/consultations.ts';
import type { ConsultationDelivery } from '../notifications/consultation-delivery.ts';
import type { PhotoUrl } from '../messages/case-card.ts';
import { buildStaffLine } from '../messages/consultation-messages.ts';
import type { caseActorOf } from './case-actor.ts';

export type StaffLineDeps = { cases: CaseService; delivery: ConsultationDelivery; photoUrl: PhotoUrl | undefined };

/** A staff line: into the transcript, numbered, then to the villager (reply while their token is fresh). */
export async function say(deps: StaffLineDeps, consultation: Consultation, actor: ReturnType<typeof caseActorOf>, text: string, photoIds: string[], requestKey: string): Promise<void> {
  await recordLine(consultation, { from: actor, text, photoIds, at: deps.cases.now(), requestKey });
  const images = photoIds.flatMap((id) => {
    const url = deps.photoUrl?.(id);
    return url ? [{ type: 'image' as const, originalContentUrl: url, previewImageUrl: url }] : [];
  });
  const missing = photoIds.length - images.length;
  const words = missing > 0 ? `${text}${text === '[รูปภาพ]' ? '' : ' '}(แนบรูป ${missing} รูป ดูได้ที่ “ติดตามเรื่อง”)` : text;
  // Keyed by the request, not by the line's number: two copies of one request racing deliver once.
  await deps.delivery.toVillager(consultation, `line:${requestKey}`, [buildStaffLine(actor.name, words), ...images].slice(0, 5));
}

