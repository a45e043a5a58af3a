import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AntdScope, AuthProvider, isNarrowScreen, lazyPage, TextsProvider } from '@pcs/ui';
import { ApiProvider } from '@pcs/work-ui';
import './i18n/texts';
import { App } from './App';
import { API_URL, AUTH_CONFIG } from './config';
import { tenantStore } from './api/tenantStore';
import { SessionProvider } from './session/SessionProvider';
import { FirstQueriesStart, pageAt, preloadPageCode } from './firstScreen';

// The public pages are chunks of their own: neither they nor the signed-in app load the other's code.
const loadBallot = () => import('./pages/ballots/PublicBallotPage');
const loadReport = () => import('./pages/grid-events/public/PublicReportPage');
const loadTracking = () => import('./pages/grid-events/public/PublicTrackingPage');
const PublicBallotPage = lazyPage(loadBallot, 'PublicBallotPage');
const PublicReportPage = lazyPage(loadReport, 'PublicReportPage');
const PublicTrackingPage = lazyPage(loadTracking, 'PublicTrackingPage');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The public ballot page needs no sign-in: /ballot/<townshipId>/<evaluationId> (docs/decisions.md, 54), or
// /ballot/county/<countyId>/<evaluationId> for a county department's evaluation (decision 79).
const ballot = /^\/ballot\/((?:county\/)?[0-9a-f-]{36})\/([0-9a-f-]{36})\/?$/i.exec(window.location.pathname);
// Nor do the public's grid-event pages: /report/<township code>[/<tracking code>].
const report = /^\/report\/([A-Za-z0-9_-]{1,40})(?:\/([2-9A-Za-z]{10}))?\/?$/.exec(window.location.pathname);
const publicPage = ballot ? (
  <PublicBallotPage home={ballot[1]!} evaluationId={ballot[2]!} />
) : report ? (
  report[2] ? <PublicTrackingPage code={report[1]!} tracking={report[2]} /> : <PublicReportPage code={report[1]!} />
) : null;

// The public page's code downloads beside antd's providers, not after them.
if (ballot) void loadBallot();
else if (report) void (report[2] ? loadTracking() : loadReport());
// The opened page's code runs and its first queries go out with me.get, not after it (firstScreen.tsx).
const firstPage = publicPage ? undefined : pageAt(window.location.pathname);
preloadPageCode(firstPage, isNarrowScreen());

// Order matters: texts first (the login screens use them), then sign-in, API, session; antd's
// locale and hooks come with the shell that uses antd (App.tsx) or around the public pages.
createRoot(root).render(
  publicPage ? (
    <StrictMode>
      <TextsProvider>
        {/* antd's providers come lazily (the signed-in app's first download carries no antd, decision 78);
            the page's chunk was asked for at the same time (above), and the page mounts once. */}
        <AntdScope prerender={false}>{publicPage}</AntdScope>
      </TextsProvider>
    </StrictMode>
  ) : (
  <StrictMode>
    <TextsProvider>
      <AuthProvider config={AUTH_CONFIG}>
        <ApiProvider url={API_URL} tenantId={tenantStore.get}>
          <FirstQueriesStart queries={firstPage?.firstQueries} />
          <SessionProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </SessionProvider>
        </ApiProvider>
      </AuthProvider>
    </TextsProvider>
  </StrictMode>
  ),
);
