import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Modal, Popconfirm, Table, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useFormatInstant, useLanguage, type PickedPeriod } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { NS } from '../../i18n/texts';
import type { Overview } from './types';

/** "排名已于 … 冻结": a closed period's frozen ranking, and the figures corrected since (late entries), listed on request. */
export function RankingStatus({ overview, period }: { overview: Overview; period: PickedPeriod }) {
  const { t } = useTranslation(NS);
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
  const counts = (c: { numerator: number; denominator: number | null }) => (c.denominator === null ? String(c.numerator) : `${c.numerator} / ${c.denominator}`);
  return (
    <Typography.Text type="secondary" data-testid="ranking-status">
      <Tooltip title={pick(ranking.rule)}>{ranking.frozenAt ? t('dashboard.rankingFrozen', { time: formatInstant(ranking.frozenAt) }) : t('dashboard.rankingLive')}</Tooltip>
      {ranking.publishedAt ? (
        <Typography.Text type="success" style={{ marginLeft: 8 }} data-testid="ranking-published">
          {t('dashboard.rankingPublished', { time: formatInstant(ranking.publishedAt) })}
        </Typography.Text>
      ) : ranking.frozenAt ? (
        <Popconfirm title={t('dashboard.publishConfirm')} onConfirm={() => publish.mutate({ period })} okButtonProps={{ 'data-testid': 'publish-confirm' } as Record<string, string>}>
          <Button type="link" size="small" loading={publish.isPending} data-testid="ranking-publish">
            {t('dashboard.publishRanking')}
          </Button>
        </Popconfirm>
      ) : null}
      {ranking.frozenAt && ranking.correctionsSince > 0 ? (
        <Button type="link" size="small" onClick={() => setOpen(true)} data-testid="ranking-corrections">
          {t('dashboard.correctionsSince', { count: ranking.correctionsSince })}
        </Button>
      ) : null}
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} width={760} title={t('dashboard.correctionsTitle', { period: pick(overview.periodLabel) })}>
        {corrections.error ? <ErrorAlert error={corrections.error} onRetry={() => void corrections.refetch()} /> : null}
        <Table
          size="small"
          rowKey="id"
          loading={corrections.isPending}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={corrections.data?.items ?? []}
          scroll={{ x: true }}
          columns={[
            { title: t('dashboard.columns.township'), dataIndex: 'townshipName' },
            { title: t('dashboard.columns.indicator'), render: (_, row) => names.get(row.indicatorId) ?? row.indicatorId },
            { title: t('dashboard.correctionBefore'), align: 'right', render: (_, row) => counts(row.before) },
            { title: t('dashboard.correctionAfter'), align: 'right', render: (_, row) => counts(row.after) },
            { title: t('dashboard.correctedAt'), render: (_, row) => formatInstant(row.correctedAt) },
          ]}
        />
      </Modal>
    </Typography.Text>
  );
}
