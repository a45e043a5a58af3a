import { useState } from 'react';
import { Button, Card, Descriptions, Drawer, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import {
  ASSIGNMENT_DUE_LABELS,
  REPLY_CLASS_LABELS,
  REPLY_FORM_LABELS,
  RESOLUTION_LABELS,
  SATISFACTION_LABELS,
  SUGGESTION_ACTION_LABELS,
  SUGGESTION_ACTOR_LABELS,
  SUGGESTION_COMPLEXITY_LABELS,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATE_LABELS,
  SUGGESTION_TOPIC_LABELS,
  type BilingualMessage,
  type SuggestionAction,
  isSuggestionOpen,
} from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../trpc';
import { useScopedDetail } from '../useScopedDetail';
import { WORK_NS } from '../i18n/work';
import { DueText, FlagTags, StateTag } from '../tags';
import type { SuggestionDetail, WorkOptions } from '../types';
import { WorkflowTimeline } from '../WorkflowTimeline';
import { AttachmentPanel } from '../AttachmentPanel';
import { ATTACH, ATTACH_LABEL, attachmentEntry, withAttachmentEntries } from '../attachmentEntries';
import { BatchAssignModal } from './BatchAssignModal';
import { SuggestionActionModal, type ModalAction } from './SuggestionActionModal';

const LABELS: Record<string, Record<string, BilingualMessage>> = {
  replyClass: REPLY_CLASS_LABELS,
  replyForm: REPLY_FORM_LABELS,
  resolution: RESOLUTION_LABELS,
  rating: SATISFACTION_LABELS,
  complexity: SUGGESTION_COMPLEXITY_LABELS,
  source: SUGGESTION_SOURCE_LABELS,
};
const PRIMARY: SuggestionAction[] = ['accept', 'assign', 'reply', 'evaluate'];

/** One suggestion: content, deputies, units, reply, resolution, evaluation, files, the buttons its table allows, and its full history. */
const ASSIGNMENT_DUE_COLORS = { pending: 'blue', overdue: 'red', on_time: 'green', late: 'orange' } as const;

export function SuggestionDetailDrawer({ id, options, onClose, onChanged }: { id: string | null; options?: WorkOptions | undefined; onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { scope, detail } = useScopedDetail({
    key: trpc.suggestions.pathKey(),
    id,
    fetch: (scope, id): Promise<SuggestionDetail> =>
      scope === 'county' ? client.countySupervision.suggestions.get.query({ id }) : scope === 'department' ? client.department.suggestions.get.query({ id }) : client.suggestions.get.query({ id }),
  });
  const [action, setAction] = useState<ModalAction | null>(null);
  const [assigning, setAssigning] = useState(false);
  const s = detail.data;
  const label = (labels: Record<string, BilingualMessage>, value: string | null | undefined) => (value && labels[value] ? pick(labels[value]) : '—');
  const done = () => {
    setAction(null);
    setAssigning(false);
    void detail.refetch();
    onChanged();
  };
  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={820} title={s ? t('suggestions.detail.title', { number: s.number }) : ''} destroyOnHidden data-testid="suggestion-detail">
      {detail.error ? <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} /> : null}
      {s && (
        <Flex vertical gap={16}>
          <Space wrap>
            <Typography.Title level={3} style={{ fontSize: 18, margin: 0 }} data-testid="suggestion-detail-title">
              {s.title}
            </Typography.Title>
            <StateTag state={s.state} labels={SUGGESTION_STATE_LABELS} />
            <FlagTags overdue={s.overdue} isKey={s.isKey} late={s.replyLate} />
          </Space>
          {s.actions.length > 0 && (
            <Space wrap data-testid="suggestion-actions">
              {s.actions.map((a) => (
                <Button
                  key={a}
                  type={PRIMARY.includes(a) ? 'primary' : 'default'}
                  danger={a === 'return'}
                  onClick={() => (a === 'assign' ? setAssigning(true) : setAction(a as ModalAction))}
                  data-testid={`action-${a}`}
                >
                  {pick(SUGGESTION_ACTION_LABELS[a])}
                </Button>
              ))}
            </Space>
          )}
          <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }}>
            {scope !== 'township' && (
              <Descriptions.Item label={t('common.township')} span="filled">
                <span data-testid="detail-township">{s.tenantName}</span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('suggestions.columns.kind')}>{label(SUGGESTION_KIND_LABELS, s.kind)}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.columns.topic')}>{label(SUGGESTION_TOPIC_LABELS, s.topic)}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.columns.source')}>{label(SUGGESTION_SOURCE_LABELS, s.source)}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.columns.submittedOn')}>{s.submittedOn}</Descriptions.Item>
            {s.meeting && (
              <Descriptions.Item label={t('suggestions.detail.meeting')} span="filled">
                <Space wrap>
                  <span data-testid="suggestion-meeting">
                    {s.meeting.title}（{s.meeting.startDate}）
                  </span>
                  {s.assignmentDue && (
                    // suggestion.assign_within_months: raised at a session, assigned within the months after it closed.
                    <Tag color={ASSIGNMENT_DUE_COLORS[s.assignmentDue.state]} data-testid="assignment-due" data-state={s.assignmentDue.state}>
                      {pick(ASSIGNMENT_DUE_LABELS[s.assignmentDue.state])} · {s.assignmentDue.dueOn}
                    </Tag>
                  )}
                </Space>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('suggestions.detail.deputies')} span="filled">
              <Space wrap>
                {s.signers.map((d) => (
                  <Tag key={d.deputyId} color={d.lead ? 'blue' : undefined}>
                    {d.deputyName}
                    {d.lead ? `（${t('suggestions.columns.leadDeputy')}）` : ''}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.detail.assignments')} span="filled">
              <Space wrap>
                {s.assignments.length === 0 && '—'}
                {s.assignments.map((a) => (
                  <Tag key={a.id} color={a.endedAt ? undefined : a.role === 'lead' ? 'geekblue' : 'cyan'} style={a.endedAt ? { textDecoration: 'line-through' } : undefined}>
                    {t(a.role === 'lead' ? 'suggestions.detail.lead' : 'suggestions.detail.co')}：{a.unitName}
                    {a.endedAt ? `（${t('suggestions.detail.ended')}）` : ''}
                  </Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('suggestions.columns.assignedOn')}>{s.assignedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('suggestions.columns.dueOn')}>
              <DueText dueOn={s.dueOn} open={isSuggestionOpen(s.state)} extended={s.deadlineExtended} original={s.originalDueOn} />
              {s.complexity ? <div style={{ fontSize: 12, color: '#888' }}>{label(SUGGESTION_COMPLEXITY_LABELS, s.complexity)}</div> : null}
            </Descriptions.Item>
            {s.rehandlingRound > 0 && (
              <Descriptions.Item label={t('suggestions.detail.evaluation')} span="filled">
                {t('suggestions.detail.rehandling', { round: s.rehandlingRound, max: s.rehandlingMax })}
              </Descriptions.Item>
            )}
            {s.returnReason && (
              <Descriptions.Item label={t('suggestions.detail.returnReason')} span="filled">
                {s.returnReason}
              </Descriptions.Item>
            )}
          </Descriptions>
          <Card size="small" title={t('suggestions.detail.content')}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.content}</Typography.Paragraph>
          </Card>
          {s.replyContent && (
            <Card size="small" title={t('suggestions.detail.reply')} data-testid="suggestion-reply" extra={s.repliedAt ? dayjs(s.repliedAt).format('YYYY-MM-DD') : null}>
              <Space wrap style={{ marginBottom: 8 }}>
                <Tag color="geekblue">{label(REPLY_CLASS_LABELS, s.replyClass)}</Tag>
                <Tag>{label(REPLY_FORM_LABELS, s.replyForm)}</Tag>
                <Tag color={s.replyLate ? 'volcano' : 'green'}>{t(s.replyLate ? 'common.late' : 'common.onTime')}</Tag>
              </Space>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{s.replyContent}</Typography.Paragraph>
            </Card>
          )}
          {s.resolution && (
            <Card size="small" title={t('suggestions.detail.resolution')} data-testid="suggestion-resolution" extra={s.resolutionAt ? dayjs(s.resolutionAt).format('YYYY-MM-DD') : null}>
              <Tag color={s.resolution === 'solved' ? 'green' : 'orange'}>{label(RESOLUTION_LABELS, s.resolution)}</Tag>
              {s.resolutionNote}
            </Card>
          )}
          {s.satisfaction && (
            <Card size="small" title={t('suggestions.detail.evaluation')} data-testid="suggestion-evaluation">
              <Tag color={s.satisfaction === 'unsatisfied' ? 'red' : 'green'}>{label(SATISFACTION_LABELS, s.satisfaction)}</Tag>
            </Card>
          )}
          <Card size="small" title={t('attachments.title')}>
            <AttachmentPanel ownerKind="suggestion" ownerId={s.id} files={s.attachments} canUpload={s.canAttach} canDownload={scope !== 'county'} onChanged={() => void detail.refetch()} />
          </Card>
          <Card size="small" title={t('common.timeline')}>
            <WorkflowTimeline
              entries={withAttachmentEntries(s.timeline, s.attachments, attachmentEntry)}
              actionLabel={(a) => (a === 'submit' ? { zh: '登记提交', en: 'Submitted' } : a === ATTACH ? ATTACH_LABEL : SUGGESTION_ACTION_LABELS[a as SuggestionAction])}
              actorLabel={(a) => SUGGESTION_ACTOR_LABELS[a as keyof typeof SUGGESTION_ACTOR_LABELS]}
              formatValue={(field, value) => (LABELS[field] && typeof value === 'string' ? label(LABELS[field], value) : field === 'onBehalfOf' && Array.isArray(value) ? value.join('、') : null)}
            />
          </Card>
          <SuggestionActionModal action={action} suggestion={s} options={options} onClose={() => setAction(null)} onDone={done} />
          <BatchAssignModal open={assigning} items={[s]} options={options} onClose={() => setAssigning(false)} onDone={done} />
        </Flex>
      )}
    </Drawer>
  );
}
