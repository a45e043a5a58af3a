import { createColumnHelper } from '@tanstack/react-table';
import { Button, Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import { EVENT_LEVEL_LABELS, GRID_EVENT_CATEGORY_LABELS, GRID_EVENT_SOURCE_LABELS, GRID_EVENT_STATE_LABELS, GRID_EVENT_URGENCY_LABELS, type BilingualMessage, type EventLevel } from '@pcs/domain';
import type { DataColumn } from '@pcs/ui';
import { DueText, FlagTags, StateTag } from '../tags';
import type { GridEventItem } from '../types';

export type GridEventRow = GridEventItem & { tenantName?: string };
const column = createColumnHelper<GridEventRow>();
const OPEN = ['reported', 'accepted', 'dispatched', 'handling', 'handled', 'fed_back', 'escalated'];

/** Columns of the grid-event list; ids of sortable columns are the API's sortBy values. */
export function gridEventColumns({ t, pick, onOpen, withTownship }: { t: TFunction; pick: (m: BilingualMessage) => string; onOpen: (r: GridEventRow) => void; withTownship?: boolean }): Array<DataColumn<GridEventRow>> {
  const columns: Array<DataColumn<GridEventRow>> = [
    column.accessor('number', { header: t('gridEvents.columns.number'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('placeAddress', {
      header: t('gridEvents.columns.place'),
      cell: ({ row: { original: r } }) => (
        <Space direction="vertical" size={0}>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(r)} data-testid="grid-event-open">
            {r.placeAddress}
          </Button>
          <FlagTags overdue={r.overdue} isKey={r.isKey} />
        </Space>
      ),
    }),
    column.accessor('category', { header: t('gridEvents.columns.category'), enableSorting: true, cell: ({ row: { original: r } }) => pick(GRID_EVENT_CATEGORY_LABELS[r.category]), meta: { exportValue: (r: GridEventRow) => pick(GRID_EVENT_CATEGORY_LABELS[r.category]) } }),
    column.accessor('urgency', {
      header: t('gridEvents.columns.urgency'),
      enableSorting: true,
      cell: ({ row: { original: r } }) => <Tag color={r.urgency === 'normal' ? 'default' : 'red'}>{pick(GRID_EVENT_URGENCY_LABELS[r.urgency])}</Tag>,
      meta: { exportValue: (r: GridEventRow) => pick(GRID_EVENT_URGENCY_LABELS[r.urgency]) },
    }),
    column.accessor('source', { header: t('gridEvents.columns.source'), cell: ({ row: { original: r } }) => pick(GRID_EVENT_SOURCE_LABELS[r.source]), meta: { exportValue: (r: GridEventRow) => pick(GRID_EVENT_SOURCE_LABELS[r.source]) } }),
    column.accessor('gridName', { header: t('gridEvents.columns.grid'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('level', { header: t('gridEvents.columns.level'), cell: (c) => pick(EVENT_LEVEL_LABELS[Math.min(c.getValue(), 4) as EventLevel]) }),
    column.accessor('unitName', { header: t('gridEvents.columns.unit'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('state', { header: t('gridEvents.columns.state'), enableSorting: true, cell: (c) => <StateTag state={c.getValue()} labels={GRID_EVENT_STATE_LABELS} />, meta: { exportValue: (r) => pick(GRID_EVENT_STATE_LABELS[r.state]) } }),
    column.accessor((r) => r.reportedAt.slice(0, 16).replace('T', ' '), { id: 'reportedAt', header: t('gridEvents.columns.reportedAt'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('dueOn', { header: t('gridEvents.columns.dueOn'), enableSorting: true, cell: ({ row: { original: r } }) => (r.dueOn ? <DueText dueOn={r.dueOn} open={OPEN.includes(r.state)} extended={r.deadlineExtended} /> : '—') }),
  ];
  if (withTownship) columns.unshift(column.accessor((r) => r.tenantName ?? '', { id: 'township', header: t('common.township'), meta: { nowrap: true } }));
  return columns;
}
