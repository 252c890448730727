/** Reads a stream whole, failing with `tooLarge()` as soon as it passes `limit` bytes: the rest is never buffered. */
export async function readLimited(stream: AsyncIterable<Uint8Array>, limit: number, tooLarge: () => Error): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > limit) throw tooLarge();
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
