import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { DNS } from '../../../i18n/deputies';
import { yearOf } from '@pcs/domain';
import { countyToday } from '@pcs/ui';

const thisYear = () => yearOf(countyToday());

/** The year a page looks at, kept in the URL (?year=) so that a printed or shared link keeps it. */
export function useYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || thisYear();
  return [
    year,
    (next) =>
      setParams((p) => {
        const copy = new URLSearchParams(p);
        copy.set('year', String(next));
        return copy;
      }),
  ];
}

export function YearSelect({ value, onChange, testId = 'year-select' }: { value: number; onChange: (year: number) => void; testId?: string }) {
  const { t } = useTranslation(DNS);
  const years = Array.from({ length: 6 }, (_, i) => thisYear() + 1 - i);
  return (
    <Select
      aria-label={t('common.year')}
      value={value}
      onChange={onChange}
      options={years.map((y) => ({ value: y, label: t('common.yearValue', { year: y }) }))}
      style={{ width: 110 }}
      data-testid={testId}
    />
  );
}
