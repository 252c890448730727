import { ErrorBoundary, LocationProvider, Router, Route } from 'preact-iso';
import type { AppConfig } from './lib/app-config.ts';
import { SessionContext, type Me } from './lib/session.ts';
import { ConfigContext } from './lib/config-context.ts';
import { ROUTES, BASE } from './routes.ts';
import { LocalModeBar } from './components/local-mode-bar.tsx';
import { NotFound } from './components/not-found.tsx';
import { Loading } from './components/loading.tsx';
import { useState } from 'preact/hooks';

/** The root only composes: who is signed in, the server's settings, and the lazy page routes. */
export function App({ me, config }: { me: Me; config: AppConfig }) {
  const [loadingPage, setLoadingPage] = useState(false);
  return (
    <SessionContext.Provider value={me}>
      <ConfigContext.Provider value={config}>
        {config.mode === 'local' && <LocalModeBar me={me} />}
        <LocationProvider scope={BASE}>
          <ErrorBoundary>
            {loadingPage && <Loading label="กำลังเปิดหน้า…" />}
            <Router onLoadStart={() => setLoadingPage(true)} onLoadEnd={() => setLoadingPage(false)}>
              {ROUTES.map((page) => (
                <Route key={page.path} path={`${BASE}${page.path === '/' ? '/' : page.path}`} component={page.component} />
              ))}
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </LocationProvider>
      </ConfigContext.Provider>
    </SessionContext.Provider>
  );
}
