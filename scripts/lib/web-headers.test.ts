import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appSecurityHeaders } from './web-headers';

const origins = { apiUrl: 'https://api.county.example/trpc', authUrl: 'https://login.county.example' };

/** The headers nginx adds, with its template variables filled in as the nginx image does. */
function nginxHeaders(): Record<string, string> {
  const text = readFileSync(new URL('../../infra/nginx-security-headers.inc', import.meta.url), 'utf8')
    .replaceAll('${PCS_API_ORIGIN}', 'https://api.county.example')
    .replaceAll('${PCS_AUTH_ORIGIN}', 'https://login.county.example');
  return Object.fromEntries([...text.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('the apps\' security headers', () => {
  it('are the same for nginx in production as for scripts/serve-app.ts', () => {
    expect(nginxHeaders()).toEqual(appSecurityHeaders(origins));
  });

  it('let the app reach only its API and login server', () => {
    const csp = appSecurityHeaders(origins)['Content-Security-Policy'];
    expect(csp).toContain("connect-src 'self' https://api.county.example https://login.county.example;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('are included in every location of the nginx site', () => {
    const site = readFileSync(new URL('../../infra/nginx-spa.conf', import.meta.url), 'utf8');
    expect(site.match(/^\s*location /gm)).toHaveLength(2);
    expect(site.match(/include \/etc\/nginx\/conf\.d\/security-headers\.inc;/g)).toHaveLength(2);
  });
});
