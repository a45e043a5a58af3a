import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../errors/apiError';
import { useLanguage } from '../i18n/useLanguage';
import { PhoneStyles } from './PhoneStyles';

/** A line of information, warning or error above a screen's content (antd's Alert for the kit). */
export function PhoneNotice({ kind = 'info', children, action, testId }: { kind?: 'info' | 'warning' | 'error' | 'success'; children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <div className={`pk-notice pk-notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {/* Its style sheet, also outside a kit page (the desktop frame's banner, the desktop homes). */}
      <PhoneStyles />
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
      {action}
    </div>
  );
}

/** An API error in the current language (the kit's ErrorAlert): the server's message, else a network or generic text. */
export function PhoneError({ error, onRetry, testId = 'error-alert' }: { error: unknown; onRetry?: () => void; testId?: string }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  if (!error) return null;
  const info = describeError(error);
  const title = info.messages ? pick(info.messages) : info.network ? t('errors.network') : t('errors.unknown');
  return (
    <PhoneNotice
      kind="error"
      testId={testId}
      action={
        onRetry ? (
          <button type="button" className="pk-btn pk-btn-small" onClick={onRetry}>
            {t('app.retry')}
          </button>
        ) : undefined
      }
    >
      {title}
      {info.fieldIssues.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {info.fieldIssues.map((issue) => (
            <li key={issue.path}>{pick(issue.message)}</li>
          ))}
        </ul>
      )}
    </PhoneNotice>
  );
}
