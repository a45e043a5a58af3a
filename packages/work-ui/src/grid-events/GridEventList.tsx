import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { GRID_EVENT_CATEGORIES, GRID_EVENT_CATEGORY_LABELS, GRID_EVENT_STATES, GRID_EVENT_STATE_LABELS, type GridEventListQuery } from '@pcs/domain';
import { ListPage, useLanguage } from '@pcs/ui';
import { WORK_NS } from '../i18n/work';
import { SavedFilters } from '../SavedFilters';
import { useTRPC, useTRPCClient } from '../trpc';
import { useScopedList } from '../useScopedList';
import { FlagFilters, StatesFilter } from '../WorkFilters';
import type { GridEventListInput } from '../types';
import { GridEventDetailDrawer } from './GridEventDetailDrawer';
import { gridEventColumns, type GridEventRow } from './gridEventColumns';

type Filter = Pick<GridEventListQuery, 'states' | 'category' | 'overdue' | 'isKey'> & { tenantId?: string };

/**
 * Grid events as the screen's scope sees them (the township's office or a worker's own, a county
 * department's, the county grid office's): overdue first; the detail opens from the URL (?eid=).
 * The office accepts the reported events of a page at once.
 */
export function GridEventList({ title, mine }: { title?: string; mine?: boolean }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const { message } = App.useApp();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [batching, setBatching] = useState(false);
  const { scope, filter, changeFilter, table } = useScopedList<Filter, GridEventListInput, GridEventRow>({
    key: trpc.gridEvents.pathKey(),
    fetch: (scope, input, tenantId) =>
      scope === 'county'
        ? client.countyGridEvents.list.query({ ...input, tenantId })
        : scope === 'department'
          ? client.department.gridEvents.list.query(input)
          : client.gridEvents.list.query({ ...input, ...(mine ? { mine: true } : {}) }),
  });
  const open = (id: string) => setParams({ ...Object.fromEntries(params), eid: id });
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.gridEvents.pathKey() });
  const reported = (table.data ?? []).filter((r) => r.state === 'reported');
  const acceptAll = async () => {
    setBatching(true);
    let done = 0;
    for (const r of reported) {
      try {
        await client.gridEvents.step.mutate({ id: r.id, version: r.version, action: 'accept', payload: {} });
        done++;
      } catch {
        // Changed meanwhile by someone else: left as it is, the list shows its state.
      }
    }
    setBatching(false);
    void message.success(`${done}/${reported.length}`);
    refresh();
  };

  return (
    <ListPage<GridEventRow>
      title={title}
      list={table}
      testId="grid-events-table"
      caption={t('gridEvents.caption')}
      columns={gridEventColumns({ t, pick, onOpen: (r) => open(r.id), withTownship: scope !== 'township' })}
      getRowId={(r) => r.id}
      searchPlaceholder={t('gridEvents.searchPlaceholder')}
      exportFileName={t('gridEvents.exportFile')}
      actions={
        scope === 'township' && !mine && reported.length > 0 ? (
          <Button loading={batching} onClick={() => void acceptAll()} data-testid="grid-events-accept-all">
            {t('gridEvents.batchAccept', { count: reported.length })}
          </Button>
        ) : null
      }
      filters={
        <>
          <StatesFilter states={GRID_EVENT_STATES} labels={GRID_EVENT_STATE_LABELS} value={filter.states} onChange={(states) => changeFilter({ ...filter, states })} />
          <Select
            allowClear
            aria-label={t('gridEvents.columns.category')}
            placeholder={t('gridEvents.columns.category')}
            style={{ width: 140 }}
            value={filter.category}
            onChange={(category?: Filter['category']) => changeFilter({ ...filter, category })}
            options={GRID_EVENT_CATEGORIES.map((c) => ({ value: c, label: pick(GRID_EVENT_CATEGORY_LABELS[c]) }))}
          />
          <FlagFilters value={filter} onChange={(flags) => changeFilter({ ...filter, ...flags })} />
          <SavedFilters<Filter> list="grid_events" current={filter} onApply={changeFilter} />
        </>
      }
    >
      <GridEventDetailDrawer
        id={params.get('eid')}
        onClose={() => {
          const next = Object.fromEntries(params);
          delete next['eid'];
          setParams(next);
        }}
        onChanged={refresh}
      />
    </ListPage>
  );
}
