import type { ActiveFault, FaultEndpoint, FaultSpec } from './types.ts';

/** Faults are consumed in the order they were injected; each affects `times` matching requests. */
export class FaultInjector {
  readonly #faults: ActiveFault[] = [];
  #nextId = 1;

  inject(spec: FaultSpec): ActiveFault {
    const times = spec.times ?? 1;
    const fault: ActiveFault = { id: this.#nextId++, endpoint: spec.endpoint, times, spec, remaining: times };
    this.#faults.push(fault);
    return { ...fault };
  }

  take(endpoint: Exclude<FaultEndpoint, '*'>): FaultSpec | undefined {
    const index = this.#faults.findIndex((fault) => fault.endpoint === endpoint || fault.endpoint === '*');
    const fault = this.#faults[index];
    if (!fault) return undefined;
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults.splice(index, 1);
    return fault.spec;
  }

  list(): ActiveFault[] {
    return this.#faults.map((fault) => ({ ...fault }));
  }

  clear(): void {
    this.#faults.length = 0;
  }
}
