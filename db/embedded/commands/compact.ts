import type { CommandHandler } from './context.ts';

/**
 * MongoDB's `compact` frees space of one collection; here the data files hold every collection,
 * so it rewrites the snapshot of all of them (what otherwise happens when the journal outgrows
 * its threshold) and answers when that is done. Other clients are served meanwhile.
 */
const compact: CommandHandler = async (_command, ctx) => ({ bytesFreed: await ctx.compact(), ok: 1 });

export const compactCommands: Record<string, CommandHandler> = { compact };
