import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Paths that could carry message text, phone numbers or tokens are
 * censored so a careless `log.info({ event })` cannot leak what villagers typed.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'clinic-center-bot' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-line-signature"]',
          '*.text',
          '*.message.text',
          '*.phone',
          '*.accessToken',
          '*.channelAccessToken',
          '*.channelSecret',
          '*.idToken',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
