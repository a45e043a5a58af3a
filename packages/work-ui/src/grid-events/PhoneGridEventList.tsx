import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { GRID_EVENT_CATEGORY_LABELS, GRID_EVENT_STATE_LABELS, type GridEventState } from '@pcs/domain';
import { AntdScope, lazyPage, PhoneButton, PhoneCard, PhoneError, PhoneList, PhoneListItem, PhoneTag, useLanguage, type PhoneTagColor } from '@pcs/ui';
import { GRID_WORKER_NS } from '../i18n/grid-worker';
import { useTRPC } from '../trpc';

// The event's detail (its history, photos and steps) is antd and opened now and then: loaded on first open.
const GridEventDetailDrawer = lazyPage(() => import('./GridEventDetailDrawer'), 'GridEventDetailDrawer');

const STATE_COLORS: Partial<Record<GridEventState, PhoneTagColor>> = { reported: 'geekblue', accepted: 'blue', dispatched: 'blue', handling: 'orange', handled: 'orange', fed_back: 'orange', escalated: 'red', closed: 'green' };
const PAGE_SIZE = 20;

/**
 * The grid worker's own events on a phone (decision 78): the latest first, each with its state
 * and stage deadline; "open" shows the same detail as the office's list (?eid=, loaded lazily).
 */
export function PhoneGridEventList({ title }: { title: string }) {
  const { t } = useTranslation(GRID_WORKER_NS);
  const { pick } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const list = useQuery(trpc.gridEvents.list.queryOptions({ mine: true, page: 1, pageSize: PAGE_SIZE, sortBy: 'reportedAt', sortDirection: 'desc' }));
  const eid = params.get('eid');
  const close = () => {
    const next = Object.fromEntries(params);
    delete next['eid'];
    setParams(next);
  };

  return (
    <PhoneCard title={title} extra={list.data ? <span className="pk-muted">{list.data.total}</span> : null} testId="grid-events-table">
      {list.error && <PhoneError error={list.error} onRetry={() => void list.refetch()} />}
      <PhoneList
        items={list.data?.items}
        loading={list.isPending}
        empty={t('tasks.empty')}
        render={(e) => (
          <PhoneListItem
            key={e.id}
            testId="table-row"
            title={
              <>
                {e.number} · {pick(GRID_EVENT_CATEGORY_LABELS[e.category])}
              </>
            }
            description={
              <>
                <div>{e.placeAddress}</div>
                <div className="pk-row" style={{ gap: 4 }}>
                  <PhoneTag color={STATE_COLORS[e.state] ?? 'default'}>
                    <span data-testid="state-tag" data-state={e.state}>
                      {pick(GRID_EVENT_STATE_LABELS[e.state])}
                    </span>
                  </PhoneTag>
                  {e.overdue && <PhoneTag color="red">{t('tasks.overdue')}</PhoneTag>}
                  {e.dueOn && e.state !== 'closed' && <span>{t('tasks.dueOn')} {e.dueOn}</span>}
                </div>
              </>
            }
            extra={
              <PhoneButton size="small" onClick={() => setParams({ ...Object.fromEntries(params), eid: e.id })} testId="grid-event-open">
                {t('tasks.detail')}
              </PhoneButton>
            }
          />
        )}
      />
      {eid && (
        <AntdScope>
          <GridEventDetailDrawer id={eid} onClose={close} onChanged={() => void queryClient.invalidateQueries({ queryKey: trpc.gridEvents.pathKey() })} />
        </AntdScope>
      )}
    </PhoneCard>
  );
}
