import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { App, Button, Modal, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, useFormatInstant, useLanguage, useLocalList, type DataColumn, type PickedPeriod } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { DASHBOARD_NS } from '../../i18n/dashboard';
import type { Overview } from './types';

interface Correction {
  id: string;
  townshipName: string;
  indicatorId: string;
  before: { numerator: number; denominator: number | null };
  after: { numerator: number; denominator: number | null };
  correctedAt: string;
}
const column = createColumnHelper<Correction>();

/** "排名已于 … 冻结": a closed period's frozen ranking, and the figures corrected since (late entries), listed on request. */
export function RankingStatus({ overview, period }: { overview: Overview; period: PickedPeriod }) {
  const { t } = useTranslation(DASHBOARD_NS);
  const { pick } = useLanguage();
  const formatInstant = useFormatInstant();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const publish = useMutation(
    trpc.dashboard.publishRanking.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.dashboard.overview.queryKey() }),
      onError: (error) => void message.error(error.message),
    }),
  );
  const corrections = useQuery(trpc.dashboard.corrections.queryOptions({ period }, { enabled: open }));
  const { ranking } = overview;
  const names = new Map(overview.indicators.map((i) => [i.id, pick({ zh: i.nameZh, en: i.nameEn })]));
  const counts = (c: Correction['before']) => (c.denominator === null ? String(c.numerator) : `${c.numerator} / ${c.denominator}`);
  const list = useLocalList<Correction>(corrections.data?.items, {
    initialQuery: { pageSize: 20 },
    loading: open && corrections.isPending,
    error: corrections.error,
    onRetry: () => void corrections.refetch(),
    searchText: (r) => `${r.townshipName} ${names.get(r.indicatorId) ?? r.indicatorId}`,
  });
  const columns: Array<DataColumn<Correction>> = [
    column.accessor('townshipName', { header: t('columns.township'), meta: { nowrap: true } }),
    column.accessor((r) => names.get(r.indicatorId) ?? r.indicatorId, { id: 'indicator', header: t('columns.indicator') }),
    column.accessor((r) => counts(r.before), { id: 'before', header: t('correctionBefore'), meta: { align: 'right', nowrap: true } }),
    column.accessor((r) => counts(r.after), { id: 'after', header: t('correctionAfter'), meta: { align: 'right', nowrap: true } }),
    column.accessor((r) => formatInstant(r.correctedAt), { id: 'correctedAt', header: t('correctedAt'), meta: { nowrap: true } }),
  ];
  return (
    <Typography.Text type="secondary" data-testid="ranking-status">
      <Tooltip title={pick(ranking.rule)}>{ranking.frozenAt ? t('rankingFrozen', { time: formatInstant(ranking.frozenAt) }) : t('rankingLive')}</Tooltip>
      {ranking.publishedAt ? (
        <Typography.Text type="success" style={{ marginLeft: 8 }} data-testid="ranking-published">
          {t('rankingPublished', { time: formatInstant(ranking.publishedAt) })}
        </Typography.Text>
      ) : ranking.frozenAt ? (
        <Popconfirm title={t('publishConfirm')} onConfirm={() => publish.mutate({ period })} okButtonProps={{ 'data-testid': 'publish-confirm' } as Record<string, string>}>
          <Button type="link" size="small" loading={publish.isPending} data-testid="ranking-publish">
            {t('publishRanking')}
          </Button>
        </Popconfirm>
      ) : null}
      {ranking.frozenAt && ranking.correctionsSince > 0 ? (
        <Button type="link" size="small" onClick={() => setOpen(true)} data-testid="ranking-corrections">
          {t('correctionsSince', { count: ranking.correctionsSince })}
        </Button>
      ) : null}
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} width={760} title={t('correctionsTitle', { period: pick(overview.periodLabel) })}>
        <DataTable<Correction> testId="corrections-table" caption={t('correctionsTitle', { period: pick(overview.periodLabel) })} columns={columns} {...list} getRowId={(r) => r.id} exportFileName={t('correctionsTitle', { period: pick(overview.periodLabel) })} />
      </Modal>
    </Typography.Text>
  );
}
