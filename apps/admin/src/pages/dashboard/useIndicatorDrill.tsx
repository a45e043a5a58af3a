import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordDrawer, useLanguage, type PickedPeriod, type RecordSide } from '@pcs/ui';
import { useTRPCClient } from '../../api/trpc';
import type { OverviewCell, OverviewIndicator } from './types';

interface Figure {
  township: { id: string; name: string };
  indicator: OverviewIndicator;
  cell: OverviewCell;
}

/** Opens the records behind any figure of the period (dashboard.records, a keyset page at a time). */
export function useIndicatorDrill(period: PickedPeriod): { open: (figure: Figure) => void; drawer: ReactNode } {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const client = useTRPCClient();
  const [figure, setFigure] = useState<Figure | null>(null);
  const drawer = figure ? (
    <RecordDrawer
      open
      onClose={() => setFigure(null)}
      title={t('indicators.drill.title', { township: figure.township.name, indicator: pick({ zh: figure.indicator.nameZh, en: figure.indicator.nameEn }) })}
      explanation={language === 'en' ? figure.indicator.explanation.en : figure.indicator.explanation.zh}
      sides={figure.indicator.hasDenominator ? ['numerator', 'denominator'] : ['numerator']}
      counts={{ numerator: figure.cell.numerator, denominator: figure.cell.denominator }}
      figureKey={`${figure.township.id}:${figure.indicator.id}:${JSON.stringify(period)}`}
      loadPage={(side: RecordSide, cursor) => client.dashboard.records.query({ tenantId: figure.township.id, indicatorId: figure.indicator.id, period, side, cursor, limit: 50 })}
    />
  ) : null;
  return { open: setFigure, drawer };
}
