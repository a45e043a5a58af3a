import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Card, Col, Descriptions, Empty, Flex, Row, Spin, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { BarChartCard, DataTable, ErrorAlert, formatChange, formatIndicatorValue, LineChartCard, PeriodPicker, useLanguage, type DataColumn, type TableQuery } from '@pcs/ui';
import { FigureCell, Freshness, useFigureText, useIndicatorDrill } from '@pcs/work-ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { DASHBOARD_NS } from '../../i18n/dashboard';
import { periodSearch, useDashboardPeriod } from './period';
import type { OverviewCell, OverviewTownship } from './types';

const column = createColumnHelper<OverviewTownship>();
const ALL_ROWS: TableQuery = { page: 1, pageSize: 500, sortDirection: 'asc' };

/** Ranked first by this indicator's rank, then the others by code. */
const byIndicatorRank = (cellOf: (t: OverviewTownship) => OverviewCell) => (a: OverviewTownship, b: OverviewTownship) =>
  (cellOf(a).rank ?? Number.POSITIVE_INFINITY) - (cellOf(b).rank ?? Number.POSITIVE_INFINITY) || a.code.localeCompare(b.code);

/** One indicator across the county: its definition, every township's figure and rank, the distribution and the county's months. */
export function IndicatorPage() {
  const { t } = useTranslation(DASHBOARD_NS);
  const { t: tc } = useTranslation();
  const { pick, language } = useLanguage();
  const { indicatorId } = useParams();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const [period, setPeriod, today] = useDashboardPeriod();
  const overview = useQuery(trpc.dashboard.overview.queryOptions({ period }, { placeholderData: keepPreviousData }));
  const indicator = overview.data?.indicators.find((i) => i.id === indicatorId);
  const trends = useQuery(
    trpc.dashboard.trends.queryOptions({ period: { kind: 'year', year: period.year }, indicatorIds: indicator ? [indicator.id] : undefined, seriesOf: [] }, { enabled: indicator !== undefined }),
  );
  const drill = useIndicatorDrill(periodSearch(period), ({ township, indicator: i }, side, cursor) =>
    client.dashboard.records.query({ tenantId: township.id, indicatorId: i.id, period, side, cursor, limit: 50 }),
  );
  const figureText = useFigureText();

  if (overview.error) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  if (overview.isPending) return <Spin />;
  if (!indicator) return <Empty description={t('indicatorNotFound')} />;

  const cellOf = (tw: OverviewTownship) => tw.cells.find((c) => c.indicatorId === indicator.id)!;
  const townships = [...overview.data.townships].sort(byIndicatorRank(cellOf));
  const name = pick({ zh: indicator.nameZh, en: indicator.nameEn });
  const columns: Array<DataColumn<OverviewTownship>> = [
    column.display({ id: 'rank', header: t('columns.rank'), cell: (c) => cellOf(c.row.original).rank ?? '—', meta: { nowrap: true, align: 'right', exportValue: (row) => cellOf(row).rank ?? '' } }),
    column.display({
      id: 'township',
      header: t('columns.township'),
      cell: (c) => <Link to={`/dashboard/townships/${c.row.original.id}?${periodSearch(period)}`}>{c.row.original.name}</Link>,
      meta: { nowrap: true, exportValue: (row) => row.name },
    }),
    column.display({
      id: 'value',
      header: name,
      cell: (c) => <FigureCell cell={cellOf(c.row.original)} indicator={indicator} testId={`indicator-figure-${c.row.original.code}`} onOpen={() => drill.open({ township: c.row.original, indicator, cell: cellOf(c.row.original) })} />,
      meta: { nowrap: true, align: 'right', exportValue: (row) => figureText(cellOf(row), indicator) },
    }),
    ...(indicator.hasDenominator
      ? [column.display({ id: 'counts', header: t('columns.counts'), cell: (c) => `${cellOf(c.row.original).numerator ?? 0} / ${cellOf(c.row.original).denominator ?? 0}`, meta: { nowrap: true, align: 'right' as const, exportValue: (row: OverviewTownship) => `${cellOf(row).numerator ?? 0} / ${cellOf(row).denominator ?? 0}` } })]
      : []),
    column.display({
      id: 'target',
      header: t('columns.target'),
      cell: (c) => (cellOf(c.row.original).target === null ? tc('indicators.notConfigured') : formatIndicatorValue(cellOf(c.row.original).target, indicator.unit)),
      meta: { nowrap: true, align: 'right', exportValue: (row) => (cellOf(row).target === null ? tc('indicators.notConfigured') : formatIndicatorValue(cellOf(row).target, indicator.unit)) },
    }),
    column.display({
      id: 'change',
      header: t('columns.change'),
      cell: (c) => (cellOf(c.row.original).valueChange === null ? '—' : formatChange(cellOf(c.row.original).valueChange!, indicator.unit)),
      meta: { nowrap: true, align: 'right', exportValue: (row) => (cellOf(row).valueChange === null ? '' : formatChange(cellOf(row).valueChange!, indicator.unit)) },
    }),
    column.display({
      id: 'rankChange',
      header: t('columns.rankChange'),
      cell: (c) => cellOf(c.row.original).rankChange ?? '—',
      meta: { nowrap: true, align: 'right', exportValue: (row) => cellOf(row).rankChange ?? '' },
    }),
  ];
  const ranked = townships.filter((tw) => cellOf(tw).value !== null && cellOf(tw).status !== 'not_applicable');
  const series = trends.data?.series[0];

  return (
    <Flex vertical gap={16} data-testid="indicator-page">
      <Link to={`/dashboard?${periodSearch(period)}`} data-testid="back-to-overview">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }} data-testid="indicator-title">
            {name}
            <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }}>
              {pick(overview.data.periodLabel)}
            </Typography.Text>
          </Typography.Title>
          <Freshness freshness={overview.data.freshness} />
        </Flex>
        <PeriodPicker value={period} onChange={setPeriod} currentYear={Number(today.slice(0, 4))} testId="dashboard-period" />
      </Flex>
      <Card size="small" title={t('definition')} data-testid="indicator-definition">
        {(language === 'en' ? indicator.explanation.en : indicator.explanation.zh).map((line) => (
          <Typography.Paragraph key={line} style={{ marginBottom: 4 }}>
            {line}
          </Typography.Paragraph>
        ))}
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('columns.countyValue')}>{formatIndicatorValue(indicator.countyTotal.value, indicator.unit)}</Descriptions.Item>
          {indicator.hasDenominator ? <Descriptions.Item label={t('columns.counts')}>{`${indicator.countyTotal.numerator} / ${indicator.countyTotal.denominator ?? 0}`}</Descriptions.Item> : null}
          <Descriptions.Item label={t('columns.previous')}>{formatIndicatorValue(indicator.previousCountyTotal.value, indicator.unit)}</Descriptions.Item>
          <Descriptions.Item label={t('direction')}>{indicator.higherIsBetter ? t('higherIsBetter') : t('lowerIsBetter')}</Descriptions.Item>
          <Descriptions.Item label={t('weightLabel')}>{indicator.weighedThisPeriod ? indicator.weight : t('notWeighed')}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <BarChartCard
            title={t('distribution')}
            testId="indicator-distribution"
            data={ranked.map((tw) => ({ name: tw.name, value: cellOf(tw).value }))}
            categoryKey="name"
            series={[{ dataKey: 'value', name }]}
            height={300}
          />
        </Col>
        <Col xs={24} lg={12}>
          {trends.error ? <ErrorAlert error={trends.error} onRetry={() => void trends.refetch()} /> : null}
          <LineChartCard
            title={t('countyTrend', { year: period.year })}
            testId="indicator-trend"
            data={(series?.points ?? []).map((p) => ({ month: p.month.slice(5), county: p.countyTotal.value }))}
            categoryKey="month"
            series={[{ dataKey: 'county', name: tc('indicators.trend.county') }]}
            loading={trends.isPending}
            height={300}
          />
        </Col>
      </Row>
      <DataTable<OverviewTownship>
        testId="indicator-table"
        caption={name}
        columns={columns}
        data={townships}
        total={townships.length}
        query={ALL_ROWS}
        onQueryChange={() => undefined}
        getRowId={(row) => row.id}
        loading={overview.isFetching}
        searchable={false}
        paginated={false}
        fetchAll={async () => townships}
        exportFileName={`${name}-${pick(overview.data.periodLabel)}`}
      />
      {drill.drawer}
    </Flex>
  );
}
