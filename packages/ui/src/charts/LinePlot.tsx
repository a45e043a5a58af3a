import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { LineChartCardProps } from './LineChartCard';

const PALETTE = ['#1677ff', '#fa8c16', '#52c41a', '#eb2f96'];

/** The Recharts part of LineChartCard, in its own chunk: Recharts loads with the first chart shown. */
export function LinePlot({ data, categoryKey, series }: Pick<LineChartCardProps, 'data' | 'categoryKey' | 'series'>) {
  return (
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
  );
}
