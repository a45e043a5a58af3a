import { useTranslation } from 'react-i18next';
import { DeskCard } from '../shell/DeskCard';
import { lazyPage, PageSuspense } from '../shell/lazyPage';
import { Spinner } from '../shell/Spinner';

const BarPlot = lazyPage(() => import('./BarPlot'), 'BarPlot');

export interface BarSeries {
  /** Property of each datum holding this series' number. */
  dataKey: string;
  /** Legend and tooltip name, in the current language. */
  name: string;
  color?: string;
}

export interface BarChartCardProps {
  title: string;
  data: ReadonlyArray<Record<string, string | number | null>>;
  /** Property of each datum holding the category label. */
  categoryKey: string;
  series: BarSeries[];
  loading?: boolean;
  height?: number;
  /** Stack series on top of each other instead of side by side. */
  stacked?: boolean;
  testId?: string;
}


/** A titled bar chart for dashboards; shows a spinner while loading and "no data" when empty. */
export function BarChartCard({ title, data, categoryKey, series, loading = false, height = 300, stacked = false, testId }: BarChartCardProps) {
  const { t } = useTranslation();
  return (
    <DeskCard title={title} testId={testId}>
      {data.length === 0 && !loading ? (
        <div className="dk-empty" style={{ height }}>
          {t('chart.empty')}
        </div>
      ) : (
        // The chart is decorative for screen readers; the same numbers are in the tables.
        <div style={{ width: '100%', height }} role="img" aria-label={title}>
          <PageSuspense fallback={null}>
            <BarPlot data={data} categoryKey={categoryKey} series={series} stacked={stacked} />
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
