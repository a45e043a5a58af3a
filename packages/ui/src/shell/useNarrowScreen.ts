import { mediaQuery } from './mediaQuery';
import { NARROW_SCREEN_QUERY } from './narrowScreenQuery';

const narrowScreen = mediaQuery(NARROW_SCREEN_QUERY);

/** Whether the window is phone-narrow now (before React renders: which page's code to ask for first). */
export const isNarrowScreen = narrowScreen.matches;

/** Whether the window is phone-narrow; follows rotation and resizing. */
export function useNarrowScreen(): boolean {
  return narrowScreen.useMatches();
}
