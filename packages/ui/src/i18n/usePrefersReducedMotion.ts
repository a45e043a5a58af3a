import { mediaQuery } from '../shell/mediaQuery';

const reducedMotion = mediaQuery('(prefers-reduced-motion: reduce)');

/** Whether the person asked their system for less motion (WCAG 2.3.3); antd's animations follow it. */
export function usePrefersReducedMotion(): boolean {
  return reducedMotion.useMatches();
}
