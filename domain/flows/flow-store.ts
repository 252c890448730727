import { randomBytes } from 'node:crypto';
import { FlowStateModel, type FlowStateDocument } from '../../models/flow-state.ts';
import { createBatchedLookup } from '../../infra/workers/batched-lookup.ts';
import { readOfferedButtons, type OfferedButton } from './offered-buttons.ts';
import { DAY_MS } from '../time/thai-time.ts';

/** A flow as stored: `state` is still unchecked; the flow's own schema reads it. */
export type StoredFlow = { flow: string; flowId: string; state: unknown; expired: boolean; offered: OfferedButton[] };

export type FlowStore = {
  load(lineUserId: string): Promise<StoredFlow | null>;
  /** Starts a new flow (replacing any other) and returns its id. */
  start(lineUserId: string, flow: string, state: unknown, ttlMs: number): Promise<string>;
  /** Saves the next state of a running flow and pushes its expiry back; with `offered`, in place of the buttons offered before. */
  save(lineUserId: string, flowId: string, state: unknown, ttlMs: number, offered?: OfferedButton[]): Promise<void>;
  /** Remembers the buttons a running flow has just offered, in place of those it offered before. */
  offer(lineUserId: string, flowId: string, offered: OfferedButton[]): Promise<void>;
  end(lineUserId: string, flowId?: string): Promise<void>;
};

/** How long an expired flow is remembered, so a late message hears that it timed out. */
const REMEMBER_EXPIRED_MS = 3 * DAY_MS;

/**
 * States are plain data; a field set to undefined must stay absent (BSON would store null, which
 * the flow's schema then refuses).
 */
function plain(state: unknown): unknown {
  return JSON.parse(JSON.stringify(state ?? {}));
}

/** Flow state lives in MongoDB: any instance can continue anyone's flow. */
export function createFlowStore(now: () => Date = () => new Date()): FlowStore {
  // Every message asks whether its sender is in a flow: the events being processed at once ask in one query.
  const lookup = createBatchedLookup<FlowStateDocument>(FlowStateModel, 'lineUserId');
  const times = (ttlMs: number) => {
    const expiresAt = new Date(now().getTime() + ttlMs);
    return { expiresAt, purgeAt: new Date(expiresAt.getTime() + REMEMBER_EXPIRED_MS) };
  };
  return {
    async load(lineUserId) {
      const stored = await lookup.get(lineUserId);
      if (!stored) return null;
      return { flow: stored.flow, flowId: stored.flowId, state: stored.state, expired: stored.expiresAt <= now(), offered: readOfferedButtons(stored.offered) };
    },
    async start(lineUserId, flow, state, ttlMs) {
      const flowId = randomBytes(6).toString('base64url');
      await FlowStateModel.updateOne({ lineUserId }, { $set: { flow, flowId, state: plain(state), ...times(ttlMs) }, $unset: { offered: 1 } }, { upsert: true });
      return flowId;
    },
    async save(lineUserId, flowId, state, ttlMs, offered) {
      await FlowStateModel.updateOne({ lineUserId, flowId }, { $set: { state: plain(state), ...times(ttlMs), ...(offered ? { offered } : {}) } });
    },
    async offer(lineUserId, flowId, offered) {
      await FlowStateModel.updateOne({ lineUserId, flowId }, { $set: { offered } });
    },
    async end(lineUserId, flowId) {
      await FlowStateModel.deleteOne({ lineUserId, ...(flowId ? { flowId } : {}) });
    },
  };
}
