import type { ReactNode } from 'react';
import { lazyPage, PageSuspense } from '../shell/lazyPage';
import { Spinner } from '../shell/Spinner';

// An error or a refusal is rare: their screens (antd) are loaded only then, so the first download carries no antd.
const SessionError = lazyPage(() => import('./SessionRefusal'), 'SessionError');
const SessionDenied = lazyPage(() => import('./SessionRefusal'), 'SessionDenied');

interface SessionGateProps {
  /** Loading who the user is failed: shown with a retry and a way out. */
  error: unknown;
  onRetry: () => void;
  loading: boolean;
  /** Signed in, but this app has nothing for them (e.g. no role here): why, with a way out. */
  denied: { testId: string; title: string; body: string } | null;
  children: ReactNode;
}

/** What an app shows before its session is ready: an error, a spinner, or a refusal; then the app. */
export function SessionGate({ error, onRetry, loading, denied, children }: SessionGateProps) {
  const spinner = <Spinner size={40} minHeight="100vh" testId="session-loading" />;
  if (error) {
    return (
      <PageSuspense fallback={spinner}>
        <SessionError error={error} onRetry={onRetry} />
      </PageSuspense>
    );
  }
  if (loading) return spinner;
  if (denied) {
    return (
      <PageSuspense fallback={spinner}>
        <SessionDenied {...denied} />
      </PageSuspense>
    );
  }
  return children;
}
