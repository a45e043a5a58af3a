import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { PhoneCard, PhoneError, PhonePage, Spinner } from '@pcs/ui';
import { NS } from '../i18n/texts';
import { useSession } from '../session/SessionContext';
import { TownshipFacts } from './TownshipFacts';
import { useVillageCounts } from './useVillageCounts';

/**
 * The home in the phone shell (a grid worker, decision 78): the same facts as the desktop home
 * (HomePage) without antd or a chart library: the township, its kind and congress body, and the
 * villages by kind as bars drawn in CSS. A deputy's home is their workspace, as on the desktop.
 */
export function PhoneHomePage() {
  const { t } = useTranslation(NS);
  const { me, can } = useSession();
  const canReadRegion = can('region.read');
  const deputyOnly = can('deputy.self') && !canReadRegion;

  const villages = useVillageCounts(canReadRegion);
  const { byKind: bars, total, loading, error } = villages;
  const largest = Math.max(1, ...bars.map((d) => d.count));

  if (deputyOnly) return <Navigate to="/me" replace />;
  return (
    <PhonePage>
      <PhoneCard title={t('home.welcome', { name: me.user.displayName })} testId="home-welcome">
        <TownshipFacts className="pk-dl" />
        {canReadRegion && (
          <div data-testid="home-village-total">
            <div className="pk-muted">{t('home.villageTotal')}</div>
            {loading ? <Spinner size={24} /> : <div className="pk-stat">{total}</div>}
          </div>
        )}
      </PhoneCard>
      {canReadRegion && (
        <PhoneCard title={t('home.chartTitle')} testId="home-villages-chart">
          {error ? <PhoneError error={error} onRetry={villages.retry} /> : null}
          {loading ? (
            <Spinner size={24} minHeight={80} />
          ) : (
            <ul className="pk-list" aria-label={t('home.chartTitle')}>
              {bars.map((bar) => (
                <li key={bar.kind} className="pk-item" style={{ flexDirection: 'column', alignItems: 'stretch', gap: 4 }} data-testid="home-village-kind">
                  <div className="pk-row" style={{ justifyContent: 'space-between' }}>
                    <span>{bar.label}</span>
                    <strong>{bar.count}</strong>
                  </div>
                  <div className="pk-bar" style={{ width: `${(bar.count / largest) * 100}%`, minWidth: bar.count > 0 ? 4 : 0 }} aria-hidden />
                </li>
              ))}
            </ul>
          )}
        </PhoneCard>
      )}
    </PhonePage>
  );
}
