/**
 * One Thai name per role: the chat, the LIFF pages and the command line all say these. The keys are
 * the stored roles (models/line-user.ts USER_ROLES); a role added there fails to compile where named.
 */
export const ROLE_NAMES = {
  villager: 'ประชาชน',
  officer: 'เจ้าหน้าที่ อปท.',
  'office-admin': 'หัวหน้าหน่วยงาน อปท.',
  staff: 'เจ้าหน้าที่ศูนย์ Clinic Center',
  admin: 'ผู้ดูแลระบบ',
} as const satisfies Record<string, string>;

export type NamedRole = keyof typeof ROLE_NAMES;
