import type { Role } from '@pcs/domain';

/** The roles whose work is done on a phone: a grid worker's patrols and reports, a deputy's own workspace. */
export const PHONE_ROLES: readonly Role[] = ['grid_worker', 'deputy'];

/**
 * Which frame the township app shows (decision 78): the phone shell (no antd in the first
 * download) for someone who works only in phone roles here, on a narrow screen; the desktop shell
 * for everyone else and for every wide screen (narrow: `useNarrowScreen` of `@pcs/ui`, below antd's `md`,
 * where the desktop frame's header goes to one line). The same person at a desk gets the desktop shell.
 */
export function shellFor({ narrow, roles }: { narrow: boolean; roles: readonly Role[] }): 'phone' | 'desktop' {
  return narrow && roles.length > 0 && roles.every((role) => PHONE_ROLES.includes(role)) ? 'phone' : 'desktop';
}
