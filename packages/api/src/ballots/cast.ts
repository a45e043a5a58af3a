import type { BallotContent } from '@pcs/domain';
import type { Tx } from '@pcs/db';

/**
 * Spends a code and stores the ballot in the caller's transaction (`ballot_cast`: the code's row
 * deleted, the ballot stored with its group and day only, an audit entry by nobody). The one way a
 * ballot is cast: the public page with a printed code, and a signed-in voter's fresh code.
 * `false`: the code is wrong, used, cancelled or another evaluation's; nothing was stored.
 */
export async function castBallot(tx: Tx, evaluationId: string, codeHash: Uint8Array, answers: BallotContent, today: string): Promise<boolean> {
  const [outcome] = await tx.$queryRaw<[{ result: string }]>`SELECT ballot_cast(${evaluationId}::uuid, ${codeHash}, ${JSON.stringify(answers)}::jsonb, ${today}::date) AS result`;
  return outcome.result === 'cast';
}
