import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Alert, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_LEVEL_LABELS, GRID_MEMBER_ROLE_LABELS } from '@pcs/domain';
import { BarChartCard, DataTable, PageHeader, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { RouterOutputs } from '../../api/types';
import { GRID_NS } from '../../i18n/grid';
import { GRID_PATROL_NS } from '../../i18n/grid-patrol';
import { CoverageTag } from './CoverageTag';

type OverviewGrid = RouterOutputs['grids']['overview']['grids'][number];
const column = createColumnHelper<OverviewGrid>();

/** 网格总览: grids and their people, patrol coverage this week and month against the rule, patrols per grid this month. */
export function GridOverviewPage() {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const overview = useQuery(trpc.grids.overview.queryOptions({}));
  const rows = overview.data?.grids ?? [];
  const local = { searchText: (g: OverviewGrid) => [g.name, ...g.members.map((m) => m.name)].join(' '), sortValue: (g: OverviewGrid, by: string) => (by === 'month' ? g.month.patrols : g.name) };
  const list = useLocalList(rows, { ...local, initialQuery: { pageSize: 20 }, loading: overview.isFetching, error: overview.error, onRetry: () => void overview.refetch() });
  const people = (g: OverviewGrid) => g.members.map((m) => `${pick(GRID_MEMBER_ROLE_LABELS[m.role])} ${m.name}`).join('、');

  const columns: Array<DataColumn<OverviewGrid>> = [
    column.accessor('name', { header: t('grids.columns.name'), enableSorting: true }),
    column.accessor('level', { header: t('grids.columns.level'), cell: ({ row: { original: g } }) => pick(GRID_LEVEL_LABELS[g.level]), meta: { nowrap: true, exportValue: (g) => pick(GRID_LEVEL_LABELS[g.level]) } }),
    column.display({
      id: 'people',
      header: t('overview.people'),
      cell: ({ row: { original: g } }) => (
        <Space size={2} wrap>
          {g.members.map((m, i) => (
            <Tag key={i}>{`${pick(GRID_MEMBER_ROLE_LABELS[m.role])} ${m.name}`}</Tag>
          ))}
        </Space>
      ),
      meta: { exportValue: people },
    }),
    column.accessor('openEvents', { header: t('overview.openEvents'), enableSorting: true, cell: ({ row: { original: g } }) => <span data-testid={`overview-open-${g.id}`}>{g.openEvents}</span>, meta: { nowrap: true, align: 'right' } }),
    column.accessor('overdueEvents', { header: t('overview.overdueEvents'), enableSorting: true, cell: ({ row: { original: g } }) => (g.overdueEvents > 0 ? <Typography.Text type="danger">{g.overdueEvents}</Typography.Text> : 0), meta: { nowrap: true, align: 'right', exportValue: (g) => g.overdueEvents } }),
    // Patrol frequency is the level-4 supervisors' duty; other levels show their patrol count only.
    column.display({ id: 'week', header: t('coverage.week', { ns: GRID_PATROL_NS }), cell: ({ row: { original: g } }) => (g.level === 4 ? <CoverageTag coverage={g.week} label="" /> : g.week.patrols), meta: { nowrap: true, exportValue: (g) => `${g.week.patrols} ${t(`coverage.status.${g.week.status}`, { ns: GRID_PATROL_NS })}` } }),
    column.display({ id: 'month', header: t('coverage.month', { ns: GRID_PATROL_NS }), enableSorting: true, cell: ({ row: { original: g } }) => (g.level === 4 ? <CoverageTag coverage={g.month} label="" testId={`overview-month-${g.id}`} /> : g.month.patrols), meta: { nowrap: true, exportValue: (g) => `${g.month.patrols} ${t(`coverage.status.${g.month.status}`, { ns: GRID_PATROL_NS })}` } }),
  ];
  const chart = rows.filter((g) => g.level === 4).map((g) => ({ grid: g.name.replace(/网格$/, ''), patrols: g.month.patrols, missed: g.month.missed }));

  return (
    <Flex vertical gap={12} data-testid="grid-overview-page">
      <PageHeader title={t('overview.title')} />
      <Typography.Text type="secondary">{t('overview.intro')}</Typography.Text>
      {overview.data && (
        <Alert type="info" showIcon message={overview.data.guaranteeDepartment ? t('grids.guarantee', { name: overview.data.guaranteeDepartment.name }) : t('grids.noGuarantee')} data-testid="overview-guarantee" />
      )}
      <BarChartCard title={t('overview.chart')} data={chart} categoryKey="grid" series={[{ dataKey: 'patrols', name: t('overview.patrols') }]} loading={overview.isLoading} testId="overview-chart" height={260} />
      <DataTable<OverviewGrid>
        testId="overview-table"
        caption={t('overview.caption')}
        columns={columns}
        {...list}
        getRowId={(g) => g.id}
        exportFileName={t('overview.title')}
      />
    </Flex>
  );
}
