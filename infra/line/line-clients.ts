import { messagingApi } from '@line/bot-sdk';

export type LineClients = {
  messaging: messagingApi.MessagingApiClient;
  blob: messagingApi.MessagingApiBlobClient;
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
  };
}
