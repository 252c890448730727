export { createChatConsoleRouter, type ChatConsoleOptions } from './server/chat-console-router.ts';
export type { ConsoleOffice, ConsoleRoles } from './server/people-routes.ts';
export type { DefaultRichMenu, RichMenuDefinition } from './server/rich-menu-routes.ts';
