import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DUE_SOON_DAYS, daysBetween, type BilingualMessage } from '@pcs/domain';
import { useCountyToday, useLanguage } from '@pcs/ui';
import { WORK_NS } from './i18n/work';

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

/** The deadline, days left or over for an open item, and whether it was extended (from which first deadline). */
export function DueText({ dueOn, open, extended = false, original = null }: { dueOn: string | null; open: boolean; extended?: boolean; original?: string | null }) {
  const { t } = useTranslation(WORK_NS);
  const today = useCountyToday();
  if (!dueOn) return <>—</>;
  const mark = extended ? (
    <Tag color="purple" style={{ marginInlineStart: 4 }} data-testid="tag-extended">
      {original && original !== dueOn ? t('common.extendedFrom', { dueOn: original }) : t('common.extended')}
    </Tag>
  ) : null;
  if (!open) return <>{dueOn}{mark}</>;
  const left = daysBetween(today, dueOn);
  const color = left < 0 ? '#cf1322' : left <= DUE_SOON_DAYS ? '#d46b08' : undefined;
  return (
    <span style={{ color, whiteSpace: 'nowrap' }}>
      {dueOn}
      {mark}
      <br />
      <small>{left < 0 ? t('common.daysOver', { count: -left }) : t('common.daysLeft', { count: left })}</small>
    </span>
  );
}
