import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { BarChartCard, DeskCard, DeskStat, PhoneError } from '@pcs/ui';
import { useTRPC } from '../api/trpc';
import { NS } from '../i18n/texts';
import { useSession } from '../session/SessionContext';

// Every township of a county fits in one page (5 to 30 expected; the API allows 500).
const ALL_TOWNSHIPS = { page: 1, pageSize: 500, sortBy: 'villageCount', sortDirection: 'desc' } as const;

/** County overview: headline counts and villages and grids per township. Built without antd: the first screen loads none (decision 81). */
export function HomePage() {
  const { t } = useTranslation(NS);
  const { me, can } = useSession();
  const trpc = useTRPC();
  const canRead = can('county.read');
  const townships = useQuery({ ...trpc.county.townships.queryOptions(ALL_TOWNSHIPS), enabled: canRead });
  const items = townships.data?.items ?? [];
  if (!canRead && can('assigned.read')) return <Navigate to="/work" replace />; // a county department's home is its work
  const sum = (pick: (t: (typeof items)[number]) => number) => items.reduce((total, item) => total + pick(item), 0);
  const stats = [
    { key: 'townships', title: t('home.townships'), value: townships.data?.total ?? 0 },
    { key: 'villages', title: t('home.villages'), value: sum((i) => i.villageCount) },
    { key: 'grids', title: t('home.grids'), value: sum((i) => i.gridCount) },
    { key: 'users', title: t('home.users'), value: sum((i) => i.userCount) },
  ];

  return (
    <div className="dk-grid">
      <DeskCard title={t('home.welcome', { name: me.user.displayName })} testId="home-welcome">
        {canRead && (
          <div className="dk-grid" style={{ gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
            {stats.map((s) => (
              <DeskStat key={s.key} title={s.title} value={s.value} loading={townships.isPending} testId={`home-stat-${s.key}`} />
            ))}
          </div>
        )}
      </DeskCard>
      {canRead && (
        <>
          {townships.error ? <PhoneError error={townships.error} onRetry={() => void townships.refetch()} /> : null}
          <BarChartCard
            title={t('home.chartTitle')}
            testId="home-townships-chart"
            data={items.map((i) => ({ name: i.name, villages: i.villageCount, grids: i.gridCount }))}
            categoryKey="name"
            series={[
              { dataKey: 'villages', name: t('home.villageSeries') },
              { dataKey: 'grids', name: t('home.gridSeries') },
            ]}
            loading={townships.isPending}
            height={360}
          />
        </>
      )}
    </div>
  );
}
