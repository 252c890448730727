import type { messagingApi } from '@line/bot-sdk';
import type { ChatInput } from '../conversation/chat-input.ts';
import type { ChatContext } from '../conversation/responder.ts';
import type { TypedAliases } from '../../domain/flows/offered-buttons.ts';

/** What a flow decides for one input. */
export type FlowTurn<S> =
  /** The flow consumed the input and moves to `state` (possibly the same step again). */
  | { next: 'continue'; state: S }
  /** The flow is over (done or cancelled); it has said so itself. */
  | { next: 'end' }
  /** Not for this flow (a menu tap, an FAQ choice): the rest of the chain answers, the flow stays. */
  | { next: 'pass' }
  /** The flow ended elsewhere (a consultation closed by staff): it goes, and the rest of the chain answers. */
  | { next: 'leave' };

export type FlowTurnContext<S> = ChatContext & {
  flowId: string;
  state: S;
  /** Lets the rest of the chain answer the input (a question typed mid-flow) before the flow re-prompts. */
  answerAside(input: ChatInput): Promise<boolean>;
};

/**
 * A conversation flow as an explicit state machine: typed state read back through `readState`,
 * its own expiry, and the postback actions it owns (buttons of an ended flow are stale).
 */
export type FlowDefinition<S> = {
  name: string;
  /** Postback actions starting with this prefix belong to this flow and carry its flow id as `f`. */
  actionPrefix: string;
  ttlMs: number;
  /**
   * Other words for some of its buttons, by label. Any button the flow last offered may be typed
   * instead of tapped (its label or the text a tap shows); these are the extra ways people type it.
   */
  typedAliases?: TypedAliases;
  readState(raw: unknown): S | null;
  handle(context: FlowTurnContext<S>, input: ChatInput): Promise<FlowTurn<S>>;
  /** Said when a button of an earlier, finished flow is tapped: what it was for, and that nothing changed. */
  staleMessages(): messagingApi.Message[];
  /** Said once, on the next message after the flow timed out. */
  expiredMessages(): messagingApi.Message[];
};

/** A flow's `readState` from its zod schema: stored state that no longer fits reads as none. */
export function stateReader<S>(schema: { safeParse(raw: unknown): { success: true; data: S } | { success: false } }): (raw: unknown) => S | null {
  return (raw) => {
    const parsed = schema.safeParse(raw);
    return parsed.success ? parsed.data : null;
  };
}

// any: the registry holds flows of different state types; each is used only with its own state.
export type AnyFlowDefinition = FlowDefinition<any>;
