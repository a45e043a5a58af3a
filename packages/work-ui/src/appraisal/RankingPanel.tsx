import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { BarChartCard, DataTable, useLocalList, type DataColumn } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n/appraisal';
import { appraisalKeys, useAppraisalApi, type AppraisalScope, type Ranking } from './api';

type Row = Ranking['rows'][number];
const column = createColumnHelper<Row>();

/** The ranking table (live while scoring, stored once published), the grade distribution and the change on the previous campaign. */
export function RankingPanel({ scope, campaignId, title }: { scope: AppraisalScope; campaignId: string; title: string }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const api = useAppraisalApi(scope);
  const ranking = useQuery({ queryKey: appraisalKeys.of(scope, 'ranking', campaignId), queryFn: () => api.results.ranking.query({ campaignId }) });
  const data = ranking.data;
  const notConfigured = t('results.notConfigured');
  const distribution = data ? [...data.grades, notConfigured].map((grade) => ({ grade, count: data.rows.filter((r) => (r.grade ?? notConfigured) === grade).length })).filter((d) => d.count > 0 || d.grade !== notConfigured) : [];
  // Every unit on one page, in rank order (the server's); the export is the table as shown.
  const list = useLocalList(data?.rows, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER }, loading: ranking.isLoading, error: ranking.error, onRetry: () => void ranking.refetch() });
  const change = (r: Row) => (r.previous && r.total !== null && r.previous.total !== null ? `${r.previous.total} → ${r.total}（${r.total - r.previous.total >= 0 ? '+' : ''}${Math.round((r.total - r.previous.total) * 1000) / 1000}）` : '—');
  const columns: Array<DataColumn<Row>> = [
    column.accessor((r) => r.rank ?? '', { id: 'rank', header: t('results.ranking'), meta: { align: 'right', nowrap: true } }),
    column.accessor('name', { header: t('campaigns.subjects'), meta: { nowrap: true } }),
    // A county ranking of the townships' grids, villages or offices names each row's township.
    ...(new Set(data?.rows.map((r) => r.tenantName)).size > 1 && data?.rows.some((r) => r.tenantName !== r.name) ? [column.accessor((r) => r.tenantName ?? '', { id: 'township', header: t('campaigns.township'), meta: { nowrap: true } })] : []),
    column.accessor((r) => r.total ?? '', { id: 'total', header: t('results.total'), meta: { align: 'right' } }),
    ...(data?.areas ?? []).map((a) => column.accessor((r) => r.areas.find((x) => x.key === a.key)?.points ?? '', { id: `area-${a.key}`, header: `${a.name}（${a.max}）`, meta: { align: 'right' } })),
    column.accessor((r) => r.standardScore ?? '', { id: 'standardScore', header: t('results.standard'), meta: { align: 'right' } }),
    column.accessor((r) => r.grade ?? notConfigured, { id: 'grade', header: t('results.grade'), cell: (c) => <Tag color={c.row.original.grade ? 'blue' : undefined}>{c.getValue()}</Tag>, meta: { nowrap: true } }),
    column.accessor((r) => r.subsidy ?? notConfigured, { id: 'subsidy', header: t('results.subsidy'), meta: { align: 'right' } }),
    column.accessor((r) => change(r), { id: 'change', header: t('results.change'), meta: { nowrap: true } }),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <DataTable<Row>
        testId="ranking-table"
        caption={t('results.ranking')}
        columns={columns}
        {...list}
        getRowId={(r) => r.subjectId}
        searchable={false}
        paginated={false}
        exportFileName={`${title}-${t('results.ranking')}`}
      />
      <BarChartCard title={t('results.distribution')} data={distribution} categoryKey="grade" series={[{ dataKey: 'count', name: t('results.count') }]} height={220} testId="grade-distribution" />
    </Space>
  );
}
