import { IdentityProviderError, type IdentityProvider } from '@pcs/auth';
import type { Db } from '@pcs/db';
import type { Logger } from '../logger';

const ATTEMPTS = 3;
const BACKOFF_MS = 150;

export interface SyncDeps {
  db: Db;
  identityProvider: IdentityProvider;
  logger: Logger;
}

export type SyncOutcome = { status: 'synced'; idpUserId: string } | { status: 'failed'; error: string };

async function specOf(db: Db, userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, include: { memberships: { include: { tenant: { select: { code: true, status: true } } } } } });
  // A user whose every township is suspended cannot log in (county roles keep them in).
  const usable = user.memberships.some((m) => !m.tenant || m.tenant.status !== 'suspended');
  return {
    user,
    spec: {
      username: user.username,
      displayName: user.displayName,
      email: user.email,
      enabled: user.enabled && usable,
      realmRoles: [...new Set(user.memberships.map((m) => m.role))],
      tenantCodes: [...new Set(user.memberships.flatMap((m) => (m.tenant ? [m.tenant.code] : [])))],
    },
  };
}

/**
 * Brings the identity provider in line with our record of one user, retrying transient
 * failures, and records the outcome on the user (visible sync status, reconcile later).
 * Our database is the source of truth; the identity provider follows it.
 */
export async function syncUser(deps: SyncDeps, userId: string): Promise<SyncOutcome> {
  const { user, spec } = await specOf(deps.db, userId);
  let lastError: unknown;
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const { id } = await deps.identityProvider.upsertUser(spec);
      await deps.db.user.update({ where: { id: user.id }, data: { idpUserId: id, syncStatus: 'synced', syncError: null, syncedAt: new Date(), syncAttempts: { increment: attempt } } });
      return { status: 'synced', idpUserId: id };
    } catch (error) {
      lastError = error;
      const retryable = !(error instanceof IdentityProviderError) || error.retryable;
      if (!retryable || attempt === ATTEMPTS) break;
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS * 2 ** (attempt - 1)));
    }
  }
  const message = lastError instanceof Error ? lastError.message : String(lastError);
  deps.logger.warn({ user: user.username, err: lastError }, 'identity provider sync failed');
  await deps.db.user.update({ where: { id: user.id }, data: { syncStatus: 'failed', syncError: message, syncAttempts: { increment: ATTEMPTS } } });
  return { status: 'failed', error: message };
}
