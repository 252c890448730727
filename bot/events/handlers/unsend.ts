import type { webhook } from '@line/bot-sdk';
import { InboxEventModel } from '../../../models/inbox-event.ts';
import type { EventContext } from '../event-context.ts';

/** LINE's guidelines ask bots to honour an unsend: the stored copy of the message is erased. */
export async function handleUnsend(context: EventContext<webhook.UnsendEvent>): Promise<void> {
  const messageId = context.event.unsend.messageId;
  await InboxEventModel.updateMany(
    { 'payload.message.id': messageId },
    { $set: { 'payload.message': { id: messageId, type: 'unsent' } } },
  );
}
