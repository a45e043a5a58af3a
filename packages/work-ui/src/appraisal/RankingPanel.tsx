import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { BarChartCard, downloadXlsx } from '@pcs/ui';
import { APPRAISAL_NS } from '../i18n';
import { appraisalKeys, useAppraisalApi, type AppraisalScope, type Ranking } from './api';

type Row = Ranking['rows'][number];

/** The ranking table (live while scoring, stored once published), the grade distribution and the change on the previous campaign. */
export function RankingPanel({ scope, campaignId, title }: { scope: AppraisalScope; campaignId: string; title: string }) {
  const { t } = useTranslation(APPRAISAL_NS);
  const api = useAppraisalApi(scope);
  const ranking = useQuery({ queryKey: appraisalKeys.of(scope, 'ranking', campaignId), queryFn: () => api.results.ranking.query({ campaignId }) });
  const data = ranking.data;
  const notConfigured = t('results.notConfigured');
  const distribution = data ? [...data.grades, notConfigured].map((grade) => ({ grade, count: data.rows.filter((r) => (r.grade ?? notConfigured) === grade).length })).filter((d) => d.count > 0 || d.grade !== notConfigured) : [];
  const exportRanking = () =>
    data &&
    downloadXlsx(`${title}-${t('results.ranking')}`, {
      headers: [t('results.ranking'), t('campaigns.subjects'), t('results.total'), ...data.areas.map((a) => `${a.key} ${a.name}`), t('results.standard'), t('results.grade'), t('results.subsidy'), t('results.previous')],
      rows: data.rows.map((r) => [r.rank ?? '', r.name, r.total ?? '', ...data.areas.map((a) => r.areas.find((x) => x.key === a.key)?.points ?? ''), r.standardScore ?? '', r.grade ?? notConfigured, r.subsidy ?? notConfigured, r.previous?.total ?? '']),
    });
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        size="small"
        title={t('results.ranking')}
        extra={<Button size="small" onClick={() => void exportRanking()} disabled={!data}>{t('results.exportRanking')}</Button>}
      >
        <Table<Row>
          size="small"
          rowKey="subjectId"
          loading={ranking.isLoading}
          pagination={false}
          dataSource={data?.rows ?? []}
          data-testid="ranking-table"
          columns={[
            { title: t('results.ranking'), dataIndex: 'rank', width: 70 },
            { title: t('campaigns.subjects'), dataIndex: 'name', width: 160 },
            { title: t('results.total'), dataIndex: 'total', width: 90 },
            ...(data?.areas ?? []).map((a) => ({ title: `${a.name}（${a.max}）`, key: a.key, width: 110, render: (_: unknown, r: Row) => r.areas.find((x) => x.key === a.key)?.points ?? '' })),
            { title: t('results.standard'), dataIndex: 'standardScore', width: 90 },
            { title: t('results.grade'), key: 'grade', width: 100, render: (_, r) => (r.grade ? <Tag color="blue">{r.grade}</Tag> : <Tag>{notConfigured}</Tag>) },
            { title: t('results.subsidy'), key: 'subsidy', width: 110, render: (_, r) => r.subsidy ?? notConfigured },
            {
              title: t('results.change'),
              key: 'previous',
              width: 110,
              render: (_, r) => (r.previous && r.total !== null && r.previous.total !== null ? `${r.previous.total} → ${r.total}（${r.total - r.previous.total >= 0 ? '+' : ''}${Math.round((r.total - r.previous.total) * 1000) / 1000}）` : '—'),
            },
          ]}
        />
      </Card>
      <BarChartCard title={t('results.distribution')} data={distribution} categoryKey="grade" series={[{ dataKey: 'count', name: t('results.count') }]} height={220} testId="grade-distribution" />
    </Space>
  );
}
