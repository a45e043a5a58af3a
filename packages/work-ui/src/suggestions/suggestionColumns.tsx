import { createColumnHelper } from '@tanstack/react-table';
import { Button, Checkbox, Space } from 'antd';
import type { TFunction } from 'i18next';
import {
  REPLY_CLASS_LABELS,
  RESOLUTION_LABELS,
  SATISFACTION_LABELS,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_SOURCE_LABELS,
  SUGGESTION_STATE_LABELS,
  SUGGESTION_TOPIC_LABELS,
  type BilingualMessage,
  isSuggestionOpen,
} from '@pcs/domain';
import type { DataColumn } from '@pcs/ui';
import { DueText, FlagTags, StateTag } from '../tags';
import type { SuggestionItem } from '../types';

/** A list row; lists that span townships name the row's township. */
export type SuggestionRow = SuggestionItem & { tenantName?: string };

const column = createColumnHelper<SuggestionRow>();
const label = (labels: Record<string, BilingualMessage>, value: string | null, pick: (m: BilingualMessage) => string) => (value && labels[value] ? pick(labels[value]) : '');

interface Options {
  t: TFunction;
  pick: (m: BilingualMessage) => string;
  onOpen: (item: SuggestionItem) => void;
  /** Row selection for batch assignment (office only). */
  selection?: { selected: ReadonlySet<string>; toggle: (item: SuggestionItem) => void } | undefined;
  /** A township column first, for lists that span townships. */
  withTownship?: boolean;
}

/** Columns of the suggestion list; ids of sortable columns are the API's sortBy values. */
export function suggestionColumns({ t, pick, onOpen, selection, withTownship }: Options): Array<DataColumn<SuggestionRow>> {
  const columns: Array<DataColumn<SuggestionRow>> = [
    column.accessor('number', { header: t('suggestions.columns.number'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('title', {
      header: t('suggestions.columns.title'),
      enableSorting: true,
      cell: ({ row: { original: s } }) => (
        <Space direction="vertical" size={0}>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(s)} data-testid="suggestion-open">
            {s.title}
          </Button>
          <FlagTags overdue={s.overdue} isKey={s.isKey} late={s.replyLate} />
        </Space>
      ),
    }),
    column.accessor('kind', { header: t('suggestions.columns.kind'), cell: (c) => label(SUGGESTION_KIND_LABELS, c.getValue(), pick), meta: { nowrap: true, exportValue: (s) => label(SUGGESTION_KIND_LABELS, s.kind, pick) } }),
    column.accessor('topic', { header: t('suggestions.columns.topic'), enableSorting: true, cell: (c) => label(SUGGESTION_TOPIC_LABELS, c.getValue(), pick), meta: { exportValue: (s) => label(SUGGESTION_TOPIC_LABELS, s.topic, pick) } }),
    column.accessor('leadDeputyName', { header: t('suggestions.columns.leadDeputy'), meta: { nowrap: true } }),
    column.accessor((s) => s.coSignerNames.join('、'), { id: 'coSigners', header: t('suggestions.columns.coSigners'), meta: { exportOnly: true } }),
    column.accessor('state', {
      header: t('suggestions.columns.state'),
      enableSorting: true,
      cell: (c) => <StateTag state={c.getValue()} labels={SUGGESTION_STATE_LABELS} />,
      meta: { exportValue: (s) => label(SUGGESTION_STATE_LABELS, s.state, pick) },
    }),
    column.accessor('leadUnitName', { header: t('suggestions.columns.unit'), cell: (c) => c.getValue() ?? '—' }),
    column.accessor((s) => s.coUnitNames.join('、'), { id: 'coUnits', header: t('suggestions.columns.coUnits'), meta: { exportOnly: true } }),
    column.accessor('dueOn', { header: t('suggestions.columns.dueOn'), enableSorting: true, cell: ({ row: { original: s } }) => <DueText dueOn={s.dueOn} open={isSuggestionOpen(s.state)} extended={s.deadlineExtended} /> }),
    column.accessor('replyClass', { header: t('suggestions.columns.replyClass'), cell: (c) => c.getValue() ?? '—', meta: { align: 'center', exportValue: (s) => label(REPLY_CLASS_LABELS, s.replyClass, pick) } }),
    column.accessor('resolution', { header: t('suggestions.columns.resolution'), cell: (c) => label(RESOLUTION_LABELS, c.getValue(), pick) || '—', meta: { exportValue: (s) => label(RESOLUTION_LABELS, s.resolution, pick) } }),
    column.accessor('satisfaction', { header: t('suggestions.columns.satisfaction'), cell: (c) => label(SATISFACTION_LABELS, c.getValue(), pick) || '—', meta: { exportValue: (s) => label(SATISFACTION_LABELS, s.satisfaction, pick) } }),
    column.accessor('source', { header: t('suggestions.columns.source'), meta: { exportOnly: true, exportValue: (s) => label(SUGGESTION_SOURCE_LABELS, s.source, pick) } }),
    column.accessor('submittedOn', { header: t('suggestions.columns.submittedOn'), enableSorting: true, meta: { exportOnly: true } }),
    column.accessor('assignedOn', { header: t('suggestions.columns.assignedOn'), meta: { exportOnly: true } }),
    column.accessor((s) => s.repliedAt?.slice(0, 10) ?? '', { id: 'repliedAt', header: t('suggestions.columns.repliedAt'), meta: { exportOnly: true } }),
  ];
  if (withTownship) columns.unshift(column.accessor((s) => s.tenantName ?? '', { id: 'township', header: t('common.township'), meta: { nowrap: true } }));
  if (selection) {
    columns.unshift(
      column.display({
        id: 'select',
        header: t('suggestions.selectRow'),
        cell: ({ row: { original: s } }) =>
          s.state === 'accepted' ? <Checkbox checked={selection.selected.has(s.id)} onChange={() => selection.toggle(s)} aria-label={`${t('suggestions.selectRow')} ${s.number}`} data-testid="suggestion-select" /> : null,
        meta: { noExport: true },
      }),
    );
  }
  return columns;
}
