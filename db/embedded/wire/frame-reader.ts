/** Largest message we accept, as advertised in `hello.maxMessageSizeBytes`. */
export const MAX_MESSAGE_BYTES = 48_000_000;
const HEADER_BYTES = 16;

export class WireError extends Error {}

/** Splits a TCP byte stream into whole wire messages using the int32 length prefix. */
export class FrameReader {
  private chunks: Buffer[] = [];
  private buffered = 0;

  /** Adds received bytes and returns every message now complete. Throws WireError on a bad length. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    const frames: Buffer[] = [];
    for (;;) {
      const length = this.peekLength();
      if (length === null || this.buffered < length) return frames;
      frames.push(this.take(length));
    }
  }

  private peekLength(): number | null {
    if (this.buffered < 4) return null;
    const head = this.chunks[0] && this.chunks[0].length >= 4 ? this.chunks[0] : this.merge();
    const length = head.readInt32LE(0);
    if (length < HEADER_BYTES || length > MAX_MESSAGE_BYTES) {
      throw new WireError(`invalid message length ${length} (allowed ${HEADER_BYTES}..${MAX_MESSAGE_BYTES})`);
    }
    return length;
  }

  private merge(): Buffer {
    const merged = Buffer.concat(this.chunks, this.buffered);
    this.chunks = [merged];
    return merged;
  }

  private take(length: number): Buffer {
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : this.merge();
    const frame = all.subarray(0, length);
    const rest = all.subarray(length);
    this.chunks = rest.length > 0 ? [rest] : [];
    this.buffered = rest.length;
    return frame;
  }
}
