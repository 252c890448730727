import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import mongoose, { Types } from 'mongoose';
import { PhotoModel } from '../../models/photo.ts';
import { MAX_PHOTO_BYTES } from '../forms/case-forms.ts';

export class PhotoRejectedError extends Error {
  override name = 'PhotoRejectedError';
  readonly reason: 'not_image' | 'too_large';
  constructor(reason: PhotoRejectedError['reason']) {
    super(reason);
    this.reason = reason;
  }
}

const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'heif', 'gif']);
/** What others see is re-encoded at a size that reads well on a phone and keeps the database small. */
const SHARED_MAX_SIDE = 1_600;
const BUCKET = 'photos';

function bucket() {
  const db = mongoose.connection.db;
  if (!db) throw new Error('the database is not connected');
  return new mongoose.mongo.GridFSBucket(db, { bucketName: BUCKET });
}

/**
 * Stores a photo after checking by content (not by name) that it is an image within the size
 * limit. Idempotent by `sourceKey` (e.g. the LINE message id), so a retried event stores it once.
 */
export async function storePhoto(bytes: Buffer, meta: { ownerLineUserId?: string | undefined; sourceKey?: string }): Promise<string> {
  if (bytes.length > MAX_PHOTO_BYTES) throw new PhotoRejectedError('too_large');
  if (meta.sourceKey) {
    const existing = await PhotoModel.findOne({ sourceKey: meta.sourceKey }, { _id: 1 }).lean();
    if (existing) return String(existing._id);
  }
  const image = await inspect(bytes);
  const sharp = await loadSharp();
  const shared = await sharp(bytes).rotate().resize(SHARED_MAX_SIDE, SHARED_MAX_SIDE, { fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 80 }).toBuffer();
  const [originalFileId, sharedFileId] = await Promise.all([writeFile(bytes, image.contentType), writeFile(shared, 'image/jpeg')]);
  const photo = await PhotoModel.create({ ...meta, originalFileId, sharedFileId, contentType: image.contentType, bytes: bytes.length, width: image.width, height: image.height });
  return String(photo._id);
}

async function inspect(bytes: Buffer): Promise<{ contentType: string; width: number | undefined; height: number | undefined }> {
  const sharp = await loadSharp();
  try {
    const metadata = await sharp(bytes).metadata();
    if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) throw new PhotoRejectedError('not_image');
    return { contentType: `image/${metadata.format}`, width: metadata.width, height: metadata.height };
  } catch (error) {
    if (error instanceof PhotoRejectedError) throw error;
    throw new PhotoRejectedError('not_image');
  }
}

/** sharp (libvips) costs the bot about 23 MB of memory from the moment it loads; most processes never see a photo. */
async function loadSharp(): Promise<typeof import('sharp').default> {
  return (await import('sharp')).default;
}

async function writeFile(bytes: Buffer, contentType: string): Promise<Types.ObjectId> {
  const upload = bucket().openUploadStream('photo', { metadata: { contentType } });
  await pipeline(Readable.from([bytes]), upload);
  return upload.id as Types.ObjectId;
}

export type PhotoVariant = 'original' | 'shared';
export type OpenedPhoto = NonNullable<Awaited<ReturnType<typeof openPhoto>>>;

export async function openPhoto(photoId: string, variant: PhotoVariant): Promise<{ stream: NodeJS.ReadableStream; contentType: string; caseTicket: string | undefined; ownerLineUserId: string | undefined } | null> {
  if (!Types.ObjectId.isValid(photoId)) return null;
  const photo = await PhotoModel.findById(photoId).lean();
  if (!photo) return null;
  const fileId = variant === 'original' ? photo.originalFileId : photo.sharedFileId;
  return {
    stream: bucket().openDownloadStream(fileId),
    contentType: variant === 'original' ? photo.contentType : 'image/jpeg',
    caseTicket: photo.caseTicket ?? undefined,
    ownerLineUserId: photo.ownerLineUserId ?? undefined,
  };
}

/** Photos become the case's when it is filed or a note is added; until then only their owner sees them. */
export async function attachPhotos(photoIds: string[], caseTicket: string, ownerLineUserId: string | undefined): Promise<number> {
  if (photoIds.length === 0) return 0;
  const result = await PhotoModel.updateMany(
    { _id: { $in: photoIds }, $or: [{ caseTicket: { $exists: false } }, { caseTicket }], ...(ownerLineUserId ? { ownerLineUserId } : {}) },
    { $set: { caseTicket } },
  );
  return result.matchedCount;
}
