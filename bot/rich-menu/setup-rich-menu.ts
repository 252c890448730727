import type { messagingApi } from '@line/bot-sdk';
import { readPngDimensions } from './png-dimensions.ts';
import { RichMenuSetupError } from './rich-menu-setup-error.ts';

/** LINE rejects rich menu images larger than this. */
export const MAX_RICH_MENU_IMAGE_BYTES = 1024 * 1024;

export type RichMenuApi = Pick<
  messagingApi.MessagingApiClient,
  'validateRichMenuObject' | 'createRichMenu' | 'setDefaultRichMenu' | 'getRichMenuList' | 'deleteRichMenu'
>;
export type RichMenuBlobApi = Pick<messagingApi.MessagingApiBlobClient, 'setRichMenuImage'>;

export type SetupRichMenuInput = {
  api: RichMenuApi;
  blobApi: RichMenuBlobApi;
  menu: messagingApi.RichMenuRequest;
  image: Uint8Array<ArrayBuffer>;
  /** Older menus whose name starts with this are deleted once the new one is the default. */
  namePrefix: string;
  log: (line: string) => void;
};

export type SetupRichMenuResult = { richMenuId: string; deletedRichMenuIds: string[] };

/**
 * Creates the menu, uploads its image, makes it the default and removes older versions. The new menu
 * becomes the default before old ones are deleted so users are never left without a menu. A failure
 * part-way leaves at most one unused menu, which the next successful run deletes with the others.
 */
export async function setupRichMenu(input: SetupRichMenuInput): Promise<SetupRichMenuResult> {
  const { api, blobApi, menu, image, log } = input;
  checkImage(image, menu, log);
  await runStep(log, '1/5 ตรวจสอบโครงสร้างเมนูกับ LINE (validate)', () => api.validateRichMenuObject(menu));
  const { richMenuId } = await runStep(log, '2/5 สร้างเมนูใหม่ (create)', () => api.createRichMenu(menu));
  log(`    ได้รหัสเมนู ${richMenuId}`);
  await runStep(log, '3/5 อัปโหลดรูปเมนู (upload image)', () =>
    blobApi.setRichMenuImage(richMenuId, new Blob([image], { type: 'image/png' })),
  );
  await runStep(log, '4/5 ตั้งเป็นเมนูเริ่มต้นของผู้ใช้ทุกคน (set default)', () =>
    api.setDefaultRichMenu(richMenuId),
  );
  const deletedRichMenuIds = await runStep(log, '5/5 ลบเมนูรุ่นเก่าที่ชื่อเดียวกัน (delete old menus)', () =>
    deleteOlderMenus(api, input.namePrefix, richMenuId),
  );
  log(deletedRichMenuIds.length ? `    ลบแล้ว: ${deletedRichMenuIds.join(', ')}` : '    ไม่มีเมนูเก่าให้ลบ');
  return { richMenuId, deletedRichMenuIds };
}

async function deleteOlderMenus(api: RichMenuApi, namePrefix: string, keepId: string): Promise<string[]> {
  const { richmenus } = await api.getRichMenuList();
  const older = richmenus.filter((menu) => menu.name.startsWith(namePrefix) && menu.richMenuId !== keepId);
  for (const menu of older) await api.deleteRichMenu(menu.richMenuId);
  return older.map((menu) => menu.richMenuId);
}

function checkImage(image: Uint8Array, menu: messagingApi.RichMenuRequest, log: (line: string) => void): void {
  const step = '0/5 ตรวจรูปเมนู (check image)';
  log(step);
  if (image.byteLength > MAX_RICH_MENU_IMAGE_BYTES) {
    throw new RichMenuSetupError(step, new Error(`รูปมีขนาด ${image.byteLength} ไบต์ เกิน 1 MB ที่ LINE รับได้`));
  }
  const { width, height } = readPngDimensionsOrFail(image, step);
  if (width !== menu.size?.width || height !== menu.size?.height) {
    const expected = `${menu.size?.width}×${menu.size?.height}`;
    throw new RichMenuSetupError(step, new Error(`รูปขนาด ${width}×${height} ไม่ตรงกับเมนู ${expected}`));
  }
  log(`    PNG ${width}×${height} px, ${Math.ceil(image.byteLength / 1024)} KB`);
}

function readPngDimensionsOrFail(image: Uint8Array, step: string): { width: number; height: number } {
  try {
    return readPngDimensions(image);
  } catch (error) {
    throw new RichMenuSetupError(step, error);
  }
}

async function runStep<T>(log: (line: string) => void, step: string, work: () => Promise<T>): Promise<T> {
  log(step);
  try {
    return await work();
  } catch (error) {
    throw new RichMenuSetupError(step, error);
  }
}
