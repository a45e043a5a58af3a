/** Where each service listens; the e2e stack uses its own ports so it can run beside a dev stack. */
export interface StackPorts {
  auth: number;
  api: number;
  admin: number;
  township: number;
  embeddedPostgres: number;
  /** e2e only: answers once the whole stack is up. */
  ready: number;
}

import { e2ePorts } from './e2e-slot';

export function stackPorts(e2e: boolean): StackPorts {
  const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  return e2e
    ? e2ePorts(Number(process.env.PCS_E2E_SLOT ?? 0))
    : {
        auth: env('PCS_AUTH_PORT', 8180),
        api: env('PCS_API_PORT', 4000),
        admin: env('PCS_ADMIN_PORT', 5173),
        township: env('PCS_TOWNSHIP_PORT', 5174),
        embeddedPostgres: env('PCS_PG_PORT', 5433),
        ready: 0,
      };
}

export const REALM = 'pcs';
export const API_AUDIENCE = 'pcs-api';

/** The development login server's service-account client for provisioning (not a secret: dev only). */
export const PROVISIONING_CLIENT = { clientId: 'pcs-provisioning', secret: 'dev-provisioning-secret' };
