import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  RECTIFICATION_ACTION_LABELS,
  RECTIFICATION_ACTOR_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_STATE_LABELS,
  type RectificationAction,
} from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../trpc';
import { useScopedDetail } from '../useScopedDetail';
import type { RectificationDetail } from '../types';
import { WORK_NS } from '../i18n/work';
import { DueText, FlagTags, StateTag } from '../tags';
import { WorkflowTimeline } from '../WorkflowTimeline';
import { AttachmentPanel } from '../AttachmentPanel';
import { ATTACH, ATTACH_LABEL, attachmentEntry, withAttachmentEntries } from '../attachmentEntries';
import { RectificationActionModal, type RectificationModalAction } from './RectificationActionModal';

/** A rectification task (or deliberation opinions, or a forwarded petition): problem, unit, deadline, report, buttons and history. */
export function RectificationDetailDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { scope, detail } = useScopedDetail({
    key: trpc.supervision.rectifications.pathKey(),
    id,
    fetch: (scope, id): Promise<RectificationDetail> =>
      scope === 'county'
        ? client.countySupervision.rectifications.get.query({ id })
        : scope === 'department'
          ? client.department.rectifications.get.query({ id })
          : client.supervision.rectifications.get.query({ id }),
  });
  const [action, setAction] = useState<RectificationModalAction | null>(null);
  const r = detail.data;
  const buttons = (r?.actions ?? []).filter((a): a is RectificationModalAction => a !== 'mark_overdue');

  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={760} title={r ? t('rectifications.detail.title', { number: r.number }) : ''} destroyOnHidden data-testid="rectification-detail">
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {r && (
        <Flex vertical gap={16}>
          <Space wrap>
            <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
              {r.title}
            </Typography.Title>
            <StateTag state={r.state} labels={RECTIFICATION_STATE_LABELS} />
            <FlagTags overdue={r.overdue} isKey={r.isKey} late={r.reportLate} />
          </Space>
          {buttons.length > 0 && (
            <Space wrap data-testid="rectification-actions">
              {buttons.map((a) => (
                <Button key={a} type={a === 'report' || a === 'verify_accept' ? 'primary' : 'default'} danger={a === 'verify_reject'} onClick={() => setAction(a)} data-testid={`action-${a}`}>
                  {pick(RECTIFICATION_ACTION_LABELS[a])}
                </Button>
              ))}
            </Space>
          )}
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
            {scope !== 'township' && (
              <Descriptions.Item label={t('common.township')} span="filled">
                <span data-testid="detail-township">{r.tenantName}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('rectifications.columns.source')}>{pick(RECTIFICATION_SOURCE_LABELS[r.source])}</Descriptions.Item>
            <Descriptions.Item label={t('rectifications.columns.activity')}>{r.activityTitle ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('rectifications.columns.unit')}>{r.unitName}</Descriptions.Item>
            <Descriptions.Item label={t('rectifications.columns.issuedOn')}>{r.issuedOn}</Descriptions.Item>
            <Descriptions.Item label={t('rectifications.columns.dueOn')}>
              <DueText dueOn={r.dueOn} open={r.state === 'issued' || r.state === 'in_progress'} extended={r.deadlineExtended} />
            </Descriptions.Item>
            <Descriptions.Item label={t('rectifications.columns.rejectCount')}>{r.rejectCount}</Descriptions.Item>
            {r.petition && (
              <Descriptions.Item label={t('rectifications.detail.petition')} span="filled">
                {r.petition.number} {r.petition.subject}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Card size="small" title={t('rectifications.detail.description')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.description}</Typography.Paragraph>
            {r.requirement && (
              <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                {t('rectifications.detail.requirement')}：{r.requirement}
              </Typography.Paragraph>
            )}
          </Card>
          {r.reportContent && (
            <Card size="small" title={t('rectifications.detail.report')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.reportContent}</Typography.Paragraph>
            </Card>
          )}
          <Card size="small" title={t('attachments.title')}>
            <AttachmentPanel ownerKind="rectification" ownerId={r.id} files={r.attachments} canUpload={r.canAttach} canDownload={scope !== 'county'} onChanged={() => void detail.refetch()} />
          </Card>
          <Card size="small" title={t('common.timeline')}>
            <WorkflowTimeline
              entries={withAttachmentEntries(r.timeline, r.attachments, attachmentEntry)}
              actionLabel={(a) => (a === ATTACH ? ATTACH_LABEL : RECTIFICATION_ACTION_LABELS[a as RectificationAction | 'issue'])}
              actorLabel={(a) => RECTIFICATION_ACTOR_LABELS[a as keyof typeof RECTIFICATION_ACTOR_LABELS]}
              formatValue={(field, value) => (field === 'source' && typeof value === 'string' ? pick(RECTIFICATION_SOURCE_LABELS[value as keyof typeof RECTIFICATION_SOURCE_LABELS] ?? { zh: value, en: value }) : null)}
            />
          </Card>
          <RectificationActionModal
            action={action}
            task={r}
            onClose={() => setAction(null)}
            onDone={() => {
              setAction(null);
              void detail.refetch();
              onChanged();
            }}
          />
        </Flex>
      )}
    </Drawer>
  );
}
