import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormatInstant } from '@pcs/ui';
import type { IndicatorOverview } from '../types';

/** "数据更新于 …": the oldest figure shown, and whether changes are still to be counted. */
export function Freshness({ freshness }: { freshness: IndicatorOverview['freshness'] }) {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  return (
    <Typography.Text type="secondary" data-testid="dashboard-freshness">
      {freshness.computedAt ? t('indicators.freshness', { time: formatInstant(freshness.computedAt) }) : t('indicators.freshnessNone')}
      {freshness.changesPending ? t('indicators.changesPending') : null}
    </Typography.Text>
  );
}
