import { useQueries } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { TENANT_KIND_LABELS, VILLAGE_KINDS, VILLAGE_KIND_LABELS } from '@pcs/domain';
import { BarChartCard, ErrorAlert, lazyPage, PageSuspense, useLanguage } from '@pcs/ui';
import { useTRPC } from '../api/trpc';
import { NS } from '../i18n/texts';
import { useSession } from '../session/SessionContext';
import { useCongressWording } from '../session/useCongressWording';

// The liaison office's part of the home (deputies.read only) is loaded only for those who see it.
const LiaisonOfficeHome = lazyPage(() => import('./deputies/home/LiaisonOfficeHome'), 'LiaisonOfficeHome');

/** Welcome card for the township and, for those who may read them, villages by kind. */
export function HomePage() {
  const { t } = useTranslation(NS);
  const { pick } = useLanguage();
  const { me, tenant, can } = useSession();
  const trpc = useTRPC();
  const wording = useCongressWording();
  const canReadRegion = can('region.read');
  // A deputy's home is their own workspace.
  const deputyOnly = can('deputy.self') && !canReadRegion;

  // One count per kind: page size 1 returns just the total, and tRPC batches the three into one request.
  const counts = useQueries({
    queries: VILLAGE_KINDS.map((kind) => ({ ...trpc.villages.list.queryOptions({ page: 1, pageSize: 1, kind }), enabled: canReadRegion })),
  });
  const error = counts.find((q) => q.error)?.error;
  const chartData = VILLAGE_KINDS.map((kind, i) => ({ kind: pick(VILLAGE_KIND_LABELS[kind]), count: counts[i]?.data?.total ?? 0 }));
  const totalVillages = chartData.reduce((sum, d) => sum + d.count, 0);

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
              <Statistic title={t('home.villageTotal')} value={totalVillages} loading={counts.some((q) => q.isPending)} />
            </div>
          )}
        </Card>
      </Col>
      {canReadRegion && (
        <Col xs={24} lg={14}>
          {error ? <ErrorAlert error={error} onRetry={() => counts.forEach((q) => void q.refetch())} /> : null}
          <BarChartCard
            title={t('home.chartTitle')}
            data={chartData}
            categoryKey="kind"
            series={[{ dataKey: 'count', name: t('home.chartSeries') }]}
            loading={counts.some((q) => q.isPending)}
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
