import type { Responder } from './responder.ts';
import { buildMenuMessages } from '../messages/menu-messages.ts';
import { typedKey } from '../../domain/conversation/typed-key.ts';

const MENU_WORDS = new Set(['เมนู', 'menu', 'help', 'ช่วยเหลือ', 'วิธีใช้', 'เริ่มต้น', 'start']);

/** Compared as typed words are (typedKey), so «เมนูค่ะ» or «Menu!» is the menu as «เมนู» is. */
export function isMenuCommand(text: string): boolean {
  return MENU_WORDS.has(typedKey(text));
}

export const respondToMenuCommand: Responder = async (context, input) => {
  if (input.kind !== 'text' || !isMenuCommand(input.text)) return false;
  await context.reply(buildMenuMessages({ liffUrl: context.services.settings.liffUrl }));
  return true;
};
