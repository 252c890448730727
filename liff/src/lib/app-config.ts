/** What the server tells the page at /liff/config.json (bot/http/liff-routes.ts writes it). */
export type AppConfig = {
  mode: 'local' | 'production';
  /** The LIFF app ID for liff.init in production; null when LIFF_ID is not configured. */
  liffId: string | null;
  /** A Leaflet tile URL template, or null when the map is switched off. */
  mapTileUrl: string | null;
  /** Local mode only: where the LINE emulator's control API is (issues emulator ID tokens). */
  localApiBase: string | null;
};

export async function loadAppConfig(): Promise<AppConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json answered HTTP ${response.status}`);
  return (await response.json()) as AppConfig;
}
