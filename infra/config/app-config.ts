import type { Env } from './env-schema.ts';

/** The service's configuration as the code reads it, validated and grouped by concern (load-config.ts builds it from the environment). */
export type LineCredentials = { channelSecret: string; channelAccessToken: string };

export type AppConfig = {
  /** `production` talks to LINE (or any LINE-compatible server at LINE_API_BASE_URL); `local` runs the emulator. */
  mode: 'production' | 'local';
  env: Env['NODE_ENV'];
  /**
   * `all` serves HTTP and runs the workers; `webhook` only answers HTTP (webhook, API) and leaves
   * processing to `worker` instances, so the tier LINE waits on can be scaled on its own.
   */
  instanceRole: Env['INSTANCE_ROLE'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  publicBaseUrl: string | undefined;
  /** Null in local mode until the emulator hands out its own credentials. */
  lineCredentials: LineCredentials | null;
  lineApiBaseUrl: string;
  lineDataApiBaseUrl: string;
  liff: { channelId: string | undefined; liffId: string | undefined; mapTileUrl: string | null };
  database: { mongodbUri: string | undefined; embeddedDbPath: string; embeddedDbPort: number | undefined };
  webhookBodyLimitBytes: number;
  /** On SIGTERM, how long requests in flight may take before their connections are cut. */
  shutdownGraceMs: number;
  inbox: { leaseMs: number; maxAttempts: number; retentionDays: number; deadRetentionDays: number };
  outbox: {
    leaseMs: number;
    /** How long a push or multicast is retried through an outage (well inside the retry key's 24 h). */
    retryHours: number;
    retention: { sentDays: number; deadDays: number };
    ratePerSecond: { reply: number; push: number; multicast: number };
  };
  http: { maxConnections: number; headersTimeoutMs: number; requestTimeoutMs: number; idleTimeoutMs: number };
  rateLimits: { apiPerMinute: number; authFailuresPerHour: number };
  /** Per person: messages at once, then per minute; beyond that one polite notice and the rest skipped. */
  flood: { burst: number; perMinute: number };
  conversationTtlMinutes: number;
  /** How often each instance checks whether another instance changed the FAQ. */
  faqRefreshIntervalMs: number;
  /** As configured; unset parts fall back to the marked sample (domain/office-hours/clinic-contact.ts). */
  contact: { name: string | undefined; phone: string | undefined; address: string | undefined; mapUrl: string | undefined };
  /** e.g. `mon-fri 08:30-16:30`; Thai public holidays are closed. */
  officeHours: string;
  consultation: { idleMinutes: number };
  privacy: { noticeUrl: string | undefined; pseudonymSecret: string | undefined };
  cases: { reopenWithinDays: number; autoCloseDays: number; escalateAfterDays: number; contactRetentionDays: number };
  /** Cron expressions (Asia/Bangkok) of the scheduled jobs, by job name. */
  jobs: { enabled: boolean; schedules: Record<string, string> };
  /** Messages of the monthly quota kept back from activity fan-outs; how long a fan-out waits to report its delivery. */
  activities: { quotaReserve: number; reportWaitMs: number };
  localMode: { emulatorPort: number | undefined };
};
