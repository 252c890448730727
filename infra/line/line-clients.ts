import { messagingApi } from '@line/bot-sdk';
import { createLineSendClient, type LineSendClient } from './line-send-client.ts';

export type LineClients = {
  messaging: messagingApi.MessagingApiClient;
  blob: messagingApi.MessagingApiBlobClient;
  /** The calls made per answer: reply, push, multicast, loading animation (line-send-client.ts says why not `messaging`). */
  send: LineSendClient;
};

export type LineClientOptions = {
  channelAccessToken: string;
  apiBaseUrl: string;
  dataApiBaseUrl: string;
};

/** Built once at start and passed in; base URLs let the same code talk to LINE or the emulator. */
export function createLineClients(options: LineClientOptions): LineClients {
  return {
    messaging: new messagingApi.MessagingApiClient({
      channelAccessToken: options.channelAccessToken,
      baseURL: options.apiBaseUrl,
    }),
    blob: new messagingApi.MessagingApiBlobClient({
      channelAccessToken: options.channelAccessToken,
      baseURL: options.dataApiBaseUrl,
    }),
    send: createLineSendClient({ channelAccessToken: options.channelAccessToken, baseURL: options.apiBaseUrl }),
  };
}
