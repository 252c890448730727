import type { Doc } from '../values/doc-paths.ts';
import type { DocRef } from './doc-ref.ts';

/**
 * The decoded form of a collection's most recently written or read documents, so the next read
 * of one skips the pread and the BSON decode. The service's documents are read again soon after
 * they are written: an inbox event is claimed and finished, an outbox entry is marked sent, a
 * person's conversation state is read back on their next message.
 *
 * An entry is used only while it belongs to the document's current version (its DocRef), so a
 * write or a rolled-back write can never leave a stale copy to be read. Documents handed out are
 * shared: readers do not change them (updates build a new version, see plain-update.ts), and
 * aggregation stages, which may, get copies (Collection.findCopies).
 */
export class RecentDocuments {
  private readonly entries = new Map<string, { ref: DocRef; doc: Doc }>();
  /** BSON bytes of the documents held: a stand-in for their memory, which is a few times more. */
  private bytes = 0;
  private readonly budgetBytes: number;

  constructor(budgetBytes: number) {
    this.budgetBytes = budgetBytes;
  }

  get(ref: DocRef): Doc | undefined {
    const entry = this.entries.get(ref.key);
    return entry?.ref === ref ? entry.doc : undefined;
  }

  /** `doc` is `ref`'s version (as written or as decoded); it becomes the newest entry. */
  remember(ref: DocRef, doc: Doc): void {
    this.forget(ref.key);
    // One document that would take a good part of the budget is not worth pushing all others out.
    if (ref.length > this.budgetBytes / 8 || !readsBackAsIs(doc)) return;
    this.entries.set(ref.key, { ref, doc });
    this.bytes += ref.length;
    for (const [key] of this.entries) {
      if (this.bytes <= this.budgetBytes) break;
      this.forget(key);
    }
  }

  forget(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.ref.length;
  }
}

/**
 * Whether the document is exactly what decoding its stored bytes gives. Not when it holds an
 * `undefined` (storage drops the field) or binary data: a decoded Binary is a view of the buffer
 * it came from, a whole wire message on the write path, which keeping it would keep alive.
 */
export function readsBackAsIs(value: unknown): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'object' || value === null) return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!readsBackAsIs(item)) return false;
    return true;
  }
  if (ArrayBuffer.isView(value) || (value as { _bsontype?: unknown })._bsontype === 'Binary') return false;
  // Dates, ObjectIds and the other BSON values own their data; only sub-documents hold more.
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return true;
  for (const key in value) if (!readsBackAsIs((value as Record<string, unknown>)[key])) return false;
  return true;
}
