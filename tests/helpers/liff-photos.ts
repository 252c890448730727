import sharp from 'sharp';

/** A phone-sized JPEG (3000×2000) in one colour, as a camera would hand the page. */
export async function cameraPhoto(name: string, color: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 3000, height: 2000, channels: 3, background: color } }).jpeg({ quality: 90 }).toBuffer();
  return { name, mimeType: 'image/jpeg', buffer };
}
