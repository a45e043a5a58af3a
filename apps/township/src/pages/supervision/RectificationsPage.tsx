import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { createColumnHelper } from '@tanstack/react-table';
import { Button, Checkbox, Flex, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { RECTIFICATION_SOURCES, RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATES, RECTIFICATION_STATE_LABELS, type RectificationFilter } from '@pcs/domain';
import { DataTable, DEFAULT_TABLE_QUERY, useLanguage, type DataColumn, type TableQuery } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { WORK_NS } from '../../i18n/work';
import { DueText, FlagTags, StateTag } from '../work/tags';
import { SavedFilters } from '../work/SavedFilters';
import type { RectificationItem, RectificationListInput } from '../work/types';
import { RectificationDetailDrawer } from './RectificationDetailDrawer';

const column = createColumnHelper<RectificationItem>();
type Filter = Pick<RectificationFilter, 'states' | 'source' | 'overdue' | 'isKey'>;

/** Rectification tasks, deliberation opinions and forwarded petitions: overdue first; a unit sees its own. */
export function RectificationsPage({ mode = 'office' }: { mode?: 'office' | 'handler' }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState<TableQuery>(DEFAULT_TABLE_QUERY);
  const [filter, setFilter] = useState<Filter>({});
  const input: RectificationListInput = { ...query, sortBy: query.sortBy as RectificationListInput['sortBy'], ...filter };
  const list = useQuery(trpc.supervision.rectifications.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const changeFilter = (next: Filter) => {
    setFilter(next);
    setQuery((q) => ({ ...q, page: 1 }));
  };
  const open = (id: string) => setParams({ ...Object.fromEntries(params), rid: id });

  const columns: Array<DataColumn<RectificationItem>> = [
    column.accessor('number', { header: t('rectifications.columns.number'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('title', {
      header: t('rectifications.columns.title'),
      enableSorting: true,
      cell: ({ row: { original: r } }) => (
        <Space direction="vertical" size={0}>
          <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => open(r.id)} data-testid="rectification-open">
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
    column.accessor('issuedAt', { header: t('rectifications.columns.issuedAt'), enableSorting: true, meta: { nowrap: true } }),
    column.accessor('dueAt', { header: t('rectifications.columns.dueAt'), enableSorting: true, cell: ({ row: { original: r } }) => <DueText dueAt={r.dueAt} open={r.state === 'issued' || r.state === 'in_progress'} /> }),
    column.accessor((r) => r.reportedAt?.slice(0, 10) ?? '', { id: 'reportedAt', header: t('rectifications.columns.reportedAt'), meta: { exportOnly: true } }),
    column.accessor('rejectCount', { header: t('rectifications.columns.rejectCount'), meta: { exportOnly: true } }),
  ];

  return (
    <Flex vertical gap={16}>
      {mode === 'office' && (
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          {t('rectifications.title')}
        </Typography.Title>
      )}
      <DataTable<RectificationItem>
        testId="rectifications-table"
        caption={t('rectifications.caption')}
        columns={columns}
        data={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        query={query}
        onQueryChange={setQuery}
        getRowId={(r) => r.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        searchPlaceholder={t('rectifications.searchPlaceholder')}
        exportFileName={t('rectifications.exportFile')}
        fetchAll={async () => {
          const rows: RectificationItem[] = [];
          for (let page = 1; ; page++) {
            const result = await client.supervision.rectifications.list.query({ ...input, page, pageSize: 500 });
            rows.push(...result.items);
            if (result.items.length < 500 || rows.length >= result.total) return rows;
          }
        }}
        filters={
          <>
            <Select
              mode="multiple"
              allowClear
              maxTagCount={1}
              aria-label={t('filters.states')}
              placeholder={t('filters.states')}
              style={{ minWidth: 150 }}
              value={filter.states ?? []}
              onChange={(states: RectificationFilter['states']) => changeFilter({ ...filter, states: states?.length ? states : undefined })}
              options={RECTIFICATION_STATES.map((s) => ({ value: s, label: pick(RECTIFICATION_STATE_LABELS[s]) }))}
            />
            <Select
              allowClear
              aria-label={t('filters.source')}
              placeholder={t('filters.source')}
              style={{ width: 140 }}
              value={filter.source}
              onChange={(source?: RectificationFilter['source']) => changeFilter({ ...filter, source })}
              options={RECTIFICATION_SOURCES.map((s) => ({ value: s, label: pick(RECTIFICATION_SOURCE_LABELS[s]) }))}
            />
            <Checkbox checked={filter.overdue === true} onChange={(e) => changeFilter({ ...filter, overdue: e.target.checked || undefined })}>
              {t('filters.overdue')}
            </Checkbox>
            <Checkbox checked={filter.isKey === true} onChange={(e) => changeFilter({ ...filter, isKey: e.target.checked || undefined })}>
              {t('filters.key')}
            </Checkbox>
            <SavedFilters<Filter> list="rectifications" current={filter} onApply={changeFilter} />
          </>
        }
      />
      <RectificationDetailDrawer
        id={params.get('rid')}
        onClose={() => {
          const next = Object.fromEntries(params);
          delete next['rid'];
          setParams(next);
        }}
        onChanged={() => void queryClient.invalidateQueries(trpc.supervision.pathFilter())}
      />
    </Flex>
  );
}
