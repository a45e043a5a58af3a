import type { ReactNode } from 'react';

export interface PhoneCardProps {
  title?: ReactNode;
  /** Right of the title (a tag, a count). */
  extra?: ReactNode;
  children?: ReactNode;
  testId?: string;
}

/** A white card with an optional title row: the kit's unit of a phone screen. */
export function PhoneCard({ title, extra, children, testId }: PhoneCardProps) {
  return (
    <section className="pk-card" data-testid={testId}>
      {(title || extra) && (
        <div className="pk-card-head">
          <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{title}</div>
          {extra}
        </div>
      )}
      {children !== undefined && <div className="pk-card-body">{children}</div>}
    </section>
  );
}
