import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider, lazyPage, PageSuspense, UiProvider } from '@pcs/ui';
import { ApiProvider } from '@pcs/work-ui';
import './i18n/texts';
import { App } from './App';
import { API_URL, AUTH_CONFIG } from './config';
import { tenantStore } from './api/tenantStore';
import { SessionProvider } from './session/SessionProvider';

// The public pages are chunks of their own: neither they nor the signed-in app load the other's code.
const PublicBallotPage = lazyPage(() => import('./pages/ballots/PublicBallotPage'), 'PublicBallotPage');
const PublicReportPage = lazyPage(() => import('./pages/grid-events/public/PublicReportPage'), 'PublicReportPage');
const PublicTrackingPage = lazyPage(() => import('./pages/grid-events/public/PublicTrackingPage'), 'PublicTrackingPage');

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

// Order matters: texts and antd locale first (the login screens use them), then sign-in, API, session.
createRoot(root).render(
  publicPage ? (
    <StrictMode>
      <UiProvider>
        <PageSuspense>{publicPage}</PageSuspense>
      </UiProvider>
    </StrictMode>
  ) : (
  <StrictMode>
    <UiProvider>
      <AuthProvider config={AUTH_CONFIG}>
        <ApiProvider url={API_URL} tenantId={tenantStore.get}>
          <SessionProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </SessionProvider>
        </ApiProvider>
      </AuthProvider>
    </UiProvider>
  </StrictMode>
  ),
);
