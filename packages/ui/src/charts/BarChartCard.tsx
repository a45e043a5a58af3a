import { Card, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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

const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1'];

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
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={data as Array<Record<string, string | number | null>>} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey={categoryKey} interval={0} tick={{ fontSize: 12 }} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                {series.length > 1 && <Legend />}
                {series.map((s, i) => (
                  <Bar
                    key={s.dataKey}
                    dataKey={s.dataKey}
                    name={s.name}
                    fill={s.color ?? PALETTE[i % PALETTE.length]}
                    stackId={stacked ? 'stack' : undefined}
                    maxBarSize={48}
                    isAnimationActive={false}
                  />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </div>
        )}
      </Spin>
    </Card>
  );
}
