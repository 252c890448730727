import type { webhook } from '@line/bot-sdk';
import type { EventContext } from '../event-context.ts';

/** Removed from a group: nothing can be sent there any more; the log is the record. */
export async function handleLeave(context: EventContext<webhook.LeaveEvent>): Promise<void> {
  context.log.info({ sourceType: context.event.source?.type }, 'bot left a group or room');
}
