import { useSearchParams } from 'react-router-dom';
import { currentQuarter, useCountyToday, type PickedPeriod } from '@pcs/ui';

/** The dashboard's period lives in the address (?kind=quarter&year=2026&quarter=2): the township page and the print view open on the same one. */
export function periodFromSearch(search: URLSearchParams, today: string): PickedPeriod {
  const year = Number(search.get('year'));
  const kind = search.get('kind');
  if (!Number.isInteger(year) || year < 1990 || year > 2100) return currentQuarter(today);
  const part = (name: string, max: number) => {
    const n = Number(search.get(name));
    return Number.isInteger(n) && n >= 1 && n <= max ? n : null;
  };
  if (kind === 'year') return { kind, year };
  if (kind === 'month' && part('month', 12)) return { kind, year, month: part('month', 12)! };
  if (kind === 'quarter' && part('quarter', 4)) return { kind, year, quarter: part('quarter', 4)! };
  return currentQuarter(today);
}

export function periodSearch(period: PickedPeriod): string {
  const params = new URLSearchParams({ kind: period.kind, year: String(period.year) });
  if (period.kind === 'quarter') params.set('quarter', String(period.quarter));
  if (period.kind === 'month') params.set('month', String(period.month));
  return params.toString();
}

/** The period chosen on the dashboard pages, read from and written to the address. */
export function useDashboardPeriod(): [PickedPeriod, (period: PickedPeriod) => void, string] {
  const today = useCountyToday();
  const [search, setSearch] = useSearchParams();
  const period = periodFromSearch(search, today);
  return [period, (next) => setSearch(new URLSearchParams(periodSearch(next)), { replace: true }), today];
}
