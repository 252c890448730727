import type { Document } from 'bson';
import type { CursorStore } from '../cursors.ts';
import { errors } from '../errors.ts';
import type { Catalog } from '../storage/catalog.ts';
import type { Collection } from '../storage/collection.ts';

export interface CommandContext {
  db: string;
  catalog: Catalog;
  cursors: CursorStore;
  connectionId: number;
  /** Rewrites the snapshot in the background; resolves to the bytes the data files shrank by. */
  compact(): Promise<number>;
}

/** Commands answer at once; only one that waits for background work (compact) returns a promise. */
export type CommandHandler = (command: Document, ctx: CommandContext) => Document | Promise<Document>;

/** The collection a command names in its first field (e.g. `{ find: "users" }`). */
export function collectionName(command: Document): string {
  const name = Object.values(command)[0];
  if (typeof name !== 'string') throw errors.invalidNamespace(`collection name has invalid type ${typeof name}`);
  return name;
}

export function existing(command: Document, ctx: CommandContext): Collection | undefined {
  return ctx.catalog.get(ctx.db, collectionName(command));
}

export function toInt(value: unknown, fallback = 0): number {
  return typeof value === 'number' ? Math.trunc(value) : fallback;
}
