import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, Button, Card, Descriptions, Drawer, Input, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_CAMPAIGN_STATE_LABELS, APPRAISAL_SUBJECT_KIND_LABELS, type ItemInput } from '@pcs/domain';
import { DataTable, PageHeader, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { WorkScopeContext } from '../scope';
import { appraisalKeys, useAppraisedApi, type AppraisedScope, type MyAppraisal, type MyResult } from './api';
import { ScoreSheetTable, useScoreSaver } from './ScoreSheetTable';

const mineColumn = createColumnHelper<MyAppraisal>();
type PublishedRow = NonNullable<MyResult['ranking']>[number];
const rankingColumn = createColumnHelper<PublishedRow>();

/** What the county published of a campaign: the ranking, the township's own row in bold. */
function PublishedRanking({ rows }: { rows: readonly PublishedRow[] }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const list = useLocalList(rows, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER } });
  const columns: Array<DataColumn<PublishedRow>> = [
    rankingColumn.accessor((r) => r.rank ?? '', { id: 'rank', header: t('results.ranking'), meta: { align: 'right', nowrap: true } }),
    rankingColumn.accessor('name', { header: t('campaigns.subjects'), cell: (c) => (c.row.original.own ? <strong>{c.getValue()}</strong> : c.getValue()) }),
    rankingColumn.accessor((r) => r.total ?? '', { id: 'total', header: t('results.total'), meta: { align: 'right' } }),
    rankingColumn.accessor((r) => r.grade ?? t('results.notConfigured'), { id: 'grade', header: t('results.grade') }),
  ];
  return <DataTable<PublishedRow> testId="published-ranking" caption={t('results.ranking')} columns={columns} {...list} getRowId={(r) => r.name} searchable={false} paginated={false} />;
}

/**
 * The appraised (a township, or a county department's own users) in the county's campaigns: its
 * self-score with evidence, and once published its result and what the county published (the
 * ranking). Before publication the county's scores and ranks are not shown, and the API does not
 * send them.
 */
export function MyAppraisals({ scope = 'township' }: { scope?: AppraisedScope }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const mineApi = useAppraisedApi(scope);
  const mine = useQuery({ queryKey: appraisalKeys.of(scope, 'mine'), queryFn: () => mineApi.list.query() });
  const [open, setOpen] = useState<MyAppraisal | null>(null);
  const list = useLocalList(mine.data, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: mine.isLoading, error: mine.error, onRetry: () => void mine.refetch() });
  const columns: Array<DataColumn<MyAppraisal>> = [
    mineColumn.accessor('title', { header: t('campaigns.name'), cell: (c) => <Button type="link" onClick={() => setOpen(c.row.original)} data-testid={`mine-${c.row.original.subjectName}`}>{c.getValue()}</Button> }),
    mineColumn.accessor((m) => `${m.subjectName}（${pick(APPRAISAL_SUBJECT_KIND_LABELS[m.subjectKind])}）`, { id: 'subject', header: t('campaigns.subjects') }),
    mineColumn.accessor((m) => pick(m.period), { id: 'period', header: t('campaigns.period'), meta: { nowrap: true } }),
    mineColumn.accessor((m) => pick(APPRAISAL_CAMPAIGN_STATE_LABELS[m.state]), { id: 'state', header: t('campaigns.state'), cell: (c) => <Tag>{c.getValue()}</Tag>, meta: { nowrap: true } }),
    mineColumn.accessor((m) => (m.selfSubmittedAt ? t('sheet.submitted') : '—'), { id: 'self', header: t('sheet.self'), cell: (c) => (c.row.original.selfSubmittedAt ? <Tag color="green">{c.getValue()}</Tag> : c.getValue()), meta: { nowrap: true } }),
  ];
  return (
    <div>
      <PageHeader title={t('mine.title')} />
      <Card>
        <DataTable<MyAppraisal>
          testId="my-appraisals"
          caption={t('mine.title')}
          columns={columns}
          {...list}
          getRowId={(m) => m.subjectId}
          searchable={false}
          paginated={false}
        />
      </Card>
      {open ? <MySheetDrawer scope={scope} appraisal={open} onClose={() => setOpen(null)} /> : null}
    </div>
  );
}

function MySheetDrawer({ scope, appraisal, onClose }: { scope: AppraisedScope; appraisal: MyAppraisal; onClose: () => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const mine = useAppraisedApi(scope);
  const queryClient = useQueryClient();
  const save = useScoreSaver();
  const [busy, setBusy] = useState<string | null>(null);
  const [report, setReport] = useState('');
  const subjectId = appraisal.subjectId;
  const sheet = useQuery({ queryKey: appraisalKeys.of(scope, 'my-sheet', subjectId), queryFn: () => mine.sheet.query({ subjectId }) });
  const result = useQuery({ queryKey: appraisalKeys.of(scope, 'my-result', subjectId), queryFn: () => mine.result.query({ subjectId }), enabled: appraisal.published });
  const s = sheet.data;
  const editable = !!s && !s.subject.selfSubmittedAt && (s.state === 'open' || s.state === 'scoring');
  const onScore = async (itemKey: string, input: ItemInput) => {
    setBusy(itemKey);
    if (await save(() => mine.setSelf.mutate({ subjectId, itemKey, input }))) await sheet.refetch();
    setBusy(null);
  };
  const submit = async () => {
    if (await save(() => mine.submitSelf.mutate({ subjectId, selfReport: report || undefined }))) {
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
              <PublishedRanking rows={r.ranking} />
            ) : null}
          </Card>
        ) : (
          <Alert type="info" showIcon message={t('sheet.notPublished')} />
        )}
        {s ? (
          // A department's removals go through its own procedure (it has no township): the department work scope picks it.
          <WorkScopeContext.Provider value={scope === 'department' ? 'department' : 'township'}>
            <ScoreSheetTable
              sheet={s}
              mode={editable ? 'self' : 'read'}
              onScore={onScore}
              busyKey={busy}
              showEvidence={editable ? 'upload' : 'list'}
              evidenceHome={scope === 'department' ? 'county' : 'township'}
              onEvidenceChanged={() => void sheet.refetch()}
            />
          </WorkScopeContext.Provider>
        ) : null}
        {editable && s.lackingEvidence.length > 0 ? (
          // The server refuses the hand-in for the same items (rule appraisal.evidence_before_hand_in); said here first.
          <Alert
            type="warning"
            showIcon
            data-testid="lacking-evidence"
            message={t('sheet.lackingEvidence')}
            description={<ul style={{ margin: 0, paddingInlineStart: 20 }}>{s.lackingEvidence.map((i) => <li key={i.key}>{t('sheet.lackingItem', { key: i.key, name: i.name, evidence: i.evidence })}</li>)}</ul>}
          />
        ) : null}
        {editable ? (
          <Space.Compact style={{ width: '100%' }}>
            <Input.TextArea value={report} onChange={(e) => setReport(e.target.value)} placeholder={t('sheet.submitSelf')} />
            <Button type="primary" onClick={() => void submit()} disabled={s.lackingEvidence.length > 0} data-testid="submit-self">{t('sheet.submitSelf')}</Button>
          </Space.Compact>
        ) : null}
      </Space>
    </Drawer>
  );
}
