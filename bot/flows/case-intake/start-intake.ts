import type { ChatContext } from '../../conversation/responder.ts';
import { newIntake } from '../../../domain/cases/intake/intake-state.ts';
import { findOwnUnansweredQuestion } from '../../../domain/knowledge-base/unanswered-lookup.ts';
import { startFlow } from '../start-flow.ts';
import { caseIntakeFlow } from './intake-flow.ts';
import { promptFor } from './intake-prompt.ts';

/**
 * Opens case intake. From the FAQ no-answer card («ขอคำปรึกษา», `uq`) the villager's own question
 * becomes the consultation's description, so they need not type it again.
 */
export async function startIntake(context: ChatContext, options: { kind?: 'problem' | 'consultation' | undefined; unansweredId?: string | undefined; activityId?: string | undefined }): Promise<void> {
  const question = options.unansweredId && context.lineUserId ? await findOwnUnansweredQuestion(options.unansweredId, context.lineUserId) : null;
  const state = newIntake({
    ...(options.kind ? { kind: options.kind } : {}),
    ...(options.activityId ? { activityId: options.activityId } : {}),
    ...(question ? { kind: 'consultation', description: question.text, unansweredQuestionId: question.id } : {}),
  });
  const flowId = await startFlow(context, caseIntakeFlow, state);
  if (!flowId) return;
  const prompt = await promptFor(context, flowId, state);
  if (prompt.state !== state) await context.services.flows.save(context.lineUserId!, flowId, prompt.state, caseIntakeFlow.ttlMs);
  await context.reply(prompt.messages);
}
