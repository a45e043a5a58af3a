import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRID_GAP_LABELS, GRID_LEVEL_LABELS } from '@pcs/domain';
import { DataTable, PageHeader, useLanguage, useLocalList, type DataColumn } from '@pcs/ui';
import { useTRPC } from '../../api/trpc';
import type { Grid } from '../../api/types';
import { GRID_NS } from '../../i18n/grid';
import { GridDetailDrawer } from './GridDetailDrawer';

const column = createColumnHelper<Grid>();
const LEVEL_COLORS = { 3: 'purple', 4: 'cyan', 5: 'default' } as const;

/** 网格五定: every grid with its people and what of the five fixes it still lacks; a grid opens its detail. */
export function GridsPage() {
  const { t } = useTranslation(GRID_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const [open, setOpen] = useState<string | null>(null);
  const local = {
    searchText: (g: Grid) => [g.name, g.villageName, g.headName, g.supervisorName].filter(Boolean).join(' '),
    sortValue: (g: Grid, by: string) => (by === 'level' ? g.level : g.name),
  };
  const list = useLocalList(grids.data, { ...local, initialQuery: { pageSize: 20 }, loading: grids.isFetching, error: grids.error, onRetry: () => void grids.refetch() });
  const gapText = (g: Grid) => (g.gaps.length === 0 ? t('grids.complete') : g.gaps.map((gap) => pick(GRID_GAP_LABELS[gap])).join('、'));

  const columns: Array<DataColumn<Grid>> = [
    column.accessor('name', {
      header: t('grids.columns.name'),
      enableSorting: true,
      cell: ({ row: { original: g } }) => (
        <Button type="link" size="small" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={() => setOpen(g.id)} data-testid={`grid-open-${g.id}`}>
          {g.name}
        </Button>
      ),
    }),
    column.accessor('level', {
      header: t('grids.columns.level'),
      enableSorting: true,
      cell: ({ row: { original: g } }) => <Tag color={LEVEL_COLORS[g.level]}>{pick(GRID_LEVEL_LABELS[g.level])}</Tag>,
      meta: { nowrap: true, exportValue: (g) => pick(GRID_LEVEL_LABELS[g.level]) },
    }),
    column.accessor('headName', { header: t('grids.columns.head'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('supervisorName', { header: t('grids.columns.supervisor'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('memberCount', { header: t('grids.columns.members'), meta: { align: 'right' } }),
    column.accessor('ledgerObjectCount', { header: t('grids.columns.ledger'), meta: { align: 'right' } }),
    column.accessor('letterCount', { header: t('grids.columns.letters'), meta: { align: 'right' } }),
    column.display({
      id: 'gaps',
      header: t('grids.columns.gaps'),
      cell: ({ row: { original: g } }) =>
        g.gaps.length === 0 ? (
          <Tag color="green">{t('grids.complete')}</Tag>
        ) : (
          <Space size={2} wrap>
            {g.gaps.map((gap) => (
              <Tag key={gap} color="orange">
                {pick(GRID_GAP_LABELS[gap])}
              </Tag>
            ))}
          </Space>
        ),
      meta: { exportValue: gapText },
    }),
  ];

  return (
    <Flex vertical gap={12} data-testid="grids-page">
      <PageHeader title={t('grids.title')} />
      <Typography.Text type="secondary">{t('grids.intro')}</Typography.Text>
      <DataTable<Grid>
        testId="grid-fixes-table"
        caption={t('grids.caption')}
        columns={columns}
        {...list}
        getRowId={(g) => g.id}
        exportFileName={t('grids.title')}
      />
      <GridDetailDrawer gridId={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
