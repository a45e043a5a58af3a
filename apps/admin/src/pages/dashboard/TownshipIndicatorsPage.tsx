import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Empty, Flex, Row, Spin, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ErrorAlert, formatChange, formatIndicatorValue, LineChartCard, PeriodPicker, useLanguage, type PickedPeriod } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import { NS } from '../../i18n/texts';
import { FigureCell } from './FigureCell';
import { Freshness } from './OverviewPage';
import { periodSearch, useDashboardPeriod } from './period';
import type { OverviewIndicator, OverviewTownship } from './types';
import { useIndicatorDrill } from './useIndicatorDrill';

/** One indicator of the township: its figure against the target, and its months over the period's year. */
function IndicatorCard({ township, indicator, period, onOpen }: { township: OverviewTownship; indicator: OverviewIndicator; period: PickedPeriod; onOpen: () => void }) {
  const { t } = useTranslation(NS);
  const { t: tc } = useTranslation();
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const cell = township.cells.find((c) => c.indicatorId === indicator.id)!;
  const trend = useQuery(trpc.dashboard.trend.queryOptions({ indicatorId: indicator.id, period: { kind: 'year', year: period.year }, tenantIds: [township.id] }));
  const change = formatChange(cell.valueChange, indicator.unit);
  const points = (trend.data?.points ?? []).map((p) => ({ month: p.month.slice(5), township: p.townships[0]?.value ?? null, county: p.countyTotal.value }));
  return (
    <Card size="small" title={pick({ zh: indicator.nameZh, en: indicator.nameEn })} data-testid={`indicator-card-${indicator.id}`}>
      <Flex vertical gap={8}>
        <Flex gap={16} align="baseline" wrap>
          <span style={{ fontSize: 22 }}>
            <FigureCell cell={cell} indicator={indicator} onOpen={onOpen} testId={`figure-${indicator.id}`} />
          </span>
          <Typography.Text type="secondary">
            {tc('indicators.target', { target: cell.target === null ? tc('indicators.notConfigured') : formatIndicatorValue(cell.target, indicator.unit) })}
          </Typography.Text>
          <Typography.Text type="secondary">{change === null ? tc('indicators.noPrevious') : tc('indicators.change', { change })}</Typography.Text>
          {cell.rank !== null && <Typography.Text type="secondary">{t('dashboard.rankOf', { rank: cell.rank })}</Typography.Text>}
        </Flex>
        {cell.status === 'not_applicable' ? null : (
          <LineChartCard
            size="small"
            title={tc('indicators.trend.title')}
            data={points}
            categoryKey="month"
            series={[
              { dataKey: 'township', name: township.name },
              { dataKey: 'county', name: tc('indicators.trend.county') },
            ]}
            loading={trend.isPending}
            height={160}
            testId={`trend-${indicator.id}`}
          />
        )}
      </Flex>
    </Card>
  );
}

/** One township's indicators for the county: figures, targets, rank and monthly trends, with the same drill-down. */
export function TownshipIndicatorsPage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const { tenantId } = useParams();
  const trpc = useTRPC();
  const [period, setPeriod, today] = useDashboardPeriod();
  // The whole county's overview (shared with the overview page's cache): the rank is among all townships.
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period }, { placeholderData: keepPreviousData }));
  const drill = useIndicatorDrill(period);
  const township = overview.data?.townships.find((tw) => tw.id === tenantId);

  return (
    <Flex vertical gap={16} data-testid="township-indicators">
      <Link to={`/dashboard?${periodSearch(period)}`} data-testid="back-to-overview">
        <ArrowLeftOutlined /> {t('dashboard.back')}
      </Link>
      {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
      {overview.isPending ? <Spin /> : null}
      {overview.data && !township ? <Empty description={t('dashboard.townshipNotFound')} /> : null}
      {overview.data && township ? (
        <>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Flex vertical gap={4}>
              <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }} data-testid="township-title">
                {township.name}
                {township.suspended && (
                  <Tag color="error" style={{ marginLeft: 8 }}>
                    {t('dashboard.suspended')}
                  </Tag>
                )}
              </Typography.Title>
              <Freshness freshness={overview.data.freshness} />
            </Flex>
            <PeriodPicker value={period} onChange={setPeriod} currentYear={Number(today.slice(0, 4))} testId="dashboard-period" />
          </Flex>
          {township.suspended && <Alert type="warning" showIcon title={t('dashboard.suspendedTownship')} />}
          <Descriptions bordered size="small" column={{ xs: 1, md: 3 }} data-testid="township-composite">
            <Descriptions.Item label={t('dashboard.periodLabel')}>{pick(overview.data.periodLabel)}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.columns.composite')}>{township.composite?.index?.toFixed(2) ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('dashboard.columns.rank')}>
              {township.composite?.rank ? t('dashboard.rankOfTotal', { rank: township.composite.rank, total: overview.data.townships.length }) : '—'}
            </Descriptions.Item>
          </Descriptions>
          <Row gutter={[16, 16]}>
            {overview.data.indicators.map((indicator) => (
              <Col key={indicator.id} xs={24} lg={12} xxl={8}>
                <IndicatorCard township={township} indicator={indicator} period={period} onOpen={() => drill.open({ township, indicator, cell: township.cells.find((c) => c.indicatorId === indicator.id)! })} />
              </Col>
            ))}
          </Row>
        </>
      ) : null}
      {drill.drawer}
    </Flex>
  );
}
