import { Card, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { lazyPage, PageSuspense } from '../shell/lazyPage';

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
    <Card title={title} data-testid={testId}>
      <Spin spinning={loading}>
        {data.length === 0 && !loading ? (
          <Empty description={t('chart.empty')} style={{ height, display: 'flex', flexDirection: 'column', justifyContent: 'center' }} />
        ) : (
          // The chart is decorative for screen readers; the same numbers are in the tables.
          <div style={{ width: '100%', height }} role="img" aria-label={title}>
            <PageSuspense fallback={null}>
              <BarPlot data={data} categoryKey={categoryKey} series={series} stacked={stacked} />
            </PageSuspense>
          </div>
        )}
      </Spin>
    </Card>
  );
}
