import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordDrawer, useLanguage, type RecordCursor, type RecordPage, type RecordSide } from '@pcs/ui';
import type { OverviewCell, OverviewIndicator } from '../types';

export interface IndicatorFigure {
  township: { id: string; name: string };
  indicator: OverviewIndicator;
  cell: OverviewCell;
}

/**
 * Opens the records behind any figure, a keyset page at a time: the county through
 * dashboard.records, a township through townshipDashboard.records (`load`). `periodKey`
 * starts the lists again when the period changes.
 */
export function useIndicatorDrill(
  periodKey: string,
  load: (figure: IndicatorFigure, side: RecordSide, cursor: RecordCursor | null) => Promise<RecordPage>,
): { open: (figure: IndicatorFigure) => void; drawer: ReactNode } {
  const { t } = useTranslation();
  const { language, pick } = useLanguage();
  const [figure, setFigure] = useState<IndicatorFigure | null>(null);
  const drawer = figure ? (
    <RecordDrawer
      open
      onClose={() => setFigure(null)}
      title={t('indicators.drill.title', { township: figure.township.name, indicator: pick({ zh: figure.indicator.nameZh, en: figure.indicator.nameEn }) })}
      explanation={language === 'en' ? figure.indicator.explanation.en : figure.indicator.explanation.zh}
      sides={figure.indicator.hasDenominator ? ['numerator', 'denominator'] : ['numerator']}
      counts={{ numerator: figure.cell.numerator, denominator: figure.cell.denominator }}
      figureKey={`${figure.township.id}:${figure.indicator.id}:${periodKey}`}
      loadPage={(side, cursor) => load(figure, side, cursor)}
    />
  ) : null;
  return { open: setFigure, drawer };
}
