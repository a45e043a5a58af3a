import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIndicatorValue, useLanguage } from '@pcs/ui';
import { DASHBOARD_NS } from '../../i18n/dashboard';
import type { Overview } from './types';

const SEPARATOR = { zh: '、', en: ', ' };

/** The overview's alerts: townships below a target in the period, and overdue open items above the county's threshold today. */
export function OverviewAlerts({ overview }: { overview: Overview }) {
  const { t } = useTranslation(DASHBOARD_NS);
  const { pick } = useLanguage();
  const { belowTarget, overdue } = overview.alerts;
  const nameOf = new Map(overview.townships.map((tw) => [tw.id, tw.name]));
  const indicatorOf = new Map(overview.indicators.map((i) => [i.id, i]));
  return (
    <Flex vertical gap={8} data-testid="dashboard-alerts">
      {belowTarget.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('alerts.belowTarget')}
          description={
            <Flex vertical gap={2}>
              {belowTarget.map((alert) => {
                const indicator = indicatorOf.get(alert.indicatorId)!;
                return (
                  <Typography.Text key={alert.indicatorId} data-testid={`alert-${alert.indicatorId}`}>
                    <Typography.Text strong>{pick({ zh: indicator.nameZh, en: indicator.nameEn })}</Typography.Text>
                    {'：'}
                    {alert.townships.map((tw) => `${nameOf.get(tw.tenantId)} ${formatIndicatorValue(tw.value, indicator.unit)} / ${formatIndicatorValue(tw.target, indicator.unit)}`).join(pick(SEPARATOR))}
                  </Typography.Text>
                );
              })}
            </Flex>
          }
        />
      ) : null}
      {overdue.threshold === null ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="alert-overdue-unset">
          {t('alerts.overdueNotConfigured')}
        </Typography.Text>
      ) : overdue.townships.length > 0 ? (
        <Alert
          type="error"
          showIcon
          data-testid="alert-overdue"
          title={t('alerts.overdue', { threshold: overdue.threshold })}
          description={overdue.townships.map((c) => t('alerts.overdueTownship', { name: nameOf.get(c.tenantId), suggestions: c.suggestions, rectifications: c.rectifications, gridEvents: c.gridEvents })).join(pick(SEPARATOR))}
        />
      ) : null}
    </Flex>
  );
}
