/** Long side after resizing: enough to see a pothole or a document, small on a rural connection. */
const MAX_SIDE = 1600;
const QUALITY = 0.82;

/**
 * Shrinks a photo in the browser before upload and re-encodes it as JPEG, which also drops its
 * EXIF (GPS position included). createImageBitmap turns it upright by its EXIF orientation first.
 */
export async function resizePhoto(file: Blob): Promise<Blob> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('could not encode the photo'))), 'image/jpeg', QUALITY);
  });
}
