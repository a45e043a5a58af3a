/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** tRPC endpoint, default http://localhost:4000/trpc */
  readonly VITE_API_URL?: string;
  /** Keycloak base URL, default http://localhost:8180 */
  readonly VITE_AUTH_URL?: string;
  readonly VITE_AUTH_REALM?: string;
  readonly VITE_AUTH_CLIENT_ID?: string;
  /** The township app's address, default http://localhost:5174 */
  readonly VITE_TOWNSHIP_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
