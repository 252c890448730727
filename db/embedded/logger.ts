/** The part of a pino logger the server uses. */
export interface EmbeddedLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Used when no logger is given: problems still reach stderr, routine lines stay quiet. */
export const stderrLogger: EmbeddedLogger = {
  info: () => undefined,
  warn: (obj, msg) => console.warn('[embedded-db]', msg ?? '', obj),
  error: (obj, msg) => console.error('[embedded-db]', msg ?? '', obj),
};
