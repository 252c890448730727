import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A blank `PORT=` in a .env file means "not set", not port 0. */
const blankAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const portNumber = z.coerce.number().int().min(0).max(65_535);
const positiveNumber = z.coerce.number().int().positive();
const port = (fallback: number) => z.preprocess(blankAsUnset, portNumber.default(fallback));
const optionalPort = z.preprocess(blankAsUnset, portNumber.optional());
const positiveInt = (fallback: number) => z.preprocess(blankAsUnset, positiveNumber.default(fallback));
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/** Every environment variable the service reads; `.env.example` documents each one. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port(3000),
  HOST: optionalString,
  INSTANCE_ROLE: z.enum(['all', 'webhook', 'worker']).default('all'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PUBLIC_BASE_URL: z.url().optional(),

  LINE_CHANNEL_SECRET: optionalString,
  LINE_CHANNEL_ACCESS_TOKEN: optionalString,
  LINE_API_BASE_URL: z.url().default('https://api.line.me'),
  LINE_DATA_API_BASE_URL: z.url().default('https://api-data.line.me'),
  LIFF_CHANNEL_ID: optionalString,
  LIFF_ID: optionalString,
  // The LIFF map's tiles (a Leaflet URL template); blank switches the map off (lat/lng entry only).
  LIFF_MAP_TILE_URL: z
    .string()
    .trim()
    .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png')
    .refine((value) => value === '' || /^https:\/\/[^/]+\//.test(value), 'ต้องเป็น URL แบบ https (must be an https URL template)'),

  MONGODB_URI: optionalString,
  EMBEDDED_DB_PATH: z.preprocess(blankAsUnset, z.string().default('.data/db')),
  EMBEDDED_DB_PORT: optionalPort,

  WEBHOOK_BODY_LIMIT_BYTES: positiveInt(1_048_576),
  SHUTDOWN_GRACE_MS: positiveInt(5_000),
  HTTP_MAX_CONNECTIONS: positiveInt(1_000),
  HTTP_HEADERS_TIMEOUT_MS: positiveInt(10_000),
  HTTP_REQUEST_TIMEOUT_MS: positiveInt(30_000),
  HTTP_IDLE_TIMEOUT_MS: positiveInt(65_000),
  API_RATE_LIMIT_PER_MINUTE: positiveInt(300),
  AUTH_FAILURES_PER_IP_PER_HOUR: positiveInt(30),
  INBOX_LEASE_MS: positiveInt(30_000),
  INBOX_MAX_ATTEMPTS: positiveInt(5),
  INBOX_RETENTION_DAYS: positiveInt(7),
  INBOX_DEAD_RETENTION_DAYS: positiveInt(30),
  // LINE keeps an X-Line-Retry-Key 24 h; retrying longer could deliver twice.
  OUTBOX_RETRY_HOURS: z.preprocess(blankAsUnset, z.coerce.number().positive().max(20).default(6)),
  OUTBOX_LEASE_MS: positiveInt(30_000),
  OUTBOX_SENT_RETENTION_DAYS: positiveInt(7),
  OUTBOX_DEAD_RETENTION_DAYS: positiveInt(30),
  LINE_RATE_LIMIT_REPLY_PER_SEC: positiveInt(1_000),
  LINE_RATE_LIMIT_PUSH_PER_SEC: positiveInt(1_000),
  LINE_RATE_LIMIT_MULTICAST_PER_SEC: positiveInt(100),
  FLOOD_BURST_MESSAGES: positiveInt(6),
  FLOOD_MESSAGES_PER_MINUTE: positiveInt(20),
  CONVERSATION_TTL_MINUTES: positiveInt(30),
  FAQ_REFRESH_INTERVAL_MS: positiveInt(5_000),

  CASE_REOPEN_DAYS: positiveInt(7),
  CASE_AUTO_CLOSE_DAYS: positiveInt(7),
  CASE_ESCALATE_AFTER_DAYS: positiveInt(3),
  CASE_CONTACT_RETENTION_DAYS: positiveInt(180),
  /** Scheduled jobs run on `all` and `worker` instances; false turns them off (tests, benchmarks). */
  JOBS_ENABLED: booleanFlag.default(true),
  JOB_CASE_DEADLINES_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('30 8 * * *')),
  JOB_REPORT_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('0 8 * * *')),
  JOB_RETENTION_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('30 3 * * *')),
  JOB_FAQ_DIGEST_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('0 8 * * *')),
  JOB_MONTHLY_SCHEDULE_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('0 9 25 * *')),
  JOB_ACTIVITY_REMINDERS_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('0 7 * * *')),
  JOB_ACTIVITY_CHANGES_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('5 * * * *')),
  ACTIVITY_QUOTA_RESERVE: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).default(200)),
  ACTIVITY_REPORT_WAIT_SECONDS: z.preprocess(blankAsUnset, z.coerce.number().int().min(0).max(900).default(120)),

  /** The full privacy notice people are sent to at the first follow; unset: the bot's own /privacy page. */
  PRIVACY_NOTICE_URL: z.preprocess(blankAsUnset, z.url().optional()),
  /** Keys the pseudonyms of erased people (PDPA), so statistics stay linkable; unset: the channel secret. */
  PSEUDONYM_SECRET: optionalString,
  CLINIC_CONTACT_NAME: optionalString,
  CLINIC_CONTACT_PHONE: optionalString,
  CLINIC_CONTACT_ADDRESS: optionalString,
  CLINIC_CONTACT_MAP_URL: z.preprocess(blankAsUnset, z.url().optional()),
  OFFICE_HOURS: z.preprocess(
    blankAsUnset,
    z.string().regex(/^\s*[a-z]{3}(-[a-z]{3})?\s+\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*(\s*;\s*[a-z]{3}(-[a-z]{3})?\s+\d{2}:\d{2}-\d{2}:\d{2}(,\d{2}:\d{2}-\d{2}:\d{2})*)*\s*$/i, 'expected e.g. "mon-fri 08:30-16:30" or "mon-sun 00:00-24:00"').default('mon-fri 08:30-16:30'),
  ),
  CONSULTATION_IDLE_MINUTES: positiveInt(30),
  JOB_CONSULTATION_IDLE_CRON: z.preprocess(blankAsUnset, z.string().regex(/^(\S+\s+){4}\S+$/, 'expected a five-field cron expression').default('*/5 * * * *')),

  LOCAL_MODE_ALLOW_REMOTE: booleanFlag.default(false),
  EMULATOR_PORT: optionalPort,
});

export type Env = z.infer<typeof envSchema>;
