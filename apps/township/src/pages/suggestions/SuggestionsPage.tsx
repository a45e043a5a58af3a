import { useState } from 'react';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Flex, Select, Typography } from 'antd';
import { PlusOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { SUGGESTION_STATES, SUGGESTION_STATE_LABELS, SUGGESTION_TOPICS, SUGGESTION_TOPIC_LABELS, type SuggestionFilter } from '@pcs/domain';
import { DataTable, DEFAULT_TABLE_QUERY, useLanguage, type TableQuery } from '@pcs/ui';
import { useTRPC, useTRPCClient } from '../../api/trpc';
import { WORK_NS } from '../../i18n/work';
import { useSession } from '../../session/SessionContext';
import { SavedFilters } from '../work/SavedFilters';
import type { SuggestionItem, SuggestionListInput } from '../work/types';
import { BatchAssignModal } from './BatchAssignModal';
import { SuggestionDetailDrawer } from './SuggestionDetailDrawer';
import { SuggestionFormDrawer } from './SuggestionFormDrawer';
import { suggestionColumns } from './suggestionColumns';

const EXPORT_PAGE_SIZE = 500;
type Filter = Pick<SuggestionFilter, 'states' | 'topic' | 'handlingUnitId' | 'departmentId' | 'overdue' | 'isKey'>;

/**
 * Deputy suggestions: the office sees the township's, registers and assigns them (many at
 * once); a handler sees those assigned to their unit. Overdue first, then key-supervised.
 */
export function SuggestionsPage({ mode = 'office' }: { mode?: 'office' | 'handler' }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { can } = useSession();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState<TableQuery>(DEFAULT_TABLE_QUERY);
  const [filter, setFilter] = useState<Filter>({});
  const [creating, setCreating] = useState(false);
  const [selected, setSelected] = useState<ReadonlyMap<string, SuggestionItem>>(new Map());
  const [assigning, setAssigning] = useState(false);
  const manage = mode === 'office' && can('suggestion.manage');
  const options = useQuery(trpc.suggestions.options.queryOptions());

  const input: SuggestionListInput = { ...query, sortBy: query.sortBy as SuggestionListInput['sortBy'], ...filter };
  const list = useQuery(trpc.suggestions.list.queryOptions(input, { placeholderData: keepPreviousData }));
  const refresh = () => queryClient.invalidateQueries(trpc.suggestions.pathFilter());
  const openId = params.get('id');
  const changeFilter = (next: Filter) => {
    setFilter(next);
    setQuery((q) => ({ ...q, page: 1 }));
  };

  const fetchAll = async () => {
    const rows: SuggestionItem[] = [];
    for (let page = 1; ; page++) {
      const result = await client.suggestions.list.query({ ...input, page, pageSize: EXPORT_PAGE_SIZE });
      rows.push(...result.items);
      if (result.items.length < EXPORT_PAGE_SIZE || rows.length >= result.total) return rows;
    }
  };

  const columns = suggestionColumns({
    t,
    pick,
    onOpen: (s) => setParams({ id: s.id }),
    ...(manage
      ? {
          selection: {
            selected: new Set(selected.keys()),
            toggle: (s: SuggestionItem) =>
              setSelected((current) => {
                const next = new Map(current);
                if (!next.delete(s.id)) next.set(s.id, s);
                return next;
              }),
          },
        }
      : {}),
  });
  const unitValue = filter.handlingUnitId ? `unit:${filter.handlingUnitId}` : filter.departmentId ? `department:${filter.departmentId}` : undefined;

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
        {t(mode === 'office' ? 'suggestions.title' : 'suggestions.assignedTitle')}
      </Typography.Title>
      <DataTable<SuggestionItem>
        testId="suggestions-table"
        caption={t('suggestions.caption')}
        columns={columns}
        data={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        query={query}
        onQueryChange={setQuery}
        getRowId={(s) => s.id}
        loading={list.isFetching}
        error={list.error}
        onRetry={() => void list.refetch()}
        searchPlaceholder={t('suggestions.searchPlaceholder')}
        exportFileName={t('suggestions.exportFile')}
        fetchAll={fetchAll}
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
              onChange={(states: SuggestionFilter['states']) => changeFilter({ ...filter, states: states?.length ? states : undefined })}
              options={SUGGESTION_STATES.map((s) => ({ value: s, label: pick(SUGGESTION_STATE_LABELS[s]) }))}
              data-testid="filter-states"
            />
            <Select
              allowClear
              aria-label={t('filters.topic')}
              placeholder={t('filters.topic')}
              style={{ width: 130 }}
              value={filter.topic}
              onChange={(topic?: SuggestionFilter['topic']) => changeFilter({ ...filter, topic })}
              options={SUGGESTION_TOPICS.map((s) => ({ value: s, label: pick(SUGGESTION_TOPIC_LABELS[s]) }))}
            />
            {mode === 'office' && (
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('filters.unit')}
                placeholder={t('filters.unit')}
                style={{ width: 160 }}
                value={unitValue}
                onChange={(v?: string) => {
                  const [type, id] = (v ?? ':').split(':');
                  changeFilter({ ...filter, handlingUnitId: type === 'unit' ? id : undefined, departmentId: type === 'department' ? id : undefined });
                }}
                options={[
                  { label: t('common.unit'), options: (options.data?.units ?? []).map((u) => ({ value: `unit:${u.id}`, label: u.name })) },
                  { label: t('common.department'), options: (options.data?.departments ?? []).map((d) => ({ value: `department:${d.id}`, label: d.name })) },
                ]}
              />
            )}
            <Checkbox checked={filter.overdue === true} onChange={(e) => changeFilter({ ...filter, overdue: e.target.checked || undefined })} data-testid="filter-overdue">
              {t('filters.overdue')}
            </Checkbox>
            <Checkbox checked={filter.isKey === true} onChange={(e) => changeFilter({ ...filter, isKey: e.target.checked || undefined })} data-testid="filter-key">
              {t('filters.key')}
            </Checkbox>
            <SavedFilters<Filter> list="suggestions" current={filter} onApply={changeFilter} />
          </>
        }
        toolbar={
          manage && (
            <>
              <Button icon={<SendOutlined />} disabled={selected.size === 0} onClick={() => setAssigning(true)} data-testid="suggestion-batch-assign">
                {t('suggestions.batchAssign', { count: selected.size })}
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="suggestion-create">
                {t('suggestions.create')}
              </Button>
            </>
          )
        }
      />
      <SuggestionFormDrawer
        open={creating}
        options={options.data}
        onClose={() => setCreating(false)}
        onSaved={(id) => {
          setCreating(false);
          void refresh();
          setParams({ id });
        }}
      />
      <BatchAssignModal
        open={assigning}
        items={[...selected.values()]}
        options={options.data}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          setSelected(new Map());
          void refresh();
        }}
      />
      <SuggestionDetailDrawer id={openId} options={options.data} onClose={() => setParams({})} onChanged={() => void refresh()} />
    </Flex>
  );
}
