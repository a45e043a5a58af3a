import { Button, Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useAuth } from './AuthContext';

/** Loading who the user is failed: the error with a retry, and a way out. Rare, so its own chunk (antd). */
export function SessionError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  return (
    <Flex vertical align="center" justify="center" gap={16} style={{ minHeight: '100vh', padding: 24 }} data-testid="session-error">
      <ErrorAlert error={error} onRetry={onRetry} />
      <Button onClick={logout}>{t('shell.logout')}</Button>
    </Flex>
  );
}

/** Signed in, but the app has nothing for them: why, with a way out. Rare, so its own chunk (antd's Result carries pictures). */
export function SessionDenied({ testId, title, body }: { testId: string; title: string; body: string }) {
  const { t } = useTranslation();
  const { logout } = useAuth();
  return (
    <div data-testid={testId}>
      <Result status="403" title={title} subTitle={body} extra={<Button onClick={logout}>{t('shell.logout')}</Button>} />
    </div>
  );
}
