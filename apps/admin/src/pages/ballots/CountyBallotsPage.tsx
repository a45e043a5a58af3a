import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Drawer, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageHeader } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { BALLOTS_NS } from '../../i18n/texts';

/** The county's campaigns' democratic evaluations: turnout per township (counts only) and each tally. */
export function CountyBallotsPage() {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const [campaignId, setCampaignId] = useState<string>();
  const [tallyOf, setTallyOf] = useState<{ id: string; township: string } | null>(null);
  const campaigns = useQuery(trpc.countyAppraisal.campaigns.list.queryOptions({ page: 1, pageSize: 100, sortBy: 'year', sortDirection: 'desc' }));
  const turnout = useQuery({ ...trpc.countyBallots.turnout.queryOptions({ campaignId: campaignId ?? '' }), enabled: campaignId !== undefined, refetchInterval: 5000 });
  const tally = useQuery({ ...trpc.countyBallots.tally.queryOptions({ evaluationId: tallyOf?.id ?? '' }), enabled: tallyOf !== null });
  const rows = (turnout.data ?? []).flatMap((e) => e.groups.map((g, i) => ({ key: `${e.id}-${g.groupId}`, evaluation: e, first: i === 0, span: e.groups.length, ...g })));
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Space style={{ margin: '12px 0' }}>
        <Typography.Text>{t('campaign')}</Typography.Text>
        <Select style={{ width: 360 }} placeholder={t('campaignPlaceholder')} value={campaignId} onChange={setCampaignId} options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.title }))} data-testid="county-ballots-campaign" />
      </Space>
      {(campaigns.error ?? turnout.error) && <ErrorAlert error={campaigns.error ?? turnout.error} />}
      {turnout.data?.length === 0 && <Empty description={t('empty')} />}
      {rows.length > 0 && (
        <Table
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="county-ballots-table"
          columns={[
            { title: t('columns.township'), key: 'township', onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }), render: (_, r) => r.evaluation.township },
            { title: t('columns.heldOn'), key: 'heldOn', onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }), render: (_, r) => r.evaluation.heldOn },
            { title: t('columns.status'), key: 'status', onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }), render: (_, r) => <Tag color={r.evaluation.status === 'open' ? 'green' : undefined}>{t(`status.${r.evaluation.status}`)}</Tag> },
            { title: t('columns.group'), dataIndex: 'name' },
            { title: t('columns.issued'), dataIndex: 'issued', align: 'right' },
            { title: t('columns.cast'), dataIndex: 'cast', align: 'right' },
            { title: t('columns.turnout'), dataIndex: 'rate', align: 'right', render: (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`) },
            {
              title: '',
              key: 'tally',
              onCell: (r) => ({ rowSpan: r.first ? r.span : 0 }),
              render: (_, r) => (
                <Button size="small" onClick={() => setTallyOf({ id: r.evaluation.id, township: r.evaluation.township })}>
                  {t('tally.button')}
                </Button>
              ),
            },
          ]}
        />
      )}
      <Drawer open={tallyOf !== null} onClose={() => setTallyOf(null)} size={640} title={tallyOf ? t('tally.title', { township: tallyOf.township }) : ''}>
        {tally.error && <ErrorAlert error={tally.error} />}
        {tally.data?.results
          .filter((r) => r.itemId === null)
          .map((r) => (
            <Card key={r.subjectId} size="small" style={{ marginBottom: 12 }} extra={<Space>{r.score === null ? t('tally.noScore') : <Tag color="blue">{`${t('tally.score')} ${r.score.toFixed(2)}`}</Tag>}{r.override && <Tag color="red">{t('tally.override')}</Tag>}</Space>}>
              <Descriptions size="small" column={1} bordered>
                {r.groups.map((g) => (
                  <Descriptions.Item key={g.groupId} label={`${tally.data.groups.find((x) => x.groupId === g.groupId)?.name ?? ''}（${g.cast}）`}>
                    {!g.shown || !g.count ? (
                      <Typography.Text type="secondary">{t('tally.hidden', { min: tally.data.minBallots })}</Typography.Text>
                    ) : (
                      [...tally.data.grades.map((grade, i) => `${grade} ${g.count!.grades[i]}`), t('tally.valid', { n: g.count.valid })].join(' · ')
                    )}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            </Card>
          ))}
      </Drawer>
    </>
  );
}
