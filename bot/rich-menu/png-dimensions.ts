const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type PngDimensions = { width: number; height: number };

/** Reads width and height from the IHDR chunk, which the PNG spec requires to come first. */
export function readPngDimensions(bytes: Uint8Array): PngDimensions {
  const hasSignature = PNG_SIGNATURE.every((byte, index) => bytes[index] === byte);
  const ihdrType = new TextDecoder().decode(bytes.subarray(12, 16));
  if (!hasSignature || bytes.length < 24 || ihdrType !== 'IHDR') {
    throw new TypeError('not a PNG file (missing signature or IHDR chunk)');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
