import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';
import { describeError } from './apiError';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
  /** Hide the per-field list when the form already shows it beside each field. */
  hideFieldIssues?: boolean;
  testId?: string;
}

/** Shows an API error in the current language: the server's message, else a network or generic text. */
export function ErrorAlert({ error, onRetry, hideFieldIssues = false, testId = 'error-alert' }: ErrorAlertProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  if (!error) return null;
  const info = describeError(error);
  const title = info.messages ? pick(info.messages) : info.network ? t('errors.network') : t('errors.unknown');
  const issues = hideFieldIssues ? [] : info.fieldIssues;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={testId}
      title={title}
      description={
        issues.length > 0 ? (
          <>
            {t('errors.fieldsTitle')}
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {issues.map((issue) => (
                <li key={issue.path}>{pick(issue.message)}</li>
              ))}
            </ul>
          </>
        ) : undefined
      }
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('app.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
