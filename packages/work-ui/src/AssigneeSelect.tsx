import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Assignee } from '@pcs/domain';
import { WORK_NS } from './i18n/work';
import type { WorkOptions } from './types';

const encode = (a: Assignee) => `${a.type}:${a.id}`;
const decode = (value: string): Assignee => {
  const [type, id] = value.split(':') as ['unit' | 'department', string];
  return { type, id };
};

interface Props {
  options: Pick<WorkOptions, 'units' | 'departments'> | undefined;
  id?: string;
  testId?: string;
}

/** One handling unit of the township or a county department. */
export function AssigneeSelect({ options, value, onChange, id, testId }: Props & { value?: Assignee | null; onChange?: (value: Assignee) => void }) {
  const groups = useGroups(options);
  return (
    <Select
      id={id}
      data-testid={testId}
      showSearch={{ optionFilterProp: 'label' }}
      value={value ? encode(value) : undefined}
      onChange={(v: string) => onChange?.(decode(v))}
      options={groups}
    />
  );
}

/** Several units (co-handling). */
export function AssigneeMultiSelect({ options, value, onChange, id, testId }: Props & { value?: Assignee[]; onChange?: (value: Assignee[]) => void }) {
  const groups = useGroups(options);
  return (
    <Select
      id={id}
      data-testid={testId}
      mode="multiple"
      showSearch={{ optionFilterProp: 'label' }}
      value={(value ?? []).map(encode)}
      onChange={(v: string[]) => onChange?.(v.map(decode))}
      options={groups}
    />
  );
}

function useGroups(options: Props['options']) {
  const { t } = useTranslation(WORK_NS);
  return [
    { label: t('common.unit'), options: (options?.units ?? []).map((u) => ({ value: `unit:${u.id}`, label: u.name })) },
    { label: t('common.department'), options: (options?.departments ?? []).map((d) => ({ value: `department:${d.id}`, label: d.name })) },
  ];
}
