import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider, TextsProvider } from '@pcs/ui';
import { ApiProvider } from '@pcs/work-ui';
import './i18n/texts';
import { App } from './App';
import { API_URL, AUTH_CONFIG } from './config';
import { SessionProvider } from './session/SessionProvider';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

// Order matters: texts first (the login screens use them), then sign-in, API, session; antd's locale
// and hooks come with the pages that use antd (App.tsx, decision 81).
createRoot(root).render(
  <StrictMode>
    <TextsProvider>
      <AuthProvider config={AUTH_CONFIG}>
        <ApiProvider url={API_URL}>
          <SessionProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </SessionProvider>
        </ApiProvider>
      </AuthProvider>
    </TextsProvider>
  </StrictMode>,
);
