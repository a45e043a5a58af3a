import { useSyncExternalStore } from 'react';
import type { Role } from '@pcs/domain';

/** The roles whose work is done on a phone: a grid worker's patrols and reports, a deputy's own workspace. */
export const PHONE_ROLES: readonly Role[] = ['grid_worker', 'deputy'];

/**
 * Which frame the township app shows (decision 78): the phone shell (no antd in the first
 * download) for someone who works only in phone roles here, on a narrow screen; the desktop shell
 * for everyone else and for every wide screen. The same person at a desk gets the desktop shell.
 */
export function shellFor({ narrow, roles }: { narrow: boolean; roles: readonly Role[] }): 'phone' | 'desktop' {
  return narrow && roles.length > 0 && roles.every((role) => PHONE_ROLES.includes(role)) ? 'phone' : 'desktop';
}

/** Below antd's `md` breakpoint, where the desktop shell already folds its menu away. */
const NARROW = '(max-width: 767.98px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the window is phone-narrow now. */
export function isNarrowScreen(): boolean {
  return window.matchMedia(NARROW).matches;
}

/** Whether the window is phone-narrow; follows rotation and resizing. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribe, isNarrowScreen, () => false);
}
