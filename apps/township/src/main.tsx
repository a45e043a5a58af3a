import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider, UiProvider } from '@pcs/ui';
import { ApiProvider } from '@pcs/work-ui';
import './i18n/texts';
import { App } from './App';
import { API_URL, AUTH_CONFIG } from './config';
import { tenantStore } from './api/tenantStore';
import { SessionProvider } from './session/SessionProvider';
import { PublicBallotPage } from './pages/ballots/PublicBallotPage';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// The public ballot page needs no sign-in: /ballot/<townshipId>/<evaluationId> (decisions-ballots.md).
const ballot = /^\/ballot\/([0-9a-f-]{36})\/([0-9a-f-]{36})\/?$/i.exec(window.location.pathname);

// Order matters: texts and antd locale first (the login screens use them), then sign-in, API, session.
createRoot(root).render(
  ballot ? (
    <StrictMode>
      <UiProvider>
        <PublicBallotPage tenantId={ballot[1]!} evaluationId={ballot[2]!} />
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
