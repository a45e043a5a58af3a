import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Drawer, Empty, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_CAMPAIGN_STATE_LABELS, APPRAISAL_SUBJECT_KIND_LABELS, type ItemInput } from '@pcs/domain';
import { PageHeader, useLanguage } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n';
import { useTRPCClient } from '../trpc';
import { appraisalKeys, type MyAppraisal } from './api';
import { ScoreSheetTable, useScoreSaver } from './ScoreSheetTable';

/**
 * The township as the appraised in the county's campaigns: its self-score with evidence, and
 * once published its result and what the county published (the ranking). Before publication
 * the county's scores and ranks are not shown, and the API does not send them.
 */
export function MyAppraisals() {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const client = useTRPCClient();
  const mine = useQuery({ queryKey: appraisalKeys.of('township', 'mine'), queryFn: () => client.appraisal.mine.list.query() });
  const [open, setOpen] = useState<MyAppraisal | null>(null);
  return (
    <div>
      <PageHeader title={t('mine.title')} />
      <Card>
        <Table<MyAppraisal>
          size="small"
          rowKey="subjectId"
          loading={mine.isLoading}
          dataSource={mine.data ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('mine.none')} /> }}
          data-testid="my-appraisals"
          columns={[
            { title: t('campaigns.name'), dataIndex: 'title', render: (title: string, m) => <Button type="link" onClick={() => setOpen(m)} data-testid={`mine-${m.subjectName}`}>{title}</Button> },
            { title: t('campaigns.subjects'), key: 'subject', render: (_, m) => `${m.subjectName}（${pick(APPRAISAL_SUBJECT_KIND_LABELS[m.subjectKind])}）` },
            { title: t('campaigns.period'), key: 'period', render: (_, m) => pick(m.period) },
            { title: t('campaigns.state'), key: 'state', render: (_, m) => <Tag>{pick(APPRAISAL_CAMPAIGN_STATE_LABELS[m.state])}</Tag> },
            { title: t('sheet.self'), key: 'self', render: (_, m) => (m.selfSubmittedAt ? <Tag color="green">{t('sheet.submitted')}</Tag> : '—') },
          ]}
        />
      </Card>
      {open ? <MySheetDrawer appraisal={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function MySheetDrawer({ appraisal, onClose }: { appraisal: MyAppraisal; onClose: () => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const save = useScoreSaver();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState('');
  const subjectId = appraisal.subjectId;
  const sheet = useQuery({ queryKey: appraisalKeys.of('township', 'my-sheet', subjectId), queryFn: () => client.appraisal.mine.sheet.query({ subjectId }) });
  const result = useQuery({ queryKey: appraisalKeys.of('township', 'my-result', subjectId), queryFn: () => client.appraisal.mine.result.query({ subjectId }), enabled: appraisal.published });
  const s = sheet.data;
  const editable = !!s && !s.subject.selfSubmittedAt && (s.state === 'open' || s.state === 'scoring');
  const onScore = async (itemKey: string, input: ItemInput) => {
    setBusy(itemKey);
    if (await save(() => client.appraisal.mine.setSelf.mutate({ subjectId, itemKey, input }))) await sheet.refetch();
    setBusy(null);
  };
  const submit = async () => {
    if (await save(() => client.appraisal.mine.submitSelf.mutate({ subjectId, selfReport: report || undefined }))) {
      await sheet.refetch();
      await queryClient.invalidateQueries({ queryKey: appraisalKeys.all });
    }
  };
  const r = result.data;
  return (
    <Drawer open onClose={onClose} width="min(1200px, 100vw)" title={`${appraisal.title} · ${appraisal.subjectName}`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {r ? (
          <Card size="small" title={t('results.myResult')} data-testid="my-result">
            <Descriptions size="small" column={4}>
              <Descriptions.Item label={t('results.total')}>{r.total ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('results.ranking')}>{r.rank ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('results.grade')}>{r.grade ?? t('results.notConfigured')}</Descriptions.Item>
              <Descriptions.Item label={t('results.subsidy')}>{r.subsidy ?? t('results.notConfigured')}</Descriptions.Item>
            </Descriptions>
            {r.reason ? <Alert type="warning" message={t('results.correctedBecause', { reason: r.reason })} /> : null}
            {r.ranking ? (
              <Table size="small" rowKey="name" pagination={false} dataSource={r.ranking} data-testid="published-ranking"
                rowClassName={(row) => (row.own ? 'ant-table-row-selected' : '')}
                columns={[{ title: t('results.ranking'), dataIndex: 'rank', width: 80 }, { title: t('campaigns.subjects'), dataIndex: 'name' }, { title: t('results.total'), dataIndex: 'total' }, { title: t('results.grade'), key: 'grade', render: (_, row) => row.grade ?? t('results.notConfigured') }]} />
            ) : null}
          </Card>
        ) : (
          <Alert type="info" showIcon message={t('sheet.notPublished')} />
        )}
        {s ? <ScoreSheetTable sheet={s} mode={editable ? 'self' : 'read'} onScore={onScore} busyKey={busy} showEvidence={editable ? 'upload' : 'list'} /> : null}
        {editable ? (
          <Space.Compact style={{ width: '100%' }}>
            <Input.TextArea value={report} onChange={(e) => setReport(e.target.value)} placeholder={t('sheet.submitSelf')} />
            <Button type="primary" onClick={() => void submit()} data-testid="submit-self">{t('sheet.submitSelf')}</Button>
          </Space.Compact>
        ) : null}
      </Space>
    </Drawer>
  );
}
