import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarChartCardProps } from './BarChartCard';

const PALETTE = ['#1677ff', '#52c41a', '#faad14', '#eb2f96', '#13c2c2', '#722ed1'];

/** The Recharts part of BarChartCard, in its own chunk: Recharts loads with the first chart shown. */
export function BarPlot({ data, categoryKey, series, stacked }: Pick<BarChartCardProps, 'data' | 'categoryKey' | 'series' | 'stacked'>) {
  return (
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
  );
}
