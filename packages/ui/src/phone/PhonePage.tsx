import type { ReactNode } from 'react';
import { PhoneStyles } from './PhoneStyles';
import { PhoneToasts } from './PhoneToast';

/**
 * The root of a kit screen: its style sheet, its toasts, and a column of cards. A kit screen looks
 * the same in the phone shell and inside the desktop shell (the office may open it too).
 */
export function PhonePage({ title, intro, children, testId, maxWidth = 720 }: { title?: string; intro?: ReactNode; children: ReactNode; testId?: string; maxWidth?: number }) {
  return (
    <div className="pk-root pk-page" data-testid={testId} style={{ maxWidth }}>
      <PhoneStyles />
      <PhoneToasts />
      {title && <h2 className="pk-page-title">{title}</h2>}
      {intro && <div className="pk-muted">{intro}</div>}
      {children}
    </div>
  );
}
