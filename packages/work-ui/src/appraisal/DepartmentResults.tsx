import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, Button, Card, Drawer, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { APPRAISAL_SUBJECT_KIND_LABELS } from '@pcs/domain';
import { DataTable, useFormatInstant, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { useTRPCClient } from '../trpc';
import { appraisalKeys, type DepartmentBoard } from './api';
import { ScoreSheetTable } from './ScoreSheetTable';

type Row = DepartmentBoard['rows'][number];
const column = createColumnHelper<Row>();

/**
 * The county departments' published results on the county's dashboard (decision 64.3: a ranking of
 * their own, not a township indicator): the latest published campaign over departments (another one
 * by choice), each department opening its score sheet with the evidence it attached. Nothing before
 * publication; "not configured" and "none published" said as such.
 */
export function DepartmentResultsCard() {
  const { t } = useTranslation(APPRAISAL_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const client = useTRPCClient();
  const [campaignId, setCampaignId] = useState<string | undefined>(undefined);
  const board = useQuery({
    queryKey: appraisalKeys.of('county', 'departments', campaignId ?? 'latest'),
    queryFn: () => client.countyAppraisal.results.departments.query(campaignId ? { campaignId } : {}),
  });
  const [open, setOpen] = useState<Row | null>(null);
  const data = board.data;
  const list = useLocalList(data?.rows ?? [], { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: board.isLoading, error: board.error, onRetry: () => void board.refetch() });
  const columns: Array<DataColumn<Row>> = [
    // A department without a total (not scored) is not ranked: a dash, as the overview shows a township without an index.
    column.accessor((r) => r.rank ?? '—', { id: 'rank', header: t('results.ranking'), meta: { align: 'right', nowrap: true } }),
    column.accessor('name', {
      // A campaign over the departments' leadership teams or cadres heads the column with its kind.
      header: data?.campaign && data.campaign.subjectKind !== 'department' ? pick(APPRAISAL_SUBJECT_KIND_LABELS[data.campaign.subjectKind]) : t('departmentBoard.department'),
      cell: (c) => (
        <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(c.row.original)} data-testid={`department-sheet-${c.row.original.name}`}>
          {c.getValue()}
        </Button>
      ),
      meta: { nowrap: true },
    }),
    column.accessor((r) => r.total ?? '—', { id: 'total', header: t('results.total'), meta: { align: 'right', nowrap: true } }),
    column.accessor((r) => r.grade ?? t('results.notConfigured'), { id: 'grade', header: t('results.grade'), meta: { nowrap: true } }),
    column.accessor((r) => r.previous?.rank ?? '—', { id: 'previous', header: `${t('results.previous')}${t('results.ranking')}`, meta: { align: 'right', nowrap: true } }),
  ];
  const campaign = data?.campaign ?? null;
  return (
    <Card
      title={t('departmentBoard.title')}
      data-testid="department-results"
      extra={
        data && data.campaigns.length > 0 ? (
          <Select
            value={campaign?.id}
            onChange={setCampaignId}
            options={data.campaigns.map((c) => ({ value: c.id, label: `${c.title} · ${pick(APPRAISAL_SUBJECT_KIND_LABELS[c.subjectKind])}` }))}
            style={{ minWidth: 220 }}
            aria-label={t('departmentBoard.campaign')}
            data-testid="department-results-campaign"
          />
        ) : null
      }
    >
      {data?.status === 'not_configured' ? <Alert type="info" showIcon title={t('departmentBoard.notConfigured')} data-testid="department-results-not-configured" /> : null}
      {data?.status === 'none_published' ? <Alert type="info" showIcon title={t('departmentBoard.nonePublished')} data-testid="department-results-none-published" /> : null}
      {campaign ? (
        <Typography.Paragraph type="secondary" data-testid="department-results-period">
          {t('departmentBoard.publishedAt', { period: pick(campaign.period), date: campaign.publishedAt ? formatInstant(campaign.publishedAt) : '—' })}
        </Typography.Paragraph>
      ) : null}
      {data?.status === 'published' || board.isLoading || board.error ? (
        <DataTable<Row>
          testId="department-results-table"
          caption={t('departmentBoard.title')}
          columns={columns}
          {...list}
          getRowId={(r) => r.subjectId}
          searchable={false}
          paginated={false}
          exportFileName={campaign ? `${campaign.title}${pick(campaign.period)}` : t('departmentBoard.title')}
        />
      ) : null}
      {open ? <DepartmentSheetDrawer subjectId={open.subjectId} name={open.name} onClose={() => setOpen(null)} /> : null}
    </Card>
  );
}

/** A department's score sheet as the county scored it, read only, its evidence downloadable. */
function DepartmentSheetDrawer({ subjectId, name, onClose }: { subjectId: string; name: string; onClose: () => void }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const client = useTRPCClient();
  const sheet = useQuery({ queryKey: appraisalKeys.of('county', 'sheet', subjectId), queryFn: () => client.countyAppraisal.scores.sheet.query({ subjectId }) });
  return (
    <Drawer open onClose={onClose} width="min(1200px, 100vw)" title={t('departmentBoard.sheet', { name })} data-testid="department-sheet">
      {sheet.error ? <Alert type="error" showIcon title={sheet.error.message} /> : null}
      {sheet.data ? (
        <>
          <Typography.Title level={5}>{sheet.data.title}</Typography.Title>
          <ScoreSheetTable sheet={sheet.data} mode="read" showEvidence="list" />
        </>
      ) : null}
    </Drawer>
  );
}
