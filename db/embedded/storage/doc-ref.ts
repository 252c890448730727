/**
 * Documents are not kept in memory: each collection maps ids to where the current version's BSON
 * is in a data file (the snapshot or a journal), read back with one pread when needed. Memory per
 * document is then this small record plus the index entries, whatever the document's size.
 */

/** A data file that document bytes can be read from. */
export interface Segment {
  /** `sequential`: part of a scan in file order, worth reading ahead. */
  read(offset: number, length: number, sequential?: boolean): Buffer;
}

export interface DocRef {
  /**
   * The document's `_id` key, the one string the collection's map and every index entry share:
   * an update works out the key again from the document, and index entries re-added with that
   * copy would keep a second string per document alive.
   */
  key: string;
  segment: Segment;
  offset: number;
  length: number;
  /** Insertion order in the collection: natural order, and the tie-break of ordered indexes. */
  seq: number;
}
