import { lazyPage } from '../shell/lazyPage';
import { ChartCard } from './ChartCard';

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
  return (
    <ChartCard title={title} empty={data.length === 0} loading={loading} height={height} testId={testId}>
      <BarPlot data={data} categoryKey={categoryKey} series={series} stacked={stacked} />
    </ChartCard>
  );
}
