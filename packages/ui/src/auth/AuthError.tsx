import { Button, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown before any language choice can matter, so it says everything in both languages. */
export function AuthError({ unreachable, url, onRetry }: { unreachable: boolean; url: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const title = unreachable ? 'auth.unreachableTitle' : 'auth.failedTitle';
  const body = unreachable ? 'auth.unreachableBody' : 'auth.failedBody';
  return (
    <div data-testid="auth-error" role="alert">
      <Result
        status="error"
        title={
          <>
            <div>{t(title, { lng: 'zh-CN' })}</div>
            <div>{t(title, { lng: 'en' })}</div>
          </>
        }
        subTitle={
          <>
            <Typography.Paragraph>{t(body, { lng: 'zh-CN', url })}</Typography.Paragraph>
            <Typography.Paragraph>{t(body, { lng: 'en', url })}</Typography.Paragraph>
          </>
        }
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('app.retry', { lng: 'zh-CN' })} / {t('app.retry', { lng: 'en' })}
          </Button>
        }
      />
    </div>
  );
}
