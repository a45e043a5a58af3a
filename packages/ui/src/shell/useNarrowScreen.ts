import { mediaQuery } from './mediaQuery';

/** Below antd's `md` breakpoint (a phone): the township app's phone shell (decision 78), the desktop frame's one-line header. */
const narrowScreen = mediaQuery('(max-width: 767.98px)');

/** Whether the window is phone-narrow now (before React renders: which page's code to ask for first). */
export const isNarrowScreen = narrowScreen.matches;

/** Whether the window is phone-narrow; follows rotation and resizing. */
export function useNarrowScreen(): boolean {
  return narrowScreen.useMatches();
}
