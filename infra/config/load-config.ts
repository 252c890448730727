import { z } from 'zod';
import { envSchema, type Env } from './env-schema.ts';

import type { AppConfig, LineCredentials } from './app-config.ts';

export type { AppConfig, LineCredentials } from './app-config.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOOPBACK = '127.0.0.1';

/** Reads and validates the environment once; every message names the variable that is wrong. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(`ค่าตั้งค่าไม่ถูกต้อง (invalid configuration):\n${formatIssues(parsed.error)}`);
  }
  const env = parsed.data;
  const lineCredentials = readLineCredentials(env);
  const mode = lineCredentials ? 'production' : 'local';
  const host = env.HOST ?? (mode === 'local' ? LOOPBACK : '0.0.0.0');
  if (mode === 'local' && !isLoopbackHost(host) && !env.LOCAL_MODE_ALLOW_REMOTE) {
    throw new ConfigError(
      `โหมดทดลองในเครื่อง (local mode) ไม่มีการยืนยันตัวตนจริง จึงไม่เปิดบน HOST=${host}: ` +
        'ตั้ง LINE_CHANNEL_SECRET/LINE_CHANNEL_ACCESS_TOKEN หรือ LOCAL_MODE_ALLOW_REMOTE=true ถ้าตั้งใจจริง ' +
        '(local mode refuses a non-loopback HOST unless LOCAL_MODE_ALLOW_REMOTE=true)',
    );
  }
  return {
    mode,
    env: env.NODE_ENV,
    instanceRole: env.INSTANCE_ROLE,
    host,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    lineCredentials,
    lineApiBaseUrl: env.LINE_API_BASE_URL,
    lineDataApiBaseUrl: env.LINE_DATA_API_BASE_URL,
    liff: { channelId: env.LIFF_CHANNEL_ID, liffId: env.LIFF_ID, mapTileUrl: env.LIFF_MAP_TILE_URL || null },
    database: {
      mongodbUri: env.MONGODB_URI,
      embeddedDbPath: env.EMBEDDED_DB_PATH,
      embeddedDbPort: env.EMBEDDED_DB_PORT,
    },
    webhookBodyLimitBytes: env.WEBHOOK_BODY_LIMIT_BYTES,
    shutdownGraceMs: env.SHUTDOWN_GRACE_MS,
    inbox: {
      leaseMs: env.INBOX_LEASE_MS,
      maxAttempts: env.INBOX_MAX_ATTEMPTS,
      retentionDays: env.INBOX_RETENTION_DAYS,
      deadRetentionDays: env.INBOX_DEAD_RETENTION_DAYS,
    },
    outbox: {
      leaseMs: env.OUTBOX_LEASE_MS,
      retryHours: env.OUTBOX_RETRY_HOURS,
      retention: { sentDays: env.OUTBOX_SENT_RETENTION_DAYS, deadDays: env.OUTBOX_DEAD_RETENTION_DAYS },
      ratePerSecond: {
        reply: env.LINE_RATE_LIMIT_REPLY_PER_SEC,
        push: env.LINE_RATE_LIMIT_PUSH_PER_SEC,
        multicast: env.LINE_RATE_LIMIT_MULTICAST_PER_SEC,
      },
    },
    http: {
      maxConnections: env.HTTP_MAX_CONNECTIONS,
      headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
      idleTimeoutMs: env.HTTP_IDLE_TIMEOUT_MS,
    },
    rateLimits: { apiPerMinute: env.API_RATE_LIMIT_PER_MINUTE, authFailuresPerHour: env.AUTH_FAILURES_PER_IP_PER_HOUR },
    flood: { burst: env.FLOOD_BURST_MESSAGES, perMinute: env.FLOOD_MESSAGES_PER_MINUTE },
    conversationTtlMinutes: env.CONVERSATION_TTL_MINUTES,
    faqRefreshIntervalMs: env.FAQ_REFRESH_INTERVAL_MS,
    contact: { name: env.CLINIC_CONTACT_NAME, phone: env.CLINIC_CONTACT_PHONE, address: env.CLINIC_CONTACT_ADDRESS, mapUrl: env.CLINIC_CONTACT_MAP_URL },
    officeHours: env.OFFICE_HOURS,
    consultation: { idleMinutes: env.CONSULTATION_IDLE_MINUTES },
    privacy: { noticeUrl: env.PRIVACY_NOTICE_URL, pseudonymSecret: env.PSEUDONYM_SECRET },
    cases: { reopenWithinDays: env.CASE_REOPEN_DAYS, autoCloseDays: env.CASE_AUTO_CLOSE_DAYS, escalateAfterDays: env.CASE_ESCALATE_AFTER_DAYS, contactRetentionDays: env.CASE_CONTACT_RETENTION_DAYS },
    jobs: { enabled: env.JOBS_ENABLED, schedules: { 'case-deadlines': env.JOB_CASE_DEADLINES_CRON, report: env.JOB_REPORT_CRON, retention: env.JOB_RETENTION_CRON, 'faq-digest': env.JOB_FAQ_DIGEST_CRON, 'monthly-schedule': env.JOB_MONTHLY_SCHEDULE_CRON, 'activity-reminders': env.JOB_ACTIVITY_REMINDERS_CRON, 'activity-changes': env.JOB_ACTIVITY_CHANGES_CRON, 'consultation-idle': env.JOB_CONSULTATION_IDLE_CRON } },
    activities: { quotaReserve: env.ACTIVITY_QUOTA_RESERVE, reportWaitMs: env.ACTIVITY_REPORT_WAIT_SECONDS * 1000 },
    localMode: { emulatorPort: env.EMULATOR_PORT },
  };
}

function readLineCredentials(env: Env): LineCredentials | null {
  const secret = env.LINE_CHANNEL_SECRET;
  const token = env.LINE_CHANNEL_ACCESS_TOKEN;
  if (secret && token) return { channelSecret: secret, channelAccessToken: token };
  if (secret || token) {
    const missing = secret ? 'LINE_CHANNEL_ACCESS_TOKEN' : 'LINE_CHANNEL_SECRET';
    throw new ConfigError(
      `ต้องตั้ง LINE_CHANNEL_SECRET และ LINE_CHANNEL_ACCESS_TOKEN คู่กัน: ขาด ${missing} ` +
        `(set both for production mode, or neither for local mode)`,
    );
  }
  return null;
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`).join('\n');
}

export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
