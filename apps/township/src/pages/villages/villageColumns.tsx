import { createColumnHelper } from '@tanstack/react-table';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { VILLAGE_KIND_LABELS } from '@pcs/domain';
import { rowActionsColumn, type DataColumn } from '@pcs/ui';
import type { Village } from '../../api/types';

const column = createColumnHelper<Village>();
const KIND_COLORS = { village: 'green', community: 'blue', industrial_zone: 'orange' } as const;

interface Options {
  t: TFunction;
  pick: (message: { zh: string; en: string }) => string;
  /** Edit and delete buttons only for those allowed to write. */
  onEdit?: (village: Village) => void;
  onDelete?: (village: Village) => void;
}

/** Columns of the village list; ids of sortable columns are the API's sortBy values. */
export function villageColumns({ t, pick, onEdit, onDelete }: Options): Array<DataColumn<Village>> {
  const columns: Array<DataColumn<Village>> = [
    column.accessor('name', { header: t('villages.columns.name'), enableSorting: true }),
    column.accessor('kind', {
      header: t('villages.columns.kind'),
      enableSorting: true,
      cell: ({ row: { original: v } }) => <Tag color={KIND_COLORS[v.kind]}>{pick(VILLAGE_KIND_LABELS[v.kind])}</Tag>,
      meta: { exportValue: (v) => pick(VILLAGE_KIND_LABELS[v.kind]) },
    }),
    column.accessor('population', { header: t('villages.columns.population'), enableSorting: true, meta: { align: 'right' }, cell: (c) => c.getValue()?.toLocaleString() ?? '—' }),
    column.accessor('households', { header: t('villages.columns.households'), enableSorting: true, meta: { align: 'right' }, cell: (c) => c.getValue()?.toLocaleString() ?? '—' }),
    column.accessor('gridCount', { header: t('villages.columns.gridCount'), meta: { align: 'right' } }),
    column.accessor('createdAt', {
      header: t('villages.columns.createdAt'),
      enableSorting: true,
      cell: (c) => dayjs(c.getValue()).format('YYYY-MM-DD'),
      meta: { nowrap: true, exportValue: (v) => dayjs(v.createdAt).format('YYYY-MM-DD HH:mm') },
    }),
  ];
  if (onEdit && onDelete) {
    columns.push(
      rowActionsColumn<Village>(t('villages.columns.actions'), (village) => [
        { key: 'edit', label: t('villages.edit'), onClick: () => onEdit(village), testId: `village-edit-${village.id}` },
        { key: 'delete', label: t('villages.delete'), confirm: t('villages.deleteConfirm', { name: village.name }), danger: true, onClick: () => onDelete(village), testId: `village-delete-${village.id}` },
      ]),
    );
  }
  return columns;
}
