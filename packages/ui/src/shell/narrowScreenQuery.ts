/**
 * Below antd's `md` breakpoint (a phone): the township app's phone shell (decision 78), the desktop
 * frame's one-line header, and the phone-only routes of index.html's first-screen script. No imports:
 * the build reads it too (scripts/lib/first-screen.ts).
 */
export const NARROW_SCREEN_QUERY = '(max-width: 767.98px)';
