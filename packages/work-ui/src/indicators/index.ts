export { FigureCell, PERFORMANCE_COLOURS, performanceOf, useFigureText } from './FigureCell';
export { Freshness } from './Freshness';
export { IndicatorCard, type IndicatorCardProps } from './IndicatorCard';
export { useIndicatorDrill, type IndicatorFigure } from './useIndicatorDrill';
