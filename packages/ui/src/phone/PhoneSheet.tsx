import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PhoneSheetProps {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  /** Right of the title (a "done" button). */
  extra?: ReactNode;
  testId?: string;
}

/**
 * A panel that rises from the bottom of the screen over a dimmed page (antd's Drawer for the kit):
 * a modal dialog, closed by its close button, Escape or a tap on the dimmed part; focus moves
 * into it on opening and back where it was on closing.
 */
export function PhoneSheet({ open, title, onClose, children, extra, testId }: PhoneSheetProps) {
  const { t } = useTranslation();
  const panel = useRef<HTMLDivElement>(null);
  // The latest onClose, so a new function on each render does not re-run the focus effect.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close.current();
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, [open]);
  if (!open) return null;
  return (
    <div className="pk-sheet-mask" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div ref={panel} className="pk-sheet" role="dialog" aria-modal="true" aria-label={typeof title === 'string' ? title : undefined} tabIndex={-1} data-testid={testId}>
        <div className="pk-sheet-head">
          <h2>{title}</h2>
          {extra}
          <button type="button" className="pk-btn pk-btn-text" onClick={onClose} aria-label={t('phone.close')} data-testid={testId ? `${testId}-close` : undefined}>
            ✕
          </button>
        </div>
        <div className="pk-sheet-body">{children}</div>
      </div>
    </div>
  );
}
