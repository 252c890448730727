import type { TextResponder } from '../events/event-context.ts';
import { buildMenuMessages } from '../messages/menu-messages.ts';

const MENU_WORDS = new Set(['เมนู', 'menu', 'help', 'ช่วยเหลือ', 'วิธีใช้', 'เริ่มต้น', 'start']);

export function isMenuCommand(text: string): boolean {
  return MENU_WORDS.has(text.trim().toLowerCase().replace(/[\s.!?]+/g, ''));
}

export const respondToMenuCommand: TextResponder = async (context, text) => {
  if (!isMenuCommand(text)) return false;
  await context.reply(buildMenuMessages({ liffUrl: context.services.settings.liffUrl }));
  return true;
};
