import { createColumnHelper } from '@tanstack/react-table';
import { Button, Space, Tag } from 'antd';
import type { TFunction } from 'i18next';
import type { DataColumn } from '@pcs/ui';

/** One evaluator group of one evaluation, as both turnout tables list it (counts only). */
export interface TurnoutRow<E extends { id: string; heldOn: string; status: string }> {
  key: string;
  name: string;
  issued: number;
  cast: number;
  rate: number | null;
  evaluation: E;
}

interface TurnoutColumnsOptions<E extends { id: string; heldOn: string; status: string }> {
  /** Where the evaluation is held: the township, or the county department (county home). */
  place: { id: string; header: string; of: (evaluation: E) => string };
  /** The test ids of the cast count and of the manage button (each table keeps its own). */
  testIds: { cast: string; manage: string };
  manage: boolean;
  onManage: (evaluation: E) => void;
  onTally: (evaluation: E) => void;
  /** The ballots namespace (columns, statuses, manage) and the evaluation namespace (tally). */
  t: TFunction;
  te: TFunction;
}

/**
 * The turnout table's columns of the county's democratic evaluations, one row per evaluation and
 * evaluator group: in the townships (CountyBallotsPage) and in the county home (CountyHomeBallots).
 */
export function turnoutColumns<E extends { id: string; heldOn: string; status: string }>({ place, testIds, manage, onManage, onTally, t, te }: TurnoutColumnsOptions<E>): Array<DataColumn<TurnoutRow<E>>> {
  const column = createColumnHelper<TurnoutRow<E>>();
  return [
    column.accessor((r) => place.of(r.evaluation), { id: place.id, header: place.header, meta: { nowrap: true } }),
    column.accessor((r) => r.evaluation.heldOn, { id: 'heldOn', header: t('columns.heldOn'), meta: { nowrap: true } }),
    column.accessor((r) => t(`status.${r.evaluation.status}`), { id: 'status', header: t('columns.status'), cell: (c) => <Tag color={c.row.original.evaluation.status === 'open' ? 'green' : undefined}>{c.getValue()}</Tag>, meta: { nowrap: true } }),
    column.accessor('name', { header: t('columns.group'), meta: { nowrap: true } }),
    column.accessor('issued', { header: t('columns.issued'), meta: { align: 'right' } }),
    column.accessor('cast', { header: t('columns.cast'), cell: (c) => <span data-testid={testIds.cast}>{c.getValue()}</span>, meta: { align: 'right' } }),
    column.accessor((r) => (r.rate === null ? '—' : `${Math.round(r.rate * 100)}%`), { id: 'rate', header: t('columns.turnout'), meta: { align: 'right' } }),
    column.display({
      id: 'actions',
      header: '',
      meta: { nowrap: true },
      cell: (c) => {
        const { evaluation } = c.row.original;
        return (
          <Space size={0}>
            {manage ? (
              <Button size="small" type="link" onClick={() => onManage(evaluation)} data-testid={testIds.manage}>
                {evaluation.status === 'open' ? t('manage.button') : t('manage.view')}
              </Button>
            ) : null}
            <Button size="small" type="link" onClick={() => onTally(evaluation)}>
              {te('tally.button')}
            </Button>
          </Space>
        );
      },
    }),
  ];
}
