import { validateAction } from './action-validator.ts';
import {
  checkArray,
  checkEnum,
  checkHttpsUrl,
  checkNumber,
  checkObject,
  checkString,
  type Issues,
} from './checks.ts';
import { validateFlexContainer } from './flex-validator.ts';
import { validateTemplate } from './template-validator.ts';

type MessageRule = (issues: Issues, message: Record<string, unknown>, path: string) => void;

const MESSAGE_RULES: Record<string, MessageRule> = {
  text(issues, message, path) {
    checkString(issues, message.text, `${path}.text`, { max: 5000 });
    if (message.emojis !== undefined) checkArray(issues, message.emojis, `${path}.emojis`, { min: 0, max: 20 });
    checkString(issues, message.quoteToken, `${path}.quoteToken`, { max: 1000, required: false });
  },
  textV2(issues, message, path) {
    checkString(issues, message.text, `${path}.text`, { max: 5000 });
  },
  sticker(issues, message, path) {
    checkString(issues, message.packageId, `${path}.packageId`, { max: 100 });
    checkString(issues, message.stickerId, `${path}.stickerId`, { max: 100 });
  },
  image(issues, message, path) {
    checkHttpsUrl(issues, message.originalContentUrl, `${path}.originalContentUrl`);
    checkHttpsUrl(issues, message.previewImageUrl, `${path}.previewImageUrl`);
  },
  video(issues, message, path) {
    checkHttpsUrl(issues, message.originalContentUrl, `${path}.originalContentUrl`);
    checkHttpsUrl(issues, message.previewImageUrl, `${path}.previewImageUrl`);
  },
  audio(issues, message, path) {
    checkHttpsUrl(issues, message.originalContentUrl, `${path}.originalContentUrl`);
    checkNumber(issues, message.duration, `${path}.duration`);
  },
  location(issues, message, path) {
    checkString(issues, message.title, `${path}.title`, { max: 100 });
    checkString(issues, message.address, `${path}.address`, { max: 100 });
    checkNumber(issues, message.latitude, `${path}.latitude`, { min: -90, max: 90 });
    checkNumber(issues, message.longitude, `${path}.longitude`, { min: -180, max: 180 });
  },
  imagemap(issues, message, path) {
    checkHttpsUrl(issues, message.baseUrl, `${path}.baseUrl`);
    checkString(issues, message.altText, `${path}.altText`, { max: 1500 });
    if (checkObject(issues, message.baseSize, `${path}.baseSize`)) {
      checkNumber(issues, message.baseSize.width, `${path}.baseSize.width`);
      checkNumber(issues, message.baseSize.height, `${path}.baseSize.height`);
    }
    checkArray(issues, message.actions, `${path}.actions`, { min: 1, max: 50 });
  },
  template(issues, message, path) {
    checkString(issues, message.altText, `${path}.altText`, { max: 1500 });
    validateTemplate(issues, message.template, `${path}.template`);
  },
  flex(issues, message, path) {
    checkString(issues, message.altText, `${path}.altText`, { max: 1500 });
    validateFlexContainer(issues, message.contents, `${path}.contents`);
  },
};

export const MESSAGE_TYPES = Object.keys(MESSAGE_RULES);

export function validateMessage(issues: Issues, message: unknown, path: string): void {
  if (!checkObject(issues, message, path)) return;
  if (!checkEnum(issues, message.type, `${path}.type`, MESSAGE_TYPES)) return;
  MESSAGE_RULES[message.type as string]?.(issues, message, path);
  if (message.quickReply !== undefined) validateQuickReply(issues, message.quickReply, `${path}.quickReply`);
  if (message.sender !== undefined && checkObject(issues, message.sender, `${path}.sender`)) {
    checkString(issues, message.sender.name, `${path}.sender.name`, { max: 20, required: false });
    checkHttpsUrl(issues, message.sender.iconUrl, `${path}.sender.iconUrl`, false, 2000);
  }
}

function validateQuickReply(issues: Issues, quickReply: unknown, path: string): void {
  if (!checkObject(issues, quickReply, path)) return;
  const items = checkArray(issues, quickReply.items, `${path}.items`, { min: 1, max: 13 }) ?? [];
  items.forEach((item, index) => {
    const itemPath = `${path}.items[${index}]`;
    if (!checkObject(issues, item, itemPath)) return;
    checkEnum(issues, item.type, `${itemPath}.type`, ['action']);
    checkHttpsUrl(issues, item.imageUrl, `${itemPath}.imageUrl`, false, 2000);
    validateAction(issues, item.action, `${itemPath}.action`, { place: 'quickReply', labelRequired: true, labelMax: 20 });
  });
}

export function validateMessages(issues: Issues, messages: unknown): void {
  const list = checkArray(issues, messages, 'messages', { min: 1, max: 5 }) ?? [];
  list.forEach((message, index) => validateMessage(issues, message, `messages[${index}]`));
}
