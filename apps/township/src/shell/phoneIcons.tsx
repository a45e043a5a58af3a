import type { ReactNode } from 'react';

// Line icons for the phone shell's tab bar and the phone pages, drawn here (a few paths) instead of
// @ant-design/icons: the menu's antd icons (~11 kB gzip) come with the desktop shell only (decision 78).
export const icon = (d: string): ReactNode => (
  <svg width="1em" height="1em" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable="false">
    <path d={d} />
  </svg>
);

const DOT = icon('M12 12h.01M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18');

/** The tab bar's icon of each page the phone shell may show (others get a plain circle). */
const PHONE_ICONS: Record<string, ReactNode> = {
  home: icon('M3 11l9-8 9 8M5 9v11h5v-6h4v6h5V9'),
  deputy: icon('M12 12a4 4 0 1 0 0-8a4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0'),
  'my-ballots': icon('M9 11l3 3 8-8M20 12v7a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h9'),
  'grid-worker': icon('M12 9v4M12 17h.01M10.3 3.9L2.2 18a2 2 0 0 0 1.7 3h16.2a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z'),
  'my-grids': icon('M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM12 12a2.5 2.5 0 1 0 0-5a2.5 2.5 0 0 0 0 5z'),
  notifications: icon('M18 8a6 6 0 1 0-12 0c0 7-3 9-3 9h18s-3-2-3-9M13.7 21a2 2 0 0 1-3.4 0'),
  villages: icon('M3 21h18M5 21V7l7-4 7 4v14M9 21v-6h6v6'),
};

export function phoneIcon(key: string): ReactNode {
  return PHONE_ICONS[key] ?? DOT;
}

export const CAMERA_ICON = icon('M23 19a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4l2-3h6l2 3h4a2 2 0 0 1 2 2zM12 17a4 4 0 1 0 0-8a4 4 0 0 0 0 8z');
export const PLACE_ICON = PHONE_ICONS['my-grids'];
