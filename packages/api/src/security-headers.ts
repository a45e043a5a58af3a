import type { ServerResponse } from 'node:http';

/**
 * Headers on every API response: JSON only, never framed, never cached (answers carry one
 * user's data), no referrer. The apps' pages get theirs from `scripts/lib/web-headers.ts`.
 */
export const API_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
} as const;

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) res.setHeader(name, value);
}
