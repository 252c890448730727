import type { Response } from 'express';
import type { OpenedPhoto } from '../../domain/media/photo-store.ts';

/** Streams a stored photo, or answers 404 in Thai when there is none (or none this viewer may see). */
export function sendPhoto(res: Response, photo: OpenedPhoto | null, cacheControl: string, notFound = 'ไม่พบรูปนี้ค่ะ'): void {
  if (!photo) {
    res.status(404).json({ error: 'not_found', message: notFound });
    return;
  }
  res.set({ 'content-type': photo.contentType, 'cache-control': cacheControl });
  photo.stream.on('error', () => res.destroy()).pipe(res);
}
