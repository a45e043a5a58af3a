import { createHash } from 'node:crypto';
import type { Tx } from '@pcs/db';
import { AppError } from './errors';

const KEY_SHAPE = /^[A-Za-z0-9_.:-]{1,100}$/;

/** What identifies one request: who, where, which procedure with which input. */
export interface IdempotentCall {
  tenantId: string;
  userId: string;
  key: string;
  path: string;
  input: unknown;
}

type Claim = { replay: true; response: unknown } | { replay: false; complete(response: unknown): Promise<void> };

/** The Idempotency-Key header as sent: absent, or a well-formed key (else a 400 naming it). */
export function checkedIdempotencyKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (!KEY_SHAPE.test(raw)) throw new AppError('BAD_REQUEST', 'IDEMPOTENCY_KEY_INVALID');
  return raw;
}

/**
 * Claims the key in the call's own transaction. The first request inserts its row and saves its
 * answer before commit, so the answer exists exactly when the write does. A retry finds the row
 * and gets the same answer; a retry sent while the first is still running waits on the unique
 * index until the first commits (or rolls back, and then goes ahead itself).
 */
export async function claimIdempotencyKey(tx: Tx, call: IdempotentCall): Promise<Claim> {
  const inputHash = createHash('sha256').update(JSON.stringify(call.input ?? null)).digest('hex');
  const claimed = await tx.$queryRaw<Array<{ id: string }>>`
    INSERT INTO "IdempotentRequest" ("tenantId", "id", "userId", "key", "path", "inputHash")
    VALUES (${call.tenantId}::uuid, gen_random_uuid(), ${call.userId}::uuid, ${call.key}, ${call.path}, ${inputHash})
    ON CONFLICT ("tenantId", "userId", "key") DO NOTHING
    RETURNING id::text AS id`;
  const claim = claimed[0];
  if (!claim) {
    const earlier = await tx.idempotentRequest.findUnique({ where: { tenantId_userId_key: { tenantId: call.tenantId, userId: call.userId, key: call.key } } });
    if (!earlier || earlier.path !== call.path || earlier.inputHash !== inputHash) throw new AppError('CONFLICT', 'IDEMPOTENCY_KEY_REUSED');
    return { replay: true, response: earlier.response };
  }
  return {
    replay: false,
    async complete(response) {
      // Saved as the client receives it (JSON), so a replay answers byte for byte the same; but a
      // first password (deputies.invite's sheet) is shown once and never stored: a replay has none.
      const saved = response === undefined ? null : (JSON.parse(JSON.stringify(response, (key, value: unknown) => (key === 'initialPassword' ? null : value))) as object);
      await tx.$executeRaw`UPDATE "IdempotentRequest" SET response = ${JSON.stringify(saved)}::jsonb WHERE "tenantId" = ${call.tenantId}::uuid AND id = ${claim.id}::uuid`;
    },
  };
}
