import type { webhook } from '@line/bot-sdk';
import { forgetMessage } from '../../../domain/privacy/forget-message.ts';
import type { EventContext } from '../event-context.ts';

/** LINE's guidelines ask bots to honour an unsend: every stored copy of the message's text is erased. */
export async function handleUnsend(context: EventContext<webhook.UnsendEvent>): Promise<void> {
  const places = await forgetMessage({ messageId: context.event.unsend.messageId, lineUserId: context.lineUserId });
  context.log.info({ places }, 'unsent message forgotten');
}
