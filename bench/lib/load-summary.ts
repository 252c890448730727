import type { Result } from 'autocannon';
import type { TrafficStats } from './webhook-traffic.ts';

export type LoadPlan = {
  label: string;
  url: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second across all connections; unset means as fast as the server answers. */
  overallRate?: number;
};

/** The figures the report needs, small enough to post from the load worker. */
export type LoadSummary = {
  label: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  ok2xx: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  durationSeconds: number;
  replyTokensMissing: number;
  acceptedEventIds: string[];
};

export function summarize(label: string, result: Result, traffic: TrafficStats): LoadSummary {
  return {
    label,
    requestsPerSecond: result['2xx'] / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    durationSeconds: result.duration,
    replyTokensMissing: traffic.replyTokensMissing,
    acceptedEventIds: traffic.acceptedEventIds,
  };
}
