import type { ActiveFault, FaultEndpoint, FaultSpec } from './types.ts';

/**
 * Faults are consumed in the order they were injected; each affects `times` matching requests,
 * or, with `durationMs`, every matching request until that much time has passed (an outage).
 */
export class FaultInjector {
  readonly #faults: (ActiveFault & { until?: number })[] = [];
  readonly #now: () => number;
  #nextId = 1;

  constructor(now: () => number = Date.now) {
    this.#now = now;
  }

  inject(spec: FaultSpec): ActiveFault {
    const times = spec.times ?? (spec.durationMs === undefined ? 1 : Number.POSITIVE_INFINITY);
    const fault = { id: this.#nextId++, endpoint: spec.endpoint, times, spec, remaining: times };
    this.#faults.push(spec.durationMs === undefined ? fault : { ...fault, until: this.#now() + spec.durationMs });
    return { ...fault };
  }

  take(endpoint: Exclude<FaultEndpoint, '*'>): FaultSpec | undefined {
    this.#forgetEnded();
    const index = this.#faults.findIndex((fault) => fault.endpoint === endpoint || fault.endpoint === '*');
    const fault = this.#faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return fault.spec;
  }

  list(): ActiveFault[] {
    this.#forgetEnded();
    return this.#faults.map(({ until: _until, ...fault }) => ({ ...fault }));
  }

  clear(): void {
    this.#faults.length = 0;
  }

  #forgetEnded(): void {
    const now = this.#now();
    for (let i = this.#faults.length - 1; i >= 0; i--) {
      const until = this.#faults[i]!.until;
      if (until !== undefined && until <= now) this.#faults.splice(i, 1);
    }
  }
}
