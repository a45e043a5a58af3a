import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, Button, Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BarChartCard, DataTable, formatChange, formatIndicatorValue, lazyPage, LineChartCard, PageSuspense, PeriodPicker, useLanguage, type DataColumn, type TableQuery } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { DASHBOARD_NS } from '../../i18n/dashboard';
import { FigureCell, Freshness, performanceOf, useFigureText, useIndicatorDrill } from '@pcs/work-ui';
import { periodSearch, useDashboardPeriod } from './period';
import { OverviewAlerts } from './OverviewAlerts';
import { RankingStatus } from './RankingStatus';
import { KEY_INDICATORS, type OverviewIndicator, type OverviewTownship } from './types';
import { useSession } from '../../session/SessionContext';

// The appraisal screens' chunk, loaded with this card only (the overview's own code stays as it was).
const DepartmentResultsCard = lazyPage(() => import('@pcs/work-ui/appraisal'), 'DepartmentResultsCard');

const column = createColumnHelper<OverviewTownship>();
const LIST_SEPARATOR = { zh: '、', en: ', ' };
const ALL_ROWS: TableQuery = { page: 1, pageSize: 500, sortDirection: 'asc' };

/** Ranked first (by rank, then code), then the townships without a composite index. */
export function byRank(a: OverviewTownship, b: OverviewTownship): number {
  const ra = a.composite?.rank ?? Number.POSITIVE_INFINITY;
  const rb = b.composite?.rank ?? Number.POSITIVE_INFINITY;
  return ra !== rb ? ra - rb : a.code.localeCompare(b.code);
}

/** A headline card: the county's value from summed counts, and its change against the period before. */
function KpiCard({ indicator }: { indicator: OverviewIndicator }) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const value = indicator.countyTotal.value;
  const previous = indicator.previousCountyTotal.value;
  const change = value !== null && previous !== null ? formatChange(value - previous, indicator.unit) : null;
  const better = value !== null && previous !== null && value !== previous ? (value > previous) === indicator.higherIsBetter : null;
  return (
    <Card size="small" data-testid={`kpi-${indicator.id}`}>
      <Statistic title={pick({ zh: indicator.nameZh, en: indicator.nameEn })} value={formatIndicatorValue(value, indicator.unit)} />
      <Typography.Text type={better === null ? 'secondary' : better ? 'success' : 'danger'} data-testid="kpi-change">
        {change === null ? t('indicators.noPrevious') : t('indicators.change', { change })}
      </Typography.Text>
      {indicator.hasDenominator && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {indicator.countyTotal.numerator} / {indicator.countyTotal.denominator ?? 0}
        </Typography.Text>
      )}
    </Card>
  );
}

