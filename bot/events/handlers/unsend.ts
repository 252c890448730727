import type { webhook } from '@line/bot-sdk';
import { InboxEventModel } from '../../../models/inbox-event.ts';
import { forgetQuestionsFromEvents } from '../../../domain/knowledge-base/faq-feedback.ts';
import type { EventContext } from '../event-context.ts';

/**
 * LINE's guidelines ask bots to honour an unsend: the stored copy of the message is erased, and
 * so is the question it left for staff, if it was one the bot could not answer.
 */
export async function handleUnsend(context: EventContext<webhook.UnsendEvent>): Promise<void> {
  const messageId = context.event.unsend.messageId;
  const carriers = await InboxEventModel.find({ 'payload.message.id': messageId }, { webhookEventId: 1 }).lean();
  await InboxEventModel.updateMany(
    { 'payload.message.id': messageId },
    { $set: { 'payload.message': { id: messageId, type: 'unsent' } } },
  );
  await forgetQuestionsFromEvents(carriers.map((carrier) => carrier.webhookEventId));
}
