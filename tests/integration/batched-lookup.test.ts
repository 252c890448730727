import { describe, expect, it, vi } from 'vitest';
import { useTestDatabase } from '../helpers/database.ts';
import { newUserId } from '../helpers/webhook-events.ts';
import { createBatchedLookup } from '../../infra/workers/batched-lookup.ts';
import { FlowStateModel, type FlowStateDocument } from '../../models/flow-state.ts';
import { createFlowStore } from '../../domain/flows/flow-store.ts';

useTestDatabase();

describe('batched lookup', () => {
  it('when many people are looked up at once, then they share a query and each gets only their own document', async () => {
    const store = createFlowStore();
    const people = Array.from({ length: 40 }, () => newUserId());
    for (const [i, person] of people.slice(0, 20).entries()) await store.start(person, 'case-intake', { step: i }, 60_000);
    const lookup = createBatchedLookup<FlowStateDocument>(FlowStateModel, 'lineUserId');
    const finds = vi.spyOn(FlowStateModel, 'find');
    const found = await Promise.all(people.map((person) => lookup.get(person)));
    expect(finds).toHaveBeenCalledTimes(1);
    finds.mockRestore();
    expect(found.map((doc) => doc?.lineUserId ?? null)).toEqual(people.map((person, i) => (i < 20 ? person : null)));
    expect(found.slice(0, 20).map((doc) => (doc?.state as { step: number }).step)).toEqual([...Array(20).keys()]);
  });

  it('when a flow was just saved, then the next load sees it', async () => {
    const store = createFlowStore();
    const person = newUserId();
    expect(await store.load(person)).toBeNull();
    const flowId = await store.start(person, 'case-intake', { step: 'where' }, 60_000);
    await store.save(person, flowId, { step: 'what' }, 60_000);
    expect(await store.load(person)).toMatchObject({ flowId, state: { step: 'what' }, expired: false });
    await store.end(person);
    expect(await store.load(person)).toBeNull();
  });
});
