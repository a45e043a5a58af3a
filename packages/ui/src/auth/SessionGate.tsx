import type { ReactNode } from 'react';
import { Button, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useAuth } from './AuthContext';
import { lazyPage, PageSuspense } from '../shell/lazyPage';

// A refusal is rare: antd's Result (with its pictures) is loaded only then.
const Result = lazyPage(() => import('antd/es/result'), 'default');

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
  const { t } = useTranslation();
  const { logout } = useAuth();
  const signOut = <Button onClick={logout}>{t('shell.logout')}</Button>;
  if (error) {
    return (
      <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 24 }} data-testid="session-error">
        <ErrorAlert error={error} onRetry={onRetry} />
        {signOut}
      </Flex>
    );
  }
  if (loading) {
    return (
      <Flex align="center" justify="center" style={{ minHeight: '100vh' }} role="status" data-testid="session-loading">
        <Spin size="large" />
      </Flex>
    );
  }
  if (denied) {
    return (
      <div data-testid={denied.testId}>
        <PageSuspense>
          <Result status="403" title={denied.title} subTitle={denied.body} extra={signOut} />
        </PageSuspense>
      </div>
    );
  }
  return children;
}
