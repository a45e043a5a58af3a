import { lazyPage } from '../shell/lazyPage';
import { ChartCard } from './ChartCard';
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
  return (
    <ChartCard title={title} empty={data.length === 0} loading={loading} height={height} testId={testId} size={size}>
      <LinePlot data={data} categoryKey={categoryKey} series={series} />
    </ChartCard>
  );
}
