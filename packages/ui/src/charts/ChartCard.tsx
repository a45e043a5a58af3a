import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DeskCard } from '../shell/DeskCard';
import { PageSuspense } from '../shell/lazyPage';
import { Spinner } from '../shell/Spinner';

export interface ChartCardProps {
  title: string;
  /** No data to draw (and not loading): "no data" instead of an empty plot. */
  empty: boolean;
  loading: boolean;
  height: number;
  testId?: string;
  size?: 'small' | 'default';
  /** The plot, a lazily loaded Recharts chunk. */
  children: ReactNode;
}

/** What every chart card shares: the card, "no data", the plot's box while its chunk arrives, the spinner over it. */
export function ChartCard({ title, empty, loading, height, testId, size = 'default', children }: ChartCardProps) {
  const { t } = useTranslation();
  return (
    <DeskCard title={title} size={size} testId={testId}>
      {empty && !loading ? (
        <div className="dk-empty" style={{ height }}>
          {t('chart.empty')}
        </div>
      ) : (
        // The chart is decorative for screen readers; the same numbers are in the tables.
        <div style={{ width: '100%', height }} role="img" aria-label={title}>
          <PageSuspense fallback={null}>{children}</PageSuspense>
        </div>
      )}
      {loading && (
        <div className="dk-loading-over">
          <Spinner size={24} />
        </div>
      )}
    </DeskCard>
  );
}
