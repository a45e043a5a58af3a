import type { inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from '@pcs/api';
import { useTRPCClient } from '../trpc';

/**
 * Who holds the democratic evaluation on this screen: the township's office (its own campaigns
 * and the county's over it) or the county's on-site check team (the county's campaigns, in an
 * appraised township). The two routers answer `get`, `issueCodes`, `cancelCode`, `tally` and
 * `close` alike (the county's run the township's handlers there); the server decides what each may do.
 */
export type BallotScope = 'county' | 'township';

export function useBallotsApi(scope: BallotScope) {
  const client = useTRPCClient();
  return scope === 'county' ? client.countyBallots : client.ballots;
}

type RouterOutputs = inferRouterOutputs<AppRouter>;

export type EvaluationDetail = RouterOutputs['ballots']['get'];
export type EvaluationGroupRow = EvaluationDetail['groups'][number];
export type EvaluationTally = RouterOutputs['ballots']['tally'];
export type SetupGroup = RouterOutputs['ballots']['campaigns'][number]['groups'][number];

export const ballotKeys = {
  all: ['ballots-held'] as const,
  of: (scope: BallotScope, ...parts: unknown[]) => ['ballots-held', scope, ...parts] as const,
};

/** Where evaluators vote: the township app's public page, no sign-in (`origin` is the township app's). */
export const ballotLink = (origin: string, tenantId: string, evaluationId: string) => `${origin}/ballot/${tenantId}/${evaluationId}`;
