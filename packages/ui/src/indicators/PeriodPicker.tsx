import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorPeriod } from '@pcs/domain';

/** The periods the dashboards offer: a year, a quarter or a month. */
export type PickedPeriod = Extract<IndicatorPeriod, { kind: 'year' | 'quarter' | 'month' }>;
type PickedKind = PickedPeriod['kind'];

export interface PeriodPickerProps {
  value: PickedPeriod;
  onChange: (period: PickedPeriod) => void;
  /** The county's current year: the years offered run up to it. */
  currentYear: number;
  /** How many years back are offered. */
  years?: number;
  testId?: string;
}

/** The quarter of the county's day, as the dashboards' default period. */
export function currentQuarter(today: string): PickedPeriod {
  return { kind: 'quarter', year: Number(today.slice(0, 4)), quarter: Math.ceil(Number(today.slice(5, 7)) / 3) };
}

/** Kind (year, quarter, month), year, and the quarter or month within it. */
export function PeriodPicker({ value, onChange, currentYear, years = 5, testId }: PeriodPickerProps) {
  const { t } = useTranslation();
  const setKind = (kind: PickedKind) => {
    if (kind === 'year') onChange({ kind, year: value.year });
    else if (kind === 'quarter') onChange({ kind, year: value.year, quarter: value.kind === 'month' ? Math.ceil(value.month / 3) : 1 });
    else onChange({ kind, year: value.year, month: value.kind === 'quarter' ? value.quarter * 3 - 2 : 1 });
  };
  return (
    <Space wrap data-testid={testId}>
      <Select<PickedKind>
        aria-label={t('indicators.period.kind')}
        value={value.kind}
        onChange={setKind}
        style={{ width: 100 }}
        data-testid="period-kind"
        options={(['year', 'quarter', 'month'] as const).map((kind) => ({ value: kind, label: t(`indicators.period.${kind}`) }))}
      />
      <Select<number>
        aria-label={t('indicators.period.year')}
        value={value.year}
        onChange={(year) => onChange({ ...value, year })}
        style={{ width: 100 }}
        data-testid="period-year"
        options={Array.from({ length: years }, (_, i) => currentYear - i).map((year) => ({ value: year, label: t('indicators.period.yearValue', { year }) }))}
      />
      {value.kind === 'quarter' && (
        <Select<number>
          aria-label={t('indicators.period.quarter')}
          value={value.quarter}
          onChange={(quarter) => onChange({ ...value, quarter })}
          style={{ width: 110 }}
          data-testid="period-quarter"
          options={[1, 2, 3, 4].map((quarter) => ({ value: quarter, label: t('indicators.period.quarterValue', { quarter }) }))}
        />
      )}
      {value.kind === 'month' && (
        <Select<number>
          aria-label={t('indicators.period.month')}
          value={value.month}
          onChange={(month) => onChange({ ...value, month })}
          style={{ width: 100 }}
          data-testid="period-month"
          options={Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({ value: month, label: t('indicators.period.monthValue', { month }) }))}
        />
      )}
    </Space>
  );
}
