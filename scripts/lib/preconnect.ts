import type { AppOrigins } from './web-headers';

/**
 * A Vite plugin: index.html opens the connections to the API and the login server while the
 * app's code downloads (`<link rel="preconnect">`), so the first `me.get` and token refresh do not
 * each pay a connection and TLS set-up first (two or three round trips on a phone's network). The
 * API is called without credentials (a CORS request: `crossorigin`), the login server's token
 * endpoint with them (keycloak-js), and the browser keeps the two kinds of connection apart.
 */
export function preconnect({ apiUrl, authUrl }: AppOrigins) {
  return {
    name: 'pcs-preconnect',
    transformIndexHtml: () => [
      { tag: 'link', attrs: { rel: 'preconnect', href: new URL(apiUrl).origin, crossorigin: true }, injectTo: 'head-prepend' as const },
      { tag: 'link', attrs: { rel: 'preconnect', href: new URL(authUrl).origin }, injectTo: 'head-prepend' as const },
    ],
  };
}
