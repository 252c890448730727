import type { AppConfig, LineCredentials } from '../../infra/config/load-config.ts';
import type { Logger } from '../../infra/logger.ts';
import { createLineClients, type LineClients } from '../../infra/line/line-clients.ts';
import type { LocalLine } from '../local-mode/start-local-line.ts';
import { liffUrlFromId } from '../rich-menu/rich-menu-definition.ts';

export type LineConnection = {
  local: LocalLine | null;
  credentials: LineCredentials;
  clients: LineClients;
  apiBaseUrl: string;
  loginChannelId: string | undefined;
};

/** The real LINE platform (or whatever LINE_API_BASE_URL names), or in local mode the emulator. */
export async function connectLine(config: AppConfig, port: number, logger: Logger, keepLocalState: boolean): Promise<LineConnection> {
  const local = config.lineCredentials ? null : await startLocalMode(config, port, logger, keepLocalState);
  const credentials = config.lineCredentials ?? local!.credentials;
  const apiBaseUrl = local?.apiBaseUrl ?? config.lineApiBaseUrl;
  const clients = createLineClients({
    channelAccessToken: credentials.channelAccessToken,
    apiBaseUrl,
    dataApiBaseUrl: local?.apiBaseUrl ?? config.lineDataApiBaseUrl,
  });
  return { local, credentials, clients, apiBaseUrl, loginChannelId: local?.loginChannelId ?? config.liff.channelId };
}

/** Loaded only in local mode, so a production process never loads the emulator or the console. */
async function startLocalMode(config: AppConfig, port: number, logger: Logger, keepState: boolean): Promise<LocalLine> {
  const { startLocalLine } = await import('../local-mode/start-local-line.ts');
  return startLocalLine({ ...config, port }, logger, { keepState });
}

/** The LIFF app's address in LINE (https://liff.line.me/<LIFF_ID>), when a LIFF app is configured. */
export function liffAppUrl(config: AppConfig): string | undefined {
  return config.liff.liffId ? liffUrlFromId(config.liff.liffId) : undefined;
}

/** LIFF pages open in LINE at https://liff.line.me/<LIFF_ID>/…; in local mode, on this server. */
export function liffPageBase(config: AppConfig, line: LineConnection, port: number): string | undefined {
  return liffAppUrl(config) ?? (line.local ? `http://localhost:${port}/liff` : undefined);
}

/** A LIFF page's address from the base (`staff/privacy` → …/liff/staff/privacy), or none without LIFF. */
export function liffPageLink(base: string | undefined): (path: string) => string | undefined {
  return (path) => (base ? `${base}/${path}` : undefined);
}

/** What the LIFF pages are told: real LIFF with LIFF_ID, or liff-mock on the emulator's ID tokens. */
export function liffOptions(config: AppConfig, line: LineConnection) {
  const mode = line.local ? ('local' as const) : ('production' as const);
  return { mode, liffId: config.liff.liffId, mapTileUrl: config.liff.mapTileUrl, localApiBase: line.local ? '/dev/api' : null };
}
