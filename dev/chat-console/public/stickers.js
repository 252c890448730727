/** A few real sticker IDs from LINE's free packages; the emoji stands in for artwork the console cannot load. */
export const STICKERS = [
  { packageId: '446', stickerId: '1988', face: '👍' },
  { packageId: '446', stickerId: '1989', face: '🙏' },
  { packageId: '446', stickerId: '1990', face: '😂' },
  { packageId: '789', stickerId: '10855', face: '😊' },
  { packageId: '789', stickerId: '10856', face: '😢' },
  { packageId: '11537', stickerId: '52002734', face: '🎉' },
];

export function stickerFace(packageId, stickerId) {
  return STICKERS.find((s) => s.packageId === String(packageId) && s.stickerId === String(stickerId))?.face ?? '🙂';
}
