import { useSyncExternalStore } from 'react';

/** Below antd's `md` breakpoint (a phone): the township app's phone shell (decision 78), the desktop frame's one-line header. */
const NARROW = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the window is phone-narrow now (before React renders: which page's code to ask for first). */
export function isNarrowScreen(): boolean {
  return window.matchMedia(NARROW).matches;
}

/** Whether the window is phone-narrow; follows rotation and resizing. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrowScreen, () => false);
}
