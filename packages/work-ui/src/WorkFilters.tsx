import { Checkbox, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BilingualMessage } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { WORK_NS } from './i18n/work';

/** A workflow list's status filter: any of its states. */
export function StatesFilter<S extends string>({ states, labels, value, onChange }: { states: readonly S[]; labels: Record<S, BilingualMessage>; value: S[] | undefined; onChange: (states: S[] | undefined) => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  return (
    <Select
      mode="multiple"
      allowClear
      maxTagCount={1}
      aria-label={t('filters.states')}
      placeholder={t('filters.states')}
      style={{ minWidth: 150 }}
      value={value ?? []}
      onChange={(chosen: S[]) => onChange(chosen.length ? chosen : undefined)}
      options={states.map((s) => ({ value: s, label: pick(labels[s]) }))}
      data-testid="filter-states"
    />
  );
}

type Flags = { overdue?: boolean | undefined; isKey?: boolean | undefined };

/** Only the overdue, only the key-supervised: the two flags the county watches. */
export function FlagFilters({ value, onChange }: { value: Flags; onChange: (flags: Flags) => void }) {
  const { t } = useTranslation(WORK_NS);
  return (
    <>
      <Checkbox checked={value.overdue === true} onChange={(e) => onChange({ ...value, overdue: e.target.checked || undefined })} data-testid="filter-overdue">
        {t('filters.overdue')}
      </Checkbox>
      <Checkbox checked={value.isKey === true} onChange={(e) => onChange({ ...value, isKey: e.target.checked || undefined })} data-testid="filter-key">
        {t('filters.key')}
      </Checkbox>
    </>
  );
}
