export { createChatConsoleRouter } from './chat-console-router.ts';
