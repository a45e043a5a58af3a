import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BilingualMessage } from '@pcs/domain';
import { useLanguage } from '@pcs/ui';
import { WORK_NS } from './i18n';

const STATE_COLORS: Record<string, string> = {
  submitted: 'default',
  accepted: 'cyan',
  returned: 'default',
  merged: 'default',
  assigned: 'blue',
  in_handling: 'processing',
  replied: 'purple',
  rehandling: 'magenta',
  closed: 'green',
  issued: 'blue',
  in_progress: 'processing',
  reported: 'purple',
  verified: 'green',
  cancelled: 'default',
  registered: 'cyan',
  forwarded: 'blue',
  converted: 'purple',
  planned: 'default',
  completed: 'green',
  draft: 'default',
  approved: 'green',
};

export function StateTag({ state, labels }: { state: string; labels: Record<string, BilingualMessage> }) {
  const { pick } = useLanguage();
  return (
    <Tag color={STATE_COLORS[state] ?? 'default'} data-testid="state-tag" data-state={state}>
      {labels[state] ? pick(labels[state]) : state}
    </Tag>
  );
}

/** Overdue and key-supervised marks, shown wherever an item is listed. */
export function FlagTags({ overdue, isKey, late }: { overdue?: boolean; isKey?: boolean; late?: boolean | null }) {
  const { t } = useTranslation(WORK_NS);
  return (
    <Space size={2} wrap>
      {overdue && (
        <Tag color="red" data-testid="tag-overdue">
          {t('common.overdue')}
        </Tag>
      )}
      {isKey && (
        <Tag color="gold" data-testid="tag-key">
          {t('common.key')}
        </Tag>
      )}
      {late && (
        <Tag color="volcano" data-testid="tag-late">
          {t('common.late')}
        </Tag>
      )}
    </Space>
  );
}

/** Days left or over for an open item. */
export function DueText({ dueAt, open }: { dueAt: string | null; open: boolean }) {
  const { t } = useTranslation(WORK_NS);
  if (!dueAt) return <>—</>;
  if (!open) return <>{dueAt}</>;
  const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
  const left = Math.round((new Date(dueAt).getTime() - today) / 86_400_000);
  const color = left < 0 ? '#cf1322' : left <= 7 ? '#d46b08' : undefined;
  return (
    <span style={{ color, whiteSpace: 'nowrap' }}>
      {dueAt}
      <br />
      <small>{left < 0 ? t('common.daysOver', { count: -left }) : t('common.daysLeft', { count: left })}</small>
    </span>
  );
}
