import { isDurationUnit, type IndicatorUnit } from '@pcs/domain';

/** An indicator's value as shown: a rate with its percent sign, a ratio with two decimals, hours with one and an "h", a count as is. */
export function formatIndicatorValue(value: number | null, unit: IndicatorUnit): string {
  if (value === null) return '—';
  if (unit === 'percent') return `${value.toFixed(1)}%`;
  if (unit === 'per_group' || unit === 'points') return value.toFixed(2);
  if (unit === 'rank') return String(Math.round(value * 10) / 10);
  if (isDurationUnit(unit)) return `${value.toFixed(1)} h`;
  return String(value);
}

/** A change with its sign (+3.5, −2), in the indicator's unit; percent points for a rate. */
export function formatChange(change: number | null, unit: IndicatorUnit): string | null {
  if (change === null) return null;
  const sign = change > 0 ? '+' : change < 0 ? '−' : '±';
  const size = Math.abs(change);
  if (unit === 'percent') return `${sign}${size.toFixed(1)}`;
  if (unit === 'per_group' || unit === 'points') return `${sign}${size.toFixed(2)}`;
  if (isDurationUnit(unit)) return `${sign}${size.toFixed(1)} h`;
  return `${sign}${size}`;
}
