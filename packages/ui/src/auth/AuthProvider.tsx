import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuthContext, type Auth } from './AuthContext';
import { claimsFrom } from './claims';
import { AuthServerUnreachableError, startKeycloakSession, type AuthConfig, type TabSession } from './keycloakSession';
import { loadLanguage } from '../i18n/i18n';
import { lazyPage, PageSuspense } from '../shell/lazyPage';
import { Spinner } from '../shell/Spinner';

// Errors are rare: their screen (antd's Result) is loaded only when one happens. It speaks both
// languages, so English comes with it (only the default language is bundled, decision 82).
const AuthError = lazyPage(() => Promise.all([import('./AuthError'), loadLanguage('en')]).then(([screen]) => screen), 'AuthError');

type Status = { kind: 'loading' } | { kind: 'ready'; session: TabSession } | { kind: 'error'; unreachable: boolean };

/** Signs the user in with Keycloak before rendering children; children read the session with useAuth(). */
export function AuthProvider({ config, children }: { config: AuthConfig; children: ReactNode }) {
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let active = true;
    startKeycloakSession(config).then(
      (session) => active && setStatus({ kind: 'ready', session }),
      (error: unknown) => {
        console.error('Sign-in failed', error);
        if (active) setStatus({ kind: 'error', unreachable: error instanceof AuthServerUnreachableError });
      },
    );
    return () => {
      active = false;
    };
    // config is read once per attempt: the session is page-wide and cannot follow prop changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);

  const retry = useCallback(() => {
    setStatus({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const auth = useMemo<Auth | null>(() => {
    if (status.kind !== 'ready') return null;
    const { session } = status;
    return { ...claimsFrom(session.tokenParsed), getToken: () => session.getToken(), logout: () => session.logout() };
  }, [status]);

  if (status.kind === 'error') {
    return (
      <PageSuspense fallback={<SigningIn />}>
        <AuthError unreachable={status.unreachable} url={config.url} onRetry={retry} />
      </PageSuspense>
    );
  }
  if (!auth) return <SigningIn />;
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

function SigningIn() {
  const { t } = useTranslation();
  return <Spinner size={40} label={t('auth.signingIn')} minHeight="100vh" testId="auth-loading" />;
}
