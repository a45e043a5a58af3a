import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, formatChange, formatIndicatorValue, LineChartCard, useLanguage } from '@pcs/ui';
import type { IndicatorTrend, OverviewIndicator, OverviewTownship } from '../types';
import { FigureCell } from './FigureCell';

export interface IndicatorCardProps {
  township: OverviewTownship;
  indicator: OverviewIndicator;
  /** The indicator month by month (one series of dashboard.trends or townshipDashboard.trends). */
  trend: IndicatorTrend | undefined;
  trendLoading: boolean;
  trendError?: unknown;
  onTrendRetry?: () => void;
  onOpen: () => void;
  /** Draw the county's line beside the township's (the county's view: its trend covers every township). */
  showCounty?: boolean;
  /** More about the figure (the county's view adds the rank). */
  extra?: ReactNode;
}

/** One indicator of a township: its figure against the target, the change, and its months (beside the county's when shown). */
export function IndicatorCard({ township, indicator, trend, trendLoading, trendError, onTrendRetry, onOpen, extra, showCounty = false }: IndicatorCardProps) {
  const { t } = useTranslation();
  const { pick } = useLanguage();
  const cell = township.cells.find((c) => c.indicatorId === indicator.id)!;
  const change = formatChange(cell.valueChange, indicator.unit);
  const points = (trend?.points ?? []).map((p) => ({ month: p.month.slice(5), township: p.townships.find((x) => x.tenantId === township.id)?.value ?? null, county: p.countyTotal.value }));
  return (
    <Card size="small" title={pick({ zh: indicator.nameZh, en: indicator.nameEn })} data-testid={`indicator-card-${indicator.id}`}>
      <Flex vertical gap={8}>
        <Flex gap={16} align="baseline" wrap>
          <span style={{ fontSize: 22 }}>
            <FigureCell cell={cell} indicator={indicator} onOpen={onOpen} testId={`figure-${indicator.id}`} />
          </span>
          <Typography.Text type="secondary">
            {t('indicators.target', { target: cell.target === null ? t('indicators.notConfigured') : formatIndicatorValue(cell.target, indicator.unit) })}
          </Typography.Text>
          <Typography.Text type="secondary">{change === null ? t('indicators.noPrevious') : t('indicators.change', { change })}</Typography.Text>
          {extra}
        </Flex>
        {trendError ? <ErrorAlert error={trendError} onRetry={onTrendRetry} /> : null}
        {cell.status === 'not_applicable' || trendError ? null : (
          <LineChartCard
            size="small"
            title={t('indicators.trend.title')}
            data={points}
            categoryKey="month"
            series={[{ dataKey: 'township', name: township.name }, ...(showCounty ? [{ dataKey: 'county', name: t('indicators.trend.county') }] : [])]}
            loading={trendLoading}
            height={160}
            testId={`trend-${indicator.id}`}
          />
        )}
      </Flex>
    </Card>
  );
}
