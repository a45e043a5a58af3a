import { useQueryClient } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { RECTIFICATION_SOURCES, RECTIFICATION_SOURCE_LABELS, RECTIFICATION_STATES, RECTIFICATION_STATE_LABELS, type RectificationFilter } from '@pcs/domain';
import { ListPage, useLanguage } from '@pcs/ui';
import { WORK_NS } from '../i18n/work';
import { SavedFilters } from '../SavedFilters';
import { TownshipFilter } from '../TownshipFilter';
import { useTRPC, useTRPCClient } from '../trpc';
import { useScopedList } from '../useScopedList';
import { FlagFilters, StatesFilter } from '../WorkFilters';
import type { RectificationListInput } from '../types';
import { RectificationDetailDrawer } from './RectificationDetailDrawer';
import { rectificationColumns, type RectificationRow } from './rectificationColumns';

type Filter = Pick<RectificationFilter, 'states' | 'source' | 'overdue' | 'isKey'> & { tenantId?: string };

/**
 * Rectification tasks, deliberation opinions and forwarded petitions as the screen's scope
 * sees them (a township's, a county department's, the county's): overdue first; the detail
 * opens from the URL (?rid=).
 */
export function RectificationList({ title }: { title?: string }) {
  const { t } = useTranslation(WORK_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const { scope, filter, changeFilter, table } = useScopedList<Filter, RectificationListInput, RectificationRow>({
    key: trpc.supervision.rectifications.pathKey(),
    fetch: (scope, input, tenantId) =>
      scope === 'county'
        ? client.countySupervision.rectifications.list.query({ ...input, tenantId })
        : scope === 'department'
          ? client.department.rectifications.list.query(input)
          : client.supervision.rectifications.list.query(input),
  });
  const open = (id: string) => setParams({ ...Object.fromEntries(params), rid: id });
  const columns = rectificationColumns({ t, pick, onOpen: (r) => open(r.id), withTownship: scope !== 'township' });

  return (
    <ListPage<RectificationRow>
      title={title}
      list={table}
      testId="rectifications-table"
      caption={t('rectifications.caption')}
      columns={columns}
      getRowId={(r) => r.id}
      searchPlaceholder={t('rectifications.searchPlaceholder')}
      exportFileName={t('rectifications.exportFile')}
        filters={
          <>
            {scope === 'county' && <TownshipFilter value={filter.tenantId} onChange={(id) => changeFilter({ ...filter, tenantId: id })} />}
            <StatesFilter states={RECTIFICATION_STATES} labels={RECTIFICATION_STATE_LABELS} value={filter.states} onChange={(states) => changeFilter({ ...filter, states })} />
            <Select
              allowClear
              aria-label={t('filters.source')}
              placeholder={t('filters.source')}
              style={{ width: 140 }}
              value={filter.source}
              onChange={(source?: RectificationFilter['source']) => changeFilter({ ...filter, source })}
              options={RECTIFICATION_SOURCES.map((s) => ({ value: s, label: pick(RECTIFICATION_SOURCE_LABELS[s]) }))}
            />
            <FlagFilters value={filter} onChange={(flags) => changeFilter({ ...filter, ...flags })} />
            <SavedFilters<Filter> list="rectifications" current={filter} onApply={changeFilter} />
          </>
        }
    >
      <RectificationDetailDrawer
        id={params.get('rid')}
        onClose={() => {
          const next = Object.fromEntries(params);
          delete next['rid'];
          setParams(next);
        }}
        onChanged={() => void queryClient.invalidateQueries({ queryKey: trpc.supervision.pathKey() })}
      />
    </ListPage>
  );
}
