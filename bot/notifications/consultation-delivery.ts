import type { messagingApi } from '@line/bot-sdk';
import type { Outbox } from '../../infra/outbox/outbox.ts';
import type { Consultation } from '../../domain/consultations/consultations.ts';
import { clinicStaff, stillFollowing } from '../../domain/users/recipients.ts';

/**
 * Carries a live consultation between the two sides, through the outbox with one key per line,
 * so a retried event or a repeated click delivers once. A staff answer while the villager's last
 * reply token is still fresh goes as a reply (free); otherwise as a push.
 */
export type ConsultationDelivery = ReturnType<typeof createConsultationDelivery>;

export function createConsultationDelivery(outbox: Outbox) {
  const key = (consultation: Consultation, part: string) => `consult:${String(consultation._id)}:${part}`;
  return {
    async toVillager(consultation: Consultation, part: string, messages: messagingApi.Message[]): Promise<void> {
      const to = consultation.villagerLineUserId;
      const token = consultation.lastReply?.token;
      if (token && consultation.lastReply?.receivedAt) {
        await outbox.reply({ dedupeKey: key(consultation, part), replyToken: token, receivedAt: consultation.lastReply.receivedAt, to, messages });
      } else {
        await outbox.push({ dedupeKey: key(consultation, part), to, messages });
      }
    },
    async toAllStaff(consultation: Consultation, part: string, messages: messagingApi.Message[]): Promise<void> {
      const to = await clinicStaff();
      if (to.length > 0) await outbox.multicast({ dedupeKey: key(consultation, part), to, messages });
    },
    async toAssignedStaff(consultation: Consultation, part: string, messages: messagingApi.Message[]): Promise<void> {
      const [to] = await stillFollowing(consultation.staff?.lineUserId ? [consultation.staff.lineUserId] : []);
      if (to) await outbox.push({ dedupeKey: key(consultation, part), to, messages });
    },
  };
}
