import type { ReactNode } from 'react';
import { ShellStyles } from './ShellStyles';
import { Spinner } from './Spinner';

/** A white card with a title row for the desktop's antd-free screens (the homes, the charts), looking like antd's Card. */
export function DeskCard({ title, extra, children, testId, size = 'default' }: { title?: ReactNode; extra?: ReactNode; children?: ReactNode; testId?: string; /** "small" for a grid of cards. */ size?: 'small' | 'default' }) {
  return (
    <section className={size === 'small' ? 'dk-card dk-card-small' : 'dk-card'} data-testid={testId}>
      <ShellStyles />
      {(title || extra) && (
        <div className="dk-card-head">
          <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{title}</div>
          {extra}
        </div>
      )}
      <div className="dk-card-body">{children}</div>
    </section>
  );
}

/** A headline number with its title (antd's Statistic); a small spinner while it loads. */
export function DeskStat({ title, value, loading, testId }: { title: ReactNode; value: ReactNode; loading?: boolean; testId?: string }) {
  return (
    <div data-testid={testId}>
      <div className="dk-stat-title">{title}</div>
      <div className="dk-stat-value">{loading ? <Spinner size={20} /> : value}</div>
    </div>
  );
}
