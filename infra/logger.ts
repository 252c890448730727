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

const LEVELS = new Set(['trace', 'debug', 'info', 'warn', 'error', 'fatal']);

/**
 * `logger.child(bindings)`, made only when something is logged through it. pino works the
 * redaction rules over a child's bindings as soon as it is made, which for one child per event or
 * outbox entry was a good share of all the bot's allocations, while most of them log nothing. A
 * call at a disabled level is a no-op that makes no child either.
 */
export function lazyChild(logger: Logger, bindings: pino.Bindings): Logger {
  let child: Logger | undefined;
  const made = () => (child ??= logger.child(bindings));
  return new Proxy(logger, {
    get(_target, property) {
      if (typeof property === 'string' && LEVELS.has(property) && !child && !logger.isLevelEnabled(property)) return noop;
      const value = Reflect.get(made(), property) as unknown;
      return typeof value === 'function' ? value.bind(made()) : value;
    },
  });
}

const noop = () => undefined;
