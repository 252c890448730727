import type { Responder } from './responder.ts';
import { buildMenuMessages } from '../messages/menu-messages.ts';

const MENU_WORDS = new Set(['เมนู', 'menu', 'help', 'ช่วยเหลือ', 'วิธีใช้', 'เริ่มต้น', 'start']);

export function isMenuCommand(text: string): boolean {
  return MENU_WORDS.has(text.trim().toLowerCase().replace(/[\s.!?]+/g, ''));
}

export const respondToMenuCommand: Responder = async (context, input) => {
  if (input.kind !== 'text' || !isMenuCommand(input.text)) return false;
  await context.reply(buildMenuMessages({ liffUrl: context.services.settings.liffUrl }));
  return true;
};
