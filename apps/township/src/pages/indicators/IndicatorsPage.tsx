import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Col, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentQuarter, ErrorAlert, PeriodPicker, useCountyToday, useFormatInstant, useLanguage, type PickedPeriod } from '@pcs/ui';
import { Freshness, IndicatorCard, useIndicatorDrill, type OverviewIndicator, type OverviewTownship } from '@pcs/work-ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { NS } from '../../i18n/township-office';

/** One indicator with its months over the period's year (the township's and the county's line). */
function TrendCard({ township, indicator, period, rank, onOpen }: { township: OverviewTownship; indicator: OverviewIndicator; period: PickedPeriod; rank: number | null; onOpen: () => void }) {
  const { t } = useTranslation(NS);
  const trpc = useTRPC();
  // One call for every card of the page: they share its cache.
  const trends = useQuery(trpc.townshipDashboard.trends.queryOptions({ period: { kind: 'year', year: period.year } }));
  const trend = { ...trends, data: trends.data?.series.find((s) => s.indicatorId === indicator.id) };
  return (
    <IndicatorCard
      township={township}
      indicator={indicator}
      trend={trend.data}
      trendLoading={trend.isPending}
      trendError={trend.error}
      onTrendRetry={() => void trend.refetch()}
      onOpen={onOpen}
      extra={rank !== null ? <Typography.Text type="secondary">{t('indicators.indicatorRank', { rank })}</Typography.Text> : null}
    />
  );
}

/** "本乡镇指标": the township's own indicators with the county's definitions and the same drill-down (no ranks). */
export function IndicatorsPage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const today = useCountyToday();
  const formatInstant = useFormatInstant();
  const [period, setPeriod] = useState<PickedPeriod>(() => currentQuarter(today));
  const trpc = useTRPC();
  const client = useTRPCClient();
  const overview = useQuery(trpc.townshipDashboard.get.queryOptions({ period }, { placeholderData: keepPreviousData }));
  const drill = useIndicatorDrill(JSON.stringify(period), ({ indicator }, side, cursor) => client.townshipDashboard.records.query({ indicatorId: indicator.id, period, side, cursor, limit: 50 }));
  const township = overview.data?.townships[0];

  return (
    <Flex vertical gap={16} data-testid="township-indicators">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {t('indicators.title')}
            {overview.data ? (
              <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
                {pick(overview.data.periodLabel)}
              </Typography.Text>
            ) : null}
          </Typography.Title>
          {overview.data ? <Freshness freshness={overview.data.freshness} /> : null}
          {overview.data?.publishedRank ? (
            <Typography.Text strong data-testid="published-rank">
              {overview.data.publishedRank.rank !== null
                ? t('indicators.publishedRank', { rank: overview.data.publishedRank.rank, ranked: overview.data.publishedRank.ranked, time: formatInstant(overview.data.publishedRank.publishedAt) })
                : t('indicators.publishedRankNone', { time: formatInstant(overview.data.publishedRank.publishedAt) })}
            </Typography.Text>
          ) : null}
        </Flex>
        <PeriodPicker value={period} onChange={setPeriod} currentYear={Number(today.slice(0, 4))} testId="indicators-period" />
      </Flex>
      <Typography.Text type="secondary">{t('indicators.hint')}</Typography.Text>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.isPending ? <Spin /> : null}
      {township && overview.data ? (
        <Row gutter={[16, 16]}>
          {overview.data.indicators.map((indicator) => (
            <Col key={indicator.id} xs={24} lg={12} xxl={8}>
              <TrendCard
                township={township}
                indicator={indicator}
                period={period}
                rank={overview.data.publishedRank?.indicatorRanks[indicator.id] ?? null}
                onOpen={() => drill.open({ township, indicator, cell: township.cells.find((c) => c.indicatorId === indicator.id)! })}
              />
            </Col>
          ))}
        </Row>
      ) : null}
      {drill.drawer}
    </Flex>
  );
}
