import type { webhook } from '@line/bot-sdk';
import { parsePostbackData } from '../postback/postback-data.ts';

/**
 * What a person did in the chat, whatever the event type: every link of the responder chain
 * (an active flow, commands, postback routes, the FAQ) sees the same shape.
 */
export type ChatInput =
  | { kind: 'text'; text: string }
  | { kind: 'image'; messageId: string; fromLine: boolean }
  | { kind: 'location'; latitude: number; longitude: number; address: string | undefined; title: string | undefined }
  | { kind: 'sticker'; keywords: string[] }
  | { kind: 'media'; type: 'video' | 'audio' | 'file' }
  | { kind: 'postback'; action: string; params: Record<string, string> };

export function chatInputOfMessage(message: webhook.MessageContent): ChatInput | null {
  switch (message.type) {
    case 'text':
      return { kind: 'text', text: (message as webhook.TextMessageContent).text };
    case 'image': {
      const image = message as webhook.ImageMessageContent;
      return { kind: 'image', messageId: image.id, fromLine: image.contentProvider?.type !== 'external' };
    }
    case 'location': {
      const location = message as webhook.LocationMessageContent;
      return { kind: 'location', latitude: location.latitude, longitude: location.longitude, address: location.address, title: location.title };
    }
    case 'sticker':
      return { kind: 'sticker', keywords: (message as webhook.StickerMessageContent).keywords ?? [] };
    case 'video':
    case 'audio':
    case 'file':
      return { kind: 'media', type: message.type };
    default:
      return null;
  }
}

export function chatInputOfPostback(postback: webhook.PostbackContent): ChatInput {
  const { action, params } = parsePostbackData(postback.data);
  return { kind: 'postback', action, params: { ...params, ...flattenPickerParams(postback.params) } };
}

/** A datetime picker's choice arrives beside the data; responders read it as one more param. */
function flattenPickerParams(params: webhook.PostbackContent['params']): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const [key, value] of Object.entries(params ?? {})) if (typeof value === 'string') picked[`picked.${key}`] = value;
  return picked;
}
