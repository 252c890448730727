import type { EmulatorState } from './emulator-state.ts';
import type { Delivery, DeliveryVia } from './types.ts';

export interface DeliveryFilter {
  userId?: string | null;
  via?: DeliveryVia;
}

export interface WaitOptions {
  /** Resolve once at least this many matching deliveries exist (counting earlier ones too). */
  count: number;
  timeoutMs?: number;
}

/** The bot answers asynchronously (inbox → outbox), so tests wait for deliveries instead of sleeping. */
export function waitForDeliveries(state: EmulatorState, filter: DeliveryFilter, options: WaitOptions): Promise<Delivery[]> {
  const matching = () => state.deliveries.filter((delivery) => matchesDelivery(delivery, filter));
  const ready = matching();
  if (ready.length >= options.count) return Promise.resolve(ready);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`expected ${options.count} deliveries matching ${JSON.stringify(filter)}, got ${matching().length}`));
    }, options.timeoutMs ?? 5_000);
    const unsubscribe = state.subscribe(() => {
      const current = matching();
      if (current.length < options.count) return;
      clearTimeout(timer);
      unsubscribe();
      resolve(current);
    });
  });
}

export function matchesDelivery(delivery: Delivery, filter: DeliveryFilter): boolean {
  return (filter.userId === undefined || delivery.userId === filter.userId) && (!filter.via || delivery.via === filter.via);
}
