import { Types } from 'mongoose';
import { PhotoModel } from '../../models/photo.ts';

/** Only photos this person uploaded and no case has taken yet may go into their new case or note. */
export async function photosOwnedBy(photoIds: string[], lineUserId: string): Promise<boolean> {
  if (photoIds.length === 0) return true;
  if (!photoIds.every((id) => Types.ObjectId.isValid(id))) return false;
  const owned = await PhotoModel.countDocuments({ _id: { $in: photoIds }, ownerLineUserId: lineUserId });
  return owned === new Set(photoIds).size;
}
