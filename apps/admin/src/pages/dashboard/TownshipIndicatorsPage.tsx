import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Col, Descriptions, Empty, Flex, Row, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, PeriodPicker, useLanguage, type PickedPeriod } from '@pcs/ui';
import { Freshness, IndicatorCard, useIndicatorDrill } from '@pcs/work-ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { DASHBOARD_NS } from '../../i18n/dashboard';
import { periodSearch, useDashboardPeriod } from './period';
import type { OverviewIndicator, OverviewTownship } from './types';

/** Every indicator month by month over the period's year, the township's line and the county's: one call for the page (the cards share its cache). */
function useTownshipTrends(tenantId: string, period: PickedPeriod) {
  const trpc = useTRPC();
  return useQuery(trpc.dashboard.trends.queryOptions({ period: { kind: 'year', year: period.year }, seriesOf: [tenantId] }));
}

/** An indicator card with the township's months of the period's year beside the county's (the trend of every township), and its rank among the county's townships. */
function TownshipIndicatorCard({ township, indicator, period, onOpen }: { township: OverviewTownship; indicator: OverviewIndicator; period: PickedPeriod; onOpen: () => void }) {
  const { t } = useTranslation(DASHBOARD_NS);
  const trends = useTownshipTrends(township.id, period);
  const trend = { ...trends, data: trends.data?.series.find((s) => s.indicatorId === indicator.id) };
  const rank = township.cells.find((c) => c.indicatorId === indicator.id)?.rank ?? null;
  return (
    <IndicatorCard
      township={township}
      indicator={indicator}
      trend={trend.data}
      trendLoading={trend.isPending}
      showCounty
      trendError={trend.error}
      onTrendRetry={() => void trend.refetch()}
      onOpen={onOpen}
      extra={rank !== null ? <Typography.Text type="secondary">{t('rankOf', { rank })}</Typography.Text> : null}
    />
  );
}

/** One township's indicators for the county: figures, targets, rank and monthly trends, with the same drill-down. */
export function TownshipIndicatorsPage() {
  const { t } = useTranslation(DASHBOARD_NS);
  const { pick } = useLanguage();
  const { tenantId } = useParams();
  const trpc = useTRPC();
  const [period, setPeriod, today] = useDashboardPeriod();
  // The whole county's overview (shared with the overview page's cache): the rank is among all townships.
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period }, { placeholderData: keepPreviousData }));
  const client = useTRPCClient();
  const drill = useIndicatorDrill(periodSearch(period), ({ township: tw, indicator }, side, cursor) =>
    client.dashboard.records.query({ tenantId: tw.id, indicatorId: indicator.id, period, side, cursor, limit: 50 }),
  );
  const township = overview.data?.townships.find((tw) => tw.id === tenantId);

  return (
    <Flex vertical gap={16} data-testid="township-indicators">
      <Link to={`/dashboard?${periodSearch(period)}`} data-testid="back-to-overview">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.isPending ? <Spin /> : null}
      {overview.data && !township ? <Empty description={t('townshipNotFound')} /> : null}
      {overview.data && township ? (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Flex vertical gap={4}>
              <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }} data-testid="township-title">
                {township.name}
                {township.suspended && (
                  <Tag color="error" style={{ marginLeft: 8 }}>
                    {t('suspended')}
                  </Tag>
                )}
              </Typography.Title>
              <Freshness freshness={overview.data.freshness} />
            </Flex>
            <PeriodPicker value={period} onChange={setPeriod} currentYear={Number(today.slice(0, 4))} testId="dashboard-period" />
          </Flex>
          {township.suspended && <Alert type="warning" showIcon title={t('suspendedTownship')} />}
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="township-composite">
            <Descriptions.Item label={t('periodLabel')}>{pick(overview.data.periodLabel)}</Descriptions.Item>
            <Descriptions.Item label={t('columns.composite')}>{township.composite?.index?.toFixed(2) ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('columns.rank')}>
              {township.composite?.rank ? t('rankOfTotal', { rank: township.composite.rank, total: overview.data.townships.length }) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={[16, 16]}>
            {overview.data.indicators.map((indicator) => (
              <Col key={indicator.id} xs={24} lg={12} xxl={8}>
                <TownshipIndicatorCard township={township} indicator={indicator} period={period} onOpen={() => drill.open({ township, indicator, cell: township.cells.find((c) => c.indicatorId === indicator.id)! })} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
      {drill.drawer}
    </Flex>
  );
}
