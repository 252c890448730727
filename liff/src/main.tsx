import { render } from 'preact';
import './styles/base.css';
import { loadAppConfig } from './lib/app-config.ts';
import { startLiffSession } from './lib/liff-session.ts';
import { apiRequest, ApiError } from './lib/api-client.ts';
import type { Me } from './lib/session.ts';
import { App } from './app.tsx';
import { BootFailure } from './components/boot-failure.tsx';

const root = document.getElementById('app')!;

/** liff.init once, before anything renders; then who the user is decides what the app offers. */
async function boot(): Promise<void> {
  const config = await loadAppConfig();
  await startLiffSession(config);
  const me = await apiRequest<Me>('/me');
  render(<App me={me} config={config} />, root);
}

boot().catch((error: unknown) => {
  const message = error instanceof ApiError || (error as Error).name === 'SessionError' ? (error as Error).message : null;
  render(<BootFailure message={message} error={error instanceof ApiError ? error : null} />, root);
});
