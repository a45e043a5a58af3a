import type { ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { SUGGESTION_STATES, SUGGESTION_STATE_LABELS, SUGGESTION_TOPICS, SUGGESTION_TOPIC_LABELS, type SuggestionFilter } from '@pcs/domain';
import { ListPage, useLanguage } from '@pcs/ui';
import { WORK_NS } from '../i18n/work';
import { SavedFilters } from '../SavedFilters';
import { TownshipFilter } from '../TownshipFilter';
import { useTRPC, useTRPCClient } from '../trpc';
import { useScopedList } from '../useScopedList';
import { FlagFilters, StatesFilter } from '../WorkFilters';
import type { SuggestionItem, SuggestionListInput, WorkOptions } from '../types';
import { SuggestionDetailDrawer } from './SuggestionDetailDrawer';
import { suggestionColumns, type SuggestionRow } from './suggestionColumns';

type Filter = Pick<SuggestionFilter, 'states' | 'topic' | 'handlingUnitId' | 'departmentId' | 'overdue' | 'isKey'> & { tenantId?: string };

interface Props {
  title: string;
  /** The township's units and departments: given, the list filters by unit (township office). */
  options?: WorkOptions;
  /** Row selection for batch assignment (township office). */
  selection?: { selected: ReadonlySet<string>; toggle: (item: SuggestionItem) => void };
  /** Buttons at the right of the toolbar. */
  toolbar?: ReactNode;
}

/**
 * Suggestions as the screen's scope sees them: a township's (office or unit), a county
 * department's from every township, or the county's across townships (with a township filter).
 * Overdue first, then key-supervised; the detail opens from the URL (?id=).
 */
export function SuggestionList({ title, options, selection, toolbar }: Props) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const { scope, filter, changeFilter, table } = useScopedList<Filter, SuggestionListInput, SuggestionRow>({
    key: trpc.suggestions.pathKey(),
    fetch: (scope, input, tenantId) =>
      scope === 'county' ? client.countySupervision.suggestions.list.query({ ...input, tenantId }) : scope === 'department' ? client.department.suggestions.list.query(input) : client.suggestions.list.query(input),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.suggestions.pathKey() });

  const columns = suggestionColumns({ t, pick, onOpen: (s) => setParams({ id: s.id }), selection, withTownship: scope !== 'township' });
  const unitValue = filter.handlingUnitId ? `unit:${filter.handlingUnitId}` : filter.departmentId ? `department:${filter.departmentId}` : undefined;

  return (
    <ListPage<SuggestionRow>
      title={title}
      list={table}
      testId="suggestions-table"
      caption={t('suggestions.caption')}
      columns={columns}
      getRowId={(s) => s.id}
      searchPlaceholder={t('suggestions.searchPlaceholder')}
      exportFileName={t('suggestions.exportFile')}
        filters={
          <>
            {scope === 'county' && <TownshipFilter value={filter.tenantId} onChange={(id) => changeFilter({ ...filter, tenantId: id })} />}
            <StatesFilter states={SUGGESTION_STATES} labels={SUGGESTION_STATE_LABELS} value={filter.states} onChange={(states) => changeFilter({ ...filter, states })} />
            <Select
              allowClear
              aria-label={t('filters.topic')}
              placeholder={t('filters.topic')}
              style={{ width: 130 }}
              value={filter.topic}
              onChange={(topic?: SuggestionFilter['topic']) => changeFilter({ ...filter, topic })}
              options={SUGGESTION_TOPICS.map((s) => ({ value: s, label: pick(SUGGESTION_TOPIC_LABELS[s]) }))}
            />
            {options && (
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
                  { label: t('common.unit'), options: options.units.map((u) => ({ value: `unit:${u.id}`, label: u.name })) },
                  { label: t('common.department'), options: options.departments.map((d) => ({ value: `department:${d.id}`, label: d.name })) },
                ]}
              />
            )}
            <FlagFilters value={filter} onChange={(flags) => changeFilter({ ...filter, ...flags })} />
            <SavedFilters<Filter> list="suggestions" current={filter} onApply={changeFilter} />
          </>
        }
        toolbar={toolbar}
    >
      <SuggestionDetailDrawer id={params.get('id')} options={options} onClose={() => setParams({})} onChanged={() => void refresh()} />
    </ListPage>
  );
}
