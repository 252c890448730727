import type { ChatContext } from '../conversation/responder.ts';
import type { FlowDefinition } from './flow-definition.ts';

/** Starts `flow` for the person behind the event (ending any other) and returns its id for the buttons. */
export async function startFlow<S>(context: ChatContext, flow: FlowDefinition<S>, state: S): Promise<string | null> {
  if (!context.lineUserId) return null;
  return context.services.flows.start(context.lineUserId, flow.name, state, flow.ttlMs);
}
