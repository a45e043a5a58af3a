import { Card, Empty, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarSeries } from './BarChartCard';

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

const PALETTE = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96'];

/** A titled line chart of a series over time; a missing value leaves a gap. */
export function LineChartCard({ title, data, categoryKey, series, loading = false, height = 220, testId, size = 'default' }: LineChartCardProps) {
  const { t } = useTranslation();
  return (
    <Card title={title} size={size} data-testid={testId}>
      <Spin spinning={loading}>
        {data.length === 0 && !loading ? (
          <Empty description={t('chart.empty')} style={{ height, display: 'flex', flexDirection: 'column', justifyContent: 'center' }} />
        ) : (
          // Decorative for screen readers: the same numbers are in the tables.
          <div style={{ width: '100%', height }} role="img" aria-label={title}>
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data as Array<Record<string, string | number | null>>} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey={categoryKey} tick={{ fontSize: 12 }} />
                <YAxis tick={{ fontSize: 12 }} width={40} />
                <Tooltip />
                {series.length > 1 && <Legend />}
                {series.map((s, i) => (
                  <Line key={s.dataKey} type="linear" dataKey={s.dataKey} name={s.name} stroke={s.color ?? PALETTE[i % PALETTE.length]} dot={{ r: 3 }} isAnimationActive={false} connectNulls={false} />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
        )}
      </Spin>
    </Card>
  );
}
