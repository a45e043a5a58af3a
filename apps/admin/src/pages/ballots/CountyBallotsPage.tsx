import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Card, Descriptions, Drawer, Empty, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, ErrorAlert, PageHeader, useLocalList, type DataColumn } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { BALLOTS_NS } from '../../i18n/texts';

type Turnout = RouterOutputs['countyBallots']['turnout'][number];
type TurnoutRow = Turnout['groups'][number] & { key: string; evaluation: Turnout };
const column = createColumnHelper<TurnoutRow>();

/** The county's campaigns' democratic evaluations: turnout per township (counts only) and each tally. */
export function CountyBallotsPage() {
  const { t } = useTranslation(BALLOTS_NS);
  const trpc = useTRPC();
  const [campaignId, setCampaignId] = useState<string>();
  const [tallyOf, setTallyOf] = useState<{ id: string; township: string } | null>(null);
  const campaigns = useQuery(trpc.countyAppraisal.campaigns.list.queryOptions({ page: 1, pageSize: 100, sortBy: 'year', sortDirection: 'desc' }));
  const turnout = useQuery({ ...trpc.countyBallots.turnout.queryOptions({ campaignId: campaignId ?? '' }), enabled: campaignId !== undefined, refetchInterval: 5000 });
  const tally = useQuery({ ...trpc.countyBallots.tally.queryOptions({ evaluationId: tallyOf?.id ?? '' }), enabled: tallyOf !== null });
  // One row per township and evaluator group (counts only); the tally opens per township.
  const rows = (turnout.data ?? []).flatMap((e) => e.groups.map((g) => ({ key: `${e.id}-${g.groupId}`, evaluation: e, ...g })));
  const list = useLocalList(rows, { initialQuery: { pageSize: Number.MAX_SAFE_INTEGER } });
  const columns: Array<DataColumn<TurnoutRow>> = [
    column.accessor((r) => r.evaluation.township, { id: 'township', header: t('columns.township'), meta: { nowrap: true } }),
    column.accessor((r) => r.evaluation.heldOn, { id: 'heldOn', header: t('columns.heldOn'), meta: { nowrap: true } }),
    column.accessor((r) => t(`status.${r.evaluation.status}`), { id: 'status', header: t('columns.status'), cell: (c) => <Tag color={c.row.original.evaluation.status === 'open' ? 'green' : undefined}>{c.getValue()}</Tag>, meta: { nowrap: true } }),
    column.accessor('name', { header: t('columns.group') }),
    column.accessor('issued', { header: t('columns.issued'), meta: { align: 'right' } }),
    column.accessor('cast', { header: t('columns.cast'), meta: { align: 'right' } }),
    column.accessor((r) => (r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`), { id: 'rate', header: t('columns.turnout'), meta: { align: 'right' } }),
    column.display({ id: 'tally', header: '', cell: (c) => <Button size="small" onClick={() => setTallyOf({ id: c.row.original.evaluation.id, township: c.row.original.evaluation.township })}>{t('tally.button')}</Button> }),
  ];
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
        <DataTable<TurnoutRow> testId="county-ballots-table" caption={t('title')} columns={columns} {...list} getRowId={(r) => r.key} searchable={false} paginated={false} exportFileName={t('title')} />
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
