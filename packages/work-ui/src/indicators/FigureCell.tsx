import { Button, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIndicatorValue } from '@pcs/ui';
import type { OverviewCell, OverviewIndicator } from '../types';

/** Green when a figure meets its target, red when it misses it, plain when no target is configured. */
export const PERFORMANCE_COLOURS = { meets: '#389e0d', misses: '#cf1322' } as const;

/** How a cell compares with its target, for its colour, its tooltip and the export. */
export function performanceOf(cell: OverviewCell): 'meets' | 'misses' | null {
  if (cell.status === 'not_applicable' || cell.value === null || cell.meetsTarget === null) return null;
  return cell.meetsTarget ? 'meets' : 'misses';
}

/** The figure as text: the value, or why there is none. */
export function useFigureText() {
  const { t } = useTranslation();
  return (cell: OverviewCell, indicator: OverviewIndicator) =>
    cell.status === 'not_applicable' || (cell.status === 'no_data' && cell.value === null) ? t(`indicators.status.${cell.status}`) : formatIndicatorValue(cell.value, indicator.unit);
}

/** One township's figure of one indicator: coloured against its target, a button that opens its records. */
export function FigureCell({ cell, indicator, onOpen, testId }: { cell: OverviewCell; indicator: OverviewIndicator; onOpen: () => void; testId: string }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const text = useFigureText()(cell, indicator);
  if (cell.status === 'not_applicable') return <Typography.Text type="secondary">{text}</Typography.Text>;
  const performance = performanceOf(cell);
  const target = cell.target === null ? t('indicators.notConfigured') : formatIndicatorValue(cell.target, indicator.unit);
  const tooltip = [
    t('indicators.target', { target }),
    performance ? t(`indicators.${performance}`) : null,
    cell.status === 'too_few_records' ? t('indicators.status.too_few_records') : null,
    indicator.hasDenominator ? `${cell.numerator ?? 0} / ${cell.denominator ?? 0}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={tooltip}>
      <Button
        type="link"
        size="small"
        onClick={onOpen}
        data-testid={testId}
        data-performance={performance ?? 'none'}
        // Every figure opens its records: underlined like a link, coloured only by its target.
        style={{
          padding: 0,
          height: 'auto',
          fontVariantNumeric: 'tabular-nums',
          fontWeight: performance ? 600 : undefined,
          color: performance ? PERFORMANCE_COLOURS[performance] : cell.value === null ? token.colorTextSecondary : token.colorText,
          textDecoration: 'underline dotted',
          textUnderlineOffset: 3,
        }}
      >
        {text}
      </Button>
    </Tooltip>
  );
}
