/** Where collections report each change so it can be made durable (a journal, or nothing on replay). */
export interface WriteLog {
  append(record: Record<string, unknown>): void;
}

export const NO_LOG: WriteLog = { append: () => undefined };
