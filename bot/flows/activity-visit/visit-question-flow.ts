import { z } from 'zod';
import { findActivity } from '../../../domain/activities/activity-repository.ts';
import { toActivityView } from '../../../domain/activities/activity-view.ts';
import { askVisit } from '../../../domain/activities/visit-inbox.ts';
import { isCancelWord } from '../../../domain/conversation/question-shape.ts';
import { POSTBACK_ACTIONS } from '../../postback/postback-data.ts';
import { refsOf } from '../../postback/activity-chat.ts';
import { buildVisitQuestionCancelled, buildVisitQuestionExpired, buildVisitQuestionSaved, buildVisitQuestionStale, buildVisitQuestionTooShort } from '../../messages/activity-visit-messages.ts';
import { stateReader, type FlowDefinition } from '../flow-definition.ts';

const stateSchema = z.object({ step: z.literal('asking'), activityId: z.string() });
export type VisitQuestionState = z.infer<typeof stateSchema>;

/** «ส่งคำถามล่วงหน้า»: one state, asking; the next text is the question to the visit's team. */
export const visitQuestionFlow: FlowDefinition<VisitQuestionState> = {
  name: 'visit-question',
  actionPrefix: 'visitq.',
  ttlMs: 15 * 60_000,
  readState: stateReader(stateSchema),
  async handle(context, input) {
    if (input.kind === 'postback') {
      if (input.action !== POSTBACK_ACTIONS.visitCancel) return { next: 'pass' };
      await context.reply(buildVisitQuestionCancelled());
      return { next: 'end' };
    }
    if (input.kind !== 'text') return { next: 'pass' };
    const text = input.text.trim();
    if (isCancelWord(text)) {
      await context.reply(buildVisitQuestionCancelled());
      return { next: 'end' };
    }
    if (text.length < 5) {
      await context.reply(buildVisitQuestionTooShort());
      return { next: 'continue', state: context.state };
    }
    const activity = await findActivity(context.state.activityId);
    if (!activity) return { next: 'end' };
    await askVisit({ activityId: context.state.activityId, lineUserId: context.lineUserId!, text: text.slice(0, 1_000), requestKey: `event:${context.webhookEventId}` });
    await context.reply(buildVisitQuestionSaved(toActivityView(activity, await refsOf(context))));
    return { next: 'end' };
  },
  staleMessages: buildVisitQuestionStale,
  expiredMessages: buildVisitQuestionExpired,
};
