import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { TENANT_KIND_LABELS } from '@pcs/domain';
import { BarChartCard, ErrorAlert, lazyPage, PageSuspense, useLanguage } from '@pcs/ui';
import { NS } from '../i18n/texts';
import { useSession } from '../session/SessionContext';
import { useCongressWording } from '../session/useCongressWording';
import { useVillageCounts } from './useVillageCounts';

// The liaison office's part of the home (deputies.read only) is loaded only for those who see it.
const LiaisonOfficeHome = lazyPage(() => import('./deputies/home/LiaisonOfficeHome'), 'LiaisonOfficeHome');

/** Welcome card for the township and, for those who may read them, villages by kind. */
export function HomePage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const { me, tenant, can } = useSession();
  const wording = useCongressWording();
  const canReadRegion = can('region.read');
  // A deputy's home is their own workspace.
  const deputyOnly = can('deputy.self') && !canReadRegion;

  const villages = useVillageCounts(canReadRegion);

  if (deputyOnly) return <Navigate to="/me" replace />;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={canReadRegion ? 10 : 24}>
        <Card title={t('home.welcome', { name: me.user.displayName })} data-testid="home-welcome">
          <Descriptions column={1}>
            <Descriptions.Item label={t('home.tenant')}>
              <span data-testid="home-tenant-name">{tenant.name}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('home.kind')}>
              <span data-testid="home-tenant-kind">{pick(TENANT_KIND_LABELS[tenant.kind])}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('home.body')}>
              {/* Sub-districts have a working committee (人大工委) instead of a congress presidium. */}
              <span data-testid="home-congress-body">{pick(wording.bodyFull)}</span>
            </Descriptions.Item>
          </Descriptions>
          {canReadRegion && (
            <div data-testid="home-village-total">
              <Statistic title={t('home.villageTotal')} value={villages.total} loading={villages.loading} />
            </div>
          )}
        </Card>
      </Col>
      {canReadRegion && (
        <Col xs={24} lg={14}>
          {villages.error ? <ErrorAlert error={villages.error} onRetry={villages.retry} /> : null}
          <BarChartCard
            title={t('home.chartTitle')}
            data={villages.byKind}
            categoryKey="label"
            series={[{ dataKey: 'count', name: t('home.chartSeries') }]}
            loading={villages.loading}
            testId="home-villages-chart"
          />
        </Col>
      )}
      {can('deputies.read') && (
        <Col span={24}>
          <PageSuspense>
            <LiaisonOfficeHome />
          </PageSuspense>
        </Col>
      )}
    </Row>
  );
}
