import { CaseRefusedError } from '../../../domain/cases/case-types.ts';
import type { IntakeState } from '../../../domain/cases/intake/intake-state.ts';
import { buildFiledMessages, buildSupportedMessages } from '../../messages/case-draft-messages.ts';
import { buildRefusalMessages } from '../../messages/case-refusal-messages.ts';
import type { FlowTurn, FlowTurnContext } from '../flow-definition.ts';

type Turn = FlowTurn<IntakeState>;
type Context = FlowTurnContext<IntakeState>;

/** «แจ้งด้วยอีกคน» on a nearby case: the villager follows it (and it rises in priority) instead of filing a duplicate. */
export async function supportCase(context: Context, ticket: string): Promise<Turn> {
  const lineUserId = context.lineUserId!;
  const stored = await context.services.cases.support({ ticket, actor: { lineUserId, role: 'villager' } });
  await context.reply(buildSupportedMessages(await context.services.cases.view(stored, { lineUserId, role: 'villager' })));
  return { next: 'end' };
}

/** The summary was confirmed: the case is filed once per tap (the event's id is its request key). */
export async function fileCase(context: Context): Promise<Turn> {
  const { state } = context;
  const lineUserId = context.lineUserId!;
  const reporter = { lineUserId, role: 'villager' as const, name: undefined };
  try {
    const stored = await context.services.cases.file({
      requestKey: `event:${context.webhookEventId}`,
      source: 'chat',
      reporter,
      kind: state.kind!,
      category: state.category!,
      description: state.description!,
      photoIds: state.photoIds,
      location: state.location,
      area: state.area ?? undefined,
      outsideProvince: state.outsideProvince,
      contact: state.contact ?? undefined,
      unansweredQuestionId: state.unansweredQuestionId,
      activityId: state.activityId,
    });
    await context.reply(buildFiledMessages(await context.services.cases.view(stored, reporter)));
    return { next: 'end' };
  } catch (error) {
    if (!(error instanceof CaseRefusedError)) throw error;
    await context.reply(buildRefusalMessages(error.refusal));
    return { next: 'end' };
  }
}
