import type { ChatContext } from '../../conversation/responder.ts';
import type { ActivityView } from '../../../domain/activities/activity-view.ts';
import { buildVisitQuestionPrompt } from '../../messages/activity-visit-messages.ts';
import { startFlow } from '../start-flow.ts';
import { visitQuestionFlow } from './visit-question-flow.ts';

export async function startVisitQuestion(context: ChatContext, view: ActivityView): Promise<void> {
  const flowId = await startFlow(context, visitQuestionFlow, { step: 'asking', activityId: view.id });
  if (flowId) await context.reply(buildVisitQuestionPrompt({ flowId }, view));
}
