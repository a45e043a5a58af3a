import { useTranslation } from 'react-i18next';
import { DeskCard } from '../shell/DeskCard';
import { lazyPage, PageSuspense } from '../shell/lazyPage';
import { Spinner } from '../shell/Spinner';
import type { BarSeries } from './BarChartCard';

const LinePlot = lazyPage(() => import('./LinePlot'), 'LinePlot');

export interface LineChartCardProps {
  title: string;
  data: ReadonlyArray<Record<string, string | number | null>>;
  /** Property of each datum holding the x-axis label (e.g. the month). */
  categoryKey: string;
  series: BarSeries[];
  loading?: boolean;
  height?: number;
  testId?: string;
  /** Card size: "small" for a grid of trend cards. */
  size?: 'small' | 'default';
}


/** A titled line chart of a series over time; a missing value leaves a gap. */
export function LineChartCard({ title, data, categoryKey, series, loading = false, height = 220, testId, size = 'default' }: LineChartCardProps) {
  const { t } = useTranslation();
  return (
    <DeskCard title={title} size={size} testId={testId}>
      {data.length === 0 && !loading ? (
        <div className="dk-empty" style={{ height }}>
          {t('chart.empty')}
        </div>
      ) : (
        // The chart is decorative for screen readers; the same numbers are in the tables.
        <div style={{ width: '100%', height }} role="img" aria-label={title}>
          <PageSuspense fallback={null}>
            <LinePlot data={data} categoryKey={categoryKey} series={series} />
          </PageSuspense>
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
