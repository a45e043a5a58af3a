import { createColumnHelper } from '@tanstack/react-table';
import { Button, Space } from 'antd';
import type { TFunction } from 'i18next';
import { RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATE_LABELS, type BilingualMessage } from '@pcs/domain';
import type { DataColumn } from '@pcs/ui';
import { DueText, FlagTags, StateTag } from '../tags';
import type { RectificationItem } from '../types';

/** A list row; lists that span townships name the row's township. */
export type RectificationRow = RectificationItem & { tenantName?: string };

const column = createColumnHelper<RectificationRow>();

interface Options {
  t: TFunction;
  pick: (m: BilingualMessage) => string;
  onOpen: (item: RectificationRow) => void;
  /** A township column first, for lists that span townships. */
  withTownship?: boolean;
}

/** Columns of the rectification list; ids of sortable columns are the API's sortBy values. */
export function rectificationColumns({ t, pick, onOpen, withTownship }: Options): Array<DataColumn<RectificationRow>> {
  const columns: Array<DataColumn<RectificationRow>> = [
    column.accessor('number', { header: t('rectifications.columns.number'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('title', {
      header: t('rectifications.columns.title'),
      enableSorting: true,
      cell: ({ row: { original: r } }) => (
        <Space direction="vertical" size={0}>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(r)} data-testid="rectification-open">
            {r.title}
          </Button>
          <FlagTags overdue={r.overdue} isKey={r.isKey} late={r.reportLate} />
        </Space>
      ),
    }),
    column.accessor('source', { header: t('rectifications.columns.source'), cell: ({ row: { original: r } }) => pick(RECTIFICATION_SOURCE_LABELS[r.source]), meta: { exportValue: (r) => pick(RECTIFICATION_SOURCE_LABELS[r.source]) } }),
    column.accessor('activityTitle', { header: t('rectifications.columns.activity'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor('unitName', { header: t('rectifications.columns.unit') }),
    column.accessor('state', { header: t('rectifications.columns.state'), enableSorting: true, cell: (c) => <StateTag state={c.getValue()} labels={RECTIFICATION_STATE_LABELS} />, meta: { exportValue: (r) => pick(RECTIFICATION_STATE_LABELS[r.state]) } }),
    column.accessor('issuedOn', { header: t('rectifications.columns.issuedOn'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('dueOn', { header: t('rectifications.columns.dueOn'), enableSorting: true, cell: ({ row: { original: r } }) => <DueText dueOn={r.dueOn} open={r.state === 'issued' || r.state === 'in_progress'} extended={r.deadlineExtended} /> }),
    column.accessor((r) => r.reportedAt?.slice(0, 10) ?? '', { id: 'reportedAt', header: t('rectifications.columns.reportedAt'), meta: { exportOnly: true } }),
    column.accessor('rejectCount', { header: t('rectifications.columns.rejectCount'), meta: { exportOnly: true } }),
  ];
  if (withTownship) columns.unshift(column.accessor((r) => r.tenantName ?? '', { id: 'township', header: t('common.township'), meta: { nowrap: true } }));
  return columns;
}
