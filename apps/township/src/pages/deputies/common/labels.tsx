import { Tag } from 'antd';
import { DEPUTY_STATUS_LABELS, type DeputyStatus } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';

type Labels<K extends string> = Record<K, { zh: string; en: string }>;

/** Select options of an enumeration, labelled in the current language. */
export function labelOptions<K extends string>(values: readonly K[], labels: Labels<K>, pick: (m: { zh: string; en: string }) => string) {
  return values.map((value) => ({ value, label: pick(labels[value]) }));
}

const STATUS_COLORS: Record<DeputyStatus, string> = { serving: 'green', by_elected: 'cyan', resigned: 'default', removed: 'red', deceased: 'default' };

export function DeputyStatusTag({ status }: { status: DeputyStatus }) {
  const { pick } = useLanguage();
  return <Tag color={STATUS_COLORS[status]}>{pick(DEPUTY_STATUS_LABELS[status])}</Tag>;
}
