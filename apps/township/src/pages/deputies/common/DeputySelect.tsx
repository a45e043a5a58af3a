import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../../api/trpc';
import { DNS } from '../../../i18n/deputies';

interface Props {
  id?: string;
  value: string[] | string | null | undefined;
  onChange: (value: never) => void;
  onBlur?: () => void;
  multiple?: boolean;
  /** Only these deputies may be chosen (e.g. a group's members); all serving deputies otherwise. */
  only?: (deputy: { id: string; presidiumRole: string | null; groupId: string | null }) => boolean;
  placeholder?: string;
  testId?: string;
}

/** Picks serving deputies by name (search as you type); the township's whole roster is small. */
export function DeputySelect({ id, value, onChange, onBlur, multiple, only, placeholder, testId }: Props) {
  const { t } = useTranslation(DNS);
  const trpc = useTRPC();
  const options = useQuery(trpc.deputies.options.queryOptions({ servingOnly: true }));
  const rows = (options.data ?? []).filter((d) => !only || only(d));
  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={options.isPending}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(v) => onChange((v ?? (multiple ? [] : null)) as never)}
      onBlur={onBlur}
      placeholder={placeholder ?? t('common.selectDeputies')}
      options={rows.map((d) => ({ value: d.id, label: d.name, title: d.constituency }))}
      maxTagCount={multiple ? 'responsive' : undefined}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
