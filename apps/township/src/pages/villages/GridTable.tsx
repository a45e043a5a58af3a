import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable, type DataColumn, useLocalList } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { Grid } from '../../api/types';
import { NS } from '../../i18n/township-office';

const column = createColumnHelper<Grid>();
const localOptions = {
  searchText: (g: Grid) => [g.name, g.villageName, g.headName, g.supervisorName].filter(Boolean).join(' '),
  sortValue: (g: Grid, by: string) => (by === 'level' ? g.level : by === 'villageName' ? g.villageName : g.name),
};

/** The township's level-3 and level-4 grids. grids.list is not paged (a township has tens), so paging is local. */
export function GridTable() {
  const { t } = useTranslation(NS);
  const trpc = useTRPC();
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const list = useLocalList(grids.data, { ...localOptions, initialQuery: { pageSize: 10 }, loading: grids.isFetching, error: grids.error, onRetry: () => void grids.refetch() });

  const columns: Array<DataColumn<Grid>> = [
    column.accessor('name', { header: t('villages.grids.name'), enableSorting: true }),
    column.accessor('level', {
      header: t('villages.grids.level'),
      enableSorting: true,
      cell: (c) => <Tag color={c.getValue() === 3 ? 'purple' : 'cyan'}>{t('villages.grids.levelValue', { level: c.getValue() })}</Tag>,
      meta: { exportValue: (g) => t('villages.grids.levelValue', { level: g.level }) },
    }),
    column.accessor('villageName', { id: 'villageName', header: t('villages.grids.village'), enableSorting: true, cell: (c) => c.getValue() ?? '—' }),
    column.accessor('headName', { header: t('villages.grids.head'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('supervisorName', { header: t('villages.grids.supervisor'), cell: (c) => c.getValue() ?? '—' }),
  ];

  return (
    <DataTable<Grid>
      testId="grids-table"
      caption={t('villages.gridsTitle')}
      columns={columns}
      {...list}
      getRowId={(g) => g.id}
      exportFileName={t('villages.gridsTitle')}
    />
  );
}
