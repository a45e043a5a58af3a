import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Drawer, Flex, Input, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ACTIVITY_STATE_LABELS, PARTICIPANT_ROLE_LABELS, RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATE_LABELS, SUPERVISION_KIND_LABELS } from '@pcs/domain';
import { ErrorAlert, useLanguage } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { useSession } from '../../session/SessionContext';
import { IssueRectificationModal } from './IssueRectificationModal';
import { DueText, FlagTags, StateTag, WORK_NS, type WorkOptions } from '@pcs/work-ui';

/** One supervision activity: who took part, its report, and the findings issued from it. */
export function ActivityDrawer({ id, options, onClose, onChanged, onOpenTask }: { id: string | null; options: WorkOptions | undefined; onClose: () => void; onChanged: () => void; onOpenTask: (id: string) => void }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const { can } = useSession();
  const trpc = useTRPC();
  const detail = useQuery({ ...trpc.supervision.activities.get.queryOptions({ id: id ?? '' }), enabled: Boolean(id), staleTime: 0 }); // others act on it: always fetch on open
  const [report, setReport] = useState<string | null>(null);
  const [issuing, setIssuing] = useState(false);
  const save = useMutation(
    trpc.supervision.activities.report.mutationOptions({
      onSuccess: () => {
        setReport(null);
        void message.success(t('common.saved'));
        void detail.refetch();
        onChanged();
      },
    }),
  );
  const a = detail.data;
  const manage = can('supervision.manage');

  return (
    <Drawer open={Boolean(id)} onClose={onClose} size={760} title={a ? t('supervision.detail.title', { title: a.title }) : ''} destroyOnHidden data-testid="activity-detail">
      {detail.error ? <ErrorAlert error={detail.error} /> : null}
      {a && (
        <Flex vertical gap={16}>
          <Descriptions size="small" bordered column={2}>
            <Descriptions.Item label={t('supervision.columns.kind')}>{pick(SUPERVISION_KIND_LABELS[a.kind])}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.columns.state')}>
              <StateTag state={a.state} labels={ACTIVITY_STATE_LABELS} />
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.columns.subject')}>{a.subject ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.columns.planItem')}>{a.planItemTitle ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.columns.startDate')}>
              {a.startDate}
              {a.endDate && a.endDate !== a.startDate ? ` ~ ${a.endDate}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('supervision.columns.joint')}>{t(a.jointWithCounty ? 'common.yes' : 'common.no')}</Descriptions.Item>
            <Descriptions.Item label={t('supervision.detail.dutyActivity')} span={2}>
              {a.dutyActivity ? (
                <Space orientation="vertical" size={0}>
                  {can('deputies.read') ? (
                    <Link to={`/duty-activities/${a.dutyActivity.id}`} data-testid="activity-duty-link">
                      {t('supervision.detail.dutyActivityLink', { count: a.dutyActivity.participantCount })}
                    </Link>
                  ) : (
                    <span data-testid="activity-duty-link">{a.dutyActivity.title}</span>
                  )}
                  <Typography.Text type="secondary">{t('supervision.detail.dutyActivityHint')}</Typography.Text>
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('supervision.detail.dutyActivityNone')}</Typography.Text>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Card size="small" title={`${t('supervision.detail.participants')}（${a.participants.length}）`}>
            <Space wrap>
              {a.participants.map((p) => (
                <Tag key={p.id} color={p.role === 'deputy' ? 'blue' : undefined}>
                  {p.name} · {pick(PARTICIPANT_ROLE_LABELS[p.role])}
                </Tag>
              ))}
            </Space>
          </Card>
          <Card
            size="small"
            title={t('supervision.detail.report')}
            extra={manage && report === null ? <Button size="small" onClick={() => setReport(a.report ?? '')} data-testid="activity-write-report">{t('supervision.detail.writeReport')}</Button> : null}
          >
            {report !== null ? (
              <Flex vertical gap={8}>
                <Input.TextArea rows={5} value={report} onChange={(e) => setReport(e.target.value)} data-testid="activity-report" />
                <Space>
                  <Button type="primary" loading={save.isPending} disabled={!report.trim()} onClick={() => save.mutate({ id: a.id, version: a.version, report })} data-testid="activity-report-save">
                    {t('common.save')}
                  </Button>
                  <Button onClick={() => setReport(null)}>{t('common.cancel')}</Button>
                </Space>
                {save.error ? <ErrorAlert error={save.error} /> : null}
              </Flex>
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.report ?? t('supervision.detail.noReport')}</Typography.Paragraph>
            )}
          </Card>
          <Card
            size="small"
            title={t('supervision.detail.findings')}
            extra={
              manage ? (
                <Button size="small" type="primary" onClick={() => setIssuing(true)} data-testid="activity-issue">
                  {t(a.kind === 'work_report_hearing' ? 'supervision.detail.issueOpinion' : 'supervision.detail.issueFinding')}
                </Button>
              ) : null
            }
          >
            <List
              size="small"
              dataSource={a.rectifications}
              locale={{ emptyText: t('common.none') }}
              renderItem={(r) => (
                <List.Item
                  actions={[
                    <Button key="open" type="link" size="small" onClick={() => onOpenTask(r.id)}>
                      {t('common.detail')}
                    </Button>,
                  ]}
                >
                  <Space wrap>
                    <span>{r.number}</span>
                    <span>{r.title}</span>
                    <Tag>{pick(RECTIFICATION_SOURCE_LABELS[r.source])}</Tag>
                    <StateTag state={r.state} labels={RECTIFICATION_STATE_LABELS} />
                    <FlagTags overdue={r.overdue} isKey={r.isKey} />
                    <span>{r.unitName}</span>
                    <DueText dueOn={r.dueOn} open={r.state === 'issued' || r.state === 'in_progress'} extended={r.deadlineExtended} />
                  </Space>
                </List.Item>
              )}
            />
          </Card>
          <IssueRectificationModal
            activity={issuing ? a : null}
            options={options}
            onClose={() => setIssuing(false)}
            onDone={() => {
              setIssuing(false);
              void detail.refetch();
              onChanged();
            }}
          />
        </Flex>
      )}
    </Drawer>
  );
}
