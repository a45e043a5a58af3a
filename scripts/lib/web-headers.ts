/**
 * Security headers of the two web apps, one definition for `scripts/serve-app.ts` (`npm start`,
 * the e2e stack) and, through `infra/nginx-security-headers.inc`, for nginx in production (a unit
 * test keeps the two equal). The API sets its own (`packages/api/src/security-headers.ts`).
 */
export interface AppOrigins {
  /** Where the API answers, e.g. http://localhost:4000/trpc (its origin is taken). */
  apiUrl: string;
  /** The login server (Keycloak), e.g. http://localhost:8180. */
  authUrl: string;
}

const origin = (url: string) => new URL(url).origin;

export function contentSecurityPolicy({ apiUrl, authUrl }: AppOrigins): string {
  const api = origin(apiUrl);
  const auth = origin(authUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    // antd (CSS-in-JS) and Recharts write inline styles; scripts stay strictly our own files.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    // The API, and keycloak-js's token refresh at the login server.
    `connect-src 'self' ${api} ${auth}`,
    // keycloak-js's silent checks run in an iframe of the login server.
    `frame-src 'self' ${auth}`,
    "frame-ancestors 'self'",
    `form-action 'self' ${auth}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

/** The headers of every page and asset of an app. */
export function appSecurityHeaders(origins: AppOrigins): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(origins),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'SAMEORIGIN',
    'Referrer-Policy': 'same-origin',
  };
}

/**
 * For the Vite dev server: the same but the CSP, which would block the inline script React's
 * fast refresh needs; the CSP is tested on the built app (vite preview, the e2e suite).
 */
export function devServerHeaders(origins: AppOrigins): Record<string, string> {
  const { 'Content-Security-Policy': _csp, ...rest } = appSecurityHeaders(origins);
  return rest;
}

/** The origins the app is built for, from the same variables the app reads (`src/config.ts`). */
export function originsFromEnv(env: Record<string, string | undefined>): AppOrigins {
  return { apiUrl: env.VITE_API_URL ?? 'http://localhost:4000/trpc', authUrl: env.VITE_AUTH_URL ?? 'http://localhost:8180' };
}