/** The county standing committee's indicator overview: every township against every indicator, ranked. */
export function OverviewPage() {
  const { t } = useTranslation(DASHBOARD_NS);
  const { t: tc } = useTranslation();
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const [period, setPeriod, today] = useDashboardPeriod();
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period }, { placeholderData: keepPreviousData }));
  // The county's line of the headline indicators, month by month over the period's year: one call.
  const trends = useQuery(trpc.dashboard.trends.queryOptions({ period: { kind: 'year', year: period.year }, indicatorIds: [...KEY_INDICATORS], seriesOf: [] }));
  const client = useTRPCClient();
  const drill = useIndicatorDrill(periodSearch(period), ({ township, indicator }, side, cursor) =>
    client.dashboard.records.query({ tenantId: township.id, indicatorId: indicator.id, period, side, cursor, limit: 50 }),
  );
  const figureText = useFigureText();
  const { can } = useSession();
  const data = overview.data;
  const townships = [...(data?.townships ?? [])].sort(byRank);
  const indicators = data?.indicators ?? [];
  const suspended = townships.filter((tw) => tw.suspended);

  const name = (i: OverviewIndicator) => pick({ zh: i.nameZh, en: i.nameEn });
  const columns: Array<DataColumn<OverviewTownship>> = [
    column.display({
      id: 'rank',
      header: t('columns.rank'),
      cell: (c) => <span data-testid="township-rank">{c.row.original.composite?.rank ?? '—'}</span>,
      meta: { nowrap: true, align: 'right', exportValue: (row) => row.composite?.rank ?? '' },
    }),
    column.display({
      id: 'township',
      header: t('columns.township'),
      cell: (c) => (
        <Flex gap={4} align="center" wrap={false}>
          <Link to={`/dashboard/townships/${c.row.original.id}?${periodSearch(period)}`} data-testid={`township-link-${c.row.original.code}`}>
            {c.row.original.name}
          </Link>
          {c.row.original.suspended && (
            <Tag color="error" data-testid="township-suspended">
              {t('suspended')}
            </Tag>
          )}
        </Flex>
      ),
      meta: { nowrap: true, exportValue: (row) => (row.suspended ? `${row.name}（${t('suspended')}）` : row.name) },
    }),
    column.display({
      id: 'composite',
      header: t('columns.composite'),
      cell: (c) => <Typography.Text strong>{c.row.original.composite?.index?.toFixed(2) ?? '—'}</Typography.Text>,
      meta: { nowrap: true, align: 'right', exportValue: (row) => row.composite?.index ?? '' },
    }),
    ...indicators.map((indicator) =>
      column.display({
        id: indicator.id,
        header: () => (
          <Link
            to={`/dashboard/indicators/${indicator.id}?${periodSearch(period)}`}
            title={`${t('openIndicator')} · ${indicator.weighedThisPeriod ? t('weight', { weight: indicator.weight }) : t('notWeighed')}`}
            data-testid={`indicator-link-${indicator.id}`}
          >
            {name(indicator)}
            {indicator.weighedThisPeriod && indicator.weight > 0 ? <Typography.Text type="secondary">{` (${indicator.weight})`}</Typography.Text> : null}
          </Link>
        ),
        cell: (c) => {
          const township = c.row.original;
          const cell = township.cells.find((x) => x.indicatorId === indicator.id)!;
          return <FigureCell cell={cell} indicator={indicator} testId={`figure-${township.code}-${indicator.id}`} onOpen={() => drill.open({ township, indicator, cell })} />;
        },
        meta: {
          align: 'right',
          nowrap: true,
          headerText: name(indicator),
          exportValue: (row) => {
            const cell = row.cells.find((x) => x.indicatorId === indicator.id)!;
            const performance = performanceOf(cell);
            return performance ? `${figureText(cell, indicator)}（${tc(`indicators.${performance}`)}）` : figureText(cell, indicator);
          },
        },
      }),
    ),
  ];

  const keyIndicators = KEY_INDICATORS.map((id) => indicators.find((i) => i.id === id)).filter((i): i is OverviewIndicator => i !== undefined);
  const ranked = townships.filter((tw) => tw.composite?.index != null);
  return (
    <Flex vertical gap={16} data-testid="dashboard-overview">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
            {t('title')}
            {data ? <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>{pick(data.periodLabel)}</Typography.Text> : null}
          </Typography.Title>
          {data ? <Freshness freshness={data.freshness} /> : null}
          {data ? <RankingStatus overview={data} period={period} /> : null}
        </Flex>
        <Flex gap={8} wrap align="center">
          <PeriodPicker value={period} onChange={setPeriod} currentYear={Number(today.slice(0, 4))} testId="dashboard-period" />
          <Link to={`/dashboard/print?${periodSearch(period)}`} data-testid="dashboard-print">
            <Button icon={<PrinterOutlined />}>{t('print')}</Button>
          </Link>
        </Flex>
      </Flex>
      {suspended.length > 0 && (
        <Alert type="warning" showIcon title={t('suspendedNotice', { names: suspended.map((s) => s.name).join(pick(LIST_SEPARATOR)) })} data-testid="dashboard-suspended" />
      )}
      {data ? <OverviewAlerts overview={data} /> : null}
      <Row gutter={[16, 16]}>
        {keyIndicators.map((indicator) => (
          <Col key={indicator.id} xs={12} lg={6}>
            <KpiCard indicator={indicator} />
          </Col>
        ))}
      </Row>
      <DataTable<OverviewTownship>
        testId="dashboard-table"
        caption={t('caption')}
        columns={columns}
        data={townships}
        total={townships.length}
        query={ALL_ROWS}
        onQueryChange={() => undefined}
        getRowId={(row) => row.id}
        loading={overview.isFetching}
        error={overview.error}
        onRetry={() => void overview.refetch()}
        searchable={false}
        paginated={false}
        fetchAll={async () => townships}
        exportFileName={data ? t('exportFile', { period: pick(data.periodLabel) }) : t('title')}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="dashboard-legend">
        {t('legend')}
        {data?.pendingIndicators.length ? ` ${t('pending', { names: data.pendingIndicators.map((p) => pick({ zh: p.nameZh, en: p.nameEn })).join(pick(LIST_SEPARATOR)) })}` : null}
      </Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <BarChartCard
            title={t('rankingChart')}
            testId="dashboard-ranking-chart"
            data={ranked.map((tw) => ({ name: tw.name, index: tw.composite?.index ?? null }))}
            categoryKey="name"
            series={[{ dataKey: 'index', name: t('columns.composite') }]}
            loading={overview.isPending}
            height={320}
          />
        </Col>
        <Col xs={24} xl={12}>
          <LineChartCard
            title={t('keyTrends', { year: period.year })}
            testId="dashboard-trends"
            data={(trends.data?.series[0]?.points ?? []).map((point, i) => ({
              month: point.month.slice(5),
              ...Object.fromEntries((trends.data?.series ?? []).map((s) => [s.indicatorId, s.points[i]?.countyTotal.value ?? null])),
            }))}
            categoryKey="month"
            series={keyIndicators.map((i) => ({ dataKey: i.id, name: name(i) }))}
            loading={trends.isPending}
            height={320}
          />
        </Col>
      </Row>
      {/* The county departments' published results: a ranking of their own, beside the townships' (decision 64.3). */}
      {can('county_appraisal.read') ? (
        <PageSuspense>
          <DepartmentResultsCard />
        </PageSuspense>
      ) : null}
      {drill.drawer}
    </Flex>
  );
}
