import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { AntdScope, BarChartCard, DeskCard, DeskStat, lazyPage, PhoneError } from '@pcs/ui';
import { NS } from '../i18n/texts';
import { useSession } from '../session/SessionContext';
import { TownshipFacts } from './TownshipFacts';
import { useVillageCounts } from './useVillageCounts';

// The liaison office's part of the home (deputies.read only, antd) is loaded, with antd's providers, only for those who see it.
const LiaisonOfficeHome = lazyPage(() => import('./deputies/home/LiaisonOfficeHome'), 'LiaisonOfficeHome');

/** Welcome card for the township and, for those who may read them, villages by kind. Built without antd (decision 81). */
export function HomePage() {
  const { t } = useTranslation(NS);
  const { me, can } = useSession();
  const canReadRegion = can('region.read');
  // A deputy's home is their own workspace.
  const deputyOnly = can('deputy.self') && !canReadRegion;

  const villages = useVillageCounts(canReadRegion);

  if (deputyOnly) return <Navigate to="/me" replace />;
  return (
    <div className="dk-grid">
      <div className="dk-grid" style={{ gridTemplateColumns: canReadRegion ? 'repeat(auto-fit, minmax(min(100%, 360px), 1fr))' : undefined, alignItems: 'start' }}>
        <DeskCard title={t('home.welcome', { name: me.user.displayName })} testId="home-welcome">
          <TownshipFacts className="dk-dl" />
          {canReadRegion && <DeskStat title={t('home.villageTotal')} value={villages.total} loading={villages.loading} testId="home-village-total" />}
        </DeskCard>
        {canReadRegion && (
          <div className="dk-grid">
            {villages.error ? <PhoneError error={villages.error} onRetry={villages.retry} /> : null}
            <BarChartCard
              title={t('home.chartTitle')}
              data={villages.byKind}
              categoryKey="label"
              series={[{ dataKey: 'count', name: t('home.chartSeries') }]}
              loading={villages.loading}
              testId="home-villages-chart"
            />
          </div>
        )}
      </div>
      {can('deputies.read') && (
        <AntdScope>
          <LiaisonOfficeHome />
        </AntdScope>
      )}
    </div>
  );
}
