import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { WORK_NS } from './i18n/work';
import { useTRPC } from './trpc';

/** Narrows a county list to one township (the county has 10–30, so one page holds them all). */
export function TownshipFilter({ value, onChange }: { value: string | undefined; onChange: (tenantId: string | undefined) => void }) {
  const { t } = useTranslation(WORK_NS);
  const trpc = useTRPC();
  const townships = useQuery(trpc.county.townships.queryOptions({ pageSize: 200, sortBy: 'code', sortDirection: 'asc' }));
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      aria-label={t('filters.township')}
      placeholder={t('filters.township')}
      style={{ width: 140 }}
      value={value}
      onChange={(id?: string) => onChange(id)}
      options={(townships.data?.items ?? []).map((township) => ({ value: township.id, label: township.name }))}
      data-testid="filter-township"
    />
  );
}
