import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  EVENT_LEVEL_LABELS,
  GRID_EVENT_ACTION_LABELS,
  GRID_EVENT_ACTOR_LABELS,
  GRID_EVENT_CATEGORY_LABELS,
  GRID_EVENT_SOURCE_LABELS,
  GRID_EVENT_STAGES,
  GRID_EVENT_STAGE_LABELS,
  GRID_EVENT_STATE_LABELS,
  GRID_EVENT_URGENCY_LABELS,
  type EventLevel,
  type GridEventAction,
} from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../trpc';
import { useScopedDetail } from '../useScopedDetail';
import type { GridEventDetail } from '../types';
import { WORK_NS } from '../i18n/work';
import { DueText, FlagTags, StateTag } from '../tags';
import { WorkflowTimeline } from '../WorkflowTimeline';
import { AttachmentPanel } from '../AttachmentPanel';
import { ATTACH, ATTACH_LABEL, attachmentEntry, withAttachmentEntries } from '../attachmentEntries';
import { GridEventActionModal, type GridEventModalAction } from './GridEventActionModal';

const PRIMARY: readonly string[] = ['accept', 'dispatch', 'take', 'handle', 'feedback', 'verify_pass', 'reassign'];
const DANGER: readonly string[] = ['refuse', 'verify_fail', 'return'];

/** A grid event: what, where, who has it, the stage deadline, its photos, the buttons and the whole history. */
export function GridEventDetailDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { scope, detail } = useScopedDetail({
    key: trpc.gridEvents.pathKey(),
    id,
    fetch: (scope, id): Promise<GridEventDetail> =>
      scope === 'county' ? client.countyGridEvents.get.query({ id }) : scope === 'department' ? client.department.gridEvents.get.query({ id }) : client.gridEvents.get.query({ id }),
  });
  const [action, setAction] = useState<GridEventModalAction | null>(null);
  const e = detail.data;
  const buttons = (e?.actions ?? []).filter((a): a is GridEventModalAction => a !== 'mark_overdue' && a !== 'auto_escalate');

  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={760} title={e ? t('gridEvents.detail.title', { number: e.number }) : ''} destroyOnHidden data-testid="grid-event-detail">
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {e && (
        <Flex vertical gap={16}>
          <Space wrap>
            <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }}>
              {pick(GRID_EVENT_CATEGORY_LABELS[e.category])} · {e.placeAddress}
            </Typography.Title>
            <StateTag state={e.state} labels={GRID_EVENT_STATE_LABELS} />
            <FlagTags overdue={e.overdue} isKey={e.isKey} />
          </Space>
          {buttons.length > 0 && (
            <Space wrap data-testid="grid-event-actions">
              {buttons.map((a) => (
                <Button key={a} type={PRIMARY.includes(a) ? 'primary' : 'default'} danger={DANGER.includes(a)} onClick={() => setAction(a)} data-testid={`action-${a}`}>
                  {pick(GRID_EVENT_ACTION_LABELS[a])}
                </Button>
              ))}
            </Space>
          )}
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
            {scope !== 'township' && <Descriptions.Item label={t('common.township')} span="filled">{e.tenantName}</Descriptions.Item>}
            <Descriptions.Item label={t('gridEvents.columns.source')}>{pick(GRID_EVENT_SOURCE_LABELS[e.source])}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.columns.urgency')}>{pick(GRID_EVENT_URGENCY_LABELS[e.urgency])}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.columns.grid')}>{e.gridName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.columns.level')}>{pick(EVENT_LEVEL_LABELS[Math.min(e.level, 4) as EventLevel])}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.columns.unit')}>{e.unitName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.columns.dueOn')}>{e.dueOn ? <DueText dueOn={e.dueOn} open extended={e.deadlineExtended} /> : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.detail.reporter')}>{e.reporterName}</Descriptions.Item>
            <Descriptions.Item label={t('gridEvents.columns.reportedAt')}>{e.reportedAt.slice(0, 16).replace('T', ' ')}</Descriptions.Item>
            {e.hotlineRef && <Descriptions.Item label={t('gridEvents.detail.hotline')}>{`${e.hotline ?? ''} ${e.hotlineRef}`}</Descriptions.Item>}
            {e.duplicateOf && <Descriptions.Item label={t('gridEvents.detail.duplicateOf')}>{e.duplicateOf.number}</Descriptions.Item>}
            <Descriptions.Item label={t('gridEvents.detail.limits')} span="filled">
              <span data-testid="grid-event-limits">
                {GRID_EVENT_STAGES.map((s) => `${pick(GRID_EVENT_STAGE_LABELS[s])} ${e.stageLimits[s] ?? t('gridEvents.detail.notConfigured')}`).join(' · ')}
              </span>
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={t('gridEvents.detail.description')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.description}</Typography.Paragraph>
          </Card>
          {(e.result || e.feedback) && (
            <Card size="small" title={t('gridEvents.detail.result')}>
              {e.result && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{e.result}</Typography.Paragraph>}
              {e.feedback && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('gridEvents.detail.feedback')}：{e.feedback}</Typography.Paragraph>}
            </Card>
          )}
          <Card size="small" title={t('attachments.title')}>
            <AttachmentPanel ownerKind="grid_event" ownerId={e.id} files={e.attachments} canUpload={e.canAttach} canDownload={scope !== 'county'} onChanged={() => void detail.refetch()} />
          </Card>
          <Card size="small" title={t('common.timeline')}>
            <WorkflowTimeline
              entries={withAttachmentEntries(e.timeline, e.attachments, attachmentEntry)}
              actionLabel={(a) => (a === ATTACH ? ATTACH_LABEL : GRID_EVENT_ACTION_LABELS[a as GridEventAction | 'report'])}
              actorLabel={(a) => GRID_EVENT_ACTOR_LABELS[a as keyof typeof GRID_EVENT_ACTOR_LABELS] ?? { zh: a === 'public' ? '群众' : a, en: a }}
              formatValue={() => null}
            />
          </Card>
          <GridEventActionModal
            action={action}
            event={e}
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
